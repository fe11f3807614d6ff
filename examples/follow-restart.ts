// Follows an internet gateway's restart live over graphql-ws and prints each phase as it comes.
//
//   npx tsx examples/follow-restart.ts ws://127.0.0.1:4000/graphql <token> <internet gateway ID>

import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../src/generated/graphql/index.js';

export const FollowRestartDocument = graphql(`
  subscription FollowRestart($id: ID!) {
    internetGatewayRestartProgress(id: $id) {
      phase
      progressPercent
      message
      occurredAt
      restart {
        internetGateway {
          name
          status
          statusIndicator
        }
      }
    }
  }
`);

export type RestartProgressEvent = ResultOf<typeof FollowRestartDocument>['internetGatewayRestartProgress'];

/** Calls `onEvent` for each phase until the restart completes or fails. */
export function followRestart(
  options: { url: string; token: string; internetGatewayId: string },
  onEvent: (event: RestartProgressEvent) => void,
): Promise<void> {
  const client = createClient({
    url: options.url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${options.token}` },
    retryAttempts: 0,
  });
  return new Promise<void>((resolve, reject) => {
    client.subscribe<ResultOf<typeof FollowRestartDocument>>(
      { query: print(FollowRestartDocument), variables: { id: options.internetGatewayId } },
      {
        next: (result) => {
          if (result.data) onEvent(result.data.internetGatewayRestartProgress);
          else reject(new Error(JSON.stringify(result.errors)));
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: resolve,
      },
    );
  }).finally(() => client.dispose());
}

if (process.argv[1] === import.meta.filename) {
  const [url, token, internetGatewayId] = process.argv.slice(2);
  if (!url || !token || !internetGatewayId) {
    process.stderr.write('usage: npx tsx examples/follow-restart.ts <ws url> <token> <internet gateway ID>\n');
    process.exit(2);
  }
  await followRestart({ url, token, internetGatewayId }, (event) => {
    const gateway = event.restart.internetGateway;
    process.stdout.write(
      `${event.occurredAt}  ${event.phase.padEnd(9)} ${String(event.progressPercent).padStart(3)}%  ${gateway.status}/${gateway.statusIndicator}  ${event.message ?? ''}\n`,
    );
  }).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
