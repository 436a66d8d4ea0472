import type { FamilyView, LaDeadlineStatus } from '../../family/family-view.js';
import type { ApiProblem } from '../web/api-client.js';
import { formatDate } from '../format.js';

/** The family's pages (docs/ui.md "The family's pages"): the same view as GET /api/v1/family/case. Pure. */

const STATUS_TAGS: Record<LaDeadlineStatus, { text: string; classes: string }> = {
  open: { text: 'Not due yet', classes: 'govuk-tag--blue' },
  met: { text: 'Met', classes: 'govuk-tag--green' },
  missed: { text: 'Missed', classes: 'govuk-tag--red' },
  excepted: { text: 'More time allowed', classes: 'govuk-tag--yellow' },
  'not-applicable': { text: 'No longer applies', classes: 'govuk-tag--grey' },
};

/** Plan sections by letter, in the words of the SEND Regulations 2014 reg 12(1). */
const SECTION_TITLES: Record<string, string> = {
  A: 'A: Views, interests and aspirations',
  B: 'B: Special educational needs',
  C: 'C: Health needs',
  D: 'D: Social care needs',
  E: 'E: Outcomes',
  F: 'F: Special educational provision',
  G: 'G: Health provision',
  H1: 'H1: Social care provision (Chronically Sick and Disabled Persons Act 1970 s.2)',
  H2: 'H2: Other social care provision',
  I: 'I: School or other institution',
  J: 'J: Personal budget',
  K: 'K: Advice and information',
};

