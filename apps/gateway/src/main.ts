import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PlatformModule, createValidationPipe, loadConfig } from '@send/platform';
import { GatewayModule, setupOpenApi } from '@send/gateway';

/** The gateway on its own: auth, case reads from its read models, audit, operations, OpenAPI. */
async function main(): Promise<void> {
  const config = loadConfig();
  @Module({ imports: [PlatformModule.forRoot({ config }), GatewayModule] })
  class GatewayServiceModule {}
  const app = await NestFactory.create(GatewayServiceModule);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupOpenApi(app);
  await app.listen(config.port);
  new Logger('gateway').log(`gateway on port ${config.port}`);
}

void main();
