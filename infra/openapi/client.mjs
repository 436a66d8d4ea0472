// The types of the generated API client (test/e2e/generated/api.d.ts), from an OpenAPI document file by
// openapi-typescript, in the repository's formatting. `--check` fails, naming the file, when the committed
// types differ from what the document gives (the typed-client e2e suite runs it on the served document).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

export const TYPES = fileURLToPath(new URL('../../test/e2e/generated/api.d.ts', import.meta.url));

const HEADER = '/** Generated from /api/v1/openapi.json by openapi-typescript (npm run openapi:client); never edited by hand. */\n\n';

const [, , ...args] = process.argv;
const check = args.includes('--check');
const input = args.find((a) => a !== '--check');
if (!input) throw new Error('usage: node infra/openapi/client.mjs [--check] <openapi.json>');
const document = JSON.parse(readFileSync(input, 'utf8'));
const options = { ...(await prettier.resolveConfig(TYPES)), filepath: TYPES };
const types = await prettier.format(HEADER + astToString(await openapiTS(document)), options);
if (!check) writeFileSync(TYPES, types);
else if (readFileSync(TYPES, 'utf8') !== types) {
  console.error(`${TYPES} is not what the OpenAPI document gives: run npm run openapi:client`);
  process.exit(1);
}
