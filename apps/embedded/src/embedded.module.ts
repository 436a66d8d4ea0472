import { DynamicModule, Module } from '@nestjs/common';
import { Clock } from '@send/kernel';
import { AppConfig, PlatformModule } from '@send/platform';
import { ASSESSMENT_PROCESS_MANAGERS, AssessmentModule, assessmentReplayer, assessmentTimeline } from '@send/assessment';
import { EHCP_PROCESS_MANAGERS, EhcpModule, ehcpReplayer, ehcpTimeline } from '@send/ehcp';
import {
  PLACEMENT_PROCESS_MANAGERS,
  PLACEMENT_READ_MODEL,
  PlacementModule,
  placementReplayer,
  placementTimeline,
} from '@send/placement';
import { MEDIATION_PROCESS_MANAGERS, MediationModule, mediationReplayer, mediationTimeline } from '@send/mediation';
import { FUNDING_PROCESS_MANAGERS, FundingModule, fundingReplayer, fundingTimeline } from '@send/funding';
import { DeadlinesModule, GatewayModule } from '@send/gateway';

const PROCESS_MANAGERS = [
  ...ASSESSMENT_PROCESS_MANAGERS,
  ...EHCP_PROCESS_MANAGERS,
  ...PLACEMENT_PROCESS_MANAGERS,
  ...MEDIATION_PROCESS_MANAGERS,
  ...FUNDING_PROCESS_MANAGERS,
];

const REPLAYERS = [assessmentReplayer, ehcpReplayer, placementReplayer, mediationReplayer, fundingReplayer];
const TIMELINES = [assessmentTimeline, ehcpTimeline, placementTimeline, mediationTimeline, fundingTimeline];

/** Everything in one process: the five contexts, the gateway, one SQLite file, the log as the bus. */
@Module({})
export class EmbeddedModule {
  static create(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: EmbeddedModule,
      imports: [
        PlatformModule.forRoot({ config, clock, processManagers: PROCESS_MANAGERS, readModels: [PLACEMENT_READ_MODEL] }),
        AssessmentModule,
        EhcpModule,
        PlacementModule,
        MediationModule,
        FundingModule,
        GatewayModule.forRoot({ replayers: REPLAYERS, timelines: TIMELINES }),
        DeadlinesModule,
      ],
    };
  }
}
