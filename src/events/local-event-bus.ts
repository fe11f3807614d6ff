import { type Channel, type EventBus, SubscriberRegistry } from './event-bus.js';

/** Events within one process: the embedded default. */
export function createLocalEventBus(): EventBus {
  const subscribers = new SubscriberRegistry();
  return {
    async publish<T>(channel: Channel<T>, payload: T) {
      // Through JSON, as over Redis, so that both buses hand subscribers the same values.
      subscribers.dispatch(channel.name, JSON.parse(JSON.stringify(payload)));
    },
    async subscribe<T>(channel: Channel<T>) {
      return subscribers.add<T>(channel.name, () => {});
    },
    async close() {
      subscribers.endAll();
    },
  };
}
