import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

/** The message of the ConfigError `parseConfig(environment)` throws. */
function configProblems(environment: Record<string, string>): string {
  try {
    parseConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('parseConfig accepted the environment');
}

describe('parseConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:4000 with NHN Cloud quotas', () => {
    const config = parseConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000, shutdownTimeoutMs: 10_000 });
    expect(config.database).toEqual({ url: 'file:./data/igw.db', provider: 'sqlite' });
    expect(config.operatorToken).toBeNull();
    expect(config.redisUrl).toBeNull();
    expect(config.logLevel).toBe('info');
    expect(config.seed).toEqual({
      externalNetworkName: 'Public Network',
      externalNetworkCidr: '203.0.113.0/24',
      gatewayServerNames: ['gw-server-1', 'gw-server-2', 'gw-server-3'],
    });
    expect(config.quotas).toEqual({
      vpcsPerProject: 3,
      internetGatewaysPerProject: 3,
      routingTablesPerVpc: 10,
      subnetsPerVpc: 10,
      routesPerRoutingTable: 10,
    });
    expect(config.webhook.url).toBeNull();
  });

  it('reads every setting from its variable', () => {
    const config = parseConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgresql://igw@db.internal:5432/igw',
      IGW_OPERATOR_TOKEN: 'a-long-enough-operator-secret',
      LOG_LEVEL: 'debug',
      IGW_EXTERNAL_NETWORK_CIDR: '198.51.100.0/24',
      IGW_GATEWAY_SERVERS: ' gw-a , gw-b,,',
      IGW_QUOTA_VPCS: '5',
      IGW_QUOTA_INTERNET_GATEWAYS: '6',
      IGW_QUOTA_ROUTING_TABLES_PER_VPC: '7',
      IGW_QUOTA_SUBNETS_PER_VPC: '8',
      IGW_QUOTA_ROUTES_PER_ROUTING_TABLE: '9',
    });
    expect(config.http).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(config.database).toEqual({ url: 'postgresql://igw@db.internal:5432/igw', provider: 'postgresql' });
    expect(config.operatorToken).toBe('a-long-enough-operator-secret');
    expect(config.logLevel).toBe('debug');
    expect(config.seed.externalNetworkCidr).toBe('198.51.100.0/24');
    expect(config.seed.gatewayServerNames).toEqual(['gw-a', 'gw-b']);
    expect(config.quotas).toEqual({
      vpcsPerProject: 5,
      internetGatewaysPerProject: 6,
      routingTablesPerVpc: 7,
      subnetsPerVpc: 8,
      routesPerRoutingTable: 9,
    });
  });

  it('reports every bad variable at once, each by name', () => {
    const message = configProblems({
      PORT: '70000',
      DATABASE_URL: 'mysql://localhost/igw',
      LOG_LEVEL: 'loud',
      IGW_EXTERNAL_NETWORK_CIDR: '203.0.113.1/24',
      IGW_QUOTA_VPCS: '-1',
      IGW_QUOTA_SUBNETS_PER_VPC: 'ten',
    });
    for (const variable of [
      'PORT',
      'DATABASE_URL',
      'LOG_LEVEL',
      'IGW_EXTERNAL_NETWORK_CIDR',
      'IGW_QUOTA_VPCS',
      'IGW_QUOTA_SUBNETS_PER_VPC',
    ]) {
      expect(message).toMatch(new RegExp(`^  ${variable}: `, 'm'));
    }
  });

  it('treats an empty variable as unset, rather than as port 0 or a quota of 0', () => {
    const config = parseConfig({ PORT: '', IGW_QUOTA_VPCS: ' ', DATABASE_URL: '', IGW_OPERATOR_TOKEN: '' });
    expect(config.http.port).toBe(4000);
    expect(config.quotas.vpcsPerProject).toBe(3);
    expect(config.database.provider).toBe('sqlite');
    expect(config.operatorToken).toBeNull();
  });

  it('takes any operator token as it is (a short one only earns a warning at start)', () => {
    expect(parseConfig({ IGW_OPERATOR_TOKEN: 'secret' }).operatorToken).toBe('secret');
  });

  it('rejects quotas that are not whole numbers', () => {
    expect(configProblems({ IGW_QUOTA_INTERNET_GATEWAYS: '2.5' })).toMatch(/IGW_QUOTA_INTERNET_GATEWAYS/);
  });

  it('rejects an external network pool that is not a canonical IPv4 block', () => {
    expect(configProblems({ IGW_EXTERNAL_NETWORK_CIDR: 'public' })).toMatch(/IGW_EXTERNAL_NETWORK_CIDR/);
  });
});
