// Data access for floating IPs and the ports they are associated with.
import type { Db, Tx } from '../../db/database.js';

export function listFloatingIps(db: Db, scope: { projectId?: string }) {
  return db.floatingIp.findMany({ where: scope, orderBy: { id: 'asc' } });
}

export function findFloatingIp(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.floatingIp.findFirst({ where: { id, ...scope }, include: { address: true } });
}

export function createFloatingIp(tx: Tx, data: { projectId: string; externalNetworkId: string; addressId: string }) {
  return tx.floatingIp.create({ data });
}

export function deleteFloatingIp(tx: Tx, id: string) {
  return tx.floatingIp.delete({ where: { id } });
}

export function associate(tx: Tx, id: string, portId: string | null) {
  return tx.floatingIp.update({ where: { id }, data: { portId } });
}

/** Floating IPs held by instances or load balancers in subnets that use the routing table. */
export function floatingIpsBehindRoutingTable(db: Db | Tx, routingTableId: string) {
  return db.floatingIp.findMany({
    where: { port: { subnet: { routingTableId } } },
    include: { address: true },
    orderBy: { id: 'asc' },
  });
}

/** Floating IPs held by instances or load balancers in the subnet. */
export function floatingIpsInSubnet(db: Db | Tx, subnetId: string) {
  return db.floatingIp.findMany({ where: { port: { subnetId } }, include: { address: true }, orderBy: { id: 'asc' } });
}

/** The port of an instance or load balancer the scope can see, with its subnet. */
export function findTargetPort(
  db: Db | Tx,
  target: { kind: 'Instance' | 'LoadBalancer'; id: string },
  scope: { projectId?: string },
) {
  const where = { id: target.id, ...scope };
  const include = { port: { include: { subnet: true, floatingIp: { select: { id: true } } } } } as const;
  return target.kind === 'Instance'
    ? db.instance.findFirst({ where, include }).then((owner) => owner?.port ?? null)
    : db.loadBalancer.findFirst({ where, include }).then((owner) => owner?.port ?? null);
}
