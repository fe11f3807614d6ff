// Counts the SQL statements and measures the time of one `internetGateways` page with its
// routing tables, routes and external networks, for pages of 10 and 100 gateways: the count
// must not grow with the page (no N+1).
//
//   npm run bench:statements [-- postgresql]
import { performance } from 'node:perf_hooks';
import type { DatabaseProvider } from '../src/db/provider.js';
import { graphql } from '../src/generated/graphql/index.js';
import { publicNetworkId, seedAttachment, seedGateway, seedProject } from '../test/support/seed.js';
import { createMigratedDatabase, startTestApp } from '../test/support/test-app.js';

const CreateRoutingTable = graphql(`
  mutation BenchCreateRoutingTable($vpcId: ID!, $name: String!) {
    createRoutingTable(input: { vpcId: $vpcId, name: $name }) {
      __typename
      ... on Error { message }
      ... on CreateRoutingTableSuccess {
        routingTable {
          id
        }
      }
    }
  }
`);
const CreateVpc = graphql(`
  mutation BenchCreateVpc {
    createVpc(input: { name: "bench", cidr: "10.0.0.0/16" }) {
      ... on CreateVpcSuccess {
        vpc {
          id
        }
      }
    }
  }
`);
const Page = graphql(`
  query BenchGatewayPage($first: Int!) {
    internetGateways(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          status
          statusIndicator
          publicIp
          restartRequired
          externalNetwork {
            name
            cidr
          }
          routingTable {
            name
            routes {
              cidr
              gatewayType
              gatewayName
              managed
            }
          }
        }
      }
    }
  }
`);

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
    const { createVpc } = await member.execute(CreateVpc);
    if (!('vpc' in createVpc)) throw new Error('createVpc failed');
    for (let index = 0; index < 100; index++) {
      const { createRoutingTable } = await member.execute(CreateRoutingTable, {
        vpcId: createVpc.vpc.id,
        name: `rt-${index}`,
      });
      if (!('routingTable' in createRoutingTable))
        throw new Error(`createRoutingTable failed: ${JSON.stringify(createRoutingTable)}`);
      const gatewayId = await seedGateway(member, externalNetworkId, `igw-${index}`);
      await seedAttachment(member, createRoutingTable.routingTable.id, gatewayId);
    }
    const results = [];
    for (const first of [10, 100]) {
      await member.execute(Page, { first });
      statements = 0;
      const started = performance.now();
      const page = await member.execute(Page, { first });
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
