import { assessmentReplayer } from '@send/assessment';
import { ehcpReplayer } from '@send/ehcp';
import { placementReplayer } from '@send/placement';
import { mediationReplayer } from '@send/mediation';
import { fundingReplayer } from '@send/funding';
import { runAudit } from '@send/audit';
import { TIMELINE } from './timeline.js';

/** The auditor's tool over a copy of the store (README "Auditing a copy of the store"); the logic is in libs/audit. */
const REPLAYERS = [assessmentReplayer, ehcpReplayer, placementReplayer, mediationReplayer, fundingReplayer];

runAudit(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
  replayers: REPLAYERS,
  timeline: TIMELINE,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
