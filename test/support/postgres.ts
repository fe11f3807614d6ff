// A fresh PostgreSQL database per test file, so test files never see each other's rows and can
// run concurrently against one server.
import { randomUUID } from 'node:crypto';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/schema-engine.js';

/** The server the PostgreSQL tests create their databases on; they are skipped without it. */
export const testPostgresServerUrl: string | undefined = process.env.TEST_DATABASE_URL;

/**
 * Creates an empty database named after `label` on the server of `baseUrl` (its query, such as
 * `?schema=`, is kept). `drop` removes it even if a test left connections open.
 */
export async function createTestDatabase(
  baseUrl: string,
  label: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  // PostgreSQL truncates identifiers at 63 bytes: the random suffix must survive.
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 36);
  const url = withDatabase(baseUrl, `igw_test_${slug}_${randomUUID().replaceAll('-', '').slice(0, 12)}`);
  await createDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