/** The plan's own order, A to K; a letter the table does not know goes last. */
const sectionOrder = (letter: string) => {
  const i = Object.keys(SECTION_TITLES).indexOf(letter);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** A plan section as readable text: its text, its list items, or its fields, whatever shape it was recorded in. */
export function sectionText(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(sectionText);
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string') return [record.text];
  return Object.values(record).flatMap(sectionText);
}

export function familyHomeModel(view: FamilyView) {
  const draftOpen = view.yourRights.some((r) => r.status === 'open' && /draft|amend/i.test(r.what));
  return {
    pageTitle: 'Your case',
    childName: `${view.child.givenName} ${view.child.familyName}`,
    asOf: formatDate(view.asOf),
    decisions: view.decisions.map((d) => ({
      on: formatDate(d.on),
      what: d.what,
      by: d.by,
      why: d.why ?? '',
      source: d.source ?? '',
      details: d.details,
    })),
    deadlines: view.laDeadlines.map((d) => ({
      what: d.what,
      dueOn: formatDate(d.dueOn),
      summary: d.summary,
      source: d.source,
      tag: STATUS_TAGS[d.status],
    })),
    rights: view.yourRights.map((r) => ({
      what: r.what,
      until: formatDate(r.until),
      open: r.status === 'open',
      text: r.whatYouCanDo,
      source: r.source,
    })),
    plan: view.plan && {
      heading: `${view.plan.status === 'draft' ? 'Draft plan' : 'Plan'} (version ${view.plan.version}), issued ${formatDate(view.plan.issuedOn)}`,
      sections: Object.entries(view.plan.sections)
        .filter(([, v]) => sectionText(v).length > 0)
        .sort(([a], [b]) => sectionOrder(a) - sectionOrder(b))
        .map(([letter, v]) => ({ title: SECTION_TITLES[letter] ?? letter, lines: sectionText(v) })),
    },
    canSendRepresentations: draftOpen,
    preferences: preferencesModel(view.placement),
  };
}

const CHOICES = [
  { name: 'first', label: 'First choice' },
  { name: 'second', label: 'Second choice (optional)' },
  { name: 'third', label: 'Third choice (optional)' },
] as const;

/**
 * The preferences form: a choice from the council's tailored list where it gave one, each choice showing the list's
 * reasons; the family may still name a setting that is not on it by its number (the list informs, it does not bind).
 */
function preferencesModel(placement: FamilyView['placement']) {
  const sent = placement.preferences;
  const listed = placement.choices.map((c) => ({ value: c.settingId, text: c.name }));
  return {
    fromList: listed.length > 0,
    listGivenOn: placement.listGivenOn ? formatDate(placement.listGivenOn) : '',
    choices: placement.choices.map((c) => ({ name: c.name, reasons: c.reasons.join('; ') })),
    fields: CHOICES.map((f, i) => {
      const current = sent?.ranked[i]?.settingId ?? '';
      const onList = listed.some((o) => o.value === current);
      return {
        ...f,
        items: [{ value: '', text: 'Choose a school or college' }, ...listed].map((o) => ({
          ...o,
          selected: o.value === current && onList,
        })),
        // A setting sent before that is not on the list shows as its number, so that sending again keeps it.
        other: onList ? '' : current,
      };
    }),
    sent: sent ? { on: formatDate(sent.expressedOn), ranked: sent.ranked.map((r) => r.name ?? r.settingId) } : null,
  };
}

export interface JoinInput {
  readonly code?: string;
  readonly username?: string;
  readonly problem?: ApiProblem;
}

const FIELD_IDS: Record<string, string> = { code: 'code', username: 'username', password: 'password' };

/** What each refusal of a redemption tells the family, by the API's stable code. */
const REFUSALS: Record<string, { field: string; text: string }> = {
  'FAMILY.INVITATION_NOT_FOUND': {
    field: 'code',
    text: 'That code is not right. Check it against the letter or email from the council.',
  },
  'FAMILY.INVITATION_ALREADY_USED': {
    field: 'code',
    text: 'That code has already been used. Sign in instead, or ask the council for a new code.',
  },
  'FAMILY.INVITATION_EXPIRED': { field: 'code', text: 'That code has run out. Ask the council for a new code.' },
  'FAMILY.INVITATION_REVOKED': { field: 'code', text: 'The council has withdrawn that code. Ask the council about your access.' },
  'FAMILY.CASE_ERASED': { field: 'code', text: 'That code can no longer be used. Ask the council about your access.' },
  'FAMILY.USERNAME_TAKEN': { field: 'username', text: 'That username is taken. Choose another.' },
};

/** The messages of a 400 from the API, in the family's words. */
const FIELD_MESSAGES: Record<string, string> = {
  code: 'Enter the code from the council.',
  username: 'Enter a username of 3 to 100 letters, numbers or . _ @ + -, starting with a letter or number.',
  password: 'Enter a password of at least 12 characters.',
};

export function joinModel(input: JoinInput) {
  const errors: { text: string; href: string }[] = [];
  const fields: Record<string, { text: string }> = {};
  const add = (field: string, text: string) => {
    if (fields[field]) return;
    errors.push({ text, href: `#${FIELD_IDS[field] ?? field}` });
    fields[field] = { text };
  };
  const problem = input.problem;
  if (problem?.status === 400) {
    for (const e of problem.errors ?? []) add(e.field, FIELD_MESSAGES[e.field] ?? e.message);
  } else if (problem) {
    const refusal = REFUSALS[problem.code] ?? { field: 'code', text: 'Your account could not be set up. Try again later.' };
    add(refusal.field, refusal.text);
  }
  return {
    pageTitle: 'Set up your account',
    code: input.code ?? '',
    username: input.username ?? '',
    errorSummary: errors,
    fieldErrors: fields,
  };
}

export interface FamilyAccessAnswer {
  readonly caseId: string;
  readonly invitations: readonly {
    invitationId: string;
    issuedAt: string;
    issuedBy: string;
    expiresOn: string;
    status: string;
  }[];
  readonly accounts: readonly { username: string; createdAt: string; revokedAt: string | null }[];
}

const INVITATION_STATUS: Record<string, string> = {
  open: 'Not used yet',
  expired: 'Ran out unused',
  redeemed: 'Used',
  revoked: 'Withdrawn',
};

/** The caseworker's page of the family's access to a case. */
export function familyAccessModel(answer: FamilyAccessAnswer) {
  return {
    pageTitle: 'Family access',
    caseId: answer.caseId,
    invitations: answer.invitations.map((i) => ({
      issuedAt: formatDate(i.issuedAt),
      issuedBy: i.issuedBy,
      expiresOn: formatDate(i.expiresOn),
      status: INVITATION_STATUS[i.status] ?? i.status,
    })),
    accounts: answer.accounts.map((a) => ({
      username: a.username,
      createdAt: formatDate(a.createdAt),
      state: a.revokedAt ? `Closed on ${formatDate(a.revokedAt)}` : 'Open',
    })),
    canRevoke: answer.invitations.some((i) => i.status === 'open' || i.status === 'redeemed'),
  };
}
