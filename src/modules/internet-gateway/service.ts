// The internet gateway lifecycle: create, attach, detach, rename, delete; and what a restart
// would do to the instances behind a gateway.

import { ConflictError, NotFoundError } from '../../common/errors.js';
import { validName } from '../../common/names.js';
import { filterStream } from '../../common/streams.js';
import type { Quotas } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import { channels, type InternetGatewayStatusChange } from '../../events/channels.js';
import { type EventBus, subscribeBefore } from '../../events/event-bus.js';
import type { InternetGatewayStatus, Prisma } from '../../generated/prisma/sqlite/client.js';
import type { Clock } from '../../services.js';
import { FloatingIpInUseError } from '../floating-ip/errors.js';
import * as floatingIpStore from '../floating-ip/store.js';
import { underMaintenanceWhere } from '../maintenance/maintenance-window.js';
import * as networkStore from '../network/store.js';
import * as routingStore from '../routing/store.js';
import { type Actor, projectScope, requireMemberProject } from '../tenancy/actor.js';
import * as store from './store.js';

/** The route an attachment adds: everything not local goes to the internet gateway. */
export const defaultRouteCidr = '0.0.0.0/0';

export interface InternetGatewayFilter {
  projectId?: string | null;
  name?: string | null;
  externalNetworkId?: string | null;
  routingTableId?: string | null;
  status?: InternetGatewayStatus | null;
  restartRequired?: boolean | null;
  attached?: boolean | null;
}

