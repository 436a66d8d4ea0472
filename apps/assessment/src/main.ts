import { PlatformModule, loadConfig, runService } from '@send/platform';
import { ASSESSMENT_PROCESS_MANAGERS, AssessmentModule } from '@send/assessment';
import { DeadlinesModule, OperationsModule } from '@send/gateway';

/**
 * The assessment service: its routes and store, its events forwarded to send.assessment.events, the
 * deadline watcher (its breaches to send.deadlines.events), and its read models and process managers
 * fed from every context's topic.
 */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'assessment', ...process.env });
  return {
    name: 'assessment',
    config,
    imports: [
      PlatformModule.forRoot({ config, processManagers: ASSESSMENT_PROCESS_MANAGERS, forwards: ['assessment', 'deadlines'] }),
      AssessmentModule,
      DeadlinesModule,
      OperationsModule,
    ],
  };
});
