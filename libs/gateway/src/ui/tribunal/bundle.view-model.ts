import { caseReferenceOf } from '@send/kernel';
import { formatDateTime } from '../format.js';
import { streamContext } from '../audit/readable.js';

/**
 * The tribunal's pages (docs/api.md "The tribunal bundle"): the bundle's download with the codes of the
 * bundles downloaded in this session, and the public check of a code. Pure: unit tested.
 */
export interface DownloadedBundle {
  readonly caseId: string;
  readonly code: string;
  readonly at: string;
}

/** How many downloaded bundles' codes the session keeps (the cookie is small). */
export const KEPT_BUNDLES = 5;

/** The session's list with one more download: newest first, a few only. */
export function withDownload(kept: readonly DownloadedBundle[] | undefined, added: DownloadedBundle): DownloadedBundle[] {
  return [added, ...(kept ?? []).filter((b) => b.code !== added.code)].slice(0, KEPT_BUNDLES);
}

export const checkHref = (code: string) => `/bundles/check?code=${encodeURIComponent(code)}`;

export function bundlePageModel(caseId: string, downloaded: readonly DownloadedBundle[] | undefined) {
  const reference = caseReferenceOf(caseId);
  return {
    pageTitle: `Tribunal bundle for case ${reference}`,
    caseId,
    reference,
    downloadHref: `/cases/${caseId}/bundle/download`,
    timelineHref: `/cases/${caseId}/timeline`,
    downloads: (downloaded ?? [])
      .filter((b) => b.caseId === caseId)
      .map((b) => ({ code: b.code, at: formatDateTime(b.at), checkHref: checkHref(b.code) })),
  };
}

/** A code as typed: spaces and case forgiven, as it is read off a printed page. */
export function codeOf(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const code = text.replace(/\s+/g, '').toUpperCase();
  return code === '' ? undefined : code;
}

export interface BundleCheckAnswer {
  readonly valid: boolean;
  readonly code: string;
  readonly generatedAt: string;
  readonly caseRef: string;
  readonly streams: readonly { stream: string; revision: number; hash: string; valid: boolean }[];
  readonly streamsAdded?: readonly string[];
  readonly pages: number;
}

/** Why a check could not be answered: the API's status, in the page's words. */
export type CheckRefusal = 'unknown' | 'sign-in' | 'not-visible';

export function bundleCheckModel(input: {
  typed?: string;
  answer?: BundleCheckAnswer;
  refused?: CheckRefusal;
  missing?: boolean;
  signedIn: boolean;
}) {
  const a = input.answer;
  const error = input.missing
    ? 'Enter the verification code printed on the bundle.'
    : input.refused === 'unknown'
      ? `No bundle has the code ${input.typed}. Check it against the foot of any page of the bundle.`
      : undefined;
  return {
    pageTitle: 'Check a tribunal bundle',
    typed: input.typed ?? '',
    signInHref: `/sign-in?returnTo=${encodeURIComponent(input.typed ? checkHref(input.typed) : '/bundles/check')}`,
    needsSignIn: input.refused === 'sign-in',
    notVisible: input.refused === 'not-visible',
    signedIn: input.signedIn,
    result: a
      ? {
          valid: a.valid,
          code: a.code,
          caseRef: a.caseRef,
          generatedAt: formatDateTime(a.generatedAt),
          pages: a.pages,
          // Which parts of the record the bundle was built from, and whether each is unchanged: no names,
          // no case id, nothing of the child (docs/api.md: the check carries no personal data).
          streams: a.streams.map((s) => ({
            context: streamContext(s.stream),
            revision: s.revision,
            tag: s.valid ? { text: 'Unchanged', classes: 'govuk-tag--green' } : { text: 'Changed', classes: 'govuk-tag--red' },
          })),
          added: (a.streamsAdded ?? []).map(streamContext),
        }
      : undefined,
    errorSummary: error ? [{ text: error, href: '#code' }] : [],
    fieldErrors: error ? { code: { text: error } } : {},
  };
}
