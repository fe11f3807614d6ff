import { describe, expect, it } from 'vitest';
import { graphql } from '../src/generated/graphql/index.js';
import { publicNetworkId, seedAttachedGateway } from './support/seed.js';
import { providers, useTestApp } from './support/test-app.js';

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
  const suite = useTestApp(provider, 'smoke');

  it('attaches a gateway with a public IP and a managed route', async () => {
    const seeded = await seedAttachedGateway(suite.testApp);
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
