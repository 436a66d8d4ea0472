import type { CaseReplayer } from '@send/read-models';
import { type StoreLocation, openStoreCopy, shownUrl } from '../store-copy/open-store-copy.js';
import type { StoreCopy } from '../store-copy/store-copy.port.js';
import type { VerifyProgress } from '../verify/store-verifier.js';
import { type AuditCommand, USAGE, parseAuditArguments } from './arguments.js';
import { type CaseTimelineBuilder, exportCommand, replayCommand, timelineCommand } from './case-commands.js';
import { type AuditOutput, EXIT, type ExitCode, writeOut } from './output.js';
import { progressBar } from './progress.js';
import { verifyCommand } from './verify-command.js';
import { backupCommand } from './backup-command.js';
import type { SqliteStoreCopy } from '../store-copy/sqlite-store-copy.js';

/** What the app composes: the contexts' replayers and, where built, the timeline. */
export interface AuditTool extends AuditOutput {
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly replayers: readonly CaseReplayer[];
  readonly timeline?: CaseTimelineBuilder;
  readonly progress?: (stderr: NodeJS.WritableStream) => VerifyProgress;
}

/** The auditor's command-line tool (README "Auditing a copy of the store"): one run, one exit status. */
export async function runAudit(argv: readonly string[], tool: AuditTool): Promise<ExitCode> {
  const parsed = parseAuditArguments(argv, tool.env);
  if (parsed.type === 'usage') {
    await writeOut(tool.stderr, `audit: ${parsed.problem}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const command = parsed.command;
  if (command.type === 'help') {
    await writeOut(tool.stdout, `${USAGE}\n`);
    return EXIT.ok;
  }
  let copy: StoreCopy;
  try {
    copy = await openStoreCopy(command.store);
  } catch (error) {
    await writeOut(tool.stderr, `audit: cannot open the store at ${whereIs(command.store)}: ${messageOf(error)}\n`);
    return EXIT.usage;
  }
  try {
    return await run(command, copy, tool);
  } catch (error) {
    await writeOut(tool.stderr, `audit: ${command.type} failed on ${copy.location}: ${messageOf(error)}\n`);
    return EXIT.failed;
  } finally {
    await copy.close();
  }
}

function run(command: Exclude<AuditCommand, { type: 'help' }>, copy: StoreCopy, tool: AuditTool): Promise<ExitCode> {
  switch (command.type) {
    case 'verify':
      return verifyCommand(copy, command.json, (tool.progress ?? progressBar)(tool.stderr), tool, command.attachments);
    case 'replay':
      return replayCommand(copy, command.caseId, command.asOf ?? tool.now(), tool.replayers, tool);
    case 'timeline':
      return timelineCommand(copy, command.caseId, command.query, tool.timeline, tool);
    case 'export':
      return exportCommand(copy, command.caseId, tool);
    case 'backup':
      return backupCommand(copy as SqliteStoreCopy, command.out, command.json, (tool.progress ?? progressBar)(tool.stderr), tool);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const whereIs = (store: StoreLocation): string => (store.type === 'sqlite' ? store.file : shownUrl(store.url));
