// Prints the GraphQL schema the code builds to schema/schema.graphql (sorted, so diffs are
// readable). Clients and codegen read that file; `--check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../src/schema.js';

export const printedSchemaPath = join(import.meta.dirname, '../schema/schema.graphql');

export function renderSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

if (process.argv[1] === import.meta.filename) {
  const printed = renderSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(printedSchemaPath, 'utf8');
    } catch {}
    if (current !== printed) {
      console.error('schema/schema.graphql is stale: run npm run generate');
      process.exit(1);
    }
  } else {
    writeFileSync(printedSchemaPath, printed);
  }
}
