// The restart state machine: QUEUED → DRAINING → MIGRATING → STARTING → VERIFYING → COMPLETED,
// or FAILED from any phase before COMPLETED.
import type { RestartPhase } from '../../generated/prisma/sqlite/client.js';

/** The phases a restart spends time in, each doing its data-plane work. */
export type WorkingPhase = Exclude<RestartPhase, 'COMPLETED' | 'FAILED'>;

export const phaseOrder: readonly RestartPhase[] = [
  'QUEUED',
  'DRAINING',
  'MIGRATING',
  'STARTING',
  'VERIFYING',
  'COMPLETED',
];

/** Progress shown on entering each phase; FAILED keeps the progress reached (it never goes back). */
export const progressOnEntering: Record<Exclude<RestartPhase, 'FAILED'>, number> = {
  QUEUED: 0,
  DRAINING: 20,
  MIGRATING: 40,
  STARTING: 60,
  VERIFYING: 80,
  COMPLETED: 100,
};

export function isTerminal(phase: RestartPhase): boolean {
  return phase === 'COMPLETED' || phase === 'FAILED';
}

export const terminalPhases: RestartPhase[] = ['COMPLETED', 'FAILED'];

/** The phase after `phase` on the way to COMPLETED. */
export function nextPhase(
  phase: Exclude<RestartPhase, 'COMPLETED' | 'FAILED'>,
): Exclude<RestartPhase, 'QUEUED' | 'FAILED'> {
  const next = phaseOrder[phaseOrder.indexOf(phase) + 1];
  return next as Exclude<RestartPhase, 'QUEUED' | 'FAILED'>;
}

/** Position of a phase in a restart's progress, FAILED last: a stream never goes back to a lower rank. */
export function phaseRank(phase: RestartPhase): number {
  return phase === 'FAILED' ? phaseOrder.length : phaseOrder.indexOf(phase);
}
