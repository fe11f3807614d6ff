// When a gateway server is under maintenance, and what that means for the gateways it hosts.

export interface MaintenanceWindow {
  startsAt: Date;
  endsAt: Date;
  description: string | null;
}

export interface ServerMaintenanceFields {
  maintenanceStartsAt: Date | null;
  maintenanceEndsAt: Date | null;
  maintenanceDescription: string | null;
}

/**
 * The server's maintenance window, from the moment it is scheduled until it ends (or is
 * cancelled). Its gateways must restart onto another server during all that time.
 */
export function activeMaintenanceWindow(server: ServerMaintenanceFields | null, now: Date): MaintenanceWindow | null {
  if (!server?.maintenanceStartsAt || !server.maintenanceEndsAt || server.maintenanceEndsAt <= now) return null;
  return {
    startsAt: server.maintenanceStartsAt,
    endsAt: server.maintenanceEndsAt,
    description: server.maintenanceDescription,
  };
}

/** Prisma filter for servers with a window that has not ended: the same rule, for queries. */
export function underMaintenanceWhere(now: Date) {
  return { maintenanceEndsAt: { gt: now } };
}

/** Prisma filter for servers that can take gateways: up, and no maintenance ahead. */
export function healthyServerWhere(now: Date) {
  return {
    state: 'ACTIVE' as const,
    OR: [{ maintenanceEndsAt: null }, { maintenanceEndsAt: { lte: now } }],
  };
}
