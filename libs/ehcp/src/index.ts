export * from './domain/index.js';
export * from './ehcp.module.js';
export { ehcpStream } from './ehcp.stream.js';
export { ehcpReplayer } from './replay.js';
export { ehcpTimeline } from './timeline.js';
// The erasure hook: the bytes of a case's attachments (docs/domain.md "Attachments").
export { removeAttachmentBytesOfCase } from './attachments/attachments.command.js';
