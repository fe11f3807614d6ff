import { builder } from '../../builder.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { directMutationResult, mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId, decodeGlobalIdOrNull } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { InternetGatewayStatusChange } from '../../events/channels.js';
import type { InternetGateway, RoutingTable } from '../../generated/prisma/sqlite/client.js';
import { FloatingIpInUseError } from '../floating-ip/errors.js';
import { activeMaintenanceWindow } from '../maintenance/maintenance-window.js';
import { MaintenanceWindowType } from '../maintenance/maintenance-window-schema.js';
import { InstanceType } from '../network/schema.js';
import { RoutingTableType } from '../routing/schema.js';
import { projectScope } from '../tenancy/actor.js';
import { internetAccessOf } from './internet-access.js';
import { statusIndicatorOf } from './status.js';

export const InternetGatewayStatusEnum = builder.enumType('InternetGatewayStatus', {
  description: 'The state of an internet gateway.',
  values: {
    ACTIVE: { description: 'Working (attached or not).' },
    RESTARTING: { description: 'A restart is in progress; the gateway cannot be operated.' },
    ERROR: { description: 'The last restart failed; operators have been told.' },
  },
});

export const StatusIndicatorEnum = builder.enumType('StatusIndicator', {
  description:
    'The colour of the status light a console shows: GREEN when ACTIVE, YELLOW while RESTARTING, RED on ERROR.',
  values: {
    GREEN: { description: 'ACTIVE.' },
    YELLOW: { description: 'RESTARTING.' },
    RED: { description: 'ERROR.' },
  },
});

const InternetAccessStatusEnum = builder.enumType('InternetAccessStatus', {
  description: 'Whether an instance can reach the internet right now.',
  values: {
    REACHABLE: { description: 'It can.' },
    UNREACHABLE: { description: 'It cannot; `reason` says why.' },
  },
});

const InternetAccessPathEnum = builder.enumType('InternetAccessPath', {
  description: 'How an instance reaches the internet.',
  values: {
    FLOATING_IP: { description: "Through the instance's own floating IP: unaffected by internet gateway restarts." },
    INTERNET_GATEWAY: { description: "Through the internet gateway's shared public IP (SNAT)." },
  },
});

const InternetAccessType = builder.objectRef<ReturnType<typeof internetAccessOf>>('InternetAccess').implement({
  description: 'Whether and how an instance reaches the internet.',
  fields: (t) => ({
    status: t.field({
      type: InternetAccessStatusEnum,
      description: 'Reachable or not.',
      resolve: (access) => access.status,
    }),
    path: t.field({
      type: InternetAccessPathEnum,
      nullable: true,
      description: 'How the instance reaches the internet; null when unreachable.',
      resolve: (access) => access.path,
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why it is unreachable, in words; null when reachable.',
    }),
  }),
});

builder.prismaObjectField(InstanceType, 'internetAccess', (t) =>
  t.field({
    type: InternetAccessType,
    description: 'Whether and how the instance reaches the internet right now.',
    select: {
      port: {
        select: {
          floatingIp: { select: { id: true } },
          subnet: {
            select: { routingTable: { select: { internetGateway: { select: { name: true, status: true } } } } },
          },
        },
      },
    },
    resolve: (instance) =>
      internetAccessOf({
        hasFloatingIp: instance.port.floatingIp !== null,
        gateway: instance.port.subnet.routingTable.internetGateway,
      }),
  }),
);

const RestartImpactType = builder
  .objectRef<{ affectedInstances: unknown[]; unaffectedInstances: unknown[] }>('RestartImpact')
  .implement({
    description: 'What restarting a gateway does to the instances behind it.',
    fields: (t) => ({
      affectedInstances: t.field({
        type: [InstanceType],
        description: 'Instances behind the gateway that lose internet access while it restarts (no floating IP).',
        resolve: (impact) => impact.affectedInstances as never[],
      }),
      unaffectedInstances: t.field({
        type: [InstanceType],
        description: 'Instances behind the gateway that keep internet access (they hold a floating IP).',
        resolve: (impact) => impact.unaffectedInstances as never[],
      }),
    }),
  });

