export * from './domain/index.js';
export * from './ehcp.module.js';
export { ehcpStream } from './ehcp-command.js';
export { ehcpReplayer } from './replay.js';
