// Every channel events travel on, with its payload. Payloads are plain JSON (they cross Redis):
// instants are ISO strings, objects travel as IDs and are read back from the database.
import type { InternetGatewayStatus, RestartPhase } from '../generated/prisma/sqlite/client.js';
import { channel } from './event-bus.js';

export interface InternetGatewayStatusChange {
  internetGatewayId: string;
  projectId: string;
  status: InternetGatewayStatus;
  previousStatus: InternetGatewayStatus | null;
  restartRequired: boolean;
  occurredAt: string;
}

export interface RestartProgress {
  restartId: string;
  internetGatewayId: string;
  projectId: string;
  phase: RestartPhase;
  progressPercent: number;
  message: string | null;
  occurredAt: string;
}

export interface RestartFailureReported {
  reportId: string;
  projectId: string;
}

export const channels = {
  /** Status, indicator or restart-required changes of any gateway. */
  internetGatewayStatus: channel<InternetGatewayStatusChange>('internet-gateway-status'),
  /** Phases of one gateway's restarts. */
  restartProgress: (internetGatewayId: string) => channel<RestartProgress>(`restart-progress:${internetGatewayId}`),
  restartFailureReported: channel<RestartFailureReported>('restart-failure-reported'),
};
