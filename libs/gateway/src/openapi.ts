import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { contextOf } from './proxy/service-proxy.js';
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
  const document = withFaultAnswers(SwaggerModule.createDocument(documented, config));
  document.security = [{ bearer: [] }];
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/v1/openapi.json' });
}

type Verb = 'get' | 'put' | 'post' | 'delete' | 'patch';
const VERBS: readonly Verb[] = ['get', 'put', 'post', 'delete', 'patch'];

const problemWith = (description: string, code: string) => ({
  description: `${description}. Codes: ${code}.`,
  content: {
    'application/problem+json': {
      schema: {
        allOf: [
          { $ref: '#/components/schemas/Problem' },
          { type: 'object' as const, properties: { code: { type: 'string' as const, enum: [code] } } },
        ],
      },
    },
  },
});

/**
 * The faults any operation can answer with, added where its own decorators do not list them (docs/api.md
 * "Errors"): the generic 500 `INTERNAL` the problem filter gives for what it did not foresee, and, for every route
 * the gateway passes to a context's service in the distributed mode, the 503 `GATEWAY.SERVICE_UNAVAILABLE` it
 * answers when that service does not (service-proxy.ts, the same table that routes the requests).
 */
export function withFaultAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const verb of VERBS) {
      const op = item[verb];
      if (!op) continue;
      const responses = (op.responses ??= {});
      responses['500'] ??= problemWith('An unexpected fault, logged on the server; the answer carries no detail', 'INTERNAL');
      const url = path.replace(/\{[^}]+\}/g, 'x');
      if (contextOf(verb.toUpperCase(), url) !== undefined) {
        responses['503'] ??= problemWith(
          "Distributed mode: the context's service behind the gateway did not answer; nothing is known to be recorded, and a retry with the same Idempotency-Key is safe",
          'GATEWAY.SERVICE_UNAVAILABLE',
        );
      }
    }
  }
  return document;
}
