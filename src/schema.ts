// Builds the GraphQL schema from the modules' types. Importing a module registers its types.
import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './common/errors-schema.js';
import './common/scalars.js';
import './modules/tenancy/schema.js';
import './modules/network/schema.js';
import './modules/routing/schema.js';
import './modules/floating-ip/schema.js';
import './modules/internet-gateway/schema.js';
import './modules/maintenance/schema.js';
import './modules/restart/schema.js';

builder.queryType({ description: 'Reads. Members see their own project; operators see every project.' });
builder.mutationType({ description: 'Changes. Each one is a single transaction: it happens wholly or not at all.' });
builder.subscriptionType({
  description: 'Live changes, over graphql-ws (WebSocket) or server-sent events on /graphql.',
});

export function buildSchema(): GraphQLSchema {
  return builder.toSchema({ sortSchema: true });
}
