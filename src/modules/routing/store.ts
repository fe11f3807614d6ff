// Data access for routing tables, their routes, and which routing table each subnet uses.
import type { Db, Tx } from '../../db/database.js';
import type { RouteGatewayType } from '../../generated/prisma/sqlite/client.js';

/** A routing table the scope can see. */
export function findRoutingTable(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.routingTable.findFirst({
    where: { id, vpc: scope },
    include: { vpc: { select: { projectId: true } }, internetGateway: true },
  });
}

export function findDefaultRoutingTable(db: Db | Tx, vpcId: string) {
  return db.routingTable.findFirst({
    where: { vpcId, isDefault: true },
    include: { vpc: { select: { projectId: true } }, internetGateway: true },
  });
}

export function countRoutingTables(db: Db | Tx, vpcId: string): Promise<number> {
  return db.routingTable.count({ where: { vpcId } });
}

export function createRoutingTable(tx: Tx, data: { vpcId: string; name: string }) {
  return tx.routingTable.create({ data });
}

export function countSubnetsUsing(db: Db | Tx, routingTableId: string): Promise<number> {
  return db.subnet.count({ where: { routingTableId } });
}

export function deleteRoutingTable(tx: Tx, id: string) {
  return tx.routingTable.delete({ where: { id } });
}

export function countRoutes(db: Db | Tx, routingTableId: string): Promise<number> {
  return db.route.count({ where: { routingTableId } });
}

export function findRouteByCidr(db: Db | Tx, routingTableId: string, cidr: string) {
  return db.route.findUnique({ where: { routingTableId_cidr: { routingTableId, cidr } } });
}

export function createRoute(
  tx: Tx,
  data: {
    routingTableId: string;
    cidr: string;
    gatewayType: RouteGatewayType;
    internetGatewayId?: string;
    instanceId?: string;
    managed: boolean;
  },
) {
  return tx.route.create({ data });
}

/** A route the scope can see. */
export function findRoute(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.route.findFirst({ where: { id, routingTable: { vpc: scope } } });
}

export function deleteRoute(tx: Tx, id: string) {
  return tx.route.delete({ where: { id } });
}

export function deleteManagedRoutes(tx: Tx, internetGatewayId: string) {
  return tx.route.deleteMany({ where: { internetGatewayId, managed: true } });
}

export function setSubnetRoutingTable(tx: Tx, subnetId: string, routingTableId: string) {
  return tx.subnet.update({ where: { id: subnetId }, data: { routingTableId } });
}
