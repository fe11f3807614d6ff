import type { Db, Tx } from '../../db/database.js';
import type { Role } from '../../generated/prisma/sqlite/client.js';

export function findTokenBySecretHash(db: Db, secretHash: string) {
  return db.apiToken.findUnique({ where: { secretHash }, select: { id: true, role: true, projectId: true } });
}

export function operatorTokenExists(db: Db | Tx): Promise<boolean> {
  return db.apiToken.count({ where: { role: 'OPERATOR' }, take: 1 }).then((count) => count > 0);
}

export function createToken(
  db: Db | Tx,
  data: { name: string; role: Role; projectId: string | null; secretHash: string },
) {
  return db.apiToken.create({ data });
}

/** Makes `secretHash` an operator token, whatever it was before (idempotent across restarts). */
export function upsertOperatorToken(db: Db, name: string, secretHash: string) {
  return db.apiToken.upsert({
    where: { secretHash },
    create: { name, role: 'OPERATOR', projectId: null, secretHash },
    update: { role: 'OPERATOR', projectId: null },
  });
}

export function createProject(db: Db | Tx, name: string) {
  return db.project.create({ data: { name } });
}

export function projectExists(db: Db | Tx, id: string): Promise<boolean> {
  return db.project.count({ where: { id } }).then((count) => count > 0);
}
