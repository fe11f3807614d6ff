// Quotas per project, with NHN Cloud's defaults: 3 VPCs, 3 internet gateways, 10 routing tables
// per VPC (its default one included), 10 subnets per VPC, 10 routes per routing table (the managed
// route included). The next create is ConflictError QUOTA_EXCEEDED and creates nothing, even when
// many creates race; each quota is configurable through the environment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/graphql/index.js';
import { CreateFloatingIp } from '../support/documents/floating-ip.js';
import {
  AttachInternetGateway,
  CreateInternetGateway,
  DeleteInternetGateway,
} from '../support/documents/internet-gateway.js';
import { CreateSubnet, CreateVpc } from '../support/documents/network.js';
import { CreateRoute, CreateRoutingTable, DeleteRoutingTable } from '../support/documents/routing.js';
import type { ApiClient } from '../support/graphql-client.js';
import { publicNetworkId, seedGateway, seedInstance, seedProject, seedSubnet, seedVpc } from '../support/seed.js';
import { providers, startTestApp, type TestApp, useTestApp } from '../support/test-app.js';

const Inventory = graphql(`
  query QuotaInventory {
    vpcs {
      id
      routingTables {
        id
        routes {
          cidr
          managed
        }
        internetGateway {
          id
        }
      }
      subnets {
        id
      }
    }
    internetGateways(first: 100) {
      totalCount
      edges {
        node {
          id
          publicIp
        }
      }
    }
  }
`);

const quotaExceeded = { __typename: 'ConflictError', code: 'QUOTA_EXCEEDED' };

async function inventory(member: ApiClient) {
  return member.execute(Inventory);
}

async function vpcOf(member: ApiClient, vpcId: string) {
  const vpc = (await inventory(member)).vpcs.find((candidate) => candidate.id === vpcId);
  if (!vpc) throw new Error(`no VPC ${vpcId}`);
  return vpc;
}

const createVpc = async (member: ApiClient, n: number) =>
  (await member.execute(CreateVpc, { name: `vpc ${n}`, cidr: `10.${n}.0.0/16` })).createVpc;
const createGateway = async (member: ApiClient, externalNetworkId: string, n: number) =>
  (await member.execute(CreateInternetGateway, { name: `igw ${n}`, externalNetworkId })).createInternetGateway;
const createRoutingTable = async (member: ApiClient, vpcId: string, n: number) =>
  (await member.execute(CreateRoutingTable, { vpcId, name: `table ${n}` })).createRoutingTable;
const createSubnet = async (member: ApiClient, vpcId: string, n: number) =>
  (await member.execute(CreateSubnet, { vpcId, name: 'subnet', cidr: `10.0.${n}.0/24` })).createSubnet;
const createRoute = async (member: ApiClient, routingTableId: string, instanceId: string, n: number) =>
  (
    await member.execute(CreateRoute, {
      routingTableId,
      cidr: `192.168.${n}.0/24`,
      gatewayType: 'INSTANCE',
      gatewayId: instanceId,
    })
  ).createRoute;

/** Runs `create(n)` for n = 1..count one after another, and returns the typenames. */
async function inTurn(count: number, create: (n: number) => Promise<{ __typename: string }>): Promise<string[]> {
  const typenames: string[] = [];
  for (let n = 1; n <= count; n++) typenames.push((await create(n)).__typename);
  return typenames;
}

/** A project with a VPC, and an instance in it that routes can point at. */
async function seedRoutingProject(testApp: TestApp) {
  const { member } = await seedProject(testApp);
  const { vpcId, defaultRoutingTableId } = await seedVpc(member);
  const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
  const instance = await seedInstance(member, subnetId, 'router');
  return { member, vpcId, routingTableId: defaultRoutingTableId, instanceId: instance.id };
}

