import 'reflect-metadata';
import { DynamicModule, INestApplication, Logger, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError } from '../config/app-config.js';
import { createValidationPipe } from '../http/validation.js';

export interface ServiceDefinition {
  readonly name: string;
  readonly config: AppConfig;
  readonly imports: (Type | DynamicModule)[];
  /** Runs after the application is created and before it listens (OpenAPI, a proxy in front of the routes). */
  readonly beforeListen?: (app: INestApplication) => void | Promise<void>;
}

/** Builds one process of the product with the settings every process shares. */
export async function createService(definition: ServiceDefinition): Promise<INestApplication> {
  @Module({ imports: definition.imports })
  class ServiceModule {}
  Object.defineProperty(ServiceModule, 'name', { value: `${definition.name}Module` });
  const app = await NestFactory.create(ServiceModule, { logger: ['error', 'warn', 'log'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await definition.beforeListen?.(app);
  return app;
}

/** main() of every app: create, listen on PORT, and turn a refused configuration into a clear message. */
export function runService(define: () => ServiceDefinition): void {
  (async () => {
    const definition = define();
    const app = await createService(definition);
    await app.listen(definition.config.port);
    new Logger(definition.name).log(`listening on port ${definition.config.port} (${definition.config.mode} mode)`);
  })().catch((error) => {
    console.error(error instanceof ConfigError ? `configuration: ${error.message}` : error);
    process.exit(1);
  });
}