export class InternetGatewayService {
  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    private readonly quotas: Quotas,
    private readonly clock: Clock,
  ) {}

  find(actor: Actor, id: string) {
    return store.findGateway(this.database.client, id, projectScope(actor));
  }

  /** Which gateways a listing shows: the caller's project (any, for operators) narrowed by the filter. */
  listWhere(actor: Actor, filter: InternetGatewayFilter): Prisma.InternetGatewayWhereInput {
    const conditions: Prisma.InternetGatewayWhereInput[] = [projectScope(actor)];
    if (filter.projectId) conditions.push({ projectId: filter.projectId });
    if (filter.name) conditions.push({ name: filter.name.trim() });
    if (filter.externalNetworkId) conditions.push({ externalNetworkId: filter.externalNetworkId });
    if (filter.routingTableId) conditions.push({ routingTableId: filter.routingTableId });
    if (filter.status) conditions.push({ status: filter.status });
    if (filter.attached != null) conditions.push({ routingTableId: filter.attached ? { not: null } : null });
    if (filter.restartRequired != null) {
      const now = this.clock.now();
      // Spelled out rather than NOT(under maintenance): in SQL, NOT over a NULL end date is
      // NULL, which would drop every gateway on a server that never had maintenance.
      conditions.push(
        filter.restartRequired
          ? { gatewayServer: underMaintenanceWhere(now) }
          : {
              OR: [
                { gatewayServerId: null },
                { gatewayServer: { OR: [{ maintenanceEndsAt: null }, { maintenanceEndsAt: { lte: now } }] } },
              ],
            },
      );
    }
    return { AND: conditions };
  }

  /** Gateways a routing table can attach: working and attached nowhere. */
  attachableWhere(actor: Actor): Prisma.InternetGatewayWhereInput {
    return { ...projectScope(actor), status: 'ACTIVE', routingTableId: null };
  }

  async create(actor: Actor, input: { name: string; externalNetworkId: string }) {
    const projectId = requireMemberProject(actor);
    const name = validName(input.name);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'Project', [projectId]);
      const network = await networkStore.findExternalNetwork(tx, input.externalNetworkId);
      if (!network) throw new NotFoundError('external network');
      if ((await store.countGateways(tx, projectId)) >= this.quotas.internetGatewaysPerProject) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `the project already has its quota of ${this.quotas.internetGatewaysPerProject} internet gateways`,
        );
      }
      const server = await store.leastLoadedHealthyServer(tx, this.clock.now());
      return store.createGateway(tx, {
        projectId,
        name,
        externalNetworkId: network.id,
        gatewayServerId: server?.id ?? null,
      });
    });
  }

  async rename(actor: Actor, input: { id: string; name: string }) {
    const projectId = requireMemberProject(actor);
    const name = validName(input.name);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'InternetGateway', [input.id]);
      const gateway = await this.findOperable(tx, input.id, projectId);
      return store.renameGateway(tx, gateway.id, name);
    });
  }

  /**
   * Attaches a gateway to a routing table: allocates its public IP and adds the managed
   * 0.0.0.0/0 route. One gateway per routing table, one routing table per gateway.
   */
  async attach(actor: Actor, input: { routingTableId: string; internetGatewayId: string }) {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'RoutingTable', [input.routingTableId]);
      await this.database.lockRows(tx, 'InternetGateway', [input.internetGatewayId]);
      const routingTable = await routingStore.findRoutingTable(tx, input.routingTableId, { projectId });
      if (!routingTable) throw new NotFoundError('routing table');
      const gateway = await this.findOperable(tx, input.internetGatewayId, projectId);
      if (gateway.routingTable) {
        throw new ConflictError(
          'ALREADY_ATTACHED',
          `internet gateway ${gateway.name} is already attached to routing table ${gateway.routingTable.name}`,
        );
      }
      if (routingTable.internetGateway) {
        throw new ConflictError(
          'ALREADY_ATTACHED',
          `routing table ${routingTable.name} already has internet gateway ${routingTable.internetGateway.name}`,
        );
      }
      if (await routingStore.findRouteByCidr(tx, routingTable.id, defaultRouteCidr)) {
        throw new ConflictError(
          'ROUTE_CONFLICT',
          `routing table ${routingTable.name} already has a ${defaultRouteCidr} route: delete it before attaching a gateway`,
        );
      }
      if ((await routingStore.countRoutes(tx, routingTable.id)) >= this.quotas.routesPerRoutingTable) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `routing table ${routingTable.name} already has its quota of ${this.quotas.routesPerRoutingTable} routes, and attaching adds one`,
        );
      }
      await this.database.lockRows(tx, 'ExternalNetwork', [gateway.externalNetworkId]);
      const network = await networkStore.findExternalNetwork(tx, gateway.externalNetworkId);
      const address = network ? await networkStore.allocateExternalAddress(tx, network) : null;
      if (!address) {
        throw new ConflictError(
          'ADDRESS_POOL_EXHAUSTED',
          `external network ${network?.name} has no free public address left`,
        );
      }
      const attached = await store.setAttachment(tx, gateway.id, {
        routingTableId: routingTable.id,
        publicAddressId: address.id,
      });
      await routingStore.createRoute(tx, {
        routingTableId: routingTable.id,
        cidr: defaultRouteCidr,
        gatewayType: 'INTERNET_GATEWAY',
        internetGatewayId: gateway.id,
        managed: true,
      });
      return { routingTable, internetGateway: attached };
    });
  }

  /** Detaches a routing table's gateway: its route goes, its public IP returns to the pool. */
  async detach(actor: Actor, input: { routingTableId: string }) {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'RoutingTable', [input.routingTableId]);
      const routingTable = await routingStore.findRoutingTable(tx, input.routingTableId, { projectId });
      if (!routingTable) throw new NotFoundError('routing table');
      if (!routingTable.internetGateway) {
        throw new ConflictError('NOT_ATTACHED', `routing table ${routingTable.name} has no internet gateway to detach`);
      }
      await this.database.lockRows(tx, 'InternetGateway', [routingTable.internetGateway.id]);
      const gateway = await this.findOperable(tx, routingTable.internetGateway.id, projectId);
      const internetGateway = await this.detachWithin(tx, gateway, 'detach refused');
      return { routingTable, internetGateway };
    });
  }

  /** Deletes a gateway, detaching it first (under the same rule as a detach) when attached. */
  async delete(actor: Actor, id: string): Promise<string> {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      const unlocked = await store.findGateway(tx, id, { projectId });
      if (!unlocked) throw new NotFoundError('internet gateway');
      // Routing table before gateway: the lock order attach and detach use.
      if (unlocked.routingTableId) await this.database.lockRows(tx, 'RoutingTable', [unlocked.routingTableId]);
      await this.database.lockRows(tx, 'InternetGateway', [id]);
      const gateway = await this.findOperable(tx, id, projectId);
      if (gateway.routingTableId) await this.detachWithin(tx, gateway, 'delete refused');
      await store.deleteGateway(tx, gateway.id);
      return gateway.id;
    });
  }

  /**
   * Status, status-light and restart-required changes of one gateway (refused with NOT_FOUND when
   * the caller cannot see it), or of every gateway the caller can see.
   */
  followStatusChanges(
    actor: Actor,
    internetGatewayId: string | null,
  ): Promise<AsyncIterable<InternetGatewayStatusChange>> {
    return subscribeBefore(this.events, channels.internetGatewayStatus, async (changes) => {
      if (
        internetGatewayId &&
        !(await store.findGateway(this.database.client, internetGatewayId, projectScope(actor)))
      ) {
        throw new NotFoundError('internet gateway');
      }
      const { projectId } = projectScope(actor);
      return filterStream(
        changes,
        (change) =>
          (internetGatewayId === null || change.internetGatewayId === internetGatewayId) &&
          (projectId === undefined || change.projectId === projectId),
      );
    });
  }

  /** Instances that lose internet access while the gateway restarts, and those that keep it. */
  async restartImpact(gateway: { routingTableId: string | null }) {
    if (!gateway.routingTableId) return { affectedInstances: [], unaffectedInstances: [] };
    const instances = await store.instancesBehindRoutingTable(this.database.client, gateway.routingTableId);
    return {
      affectedInstances: instances.filter((instance) => !instance.port.floatingIp),
      unaffectedInstances: instances.filter((instance) => instance.port.floatingIp),
    };
  }

  /** A visible gateway that is not restarting, for an operation that changes it. */
  private async findOperable(tx: Tx, id: string, projectId: string) {
    const gateway = await store.findGateway(tx, id, { projectId });
    if (!gateway) throw new NotFoundError('internet gateway');
    if (gateway.status === 'RESTARTING') {
      throw new ConflictError(
        'GATEWAY_BUSY',
        `internet gateway ${gateway.name} is restarting: try again when the restart ends`,
      );
    }
    return gateway;
  }

  private async detachWithin(tx: Tx, gateway: store.GatewayWithAttachment, refused: string) {
    const routingTableId = gateway.routingTableId as string;
    const holders = await floatingIpStore.floatingIpsBehindRoutingTable(tx, routingTableId);
    if (holders.length > 0) throw new FloatingIpInUseError(holders, `${refused} for internet gateway ${gateway.name}`);
    await routingStore.deleteManagedRoutes(tx, gateway.id);
    const detached = await store.setAttachment(tx, gateway.id, { routingTableId: null, publicAddressId: null });
    if (gateway.publicAddressId) await networkStore.releaseExternalAddress(tx, gateway.publicAddressId);
    return detached;
  }
}
