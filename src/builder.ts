// Pothos configuration: plugins, scalar types, context. Types themselves live in the modules.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { isObjectType } from 'graphql';
import { ForbiddenError } from './common/errors.js';
import { encodeGlobalId, parseGlobalId } from './common/ids.js';
import type { Context } from './context.js';
import type PrismaTypes from './generated/pothos-prisma-types.js';
import { getDatamodel } from './generated/pothos-prisma-types.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { member: boolean; operator: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  // Errors first, so that the ForbiddenError scope-auth throws becomes a result-union member.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    // Per context, not a module-level client: each app (and each test) runs on its own database.
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesQueryOptions: false,
    nodeQueryOptions: {
      description: 'Any object by its global ID; null when it does not exist or is not visible to the caller.',
      // An ID that names no node type (malformed, or of a type such as Viewer) finds nothing.
      resolve: (_root, { id }, _context, info, resolveNode) => {
        const type = info.schema.getType(id.typename);
        const isNode = isObjectType(type) && type.getInterfaces().some((implemented) => implemented.name === 'Node');
        return isNode ? resolveNode(id) : null;
      },
    },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID (Relay).' },
    idFieldOptions: { description: 'Globally unique, opaque ID.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection stands (Relay).' },
    hasNextPageFieldOptions: { description: 'More items follow the last edge.' },
    hasPreviousPageFieldOptions: { description: 'Items precede the first edge.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge; pass it as `after` for the next page.' },
    cursorFieldOptions: { description: 'Opaque position of this edge, for `after`.' },
    edgesFieldOptions: { nullable: { list: false, items: false }, description: 'The items of this page.' },
    pageInfoFieldOptions: { description: 'Where this page stands.' },
    nodeFieldOptions: { nullable: false, description: 'The object at this position.' },
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, String(id)),
    decodeGlobalID: (globalId) => parseGlobalId(globalId) ?? { typename: '', id: '' },
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      member: context.actor.role === 'MEMBER',
      operator: context.actor.role === 'OPERATOR',
    }),
    unauthorizedError: (_parent, context) =>
      new ForbiddenError(
        context.actor.role === 'MEMBER'
          ? 'this operation needs an OPERATOR token'
          : 'this operation acts on a project: call it with a MEMBER token of that project',
      ),
  },
  errors: {
    defaultTypes: [],
  },
});
