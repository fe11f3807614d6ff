// Data access for internet gateways.
import type { Db, Tx } from '../../db/database.js';
import type { Prisma } from '../../generated/prisma/sqlite/client.js';
import { healthyServerWhere } from '../maintenance/maintenance-window.js';

const gatewayWithAttachment = {
  routingTable: true,
  publicAddress: true,
  gatewayServer: true,
} satisfies Prisma.InternetGatewayInclude;

export type GatewayWithAttachment = Prisma.InternetGatewayGetPayload<{ include: typeof gatewayWithAttachment }>;

export function findGateway(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.internetGateway.findFirst({ where: { id, ...scope }, include: gatewayWithAttachment });
}

export function countGateways(db: Db | Tx, projectId: string): Promise<number> {
  return db.internetGateway.count({ where: { projectId } });
}

export function createGateway(
  tx: Tx,
  data: { projectId: string; name: string; externalNetworkId: string; gatewayServerId: string | null },
) {
  return tx.internetGateway.create({ data });
}

export function renameGateway(tx: Tx, id: string, name: string) {
  return tx.internetGateway.update({ where: { id }, data: { name } });
}

export function setAttachment(
  tx: Tx,
  id: string,
  attachment: { routingTableId: string | null; publicAddressId: string | null },
) {
  return tx.internetGateway.update({ where: { id }, data: attachment });
}

export function deleteGateway(tx: Tx, id: string) {
  return tx.internetGateway.delete({ where: { id } });
}

/** The least loaded server that is up and has no maintenance ahead, or null when there is none. */
export async function leastLoadedHealthyServer(db: Db | Tx, now: Date, excludingServerId: string | null = null) {
  const servers = await db.gatewayServer.findMany({
    where: { ...healthyServerWhere(now), ...(excludingServerId ? { id: { not: excludingServerId } } : {}) },
    select: { id: true, name: true, _count: { select: { internetGateways: true } } },
    orderBy: { name: 'asc' },
  });
  servers.sort((a, b) => a._count.internetGateways - b._count.internetGateways);
  return servers[0] ?? null;
}

/** Instances behind the gateway's routing table, each with whether it holds a floating IP. */
export async function instancesBehindRoutingTable(db: Db | Tx, routingTableId: string) {
  return db.instance.findMany({
    where: { port: { subnet: { routingTableId } } },
    include: { port: { select: { floatingIp: { select: { id: true } } } } },
    orderBy: { id: 'asc' },
  });
}
