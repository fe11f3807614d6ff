// The seam where a real data plane plugs in: the work of each restart phase on the servers.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkingPhase } from './phases.js';

export interface GatewayMove {
  restartId: string;
  internetGatewayId: string;
  publicIp: string | null;
  sourceServerName: string | null;
  /** Null while QUEUED: the control plane picks the target when the restart leaves that phase. */
  targetServerName: string | null;
}

/** The data plane refused or failed a phase: the restart fails with this message as its reason. */
export class DataPlaneError extends Error {
  override name = 'DataPlaneError';
}

export interface DataPlaneDriver {
  /**
   * Does one phase's work for a gateway moving between servers (QUEUED: waiting for the data
   * plane to take the restart on). It may run again for the same
   * phase after a crash or a takeover, so it must be idempotent. Rejects with a DataPlaneError
   * when the phase fails; stops early (rejecting with an AbortError) when `signal` aborts.
   */
  runPhase(phase: WorkingPhase, move: GatewayMove, signal: AbortSignal): Promise<void>;
}

/**
 * Stands in for the data plane: each phase takes `phaseMs`. A `failureRate` share of restarts
 * fails in one of its phases, for chaos tests. Whether and where a restart fails follows from its
 * ID, so a resumed restart behaves as it would have without the interruption.
 */
export class SimulatedDataPlane implements DataPlaneDriver {
  constructor(private readonly options: { phaseMs: number; failureRate: number }) {}

  async runPhase(phase: WorkingPhase, move: GatewayMove, signal: AbortSignal): Promise<void> {
    await sleep(this.options.phaseMs, undefined, { signal });
    const failure = this.failureOf(move.restartId);
    if (failure === phase) {
      throw new DataPlaneError(
        `the data plane reported an error while ${phase.toLowerCase()} on ${move.targetServerName ?? 'the new server'}`,
      );
    }
  }

  private failureOf(restartId: string): WorkingPhase | null {
    const digest = createHash('sha256').update(restartId).digest();
    const draw = digest.readUInt32BE(0) / 2 ** 32;
    if (draw >= this.options.failureRate) return null;
    // The data plane fails in the phases where it moves the gateway, not while it queues.
    const phases: WorkingPhase[] = ['DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING'];
    return phases[(digest[4] as number) % phases.length] as WorkingPhase;
  }
}
