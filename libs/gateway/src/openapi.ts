import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { securityHeaders } from './ui/web/security.js';

/** The whole API as OpenAPI at /api/v1/openapi.json, browsable at /api/docs (docs/api.md). */
export function setupOpenApi(app: INestApplication, documented: INestApplication = app): void {
  // Security headers before any route, the docs page's included (docs/ui.md "Security").
  app.use(securityHeaders);
  const config = new DocumentBuilder()
    .setTitle('SEND casework API')
    .setDescription(
      'Statutory SEND casework: EHC needs assessments and plans. Errors are application/problem+json. ' +
        'Writes accept Idempotency-Key and If-Match (the revision of the stream the route writes). ' +
        'In the distributed mode a write is visible to the reads that follow it through the gateway; what another ' +
        'service does in reaction (the plan opening after an outcome, section I after an allocation, pricing after a final plan) is eventually consistent.',
    )
    .setVersion('1')
    .setLicense('UNLICENSED: proprietary to the authorities that run it', 'https://send-casework.example/licence')
    .addServer('/', 'This server')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(documented, config);
  document.security = [{ bearer: [] }];
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/v1/openapi.json' });
}
