import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The whole API as OpenAPI at /api/v1/openapi.json, browsable at /api/docs (api-v1.md). */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('SEND casework API')
    .setDescription(
      'Statutory SEND casework: EHC needs assessments and plans. Errors are application/problem+json. ' +
        'Writes accept Idempotency-Key and If-Match (the revision of the stream the route writes).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.security = [{ bearer: [] }];
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/v1/openapi.json' });
}
