import { StoredEvent } from '@send/kernel';
import type { OutboundMessage } from '@send/messaging';
import { isSealed, open, seal } from './personal-data.js';
import { isSealedField, tokenKeyId } from '../personal-data/personal-cipher.js';

/**
 * Fields of an event's data that hold a person's details or free text about them, by event type: the
 * child's identity, the plan's sections (needs, health, social care), the evidence for an exception.
 * The envelope's free-text reason is sealed for every event.
 */
const PERSONAL_FIELDS: Record<string, readonly string[]> = {
  AssessmentRequested: ['child'],
  AssessmentDecided: ['reason'],
  PlanIssueDecided: ['reason'],
  TimescaleExceptionRecorded: ['evidence'],
  DraftPlanIssued: ['sections'],
  FinalPlanIssued: ['sections'],
  AmendedPlanIssued: ['sections'],
  PlanImported: ['child', 'versions'],
  ReviewDecided: ['stepDownRationale', 'rationale', 'proposedAmendments'],
  AmendmentNoticeSent: ['proposedAmendments', 'reason'],
  DecidedNotToAmend: ['reason'],
  PlanTransferWithdrawn: ['reason'],
  ReassessmentExceptionRecorded: ['evidence'],
  PlanPriced: ['lines'],
  LocalAdjustmentApplied: ['reason'],
  // The file's bytes and name never enter the event; its caption may describe the child.
  AttachmentAdded: ['caption'],
  AttachmentWithdrawn: ['reason'],
  ReassessmentDecided: ['reason'],
  AdmissionDirected: ['reason'],
  ...Object.fromEntries(
    [
      'MediationAdviserContacted',
      'MediationDeclined',
      'MediationRequested',
      'MediationHeld',
      'MediationAgreementReached',
      'AgreementCompleted',
      'MediationNotArranged',
      'PanelRecommendationRecorded',
    ].map((type) => [type, ['notes']]),
  ),
};

/**
 * The public, versioned name an event travels under (docs/integration-events.md), distinct from the
 * internal type so that the internal model can change behind it: AssessmentRequested → send.assessment.assessment-requested.v1.
 */
export function integrationName(event: Pick<StoredEvent, 'type' | 'streamId' | 'schemaVersion'>): string {
  // The stream's first word, which is its owner (libs/kernel/src/streams.ts) for every case stream. Placement's
  // registry streams (setting-…, inclusion-plan-…) have always travelled as send.setting.… and send.inclusion.…;
  // naming them after their owner instead would change public names, which only a new version may do.
  const context = event.streamId.split('-')[0];
  const kebab = event.type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return `send.${context}.${kebab}.v${event.schemaVersion}`;
}

/**
 * On the wire an event keeps its whole envelope — actor, reason and hashes included, so the gateway's
 * copy can be verified link by link — in its stored form. What is sealed at rest under the child's own key
 * travels so, and is unreadable on the topic once that key is destroyed (docs/architecture.md "Security");
 * what is still in clear (the plan's coded parts, prices, and whole events recorded before encryption at
 * rest) is sealed with the key derived from PERSONAL_DATA_KEY (personal-data.ts), and opened again by fromWire.
 */
export function toWire(event: StoredEvent, personalDataKey: Buffer): OutboundMessage {
  const fields = PERSONAL_FIELDS[event.type] ?? [];
  const data = { ...(event.data as Record<string, unknown>) };
  for (const f of fields) {
    if (data[f] !== undefined && !isSealedField(data[f])) data[f] = seal(personalDataKey, event.caseId, data[f]);
  }
  const sealedAtRest = tokenKeyId(event.reason) !== undefined;
  const reason = event.reason === undefined || sealedAtRest ? {} : { reason: seal(personalDataKey, event.caseId, event.reason) };
  return {
    key: event.caseId,
    value: { ...event, ...reason, position: event.position.toString(), data, name: integrationName(event) },
    headers: {
      'event-id': event.id,
      'event-type': integrationName(event),
      'correlation-id': event.correlationId,
      'causation-id': event.causationId,
      'schema-version': String(event.schemaVersion),
    },
  };
}

/** The stored event back from the wire, personal data opened again (only the product's services hold the key). */
export function fromWire(value: unknown, personalDataKey: Buffer): StoredEvent {
  const v = value as StoredEvent & { position: string; name?: string };
  const { name: _name, ...rest } = v;
  const data = { ...(v.data as Record<string, unknown>) };
  for (const [k, field] of Object.entries(data)) if (isSealed(field)) data[k] = open(personalDataKey, v.caseId, field);
  const reason = isSealed(v.reason) ? { reason: open(personalDataKey, v.caseId, v.reason) as string } : {};
  return { ...rest, ...reason, position: BigInt(v.position), data };
}
