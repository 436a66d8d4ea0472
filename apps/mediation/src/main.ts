import { PlatformModule, loadConfig, runService } from '@send/platform';
import { MEDIATION_PROCESS_MANAGERS, MediationModule } from '@send/mediation';
import { OperationsModule } from '@send/gateway';

/** The mediation service: its routes and store, forwarded to send.mediation.events; fed from every context's topic. */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'mediation', ...process.env });
  return {
    name: 'mediation',
    config,
    imports: [
      PlatformModule.forRoot({ config, processManagers: MEDIATION_PROCESS_MANAGERS, forwards: ['mediation'] }),
      MediationModule,
      OperationsModule,
    ],
  };
});
