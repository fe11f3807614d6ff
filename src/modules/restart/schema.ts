import { builder } from '../../builder.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { directMutationResult, mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId } from '../../common/ids.js';
import { channels, type RestartProgress } from '../../events/channels.js';
import type { GatewayRestart, InternetGateway } from '../../generated/prisma/sqlite/client.js';
import { InternetGatewayType } from '../internet-gateway/schema.js';
import { projectScope } from '../tenancy/actor.js';

const RestartPhaseEnum = builder.enumType('RestartPhase', {
  description: 'Where a restart stands.',
  values: {
    QUEUED: { description: 'Accepted; about to start.' },
    DRAINING: { description: 'Draining traffic from the old server.' },
    MIGRATING: { description: 'Moving the gateway to a healthy server.' },
    STARTING: { description: 'Starting the gateway on the new server.' },
    VERIFYING: { description: 'Verifying internet access through the gateway.' },
    COMPLETED: { description: 'Done: the gateway runs on the new server.' },
    FAILED: { description: 'Stopped: `failureReason` says why; the gateway is in ERROR and can be restarted again.' },
  },
});

export const GatewayRestartType = builder.prismaNode('GatewayRestart', {
  description: 'One attempt at restarting an internet gateway onto a healthy server.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, internetGateway: projectScope(context.actor) }),
  fields: (t) => ({
    internetGateway: t.relation('internetGateway', { description: 'The gateway being restarted.' }),
    phase: t.expose('phase', { type: RestartPhaseEnum, description: 'Where the restart stands.' }),
    progressPercent: t.exposeInt('progressPercent', { description: '0 to 100, never decreasing; 100 once COMPLETED.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the restart was requested.' }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it completed or failed.',
    }),
    failureReason: t.exposeString('failureReason', {
      nullable: true,
      description: 'Why the restart failed; null unless FAILED.',
    }),
  }),
});

builder.prismaObjectField(InternetGatewayType, 'latestRestart', (t) =>
  t.field({
    type: GatewayRestartType,
    nullable: true,
    description: 'The restart in progress, or the last one.',
    select: (_args, _context, nestedSelection) => ({
      restarts: { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: 1, ...nestedSelection() },
    }),
    resolve: (gateway) => gateway.restarts[0] ?? null,
  }),
);

export const RestartFailureReportType = builder.prismaNode('RestartFailureReport', {
  description: 'A failed restart, reported to operators automatically.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id: context.actor.role === 'OPERATOR' ? id : '' }),
  fields: (t) => ({
    internetGateway: t.relation('internetGateway', { description: 'The gateway whose restart failed.' }),
    restart: t.relation('restart', { description: 'The failed restart.' }),
    project: t.relation('project', { description: "The gateway's project." }),
    reason: t.exposeString('reason', { description: 'Why the restart failed.' }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', description: 'When the failure was reported.' }),
    acknowledgedAt: t.expose('acknowledgedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When an operator acknowledged it; null until then.',
    }),
  }),
});

builder.queryField('restartFailureReports', (t) =>
  t.prismaField({
    type: ['RestartFailureReport'],
    description: 'OPERATOR only: failed restarts, newest first.',
    authScopes: { operator: true },
    args: {
      unacknowledgedOnly: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Only reports no operator has acknowledged yet.',
      }),
    },
    resolve: (query, _root, { unacknowledgedOnly }, context) =>
      context.prisma.restartFailureReport.findMany({
        ...query,
        where: unacknowledgedOnly ? { acknowledgedAt: null } : {},
        orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

const RestartInternetGatewayInput = builder.inputType('RestartInternetGatewayInput', {
  fields: (t) => ({ id: t.id({ description: 'A gateway that must restart (restartRequired), or one in ERROR.' }) }),
});
const AcknowledgeRestartFailureReportInput = builder.inputType('AcknowledgeRestartFailureReportInput', {
  fields: (t) => ({ id: t.id({ description: 'The report.' }) }),
});

const RestartInternetGatewaySuccess = builder
  .objectRef<{ internetGateway: InternetGateway; restart: GatewayRestart }>('RestartInternetGatewaySuccess')
  .implement({
    description: 'The restart is under way; follow it with internetGatewayRestartProgress.',
    fields: (t) => ({
      internetGateway: t.expose('internetGateway', {
        type: InternetGatewayType,
        description: 'The gateway, now RESTARTING.',
      }),
      restart: t.expose('restart', { type: GatewayRestartType, description: 'The restart, QUEUED.' }),
    }),
  });

builder.mutationFields((t) => ({
  restartInternetGateway: t.field({
    type: RestartInternetGatewaySuccess,
    description:
      "Restarts a gateway onto a healthy server. Members restart their project's gateways; operators any project's.",
    args: { input: t.arg({ type: RestartInternetGatewayInput }) },
    errors: directMutationResult('RestartInternetGateway', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.restart.request(context.actor, decodeGlobalId(input.id, 'InternetGateway')),
  }),
  acknowledgeRestartFailureReport: t.field({
    type: RestartFailureReportType,
    description: 'OPERATOR only: marks a failure report as seen.',
    authScopes: { operator: true },
    args: { input: t.arg({ type: AcknowledgeRestartFailureReportInput }) },
    errors: mutationResult('AcknowledgeRestartFailureReport', 'report', [NotFoundError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.restart.acknowledgeReport(decodeGlobalId(input.id, 'RestartFailureReport')),
  }),
}));

const RestartProgressEventType = builder.objectRef<RestartProgress>('RestartProgressEvent').implement({
  description: 'A restart entered a phase.',
  fields: (t) => ({
    restart: t.prismaField({
      type: 'GatewayRestart',
      description: 'The restart, as it is now.',
      resolve: (query, event, _args, context) =>
        context.prisma.gatewayRestart.findUniqueOrThrow({ ...query, where: { id: event.restartId } }),
    }),
    phase: t.field({ type: RestartPhaseEnum, description: 'The phase entered.', resolve: (event) => event.phase }),
    progressPercent: t.exposeInt('progressPercent', { description: 'Progress on entering it, 0 to 100.' }),
    message: t.exposeString('message', { nullable: true, description: 'What is happening, for people.' }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When the phase was entered.',
      resolve: (event) => new Date(event.occurredAt),
    }),
  }),
});

builder.subscriptionFields((t) => ({
  internetGatewayRestartProgress: t.field({
    type: RestartProgressEventType,
    description:
      "Progress of the gateway's restart; the stream completes after COMPLETED or FAILED. Joining mid-restart starts with the current phase.",
    args: { id: t.arg.id({ description: 'The internet gateway.' }) },
    subscribe: (_root, { id }, context) =>
      context.services.restart.followProgress(context.actor, decodeGlobalId(id, 'InternetGateway')),
    resolve: (event) => event,
  }),
  restartFailureReported: t.prismaField({
    type: 'RestartFailureReport',
    description: 'OPERATOR only: each failed restart as it is reported.',
    authScopes: { operator: true },
    subscribe: (_root, _args, context) => context.services.events.subscribe(channels.restartFailureReported),
    resolve: (query, event, _args, context) =>
      context.prisma.restartFailureReport.findUniqueOrThrow({ ...query, where: { id: event.reportId } }),
  }),
}));