export const InternetGatewayType = builder.prismaNode('InternetGateway', {
  description: 'Connects the subnets of one routing table to an external network (the internet) through a public IP.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({
    name: t.exposeString('name', { description: "Display name; also the managed route's gateway name." }),
    project: t.relation('project', { description: 'The project that owns the gateway.' }),
    externalNetwork: t.relation('externalNetwork', { description: 'The external network it connects to.' }),
    status: t.expose('status', { type: InternetGatewayStatusEnum, description: 'Working, restarting, or failed.' }),
    statusIndicator: t.field({
      type: StatusIndicatorEnum,
      description: 'The status light: GREEN, YELLOW while restarting, RED after a failed restart.',
      select: { status: true },
      resolve: (gateway) => statusIndicatorOf(gateway.status),
    }),
    routingTable: t.relation('routingTable', {
      nullable: true,
      description: 'The routing table it is attached to, if any.',
    }),
    publicIp: t.string({
      nullable: true,
      description: 'Public IP allocated for internet access while attached; null when detached.',
      select: { publicAddress: { select: { address: true } } },
      resolve: (gateway) => gateway.publicAddress?.address ?? null,
    }),
    restartRequired: t.boolean({
      description:
        'True while the gateway runs on a server scheduled for maintenance: the console shows a Restart button.',
      select: {
        gatewayServer: { select: { maintenanceStartsAt: true, maintenanceEndsAt: true, maintenanceDescription: true } },
      },
      resolve: (gateway, _args, context) =>
        activeMaintenanceWindow(gateway.gatewayServer, context.services.clock.now()) !== null,
    }),
    maintenance: t.field({
      type: MaintenanceWindowType,
      nullable: true,
      description: 'The maintenance schedule to show beside the Restart button; null when no restart is required.',
      select: {
        gatewayServer: { select: { maintenanceStartsAt: true, maintenanceEndsAt: true, maintenanceDescription: true } },
      },
      resolve: (gateway, _args, context) =>
        activeMaintenanceWindow(gateway.gatewayServer, context.services.clock.now()),
    }),
    restartImpact: t.field({
      type: RestartImpactType,
      description: 'Which instances behind the gateway lose internet access while it restarts, and which keep it.',
      select: { routingTableId: true },
      resolve: (gateway, _args, context) => context.services.internetGateway.restartImpact(gateway),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the gateway was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the gateway last changed.' }),
  }),
});

const InternetGatewayFilterInput = builder.inputType('InternetGatewayFilter', {
  description: 'Narrows a listing of internet gateways; every field given must match.',
  fields: (t) => ({
    projectId: t.id({
      required: false,
      description: "OPERATOR only: one project's gateways (members always see only their own).",
    }),
    name: t.string({ required: false, description: 'Exactly this name.' }),
    externalNetworkId: t.id({ required: false, description: 'Gateways on this external network.' }),
    routingTableId: t.id({ required: false, description: 'The gateway attached to this routing table.' }),
    status: t.field({ type: InternetGatewayStatusEnum, required: false, description: 'Gateways in this status.' }),
    restartRequired: t.boolean({
      required: false,
      description: 'Gateways that must (true) or need not (false) restart.',
    }),
    attached: t.boolean({ required: false, description: 'Attached (true) or detached (false) gateways.' }),
  }),
});

/** A filter ID that names nothing visible matches nothing, rather than failing the listing. */
const unmatchable = '00000000-0000-0000-0000-000000000000';
const filterId = (id: string | null | undefined, typename: string) =>
  id == null ? null : (decodeGlobalIdOrNull(id, typename) ?? unmatchable);

