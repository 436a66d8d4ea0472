import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlatformModule, createValidationPipe, loadConfig } from '@send/platform';
import { ASSESSMENT_PROCESS_MANAGERS, AssessmentModule } from '@send/assessment';

/**
 * The assessment service on its own: its routes, its store and its process managers. Cross-service
 * delivery over Kafka is the distributed mode's forwarder and consumers (docs/architecture.md).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  @Module({ imports: [PlatformModule.forRoot({ config, processManagers: ASSESSMENT_PROCESS_MANAGERS }), AssessmentModule] })
  class AssessmentServiceModule {}
  const app = await NestFactory.create(AssessmentServiceModule);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.listen(config.port);
  new Logger('assessment').log(`assessment service on port ${config.port}`);
}

void main();
