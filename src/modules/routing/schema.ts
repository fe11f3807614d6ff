import { builder } from '../../builder.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId, decodeGlobalIdOrNull, encodeGlobalId } from '../../common/ids.js';
import { FloatingIpInUseError } from '../floating-ip/errors.js';
import { SubnetType } from '../network/schema.js';
import { projectScope } from '../tenancy/actor.js';

export const RoutingTableType = builder.prismaNode('RoutingTable', {
  description: 'Routes for the subnets that use it; an attached internet gateway adds the managed 0.0.0.0/0 route.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, vpc: projectScope(context.actor) }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    vpc: t.relation('vpc', { description: 'The VPC it belongs to.' }),
    isDefault: t.exposeBoolean('isDefault', { description: "Whether it is the VPC's default routing table." }),
    routes: t.relation('routes', { description: 'Its routes.', query: { orderBy: { id: 'asc' } } }),
    subnets: t.relation('subnets', { description: 'The subnets that use it.', query: { orderBy: { id: 'asc' } } }),
    internetGateway: t.relation('internetGateway', {
      nullable: true,
      description: 'The attached internet gateway, if any.',
    }),
  }),
});

builder.prismaObjectField('Vpc', 'defaultRoutingTable', (t) =>
  t.field({
    type: RoutingTableType,
    description: 'The routing table new subnets use unless told otherwise; it goes only with the VPC.',
    select: (_args, _context, nestedSelection) => ({
      routingTables: { where: { isDefault: true }, take: 1, ...nestedSelection() },
    }),
    resolve: (vpc) => {
      const [routingTable] = vpc.routingTables;
      if (!routingTable) throw new Error(`VPC ${vpc.id} has no default routing table`);
      return routingTable;
    },
  }),
);

const RouteGatewayTypeEnum = builder.enumType('RouteGatewayType', {
  description: 'What a route sends its traffic to.',
  values: {
    INTERNET_GATEWAY: { description: 'The internet gateway attached to the routing table.' },
    INSTANCE: { description: 'An instance of the VPC, e.g. a NAT or VPN instance.' },
  },
});

const RouteType = builder.prismaNode('Route', {
  description: 'Where traffic for a destination block goes.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, routingTable: { vpc: projectScope(context.actor) } }),
  fields: (t) => ({
    cidr: t.exposeString('cidr', { description: 'Destination, e.g. 0.0.0.0/0.' }),
    gatewayType: t.expose('gatewayType', { type: RouteGatewayTypeEnum, description: 'What the route points at.' }),
    gatewayId: t.id({
      description: 'ID of the internet gateway or instance the route points at.',
      select: { internetGatewayId: true, instanceId: true },
      resolve: (route) =>
        route.internetGatewayId
          ? encodeGlobalId('InternetGateway', route.internetGatewayId)
          : encodeGlobalId('Instance', route.instanceId as string),
    }),
    gatewayName: t.string({
      description: 'Name of the internet gateway or instance the route points at.',
      select: { internetGateway: { select: { name: true } }, instance: { select: { name: true } } },
      resolve: (route) => route.internetGateway?.name ?? route.instance?.name ?? '',
    }),
    managed: t.exposeBoolean('managed', {
      description: 'True for the route an internet gateway attachment adds: it cannot be deleted directly.',
    }),
    routingTable: t.relation('routingTable', { description: 'The routing table it belongs to.' }),
  }),
});

builder.queryField('routingTable', (t) =>
  t.prismaField({
    type: 'RoutingTable',
    nullable: true,
    description: 'A routing table by ID; null when it does not exist or is not visible.',
    args: { id: t.arg.id({ description: 'The routing table ID.' }) },
    resolve: async (query, _root, { id }, context) => {
      const routingTableId = decodeGlobalIdOrNull(id, 'RoutingTable');
      if (!routingTableId) return null;
      return context.prisma.routingTable.findFirst({
        ...query,
        where: { id: routingTableId, vpc: projectScope(context.actor) },
      });
    },
  }),
);

