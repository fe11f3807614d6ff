// Builds what tests start from, each test with a project of its own, so that tests are
// independent and can run concurrently against one app.
import { graphql } from '../../src/generated/graphql/index.js';
import { ApiClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

const CreateProject = graphql(`
  mutation SeedCreateProject($name: String!) {
    createProject(input: { name: $name }) {
      __typename
      ... on CreateProjectSuccess {
        project {
          id
        }
      }
    }
  }
`);

const CreateMemberToken = graphql(`
  mutation SeedCreateMemberToken($projectId: ID!) {
    createApiToken(input: { name: "test member", projectId: $projectId }) {
      __typename
      ... on CreateApiTokenSuccess {
        secret
      }
    }
  }
`);

const PublicNetwork = graphql(`
  query SeedPublicNetwork {
    externalNetworks {
      id
      name
    }
  }
`);

const CreateVpc = graphql(`
  mutation SeedCreateVpc($name: String!, $cidr: String!) {
    createVpc(input: { name: $name, cidr: $cidr }) {
      __typename
      ... on CreateVpcSuccess {
        vpc {
          id
          defaultRoutingTable {
            id
          }
        }
      }
    }
  }
`);

const CreateSubnet = graphql(`
  mutation SeedCreateSubnet($vpcId: ID!, $name: String!, $cidr: String!, $routingTableId: ID) {
    createSubnet(input: { vpcId: $vpcId, name: $name, cidr: $cidr, routingTableId: $routingTableId }) {
      __typename
      ... on CreateSubnetSuccess {
        subnet {
          id
        }
      }
    }
  }
`);

const CreateInstance = graphql(`
  mutation SeedCreateInstance($subnetId: ID!, $name: String!) {
    createInstance(input: { subnetId: $subnetId, name: $name }) {
      __typename
      ... on CreateInstanceSuccess {
        instance {
          id
          privateIp
        }
      }
    }
  }
`);

const CreateLoadBalancer = graphql(`
  mutation SeedCreateLoadBalancer($subnetId: ID!, $name: String!) {
    createLoadBalancer(input: { subnetId: $subnetId, name: $name }) {
      __typename
      ... on CreateLoadBalancerSuccess {
        loadBalancer {
          id
        }
      }
    }
  }
`);

const CreateInternetGateway = graphql(`
  mutation SeedCreateInternetGateway($name: String!, $externalNetworkId: ID!) {
    createInternetGateway(input: { name: $name, externalNetworkId: $externalNetworkId }) {
      __typename
      ... on CreateInternetGatewaySuccess {
        internetGateway {
          id
        }
      }
    }
  }
`);

const AttachInternetGateway = graphql(`
  mutation SeedAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {
    attachInternetGateway(input: { routingTableId: $routingTableId, internetGatewayId: $internetGatewayId }) {
      __typename
      ... on AttachInternetGatewaySuccess {
        internetGateway {
          publicIp
        }
      }
    }
  }
`);

const CreateFloatingIp = graphql(`
  mutation SeedCreateFloatingIp($externalNetworkId: ID!) {
    createFloatingIp(input: { externalNetworkId: $externalNetworkId }) {
      __typename
      ... on CreateFloatingIpSuccess {
        floatingIp {
          id
          address
        }
      }
    }
  }
`);

const AssociateFloatingIp = graphql(`
  mutation SeedAssociateFloatingIp($floatingIpId: ID!, $targetId: ID!) {
    associateFloatingIp(input: { floatingIpId: $floatingIpId, targetId: $targetId }) {
      __typename
    }
  }
`);

/** Unwraps a result union, failing the test with the error member when it is not the success. */
export function expectSuccess<R extends { __typename: string }, S extends R>(
  result: R,
  successTypename: S['__typename'],
): S {
  if (result.__typename !== successTypename)
    throw new Error(`expected ${successTypename}, got ${JSON.stringify(result)}`);
  return result as S;
}

let projectCounter = 0;

/** A new project with a MEMBER token, as an operator sets one up. */
export async function seedProject(testApp: TestApp, name = `project ${++projectCounter}`) {
  const created = await testApp.operator.execute(CreateProject, { name });
  if (created.createProject.__typename !== 'CreateProjectSuccess') throw new Error(JSON.stringify(created));
  const projectId = created.createProject.project.id;
  const token = await testApp.operator.execute(CreateMemberToken, { projectId });
  if (token.createApiToken.__typename !== 'CreateApiTokenSuccess') throw new Error(JSON.stringify(token));
  const member = new ApiClient(testApp.url, token.createApiToken.secret);
  return { projectId, member, token: token.createApiToken.secret };
}

export async function publicNetworkId(client: ApiClient): Promise<string> {
  const { externalNetworks } = await client.execute(PublicNetwork);
  const network = externalNetworks.find((candidate) => candidate.name === 'Public Network');
  if (!network) throw new Error('no Public Network');
  return network.id;
}

export async function seedVpc(member: ApiClient, cidr = '10.0.0.0/16', name = 'vpc') {
  const { createVpc } = await member.execute(CreateVpc, { name, cidr });
  if (createVpc.__typename !== 'CreateVpcSuccess') throw new Error(JSON.stringify(createVpc));
  return { vpcId: createVpc.vpc.id, defaultRoutingTableId: createVpc.vpc.defaultRoutingTable.id };
}

export async function seedSubnet(member: ApiClient, vpcId: string, cidr: string, routingTableId?: string) {
  const { createSubnet } = await member.execute(CreateSubnet, { vpcId, name: `subnet ${cidr}`, cidr, routingTableId });
  if (createSubnet.__typename !== 'CreateSubnetSuccess') throw new Error(JSON.stringify(createSubnet));
  return createSubnet.subnet.id;
}

export async function seedInstance(member: ApiClient, subnetId: string, name = 'instance') {
  const { createInstance } = await member.execute(CreateInstance, { subnetId, name });
  if (createInstance.__typename !== 'CreateInstanceSuccess') throw new Error(JSON.stringify(createInstance));
  return createInstance.instance;
}

export async function seedLoadBalancer(member: ApiClient, subnetId: string, name = 'load balancer') {
  const { createLoadBalancer } = await member.execute(CreateLoadBalancer, { subnetId, name });
  if (createLoadBalancer.__typename !== 'CreateLoadBalancerSuccess')
    throw new Error(JSON.stringify(createLoadBalancer));
  return createLoadBalancer.loadBalancer.id;
}

export async function seedGateway(member: ApiClient, externalNetworkId: string, name = 'igw') {
  const { createInternetGateway } = await member.execute(CreateInternetGateway, { name, externalNetworkId });
  if (createInternetGateway.__typename !== 'CreateInternetGatewaySuccess')
    throw new Error(JSON.stringify(createInternetGateway));
  return createInternetGateway.internetGateway.id;
}

export async function seedAttachment(member: ApiClient, routingTableId: string, internetGatewayId: string) {
  const { attachInternetGateway } = await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId });
  if (attachInternetGateway.__typename !== 'AttachInternetGatewaySuccess')
    throw new Error(JSON.stringify(attachInternetGateway));
  return attachInternetGateway.internetGateway.publicIp as string;
}

