import cliProgress from 'cli-progress';
import type { VerifyProgress } from '../verify/store-verifier.js';

/**
 * The verification's progress bar, on stderr so that stdout keeps only the summary. cli-progress draws
 * nothing when stderr is not a terminal, so a redirected or scripted run gets the summary alone.
 */
export function progressBar(stream: NodeJS.WritableStream): VerifyProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'verifying |{bar}| {percentage}% | {value}/{total} events | {streams} streams',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let streams = 0;
  return {
    start: (events) => bar.start(events, 0, { streams }),
    advance: (events) => {
      streams += 1;
      bar.increment(events, { streams });
    },
    stop: () => bar.stop(),
  };
}
