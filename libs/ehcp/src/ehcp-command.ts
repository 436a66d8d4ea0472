import { caseTarget } from '@send/platform';
import { ehcpDecider } from './domain/index.js';
import { ehcpStream } from './ehcp.stream.js';

/** Where the ehcp handlers write: the case's plan stream, decided by the ehcp decider. */
export const ehcpTarget = caseTarget(ehcpDecider, ehcpStream);
