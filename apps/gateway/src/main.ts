import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FamilyAccounts, KafkaFeeder, PlatformModule, TokenService, loadConfig, runService } from '@send/platform';
import { GatewayModule, serviceProxy, setupOpenApi } from '@send/gateway';
import { AssessmentModule, assessmentReplayer, assessmentTimeline } from '@send/assessment';
import { EhcpModule, ehcpReplayer, ehcpTimeline } from '@send/ehcp';
import { PlacementModule, placementReplayer, placementTimeline } from '@send/placement';
import { MediationModule, mediationReplayer, mediationTimeline } from '@send/mediation';
import { FundingModule, fundingReplayer, fundingTimeline } from '@send/funding';

/** Replay reads the gateway's copy of every case event, so it folds every context here too. */
const REPLAYERS = [assessmentReplayer, ehcpReplayer, placementReplayer, mediationReplayer, fundingReplayer];
const TIMELINES = [assessmentTimeline, ehcpTimeline, placementTimeline, mediationTimeline, fundingTimeline];

/**
 * The gateway: auth, case reads, audit and operations from read models fed by Kafka (it holds no
 * context's store); each context's writes go to the service that owns them.
 */
runService(() => {
  const config = loadConfig({ SEND_SERVICE: 'gateway', EVENT_STORE: 'none', ...process.env });
  return {
    name: 'gateway',
    config,
    imports: [PlatformModule.forRoot({ config }), GatewayModule.forRoot({ replayers: REPLAYERS, timelines: TIMELINES })],
    beforeListen: async (app) => {
      const feeder = app.get(KafkaFeeder);
      const tokens = app.get(TokenService);
      const families = app.get(FamilyAccounts);
      app.use(
        serviceProxy({
          serviceUrls: config.serviceUrls,
          afterWrite: (ids) => feeder.waitForEvents(ids, config.readYourWritesMs),
          // Family accounts are the gateway's: a revoked one is refused here, before its write reaches a service.
          admit: async (authorization) => {
            const user = tokens.verify(/^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '');
            return user?.role !== 'family' || (await families.isOpen(user));
          },
        }),
      );
      // The whole API is described here although the services answer their own routes: the contexts' modules
      // are loaded in preview mode, which reads their routes and instantiates nothing.
      @Module({
        imports: [
          PlatformModule.forRoot({ config }),
          GatewayModule.forRoot({ replayers: REPLAYERS, timelines: TIMELINES }),
          AssessmentModule,
          EhcpModule,
          PlacementModule,
          MediationModule,
          FundingModule,
        ],
      })
      class DescribedApiModule {}
      setupOpenApi(app, await NestFactory.create(DescribedApiModule, { preview: true, logger: false }));
    },
  };
});
