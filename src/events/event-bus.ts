// Publish/subscribe between the services that change state and the GraphQL subscriptions that
// stream it. In one process events stay in memory; scaled out, Redis carries them between
// instances. Services publish only after their transaction has committed.

/** A named stream of events whose payloads are `T` (plain JSON: they may cross Redis). */
export interface Channel<T> {
  readonly name: string;
  /** Never set: carries `T` for the type checker. */
  readonly payloadType?: T;
}

export function channel<T>(name: string): Channel<T> {
  return { name };
}

export interface EventBus {
  publish<T>(channel: Channel<T>, payload: T): Promise<void>;
  /**
   * Resolves once every event published from then on will be delivered to the returned stream,
   * so a subscriber can read the current state afterwards without missing a change.
   * Returning from the iterator ends the subscription.
   */
  subscribe<T>(channel: Channel<T>): Promise<AsyncIterableIterator<T>>;
  close(): Promise<void>;
}

interface Sink {
  push(payload: unknown): void;
  end(): void;
}

/**
 * Local fan-out shared by both buses: the subscribers of each channel, each with its own queue.
 * A subscriber that falls behind keeps its newest `bufferSize` events.
 */
export class SubscriberRegistry {
  readonly #sinks = new Map<string, Set<Sink>>();

  constructor(private readonly bufferSize = 1024) {}

  dispatch(name: string, payload: unknown): void {
    for (const sink of this.#sinks.get(name) ?? []) sink.push(payload);
  }

  /** A new subscriber's stream; `onLastGone` runs when the channel has no subscriber left. */
  add<T>(name: string, onLastGone: () => void): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let ended = false;
    const sinks = this.#sinks.get(name) ?? new Set<Sink>();
    this.#sinks.set(name, sinks);

    const end = () => {
      if (ended) return;
      ended = true;
      sinks.delete(sink);
      if (sinks.size === 0 && this.#sinks.get(name) === sinks) {
        this.#sinks.delete(name);
        onLastGone();
      }
      waiting?.({ value: undefined, done: true });
      waiting = null;
    };
    const sink: Sink = {
      push: (payload) => {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: payload as T, done: false });
          return;
        }
        queue.push(payload as T);
        if (queue.length > this.bufferSize) queue.shift();
      },
      end,
    };
    sinks.add(sink);

    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => {
        end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Ends every subscriber's stream, e.g. at shutdown. */
  endAll(): void {
    for (const sinks of [...this.#sinks.values()]) for (const sink of [...sinks]) sink.end();
  }
}

/**
 * Subscribes first and then runs `prepare` (the reads a stream starts from), so that no event
 * committed meanwhile is missed; the subscription is closed again if `prepare` throws.
 */
export async function subscribeBefore<T, R>(
  events: EventBus,
  channel: Channel<T>,
  prepare: (stream: AsyncIterableIterator<T>) => Promise<R>,
): Promise<R> {
  const stream = await events.subscribe(channel);
  try {
    return await prepare(stream);
  } catch (error) {
    await stream.return?.();
    throw error;
  }
}
