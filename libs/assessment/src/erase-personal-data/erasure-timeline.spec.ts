import { storedEvent } from '@send/testing';
import type { AssessmentEvent } from '../domain/index.js';
import { assessmentEntries } from '../timeline.js';

const erased = (erasedOn: string, scope: 'key-destroyed' | 'read-models-only'): AssessmentEvent => ({
  type: 'PersonalDataErased',
  data: { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)', erasedOn, scope },
});

describe('the erasure on the timeline', () => {
  it('tells the timeline when the data was erased, under the legal basis given', () => {
    const stored = [erased('2026-11-28', 'key-destroyed'), erased('2026-11-28', 'read-models-only')].map((e) =>
      storedEvent(e.type, e.data),
    );
    const [full, partial] = assessmentEntries(stored);
    expect(full).toMatchObject({
      at: '2026-11-28',
      title: 'Personal data erased on 2026-11-28',
      source: 'UK GDPR Art. 17(1)(a)',
    });
    expect(partial!.title).toContain('from the read models only');
  });
});
