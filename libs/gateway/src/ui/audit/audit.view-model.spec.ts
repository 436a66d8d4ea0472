import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import {
  type DiffAnswer,
  accessLogModel,
  caseQueryOf,
  diffModel,
  findCaseModel,
  replayModel,
  verifyModel,
} from './audit.view-model.js';

const layout = { cspNonce: 'n', csrfToken: 't', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = '0e5d1c2a-1111-4222-8333-444455556666';
const render = (view: string, model: object) => load(renderView(view, { ...layout, ...model }));

const replayAnswer = {
  caseId: CASE,
  asOf: '2026-06-10T12:30:00.000Z',
  assessment: {
    revision: 0,
    stage: 'requested',
    state: { status: 'requested', requestedOn: '2026-06-01', child: { givenName: '<b>A</b>' } },
  },
  ehcp: { revision: -1, state: { status: 'none' } },
  placement: { revision: -1, state: null },
  mediation: { revision: -1, state: null },
  funding: { revision: -1, state: null },
};

describe('the replay page', () => {
  it('shows each context as a summary list, with its JSON only inside a details component', () => {
    const model = replayModel(CASE, { typed: { day: '10', month: '6', year: '2026', time: '13:30' }, answer: replayAnswer });
    expect(model.shownAsOf).toBe('10 June 2026 at 1:30pm');
    expect(model.contexts.map((c) => [c.title, c.started])).toEqual([
      ['Assessment', true],
      ['EHC plan', false],
      ['Placement', false],
      ['Disputes and mediation', false],
      ['Funding', false],
    ]);
    const $ = render('audit/replay.njk', model);
    expect($('h1').text()).toBe('Replay the case');
    expect($('.govuk-caption-l').text()).toBe('Case 0E5D1C2A');
    const keys = $('.govuk-summary-list__key')
      .map((_, e) => $(e).text().trim())
      .get();
    expect(keys).toEqual(['Revision', 'Stage', 'Status', 'Requested on', 'Child: given name']);
    expect($('.govuk-summary-list').text()).toContain('1 June 2026');
    expect($('.govuk-details pre').text()).toContain('"requestedOn": "2026-06-01"');
    expect($('.govuk-summary-list').text()).not.toContain('{');
    expect($('b').length).toBe(0);
    expect($('.govuk-tag').length).toBe(4);
    expect($('#asOf-day').val()).toBe('10');
    expect($('#asOfTime').val()).toBe('13:30');
    expect($('.moj-sub-navigation__link[aria-current=page]').text().trim()).toBe('Replay');
    expect($('form').attr('method')).toBe('get');
    expect(
      $('.moj-sub-navigation__link')
        .map((_, a) => $(a).text().trim())
        .get(),
    ).not.toContain('Tribunal bundle');
  });

  it('links the bundle for the roles that may download it', () => {
    const $ = render('audit/replay.njk', replayModel(CASE, { role: 'auditor' }));
    expect($('.moj-sub-navigation__link').last().attr('href')).toBe(`/cases/${CASE}/bundle`);
  });

  it('shows the form’s errors beside the date and the time, and no result', () => {
    const errors = {
      summary: [{ text: 'Enter the time.', href: '#asOfTime' }],
      fields: { asOfTime: { text: 'Enter the time.' } },
    };
    const $ = render('audit/replay.njk', replayModel(CASE, { typed: { day: '1', month: '1', year: '2026', time: '' }, errors }));
    expect($('.govuk-error-summary a').attr('href')).toBe('#asOfTime');
    expect($('#asOfTime-error').text()).toContain('Enter the time.');
    expect($('#replayed').length).toBe(0);
    expect($('title').text()).toMatch(/^Error: Replay case 0E5D1C2A/);
  });
});

const diffAnswer: DiffAnswer = {
  caseId: CASE,
  from: '2026-06-10T12:30:00.000Z',
  to: '2026-06-10T13:30:00.000Z',
  contexts: {
    assessment: {
      fromRevision: 0,
      toRevision: 1,
      events: [
        {
          id: 'e1',
          type: 'DecidedToAssess',
          revision: 1,
          occurredAt: '2026-06-10T13:00:00.000Z',
          recordedAt: '2026-06-10T13:00:00.000Z',
          actor: { id: 'caseworker@202', role: 'caseworker' },
        },
      ],
      changes: [
        { path: '/stage', kind: 'changed', from: 'requested', to: 'assessing' },
        { path: '/state/decidedOn', kind: 'added', to: '2026-06-10' },
      ],
    },
    ehcp: { fromRevision: -1, toRevision: -1, events: [], changes: [] },
  },
  deadlines: { fromRevision: -1, toRevision: -1, events: [] },
};

describe('the diff page', () => {
  it('lists the changes and the events that made them per context, and says when a context did not change', () => {
    const model = diffModel(CASE, { answer: diffAnswer });
    expect(model.window).toEqual({ from: '10 June 2026 at 1:30pm', to: '10 June 2026 at 2:30pm' });
    expect(model.contexts.map((c) => [c.key, c.changed])).toEqual([
      ['assessment', true],
      ['ehcp', false],
      ['deadlines', false],
    ]);
    expect(model.contexts[0].changes).toEqual([
      { what: 'Stage', tag: { text: 'Changed', classes: 'govuk-tag--blue' }, from: 'requested', to: 'assessing' },
      { what: 'Decided on', tag: { text: 'Added', classes: 'govuk-tag--green' }, from: '', to: '10 June 2026' },
    ]);
    const $ = render('audit/replay-diff.njk', model);
    const tables = $('table');
    expect(tables.length).toBe(2);
    expect($(tables[0]).find('caption').text()).toContain('What changed in Assessment');
    expect(
      $(tables[1])
        .find('tbody td')
        .map((_, e) => $(e).text().trim())
        .get(),
    ).toEqual(['1', 'Decided to assess', '10 June 2026 at 2:00pm', 'caseworker@202 (caseworker)']);
    expect($('main').text()).toContain('Nothing recorded by either instant.');
  });

  it('shows no result before both instants are given', () => {
    const $ = render('audit/replay-diff.njk', diffModel(CASE, {}));
    expect($('#changes').length).toBe(0);
    expect($('#from-day').length).toBe(1);
    expect($('#toTime').length).toBe(1);
  });
});

describe('the verify page', () => {
  it('tags every stream valid or broken, with its events and first broken revision', () => {
    const model = verifyModel(CASE, {
      valid: false,
      streams: [
        { stream: `assessment-${CASE}`, valid: false, events: 3, firstBrokenRevision: 0 },
        { stream: `ehcp-${CASE}`, valid: true, events: 2 },
      ],
    });
    const $ = render('audit/verify.njk', model);
    const rows = $('tbody tr')
      .map((_, tr) => [
        $(tr)
          .find('td')
          .slice(0, 4)
          .map((__, td) => $(td).text().trim())
          .get()
          .join('|'),
      ])
      .get();
    expect(rows).toEqual(['Assessment|Broken|3|0', 'EHC plan|Valid|2|None']);
    expect($('.govuk-warning-text').text()).toContain('The record has been altered');
  });

  it('says the record verifies when every stream does', () => {
    const $ = render('audit/verify.njk', verifyModel(CASE, { valid: true, streams: [] }));
    expect($('.govuk-warning-text').length).toBe(0);
    expect($('main').text()).toContain('matches');
  });
});

describe('the access log page', () => {
  it('lists each read in words', () => {
    const model = accessLogModel(CASE, {
      caseId: CASE,
      valid: true,
      reads: [
        {
          eventId: 'r1',
          who: 'auditor',
          role: 'auditor',
          when: '2026-06-10T13:00:00.000Z',
          what: 'replay-diff',
          query: { from: 'x' },
        },
        { eventId: 'r2', who: 'tribunal', role: 'tribunal', when: '2026-06-10T13:05:00.000Z', what: 'bundle', query: {} },
      ],
    });
    expect(model.reads.map((r) => [r.who, r.role, r.what, r.query])).toEqual([
      ['auditor', 'Auditor', 'Compare two instants', 'from=x'],
      ['tribunal', 'Tribunal', 'Tribunal bundle', 'None'],
    ]);
    const $ = render('audit/access-log.njk', model);
    expect($('tbody tr').length).toBe(2);
    expect($('tbody tr').first().find('td').first().text()).toBe('10 June 2026 at 2:00pm');
  });
});

describe('finding a case to verify', () => {
  it('takes a full id or a reference, and nothing else', () => {
    expect(caseQueryOf(CASE.toUpperCase())).toEqual({ id: CASE });
    expect(caseQueryOf(' 0e5d1c2a ')).toEqual({ reference: '0E5D1C2A' });
    expect(caseQueryOf('')).toBeUndefined();
    expect(caseQueryOf('0E5D')).toEqual({ invalid: true });
  });

  it('names the auditor’s tool for the whole store, and the field’s error', () => {
    let $ = render('audit/find-case.njk', findCaseModel({}));
    expect($('.govuk-inset-text').text()).toContain('npm run audit -- verify');
    $ = render('audit/find-case.njk', findCaseModel({ typed: '0E5D1C2A', notFound: true }));
    expect($('#case-error').text()).toContain('No case you can see has the reference 0E5D1C2A.');
    expect($('.govuk-error-summary a').attr('href')).toBe('#case');
  });
});
