import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import {
  type BundleCheckAnswer,
  KEPT_BUNDLES,
  bundleCheckModel,
  bundlePageModel,
  codeOf,
  withDownload,
} from './bundle.view-model.js';

const layout = { cspNonce: 'n', csrfToken: 't', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = '0e5d1c2a-1111-4222-8333-444455556666';
const CODE = 'AB3CD-EF4GH-1A2B3C';
const render = (view: string, model: object) => load(renderView(view, { ...layout, ...model }));

describe('the bundle page', () => {
  it('keeps the newest few downloads, once each', () => {
    let kept = withDownload(undefined, { caseId: CASE, code: CODE, at: '2026-06-10T13:00:00Z' });
    kept = withDownload(kept, { caseId: CASE, code: CODE, at: '2026-06-10T13:05:00Z' });
    expect(kept).toHaveLength(1);
    for (let i = 0; i < 10; i++) kept = withDownload(kept, { caseId: CASE, code: `C${i}`, at: '2026-06-10T13:00:00Z' });
    expect(kept).toHaveLength(KEPT_BUNDLES);
    expect(kept[0].code).toBe('C9');
  });

  it('links the download through the page and shows this case’s codes with a link to check each', () => {
    const model = bundlePageModel(CASE, [
      { caseId: CASE, code: CODE, at: '2026-06-10T13:00:00Z' },
      { caseId: 'another', code: 'OTHER', at: '2026-06-10T13:00:00Z' },
    ]);
    const $ = render('tribunal/bundle.njk', model);
    expect($('a.govuk-button').attr('href')).toBe(`/cases/${CASE}/bundle/download`);
    expect(
      $('.app-verification-code')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual([CODE]);
    expect($('.govuk-summary-list__key').text().trim()).toBe('10 June 2026 at 2:00pm');
    expect($('.govuk-summary-list__actions a').attr('href')).toBe(`/bundles/check?code=${CODE}`);
    expect($('.govuk-summary-list__actions a').text()).toContain(`Check the code ${CODE}`);
  });

  it('says where the code will appear before any download', () => {
    const $ = render('tribunal/bundle.njk', bundlePageModel(CASE, undefined));
    expect($('.govuk-inset-text').text()).toContain('reload this page');
    expect($('.app-verification-code').length).toBe(0);
  });
});

const answer: BundleCheckAnswer = {
  valid: true,
  code: CODE,
  generatedAt: '2026-06-10T13:00:00.000Z',
  caseRef: '0E5D1C2A',
  streams: [
    { stream: `assessment-${CASE}`, revision: 1, hash: 'a'.repeat(64), valid: true },
    { stream: `ehcp-${CASE}`, revision: 0, hash: 'b'.repeat(64), valid: true },
  ],
  pages: 7,
};

describe('checking a bundle’s code', () => {
  it('forgives spaces and case in a typed code', () => {
    expect(codeOf(' ab3cd-ef4gh-1a2b3c ')).toBe(CODE);
    expect(codeOf('  ')).toBeUndefined();
    expect(codeOf(['x'])).toBeUndefined();
  });

  it('says a valid bundle is valid, with its date, pages and parts, and nothing of the child or the case id', () => {
    const $ = render('tribunal/bundle-check.njk', bundleCheckModel({ typed: CODE, answer, signedIn: true }));
    expect($('.govuk-panel__title').text().trim()).toBe('The bundle is valid');
    const list = $('.govuk-summary-list').text();
    expect(list).toContain('10 June 2026 at 2:00pm');
    expect(list).toMatch(/Pages\s+7/);
    expect(
      $('tbody tr')
        .map((_, tr) => $(tr).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Assessment 1 Unchanged', 'EHC plan 0 Unchanged']);
    expect($('main').text()).not.toContain(CASE);
    expect($('main').text()).not.toContain('a'.repeat(64));
  });

  it('says a changed bundle is not valid, naming the changed and the added parts', () => {
    const changed = {
      ...answer,
      valid: false,
      streams: [{ ...answer.streams[0], valid: false }, answer.streams[1]],
      streamsAdded: [`placement-${CASE}`],
    };
    const $ = render('tribunal/bundle-check.njk', bundleCheckModel({ typed: CODE, answer: changed, signedIn: true }));
    expect($('.govuk-panel').length).toBe(0);
    expect($('.govuk-warning-text').text()).toContain('The bundle is not valid');
    expect(
      $('tbody tr')
        .map((_, tr) => $(tr).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Assessment 1 Changed', 'EHC plan 0 Unchanged', 'Placement Added since']);
  });

  it('with a session that has ended, offers to sign in again and links it back to this code', () => {
    const $ = render('tribunal/bundle-check.njk', bundleCheckModel({ typed: CODE, refused: 'sign-in', signedIn: false }));
    expect($('.govuk-inset-text').text()).toContain('Your session has ended');
    expect($('.govuk-inset-text a').attr('href')).toBe(`/sign-in?returnTo=${encodeURIComponent(`/bundles/check?code=${CODE}`)}`);
    expect($('#code').val()).toBe(CODE);
  });

  it('names an unknown code as the field’s error, and a missing one', () => {
    let $ = render('tribunal/bundle-check.njk', bundleCheckModel({ typed: CODE, refused: 'unknown', signedIn: true }));
    expect($('#code-error').text()).toContain(`No bundle has the code ${CODE}.`);
    expect($('.govuk-error-summary a').attr('href')).toBe('#code');
    $ = render('tribunal/bundle-check.njk', bundleCheckModel({ missing: true, signedIn: true }));
    expect($('#code-error').text()).toContain('Enter the verification code');
    $ = render('tribunal/bundle-check.njk', bundleCheckModel({ typed: CODE, refused: 'not-visible', signedIn: true }));
    expect($('.govuk-inset-text').text()).toContain('may not see');
  });
});
