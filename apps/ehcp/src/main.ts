import { PlatformModule, loadConfig, runService } from '@send/platform';
import { EHCP_PROCESS_MANAGERS, EhcpModule } from '@send/ehcp';
import { OperationsModule } from '@send/gateway';

/** The ehcp service: the plan's routes and store, forwarded to send.ehcp.events; fed from every context's topic. */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'ehcp', ...process.env });
  return {
    name: 'ehcp',
    config,
    imports: [
      PlatformModule.forRoot({ config, processManagers: EHCP_PROCESS_MANAGERS, forwards: ['ehcp'] }),
      EhcpModule,
      OperationsModule,
    ],
  };
});
