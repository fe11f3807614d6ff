import { builder } from '../../builder.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js';
import { ErrorInterface, mutationResult } from '../../common/errors-schema.js';
import { decodeGlobalId, parseGlobalId } from '../../common/ids.js';
import { InstanceType, LoadBalancerType } from '../network/schema.js';
import { projectScope } from '../tenancy/actor.js';
import { FloatingIpInUseError } from './errors.js';
import type { FloatingIpTarget } from './service.js';

const FloatingIpTargetUnion = builder.unionType('FloatingIpTarget', {
  description: 'What a floating IP can be associated with.',
  types: [InstanceType, LoadBalancerType],
  resolveType: (target) => (InstanceType.hasBrand(target) ? InstanceType : LoadBalancerType),
});

export const FloatingIpType = builder.prismaNode('FloatingIp', {
  description: "A public address of an external network's pool, held by the project until it deletes it.",
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => ({ id, ...projectScope(context.actor) }),
  fields: (t) => ({
    address: t.string({
      description: 'The public address.',
      select: { address: { select: { address: true } } },
      resolve: (floatingIp) => floatingIp.address.address,
    }),
    externalNetwork: t.relation('externalNetwork', { description: 'The external network it comes from.' }),
    attachedTo: t.field({
      type: FloatingIpTargetUnion,
      nullable: true,
      description: 'What the floating IP is associated with; null when free.',
      select: (_args, _context, nestedSelection) => ({
        port: {
          select: {
            instance: nestedSelection(true, [], 'Instance'),
            loadBalancer: nestedSelection(true, [], 'LoadBalancer'),
          },
        },
      }),
      // Branded, because an instance and a load balancer row look alike to the union.
      resolve: (floatingIp) => {
        if (floatingIp.port?.instance) return InstanceType.addBrand(floatingIp.port.instance);
        if (floatingIp.port?.loadBalancer) return LoadBalancerType.addBrand(floatingIp.port.loadBalancer);
        return null;
      },
    }),
  }),
});

for (const owner of [InstanceType, LoadBalancerType]) {
  builder.prismaObjectField(owner, 'floatingIp', (t) =>
    t.field({
      type: FloatingIpType,
      nullable: true,
      description: 'The floating IP associated with it, if any.',
      select: (_args, _context, nestedSelection) => ({ port: { select: { floatingIp: nestedSelection() } } }),
      resolve: (target) => target.port.floatingIp,
    }),
  );
}

builder.objectType(FloatingIpInUseError, {
  name: 'FloatingIpInUseError',
  description:
    'Detach or delete refused: these floating IPs, held by instances or load balancers behind the routing table, must be released first.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    floatingIps: t.field({
      type: [FloatingIpType],
      description: 'The floating IPs to disassociate first.',
      resolve: (error) => error.floatingIps,
    }),
  }),
});

builder.queryField('floatingIps', (t) =>
  t.prismaField({
    type: ['FloatingIp'],
    description: "The caller's floating IPs (every project's, for operators).",
    resolve: (query, _root, _args, context) =>
      context.prisma.floatingIp.findMany({ ...query, where: projectScope(context.actor), orderBy: { id: 'asc' } }),
  }),
);

const CreateFloatingIpInput = builder.inputType('CreateFloatingIpInput', {
  fields: (t) => ({ externalNetworkId: t.id({ description: 'The external network whose pool it comes from.' }) }),
});
const AssociateFloatingIpInput = builder.inputType('AssociateFloatingIpInput', {
  fields: (t) => ({
    floatingIpId: t.id({ description: 'A free floating IP of the project.' }),
    targetId: t.id({ description: 'An Instance or LoadBalancer ID.' }),
  }),
});
const DisassociateFloatingIpInput = builder.inputType('DisassociateFloatingIpInput', {
  fields: (t) => ({ floatingIpId: t.id({ description: 'The floating IP to free.' }) }),
});
const DeleteFloatingIpInput = builder.inputType('DeleteFloatingIpInput', {
  fields: (t) => ({ id: t.id({ description: 'A free floating IP: its address returns to the pool.' }) }),
});

/** The instance or load balancer an ID names; another kind of object is a validation error. */
function decodeTarget(targetId: string): FloatingIpTarget {
  const parsed = parseGlobalId(targetId);
  if (parsed && parsed.typename !== 'Instance' && parsed.typename !== 'LoadBalancer') {
    throw ValidationError.field(['input', 'targetId'], 'must be an Instance or LoadBalancer ID');
  }
  const kind = parsed?.typename === 'LoadBalancer' ? 'LoadBalancer' : 'Instance';
  return { kind, id: decodeGlobalId(targetId, kind) };
}

builder.mutationFields((t) => ({
  createFloatingIp: t.field({
    type: FloatingIpType,
    description: "Takes a free address from an external network's pool for the project.",
    authScopes: { member: true },
    args: { input: t.arg({ type: CreateFloatingIpInput }) },
    errors: mutationResult('CreateFloatingIp', 'floatingIp', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.floatingIp.create(context.actor, {
        externalNetworkId: decodeGlobalId(input.externalNetworkId, 'ExternalNetwork'),
      }),
  }),
  associateFloatingIp: t.field({
    type: FloatingIpType,
    description:
      "Associates a floating IP with an instance or load balancer whose subnet is routed to an internet gateway on the floating IP's external network.",
    authScopes: { member: true },
    args: { input: t.arg({ type: AssociateFloatingIpInput }) },
    errors: mutationResult('AssociateFloatingIp', 'floatingIp', [
      NotFoundError,
      ConflictError,
      ValidationError,
      ForbiddenError,
    ]),
    resolve: (_root, { input }, context) =>
      context.services.floatingIp.associate(context.actor, {
        floatingIpId: decodeGlobalId(input.floatingIpId, 'FloatingIp'),
        target: decodeTarget(input.targetId),
      }),
  }),
  disassociateFloatingIp: t.field({
    type: FloatingIpType,
    description: "Frees a floating IP; it stays the project's.",
    authScopes: { member: true },
    args: { input: t.arg({ type: DisassociateFloatingIpInput }) },
    errors: mutationResult('DisassociateFloatingIp', 'floatingIp', [NotFoundError, ForbiddenError]),
    resolve: (_root, { input }, context) =>
      context.services.floatingIp.disassociate(context.actor, decodeGlobalId(input.floatingIpId, 'FloatingIp')),
  }),
  deleteFloatingIp: t.field({
    type: 'ID',
    description: 'Deletes a free floating IP; its address returns to the pool.',
    authScopes: { member: true },
    args: { input: t.arg({ type: DeleteFloatingIpInput }) },
    errors: mutationResult('DeleteFloatingIp', 'deletedId', [NotFoundError, ConflictError, ForbiddenError]),
    resolve: async (_root, { input }, context) => {
      await context.services.floatingIp.delete(context.actor, decodeGlobalId(input.id, 'FloatingIp'));
      return input.id;
    },
  }),
}));
