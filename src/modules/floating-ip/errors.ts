import { DomainError } from '../../common/errors.js';
import type { ExternalAddress, FloatingIp } from '../../generated/prisma/sqlite/client.js';

export type FloatingIpWithAddress = FloatingIp & { address: ExternalAddress };

/**
 * A change would cut the path to the internet that these floating IPs rely on. It names them,
 * because "dependency violation" without the culprits is what users of other clouds complain about.
 */
export class FloatingIpInUseError extends DomainError {
  override name = 'FloatingIpInUseError';
  readonly code = 'FLOATING_IP_IN_USE';

  constructor(
    readonly floatingIps: FloatingIpWithAddress[],
    refused: string,
  ) {
    const addresses = floatingIps.map((floatingIp) => floatingIp.address.address).join(', ');
    super(`${refused}: floating IPs ${addresses} rely on it; disassociate them first`);
  }
}