builder.queryFields((t) => ({
  internetGateways: t.prismaConnection(
    {
      type: 'InternetGateway',
      cursor: 'id',
      description: "The caller's internet gateways (every project's, for operators), oldest first.",
      args: {
        filter: t.arg({ type: InternetGatewayFilterInput, required: false, description: 'Narrows the listing.' }),
      },
      resolve: (query, _root, { filter }, context) =>
        context.prisma.internetGateway.findMany({
          ...query,
          where: listWhere(context, filter),
        }),
      totalCount: (_connection, { filter }, context) =>
        context.prisma.internetGateway.count({ where: listWhere(context, filter) }),
    },
    { name: 'InternetGatewayConnection', description: 'A page of internet gateways.' },
    { name: 'InternetGatewayEdge', description: 'An internet gateway in a page.' },
  ),
  internetGateway: t.prismaField({
    type: 'InternetGateway',
    nullable: true,
    description: 'An internet gateway by ID; null when it does not exist or is not visible.',
    args: { id: t.arg.id({ description: 'The internet gateway ID.' }) },
    resolve: (query, _root, { id }, context) =>
      context.prisma.internetGateway.findFirst({
        ...query,
        where: { id: decodeGlobalIdOrNull(id, 'InternetGateway') ?? unmatchable, ...projectScope(context.actor) },
      }),
  }),
  attachableInternetGateways: t.prismaField({
    type: ['InternetGateway'],
    description: 'Gateways the routing table can attach: ACTIVE and attached nowhere.',
    resolve: (query, _root, _args, context) =>
      context.prisma.internetGateway.findMany({
        ...query,
        where: context.services.internetGateway.attachableWhere(context.actor),
        orderBy: { id: 'asc' },
      }),
  }),
}));

function listWhere(context: Context, filter: typeof InternetGatewayFilterInput.$inferInput | null | undefined) {
  return context.services.internetGateway.listWhere(context.actor, {
    ...filter,
    projectId: filterId(filter?.projectId, 'Project'),
    externalNetworkId: filterId(filter?.externalNetworkId, 'ExternalNetwork'),
    routingTableId: filterId(filter?.routingTableId, 'RoutingTable'),
  });
}

const AttachmentResult = (name: string, description: string) =>
  builder.objectRef<{ routingTable: RoutingTable; internetGateway: InternetGateway }>(name).implement({
    description,
    fields: (t) => ({
      routingTable: t.expose('routingTable', {
        type: RoutingTableType,
        description: 'The routing table, as it is now.',
      }),
      internetGateway: t.expose('internetGateway', {
        type: InternetGatewayType,
        description: 'The gateway, as it is now.',
      }),
    }),
  });

const AttachInternetGatewaySuccess = AttachmentResult(
  'AttachInternetGatewaySuccess',
  'The gateway is attached: it has a public IP and the routing table has its 0.0.0.0/0 route.',
);
const DetachInternetGatewaySuccess = AttachmentResult(
  'DetachInternetGatewaySuccess',
  'The gateway is detached: its route is gone and its public IP is back in the pool.',
);

const CreateInternetGatewayInput = builder.inputType('CreateInternetGatewayInput', {
  fields: (t) => ({
    name: t.string({ description: 'Display name, 1–255 printable characters.' }),
    externalNetworkId: t.id({ description: 'The external network to connect to, e.g. Public Network.' }),
  }),
});
const RenameInternetGatewayInput = builder.inputType('RenameInternetGatewayInput', {
  fields: (t) => ({
    id: t.id({ description: 'The gateway to rename.' }),
    name: t.string({ description: 'The new name, 1–255 printable characters.' }),
  }),
});
const AttachInternetGatewayInput = builder.inputType('AttachInternetGatewayInput', {
  fields: (t) => ({
    routingTableId: t.id({ description: 'A routing table with no gateway and no 0.0.0.0/0 route.' }),
    internetGatewayId: t.id({ description: 'A gateway attached nowhere.' }),
  }),
});
const DetachInternetGatewayInput = builder.inputType('DetachInternetGatewayInput', {
  fields: (t) => ({ routingTableId: t.id({ description: 'The routing table whose gateway to detach.' }) }),
});
const DeleteInternetGatewayInput = builder.inputType('DeleteInternetGatewayInput', {
  fields: (t) => ({ id: t.id({ description: 'The gateway to delete; an attached one is detached first.' }) }),
});

