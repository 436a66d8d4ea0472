import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Clock } from '@send/kernel';
import { AppConfig, createValidationPipe } from '@send/platform';
import { setupOpenApi } from '@send/gateway';
import { EmbeddedModule } from './embedded.module.js';

/** Builds the embedded application; main.ts listens, tests use it through supertest. */
export async function createEmbeddedApp(config: AppConfig, clock?: Clock): Promise<INestApplication> {
  const app = await NestFactory.create(EmbeddedModule.create(config, clock), {
    logger: ['error', 'warn', 'log'],
    bufferLogs: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
