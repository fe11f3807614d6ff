import { builder } from '../../builder.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId } from '../../common/ids.js';
import { projectScope } from '../tenancy/actor.js';
import { externalPoolCapacity } from './address-rules.js';
import { type Cidr, parseCidr } from './cidr.js';

export const ExternalNetworkType = builder.prismaNode('ExternalNetwork', {
  description: 'A pre-defined network that internet gateways connect to (e.g. "Public Network").',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name, unique.' }),
    cidr: t.exposeString('cidr', {
      description: 'Pool that public and floating IPs are allocated from, e.g. 203.0.113.0/24.',
    }),
    availableAddressCount: t.int({
      description: 'Addresses of the pool still free.',
      select: { cidr: true, _count: { select: { addresses: true } } },
      resolve: (network) => externalPoolCapacity(parseCidr(network.cidr) as Cidr) - network._count.addresses,
    }),
  }),
});

export const VpcType = builder.prismaNode('Vpc', {
  description: 'A virtual private cloud: a private address space with its subnets and routing tables.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    cidr: t.exposeString('cidr', { description: 'The private address space, e.g. 10.0.0.0/16.' }),
    routingTables: t.relation('routingTables', {
      description: 'Every routing table of the VPC, the default one first.',
      query: { orderBy: [{ isDefault: 'desc' }, { id: 'asc' }] },
    }),
    subnets: t.relation('subnets', { description: 'The subnets of the VPC.', query: { orderBy: { id: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the VPC was created.' }),
  }),
});

export const SubnetType = builder.prismaNode('Subnet', {
  description: 'A block of the VPC where instances and load balancers get their private addresses.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, vpc: projectScope(context.actor) }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    cidr: t.exposeString('cidr', { description: 'The block, inside the VPC and overlapping no other subnet.' }),
    vpc: t.relation('vpc', { description: 'The VPC the subnet belongs to.' }),
    routingTable: t.relation('routingTable', { description: 'The routing table that routes its traffic.' }),
  }),
});

export const InstanceType = builder.prismaNode('Instance', {
  description: 'A virtual machine with a private address in a subnet.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({ name: t.exposeString('name', { description: 'Display name.' }) }),
});

export const LoadBalancerType = builder.prismaNode('LoadBalancer', {
  description: 'A load balancer, reached at its virtual IP in a subnet.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({ name: t.exposeString('name', { description: 'Display name.' }) }),
});

// Both sit on a port of a subnet: where it is, and its address there.
for (const owner of [InstanceType, LoadBalancerType]) {
  builder.prismaObjectFields(owner, (t) => ({
    subnet: t.field({
      type: SubnetType,
      description: 'The subnet it is placed in.',
      select: (_args, _context, nestedSelection) => ({ port: { select: { subnet: nestedSelection() } } }),
      resolve: (placed) => placed.port.subnet,
    }),
    privateIp: t.string({
      description: "Its address in the subnet (a load balancer's virtual IP).",
      select: { port: { select: { address: true } } },
      resolve: (placed) => placed.port.address,
    }),
  }));
}

// Defined apart from Subnet itself, whose type the instance and load balancer types refer to.
builder.prismaObjectFields(SubnetType, (t) => ({
  instances: t.field({
    type: [InstanceType],
    description: 'Instances in the subnet.',
    select: (_args, _context, nestedSelection) => ({
      ports: { where: { instance: { isNot: null } }, orderBy: { id: 'asc' }, select: { instance: nestedSelection() } },
    }),
    resolve: (subnet) => subnet.ports.flatMap((port) => (port.instance ? [port.instance] : [])),
  }),
  loadBalancers: t.field({
    type: [LoadBalancerType],
    description: 'Load balancers in the subnet.',
    select: (_args, _context, nestedSelection) => ({
      ports: {
        where: { loadBalancer: { isNot: null } },
        orderBy: { id: 'asc' },
        select: { loadBalancer: nestedSelection() },
      },
    }),
    resolve: (subnet) => subnet.ports.flatMap((port) => (port.loadBalancer ? [port.loadBalancer] : [])),
  }),
}));

const CreateVpcInput = builder.inputType('CreateVpcInput', {
  fields: (t) => ({
    name: t.string({ description: 'Display name, 1–255 printable characters.' }),
    cidr: t.string({ description: 'Inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; /28 or larger.' }),
  }),
});

