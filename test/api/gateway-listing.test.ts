// Listing internet gateways through the real server: Relay pagination, every filter, who sees
// what, and the SQL a page costs (a small constant number of statements, whatever its size).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InternetGatewayFilter } from '../../src/generated/graphql/graphql.js';
import { graphql } from '../../src/generated/graphql/index.js';
import { GatewayPage } from '../support/documents/internet-gateway.js';
import { mapInTurns } from '../support/gateway-api.js';
import type { ApiClient } from '../support/graphql-client.js';
import {
  cancelMaintenance,
  HeldDataPlane,
  holdRestart,
  scheduleMaintenanceFor,
} from '../support/maintenance-restart.js';
import {
  publicNetworkId,
  seedAttachment,
  seedExternalNetwork,
  seedGateway,
  seedInstance,
  seedInstanceRoute,
  seedProject,
  seedRoutingTable,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

const ListGateways = graphql(`
  query ListingGateways($first: Int, $after: String, $filter: InternetGatewayFilter) {
    internetGateways(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          restartRequired
        }
      }
    }
  }
`);

const GatewayById = graphql(`
  query ListingGatewayById($id: ID!) {
    internetGateway(id: $id) {
      id
    }
    node(id: $id) {
      id
    }
  }
`);

describe.each(providers)('internet gateway listing (%s)', (provider) => {
  const dataPlane = new HeldDataPlane();
  /** Set while a test counts the SQL statements the app sends. */
  let statements: string[] | null = null;
  const suite = useTestApp(provider, 'listing', {
    dataPlane,
    onStatement: (sql) => statements?.push(sql),
    env: {
      // Room for the 100-gateway page, in one VPC.
      IGW_QUOTA_INTERNET_GATEWAYS: '110',
      IGW_QUOTA_ROUTING_TABLES_PER_VPC: '110',
      // No restart runs across the statement count, so its takeover poll can stay quiet.
      IGW_RESTART_LEASE_MS: '600000',
    },
  });

  async function list(client: ApiClient, filter?: InternetGatewayFilter, first = 100) {
    return (await client.execute(ListGateways, { first, filter })).internetGateways;
  }

  async function listedIds(client: ApiClient, filter?: InternetGatewayFilter) {
    const connection = await list(client, filter);
    expect(connection.totalCount).toBe(connection.edges.length);
    return connection.edges.map((edge) => edge.node.id).sort();
  }

  async function seedGateways(member: ApiClient, externalNetworkId: string, names: string[]) {
    const ids: string[] = [];
    for (const name of names) ids.push(await seedGateway(member, externalNetworkId, name));
    return ids;
  }

  describe('pagination', () => {
    it('pages forward with cursors: every gateway once, pageInfo and totalCount on each page', async () => {
      const { member } = await seedProject(suite.testApp);
      const gatewayIds = await seedGateways(member, await publicNetworkId(member), ['a', 'b', 'c', 'd', 'e']);

      const seen: string[] = [];
      let after: string | null = null;
      const pages: { size: number; hasNextPage: boolean }[] = [];
      do {
        const page: Awaited<ReturnType<typeof list>> = (await member.execute(ListGateways, { first: 2, after }))
          .internetGateways;
        expect(page.totalCount).toBe(5);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
        if (after === null) expect(page.pageInfo.hasPreviousPage).toBe(false);
        pages.push({ size: page.edges.length, hasNextPage: page.pageInfo.hasNextPage });
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after !== null && pages.length < 5);

      expect(pages).toEqual([
        { size: 2, hasNextPage: true },
        { size: 2, hasNextPage: true },
        { size: 1, hasNextPage: false },
      ]);
      expect(seen).toHaveLength(5);
      expect([...seen].sort()).toEqual([...gatewayIds].sort());
    });

    it('counts every gateway matching the filter in totalCount, not just the page', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const { vpcId, defaultRoutingTableId } = await seedVpc(member);
      const [first, second] = await seedGateways(member, externalNetworkId, [
        'attached 1',
        'attached 2',
        'free 1',
        'free 2',
        'free 3',
      ]);
      await seedAttachment(member, defaultRoutingTableId, first as string);
      await seedAttachment(member, await seedRoutingTable(member, vpcId), second as string);

      const attached = await list(member, { attached: true }, 1);
      expect(attached).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(attached.edges).toHaveLength(1);
      const detached = await list(member, { attached: false }, 1);
      expect(detached).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect((await list(member, undefined, 1)).totalCount).toBe(5);
    });
  });

  describe('filters', () => {
    it('filters by exact name', async () => {
      const { member } = await seedProject(suite.testApp);
      const [alpha] = await seedGateways(member, await publicNetworkId(member), ['alpha', 'alphabet', 'Alpha']);
      expect(await listedIds(member, { name: 'alpha' })).toEqual([alpha]);
      expect(await listedIds(member, { name: 'alph' })).toEqual([]);
    });

    it('filters by external network', async () => {
      const { member } = await seedProject(suite.testApp);
      const publicId = await publicNetworkId(member);
      const otherNetwork = await seedExternalNetwork(
        suite.testApp.operator,
        '198.51.100.0/29',
        `listing ${provider} other network`,
      );
      const [onPublic] = await seedGateways(member, publicId, ['public']);
      const [onOther] = await seedGateways(member, otherNetwork.id, ['other']);
      expect(await listedIds(member, { externalNetworkId: publicId })).toEqual([onPublic]);
      expect(await listedIds(member, { externalNetworkId: otherNetwork.id })).toEqual([onOther]);
    });

    it('filters by routing table and by attached', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const { vpcId, defaultRoutingTableId } = await seedVpc(member);
      const otherTableId = await seedRoutingTable(member, vpcId);
      const emptyTableId = await seedRoutingTable(member, vpcId);
      const [onDefault, onOther, free] = await seedGateways(member, externalNetworkId, ['default', 'other', 'free']);
      await seedAttachment(member, defaultRoutingTableId, onDefault as string);
      await seedAttachment(member, otherTableId, onOther as string);

      expect(await listedIds(member, { routingTableId: defaultRoutingTableId })).toEqual([onDefault]);
      expect(await listedIds(member, { routingTableId: otherTableId })).toEqual([onOther]);
      expect(await listedIds(member, { routingTableId: emptyTableId })).toEqual([]);
      expect(await listedIds(member, { attached: true })).toEqual([onDefault, onOther].sort());
      expect(await listedIds(member, { attached: false })).toEqual([free]);
      expect(await listedIds(member, { attached: true, routingTableId: otherTableId })).toEqual([onOther]);
    });

    it('filters by restartRequired: the gateways on a server scheduled for maintenance', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const [target] = await seedGateways(member, externalNetworkId, ['on maintained server']);
      const server = await scheduleMaintenanceFor(suite.testApp.operator, target as string);
      try {
        // Placed after the maintenance was scheduled, so on another server.
        const [spared] = await seedGateways(member, externalNetworkId, ['elsewhere']);
        expect(await listedIds(member, { restartRequired: true })).toEqual([target]);
        expect(await listedIds(member, { restartRequired: false })).toEqual([spared]);
        expect((await list(member, { restartRequired: true })).edges[0]?.node.restartRequired).toBe(true);
      } finally {
        await cancelMaintenance(suite.testApp.operator, server.id);
      }
      expect(await listedIds(member, { restartRequired: true })).toEqual([]);
    });

    it('filters by status, through a restart that fails', async () => {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const [restarted, idle] = await seedGateways(member, externalNetworkId, ['restarted', 'idle']);
      const server = await scheduleMaintenanceFor(suite.testApp.operator, restarted as string);
      try {
        const restart = await holdRestart(dataPlane, member, restarted as string);
        expect(await listedIds(member, { status: 'RESTARTING' })).toEqual([restarted]);
        expect(await listedIds(member, { status: 'ACTIVE' })).toEqual([idle]);
        expect(await listedIds(member, { status: 'ERROR' })).toEqual([]);

        await restart.end('fail');
        expect(await listedIds(member, { status: 'ERROR' })).toEqual([restarted]);
        expect(await listedIds(member, { status: 'RESTARTING' })).toEqual([]);
        expect(await listedIds(member, { status: 'ACTIVE' })).toEqual([idle]);
      } finally {
        await cancelMaintenance(suite.testApp.operator, server.id);
      }
    });
  });

  describe('who sees what', () => {
    it("shows members their project's gateways only, and operators every project's", async () => {
      const first = await seedProject(suite.testApp);
      const second = await seedProject(suite.testApp);
      const name = `shared name ${randomUUID()}`;
      const [firstGateway] = await seedGateways(first.member, await publicNetworkId(first.member), [name]);
      const [secondGateway] = await seedGateways(second.member, await publicNetworkId(second.member), [name]);

      expect(await listedIds(first.member)).toEqual([firstGateway]);
      expect(await listedIds(second.member, { name })).toEqual([secondGateway]);
      expect(await listedIds(suite.testApp.operator, { name })).toEqual([firstGateway, secondGateway].sort());

      // Looked up directly, another project's gateway does not exist.
      expect(await first.member.execute(GatewayById, { id: secondGateway as string })).toEqual({
        internetGateway: null,
        node: null,
      });
    });

    it("narrows an operator's listing to one project with projectId, and shows a member nothing of another project's", async () => {
      const first = await seedProject(suite.testApp);
      const second = await seedProject(suite.testApp);
      const { defaultRoutingTableId: secondTableId } = await seedVpc(second.member);
      const firstGateways = await seedGateways(first.member, await publicNetworkId(first.member), ['one', 'two']);
      const [secondGateway] = await seedGateways(second.member, await publicNetworkId(second.member), ['three']);
      await seedAttachment(second.member, secondTableId, secondGateway as string);

      expect(await listedIds(suite.testApp.operator, { projectId: first.projectId })).toEqual(
        [...firstGateways].sort(),
      );
      expect(await listedIds(suite.testApp.operator, { projectId: second.projectId })).toEqual([secondGateway]);
      expect(await listedIds(suite.testApp.operator, { projectId: second.projectId, attached: false })).toEqual([]);

      expect(await listedIds(first.member, { projectId: first.projectId })).toEqual([...firstGateways].sort());
      expect(await listedIds(first.member, { projectId: second.projectId })).toEqual([]);
      expect(await listedIds(first.member, { routingTableId: secondTableId })).toEqual([]);
    });
  });

  it('reads a page of 100 gateways with routing tables, routes and external networks in a small constant number of SQL statements', async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'), 'nat');
    const routingTableIds = [
      defaultRoutingTableId,
      ...(await mapInTurns(
        Array.from({ length: 99 }, (_, index) => `table ${index}`),
        (name) => seedRoutingTable(member, vpcId, name),
      )),
    ];
    const gatewayIds = await mapInTurns(routingTableIds, (_, index) =>
      seedGateway(member, externalNetworkId, `gateway ${index}`),
    );
    await mapInTurns(routingTableIds, (routingTableId, index) =>
      seedAttachment(member, routingTableId, gatewayIds[index] as string),
    );
    // Routes through an instance too, so that both kinds of route target are read.
    await mapInTurns(
      routingTableIds.filter((_, index) => index % 10 === 0),
      (routingTableId) => seedInstanceRoute(member, routingTableId, '192.168.0.0/16', instance.id),
    );

    /**
     * The statements one page costs, authentication included. Background work (the maintenance
     * sweep) may slip a statement into a run, never take one away: the fewest of a few runs is
     * the page's own cost.
     */
    async function statementsForPage(first: number): Promise<string[]> {
      let fewest: string[] | null = null;
      for (let run = 0; run < 3; run++) {
        statements = [];
        const { internetGateways } = await member.execute(GatewayPage, { first });
        const sent: string[] = statements;
        statements = null;
        expect(internetGateways.edges).toHaveLength(first);
        expect(internetGateways.totalCount).toBe(100);
        if (fewest === null || sent.length < fewest.length) fewest = sent;
      }
      return fewest as string[];
    }

    const pageOf100 = await statementsForPage(100);
    const pageOf10 = await statementsForPage(10);
    expect(pageOf100.length, pageOf100.join('\n')).toBeLessThanOrEqual(10);
    expect(pageOf10.length, `page of 10:\n${pageOf10.join('\n')}\npage of 100:\n${pageOf100.join('\n')}`).toBe(
      pageOf100.length,
    );

    // The page holds what was asked for.
    const { internetGateways } = await member.execute(GatewayPage, { first: 100 });
    const withInstanceRoute = internetGateways.edges.filter((edge) => edge.node.routingTable?.routes.length === 2);
    expect(withInstanceRoute).toHaveLength(10);
    for (const { node } of internetGateways.edges) {
      expect(node.routingTable?.routes).toContainEqual(
        expect.objectContaining({
          cidr: '0.0.0.0/0',
          gatewayType: 'INTERNET_GATEWAY',
          gatewayId: node.id,
          gatewayName: node.name,
          managed: true,
        }),
      );
      expect(node).toMatchObject({
        status: 'ACTIVE',
        statusIndicator: 'GREEN',
        externalNetwork: { id: externalNetworkId },
      });
      expect(node.publicIp).toMatch(/^203\.0\.113\.\d{1,3}$/);
    }
  });
});
