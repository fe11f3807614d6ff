// Data access for external networks, VPCs, subnets, instances and load balancers.
import type { Db, Tx } from '../../db/database.js';
import { externalPoolOffsets, subnetHostOffsets } from './address-rules.js';
import { addressAt, type Cidr, lowestFreeOffset, parseCidr } from './cidr.js';

export function listExternalNetworks(db: Db) {
  return db.externalNetwork.findMany({ orderBy: { name: 'asc' } });
}

export function findExternalNetwork(db: Db | Tx, id: string) {
  return db.externalNetwork.findUnique({ where: { id } });
}

export function findExternalNetworkByName(db: Db | Tx, name: string) {
  return db.externalNetwork.findUnique({ where: { name } });
}

export function externalNetworkCidrs(db: Db | Tx) {
  return db.externalNetwork.findMany({ select: { name: true, cidr: true } });
}

export function createExternalNetwork(db: Db | Tx, data: { name: string; cidr: string }) {
  return db.externalNetwork.create({ data });
}

export function countExternalAddresses(db: Db | Tx, externalNetworkId: string): Promise<number> {
  return db.externalAddress.count({ where: { externalNetworkId } });
}

/**
 * Takes the lowest free address of an external network's pool, or returns null when the pool is
 * exhausted. The caller must hold the network's row lock.
 */
export async function allocateExternalAddress(tx: Tx, network: { id: string; cidr: string }) {
  const pool = parseCidr(network.cidr) as Cidr;
  const taken = await tx.externalAddress.findMany({
    where: { externalNetworkId: network.id },
    select: { offset: true },
    orderBy: { offset: 'asc' },
  });
  const { first, last } = externalPoolOffsets(pool);
  const offset = lowestFreeOffset(
    taken.map((row) => row.offset),
    first,
    last,
  );
  if (offset === null) return null;
  return tx.externalAddress.create({
    data: { externalNetworkId: network.id, offset, address: addressAt(pool, offset) },
  });
}

export function releaseExternalAddress(tx: Tx, id: string) {
  return tx.externalAddress.delete({ where: { id } });
}

export function countVpcs(db: Db | Tx, projectId: string): Promise<number> {
  return db.vpc.count({ where: { projectId } });
}

export function createVpcWithDefaultRoutingTable(tx: Tx, data: { projectId: string; name: string; cidr: string }) {
  return tx.vpc.create({
    data: { ...data, routingTables: { create: { name: `${data.name} default`, isDefault: true } } },
  });
}

export function findVpc(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.vpc.findFirst({ where: { id, ...scope } });
}

export function subnetsOfVpc(db: Db | Tx, vpcId: string) {
  return db.subnet.findMany({ where: { vpcId }, select: { id: true, name: true, cidr: true } });
}

export function createSubnet(tx: Tx, data: { vpcId: string; routingTableId: string; name: string; cidr: string }) {
  return tx.subnet.create({ data });
}

/** A subnet the scope can see, with what its rules need: its VPC's project and its routing table. */
export function findSubnet(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.subnet.findFirst({ where: { id, vpc: scope }, include: { vpc: { select: { projectId: true } } } });
}

/**
 * Takes the lowest free host address of a subnet for a new port, or returns null when the subnet
 * is full. The caller must hold the subnet's row lock.
 */
export async function allocatePort(tx: Tx, subnet: { id: string; cidr: string }) {
  const block = parseCidr(subnet.cidr) as Cidr;
  const taken = await tx.port.findMany({
    where: { subnetId: subnet.id },
    select: { offset: true },
    orderBy: { offset: 'asc' },
  });
  const { first, last } = subnetHostOffsets(block);
  const offset = lowestFreeOffset(
    taken.map((row) => row.offset),
    first,
    last,
  );
  if (offset === null) return null;
  return tx.port.create({ data: { subnetId: subnet.id, offset, address: addressAt(block, offset) } });
}

export function createInstance(tx: Tx, data: { projectId: string; name: string; portId: string }) {
  return tx.instance.create({ data });
}

export function createLoadBalancer(tx: Tx, data: { projectId: string; name: string; portId: string }) {
  return tx.loadBalancer.create({ data });
}

export function findInstance(db: Db | Tx, id: string, scope: { projectId?: string }) {
  return db.instance.findFirst({
    where: { id, ...scope },
    include: { port: { include: { floatingIp: { select: { id: true } } } }, _count: { select: { routes: true } } },
  });
}

/** Deletes an instance and its port; a floating IP on the port is freed (it stays the project's). */
export async function deleteInstance(tx: Tx, instance: { id: string; portId: string }) {
  await tx.floatingIp.updateMany({ where: { portId: instance.portId }, data: { portId: null } });
  await tx.instance.delete({ where: { id: instance.id } });
  await tx.port.delete({ where: { id: instance.portId } });
}
