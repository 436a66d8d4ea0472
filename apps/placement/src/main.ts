import { PlatformModule, loadConfig, runService } from '@send/platform';
import { PLACEMENT_PROCESS_MANAGERS, PLACEMENT_READ_MODEL, PlacementModule } from '@send/placement';
import { OperationsModule } from '@send/gateway';

/** The placement service: its routes and store, forwarded to send.placement.events; fed from every context's topic. */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'placement', ...process.env });
  return {
    name: 'placement',
    config,
    imports: [
      PlatformModule.forRoot({
        config,
        processManagers: PLACEMENT_PROCESS_MANAGERS,
        readModels: [PLACEMENT_READ_MODEL],
        forwards: ['placement'],
      }),
      PlacementModule,
      OperationsModule,
    ],
  };
});
