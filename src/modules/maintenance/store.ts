// Data access for gateway servers and their maintenance windows.
import type { Db, Tx } from '../../db/database.js';
import type { GatewayServerState } from '../../generated/prisma/sqlite/client.js';

export function listServers(db: Db) {
  return db.gatewayServer.findMany({ orderBy: { name: 'asc' } });
}

export function countServers(db: Db | Tx): Promise<number> {
  return db.gatewayServer.count();
}

export function findServer(db: Db | Tx, id: string) {
  return db.gatewayServer.findUnique({ where: { id } });
}

export function createServer(db: Db | Tx, name: string) {
  return db.gatewayServer.create({ data: { name } });
}

export function setServerState(tx: Tx, id: string, state: GatewayServerState) {
  return tx.gatewayServer.update({ where: { id }, data: { state } });
}

export function setMaintenance(
  tx: Tx,
  id: string,
  window: { startsAt: Date; endsAt: Date; description: string | null } | null,
) {
  return tx.gatewayServer.update({
    where: { id },
    data: {
      maintenanceStartsAt: window?.startsAt ?? null,
      maintenanceEndsAt: window?.endsAt ?? null,
      maintenanceDescription: window?.description ?? null,
    },
  });
}

/** Servers whose maintenance window has ended but is still recorded. */
export function serversWithEndedMaintenance(db: Db | Tx, now: Date) {
  return db.gatewayServer.findMany({ where: { maintenanceEndsAt: { lte: now } }, select: { id: true } });
}

export function gatewaysOnServer(db: Db | Tx, gatewayServerId: string) {
  return db.internetGateway.findMany({
    where: { gatewayServerId },
    select: { id: true, projectId: true, status: true },
    orderBy: { id: 'asc' },
  });
}
