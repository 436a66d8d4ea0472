import type { StoredEvent } from '@send/kernel';
import type { CaseEventSource, StreamRead } from '@send/read-models';
import type { PersonalDataCipher } from './personal-data.js';

/**
 * The distributed gateway's verbatim copy of the events, read as the store is: history, timeline, replay and
 * bundles see personal data opened (or erased); verify sees the copy as stored, which the hash chain covers.
 */
export class OpenedCaseEventSource implements CaseEventSource {
  constructor(
    private readonly copy: CaseEventSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>> {
    const opened = new Map<string, StoredEvent[]>();
    for (const [stream, events] of await this.copy.streamsOf(caseId)) opened.set(stream, await this.cipher.open(events));
    return opened;
  }

  streamsForVerify(caseId: string): Promise<StreamRead[]> {
    return this.copy.streamsForVerify(caseId);
  }
}
