/** The two databases igw runs on: SQLite embedded by default, PostgreSQL when scaled out. */
export type DatabaseProvider = 'sqlite' | 'postgresql';

export const databaseProviders: readonly DatabaseProvider[] = ['sqlite', 'postgresql'];

/** Where the embedded database lives when DATABASE_URL is not set (git-ignored). */
export const defaultDatabaseUrl = 'file:./data/igw.db';

/** Tells which provider a DATABASE_URL is for, or null when igw cannot run on it. */
export function providerOfUrl(url: string): DatabaseProvider | null {
  if (url.startsWith('file:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  return null;
}

/** Paths of a provider's generated Prisma schema and migration history, from the project root. */
export function prismaPathsFor(provider: DatabaseProvider): { schema: string; migrations: string } {
  return {
    schema: `prisma/${provider}/schema.prisma`,
    migrations: `prisma/${provider}/migrations`,
  };
}
