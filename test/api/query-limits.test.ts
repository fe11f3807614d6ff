// Query limits (depth, aliases, tokens) hold over HTTP and over WebSocket alike: one request
// cannot make the server load the whole database through nested relations.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { seedProject } from '../support/seed.js';
import { useTestApp } from '../support/test-app.js';

/** `{ vpcs { subnets { vpc { subnets … id } } } }`, `levels` fields deep (id included). */
function nested(levels: number): string {
  const fields = Array.from({ length: levels - 2 }, (_, level) => (level % 2 === 0 ? 'subnets' : 'vpc'));
  return `{ vpcs { ${fields.map((field) => `${field} {`).join(' ')} id ${'}'.repeat(fields.length)} } }`;
}

describe('query limits', () => {
  const suite = useTestApp('sqlite', 'query-limits');

  it('answers a query 15 levels deep and refuses one 16 levels deep, over HTTP', async () => {
    const { member } = await seedProject(suite.testApp);
    const allowed = await member.request(parse(nested(15)));
    expect(allowed.errors).toBeUndefined();
    const refused = await member.request(parse(nested(16)));
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/depth limit of 15 exceeded, found 16/);
  });

  it('refuses more than 50 aliases', async () => {
    const { member } = await seedProject(suite.testApp);
    const aliases = Array.from({ length: 51 }, (_, index) => `a${index}: viewer { role }`).join(' ');
    const refused = await member.request(parse(`{ ${aliases} }`));
    expect(refused.errors?.[0]?.message).toMatch(/Aliases limit of 50/);
  });

  it('refuses a query over the depth limit over WebSocket too', async () => {
    const { member } = await seedProject(suite.testApp);
    const client = member.webSocket();
    try {
      const result = await new Promise<{ errors?: readonly { message: string }[] }>((resolve, reject) => {
        client.subscribe(
          { query: nested(16) },
          {
            next: resolve,
            error: (errors) => resolve({ errors: errors as never }),
            complete: () => reject(new Error('completed without a result')),
          },
        );
      });
      expect(JSON.stringify(result.errors)).toMatch(/depth limit of 15/);
    } finally {
      await client.dispose();
    }
  });
});
