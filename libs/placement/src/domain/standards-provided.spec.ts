import type { StandardCitation } from '@send/standards';
import { given } from '@send/testing';
import type { InclusionPlanEvent } from './inclusion-plan.events.js';
import { inclusionPlanDecider } from './inclusion-plan.decider.js';
import { PlacementErrors as E } from './placement.errors.js';
import { TODAY, hillside, oakfield, plan, settingOf } from './placement.fixtures.js';
import { tailoredList } from './tailored-list.js';

/** docs/domain.md "National SEND standards (proposal)": what a local inclusion plan says each setting provides. */
const ASD_PRIMARY: StandardCitation = {
  id: 'oap-asd-primary',
  version: 1,
  kind: 'ordinarily-available',
  need: 'ASD',
  title: 'Predictable routines, a quiet space and adapted communication',
  effectiveFrom: '2024-09-01',
};
const SLCN_PRIMARY: StandardCitation = { ...ASD_PRIMARY, id: 'oap-slcn-primary', version: 2, need: 'SLCN', title: 'Language' };
const provides = [{ settingId: 'hillside', standards: [ASD_PRIMARY, SLCN_PRIMARY] }];

const publish = (settingIds: string[], stated = provides) => ({
  type: 'PublishInclusionPlan' as const,
  data: { la: '202', publishedOn: '2025-01-10', settingIds, partnerLas: [], registeredSettingIds: settingIds, provides: stated },
  today: TODAY,
});

describe('publishing a plan that says which standards its settings provide', () => {
  it('records them on the version, as cited', () => {
    const published: InclusionPlanEvent = {
      type: 'InclusionPlanPublished',
      data: { la: '202', version: 1, publishedOn: '2025-01-10', settingIds: ['oakfield', 'hillside'], partnerLas: [], provides },
    };
    given(inclusionPlanDecider)
      .when(publish(['oakfield', 'hillside']))
      .then([published]);
  });

  it('records nothing of the kind when none is stated', () => {
    given(inclusionPlanDecider)
      .when(publish(['oakfield'], []))
      .then([
        {
          type: 'InclusionPlanPublished',
          data: { la: '202', version: 1, publishedOn: '2025-01-10', settingIds: ['oakfield'], partnerLas: [] },
        },
      ]);
  });

  it('refuses a statement about a setting the plan does not name', () => {
    const error = given(inclusionPlanDecider)
      .when(publish(['oakfield']))
      .thenThrows(E.UNKNOWN_SETTING);
    expect(error.details).toEqual({ field: 'provides', missing: ['hillside'] });
  });
});

describe('the tailored list', () => {
  const plans = [{ ...plan('202', 1, '2025-01-10', ['oakfield', 'hillside']), provides }];
  const registry = [oakfield, hillside].map((e) => settingOf(e));
  const child = { la: '202', dateOfBirth: '2016-08-31', primaryNeed: 'ASD' as const };

  it("shows the standards a setting provides for the child's primary need, with a reason a family can read", () => {
    const [first, second] = tailoredList(child, '2025-10-15', plans, registry);
    expect(first.settingId).toBe('oakfield');
    expect(first).not.toHaveProperty('standards');
    expect(second.standards).toEqual([ASD_PRIMARY]);
    expect(second.reasons).toContain(
      "provides ordinarily available provision for ASD: oap-asd-primary v1 'Predictable routines, a quiet space and adapted communication'",
    );
  });
});
