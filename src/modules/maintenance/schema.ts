import { builder } from '../../builder.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId } from '../../common/ids.js';
import { InternetGatewayType } from '../internet-gateway/schema.js';
import { activeMaintenanceWindow } from './maintenance-window.js';
import { MaintenanceWindowType } from './maintenance-window-schema.js';

const GatewayServerStateEnum = builder.enumType('GatewayServerState', {
  description: 'Whether a gateway server can host gateways.',
  values: {
    ACTIVE: { description: 'Up: it hosts gateways and takes new ones unless maintenance is scheduled.' },
    DOWN: { description: 'Out of service: no gateway is placed or restarted onto it.' },
  },
});

/** Members never see servers: a server ID names nothing for them. */
const noServer = '';

export const GatewayServerType = builder.prismaNode('GatewayServer', {
  description: 'A data-plane server that hosts internet gateways. Visible to OPERATOR tokens only.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id: context.actor.role === 'OPERATOR' ? id : noServer }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Host name, unique.' }),
    state: t.expose('state', { type: GatewayServerStateEnum, description: 'Up or down.' }),
    maintenance: t.field({
      type: MaintenanceWindowType,
      nullable: true,
      description: 'Set while the server is scheduled for maintenance: its gateways must restart onto another server.',
      select: { maintenanceStartsAt: true, maintenanceEndsAt: true, maintenanceDescription: true },
      resolve: (server, _args, context) => activeMaintenanceWindow(server, context.services.clock.now()),
    }),
    internetGatewayCount: t.relationCount('internetGateways', { description: 'How many gateways it hosts.' }),
  }),
});

builder.prismaObjectField(InternetGatewayType, 'gatewayServer', (t) =>
  t.field({
    type: GatewayServerType,
    nullable: true,
    description: 'The server hosting the gateway: OPERATOR tokens only, null for MEMBER tokens.',
    select: (_args, _context, nestedSelection) => ({ gatewayServer: nestedSelection() }),
    resolve: (gateway, _args, context) => (context.actor.role === 'OPERATOR' ? gateway.gatewayServer : null),
  }),
);

builder.queryField('gatewayServers', (t) =>
  t.prismaField({
    type: ['GatewayServer'],
    description: 'OPERATOR only: every gateway server.',
    authScopes: { operator: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.gatewayServer.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);

const CreateGatewayServerInput = builder.inputType('CreateGatewayServerInput', {
  fields: (t) => ({ name: t.string({ description: 'Host name, unique.' }) }),
});
const SetGatewayServerStateInput = builder.inputType('SetGatewayServerStateInput', {
  fields: (t) => ({
    gatewayServerId: t.id({ description: 'The server.' }),
    state: t.field({ type: GatewayServerStateEnum, description: 'Its new state.' }),
  }),
});
const ScheduleGatewayServerMaintenanceInput = builder.inputType('ScheduleGatewayServerMaintenanceInput', {
  fields: (t) => ({
    gatewayServerId: t.id({ description: 'The server to maintain.' }),
    startsAt: t.field({ type: 'DateTime', description: 'When the maintenance starts.' }),
    endsAt: t.field({ type: 'DateTime', description: 'When it ends: after startsAt, and in the future.' }),
    description: t.string({ required: false, description: 'What the maintenance is for, shown to operators.' }),
  }),
});
const CancelGatewayServerMaintenanceInput = builder.inputType('CancelGatewayServerMaintenanceInput', {
  fields: (t) => ({ gatewayServerId: t.id({ description: 'The server whose maintenance to cancel.' }) }),
});

const serverId = (id: string) => decodeGlobalId(id, 'GatewayServer');

builder.mutationFields((t) => ({
  createGatewayServer: t.field({
    type: GatewayServerType,
    description: 'OPERATOR only: adds a gateway server; new gateways may be placed on it at once.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: CreateGatewayServerInput }) },
    errors: mutationResult('CreateGatewayServer', 'gatewayServer', [ValidationError, ForbiddenError]),
    resolve: (_root, { input }, context) => context.services.maintenance.createServer(input),
  }),
  setGatewayServerState: t.field({
    type: GatewayServerType,
    description: 'OPERATOR only: marks a server ACTIVE or DOWN.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: SetGatewayServerStateInput }) },
    errors: mutationResult('SetGatewayServerState', 'gatewayServer', [NotFoundError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.maintenance.setServerState({
        gatewayServerId: serverId(input.gatewayServerId),
        state: input.state,
      }),
  }),
  scheduleGatewayServerMaintenance: t.field({
    type: GatewayServerType,
    description:
      'OPERATOR only: schedules maintenance; every gateway on the server must restart from now until the window ends.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: ScheduleGatewayServerMaintenanceInput }) },
    errors: mutationResult('ScheduleGatewayServerMaintenance', 'gatewayServer', [
      ValidationError,
      NotFoundError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.maintenance.scheduleMaintenance({
        gatewayServerId: serverId(input.gatewayServerId),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        description: input.description ?? null,
      }),
  }),
  cancelGatewayServerMaintenance: t.field({
    type: GatewayServerType,
    description: "OPERATOR only: cancels a server's maintenance; its gateways no longer need to restart.",
    authScopes: { operator: true },
    args: { input: t.arg({ type: CancelGatewayServerMaintenanceInput }) },
    errors: mutationResult('CancelGatewayServerMaintenance', 'gatewayServer', [NotFoundError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.maintenance.cancelMaintenance({ gatewayServerId: serverId(input.gatewayServerId) }),
  }),
}));
