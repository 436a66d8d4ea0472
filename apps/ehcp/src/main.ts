import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlatformModule, createValidationPipe, loadConfig } from '@send/platform';
import { EHCP_PROCESS_MANAGERS, EhcpModule } from '@send/ehcp';

/**
 * The ehcp service on its own: its routes, its store and its process managers. Cross-service
 * delivery over Kafka is the distributed mode's forwarder and consumers (docs/architecture.md).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  @Module({ imports: [PlatformModule.forRoot({ config, processManagers: EHCP_PROCESS_MANAGERS }), EhcpModule] })
  class EhcpServiceModule {}
  const app = await NestFactory.create(EhcpServiceModule);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.listen(config.port);
  new Logger('ehcp').log(`ehcp service on port ${config.port}`);
}

void main();
