// Gateway servers and their maintenance. Scheduling maintenance makes every gateway on the
// server a restart target at once; cancelling it, or its end, lifts that.
import { FieldErrors, NotFoundError, ValidationError } from '../../common/errors.js';
import { validName } from '../../common/names.js';
import { type Database, isUniqueViolation, type Tx } from '../../db/database.js';
import type { EventBus } from '../../events/event-bus.js';
import type { GatewayServerState } from '../../generated/prisma/sqlite/client.js';
import type { Clock } from '../../services.js';
import { publishStatusChanges } from '../internet-gateway/status-events.js';
import { activeMaintenanceWindow, type MaintenanceWindow } from './maintenance-window.js';
import * as store from './store.js';

const maxDescriptionLength = 1000;

export class MaintenanceService {
  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  listServers() {
    return store.listServers(this.database.client);
  }

  async createServer(input: { name: string }) {
    const name = validName(input.name);
    try {
      return await store.createServer(this.database.client, name);
    } catch (error) {
      if (isUniqueViolation(error))
        throw ValidationError.field(['input', 'name'], 'is already the name of a gateway server');
      throw error;
    }
  }

  /** A new installation starts with a few servers to place gateways on. */
  async ensureServers(names: readonly string[]) {
    if ((await store.countServers(this.database.client)) > 0) return;
    for (const name of names) await store.createServer(this.database.client, name);
  }

  async setServerState(input: { gatewayServerId: string; state: GatewayServerState }) {
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'GatewayServer', [input.gatewayServerId]);
      if (!(await store.findServer(tx, input.gatewayServerId))) throw new NotFoundError('gateway server');
      return store.setServerState(tx, input.gatewayServerId, input.state);
    });
  }

  async scheduleMaintenance(input: {
    gatewayServerId: string;
    startsAt: Date;
    endsAt: Date;
    description: string | null;
  }) {
    const now = this.clock.now();
    const description = input.description?.trim() || null;
    const problems = new FieldErrors();
    if (input.startsAt >= input.endsAt) problems.add(['input', 'endsAt'], 'must be after startsAt');
    else if (input.endsAt <= now) problems.add(['input', 'endsAt'], 'must be in the future');
    if (description && description.length > maxDescriptionLength) {
      problems.add(['input', 'description'], `must be at most ${maxDescriptionLength} characters`);
    }
    problems.throwIfAny();
    return this.changeWindow(input.gatewayServerId, { startsAt: input.startsAt, endsAt: input.endsAt, description });
  }

  cancelMaintenance(input: { gatewayServerId: string }) {
    return this.changeWindow(input.gatewayServerId, null);
  }

  /** Clears windows that have ended and tells subscribers that their gateways need no restart any more. */
  async clearEndedMaintenance(): Promise<void> {
    const ended = await store.serversWithEndedMaintenance(this.database.client, this.clock.now());
    for (const server of ended) await this.changeWindow(server.id, null);
  }

  /** Sets or clears a server's window and tells subscribers about gateways whose restart-required flag flipped. */
  private async changeWindow(gatewayServerId: string, window: MaintenanceWindow | null) {
    const now = this.clock.now();
    const { server, changes, occurredAt } = await this.database.transaction(async (tx: Tx) => {
      await this.database.lockRows(tx, 'GatewayServer', [gatewayServerId]);
      const before = await store.findServer(tx, gatewayServerId);
      if (!before) throw new NotFoundError('gateway server');
      const wasRequired = activeMaintenanceWindow(before, now) !== null;
      // A recorded window was announced as restart-required when it was scheduled, and nothing
      // has said otherwise until it is cleared: a window that ended since still owes that event.
      const wasAnnounced = before.maintenanceEndsAt !== null;
      const updated = await store.setMaintenance(tx, gatewayServerId, window);
      const isRequired = activeMaintenanceWindow(updated, now) !== null;
      const flipped = isRequired !== wasRequired || isRequired !== wasAnnounced;
      const gateways = flipped ? await store.gatewaysOnServer(tx, gatewayServerId) : [];
      return {
        server: updated,
        // The flag of a window that ended flipped at its end, not when the sweep noticed.
        occurredAt: !wasRequired && wasAnnounced && !isRequired ? (before.maintenanceEndsAt as Date) : now,
        changes: gateways.map((gateway) => ({
          internetGatewayId: gateway.id,
          projectId: gateway.projectId,
          status: gateway.status,
          previousStatus: gateway.status,
          restartRequired: isRequired,
        })),
      };
    });
    await publishStatusChanges(this.events, changes, occurredAt);
    return server;
  }
}