export async function seedFloatingIp(member: ApiClient, externalNetworkId: string, targetId?: string) {
  const { createFloatingIp } = await member.execute(CreateFloatingIp, { externalNetworkId });
  if (createFloatingIp.__typename !== 'CreateFloatingIpSuccess') throw new Error(JSON.stringify(createFloatingIp));
  if (targetId) {
    const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
      floatingIpId: createFloatingIp.floatingIp.id,
      targetId,
    });
    if (associateFloatingIp.__typename !== 'AssociateFloatingIpSuccess')
      throw new Error(JSON.stringify(associateFloatingIp));
  }
  return createFloatingIp.floatingIp;
}

/**
 * A project with a VPC whose default routing table has an attached gateway, a subnet on it, and
 * two instances there: one with a floating IP, one without. The usual start of gateway tests.
 */
export async function seedAttachedGateway(testApp: TestApp) {
  const { member, projectId, token } = await seedProject(testApp);
  const externalNetworkId = await publicNetworkId(member);
  const { vpcId, defaultRoutingTableId } = await seedVpc(member);
  const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
  const internetGatewayId = await seedGateway(member, externalNetworkId);
  const publicIp = await seedAttachment(member, defaultRoutingTableId, internetGatewayId);
  const withoutFloatingIp = await seedInstance(member, subnetId, 'snat instance');
  const withFloatingIp = await seedInstance(member, subnetId, 'floating instance');
  const floatingIp = await seedFloatingIp(member, externalNetworkId, withFloatingIp.id);
  return {
    member,
    projectId,
    token,
    externalNetworkId,
    vpcId,
    routingTableId: defaultRoutingTableId,
    subnetId,
    internetGatewayId,
    publicIp,
    instanceWithoutFloatingIp: withoutFloatingIp.id,
    instanceWithFloatingIp: withFloatingIp.id,
    floatingIp,
  };
}
