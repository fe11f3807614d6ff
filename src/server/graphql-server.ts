// One HTTP server for everything: GraphQL over HTTP (and SSE) through yoga, GraphiQL in a
// browser, and graphql-ws WebSockets on the same path and port.
import { createServer, type Server } from 'node:http';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type ExecutionArgs, type execute, GraphQLError, type GraphQLSchema, type subscribe } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { yogaLogger } from '../logger.js';
import type { Actor } from '../modules/tenancy/actor.js';
import { bearerSecret } from '../modules/tenancy/secrets.js';
import type { Services } from '../services.js';
import { maskError, unauthenticatedError } from './errors.js';
import { healthEndpoints } from './health.js';

/** What the transports put into a request's context before the context factory runs. */
interface ServerContext {
  /** Set for WebSocket operations: the socket authenticated once, in connection_init. */
  actor?: Actor;
}

export interface GraphqlServer {
  yoga: YogaServerInstance<ServerContext, Context>;
  httpServer: Server;
  /** Closes every WebSocket (1001 Going Away) and stops accepting new ones. */
  closeWebSockets(): Promise<void>;
}

const maxWebSocketMessageBytes = 1024 * 1024;

/**
 * Far above what a console asks (the deepest legitimate read, a gateway page down to its
 * instances' floating IPs, is 9 levels), and far below what it takes to make one request load
 * the whole database through nested relations.
 */
const queryLimits = { tokens: 10_000, depth: 15, aliases: 50 };

export function createGraphqlServer(options: {
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
}): GraphqlServer {
  const { schema, services, logger } = options;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'igw', subscriptionsProtocol: 'WS' },
    logging: yogaLogger(logger),
    maskedErrors: { maskError },
    // Parse and validation limits: envelop plugins, so they hold over WebSocket as over HTTP.
    plugins: [
      healthEndpoints(services.database),
      maxTokensPlugin({ n: queryLimits.tokens }),
      maxDepthPlugin({ n: queryLimits.depth, ignoreIntrospection: true, flattenFragments: true }),
      maxAliasesPlugin({ n: queryLimits.aliases }),
      {
        // Before the request is parsed: without a valid token even a malformed operation gets
        // 401 UNAUTHENTICATED, and nothing about the schema is revealed.
        async onRequestParse({ request, serverContext }) {
          (serverContext as ServerContext).actor = await authenticateHttpRequest(services, request);
        },
      },
    ],
    context: ({ actor }): Context => {
      if (!actor) throw unauthenticatedError('Send an API token: Authorization: Bearer <secret>');
      return { actor, services, prisma: services.database.client };
    },
  });

  const httpServer = createServer(yoga);
  // Longer than the idle timeout of clients and load balancers (often 60 s), so that the server
  // never closes a kept-alive connection just as a client sends its next request on it.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const webSocketServer = new WebSocketServer({
    server: httpServer,
    path: yoga.graphqlEndpoint,
    maxPayload: maxWebSocketMessageBytes,
    // zlib state per socket would dominate memory with thousands of dashboards connected.
    perMessageDeflate: false,
  });

  useServer<Record<string, unknown>, { actor: Actor }>(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      // Returning false closes the socket with 4403 Forbidden, graphql-ws' code for a bad token.
      onConnect: async (ctx) => {
        const secret = bearerSecret(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
        const actor = secret === null ? null : await services.tenancy.authenticate(secret);
        if (!actor) return false;
        ctx.extra.actor = actor;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const actor = ctx.extra.actor;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          actor,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
          // Limits (depth, aliases) throw rather than report: caught, like parse errors.
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
        } catch (error) {
          // Returned, not thrown: a throw would close the socket and every subscription on it.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args: ExecutionArgs = {
          schema,
          operationName: payload.operationName ?? null,
          document,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
        return args;
      },
    },
    webSocketServer,
  );

  return {
    yoga,
    httpServer,
    closeWebSockets: () =>
      new Promise((resolve) => {
        for (const socket of webSocketServer.clients) socket.close(1001, 'server shutting down');
        webSocketServer.close(() => resolve());
      }),
  };
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => ReturnType<typeof execute>;
  subscribe: (args: ExecutionArgs) => ReturnType<typeof subscribe>;
}

async function authenticateHttpRequest(services: Services, request: Request): Promise<Actor> {
  const secret = bearerSecret(request.headers.get('authorization'));
  if (secret === null) {
    throw unauthenticatedError('Send an API token: Authorization: Bearer <secret>');
  }
  const actor = await services.tenancy.authenticate(secret);
  if (!actor) throw unauthenticatedError('The API token is not valid');
  return actor;
}
