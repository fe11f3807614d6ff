// Input validation through the real server: names, VPC and subnet CIDRs, private IPs allocated
// from the subnet. Every violation is a ValidationError whose field errors name the input paths
// (all of them at once), never a server error, and a rejected mutation writes nothing.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/graphql/index.js';
import { CreateInternetGateway, GatewayCount, RenameInternetGateway } from '../support/documents/internet-gateway.js';
import {
  CreateExternalNetwork,
  CreateInstance,
  CreateLoadBalancer,
  CreateSubnet,
  CreateVpc,
  DeleteInstance,
} from '../support/documents/network.js';
import { CreateRoutingTable } from '../support/documents/routing.js';
import { CreateProject } from '../support/documents/tenancy.js';
import type { ApiClient } from '../support/graphql-client.js';
import {
  publicNetworkId,
  seedAttachment,
  seedGateway,
  seedInstance,
  seedProject,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

const StoredName = graphql(`
  query ValidationStoredName($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        name
      }
      ... on Vpc {
        name
      }
      ... on Subnet {
        name
      }
      ... on RoutingTable {
        name
      }
      ... on Instance {
        name
      }
      ... on InternetGateway {
        name
      }
    }
  }
`);

const Vpcs = graphql(`
  query ValidationVpcs {
    vpcs {
      id
      cidr
      routingTables {
        id
        name
        routes {
          cidr
          gatewayName
        }
      }
      subnets {
        id
        cidr
        instances {
          id
          privateIp
        }
        loadBalancers {
          id
          privateIp
        }
      }
    }
  }
`);

/** A mutation's result, with the object a success names as `object`, so that one expectation fits them all. */
interface Outcome {
  __typename: string;
  object?: { id: string; name: string };
  fieldErrors?: { path: string[]; message: string }[];
}

async function vpcView(member: ApiClient) {
  return (await member.execute(Vpcs)).vpcs;
}

async function subnetView(member: ApiClient, subnetId: string) {
  const subnet = (await vpcView(member)).flatMap((vpc) => vpc.subnets).find((candidate) => candidate.id === subnetId);
  if (!subnet) throw new Error(`no subnet ${subnetId}`);
  return subnet;
}

/** Fails unless `outcome` is a ValidationError whose field errors are on exactly these paths. */
function expectFieldErrors(outcome: Outcome, ...paths: string[][]): void {
  expect(outcome).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
  expect(outcome.fieldErrors?.map((error) => error.path).sort()).toEqual(paths.sort());
  for (const error of outcome.fieldErrors ?? []) expect(error.message).not.toBe('');
}

describe.each(providers)('validation (%s)', (provider) => {
  const suite = useTestApp(provider, 'validation');

  describe.concurrent('names: 1–255 printable characters after trimming', () => {
    const rejected: [string, string][] = [
      ['an empty name', ''],
      ['a name of whitespace only', ' \t \n\u00a0 '],
      ['a name of 256 characters', 'n'.repeat(256)],
      ['a name of 256 characters once trimmed', `  ${'n'.repeat(256)}  `],
      ['a name with a control character', 'web\u0007server'],
      ['a name with a NUL character', 'web\u0000server'],
      ['a name with a line break inside', 'web\nserver'],
    ];
    const refusedNames = new Set(rejected.flatMap(([, name]) => [name, name.trim()]));

    const accepted: [string, string, string][] = [
      ['a name of one character', 'a', 'a'],
      ['a name of 255 characters', 'n'.repeat(255), 'n'.repeat(255)],
      ['a name in surrounding spaces, stored trimmed', '  web server  ', 'web server'],
      ['a name of 255 characters in surrounding whitespace', ` \t${'n'.repeat(255)}  `, 'n'.repeat(255)],
      ['a name of 255 Hangul characters', '한'.repeat(255), '한'.repeat(255)],
    ];

    /**
     * Each target sets up what its mutation needs in a project of its own and returns how to
     * try a name, and a reading of what the mutation would change (to see that a refusal wrote
     * nothing).
     */
    interface NameTarget {
      attempt(name: string): Promise<Outcome>;
      state(): Promise<unknown>;
      reader: ApiClient;
    }
    const targets: [string, () => Promise<NameTarget>][] = [
      [
        'createVpc',
        async () => {
          const { member } = await seedProject(suite.testApp);
          return {
            reader: member,
            attempt: async (name) => {
              const { createVpc: result } = await member.execute(CreateVpc, { name, cidr: '10.0.0.0/16' });
              return { ...result, object: 'vpc' in result ? result.vpc : undefined };
            },
            state: () => vpcView(member),
          };
        },
      ],
      [
        'createSubnet',
        async () => {
          const { member } = await seedProject(suite.testApp);
          const { vpcId } = await seedVpc(member);
          return {
            reader: member,
            attempt: async (name) => {
              const { createSubnet: result } = await member.execute(CreateSubnet, { vpcId, name, cidr: '10.0.1.0/24' });
              return { ...result, object: 'subnet' in result ? result.subnet : undefined };
            },
            state: () => vpcView(member),
          };
        },
      ],
      [
        'createInstance',
        async () => {
          const { member } = await seedProject(suite.testApp);
          const { vpcId } = await seedVpc(member);
          const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
          return {
            reader: member,
            attempt: async (name) => {
              const { createInstance: result } = await member.execute(CreateInstance, { subnetId, name });
              return { ...result, object: 'instance' in result ? result.instance : undefined };
            },
            state: () => vpcView(member),
          };
        },
      ],
      [
        'createRoutingTable',
        async () => {
          const { member } = await seedProject(suite.testApp);
          const { vpcId } = await seedVpc(member);
          return {
            reader: member,
            attempt: async (name) => {
              const { createRoutingTable: result } = await member.execute(CreateRoutingTable, { vpcId, name });
              return { ...result, object: 'routingTable' in result ? result.routingTable : undefined };
            },
            state: () => vpcView(member),
          };
        },
      ],
      [
        'createInternetGateway',
        async () => {
          const { member } = await seedProject(suite.testApp);
          const externalNetworkId = await publicNetworkId(member);
          return {
            reader: member,
            attempt: async (name) => {
              const { createInternetGateway: result } = await member.execute(CreateInternetGateway, {
                name,
                externalNetworkId,
              });
              return { ...result, object: 'internetGateway' in result ? result.internetGateway : undefined };
            },
            state: () => member.execute(GatewayCount),
          };
        },
      ],
      [
        'renameInternetGateway',
        async () => {
          const { member } = await seedProject(suite.testApp);
          const id = await seedGateway(member, await publicNetworkId(member), 'original name');
          return {
            reader: member,
            attempt: async (name) => {
              const { renameInternetGateway: result } = await member.execute(RenameInternetGateway, { id, name });
              return { ...result, object: 'internetGateway' in result ? result.internetGateway : undefined };
            },
            state: () => member.execute(StoredName, { id }),
          };
        },
      ],
      [
        'createProject',
        async () => ({
          reader: suite.testApp.operator,
          attempt: async (name) => {
            const { createProject: result } = await suite.testApp.operator.execute(CreateProject, { name });
            return { ...result, object: 'project' in result ? result.project : undefined };
          },
          // Projects are installation-wide, and other tests create some meanwhile: count only those
          // with a name that must be refused.
          state: async () =>
            (await suite.testApp.database.client.project.findMany({ select: { name: true } })).filter((project) =>
              refusedNames.has(project.name),
            ).length,
        }),
      ],
    ];

    describe.each(targets)('%s', (_mutation, setup) => {
      it.each(rejected)('rejects %s with ValidationError on ["input","name"], writing nothing', async (_what, name) => {
        const target = await setup();
        const before = await target.state();
        expectFieldErrors(await target.attempt(name), ['input', 'name']);
        expect(await target.state()).toEqual(before);
      });

      it.each(accepted)('accepts %s', async (_what, name, stored) => {
        const target = await setup();
        const outcome = await target.attempt(name);
        expect(outcome.__typename).toMatch(/Success$/);
        expect(outcome.object?.name).toBe(stored);
        const { node } = await target.reader.execute(StoredName, { id: outcome.object?.id as string });
        expect(node && 'name' in node ? node.name : null).toBe(stored);
      });
    });
  });

  describe.concurrent('VPC CIDRs: inside 10/8, 172.16/12 or 192.168/16, /28 or larger, canonical', () => {
    it.each([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
      '10.20.30.0/24',
      '10.255.255.240/28',
      '172.31.0.0/16',
      '192.168.255.0/28',
    ])('accepts %s', async (cidr) => {
      const { member } = await seedProject(suite.testApp);
      const { createVpc: result } = await member.execute(CreateVpc, { name: 'vpc', cidr });
      expect(result).toMatchObject({ __typename: 'CreateVpcSuccess', vpc: { cidr } });
    });

    it.each([
      ['a public block', '8.8.0.0/16'],
      ['the shared address space (not private)', '100.64.0.0/10'],
      ['a block just below 172.16.0.0/12', '172.15.0.0/16'],
      ['a block just above 172.16.0.0/12', '172.32.0.0/16'],
      ['a block just above 192.168.0.0/16', '192.169.0.0/16'],
      ['a block larger than 10.0.0.0/8', '10.0.0.0/7'],
      ['the whole address space', '0.0.0.0/0'],
      ['a /29', '10.0.0.0/29'],
      ['a /32', '192.168.1.1/32'],
      ['host bits set', '10.0.0.1/16'],
      ['host bits set in a /24', '192.168.1.7/24'],
      ['garbage', 'a VPC please'],
      ['the empty string', ''],
      ['an address without a prefix', '10.0.0.0'],
      ['a prefix over 32', '10.0.0.0/33'],
      ['three octets', '10.0.0/16'],
      ['an octet over 255', '10.0.256.0/24'],
      ['a leading zero', '010.0.0.0/16'],
      ['two prefixes', '10.0.0.0/16/16'],
      ['IPv6', 'fd00::/8'],
    ])('rejects %s (%j) with ValidationError on ["input","cidr"], creating nothing', async (_what, cidr) => {
      const { member } = await seedProject(suite.testApp);
      const { createVpc: result } = await member.execute(CreateVpc, { name: 'vpc', cidr });
      expectFieldErrors(result, ['input', 'cidr']);
      expect(await vpcView(member)).toEqual([]);
    });

    it('says which canonical block was meant when host bits are set', async () => {
      const { member } = await seedProject(suite.testApp);
      const { createVpc: result } = await member.execute(CreateVpc, { name: 'vpc', cidr: '10.1.2.3/16' });
      expect(result.__typename === 'ValidationError' && result.fieldErrors[0]?.message).toContain('10.1.0.0/16');
    });

    it("lets a project's VPCs use the same block: each VPC is an address space of its own", async () => {
      const { member } = await seedProject(suite.testApp);
      const first = await seedVpc(member, '10.0.0.0/16', 'first');
      const second = await seedVpc(member, '10.0.0.0/16', 'second');
      await seedSubnet(member, first.vpcId, '10.0.1.0/24');
      await seedSubnet(member, second.vpcId, '10.0.1.0/24');
      expect((await vpcView(member)).map((vpc) => vpc.subnets.map((subnet) => subnet.cidr))).toEqual([
        ['10.0.1.0/24'],
        ['10.0.1.0/24'],
      ]);
    });
  });

  describe.concurrent('subnet CIDRs: inside the VPC, overlapping no other subnet, /28 or larger', () => {
    /** A VPC 10.0.0.0/16 with the subnet 10.0.1.0/24 in it. */
    async function seedVpcWithSubnet() {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member, '10.0.0.0/16');
      await seedSubnet(member, vpcId, '10.0.1.0/24');
      return { member, vpcId };
    }

    it.each([
      ['an adjacent block', '10.0.2.0/24'],
      ['the block just below', '10.0.0.0/24'],
      ['a /28 at the end of the VPC', '10.0.255.240/28'],
      ['a large block beside it', '10.0.128.0/17'],
    ])('accepts %s (%s)', async (_what, cidr) => {
      const { member, vpcId } = await seedVpcWithSubnet();
      const { createSubnet: result } = await member.execute(CreateSubnet, { vpcId, name: 'subnet', cidr });
      expect(result).toMatchObject({ __typename: 'CreateSubnetSuccess', subnet: { cidr } });
    });

    it('accepts a subnet that is the whole VPC, down to a /28', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member, '192.168.7.16/28');
      const { createSubnet: result } = await member.execute(CreateSubnet, {
        vpcId,
        name: 'all of it',
        cidr: '192.168.7.16/28',
      });
      expect(result).toMatchObject({ __typename: 'CreateSubnetSuccess', subnet: { cidr: '192.168.7.16/28' } });
    });

    it.each([
      ['outside the VPC', '10.1.0.0/24'],
      ['in another private range', '192.168.0.0/24'],
      ['larger than the VPC', '10.0.0.0/15'],
      ['the same block as a subnet', '10.0.1.0/24'],
      ['inside a subnet', '10.0.1.128/25'],
      ['around a subnet', '10.0.0.0/23'],
      ['the whole VPC around a subnet', '10.0.0.0/16'],
      ['a /29', '10.0.2.0/29'],
      ['a /32', '10.0.2.4/32'],
      ['host bits set', '10.0.2.1/24'],
      ['garbage', 'subnet'],
    ])('rejects a block %s (%s) with ValidationError on ["input","cidr"], creating nothing', async (_what, cidr) => {
      const { member, vpcId } = await seedVpcWithSubnet();
      const before = await vpcView(member);
      const { createSubnet: result } = await member.execute(CreateSubnet, { vpcId, name: 'subnet', cidr });
      expectFieldErrors(result, ['input', 'cidr']);
      expect(await vpcView(member)).toEqual(before);
    });
  });

  describe.concurrent('private IPs: allocated from the subnet, lowest free host first', () => {
    it('gives the first instance the lowest host address after the four reserved ones, and the next ones in order', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      expect((await seedInstance(member, subnetId, 'first')).privateIp).toBe('10.0.1.4');
      expect((await seedInstance(member, subnetId, 'second')).privateIp).toBe('10.0.1.5');
      const { createLoadBalancer: result } = await member.execute(CreateLoadBalancer, {
        subnetId,
        name: 'load balancer',
      });
      expect(result).toMatchObject({
        __typename: 'CreateLoadBalancerSuccess',
        loadBalancer: { privateIp: '10.0.1.6' },
      });
    });

    it('hands a freed address out again before any higher one', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const instances = [];
      for (const name of ['a', 'b', 'c']) instances.push(await seedInstance(member, subnetId, name));
      expect(instances.map((instance) => instance.privateIp)).toEqual(['10.0.1.4', '10.0.1.5', '10.0.1.6']);
      const { deleteInstance: result } = await member.execute(DeleteInstance, { id: instances[1]?.id as string });
      expect(result.__typename).toBe('DeleteInstanceSuccess');
      expect((await seedInstance(member, subnetId, 'd')).privateIp).toBe('10.0.1.5');
      expect((await seedInstance(member, subnetId, 'e')).privateIp).toBe('10.0.1.7');
    });

    it('fills a /28 with its 11 hosts (.4 to .14, never the network or broadcast address), then answers ADDRESS_POOL_EXHAUSTED and creates nothing', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const subnetId = await seedSubnet(member, vpcId, '10.0.3.16/28');
      const addresses: string[] = [];
      for (let n = 0; n < 11; n++) addresses.push((await seedInstance(member, subnetId, `instance ${n}`)).privateIp);
      expect(addresses).toEqual(Array.from({ length: 11 }, (_, n) => `10.0.3.${20 + n}`));

      const instance = (await member.execute(CreateInstance, { subnetId, name: 'one too many' })).createInstance;
      expect(instance).toMatchObject({ __typename: 'ConflictError', code: 'ADDRESS_POOL_EXHAUSTED' });
      const loadBalancer = (await member.execute(CreateLoadBalancer, { subnetId, name: 'one too many' }))
        .createLoadBalancer;
      expect(loadBalancer).toMatchObject({ __typename: 'ConflictError', code: 'ADDRESS_POOL_EXHAUSTED' });

      const subnet = await subnetView(member, subnetId);
      expect(subnet.instances).toHaveLength(11);
      expect(subnet.loadBalancers).toHaveLength(0);
      // Nothing was left half-made by the refusals: a freed address is the only one to take.
      const { deleteInstance: result } = await member.execute(DeleteInstance, {
        id: subnet.instances[5]?.id as string,
      });
      expect(result.__typename).toBe('DeleteInstanceSuccess');
      expect((await seedInstance(member, subnetId, 'replacement')).privateIp).toBe(subnet.instances[5]?.privateIp);
    });

    it('gives parallel creates distinct addresses: 14 at once in a /28 make exactly 11 instances', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      const subnetId = await seedSubnet(member, vpcId, '10.0.4.0/28');
      const outcomes = await Promise.all(
        Array.from(
          { length: 14 },
          async (_, n) => (await member.execute(CreateInstance, { subnetId, name: `racer ${n}` })).createInstance,
        ),
      );
      const created = outcomes.flatMap((outcome) =>
        outcome.__typename === 'CreateInstanceSuccess' ? [outcome.instance] : [],
      );
      expect(created).toHaveLength(11);
      expect(new Set(created.map((instance) => instance.privateIp)).size).toBe(11);
      expect(created.map((instance) => instance.privateIp).sort()).toEqual(
        Array.from({ length: 11 }, (_, n) => `10.0.4.${4 + n}`).sort(),
      );
      for (const outcome of outcomes.filter((candidate) => candidate.__typename !== 'CreateInstanceSuccess')) {
        expect(outcome).toMatchObject({ __typename: 'ConflictError', code: 'ADDRESS_POOL_EXHAUSTED' });
      }
      expect((await subnetView(member, subnetId)).instances).toHaveLength(11);
    });
  });

  describe.concurrent('several invalid fields are reported together', () => {
    it('createVpc with a bad name and a bad CIDR reports both', async () => {
      const { member } = await seedProject(suite.testApp);
      const { createVpc: result } = await member.execute(CreateVpc, { name: ' ', cidr: 'garbage' });
      expectFieldErrors(result, ['input', 'name'], ['input', 'cidr']);
      expect(await vpcView(member)).toEqual([]);
    });

    it("createSubnet with a bad name, a CIDR outside its VPC and another VPC's routing table reports all three", async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member, '10.0.0.0/16', 'here');
      const elsewhere = await seedVpc(member, '10.1.0.0/16', 'elsewhere');
      const before = await vpcView(member);
      const { createSubnet: result } = await member.execute(CreateSubnet, {
        vpcId,
        name: '',
        cidr: '10.1.1.0/24',
        routingTableId: elsewhere.defaultRoutingTableId,
      });
      expectFieldErrors(result, ['input', 'name'], ['input', 'cidr'], ['input', 'routingTableId']);
      expect(await vpcView(member)).toEqual(before);
    });

    it('createSubnet with a bad name and an overlapping CIDR reports both', async () => {
      const { member } = await seedProject(suite.testApp);
      const { vpcId } = await seedVpc(member);
      await seedSubnet(member, vpcId, '10.0.1.0/24');
      const { createSubnet: result } = await member.execute(CreateSubnet, {
        vpcId,
        name: 'x'.repeat(300),
        cidr: '10.0.1.0/25',
      });
      expectFieldErrors(result, ['input', 'name'], ['input', 'cidr']);
    });

    it('createExternalNetwork with a bad name and a non-canonical pool reports both', async () => {
      const { createExternalNetwork: result } = await suite.testApp.operator.execute(CreateExternalNetwork, {
        name: '\u0000',
        cidr: '198.18.0.1/24',
      });
      expectFieldErrors(result, ['input', 'name'], ['input', 'cidr']);
    });
  });

  it('a refused rename leaves the gateway and its managed route as they were', async () => {
    const { member } = await seedProject(suite.testApp);
    const { defaultRoutingTableId } = await seedVpc(member);
    const id = await seedGateway(member, await publicNetworkId(member), 'edge');
    await seedAttachment(member, defaultRoutingTableId, id);
    const before = await vpcView(member);

    expectFieldErrors((await member.execute(RenameInternetGateway, { id, name: '\t' })).renameInternetGateway, [
      'input',
      'name',
    ]);

    expect(await member.execute(StoredName, { id })).toEqual({ node: { __typename: 'InternetGateway', name: 'edge' } });
    expect(await vpcView(member)).toEqual(before);
    expect(before[0]?.routingTables[0]?.routes).toEqual([{ cidr: '0.0.0.0/0', gatewayName: 'edge' }]);
  });
});
