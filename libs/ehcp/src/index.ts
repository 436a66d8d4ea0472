export * from './domain/index.js';
export * from './ehcp.module.js';
export { ehcpStream } from './ehcp.stream.js';
