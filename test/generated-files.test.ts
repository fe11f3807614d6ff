// What is generated and committed must match what its source generates today; otherwise clients,
// codegen or Prisma work from a stale copy. `npm run generate` brings all of them up to date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { renderSchema } from '../scripts/print-schema.js';
import { renderPrismaSchema } from '../scripts/prisma-schemas.js';
import { databaseProviders, prismaPathsFor } from '../src/db/provider.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('generated files are current (run npm run generate)', () => {
  it('schema/schema.graphql is the schema the code builds', () => {
    expect(read('schema/schema.graphql')).toBe(renderSchema());
  });

  it.each(databaseProviders)('prisma/%s/schema.prisma is prisma/models.prisma under its header', (provider) => {
    expect(read(prismaPathsFor(provider).schema)).toBe(renderPrismaSchema(provider, read('prisma/models.prisma')));
  });

  it('the typed documents in src/generated/graphql match the operations and the schema', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(read(output.filename.replace(`${root}/`, '')), output.filename).toBe(output.content);
    }
  }, 120_000);
});
