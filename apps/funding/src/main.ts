import { PlatformModule, loadConfig, runService } from '@send/platform';
import { FUNDING_PROCESS_MANAGERS, FundingModule } from '@send/funding';
import { OperationsModule } from '@send/gateway';

/** The funding service: its routes and store, forwarded to send.funding.events; fed from every context's topic. */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'funding', ...process.env });
  return {
    name: 'funding',
    config,
    imports: [
      PlatformModule.forRoot({ config, processManagers: FUNDING_PROCESS_MANAGERS, forwards: ['funding'] }),
      FundingModule,
      OperationsModule,
    ],
  };
});
