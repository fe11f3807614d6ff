// Projects, API tokens and authentication.
import { NotFoundError } from '../../common/errors.js';
import { validName } from '../../common/names.js';
import type { Database } from '../../db/database.js';
import type { Actor } from './actor.js';
import { generateTokenSecret, hashTokenSecret } from './secrets.js';
import * as store from './store.js';

export class TenancyService {
  constructor(private readonly database: Database) {}

  /** The caller behind a bearer secret, or null when the secret is no token's. */
  async authenticate(secret: string): Promise<Actor | null> {
    const token = await store.findTokenBySecretHash(this.database.client, hashTokenSecret(secret));
    if (!token) return null;
    if (token.role === 'OPERATOR') return { role: 'OPERATOR', tokenId: token.id, projectId: null };
    if (token.projectId === null) return null;
    return { role: 'MEMBER', tokenId: token.id, projectId: token.projectId };
  }

  /** Makes the configured IGW_OPERATOR_TOKEN a valid operator token. */
  async installOperatorToken(secret: string): Promise<void> {
    await store.upsertOperatorToken(this.database.client, 'IGW_OPERATOR_TOKEN', hashTokenSecret(secret));
  }

  /**
   * A new installation needs a way in: when no operator token exists, creates one and returns its
   * secret (to print once); returns null otherwise.
   */
  async createFirstOperatorToken(): Promise<string | null> {
    return this.database.transaction(async (tx) => {
      if (await store.operatorTokenExists(tx)) return null;
      const secret = generateTokenSecret();
      await store.createToken(tx, {
        name: 'generated at first start',
        role: 'OPERATOR',
        projectId: null,
        secretHash: hashTokenSecret(secret),
      });
      return secret;
    });
  }

  async createProject(input: { name: string }) {
    const name = validName(input.name);
    return store.createProject(this.database.client, name);
  }

  // Role checks happen where the operations are exposed (scope-auth on the GraphQL fields).

  /** A MEMBER token for `projectId`, or an OPERATOR token when it is null. The secret is returned once. */
  async createApiToken(input: { name: string; projectId: string | null }) {
    const name = validName(input.name);
    const secret = generateTokenSecret();
    const apiToken = await this.database.transaction(async (tx) => {
      if (input.projectId !== null && !(await store.projectExists(tx, input.projectId))) {
        throw new NotFoundError('project');
      }
      return store.createToken(tx, {
        name,
        role: input.projectId === null ? 'OPERATOR' : 'MEMBER',
        projectId: input.projectId,
        secretHash: hashTokenSecret(secret),
      });
    });
    return { apiToken, secret };
  }
}
