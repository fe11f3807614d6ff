// Talks to a running igw over HTTP (queries, mutations) and graphql-ws (subscriptions), typed by
// the documents codegen generates from the tests' own `graphql(...)` calls, and narrows the result
// unions mutations answer with.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class ApiClient {
  constructor(
    readonly url: string,
    readonly token: string | null,
  ) {}

  /** Sends an operation and returns the raw response, errors included. */
  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Sends an operation that must succeed without GraphQL errors, and returns its data. */
  async execute<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const response = await this.request(document, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** A graphql-ws client authenticated with this client's token in connection_init. */
  webSocket(options: { retryAttempts?: number } = {}): Client {
    return createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
      retryAttempts: options.retryAttempts ?? 0,
      lazy: true,
    });
  }
}

/** Narrows a result union to the member the test expects, failing with the whole result otherwise. */
export function expectTypename<R extends { __typename: string }, N extends R['__typename']>(
  result: R,
  typename: N,
): Extract<R, { __typename: N }> {
  if (result.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result as Extract<R, { __typename: N }>;
}
