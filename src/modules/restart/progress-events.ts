import { channels, type RestartProgress } from '../../events/channels.js';
import type { EventBus } from '../../events/event-bus.js';
import type { RestartPhase } from '../../generated/prisma/sqlite/client.js';

/** A phase a restart reached, as its GatewayRestartPhaseEvent row records it. */
export interface PhaseReached {
  phase: RestartPhase;
  progressPercent: number;
  message: string | null;
  occurredAt: Date;
}

/** The event that tells subscribers a restart reached a phase. */
export function restartProgress(
  restart: { id: string; internetGatewayId: string },
  projectId: string,
  reached: PhaseReached,
): RestartProgress {
  return {
    restartId: restart.id,
    internetGatewayId: restart.internetGatewayId,
    projectId,
    phase: reached.phase,
    progressPercent: reached.progressPercent,
    message: reached.message,
    occurredAt: reached.occurredAt.toISOString(),
  };
}

export function publishRestartProgress(
  events: EventBus,
  restart: { id: string; internetGatewayId: string },
  projectId: string,
  reached: PhaseReached,
): Promise<void> {
  return events.publish(
    channels.restartProgress(restart.internetGatewayId),
    restartProgress(restart, projectId, reached),
  );
}
