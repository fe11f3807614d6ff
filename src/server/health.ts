// Health endpoints for load balancers and orchestrators, outside GraphQL and its authentication:
// /healthz says the process serves requests; /readyz also that its database answers.
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.js';

export function healthEndpoints(database: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        const ready = await database.ping();
        endResponse(
          fetchAPI.Response.json({ status: ready ? 'ready' : 'database unavailable' }, { status: ready ? 200 : 503 }),
        );
      }
    },
  };
}