describe.each(providers)('quotas (%s)', (provider) => {
  const suite = useTestApp(provider, 'quotas');

  describe.concurrent('defaults', () => {
    it('a project holds 3 VPCs: the 4th is QUOTA_EXCEEDED and creates nothing', async () => {
      const { member } = await seedProject(suite.testApp);
      expect(await inTurn(3, (n) => createVpc(member, n))).toEqual(Array(3).fill('CreateVpcSuccess'));
      expect(await createVpc(member, 4)).toMatchObject(quotaExceeded);
      expect((await inventory(member)).vpcs).toHaveLength(3);
    });

    it("the VPC quota is per project: a full project does not limit another's", async () => {
      const full = await seedProject(suite.testApp);
      const other = await seedProject(suite.testApp);
      await inTurn(3, (n) => createVpc(full.member, n));
      expect(await inTurn(3, (n) => createVpc(other.member, n))).toEqual(Array(3).fill('CreateVpcSuccess'));
    });

    it('a project holds 3 internet gateways: the 4th is QUOTA_EXCEEDED and creates nothing', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      expect(await inTurn(3, (n) => createGateway(member, externalNetworkId, n))).toEqual(
        Array(3).fill('CreateInternetGatewaySuccess'),
      );
      expect(await createGateway(member, externalNetworkId, 4)).toMatchObject(quotaExceeded);
      expect((await inventory(member)).internetGateways.totalCount).toBe(3);
    });

    it('deleting an internet gateway gives its place in the quota back', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const ids = [];
      for (let n = 1; n <= 3; n++) ids.push(await seedGateway(member, externalNetworkId, `igw ${n}`));
      const { deleteInternetGateway } = await member.execute(DeleteInternetGateway, { id: ids[0] as string });
      expect(deleteInternetGateway.__typename).toBe('DeleteInternetGatewaySuccess');
      expect((await createGateway(member, externalNetworkId, 4)).__typename).toBe('CreateInternetGatewaySuccess');
      expect(await createGateway(member, externalNetworkId, 5)).toMatchObject(quotaExceeded);
    });

    it('a VPC holds 10 routing tables, its default one included: the 10th created is QUOTA_EXCEEDED', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      expect(await inTurn(9, (n) => createRoutingTable(member, vpcId, n))).toEqual(
        Array(9).fill('CreateRoutingTableSuccess'),
      );
      expect(await createRoutingTable(member, vpcId, 10)).toMatchObject(quotaExceeded);
      expect((await vpcOf(member, vpcId)).routingTables).toHaveLength(10);
    });

    it('the routing table quota is per VPC, and a deleted routing table gives its place back', async () => {
      const { member } = await seedProject(suite.testApp);
      const full = await seedVpc(member, '10.0.0.0/16', 'full');
      const other = await seedVpc(member, '10.1.0.0/16', 'other');
      const created = [];
      for (let n = 1; n <= 9; n++) created.push(await createRoutingTable(member, full.vpcId, n));
      expect((await createRoutingTable(member, other.vpcId, 1)).__typename).toBe('CreateRoutingTableSuccess');

      const last = created[8];
      if (last?.__typename !== 'CreateRoutingTableSuccess') throw new Error(JSON.stringify(last));
      const deleted = await member.execute(DeleteRoutingTable, { id: last.routingTable.id });
      expect(deleted.deleteRoutingTable.__typename).toBe('DeleteRoutingTableSuccess');
      expect((await createRoutingTable(member, full.vpcId, 10)).__typename).toBe('CreateRoutingTableSuccess');
      expect(await createRoutingTable(member, full.vpcId, 11)).toMatchObject(quotaExceeded);
    });

    it('a VPC holds 10 subnets: the 11th is QUOTA_EXCEEDED and creates nothing; another VPC still takes subnets', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const other = await seedVpc(member, '10.0.0.0/16', 'other');
      expect(await inTurn(10, (n) => createSubnet(member, vpcId, n))).toEqual(Array(10).fill('CreateSubnetSuccess'));
      expect(await createSubnet(member, vpcId, 11)).toMatchObject(quotaExceeded);
      expect((await vpcOf(member, vpcId)).subnets).toHaveLength(10);
      expect((await createSubnet(member, other.vpcId, 1)).__typename).toBe('CreateSubnetSuccess');
    });

    it('a routing table holds 10 routes: the 11th is QUOTA_EXCEEDED and creates nothing', async () => {
      const { member, vpcId, routingTableId, instanceId } = await seedRoutingProject(suite.testApp);
      expect(await inTurn(10, (n) => createRoute(member, routingTableId, instanceId, n))).toEqual(
        Array(10).fill('CreateRouteSuccess'),
      );
      expect(await createRoute(member, routingTableId, instanceId, 11)).toMatchObject(quotaExceeded);
      const table = (await vpcOf(member, vpcId)).routingTables.find((candidate) => candidate.id === routingTableId);
      expect(table?.routes).toHaveLength(10);
    });

    it("the managed route counts: with a gateway attached, a table takes 9 routes of one's own", async () => {
      const { member, vpcId, routingTableId, instanceId } = await seedRoutingProject(suite.testApp);
      const internetGatewayId = await seedGateway(member, await publicNetworkId(member));
      const attached = await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId });
      expect(attached.attachInternetGateway.__typename).toBe('AttachInternetGatewaySuccess');
      expect(await inTurn(9, (n) => createRoute(member, routingTableId, instanceId, n))).toEqual(
        Array(9).fill('CreateRouteSuccess'),
      );
      expect(await createRoute(member, routingTableId, instanceId, 10)).toMatchObject(quotaExceeded);
      const table = (await vpcOf(member, vpcId)).routingTables.find((candidate) => candidate.id === routingTableId);
      expect(table?.routes).toHaveLength(10);
    });

    it('attaching a gateway to a table that already holds 10 routes is QUOTA_EXCEEDED and attaches nothing', async () => {
      const { member, vpcId, routingTableId, instanceId } = await seedRoutingProject(suite.testApp);
      await inTurn(10, (n) => createRoute(member, routingTableId, instanceId, n));
      const internetGatewayId = await seedGateway(member, await publicNetworkId(member));
      const attached = await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId });
      expect(attached.attachInternetGateway).toMatchObject(quotaExceeded);

      const after = await inventory(member);
      expect(after.internetGateways.edges).toEqual([{ node: { id: internetGatewayId, publicIp: null } }]);
      const table = after.vpcs.find((vpc) => vpc.id === vpcId)?.routingTables.find((t) => t.id === routingTableId);
      expect(table).toMatchObject({ internetGateway: null });
      expect(table?.routes.filter((route) => route.managed)).toEqual([]);
    });
  });

  describe.concurrent('parallel creates over quota create exactly the quota', () => {
    it('8 createVpc at once with a quota of 3 make 3 VPCs', async () => {
      const { member } = await seedProject(suite.testApp);
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, n) => createVpc(member, n + 1)));
      expect(outcomes.filter((outcome) => outcome.__typename === 'CreateVpcSuccess')).toHaveLength(3);
      for (const outcome of outcomes.filter((candidate) => candidate.__typename !== 'CreateVpcSuccess')) {
        expect(outcome).toMatchObject(quotaExceeded);
      }
      expect((await inventory(member)).vpcs).toHaveLength(3);
    });

    it('8 createInternetGateway at once with a quota of 3 make 3 gateways', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, n) => createGateway(member, externalNetworkId, n)),
      );
      expect(outcomes.filter((outcome) => outcome.__typename === 'CreateInternetGatewaySuccess')).toHaveLength(3);
      for (const outcome of outcomes.filter((candidate) => candidate.__typename !== 'CreateInternetGatewaySuccess')) {
        expect(outcome).toMatchObject(quotaExceeded);
      }
      expect((await inventory(member)).internetGateways.totalCount).toBe(3);
    });

    it('14 createRoutingTable at once in a VPC make 9 tables beside the default one', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const outcomes = await Promise.all(Array.from({ length: 14 }, (_, n) => createRoutingTable(member, vpcId, n)));
      expect(outcomes.filter((outcome) => outcome.__typename === 'CreateRoutingTableSuccess')).toHaveLength(9);
      expect((await vpcOf(member, vpcId)).routingTables).toHaveLength(10);
    });

    it('14 createSubnet at once in a VPC make 10 subnets', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const outcomes = await Promise.all(Array.from({ length: 14 }, (_, n) => createSubnet(member, vpcId, n)));
      expect(outcomes.filter((outcome) => outcome.__typename === 'CreateSubnetSuccess')).toHaveLength(10);
      expect((await vpcOf(member, vpcId)).subnets).toHaveLength(10);
    });

    it('14 createRoute at once on a routing table make 10 routes', async () => {
      const { member, vpcId, routingTableId, instanceId } = await seedRoutingProject(suite.testApp);
      const outcomes = await Promise.all(
        Array.from({ length: 14 }, (_, n) => createRoute(member, routingTableId, instanceId, n)),
      );
      expect(outcomes.filter((outcome) => outcome.__typename === 'CreateRouteSuccess')).toHaveLength(10);
      const table = (await vpcOf(member, vpcId)).routingTables.find((candidate) => candidate.id === routingTableId);
      expect(table?.routes).toHaveLength(10);
    });
    it('the project lock behind the quotas does not deadlock other creates: gateways and floating IPs made at once all succeed', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const outcomes = await Promise.all([
        ...Array.from({ length: 3 }, (_, n) => createGateway(member, externalNetworkId, n)),
        ...Array.from(
          { length: 6 },
          async () => (await member.execute(CreateFloatingIp, { externalNetworkId })).createFloatingIp,
        ),
      ]);
      expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual([
        ...Array(6).fill('CreateFloatingIpSuccess'),
        ...Array(3).fill('CreateInternetGatewaySuccess'),
      ]);
    });
  });

  describe('configured through the environment', () => {
    let configured: TestApp;
    beforeAll(async () => {
      configured = await startTestApp(suite.testDatabase, {
        env: {
          IGW_QUOTA_VPCS: '5',
          IGW_QUOTA_INTERNET_GATEWAYS: '1',
          IGW_QUOTA_ROUTING_TABLES_PER_VPC: '2',
          IGW_QUOTA_SUBNETS_PER_VPC: '1',
          IGW_QUOTA_ROUTES_PER_ROUTING_TABLE: '2',
        },
      });
    });
    afterAll(async () => {
      await configured?.stop();
    });

    it('IGW_QUOTA_VPCS=5 lets a project hold 5 VPCs, not 3, and no more', async () => {
      const { member } = await seedProject(configured);
      expect(await inTurn(5, (n) => createVpc(member, n))).toEqual(Array(5).fill('CreateVpcSuccess'));
      expect(await createVpc(member, 6)).toMatchObject(quotaExceeded);
    });

    it('IGW_QUOTA_INTERNET_GATEWAYS=1 lets a project hold one gateway', async () => {
      const { member } = await seedProject(configured);
      const externalNetworkId = await publicNetworkId(member);
      expect((await createGateway(member, externalNetworkId, 1)).__typename).toBe('CreateInternetGatewaySuccess');
      expect(await createGateway(member, externalNetworkId, 2)).toMatchObject(quotaExceeded);
    });

    it('IGW_QUOTA_ROUTING_TABLES_PER_VPC=2 lets a VPC hold its default table and one more', async () => {
      const { member } = await seedProject(configured);
      const { vpcId } = await seedVpc(member);
      expect((await createRoutingTable(member, vpcId, 1)).__typename).toBe('CreateRoutingTableSuccess');
      expect(await createRoutingTable(member, vpcId, 2)).toMatchObject(quotaExceeded);
    });

    it('IGW_QUOTA_SUBNETS_PER_VPC=1 lets a VPC hold one subnet', async () => {
      const { member } = await seedProject(configured);
      const { vpcId } = await seedVpc(member);
      expect((await createSubnet(member, vpcId, 1)).__typename).toBe('CreateSubnetSuccess');
      expect(await createSubnet(member, vpcId, 2)).toMatchObject(quotaExceeded);
    });

    it('IGW_QUOTA_ROUTES_PER_ROUTING_TABLE=2 lets a routing table hold two routes, the managed one included', async () => {
      const { member, routingTableId, instanceId } = await seedRoutingProject(configured);
      expect((await createRoute(member, routingTableId, instanceId, 1)).__typename).toBe('CreateRouteSuccess');
      const internetGatewayId = await seedGateway(member, await publicNetworkId(member));
      const attached = await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId });
      expect(attached.attachInternetGateway.__typename).toBe('AttachInternetGatewaySuccess');
      expect(await createRoute(member, routingTableId, instanceId, 2)).toMatchObject(quotaExceeded);
    });
  });
});
