// How an instance reaches the internet. Floating-IP traffic is NATed on the compute node, so
// it does not depend on the gateway's own health; everything else goes through the gateway's
// shared public IP (SNAT), which a restart interrupts.
import type { InternetGatewayStatus } from '../../generated/prisma/sqlite/client.js';

export interface InternetAccess {
  status: 'REACHABLE' | 'UNREACHABLE';
  path: 'FLOATING_IP' | 'INTERNET_GATEWAY' | null;
  reason: string | null;
}

export function internetAccessOf(instance: {
  hasFloatingIp: boolean;
  gateway: { name: string; status: InternetGatewayStatus } | null;
}): InternetAccess {
  if (instance.hasFloatingIp) return { status: 'REACHABLE', path: 'FLOATING_IP', reason: null };
  const { gateway } = instance;
  if (!gateway) {
    return {
      status: 'UNREACHABLE',
      path: null,
      reason: "The subnet's routing table has no internet gateway, and the instance has no floating IP.",
    };
  }
  switch (gateway.status) {
    case 'ACTIVE':
      return { status: 'REACHABLE', path: 'INTERNET_GATEWAY', reason: null };
    case 'RESTARTING':
      return {
        status: 'UNREACHABLE',
        path: null,
        reason: `Internet gateway ${gateway.name} is restarting; access returns when the restart completes.`,
      };
    case 'ERROR':
      return {
        status: 'UNREACHABLE',
        path: null,
        reason: `Internet gateway ${gateway.name} failed to restart; restart it again.`,
      };
  }
}
