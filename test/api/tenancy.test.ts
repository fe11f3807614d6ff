// Tenancy: a member sees and touches only its own project's objects. Another project's ID names
// nothing, exactly as an ID that names no object at all (same answer, same message), in `node`
// and lookups as in every mutation; and a refused mutation leaves the other project as it was.
// Roles: operator-only mutations refuse members, project mutations refuse operators.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeGlobalId, parseGlobalId } from '../../src/common/ids.js';
import { graphql } from '../../src/generated/graphql/index.js';
import {
  AssociateFloatingIp,
  CreateFloatingIp,
  DeleteFloatingIp,
  DisassociateFloatingIp,
} from '../support/documents/floating-ip.js';
import {
  AttachInternetGateway,
  CreateInternetGateway,
  DeleteInternetGateway,
  DetachInternetGateway,
  FilteredGatewayIds,
  GatewayStatusChanged,
  RenameInternetGateway,
} from '../support/documents/internet-gateway.js';
import {
  CancelGatewayServerMaintenance,
  CreateGatewayServer,
  GatewayServerOf,
  ScheduleGatewayServerMaintenance,
  SetGatewayServerState,
} from '../support/documents/maintenance.js';
import {
  CreateExternalNetwork,
  CreateInstance,
  CreateLoadBalancer,
  CreateSubnet,
  CreateVpc,
  DeleteInstance,
} from '../support/documents/network.js';
import {
  AcknowledgeRestartFailureReport,
  RestartInternetGateway,
  RestartProgress,
} from '../support/documents/restart.js';
import {
  CreateRoute,
  CreateRoutingTable,
  DeleteRoute,
  DeleteRoutingTable,
  SetSubnetRoutingTable,
} from '../support/documents/routing.js';
import { CreateApiToken, CreateProject, NodeById } from '../support/documents/tenancy.js';
import { routingTableState } from '../support/gateway-api.js';
import { type ApiClient, expectTypename } from '../support/graphql-client.js';
import {
  publicNetworkId,
  seedAttachedGateway,
  seedFloatingIp,
  seedGateway,
  seedInstance,
  seedInstanceRoute,
  seedLoadBalancer,
  seedProject,
  seedRoutingTable,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { record, type SubscriptionRecorder } from '../support/subscription.js';
import { providers, type TestApp, useTestApp } from '../support/test-app.js';

const ProjectView = graphql(`
  query TenancyProjectView {
    vpcs {
      id
      name
      cidr
      defaultRoutingTable {
        id
      }
      routingTables {
        id
        name
        routes {
          id
          cidr
          gatewayName
          managed
        }
        subnets {
          id
        }
        internetGateway {
          id
        }
      }
      subnets {
        id
        name
        cidr
        routingTable {
          id
        }
        instances {
          id
          name
          privateIp
          floatingIp {
            id
          }
        }
        loadBalancers {
          id
          name
          privateIp
          floatingIp {
            id
          }
        }
      }
    }
    internetGateways(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          publicIp
          routingTable {
            id
          }
        }
      }
    }
    attachableInternetGateways {
      id
    }
    floatingIps {
      id
      address
      attachedTo {
        __typename
        ... on Instance {
          id
        }
        ... on LoadBalancer {
          id
        }
      }
    }
  }
`);

const Lookups = graphql(`
  query TenancyLookups($routingTableId: ID!, $internetGatewayId: ID!) {
    routingTable(id: $routingTableId) {
      id
    }
    internetGateway(id: $internetGatewayId) {
      id
    }
  }
`);

const Installation = graphql(`
  query TenancyInstallation {
    gatewayServers {
      id
      name
      state
      maintenance {
        startsAt
        endsAt
      }
    }
    externalNetworks {
      id
      name
      cidr
    }
  }
`);

// ---------------------------------------------------------------- the two projects

/** What a mutation answered: the union member, with the error's code and message when it is one. */
interface Outcome {
  __typename: string;
  code?: string;
  message?: string;
}

async function seedTheirs(testApp: TestApp) {
  const theirs = await seedAttachedGateway(testApp);
  const { member: them, externalNetworkId } = theirs;
  const createSpareRoutingTable = async () => {
    const spareRoutingTableId = await seedRoutingTable(them, theirs.vpcId, 'spare');
    const routeId = await seedInstanceRoute(
      them,
      spareRoutingTableId,
      '192.168.0.0/16',
      theirs.instanceWithoutFloatingIp,
    );
    return { spareRoutingTableId, routeId };
  };
  const findManagedRoute = async () => {
    const { routes } = await routingTableState(them, theirs.routingTableId);
    const managedRoute = routes.find((candidate) => candidate.managed);
    if (!managedRoute) throw new Error('no managed route');
    return managedRoute.id;
  };
  const createApiToken = async () => {
    const { createApiToken } = await testApp.operator.execute(CreateApiToken, {
      name: 'token',
      projectId: theirs.projectId,
    });
    return expectTypename(createApiToken, 'CreateApiTokenSuccess').apiToken.id;
  };
  // One after another: concurrent creates in one project can deadlock on PostgreSQL (see the quota tests).
  const spare = await createSpareRoutingTable();
  const managedRouteId = await findManagedRoute();
  const loadBalancerId = await seedLoadBalancer(them, theirs.subnetId);
  const spareInternetGatewayId = await seedGateway(them, externalNetworkId, 'spare igw');
  const freeFloatingIp = await seedFloatingIp(them, externalNetworkId);
  const apiTokenId = await createApiToken();
  return {
    them,
    theirs: {
      ...theirs,
      ...spare,
      managedRouteId,
      loadBalancerId,
      spareInternetGatewayId,
      freeFloatingIpId: freeFloatingIp.id,
      apiTokenId,
    },
  };
}

async function seedOurs(testApp: TestApp) {
  const { member: us, projectId } = await seedProject(testApp);
  const externalNetworkId = await publicNetworkId(us);
  const { vpcId, defaultRoutingTableId } = await seedVpc(us);
  const subnetId = await seedSubnet(us, vpcId, '10.0.1.0/24');
  const instance = await seedInstance(us, subnetId);
  const internetGatewayId = await seedGateway(us, externalNetworkId, 'our igw');
  const floatingIp = await seedFloatingIp(us, externalNetworkId);
  return {
    us,
    ours: {
      projectId,
      vpcId,
      routingTableId: defaultRoutingTableId,
      subnetId,
      instanceId: instance.id,
      internetGatewayId,
      floatingIpId: floatingIp.id,
    },
  };
}

/**
 * The project a test looks from ("ours"), and a fully built neighbour ("theirs"): a VPC whose
 * default routing table has an attached gateway, a spare routing table with an instance route, a
 * subnet with two instances (one holding a floating IP) and a load balancer, a spare gateway and
 * a free floating IP.
 */
async function seedNeighbours(testApp: TestApp) {
  const [theirs, ours] = await Promise.all([seedTheirs(testApp), seedOurs(testApp)]);
  return { ...theirs, ...ours };
}

type Neighbours = Awaited<ReturnType<typeof seedNeighbours>>;
type Theirs = Awaited<ReturnType<typeof seedTheirs>>;

/** An ID of the same type as `id` that names no object. */
function ghostOf(id: string): string {
  const typename = Buffer.from(id, 'base64').toString('utf8').split(':')[0] as string;
  return encodeGlobalId(typename, randomUUID());
}

async function projectView(member: ApiClient) {
  return member.execute(ProjectView);
}

describe.each(providers)('tenancy (%s)', (provider) => {
  const suite = useTestApp(provider, 'tenancy');

  describe.concurrent('lists', () => {
    it("show a member its own project's VPCs, routing tables, subnets, instances, gateways and floating IPs, and none of another's", async () => {
      const { us, ours, theirs } = await seedNeighbours(suite.testApp);
      const view = await projectView(us);

      expect(view.vpcs.map((vpc) => vpc.id)).toEqual([ours.vpcId]);
      expect(view.vpcs[0]?.routingTables.map((routingTable) => routingTable.id)).toEqual([ours.routingTableId]);
      expect(view.vpcs[0]?.subnets.map((subnet) => subnet.id)).toEqual([ours.subnetId]);
      expect(view.vpcs[0]?.subnets[0]?.instances.map((instance) => instance.id)).toEqual([ours.instanceId]);
      expect(view.internetGateways.edges.map((edge) => edge.node.id)).toEqual([ours.internetGatewayId]);
      expect(view.internetGateways.totalCount).toBe(1);
      expect(view.attachableInternetGateways.map((gateway) => gateway.id)).toEqual([ours.internetGatewayId]);
      expect(view.floatingIps.map((floatingIp) => floatingIp.id)).toEqual([ours.floatingIpId]);

      const seen = JSON.stringify(view);
      for (const id of [
        theirs.vpcId,
        theirs.routingTableId,
        theirs.spareRoutingTableId,
        theirs.subnetId,
        theirs.instanceWithFloatingIp,
        theirs.instanceWithoutFloatingIp,
        theirs.loadBalancerId,
        theirs.internetGatewayId,
        theirs.spareInternetGatewayId,
        theirs.floatingIp.id,
        theirs.freeFloatingIpId,
        theirs.routeId,
        theirs.managedRouteId,
      ]) {
        expect(seen).not.toContain(id);
      }
      expect(seen).not.toContain(theirs.floatingIp.address);
      expect(seen).not.toContain(theirs.publicIp);
    });

    it('internetGateways filtered on another project, its routing table or its name still lists nothing of it', async () => {
      const { us, theirs } = await seedNeighbours(suite.testApp);
      for (const filter of [
        { projectId: theirs.projectId },
        { routingTableId: theirs.routingTableId },
        { name: 'igw' },
        { attached: true },
      ]) {
        const { internetGateways } = await us.execute(FilteredGatewayIds, { filter });
        expect(internetGateways, JSON.stringify(filter)).toEqual({ totalCount: 0, edges: [] });
      }
    });

    it("operators list every project's gateways, and the projectId filter narrows them to one project", async () => {
      const { ours, theirs } = await seedNeighbours(suite.testApp);
      const listed = async (filter: { projectId?: string }) => {
        const { internetGateways } = await suite.testApp.operator.execute(FilteredGatewayIds, { filter });
        return {
          ids: internetGateways.edges.map((edge) => edge.node.id).sort(),
          totalCount: internetGateways.totalCount,
        };
      };
      expect(await listed({ projectId: ours.projectId })).toEqual({ ids: [ours.internetGatewayId], totalCount: 1 });
      expect(await listed({ projectId: theirs.projectId })).toEqual({
        ids: [theirs.internetGatewayId, theirs.spareInternetGatewayId].sort(),
        totalCount: 2,
      });
      // Other tests add gateways meanwhile, so the whole listing is only known to hold at least these.
      expect((await listed({})).totalCount).toBeGreaterThanOrEqual(3);
    });
  });

  describe.concurrent('lookups by ID', () => {
    it("node() of another project's objects of every kind is null without an error, exactly as an ID that names nothing", async () => {
      const { us, them, theirs } = await seedNeighbours(suite.testApp);
      const objects = {
        Project: theirs.projectId,
        ApiToken: theirs.apiTokenId,
        Vpc: theirs.vpcId,
        Subnet: theirs.subnetId,
        RoutingTable: theirs.routingTableId,
        Route: theirs.routeId,
        'Route (managed)': theirs.managedRouteId,
        Instance: theirs.instanceWithFloatingIp,
        LoadBalancer: theirs.loadBalancerId,
        FloatingIp: theirs.floatingIp.id,
        InternetGateway: theirs.internetGatewayId,
      };
      const answers = async (client: ApiClient, ids: Record<string, string>) =>
        Object.fromEntries(
          await Promise.all(
            Object.entries(ids).map(async ([kind, id]) => [kind, await client.request(NodeById, { id })]),
          ),
        );
      const nothing = { status: 200, data: { node: null } };

      const owner = await answers(them, objects);
      for (const [kind, id] of Object.entries(objects)) expect(owner[kind]?.data?.node?.id, kind).toBe(id);
      expect(await answers(us, objects)).toEqual(
        Object.fromEntries(Object.keys(objects).map((kind) => [kind, nothing])),
      );
      const ghosts = Object.fromEntries(Object.entries(objects).map(([kind, id]) => [kind, ghostOf(id)]));
      expect(await answers(us, ghosts)).toEqual(await answers(us, objects));
    });

    it("routingTable() and internetGateway() of another project's objects are null, as for IDs that name nothing", async () => {
      const { us, them, theirs } = await seedNeighbours(suite.testApp);
      const ids = { routingTableId: theirs.routingTableId, internetGatewayId: theirs.internetGatewayId };
      expect((await them.execute(Lookups, ids)).routingTable?.id).toBe(theirs.routingTableId);

      const foreign = await us.request(Lookups, ids);
      const ghost = await us.request(Lookups, {
        routingTableId: ghostOf(ids.routingTableId),
        internetGatewayId: ghostOf(ids.internetGatewayId),
      });
      expect(foreign).toEqual({ status: 200, data: { routingTable: null, internetGateway: null } });
      expect(foreign).toEqual(ghost);
    });

    it("subscriptions to another project's gateway are refused with NOT_FOUND, exactly as for an ID that names nothing", async () => {
      const { us, theirs } = await seedNeighbours(suite.testApp);
      const socket = us.webSocket();
      try {
        const outcome = async (subscribe: (id: string) => SubscriptionRecorder<unknown>, id: string) => {
          const recorder = subscribe(id);
          const ended = await recorder.finished.then(
            () => 'completed',
            (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
          );
          return { ended, results: recorder.results };
        };
        const statusChanges = (id: string) => record(socket, GatewayStatusChanged, { id });
        const restartProgress = (id: string) => record(socket, RestartProgress, { id });
        for (const subscribe of [statusChanges, restartProgress]) {
          const foreign = await outcome(subscribe, theirs.internetGatewayId);
          expect(JSON.stringify(foreign)).toContain('NOT_FOUND');
          expect(foreign).toEqual(await outcome(subscribe, ghostOf(theirs.internetGatewayId)));
        }
      } finally {
        await socket.dispose();
      }
    });

    it('gateway servers are invisible to members: null through the gateway and through node()', async () => {
      const { us, ours } = await seedNeighbours(suite.testApp);
      const asOperator = await suite.testApp.operator.execute(GatewayServerOf, { id: ours.internetGatewayId });
      const gatewayServerId = asOperator.internetGateway?.gatewayServer?.id;
      expect(gatewayServerId).toEqual(expect.any(String));

      expect((await us.execute(GatewayServerOf, { id: ours.internetGatewayId })).internetGateway).toEqual({
        gatewayServer: null,
      });
      expect(await us.request(NodeById, { id: gatewayServerId as string })).toEqual({
        status: 200,
        data: { node: null },
      });
    });

    it("operators can look up any project's objects", async () => {
      const { theirs } = await seedNeighbours(suite.testApp);
      for (const id of [theirs.vpcId, theirs.subnetId, theirs.instanceWithFloatingIp, theirs.internetGatewayId]) {
        expect((await suite.testApp.operator.execute(NodeById, { id })).node?.id).toBe(id);
      }
    });
  });

  describe.concurrent('mutations on another project', () => {
    // Each case sends one mutation from our project naming one of their objects by `id`.
    const cases: [
      string,
      (neighbours: Neighbours) => string,
      (neighbours: Neighbours, id: string) => Promise<Outcome>,
    ][] = [
      [
        "createSubnet in another project's VPC",
        ({ theirs }) => theirs.vpcId,
        async ({ us }, vpcId) =>
          (await us.execute(CreateSubnet, { vpcId, name: 'subnet', cidr: '10.0.9.0/24' })).createSubnet,
      ],
      [
        "createSubnet in its own VPC on another project's routing table",
        ({ theirs }) => theirs.spareRoutingTableId,
        async ({ us, ours }, routingTableId) =>
          (await us.execute(CreateSubnet, { vpcId: ours.vpcId, name: 'subnet', cidr: '10.0.9.0/24', routingTableId }))
            .createSubnet,
      ],
      [
        "createRoutingTable in another project's VPC",
        ({ theirs }) => theirs.vpcId,
        async ({ us }, vpcId) => (await us.execute(CreateRoutingTable, { vpcId, name: 'intruder' })).createRoutingTable,
      ],
      [
        "deleteRoutingTable of another project's routing table",
        ({ theirs }) => theirs.spareRoutingTableId,
        async ({ us }, id) => (await us.execute(DeleteRoutingTable, { id })).deleteRoutingTable,
      ],
      [
        "setSubnetRoutingTable of another project's subnet",
        ({ theirs }) => theirs.subnetId,
        async ({ us, ours }, subnetId) =>
          (await us.execute(SetSubnetRoutingTable, { subnetId, routingTableId: ours.routingTableId }))
            .setSubnetRoutingTable,
      ],
      [
        "setSubnetRoutingTable of its own subnet to another project's routing table",
        ({ theirs }) => theirs.spareRoutingTableId,
        async ({ us, ours }, routingTableId) =>
          (await us.execute(SetSubnetRoutingTable, { subnetId: ours.subnetId, routingTableId })).setSubnetRoutingTable,
      ],
      [
        "createInstance in another project's subnet",
        ({ theirs }) => theirs.subnetId,
        async ({ us }, subnetId) => (await us.execute(CreateInstance, { subnetId, name: 'instance' })).createInstance,
      ],
      [
        "deleteInstance of another project's instance",
        ({ theirs }) => theirs.instanceWithFloatingIp,
        async ({ us }, id) => (await us.execute(DeleteInstance, { id })).deleteInstance,
      ],
      [
        "createLoadBalancer in another project's subnet",
        ({ theirs }) => theirs.subnetId,
        async ({ us }, subnetId) =>
          (await us.execute(CreateLoadBalancer, { subnetId, name: 'load balancer' })).createLoadBalancer,
      ],
      [
        "createRoute in another project's routing table",
        ({ theirs }) => theirs.spareRoutingTableId,
        async ({ us, ours }, routingTableId) =>
          (
            await us.execute(CreateRoute, {
              routingTableId,
              cidr: '172.16.0.0/12',
              gatewayType: 'INSTANCE',
              gatewayId: ours.instanceId,
            })
          ).createRoute,
      ],
      [
        "createRoute in its own routing table through another project's instance",
        ({ theirs }) => theirs.instanceWithoutFloatingIp,
        async ({ us, ours }, instanceId) =>
          (
            await us.execute(CreateRoute, {
              routingTableId: ours.routingTableId,
              cidr: '172.16.0.0/12',
              gatewayType: 'INSTANCE',
              gatewayId: instanceId,
            })
          ).createRoute,
      ],
      [
        "deleteRoute of another project's route",
        ({ theirs }) => theirs.routeId,
        async ({ us }, id) => (await us.execute(DeleteRoute, { id })).deleteRoute,
      ],
      [
        "deleteRoute of another project's managed route (not ROUTE_MANAGED, which would reveal it)",
        ({ theirs }) => theirs.managedRouteId,
        async ({ us }, id) => (await us.execute(DeleteRoute, { id })).deleteRoute,
      ],
      [
        "associateFloatingIp of another project's floating IP with its own instance",
        ({ theirs }) => theirs.freeFloatingIpId,
        async ({ us, ours }, floatingIpId) =>
          (await us.execute(AssociateFloatingIp, { floatingIpId, targetId: ours.instanceId })).associateFloatingIp,
      ],
      [
        "associateFloatingIp of its own floating IP with another project's instance",
        ({ theirs }) => theirs.instanceWithoutFloatingIp,
        async ({ us, ours }, targetId) =>
          (await us.execute(AssociateFloatingIp, { floatingIpId: ours.floatingIpId, targetId })).associateFloatingIp,
      ],
      [
        "associateFloatingIp of its own floating IP with another project's load balancer",
        ({ theirs }) => theirs.loadBalancerId,
        async ({ us, ours }, targetId) =>
          (await us.execute(AssociateFloatingIp, { floatingIpId: ours.floatingIpId, targetId })).associateFloatingIp,
      ],
      [
        "disassociateFloatingIp of another project's floating IP",
        ({ theirs }) => theirs.floatingIp.id,
        async ({ us }, floatingIpId) =>
          (await us.execute(DisassociateFloatingIp, { floatingIpId })).disassociateFloatingIp,
      ],
      [
        "deleteFloatingIp of another project's floating IP",
        ({ theirs }) => theirs.freeFloatingIpId,
        async ({ us }, id) => (await us.execute(DeleteFloatingIp, { id })).deleteFloatingIp,
      ],
      [
        "attachInternetGateway of another project's gateway to its own routing table",
        ({ theirs }) => theirs.spareInternetGatewayId,
        async ({ us, ours }, internetGatewayId) =>
          (await us.execute(AttachInternetGateway, { routingTableId: ours.routingTableId, internetGatewayId }))
            .attachInternetGateway,
      ],
      [
        "attachInternetGateway of its own gateway to another project's routing table",
        ({ theirs }) => theirs.spareRoutingTableId,
        async ({ us, ours }, routingTableId) =>
          (await us.execute(AttachInternetGateway, { routingTableId, internetGatewayId: ours.internetGatewayId }))
            .attachInternetGateway,
      ],
      [
        "detachInternetGateway from another project's routing table",
        ({ theirs }) => theirs.routingTableId,
        async ({ us }, routingTableId) =>
          (await us.execute(DetachInternetGateway, { routingTableId })).detachInternetGateway,
      ],
      [
        "renameInternetGateway of another project's gateway",
        ({ theirs }) => theirs.internetGatewayId,
        async ({ us }, id) => (await us.execute(RenameInternetGateway, { id, name: 'hijacked' })).renameInternetGateway,
      ],
      [
        "deleteInternetGateway of another project's attached gateway",
        ({ theirs }) => theirs.internetGatewayId,
        async ({ us }, id) => (await us.execute(DeleteInternetGateway, { id })).deleteInternetGateway,
      ],
      [
        "deleteInternetGateway of another project's unattached gateway",
        ({ theirs }) => theirs.spareInternetGatewayId,
        async ({ us }, id) => (await us.execute(DeleteInternetGateway, { id })).deleteInternetGateway,
      ],
      [
        "restartInternetGateway of another project's gateway",
        ({ theirs }) => theirs.internetGatewayId,
        async ({ us }, id) => (await us.execute(RestartInternetGateway, { id })).restartInternetGateway,
      ],
    ];

    it.each(cases)(
      '%s is NotFoundError, exactly as for an ID that names nothing, and changes nothing',
      async (_what, pick, send) => {
        const neighbours = await seedNeighbours(suite.testApp);
        const theirsBefore = await projectView(neighbours.them);
        const oursBefore = await projectView(neighbours.us);
        const id = pick(neighbours);

        const foreign = await send(neighbours, id);
        expect(foreign).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
        expect(foreign).toEqual(await send(neighbours, ghostOf(id)));

        expect(await projectView(neighbours.them)).toEqual(theirsBefore);
        expect(await projectView(neighbours.us)).toEqual(oursBefore);
      },
    );
  });

  describe.concurrent('roles', () => {
    const serverId = async () => {
      const { gatewayServers } = await suite.testApp.operator.execute(Installation);
      const [server] = gatewayServers;
      if (!server) throw new Error('no gateway server');
      return server.id;
    };
    const inAnHour = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

    const rogueProjectName = `rogue project ${randomUUID()}`;
    const operatorOnly: [string, (member: ApiClient, projectId: string) => Promise<Outcome>][] = [
      [
        'createProject',
        async (member) => (await member.execute(CreateProject, { name: rogueProjectName })).createProject,
      ],
      [
        'createApiToken for its own project',
        async (member, projectId) =>
          (await member.execute(CreateApiToken, { name: 'token', projectId })).createApiToken,
      ],
      [
        'createApiToken for an OPERATOR token',
        async (member) => (await member.execute(CreateApiToken, { name: 'token' })).createApiToken,
      ],
      [
        'createExternalNetwork',
        async (member) =>
          (await member.execute(CreateExternalNetwork, { name: 'rogue', cidr: '198.51.100.0/24' }))
            .createExternalNetwork,
      ],
      [
        'createGatewayServer',
        async (member) => (await member.execute(CreateGatewayServer, { name: 'rogue-server' })).createGatewayServer,
      ],
      [
        'setGatewayServerState',
        async (member) =>
          (await member.execute(SetGatewayServerState, { gatewayServerId: await serverId(), state: 'DOWN' }))
            .setGatewayServerState,
      ],
      [
        'scheduleGatewayServerMaintenance',
        async (member) =>
          (
            await member.execute(ScheduleGatewayServerMaintenance, {
              gatewayServerId: await serverId(),
              startsAt: inAnHour(1),
              endsAt: inAnHour(2),
              description: 'kernel update',
            })
          ).scheduleGatewayServerMaintenance,
      ],
      [
        'cancelGatewayServerMaintenance',
        async (member) =>
          (await member.execute(CancelGatewayServerMaintenance, { gatewayServerId: await serverId() }))
            .cancelGatewayServerMaintenance,
      ],
      [
        'acknowledgeRestartFailureReport',
        async (member) =>
          (
            await member.execute(AcknowledgeRestartFailureReport, {
              id: encodeGlobalId('RestartFailureReport', randomUUID()),
            })
          ).acknowledgeRestartFailureReport,
      ],
    ];

    it.each(operatorOnly)('%s is ForbiddenError for a member and changes nothing', async (_what, send) => {
      const { member, projectId } = await seedProject(suite.testApp);
      const installation = await suite.testApp.operator.execute(Installation);
      const { client } = suite.testApp.database;
      const tokens = () =>
        Promise.all([
          client.apiToken.count({ where: { role: 'OPERATOR' } }),
          client.apiToken.count({ where: { projectId: parseGlobalId(projectId)?.id ?? '' } }),
        ]);
      const tokensBefore = await tokens();

      expect(await send(member, projectId)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });

      expect(await suite.testApp.operator.execute(Installation)).toEqual(installation);
      expect(await tokens()).toEqual(tokensBefore);
      expect(await client.project.count({ where: { name: rogueProjectName } })).toBe(0);
    });

    const projectOnly: [string, (operator: ApiClient, neighbours: Theirs) => Promise<Outcome>][] = [
      [
        'createVpc',
        async (operator) => (await operator.execute(CreateVpc, { name: 'vpc', cidr: '10.0.0.0/16' })).createVpc,
      ],
      [
        'createRoutingTable',
        async (operator, { theirs }) =>
          (await operator.execute(CreateRoutingTable, { vpcId: theirs.vpcId, name: 'operator' })).createRoutingTable,
      ],
      [
        'deleteRoutingTable',
        async (operator, { theirs }) =>
          (await operator.execute(DeleteRoutingTable, { id: theirs.spareRoutingTableId })).deleteRoutingTable,
      ],
      [
        'createSubnet',
        async (operator, { theirs }) =>
          (await operator.execute(CreateSubnet, { vpcId: theirs.vpcId, name: 'subnet', cidr: '10.0.9.0/24' }))
            .createSubnet,
      ],
      [
        'setSubnetRoutingTable',
        async (operator, { theirs }) =>
          (
            await operator.execute(SetSubnetRoutingTable, {
              subnetId: theirs.subnetId,
              routingTableId: theirs.spareRoutingTableId,
            })
          ).setSubnetRoutingTable,
      ],
      [
        'createInstance',
        async (operator, { theirs }) =>
          (await operator.execute(CreateInstance, { subnetId: theirs.subnetId, name: 'instance' })).createInstance,
      ],
      [
        'deleteInstance',
        async (operator, { theirs }) =>
          (await operator.execute(DeleteInstance, { id: theirs.instanceWithFloatingIp })).deleteInstance,
      ],
      [
        'createLoadBalancer',
        async (operator, { theirs }) =>
          (await operator.execute(CreateLoadBalancer, { subnetId: theirs.subnetId, name: 'load balancer' }))
            .createLoadBalancer,
      ],
      [
        'createRoute',
        async (operator, { theirs }) =>
          (
            await operator.execute(CreateRoute, {
              routingTableId: theirs.spareRoutingTableId,
              cidr: '172.16.0.0/12',
              gatewayType: 'INSTANCE',
              gatewayId: theirs.instanceWithoutFloatingIp,
            })
          ).createRoute,
      ],
      [
        'deleteRoute',
        async (operator, { theirs }) => (await operator.execute(DeleteRoute, { id: theirs.routeId })).deleteRoute,
      ],
      [
        'createFloatingIp',
        async (operator, { theirs }) =>
          (await operator.execute(CreateFloatingIp, { externalNetworkId: theirs.externalNetworkId })).createFloatingIp,
      ],
      [
        'associateFloatingIp',
        async (operator, { theirs }) =>
          (
            await operator.execute(AssociateFloatingIp, {
              floatingIpId: theirs.freeFloatingIpId,
              targetId: theirs.instanceWithoutFloatingIp,
            })
          ).associateFloatingIp,
      ],
      [
        'disassociateFloatingIp',
        async (operator, { theirs }) =>
          (await operator.execute(DisassociateFloatingIp, { floatingIpId: theirs.floatingIp.id }))
            .disassociateFloatingIp,
      ],
      [
        'deleteFloatingIp',
        async (operator, { theirs }) =>
          (await operator.execute(DeleteFloatingIp, { id: theirs.freeFloatingIpId })).deleteFloatingIp,
      ],
      [
        'createInternetGateway',
        async (operator, { theirs }) =>
          (await operator.execute(CreateInternetGateway, { name: 'igw', externalNetworkId: theirs.externalNetworkId }))
            .createInternetGateway,
      ],
      [
        'renameInternetGateway',
        async (operator, { theirs }) =>
          (await operator.execute(RenameInternetGateway, { id: theirs.internetGatewayId, name: 'renamed by operator' }))
            .renameInternetGateway,
      ],
      [
        'attachInternetGateway',
        async (operator, { theirs }) =>
          (
            await operator.execute(AttachInternetGateway, {
              routingTableId: theirs.spareRoutingTableId,
              internetGatewayId: theirs.spareInternetGatewayId,
            })
          ).attachInternetGateway,
      ],
      [
        'detachInternetGateway',
        async (operator, { theirs }) =>
          (await operator.execute(DetachInternetGateway, { routingTableId: theirs.routingTableId }))
            .detachInternetGateway,
      ],
      [
        'deleteInternetGateway',
        async (operator, { theirs }) =>
          (await operator.execute(DeleteInternetGateway, { id: theirs.spareInternetGatewayId })).deleteInternetGateway,
      ],
    ];

    it.each(projectOnly)(
      '%s is ForbiddenError for an operator (operators hold no project) and changes nothing',
      async (_what, send) => {
        const neighbours = await seedTheirs(suite.testApp);
        const before = await projectView(neighbours.them);

        expect(await send(suite.testApp.operator, neighbours)).toMatchObject({
          __typename: 'ForbiddenError',
          code: 'FORBIDDEN',
        });

        expect(await projectView(neighbours.them)).toEqual(before);
      },
    );
  });

  describe.concurrent('malformed IDs', () => {
    const malformed: [string, string][] = [
      ['not base64', 'not an id!'],
      ['the empty string', ''],
      ['base64 of no type and id', Buffer.from('garbage').toString('base64')],
      ['an unknown type', encodeGlobalId('Spaceship', randomUUID())],
      ['a type that is not a Node', encodeGlobalId('Viewer', randomUUID())],
      ['a row id that is no UUID', encodeGlobalId('Vpc', '42')],
      ['a row id with a NUL byte', Buffer.from(`Vpc:${randomUUID()}\u0000`).toString('base64')],
      ['a very long string', 'A'.repeat(20_000)],
    ];

    it.each(malformed)('node() with %s answers null, not a server error', async (_what, id) => {
      const { member } = await seedProject(suite.testApp);
      const response = await member.request(NodeById, { id });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ node: null });
      expect(response.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it.each(malformed)(
      'node() with %s answers null without an error, as an ID that names nothing',
      async (_what, id) => {
        const { member } = await seedProject(suite.testApp);
        expect(await member.request(NodeById, { id })).toEqual({ status: 200, data: { node: null } });
      },
    );

    it.each(malformed)('routingTable() and internetGateway() with %s answer null', async (_what, id) => {
      const { member } = await seedProject(suite.testApp);
      expect(await member.request(Lookups, { routingTableId: id, internetGatewayId: id })).toEqual({
        status: 200,
        data: { routingTable: null, internetGateway: null },
      });
    });

    it.each(malformed)('mutations naming objects by %s answer NotFoundError', async (_what, id) => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const outcomes = {
        createSubnetInVpc: (await member.execute(CreateSubnet, { vpcId: id, name: 'subnet', cidr: '10.0.1.0/24' }))
          .createSubnet,
        createSubnetOnRoutingTable: (
          await member.execute(CreateSubnet, { vpcId, name: 'subnet', cidr: '10.0.1.0/24', routingTableId: id })
        ).createSubnet,
        deleteInternetGateway: (await member.execute(DeleteInternetGateway, { id })).deleteInternetGateway,
        attachInternetGateway: (
          await member.execute(AttachInternetGateway, { routingTableId: id, internetGatewayId: id })
        ).attachInternetGateway,
        deleteRoute: (await member.execute(DeleteRoute, { id })).deleteRoute,
        createApiToken: (await suite.testApp.operator.execute(CreateApiToken, { name: 'token', projectId: id }))
          .createApiToken,
      };
      const notFound = { __typename: 'NotFoundError', code: 'NOT_FOUND' };
      expect(outcomes).toMatchObject(Object.fromEntries(Object.keys(outcomes).map((name) => [name, notFound])));
    });
  });
});