const CreateRoutingTableInput = builder.inputType('CreateRoutingTableInput', {
  fields: (t) => ({
    vpcId: t.id({ description: 'The VPC to create it in.' }),
    name: t.string({ description: 'Display name, 1–255 printable characters.' }),
  }),
});
const DeleteRoutingTableInput = builder.inputType('DeleteRoutingTableInput', {
  fields: (t) => ({ id: t.id({ description: 'The routing table to delete; it must be unused.' }) }),
});
const SetSubnetRoutingTableInput = builder.inputType('SetSubnetRoutingTableInput', {
  fields: (t) => ({
    subnetId: t.id({ description: 'The subnet to move.' }),
    routingTableId: t.id({ description: 'A routing table of the same VPC.' }),
  }),
});
const CreateRouteInput = builder.inputType('CreateRouteInput', {
  fields: (t) => ({
    routingTableId: t.id({ description: 'The routing table to add the route to.' }),
    cidr: t.string({ description: 'Destination block, e.g. 192.168.0.0/16.' }),
    gatewayType: t.field({
      type: RouteGatewayTypeEnum,
      description: 'Only INSTANCE: internet gateway routes come from attaching one.',
    }),
    gatewayId: t.id({ description: 'The instance to send the traffic to.' }),
  }),
});
const DeleteRouteInput = builder.inputType('DeleteRouteInput', {
  fields: (t) => ({ id: t.id({ description: 'The route to delete.' }) }),
});

builder.mutationFields((t) => ({
  createRoutingTable: t.field({
    type: RoutingTableType,
    description: 'Creates a routing table in a VPC.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateRoutingTableInput }) },
    errors: mutationResult('CreateRoutingTable', 'routingTable', [
      ValidationError,
      NotFoundError,
      ConflictError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.routing.createRoutingTable(context.actor, {
        vpcId: decodeGlobalId(input.vpcId, 'Vpc'),
        name: input.name,
      }),
  }),
  deleteRoutingTable: t.field({
    type: 'ID',
    description: 'Deletes a routing table that no subnet uses and no gateway is attached to (never the default).',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteRoutingTableInput }) },
    errors: mutationResult('DeleteRoutingTable', 'deletedId', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: async (_root, { input }, context) => {
      await context.services.routing.deleteRoutingTable(context.actor, decodeGlobalId(input.id, 'RoutingTable'));
      return input.id;
    },
  }),
  setSubnetRoutingTable: t.field({
    type: SubnetType,
    description: 'Moves a subnet to another routing table of its VPC.',
    authScopes: { member: true },
    args: { input: t.arg({ type: SetSubnetRoutingTableInput }) },
    errors: mutationResult('SetSubnetRoutingTable', 'subnet', [
      NotFoundError,
      ValidationError,
      ConflictError,
      FloatingIpInUseError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.routing.setSubnetRoutingTable(context.actor, {
        subnetId: decodeGlobalId(input.subnetId, 'Subnet'),
        routingTableId: decodeGlobalId(input.routingTableId, 'RoutingTable'),
      }),
  }),
  createRoute: t.field({
    type: RouteType,
    description: 'Adds a route through an instance of the same VPC.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateRouteInput }) },
    errors: mutationResult('CreateRoute', 'route', [ValidationError, NotFoundError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.routing.createRoute(context.actor, {
        routingTableId: decodeGlobalId(input.routingTableId, 'RoutingTable'),
        cidr: input.cidr,
        gatewayType: input.gatewayType,
        instanceId: input.gatewayType === 'INSTANCE' ? decodeGlobalId(input.gatewayId, 'Instance') : null,
      }),
  }),
  deleteRoute: t.field({
    type: 'ID',
    description: 'Deletes a route; the managed internet gateway route goes only with a detach.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteRouteInput }) },
    errors: mutationResult('DeleteRoute', 'deletedId', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: async (_root, { input }, context) => {
      await context.services.routing.deleteRoute(context.actor, decodeGlobalId(input.id, 'Route'));
      return input.id;
    },
  }),
}));
