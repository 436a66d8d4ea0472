import type { StoredEvent } from '@send/kernel';
import type { RecordBody, RecordSealer } from '@send/event-store';
import { type DataKey, isSealedField, openToken, sealToken, tokenKeyId } from './personal-cipher.js';
import type { KeyStore } from './key-store.port.js';
import { type PersonalField, REASON_FIELD, personalFieldsIn, readPath, writePath } from './personal-data.registry.js';

export const PERSONAL_DATA_CIPHER = Symbol('PERSONAL_DATA_CIPHER');

/** Each opened event's stored form, for what must pass the stored bytes on (the forwarder to the broker). */
const STORED_FORM = new WeakMap<StoredEvent, StoredEvent>();

/** The event as stored: itself when it was never opened (or had nothing to open). */
export function storedFormOf(event: StoredEvent): StoredEvent {
  return STORED_FORM.get(event) ?? event;
}

type Keys = (caseId: string) => Promise<DataKey | undefined>;

/** One look-up per case per call: a page of 2,000 events asks the key store once for each case in it. */
function keysOf(store: KeyStore, create: boolean): Keys {
  const seen = new Map<string, Promise<DataKey | undefined>>();
  return (caseId) => {
    let key = seen.get(caseId);
    if (!key) seen.set(caseId, (key = store.dataKey(caseId, { create })));
    return key;
  };
}

const present = (body: Pick<RecordBody, 'type' | 'data'>): PersonalField[] => personalFieldsIn(body.type, body.data);

/**
 * Personal data encrypted at rest under each child's own key (docs/architecture.md "Security"), in one place:
 * `seal` on the write path before records are hashed, `open` wherever events are read for their content.
 * A field whose key is destroyed reads as its erased placeholder, never as an error.
 */
export class PersonalDataCipher {
  constructor(private readonly keys: KeyStore) {}

  readonly seal: RecordSealer = async (bodies) => {
    const keyOf = keysOf(this.keys, true);
    const sealed: RecordBody[] = [];
    for (const body of bodies) sealed.push(await this.sealOne(body, keyOf));
    return sealed;
  };

  async open(events: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const keyOf = keysOf(this.keys, false);
    const opened: StoredEvent[] = [];
    for (const event of events) {
      const open = await this.openOne(event, keyOf);
      if (open !== event) STORED_FORM.set(open, event);
      opened.push(open);
    }
    return opened;
  }

  private async sealOne<T extends RecordBody>(body: T, keyOf: Keys): Promise<T> {
    const fields = present(body);
    if (fields.length === 0 && body.reason === undefined) return body;
    // Undefined once the case's key is destroyed: what is written after erasure keeps no personal data.
    const key = await keyOf(body.caseId);
    let data = body.data;
    for (const f of fields) {
      const value = readPath(data, f.path);
      data = writePath(data, f.path, key ? { personal: sealToken(key, body.caseId, value) } : f.erased);
    }
    const reason =
      body.reason === undefined ? {} : { reason: key ? sealToken(key, body.caseId, body.reason) : String(REASON_FIELD.erased) };
    return { ...body, ...reason, data };
  }

  private async openOne(event: StoredEvent, keyOf: Keys): Promise<StoredEvent> {
    const fields = personalFieldsIn(event.type, event.data).filter((f) => isSealedField(readPath(event.data, f.path)));
    const sealedReason = tokenKeyId(event.reason) !== undefined;
    if (fields.length === 0 && !sealedReason) return event;
    const key = await keyOf(event.caseId);
    let data = event.data;
    for (const f of fields) {
      const { personal } = readPath(data, f.path) as { personal: string };
      data = writePath(data, f.path, openOr(key, event.caseId, personal, f.erased));
    }
    const reason = sealedReason ? { reason: String(openOr(key, event.caseId, event.reason!, REASON_FIELD.erased)) } : {};
    return { ...event, ...reason, data };
  }
}

function openOr(key: DataKey | undefined, caseId: string, token: string, erased: unknown): unknown {
  if (!key) return erased;
  try {
    return openToken(key, caseId, token);
  } catch {
    // Sealed under a key this case no longer holds: as good as erased.
    return erased;
  }
}
