// The one place that reads the environment. Every problem is reported at once, so an operator
// fixes a bad deployment in one go rather than one variable per restart.
import { z } from 'zod';
import { type DatabaseProvider, defaultDatabaseUrl, providerOfUrl } from './db/provider.js';
import { parseCidr } from './modules/network/cidr.js';

export interface Config {
  http: { host: string; port: number; shutdownTimeoutMs: number };
  database: { url: string; provider: DatabaseProvider };
  /** Set when several instances share subscription events through Redis. */
  redisUrl: string | null;
  /** A secret that is always a valid OPERATOR token (stored hashed). */
  operatorToken: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seed: { externalNetworkName: string; externalNetworkCidr: string; gatewayServerNames: string[] };
  quotas: Quotas;
  restart: {
    phaseMs: number;
    simulatedFailureRate: number;
    /** How long an instance may go silent before another one takes its restarts over. */
    leaseMs: number;
  };
  webhook: { url: string | null; maxAttempts: number; initialBackoffMs: number };
}

export interface Quotas {
  vpcsPerProject: number;
  internetGatewaysPerProject: number;
  routingTablesPerVpc: number;
  subnetsPerVpc: number;
  routesPerRoutingTable: number;
}

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  IGW_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  DATABASE_URL: z
    .string()
    .default(defaultDatabaseUrl)
    .refine((url) => providerOfUrl(url) !== null, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)'),
  REDIS_URL: z.string().url().optional(),
  IGW_OPERATOR_TOKEN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  IGW_EXTERNAL_NETWORK_CIDR: z
    .string()
    .default('203.0.113.0/24')
    .refine((cidr) => parseCidr(cidr)?.canonical === cidr, 'must be a canonical IPv4 CIDR such as 203.0.113.0/24'),
  IGW_GATEWAY_SERVERS: z
    .string()
    .default('gw-server-1,gw-server-2,gw-server-3')
    .transform((names) =>
      names
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  IGW_QUOTA_VPCS: count(3),
  IGW_QUOTA_INTERNET_GATEWAYS: count(3),
  IGW_QUOTA_ROUTING_TABLES_PER_VPC: count(10),
  IGW_QUOTA_SUBNETS_PER_VPC: count(10),
  IGW_QUOTA_ROUTES_PER_ROUTING_TABLE: count(10),
  IGW_RESTART_PHASE_MS: z.coerce.number().int().min(0).default(1500),
  IGW_SIMULATED_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  IGW_RESTART_LEASE_MS: z.coerce.number().int().min(100).default(5_000),
  IGW_OPERATOR_WEBHOOK_URL: z.string().url().optional(),
  IGW_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  IGW_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).default(1000),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment into a Config, or throws a ConfigError listing every bad variable. */
export function parseConfig(environment: Record<string, string | undefined>): Config {
  // `PORT=` in a compose file means "not set": coerced, an empty value would be port 0 or a quota of 0.
  const setVariables = Object.fromEntries(Object.entries(environment).filter(([, value]) => value?.trim()));
  const parsed = environmentSchema.safeParse(setVariables);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  return {
    http: { host: env.HOST, port: env.PORT, shutdownTimeoutMs: env.IGW_SHUTDOWN_TIMEOUT_MS },
    database: { url: env.DATABASE_URL, provider: providerOfUrl(env.DATABASE_URL) ?? 'sqlite' },
    redisUrl: env.REDIS_URL ?? null,
    operatorToken: env.IGW_OPERATOR_TOKEN ?? null,
    logLevel: env.LOG_LEVEL,
    seed: {
      externalNetworkName: 'Public Network',
      externalNetworkCidr: env.IGW_EXTERNAL_NETWORK_CIDR,
      gatewayServerNames: env.IGW_GATEWAY_SERVERS,
    },
    quotas: {
      vpcsPerProject: env.IGW_QUOTA_VPCS,
      internetGatewaysPerProject: env.IGW_QUOTA_INTERNET_GATEWAYS,
      routingTablesPerVpc: env.IGW_QUOTA_ROUTING_TABLES_PER_VPC,
      subnetsPerVpc: env.IGW_QUOTA_SUBNETS_PER_VPC,
      routesPerRoutingTable: env.IGW_QUOTA_ROUTES_PER_ROUTING_TABLE,
    },
    restart: {
      phaseMs: env.IGW_RESTART_PHASE_MS,
      simulatedFailureRate: env.IGW_SIMULATED_FAILURE_RATE,
      leaseMs: env.IGW_RESTART_LEASE_MS,
    },
    webhook: {
      url: env.IGW_OPERATOR_WEBHOOK_URL ?? null,
      maxAttempts: env.IGW_WEBHOOK_MAX_ATTEMPTS,
      initialBackoffMs: env.IGW_WEBHOOK_BACKOFF_MS,
    },
  };
}

export function loadConfig(): Config {
  return parseConfig(process.env);
}
