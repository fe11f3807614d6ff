// Counts the SQL statements and measures the time of one `internetGateways` page with its
// routing tables, routes and external networks, for pages of 10 and 100 gateways: the count
// must not grow with the page (no N+1).
//
//   npm run bench:statements [-- postgresql]
import { performance } from 'node:perf_hooks';
import type { DatabaseProvider } from '../src/db/provider.js';
import { GatewayPage } from '../test/support/documents/internet-gateway.js';
import {
  publicNetworkId,
  seedAttachment,
  seedGateway,
  seedProject,
  seedRoutingTable,
  seedVpc,
} from '../test/support/seed.js';
import { createMigratedDatabase, startTestApp } from '../test/support/test-app.js';

async function main(provider: DatabaseProvider): Promise<void> {
  const database = await createMigratedDatabase(provider, 'bench-statements');
  let statements = 0;
  const testApp = await startTestApp(database, {
    env: { IGW_QUOTA_INTERNET_GATEWAYS: '100', IGW_QUOTA_ROUTING_TABLES_PER_VPC: '101' },
    onStatement: () => {
      statements++;
    },
  });
  try {
    const { member } = await seedProject(testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId } = await seedVpc(member, '10.0.0.0/16', 'bench');
    for (let index = 0; index < 100; index++) {
      const routingTableId = await seedRoutingTable(member, vpcId, `rt-${index}`);
      const gatewayId = await seedGateway(member, externalNetworkId, `igw-${index}`);
      await seedAttachment(member, routingTableId, gatewayId);
    }
    const results = [];
    for (const first of [10, 100]) {
      await member.execute(GatewayPage, { first });
      statements = 0;
      const started = performance.now();
      const page = await member.execute(GatewayPage, { first });
      const elapsedMs = performance.now() - started;
      results.push({
        pageSize: page.internetGateways.edges.length,
        statements,
        elapsedMs: Number(elapsedMs.toFixed(1)),
      });
    }
    process.stdout.write(`${JSON.stringify({ benchmark: 'internetGateways page', provider, results }, null, 2)}\n`);
  } finally {
    await testApp.stop();
    await database.drop();
  }
}

await main((process.argv[2] as DatabaseProvider | undefined) ?? 'sqlite');
