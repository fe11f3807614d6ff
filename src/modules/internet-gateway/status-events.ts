import { channels, type InternetGatewayStatusChange } from '../../events/channels.js';
import type { EventBus } from '../../events/event-bus.js';
import type { InternetGatewayStatus } from '../../generated/prisma/sqlite/client.js';
import { activeMaintenanceWindow, type ServerMaintenanceFields } from '../maintenance/maintenance-window.js';

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

/** Tells subscribers a gateway's status changed; whether it must restart follows from its server. */
export function publishGatewayStatus(
  events: EventBus,
  gateway: {
    id: string;
    projectId: string;
    status: InternetGatewayStatus;
    gatewayServer: ServerMaintenanceFields | null;
  },
  previousStatus: InternetGatewayStatus,
  now: Date,
) {
  return publishStatusChanges(
    events,
    [
      {
        internetGatewayId: gateway.id,
        projectId: gateway.projectId,
        status: gateway.status,
        previousStatus,
        restartRequired: activeMaintenanceWindow(gateway.gatewayServer, now) !== null,
      },
    ],
    now,
  );
}
