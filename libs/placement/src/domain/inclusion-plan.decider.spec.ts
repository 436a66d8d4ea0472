import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import type { InclusionPlanEvent } from './inclusion-plan.events.js';
import { inclusionPlanDecider } from './inclusion-plan.decider.js';
import { PlacementErrors as E } from './placement.errors.js';
import { TODAY } from './placement.fixtures.js';

const publish = (publishedOn: string, settingIds: string[], partnerLas: string[] = [], registered = settingIds) => ({
  type: 'PublishInclusionPlan' as const,
  data: { la: '202', publishedOn, settingIds, partnerLas, registeredSettingIds: registered },
  today: TODAY,
});
const version1: InclusionPlanEvent = {
  type: 'InclusionPlanPublished',
  data: { la: '202', version: 1, publishedOn: '2025-01-10', settingIds: ['oakfield'], partnerLas: [] },
};

describe('no plan published', () => {
  it('publishes version 1, without repeats', () => {
    given(inclusionPlanDecider)
      .when(publish('2025-01-10', ['oakfield', 'oakfield']))
      .then([version1]);
  });

  it('refuses a setting the registry does not hold', () => {
    const error = given(inclusionPlanDecider)
      .when(publish('2025-01-10', ['oakfield', 'ghost'], [], ['oakfield']))
      .thenThrows(E.UNKNOWN_SETTING);
    expect(error.details).toEqual({ field: 'settingIds', missing: ['ghost'] });
  });

  it('refuses the LA as its own partner, and a date in the future', () => {
    given(inclusionPlanDecider)
      .when(publish('2025-01-10', ['oakfield'], ['202']))
      .thenThrows(E.PARTNER_IS_SELF);
    given(inclusionPlanDecider)
      .when(publish('2025-10-16', ['oakfield']))
      .thenThrows(DATE_IN_THE_FUTURE);
  });
});

describe('published', () => {
  it('publishes the next version each time, naming partner LAs', () => {
    given(inclusionPlanDecider, version1)
      .when(publish('2025-09-01', ['oakfield', 'hillside'], ['203', '204']))
      .then([
        {
          type: 'InclusionPlanPublished',
          data: {
            la: '202',
            version: 2,
            publishedOn: '2025-09-01',
            settingIds: ['oakfield', 'hillside'],
            partnerLas: ['203', '204'],
          },
        },
      ]);
  });

  it('refuses a version dated before the last one', () => {
    given(inclusionPlanDecider, version1)
      .when(publish('2025-01-09', ['oakfield']))
      .thenThrows(E.PLAN_BEFORE_PREVIOUS_VERSION);
  });
});
