import { createHash, randomBytes } from 'node:crypto';

/** A new API token secret: 256 random bits, prefixed so that leaked tokens are easy to spot. */
export function generateTokenSecret(): string {
  return `igw_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are long and random, so a plain SHA-256 is enough to store them safely. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The secret in an `Authorization: Bearer <secret>` value, or null. */
export function bearerSecret(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}
