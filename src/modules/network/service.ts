// External networks, VPCs, subnets, and the instances and load balancers placed in subnets.

import { ConflictError, FieldErrors, NotFoundError, ValidationError } from '../../common/errors.js';
import { nameProblem, validName } from '../../common/names.js';
import type { Quotas } from '../../config.js';
import { type Database, isUniqueViolation, type Tx } from '../../db/database.js';
import * as routingStore from '../routing/store.js';
import { type Actor, projectScope, requireMemberProject } from '../tenancy/actor.js';
import { readCidr, smallestExternalPoolPrefix, subnetCidrProblem, vpcCidrProblem } from './address-rules.js';
import { type Cidr, cidrsOverlap, parseCidr } from './cidr.js';
import * as store from './store.js';

export class NetworkService {
  constructor(
    private readonly database: Database,
    private readonly quotas: Quotas,
  ) {}

  listExternalNetworks() {
    return store.listExternalNetworks(this.database.client);
  }

  async createExternalNetwork(input: { name: string; cidr: string }) {
    const name = input.name.trim();
    const problems = new FieldErrors();
    problems.add(['input', 'name'], nameProblem(name));
    const { cidr, problem } = readCidr(input.cidr);
    problems.add(['input', 'cidr'], problem);
    if (cidr && cidr.prefixLength > smallestExternalPoolPrefix) {
      problems.add(['input', 'cidr'], `must be /${smallestExternalPoolPrefix} or larger`);
    }
    problems.throwIfAny();
    const pool = cidr as Cidr;
    try {
      return await this.database.transaction(async (tx) => {
        const overlapping = (await store.externalNetworkCidrs(tx)).find((other) =>
          cidrsOverlap(parseCidr(other.cidr) as Cidr, pool),
        );
        if (overlapping) {
          throw ValidationError.field(
            ['input', 'cidr'],
            `overlaps the pool of ${overlapping.name} (${overlapping.cidr})`,
          );
        }
        return store.createExternalNetwork(tx, { name, cidr: pool.canonical });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw ValidationError.field(['input', 'name'], 'is already the name of an external network');
      throw error;
    }
  }

  /** Creates the external network a new installation starts with, unless it exists already. */
  async ensureExternalNetwork(name: string, cidr: string) {
    const existing = await store.findExternalNetworkByName(this.database.client, name);
    return existing ?? this.createExternalNetwork({ name, cidr });
  }

  async createVpc(actor: Actor, input: { name: string; cidr: string }) {
    const projectId = requireMemberProject(actor);
    const name = input.name.trim();
    const problems = new FieldErrors();
    problems.add(['input', 'name'], nameProblem(name));
    const { cidr, problem } = readCidr(input.cidr);
    problems.add(['input', 'cidr'], problem ?? vpcCidrProblem(cidr as Cidr));
    problems.throwIfAny();
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'Project', [projectId]);
      if ((await store.countVpcs(tx, projectId)) >= this.quotas.vpcsPerProject) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `the project already has its quota of ${this.quotas.vpcsPerProject} VPCs`,
        );
      }
      return store.createVpcWithDefaultRoutingTable(tx, { projectId, name, cidr: (cidr as Cidr).canonical });
    });
  }

  async createSubnet(
    actor: Actor,
    input: { vpcId: string; name: string; cidr: string; routingTableId: string | null },
  ) {
    const projectId = requireMemberProject(actor);
    const name = input.name.trim();
    const { cidr: block, problem: cidrProblem } = readCidr(input.cidr);

    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'Vpc', [input.vpcId]);
      const vpc = await store.findVpc(tx, input.vpcId, { projectId });
      if (!vpc) throw new NotFoundError('VPC');
      const routingTable = input.routingTableId
        ? await routingStore.findRoutingTable(tx, input.routingTableId, { projectId })
        : await routingStore.findDefaultRoutingTable(tx, vpc.id);
      if (!routingTable) throw new NotFoundError('routing table');
      const siblings = await store.subnetsOfVpc(tx, vpc.id);
      // Checked together, so that a request with several bad fields hears about all of them.
      const problems = new FieldErrors();
      problems.add(['input', 'name'], nameProblem(name));
      problems.add(['input', 'cidr'], cidrProblem ?? subnetCidrProblem(block as Cidr, vpc, siblings));
      if (routingTable.vpcId !== vpc.id) {
        problems.add(['input', 'routingTableId'], 'must be a routing table of the same VPC');
      }
      problems.throwIfAny();
      if (siblings.length >= this.quotas.subnetsPerVpc) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `the VPC already has its quota of ${this.quotas.subnetsPerVpc} subnets`,
        );
      }
      return store.createSubnet(tx, {
        vpcId: vpc.id,
        routingTableId: routingTable.id,
        name,
        cidr: (block as Cidr).canonical,
      });
    });
  }

  createInstance(actor: Actor, input: { subnetId: string; name: string }) {
    return this.placeInSubnet(actor, input, (tx, data) => store.createInstance(tx, data));
  }

  createLoadBalancer(actor: Actor, input: { subnetId: string; name: string }) {
    return this.placeInSubnet(actor, input, (tx, data) => store.createLoadBalancer(tx, data));
  }

  /** Deletes an instance; its floating IP, if any, is freed but stays the project's. */
  async deleteInstance(actor: Actor, id: string): Promise<string> {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      const instance = await store.findInstance(tx, id, { projectId });
      if (!instance) throw new NotFoundError('instance');
      if (instance._count.routes > 0) {
        throw new ConflictError('IN_USE', 'routes point at this instance: delete them first');
      }
      await store.deleteInstance(tx, instance);
      return instance.id;
    });
  }

  /** Gives a new instance or load balancer a port with the subnet's lowest free address. */
  private async placeInSubnet<T>(
    actor: Actor,
    input: { subnetId: string; name: string },
    create: (tx: Tx, data: { projectId: string; name: string; portId: string }) => Promise<T>,
  ): Promise<T> {
    const projectId = requireMemberProject(actor);
    const name = validName(input.name);
    return this.database.transaction(async (tx) => {
      const subnet = await store.findSubnet(tx, input.subnetId, projectScope(actor));
      if (!subnet) throw new NotFoundError('subnet');
      await this.database.lockRows(tx, 'Subnet', [subnet.id]);
      const port = await store.allocatePort(tx, subnet);
      if (!port) throw new ConflictError('ADDRESS_POOL_EXHAUSTED', `subnet ${subnet.name} has no free address left`);
      return create(tx, { projectId, name, portId: port.id });
    });
  }
}
