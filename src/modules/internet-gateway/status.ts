import type { InternetGatewayStatus } from '../../generated/prisma/sqlite/client.js';

export type StatusIndicator = 'GREEN' | 'YELLOW' | 'RED';

/** The colour of a console's status light for a gateway status. */
export function statusIndicatorOf(status: InternetGatewayStatus): StatusIndicator {
  switch (status) {
    case 'ACTIVE':
      return 'GREEN';
    case 'RESTARTING':
      return 'YELLOW';
    case 'ERROR':
      return 'RED';
  }
}
