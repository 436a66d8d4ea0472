import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { BarChart } from './bar-chart.js';
import { dashboardModel, sectionsOf } from './dashboard.view-model.js';
import { camden, camdenSuppressed, england, managerAnswer } from './dashboards.fixtures.js';
import type { InclusionDashboard } from './figures-text.js';

const layout = {
  cspNonce: 'n0nce',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};
const period = { from: { day: '1', month: '10', year: '2026' }, to: { day: '31', month: '12', year: '2026' } };
const render = (model: object) => load(renderView('dashboards/dashboard.njk', { ...layout, ...model }));

const blockOf = (d: InclusionDashboard, chartId: string) => {
  const block = sectionsOf(d)
    .flatMap((s) => s.blocks)
    .find((b) => b.chart.id === chartId);
  if (!block) throw new Error(`no chart ${chartId}`);
  return block;
};
const cells = (rows: readonly (readonly { text: string }[])[]) => rows.map((r) => r.map((c) => c.text));

describe('the dashboard for an LA manager', () => {
  const d = managerAnswer();

  it('leads with the 20-week headline against England, leaving out lawful exceptions', () => {
    const block = blockOf(d, 'timeliness-excludingExceptions');
    expect(block.summary).toBe(
      '82.4% of final plans were issued within 20 weeks in Camden, against 46.4% in England (leaving out cases with a lawful exception).',
    );
    // Camden: 14, 2, 1 of 17 → 82.4 (the API's), 11.8, 5.9; England: 232, 200, 68 of 500 → 46.4, 40.0, 13.6.
    const chart = block.chart as BarChart;
    expect(chart.groups.map((g) => g.bars.map((b) => b.label))).toEqual([
      ['82.4%', '46.4%'],
      ['11.8%', '40.0%'],
      ['5.9%', '13.6%'],
    ]);
    expect(cells(block.table.rows)).toEqual([
      ['Within 20 weeks', '14', '82.4%', '232', '46.4%'],
      ['20 to 52 weeks', '2', '11.8%', '200', '40.0%'],
      ['Over 52 weeks', '1', '5.9%', '68', '13.6%'],
      ['Total', '17', '100.0%', '500', '100.0%'],
    ]);
    expect(blockOf(d, 'timeliness-includingExceptions').summary).toBe(
      '70.0% of final plans were issued within 20 weeks in Camden, against 40.0% in England (including cases with a lawful exception).',
    );
  });

  it('shows requests by who made them as shares, England\'s hidden counts as "c"', () => {
    const block = blockOf(d, 'requests-by-requester');
    // Camden 12, 0, 6, 2 of 20; England 600, c, 300, c of 1000.
    expect(cells(block.table.rows)).toEqual([
      ['A parent', '12', '60.0%', '600', '60.0%'],
      ['The young person', '0', '0.0%', 'c', 'c'],
      ['The school, college or early years setting', '6', '30.0%', '300', '30.0%'],
      ['Someone else', '2', '10.0%', 'c', 'c'],
      ['Total', '20', '100.0%', '1,000', '100.0%'],
    ]);
    expect(block.summary).toBe('Camden: 20 requests; the largest share is A parent, 60.0%, against 60.0% in England.');
  });

  it("names the most common need of the plans in force, as a share of each area's plans", () => {
    // ASD: 16 of 40 = 40.0% in Camden; 600 of 2000 = 30.0% in England.
    expect(blockOf(d, 'caseload-need').summary).toBe(
      'Camden: 40 plans in force; the largest share is Autistic spectrum disorder (ASD), 40.0%, against 30.0% in England.',
    );
  });

  it('says "no cases" for a percentage with nothing to divide, and draws no bar for it', () => {
    const block = blockOf(d, 'reviews-timeliness');
    const chart = block.chart as BarChart;
    expect(chart.groups[2].bars.map((b) => [b.width, b.label])).toEqual([
      [0, 'no cases'],
      [0, 'no cases'],
    ]);
  });

  it("trends month by month, breaking England's line at its hidden month", () => {
    const trend = blockOf(d, 'trend-timeliness');
    expect(cells(trend.table.rows)).toEqual([
      ['October 2026', '66.7%', '50.0%'],
      ['November 2026', 'no cases', '45.0%'],
      ['December 2026', '85.7%', 'c'],
    ]);
    expect(trend.summary).toBe(
      'In December 2026, 85.7% of final plans were issued within 20 weeks in Camden, against c in England.',
    );
    expect(blockOf(d, 'trend-volumes').summary).toBe(
      'Camden: 6 requests and 14 final plans in December 2026, against 10 requests and 6 final plans in October 2026.',
    );
  });

  it('spends against the budget: £840,000 of £1,000,000', () => {
    expect(blockOf(d, 'spend-bands').summary).toBe(
      'Camden: £840,000 committed for 2026-27, 84.0% of the high-needs budget of £1,000,000.',
    );
  });

  it('renders every chart as a named SVG image with its description, summary and table', () => {
    const model = dashboardModel(d, period);
    const $ = render(model);
    const svgs = $('svg[role="img"]');
    const blocks = model.sections.flatMap((s) => s.blocks);
    expect(svgs.length).toBe(blocks.length);
    svgs.each((_, svg) => {
      const id = $(svg).attr('aria-labelledby')!;
      expect($(svg).find(`title#${id}`).text()).not.toBe('');
      expect(
        $(svg)
          .find(`desc#${$(svg).attr('aria-describedby')}`)
          .text(),
      ).toBe($(svg).next('p').text());
      expect($(svg).nextAll('details').find('table').length).toBe(1);
    });
    expect($('#timeliness-excludingExceptions-chart desc').text()).toContain(
      '82.4% of final plans were issued within 20 weeks in Camden',
    );
    expect($('#disclosure').text()).toContain("Management information: exact figures for your LA's own use");
    expect($('#suppression-note').text()).toBe('c: a count from 1 to 4, or one that would reveal one, is not shown.');
    // Ids are unique on the page (the patterns are per chart).
    const ids = $('[id]')
      .map((_, e) => $(e).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    expect($('h1').text()).toBe('Inclusion dashboard: Camden');
    expect($('select#la').length).toBe(0);
  });
});

describe('the dashboard for the regions group', () => {
  it('shows England first among the LAs, with no comparison of England with itself', () => {
    const d: InclusionDashboard = {
      generatedAt: '2027-01-05T09:30:00Z',
      from: '2026-10-01',
      to: '2026-12-31',
      england: england(),
      las: [camdenSuppressed()],
    };
    const sections = sectionsOf(d);
    expect(sections.map((s) => s.id)).toEqual([
      'timeliness',
      'local-authorities',
      'trends',
      'requests',
      'decisions',
      'caseload',
      'reviews',
      'disputes',
      'spend',
      'outcomes',
    ]);
    const byLa = blockOf(d, 'local-authorities');
    expect(cells(byLa.table.rows)).toEqual([
      ['England', '1,000', '500', '46.4%', '2,000'],
      ['Camden', '20', '17', 'c', '40'],
    ]);
    expect(byLa.summary).toBe(
      "Across 1 local authority, no local authority's share of final plans issued within 20 weeks can be shown, against 46.4% in England.",
    );
    expect(blockOf(d, 'timeliness-excludingExceptions').summary).toBe(
      '46.4% of final plans were issued within 20 weeks in England (leaving out cases with a lawful exception).',
    );
  });

  it('shows one LA with its small counts hidden, against England, and offers every LA in the select', () => {
    const d: InclusionDashboard = {
      generatedAt: '2027-01-05T09:30:00Z',
      from: '2026-10-01',
      to: '2026-12-31',
      la: camdenSuppressed(),
      england: england(),
    };
    const block = blockOf(d, 'timeliness-excludingExceptions');
    expect(block.summary).toBe(
      'The share of final plans issued within 20 weeks in Camden is not shown (c), against 46.4% in England (leaving out cases with a lawful exception).',
    );
    expect(cells(block.table.rows)[1]).toEqual(['20 to 52 weeks', 'c', 'c', '200', '40.0%']);
    const model = dashboardModel(d, {
      ...period,
      la: '202',
      laChoices: [
        { la: '202', name: 'Camden' },
        { la: '203', name: 'Greenwich' },
      ],
    });
    const $ = render(model);
    expect($('#disclosure').length).toBe(0);
    expect($('#suppression-note').length).toBe(1);
    expect(
      $('select#la option')
        .map((_, o) => $(o).text())
        .get(),
    ).toEqual(['England and every local authority', 'Camden (202)', 'Greenwich (203)']);
    expect($('select#la option[selected]').attr('value')).toBe('202');
    // Within 20 weeks: 14 plans, their share hidden.
    expect(
      $('#timeliness-excludingExceptions-table tbody tr')
        .first()
        .find('td')
        .map((_, td) => $(td).text().trim())
        .get(),
    ).toEqual(['14', 'c', '232', '46.4%']);
  });

  it('has no footnote when nothing is hidden, and a plain page when the API refused the period', () => {
    const exact = { ...managerAnswer(), england: undefined };
    expect(dashboardModel(exact, period).figures?.suppressedNote).toBeUndefined();
    const refused = dashboardModel(undefined, {
      ...period,
      errors: {
        summary: [{ text: 'The start of the period must be a date.', href: '#from-day' }],
        fields: { 'from-day': { text: 'The start of the period must be a date.' } },
      },
    });
    const $ = render(refused);
    expect($('.govuk-error-summary').text()).toContain('The start of the period must be a date.');
    expect($('svg').length).toBe(0);
    expect(camden().disclosure).toBe('management-information');
  });
});
