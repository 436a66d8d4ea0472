import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { StandardsCatalogue } from './catalogue/standards-catalogue.js';
import { GetStandardsController } from './get-standards/get-standards.controller.js';

/** Read once at start-up: a bad catalogue file stops the service rather than let a decision cite the wrong text. */
const catalogue = [
  { provide: StandardsCatalogue, inject: [APP_CONFIG], useFactory: (config: AppConfig) => StandardsCatalogue.fromConfig(config) },
];

/**
 * The national SEND standards (docs/domain.md "National SEND standards (proposal)"): the catalogue and its read
 * route. A context that cites a standard imports this module for the catalogue; the assessment module also runs
 * StandardsLoader, which records the catalogue on the store it holds.
 */
@Module({
  controllers: [GetStandardsController],
  providers: [...catalogue],
  exports: [StandardsCatalogue],
})
export class StandardsModule {}
