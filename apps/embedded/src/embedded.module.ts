import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@send/kernel';
import { AppConfig, PlatformModule } from '@send/platform';
import { ASSESSMENT_PROCESS_MANAGERS, AssessmentModule } from '@send/assessment';
import { EHCP_PROCESS_MANAGERS, EhcpModule } from '@send/ehcp';
import { DeadlinesModule, GatewayModule } from '@send/gateway';

/** Everything in one process: the contexts, the gateway, one SQLite file, the log as the bus. */
@Module({})
export class EmbeddedModule {
  static create(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: EmbeddedModule,
      imports: [
        PlatformModule.forRoot({ config, clock, processManagers: [...ASSESSMENT_PROCESS_MANAGERS, ...EHCP_PROCESS_MANAGERS] }),
        AssessmentModule,
        EhcpModule,
        GatewayModule,
        DeadlinesModule,
      ],
    };
  }
}
