import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../src/generated/graphql/index.js';
import { publicNetworkId, seedAttachedGateway } from './support/seed.js';
import {
  createMigratedDatabase,
  providers,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

const GatewayView = graphql(`
  query SmokeGateway($id: ID!) {
    internetGateway(id: $id) {
      name
      status
      statusIndicator
      publicIp
      restartRequired
      routingTable {
        routes {
          cidr
          gatewayType
          gatewayName
          managed
        }
      }
    }
  }
`);

describe.each(providers)('smoke (%s)', (provider) => {
  let database: TestDatabase;
  let testApp: TestApp;
  beforeAll(async () => {
    database = await createMigratedDatabase(provider, 'smoke');
    testApp = await startTestApp(database);
  });
  afterAll(async () => {
    await testApp?.stop();
    await database?.drop();
  });

  it('attaches a gateway with a public IP and a managed route', async () => {
    const seeded = await seedAttachedGateway(testApp);
    expect(await publicNetworkId(seeded.member)).toBe(seeded.externalNetworkId);
    const { internetGateway } = await seeded.member.execute(GatewayView, { id: seeded.internetGatewayId });
    expect(internetGateway).toMatchObject({
      status: 'ACTIVE',
      statusIndicator: 'GREEN',
      publicIp: seeded.publicIp,
      restartRequired: false,
      routingTable: {
        routes: [{ cidr: '0.0.0.0/0', gatewayType: 'INTERNET_GATEWAY', gatewayName: 'igw', managed: true }],
      },
    });
  });
});
