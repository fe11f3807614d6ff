// Relay global IDs: base64 of "<GraphQL type>:<database id>", opaque to clients.
import { NotFoundError } from './errors.js';

export function encodeGlobalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

const graphqlTypeName = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Every row id is a UUID (Prisma's uuid(7)). Anything else names nothing, and must not reach the
 * database: PostgreSQL rejects text with a NUL byte with an error rather than finding no row.
 */
const databaseId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The type and database id inside a global ID, or null when it is not one. */
export function parseGlobalId(globalId: string): { typename: string; id: string } | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator <= 0 || !graphqlTypeName.test(typename) || !databaseId.test(id)) return null;
  return { typename, id };
}

/**
 * The database id of a global ID that must name one of `typenames`. A malformed ID, or one of
 * another type, names nothing the caller can see: NOT_FOUND, like an ID of another project.
 */
export function decodeGlobalId(globalId: string, ...typenames: [string, ...string[]]): string {
  return decodeGlobalIdOfTypes(globalId, typenames).id;
}

export function decodeGlobalIdOfTypes<T extends string>(
  globalId: string,
  typenames: readonly T[],
): { typename: T; id: string } {
  const parsed = parseGlobalId(globalId);
  const typename = typenames.find((candidate) => candidate === parsed?.typename);
  if (!parsed || typename === undefined) throw new NotFoundError(describe(typenames));
  return { typename, id: parsed.id };
}

function describe(typenames: readonly string[]): string {
  return typenames.map((name) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' or ');
}

/** For lookups by ID, where an ID the caller cannot use simply finds nothing. */
export function decodeGlobalIdOrNull(globalId: string, typename: string): string | null {
  const parsed = parseGlobalId(globalId);
  return parsed?.typename === typename ? parsed.id : null;
}