builder.mutationFields((t) => ({
  createInternetGateway: t.field({
    type: InternetGatewayType,
    description: 'Creates an internet gateway on an external network, placed on a healthy gateway server.',
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateInternetGatewayInput }) },
    errors: mutationResult('CreateInternetGateway', 'internetGateway', [
      ValidationError,
      NotFoundError,
      ConflictError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.internetGateway.create(context.actor, {
        name: input.name,
        externalNetworkId: decodeGlobalId(input.externalNetworkId, 'ExternalNetwork'),
      }),
  }),
  renameInternetGateway: t.field({
    type: InternetGatewayType,
    description: 'Renames a gateway; its managed route follows.',
    authScopes: { member: true },
    args: { input: t.arg({ type: RenameInternetGatewayInput }) },
    errors: mutationResult('RenameInternetGateway', 'internetGateway', [
      ValidationError,
      NotFoundError,
      ConflictError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.internetGateway.rename(context.actor, {
        id: decodeGlobalId(input.id, 'InternetGateway'),
        name: input.name,
      }),
  }),
  attachInternetGateway: t.field({
    type: AttachInternetGatewaySuccess,
    description: 'Attaches a gateway to a routing table: allocates its public IP and adds the managed 0.0.0.0/0 route.',
    authScopes: { member: true },
    args: { input: t.arg({ type: AttachInternetGatewayInput }) },
    errors: directMutationResult('AttachInternetGateway', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.internetGateway.attach(context.actor, {
        routingTableId: decodeGlobalId(input.routingTableId, 'RoutingTable'),
        internetGatewayId: decodeGlobalId(input.internetGatewayId, 'InternetGateway'),
      }),
  }),
  detachInternetGateway: t.field({
    type: DetachInternetGatewaySuccess,
    description:
      "Detaches the routing table's gateway; refused while instances or load balancers behind it hold floating IPs.",
    authScopes: { member: true },
    args: { input: t.arg({ type: DetachInternetGatewayInput }) },
    errors: directMutationResult('DetachInternetGateway', [
      NotFoundError,
      ConflictError,
      FloatingIpInUseError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.internetGateway.detach(context.actor, {
        routingTableId: decodeGlobalId(input.routingTableId, 'RoutingTable'),
      }),
  }),
  deleteInternetGateway: t.field({
    type: 'ID',
    description: 'Deletes a gateway, detaching it first (under the same rule as detach) when attached.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteInternetGatewayInput }) },
    errors: mutationResult('DeleteInternetGateway', 'deletedId', [
      NotFoundError,
      ConflictError,
      FloatingIpInUseError,
      ForbiddenError,
    ]),
    resolve: async (_root, { input }, context) => {
      await context.services.internetGateway.delete(context.actor, decodeGlobalId(input.id, 'InternetGateway'));
      return input.id;
    },
  }),
}));

const InternetGatewayStatusEventType = builder
  .objectRef<InternetGatewayStatusChange>('InternetGatewayStatusEvent')
  .implement({
    description: "A gateway's status, status light or restart-required flag changed.",
    fields: (t) => ({
      internetGateway: t.prismaField({
        type: 'InternetGateway',
        description: 'The gateway, as it is now.',
        resolve: (query, event, _args, context) =>
          context.prisma.internetGateway.findUniqueOrThrow({ ...query, where: { id: event.internetGatewayId } }),
      }),
      status: t.field({
        type: InternetGatewayStatusEnum,
        description: 'The new status.',
        resolve: (event) => event.status,
      }),
      statusIndicator: t.field({
        type: StatusIndicatorEnum,
        description: 'The new status light.',
        resolve: (event) => statusIndicatorOf(event.status),
      }),
      previousStatus: t.field({
        type: InternetGatewayStatusEnum,
        nullable: true,
        description: 'The status before the change (the same when only restart-required changed).',
        resolve: (event) => event.previousStatus,
      }),
      restartRequired: t.exposeBoolean('restartRequired', { description: 'Whether the gateway must restart now.' }),
      occurredAt: t.field({
        type: 'DateTime',
        description: 'When the change happened.',
        resolve: (event) => new Date(event.occurredAt),
      }),
    }),
  });

builder.subscriptionField('internetGatewayStatusChanged', (t) =>
  t.field({
    type: InternetGatewayStatusEventType,
    description:
      'Status, indicator or restart-required changes of one gateway, or of every gateway the caller can see when id is omitted.',
    args: { id: t.arg.id({ required: false, description: 'One gateway; omit for all the caller can see.' }) },
    subscribe: (_root, { id }, context) =>
      context.services.internetGateway.followStatusChanges(
        context.actor,
        id ? decodeGlobalId(id, 'InternetGateway') : null,
      ),
    resolve: (change) => change,
  }),
);
