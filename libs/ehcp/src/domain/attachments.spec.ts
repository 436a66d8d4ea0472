import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { AttachmentAdded } from './attachments.js';
import type { EhcpEvent } from './ehcp.events.js';

const TODAY = '2026-11-28';
const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today = TODAY) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const photo = {
  attachmentId: 'a1',
  section: 'A' as const,
  sha256: 'aa'.repeat(32),
  mediaType: 'image/jpeg' as const,
  size: 48213,
  addedBy: 'caseworker@202',
};
const video = {
  attachmentId: 'a2',
  section: 'A' as const,
  sha256: 'bb'.repeat(32),
  mediaType: 'video/mp4' as const,
  size: 812345,
  addedBy: 'caseworker@202',
};
const opened: EhcpEvent = {
  type: 'PlanOpened',
  data: { caseId: 'case-1', la: '202', requestedOn: '2026-06-01', decidedOn: '2026-09-01' },
};
const added = (a: Omit<AttachmentAdded['data'], 'addedOn'>, addedOn = TODAY): EhcpEvent => ({
  type: 'AttachmentAdded',
  data: { ...a, addedOn },
});
const withdraw = (attachmentId: string, removeBytes = false, today = TODAY) =>
  cmd('WithdrawAttachment', { attachmentId, withdrawnOn: today, reason: 'The family asked', removeBytes }, today);

describe('no plan yet', () => {
  it('takes a photo of the case, dated today, and keeps it when the plan opens', () => {
    given(ehcpDecider)
      .when(cmd('AddAttachment', photo))
      .then([added(photo)]);
    const state = fold(ehcpDecider, [added(photo), opened]);
    expect(state.status).toBe('open');
    expect(state.attachments?.a1).toEqual({ ...photo, addedOn: TODAY });
  });
});

describe('open', () => {
  it('takes photos and videos of a section; the same id again records nothing', () => {
    given(ehcpDecider, opened)
      .when(cmd('AddAttachment', video))
      .then([added(video)]);
    given(ehcpDecider, opened, added(video)).when(cmd('AddAttachment', video)).then([]);
  });

  it('withdraws, keeping the bytes unless asked; asked, the bytes go', () => {
    const history = [opened, added(photo, '2026-11-20')];
    given(ehcpDecider, history)
      .when(withdraw('a1'))
      .then([
        {
          type: 'AttachmentWithdrawn',
          data: { attachmentId: 'a1', withdrawnOn: TODAY, reason: 'The family asked', bytesRemoved: false },
        },
      ]);
    given(ehcpDecider, history)
      .when(withdraw('a1', true))
      .then([
        {
          type: 'AttachmentWithdrawn',
          data: { attachmentId: 'a1', withdrawnOn: TODAY, reason: 'The family asked', bytesRemoved: true },
        },
      ]);
  });

  it('keeps bytes another live attachment of the case shares, even when asked to remove them', () => {
    const again = { ...photo, attachmentId: 'a3', section: 'B' as const };
    given(ehcpDecider, opened, added(photo), added(again))
      .when(withdraw('a1', true))
      .then([
        {
          type: 'AttachmentWithdrawn',
          data: { attachmentId: 'a1', withdrawnOn: TODAY, reason: 'The family asked', bytesRemoved: false },
        },
      ]);
  });

  it('refuses an unknown attachment (404), one already withdrawn, a blank reason and a future date', () => {
    given(ehcpDecider, opened).when(withdraw('nope')).thenThrows(E.ATTACHMENT_NOT_FOUND);
    const gone: EhcpEvent = {
      type: 'AttachmentWithdrawn',
      data: { attachmentId: 'a1', withdrawnOn: TODAY, reason: 'x', bytesRemoved: false },
    };
    given(ehcpDecider, opened, added(photo), gone).when(withdraw('a1')).thenThrows(E.ATTACHMENT_ALREADY_WITHDRAWN);
    given(ehcpDecider, opened, added(photo))
      .when(cmd('WithdrawAttachment', { attachmentId: 'a1', withdrawnOn: TODAY, reason: '  ', removeBytes: false }))
      .thenThrows(E.REASON_REQUIRED);
    given(ehcpDecider, opened, added(photo))
      .when(cmd('WithdrawAttachment', { attachmentId: 'a1', withdrawnOn: '2026-11-29', reason: 'x', removeBytes: false }))
      .thenThrows(DATE_IN_THE_FUTURE);
  });
});
