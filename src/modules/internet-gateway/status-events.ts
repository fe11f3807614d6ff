import { channels, type InternetGatewayStatusChange } from '../../events/channels.js';
import type { EventBus } from '../../events/event-bus.js';

/** Tells subscribers about gateways whose status or restart-required flag changed (after commit). */
export async function publishStatusChanges(
  events: EventBus,
  changes: Omit<InternetGatewayStatusChange, 'occurredAt'>[],
  now: Date,
) {
  for (const change of changes) {
    await events.publish(channels.internetGatewayStatus, { ...change, occurredAt: now.toISOString() });
  }
}