const CreateSubnetInput = builder.inputType('CreateSubnetInput', {
  fields: (t) => ({
    vpcId: t.id({ description: 'The VPC to create it in.' }),
    name: t.string({ description: 'Display name, 1–255 printable characters.' }),
    cidr: t.string({ description: "Inside the VPC's block, overlapping no other subnet; /28 or larger." }),
    routingTableId: t.id({ required: false, description: "Defaults to the VPC's default routing table." }),
  }),
});

const CreateInExistingSubnetInput = (name: string, what: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      subnetId: t.id({ description: `The subnet to place the ${what} in; it gets the lowest free address.` }),
      name: t.string({ description: 'Display name, 1–255 printable characters.' }),
    }),
  });

const CreateInstanceInput = CreateInExistingSubnetInput('CreateInstanceInput', 'instance');
const CreateLoadBalancerInput = CreateInExistingSubnetInput('CreateLoadBalancerInput', 'load balancer');

const DeleteInstanceInput = builder.inputType('DeleteInstanceInput', {
  fields: (t) => ({ id: t.id({ description: 'The instance to delete.' }) }),
});

const CreateExternalNetworkInput = builder.inputType('CreateExternalNetworkInput', {
  fields: (t) => ({
    name: t.string({ description: 'Display name, unique.' }),
    cidr: t.string({ description: 'The public address pool, /29 or larger, overlapping no other pool.' }),
  }),
});

builder.queryFields((t) => ({
  externalNetworks: t.prismaField({
    type: ['ExternalNetwork'],
    description: 'The external networks internet gateways and floating IPs can use.',
    resolve: (query, _root, _args, context) =>
      context.prisma.externalNetwork.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
  vpcs: t.prismaField({
    type: ['Vpc'],
    description: "The caller's VPCs (every project's, for operators).",
    resolve: (query, _root, _args, context) =>
      context.prisma.vpc.findMany({ ...query, where: projectScope(context.actor), orderBy: { id: 'asc' } }),
  }),
}));

builder.mutationFields((t) => ({
  createExternalNetwork: t.field({
    type: ExternalNetworkType,
    description: 'OPERATOR only: adds an external network with its public address pool.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: CreateExternalNetworkInput }) },
    errors: mutationResult('CreateExternalNetwork', 'externalNetwork', [ValidationError, ForbiddenError]),
    resolve: (_root, { input }, context) => context.services.network.createExternalNetwork(input),
  }),
  createVpc: t.field({
    type: VpcType,
    description: 'Creates a VPC and its default routing table.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateVpcInput }) },
    errors: mutationResult('CreateVpc', 'vpc', [ValidationError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) => context.services.network.createVpc(context.actor, input),
  }),
  createSubnet: t.field({
    type: SubnetType,
    description: 'Creates a subnet in a VPC.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateSubnetInput }) },
    errors: mutationResult('CreateSubnet', 'subnet', [ValidationError, NotFoundError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.network.createSubnet(context.actor, {
        vpcId: decodeGlobalId(input.vpcId, 'Vpc'),
        name: input.name,
        cidr: input.cidr,
        routingTableId: input.routingTableId == null ? null : decodeGlobalId(input.routingTableId, 'RoutingTable'),
      }),
  }),
  createInstance: t.field({
    type: InstanceType,
    description: 'Creates an instance in a subnet, with the lowest free private address.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateInstanceInput }) },
    errors: mutationResult('CreateInstance', 'instance', [
      ValidationError,
      NotFoundError,
      ConflictError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.network.createInstance(context.actor, {
        subnetId: decodeGlobalId(input.subnetId, 'Subnet'),
        name: input.name,
      }),
  }),
  deleteInstance: t.field({
    type: 'ID',
    description: "Deletes an instance; its floating IP, if any, is freed and stays the project's.",
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInstanceInput }) },
    errors: mutationResult('DeleteInstance', 'deletedId', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: async (_root, { input }, context) => {
      await context.services.network.deleteInstance(context.actor, decodeGlobalId(input.id, 'Instance'));
      return input.id;
    },
  }),
  createLoadBalancer: t.field({
    type: LoadBalancerType,
    description: 'Creates a load balancer in a subnet, with the lowest free private address as its VIP.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateLoadBalancerInput }) },
    errors: mutationResult('CreateLoadBalancer', 'loadBalancer', [
      ValidationError,
      NotFoundError,
      ConflictError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.network.createLoadBalancer(context.actor, {
        subnetId: decodeGlobalId(input.subnetId, 'Subnet'),
        name: input.name,
      }),
  }),
}));
