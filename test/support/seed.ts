// Builds what tests start from, each test with a project of its own, so that tests are
// independent and can run concurrently against one app.
import { AssociateFloatingIp, CreateFloatingIp } from './documents/floating-ip.js';
import { AttachInternetGateway, CreateInternetGateway } from './documents/internet-gateway.js';
import {
  CreateExternalNetwork,
  CreateInstance,
  CreateLoadBalancer,
  CreateSubnet,
  CreateVpc,
  ExternalNetworks,
} from './documents/network.js';
import { CreateRoute, CreateRoutingTable } from './documents/routing.js';
import { CreateApiToken, CreateProject } from './documents/tenancy.js';
import { ApiClient, expectTypename } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/** What seeding needs of a server: where it is, and an operator to set projects up. */
export type SeedTarget = Pick<TestApp, 'url' | 'operator'>;

let projectCounter = 0;

/** A new project with a MEMBER token, as an operator sets one up. */
export async function seedProject(testApp: SeedTarget, name = `project ${++projectCounter}`) {
  const { createProject } = await testApp.operator.execute(CreateProject, { name });
  const projectId = expectTypename(createProject, 'CreateProjectSuccess').project.id;
  const { createApiToken } = await testApp.operator.execute(CreateApiToken, { name: 'test member', projectId });
  const { secret: token } = expectTypename(createApiToken, 'CreateApiTokenSuccess');
  return { projectId, member: new ApiClient(testApp.url, token), token };
}

export async function publicNetworkId(client: ApiClient): Promise<string> {
  const { externalNetworks } = await client.execute(ExternalNetworks);
  const network = externalNetworks.find((candidate) => candidate.name === 'Public Network');
  if (!network) throw new Error('no Public Network');
  return network.id;
}

/** An operator adds an external network; names are made unique so tests may each add one. */
export async function seedExternalNetwork(operator: ApiClient, cidr: string, name = `external ${cidr}`) {
  const { createExternalNetwork } = await operator.execute(CreateExternalNetwork, { name, cidr });
  return expectTypename(createExternalNetwork, 'CreateExternalNetworkSuccess').externalNetwork;
}

export async function seedVpc(member: ApiClient, cidr = '10.0.0.0/16', name = 'vpc') {
  const { createVpc } = await member.execute(CreateVpc, { name, cidr });
  const { vpc } = expectTypename(createVpc, 'CreateVpcSuccess');
  return { vpcId: vpc.id, defaultRoutingTableId: vpc.defaultRoutingTable.id };
}

export async function seedSubnet(member: ApiClient, vpcId: string, cidr: string, routingTableId?: string) {
  const { createSubnet } = await member.execute(CreateSubnet, { vpcId, name: `subnet ${cidr}`, cidr, routingTableId });
  return expectTypename(createSubnet, 'CreateSubnetSuccess').subnet.id;
}

export async function seedRoutingTable(member: ApiClient, vpcId: string, name = 'routing table') {
  const { createRoutingTable } = await member.execute(CreateRoutingTable, { vpcId, name });
  return expectTypename(createRoutingTable, 'CreateRoutingTableSuccess').routingTable.id;
}

export async function seedInstanceRoute(member: ApiClient, routingTableId: string, cidr: string, instanceId: string) {
  const { createRoute } = await member.execute(CreateRoute, {
    routingTableId,
    cidr,
    gatewayType: 'INSTANCE',
    gatewayId: instanceId,
  });
  return expectTypename(createRoute, 'CreateRouteSuccess').route.id;
}

export async function seedInstance(member: ApiClient, subnetId: string, name = 'instance') {
  const { createInstance } = await member.execute(CreateInstance, { subnetId, name });
  return expectTypename(createInstance, 'CreateInstanceSuccess').instance;
}

export async function seedLoadBalancer(member: ApiClient, subnetId: string, name = 'load balancer') {
  const { createLoadBalancer } = await member.execute(CreateLoadBalancer, { subnetId, name });
  return expectTypename(createLoadBalancer, 'CreateLoadBalancerSuccess').loadBalancer.id;
}

export async function seedGateway(member: ApiClient, externalNetworkId: string, name = 'igw') {
  const { createInternetGateway } = await member.execute(CreateInternetGateway, { name, externalNetworkId });
  return expectTypename(createInternetGateway, 'CreateInternetGatewaySuccess').internetGateway.id;
}

export async function seedAttachment(member: ApiClient, routingTableId: string, internetGatewayId: string) {
  const { attachInternetGateway } = await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId });
  return expectTypename(attachInternetGateway, 'AttachInternetGatewaySuccess').internetGateway.publicIp as string;
}

export async function seedFloatingIp(member: ApiClient, externalNetworkId: string, targetId?: string) {
  const { createFloatingIp } = await member.execute(CreateFloatingIp, { externalNetworkId });
  const { floatingIp } = expectTypename(createFloatingIp, 'CreateFloatingIpSuccess');
  if (targetId) {
    const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
      floatingIpId: floatingIp.id,
      targetId,
    });
    expectTypename(associateFloatingIp, 'AssociateFloatingIpSuccess');
  }
  return { id: floatingIp.id, address: floatingIp.address };
}

/**
 * A project with a VPC whose default routing table has an attached gateway, a subnet on it, and
 * two instances there: one with a floating IP, one without. The usual start of gateway tests.
 */
export async function seedAttachedGateway(testApp: SeedTarget) {
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
