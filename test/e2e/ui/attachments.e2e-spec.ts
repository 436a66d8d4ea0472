import { eventually } from '@send/testing';
import { smallMp4, smallPng } from '../attachment-files.js';
import { accessibilityViolations, callApi, collectPageErrors, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * Photos and videos on section A through the pages (docs/ui.md "Attachments"): a caseworker adds a photo
 * with the GOV.UK file upload and sees it on the plan page, loaded through the page with their session; a text
 * file named .png is refused beside the field; a video is listed; the photo is withdrawn; an auditor sees the
 * video but no form. axe on every state of the page; what the pages recorded is read back through the API.
 */
describe('attachments on the plan page', () => {
  let ui: UiHarness;
  let caseId: string;

  beforeAll(async () => {
    ui = await startUi(new Date('2026-11-28T10:00:00Z'));
    const opened = await callApi(ui.baseUrl, '/api/v1/cases', 'caseworker@202', {
      child: { givenName: 'Ife', familyName: 'Adeyemi', dateOfBirth: '2017-05-01' },
      la: '202',
      requestedBy: 'parent',
      receivedOn: '2026-10-01',
    });
    caseId = opened.caseId;
  });
  afterAll(async () => ui?.close());

  it('adds a photo and a video to section A, refuses a text file, withdraws the photo; axe clean throughout', async () => {
    const page = await (await ui.context()).newPage();
    const errors = collectPageErrors(page);
    await signIn(page, 'caseworker@202');
    await page.goto(`/cases/${caseId}/plan`);
    await expectNoViolations(page);
    await page.locator('#attachments-none').waitFor();

    await page
      .getByLabel('Add a photo or video')
      .setInputFiles({ name: 'drawing.png', mimeType: 'image/png', buffer: smallPng(120) });
    await page.getByLabel('What it shows (optional)').fill('Her drawing of the class');
    await page.getByRole('button', { name: 'Add to section A' }).click();
    await page.waitForLoadState('domcontentloaded');
    const image = page.getByRole('img', { name: 'Her drawing of the class' });
    await image.waitFor();
    // The image was fetched through the page with the session and decoded: 1×1 pixels.
    await eventually('the photo to load and decode', async () =>
      image.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth === 1),
    );
    await expectNoViolations(page);

    await page
      .getByLabel('Add a photo or video')
      .setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture\n') });
    await page.getByRole('button', { name: 'Add to section A' }).click();
    await page.waitForLoadState('domcontentloaded');
    await page.getByRole('alert').getByText('The selected file must be a JPG, PNG, WebP, MP4 or WebM').waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Add a photo or video').setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: smallMp4() });
    await page.getByRole('button', { name: 'Add to section A' }).click();
    await page.waitForLoadState('domcontentloaded');
    await page.locator('#attachment-videos').getByRole('link', { name: /Video/ }).waitFor();
    await screenshot(page, 'plan-section-a-attachments');

    await page.getByLabel(/Why withdraw it \(Her drawing/).fill('The family chose another');
    await page.getByRole('button', { name: 'Withdraw Her drawing of the class' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByRole('img', { name: 'Her drawing of the class' }).count()).toBe(0);
    await expectNoViolations(page);
    expect(errors).toEqual([]);

    // Another section, and the case as a whole, through the same form: chosen from the list of places.
    await page.getByRole('link', { name: 'Section E', exact: true }).click();
    await page.waitForLoadState('domcontentloaded');
    await page.getByRole('heading', { name: 'Section E: photos and videos' }).waitFor();
    await page
      .getByLabel('Add a photo or video')
      .setInputFiles({ name: 'speech.png', mimeType: 'image/png', buffer: smallPng(121) });
    await page.getByLabel('What it shows (optional)').fill('At speech therapy');
    await page.getByRole('button', { name: 'Add to section E' }).click();
    await page.waitForLoadState('domcontentloaded');
    await page.getByRole('img', { name: 'At speech therapy' }).waitFor();
    expect(await page.getByRole('link', { name: 'Section E', exact: true }).getAttribute('aria-current')).toBe('true');
    await page.getByRole('link', { name: 'The case as a whole' }).click();
    await page.waitForLoadState('domcontentloaded');
    await page
      .getByLabel('Add a photo or video')
      .setInputFiles({ name: 'home.png', mimeType: 'image/png', buffer: smallPng(122) });
    await page.getByRole('button', { name: 'Add to the case' }).click();
    await page.waitForLoadState('domcontentloaded');
    await page.getByRole('heading', { name: 'The case as a whole: photos and videos' }).waitFor();
    await expectNoViolations(page);
    expect(errors).toEqual([]);

    const recorded = (await callApi(ui.baseUrl, `/api/v1/cases/${caseId}/attachments`, 'caseworker@202')) as Record<
      string,
      unknown
    >[];
    expect(recorded.map((a) => [a.section, a.mediaType, a.status, a.caption])).toEqual([
      ['A', 'image/png', 'withdrawn', 'Her drawing of the class'],
      ['A', 'video/mp4', 'live', undefined],
      ['E', 'image/png', 'live', 'At speech therapy'],
      [undefined, 'image/png', 'live', undefined],
    ]);
  });

  it('shows an auditor the video and no upload or withdraw form', async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'auditor');
    await page.goto(`/cases/${caseId}/plan`);
    await page.locator('#attachment-videos').waitFor();
    expect(await page.getByLabel('Add a photo or video').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Withdraw/ }).count()).toBe(0);
    await expectNoViolations(page);
  });
});

async function expectNoViolations(page: import('playwright-core').Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}
