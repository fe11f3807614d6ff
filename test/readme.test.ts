// Every GraphQL operation the README shows is valid against the printed schema, so the
// copy-paste examples cannot drift from the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, Kind, parse, validate } from 'graphql';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const schema = buildSchema(readFileSync(join(root, 'schema/schema.graphql'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string);

it('shows GraphQL examples', () => {
  expect(blocks.length).toBeGreaterThan(5);
});

it.each(blocks.map((block, index) => [index + 1, block] as const))(
  'README GraphQL block %i is valid',
  (_index, block) => {
    const operations = parse(block).definitions;
    for (const operation of operations) {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation] };
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    }
  },
);
