import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type Channel, type EventBus, SubscriberRegistry } from './event-bus.js';

const prefix = 'igw:';

/**
 * Events shared by every instance through Redis pub/sub. Delivery is at most once (Redis keeps
 * nothing for a disconnected subscriber), so payloads carry full state rather than deltas.
 */
export async function createRedisEventBus(url: string, logger: Logger): Promise<EventBus> {
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const subscribers = new SubscriberRegistry();
  /** Redis' confirmation of each channel subscribed to, shared by its local subscribers. */
  const subscribed = new Map<string, Promise<unknown>>();

  subscriber.on('message', (redisChannel: string, message: string) => {
    const name = redisChannel.slice(prefix.length);
    try {
      subscribers.dispatch(name, JSON.parse(message));
    } catch (error) {
      logger.error({ err: error, channel: name }, 'dropped an unreadable event from Redis');
    }
  });
  for (const connection of [publisher, subscriber]) {
    connection.on('error', (error) => logger.warn({ err: error }, 'Redis connection error'));
  }

  return {
    async publish<T>(channel: Channel<T>, payload: T) {
      await publisher.publish(prefix + channel.name, JSON.stringify(payload));
    },
    async subscribe<T>(channel: Channel<T>) {
      const redisChannel = prefix + channel.name;
      const stream = subscribers.add<T>(channel.name, () => {
        subscribed.delete(channel.name);
        subscriber.unsubscribe(redisChannel).catch((error: unknown) => {
          logger.warn({ err: error, channel: channel.name }, 'Redis unsubscribe failed');
        });
      });
      let confirmation = subscribed.get(channel.name);
      if (!confirmation) {
        confirmation = subscriber.subscribe(redisChannel);
        subscribed.set(channel.name, confirmation);
      }
      // Wait for Redis to confirm, so that the caller can read current state without a gap.
      await confirmation;
      return stream;
    },
    async close() {
      subscribers.endAll();
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}
