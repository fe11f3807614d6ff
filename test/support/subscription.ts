// Records a subscription's results so that tests can wait for what they expect. Waiting is on
// the events themselves (with a deadline so that a broken stream fails the test), never on time.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import type { Client } from 'graphql-ws';

export class SubscriptionRecorder<T> {
  readonly results: ExecutionResult<T>[] = [];
  /** Resolves when the server completes the stream; rejects when it errors. */
  readonly finished: Promise<void>;
  #changed: () => void = () => {};
  #dispose: () => void = () => {};
  #ended = false;

  constructor(client: Client, document: TypedDocumentNode<T, unknown>, variables?: Record<string, unknown>) {
    this.finished = new Promise<void>((resolve, reject) => {
      this.#dispose = client.subscribe<T>(
        { query: print(document), variables },
        {
          next: (result) => {
            this.results.push(result as ExecutionResult<T>);
            this.#changed();
          },
          error: (error) => {
            this.#ended = true;
            this.#changed();
            reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
          },
          complete: () => {
            this.#ended = true;
            this.#changed();
            resolve();
          },
        },
      );
    });
    // Tests that expect an error await `finished` themselves; this keeps it from being unhandled.
    this.finished.catch(() => {});
  }

  /** The data of every result received so far. */
  get data(): T[] {
    return this.results.flatMap((result) => (result.data ? [result.data] : []));
  }

  /** Resolves once `ready(results)` holds; rejects if the stream ends first or the deadline passes. */
  async until(ready: (data: T[]) => boolean, deadlineMs = 15_000): Promise<T[]> {
    const deadline = Date.now() + deadlineMs;
    while (!ready(this.data)) {
      if (this.#ended)
        throw new Error(`subscription ended before the expected events: ${JSON.stringify(this.results)}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`no expected events within ${deadlineMs} ms: ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#changed = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return this.data;
  }

  dispose(): void {
    this.#dispose();
  }
}

export function record<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): SubscriptionRecorder<T> {
  return new SubscriptionRecorder<T>(
    client,
    document as TypedDocumentNode<T, unknown>,
    variables as Record<string, unknown>,
  );
}

/** Resolves once the client has acknowledged a connection (or rejects with its close event). */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offClosed();
      offConnected();
      resolve();
    });
    const offClosed = client.on('closed', (event) => {
      offClosed();
      offConnected();
      reject(event);
    });
  });
}
