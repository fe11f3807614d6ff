// /healthz and /readyz answer load balancers without a token; /readyz tells when the database
// is gone.
import { describe, expect, it } from 'vitest';
import { createMigratedDatabase, providers, startTestApp, testDatabaseUrl } from '../support/test-app.js';

const endpoint = (graphqlUrl: string, path: string) => new URL(path, graphqlUrl).toString();

describe.each(providers)('health endpoints (%s)', (provider) => {
  it('answer 200 without a token while the service and its database are up', async () => {
    const database = await createMigratedDatabase(provider, 'health');
    const testApp = await startTestApp(database);
    try {
      const health = await fetch(endpoint(testApp.url, '/healthz'));
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const readiness = await fetch(endpoint(testApp.url, '/readyz'));
      expect(readiness.status).toBe(200);
      expect(await readiness.json()).toEqual({ status: 'ready' });
    } finally {
      await testApp.stop();
      await database.drop();
    }
  });
});

describe.skipIf(!testDatabaseUrl)('readiness without a database', () => {
  it('/readyz answers 503 once the database is gone, /healthz still 200', async () => {
    const database = await createMigratedDatabase('postgresql', 'health-down');
    const testApp = await startTestApp(database);
    try {
      await database.drop();
      const readiness = await fetch(endpoint(testApp.url, '/readyz'));
      expect(readiness.status).toBe(503);
      expect((await fetch(endpoint(testApp.url, '/healthz'))).status).toBe(200);
    } finally {
      await testApp.stop();
    }
  });
});
