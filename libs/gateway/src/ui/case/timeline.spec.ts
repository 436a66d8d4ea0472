import { load } from 'cheerio';
import type { TimelineEntry } from '@send/kernel';
import { renderView } from '../web/render.js';
import { caseTimelineModel, kindsFrom } from './timeline.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const ENTRIES = [
  {
    at: '2026-03-02',
    kind: 'request',
    title: 'Request for an EHC needs assessment received (from the parent)',
    source: 'Children and Families Act 2014 s.36(1)',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    eventIds: ['e1'],
    recordedAt: '2026-03-02T09:00:00Z',
  },
  {
    at: '2026-04-06',
    kind: 'deadline',
    title: '6-week decision deadline met',
    reason: 'Evidence of need <script>',
    source: 'SEND Regulations 2014 reg 4(1), 5(1)',
    actor: { id: 'manager@202', role: 'manager' },
    deadline: {
      rule: 'Decision whether to secure an EHC needs assessment',
      source: 'x',
      dueOn: '2026-04-13',
      status: 'met',
      closedOn: '2026-04-06',
    },
    eventIds: ['e2'],
    recordedAt: '2026-04-06T09:00:00Z',
  },
] as TimelineEntry[];

describe('the timeline tab', () => {
  it('reads the kinds asked for from one or many checkboxes, dropping unknown ones', () => {
    expect(kindsFrom(['deadline', 'order', 'nonsense'])).toEqual(['deadline', 'order']);
    expect(kindsFrom('decision')).toEqual(['decision']);
    expect(kindsFrom(undefined)).toEqual([]);
  });

  it('lays out each entry with the MoJ timeline: title, date, actor, reason, legal source, deadline outcome', () => {
    const model = caseTimelineModel(CASE, ENTRIES, ['deadline']);
    const $ = load(renderView('case/timeline.njk', { ...LAYOUT, ...model }));
    const items = $('.moj-timeline__item');
    expect(items.length).toBe(2);
    const second = items.eq(1);
    expect(second.find('.moj-timeline__title').text().trim()).toBe('6-week decision deadline met');
    expect(second.find('.moj-timeline__byline').text()).toContain('manager@202 (manager)');
    expect(second.find('time').text().trim()).toBe('6 April 2026');
    expect(second.find('time').attr('datetime')).toBe('2026-04-06');
    const text = second.find('.moj-timeline__description').text().replace(/\s+/g, ' ');
    expect(text).toContain('Reason: Evidence of need <script>');
    expect(text).toContain('Legal source: SEND Regulations 2014 reg 4(1), 5(1)');
    expect(text).toContain('Decision whether to secure an EHC needs assessment, due 13 April 2026: Met on 6 April 2026');
    expect($('main script').length).toBe(0);
    expect($('form').attr('method')).toBe('get');
    expect($('input[name=kinds][value=deadline]').attr('checked')).toBeDefined();
    expect($('input[name=kinds][value=order]').attr('checked')).toBeUndefined();
    expect($('a:contains("Show every entry")').length).toBe(1);
  });

  it('says so when nothing of the kinds asked for is on the record', () => {
    const $ = load(renderView('case/timeline.njk', { ...LAYOUT, ...caseTimelineModel(CASE, [], ['order']) }));
    expect($('main').text()).toContain('No entries of these kinds.');
  });
});
