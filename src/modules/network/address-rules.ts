// Which addresses of a block can be handed out, and which blocks igw accepts.
import { type Cidr, cidrContains, cidrsOverlap, parseCidr } from './cidr.js';

/**
 * External pools keep their network address, first host (the upstream gateway) and broadcast
 * address back; the rest go to internet gateways' public IPs and floating IPs.
 */
export function externalPoolOffsets(pool: Cidr): { first: number; last: number } {
  return { first: 2, last: pool.size - 2 };
}

export function externalPoolCapacity(pool: Cidr): number {
  const { first, last } = externalPoolOffsets(pool);
  return Math.max(0, last - first + 1);
}

/**
 * As in NHN Cloud, a subnet's first addresses are reserved (network, gateway, DHCP, SNAT) and its
 * last is the broadcast address; instances and load balancers get the others.
 */
export function subnetHostOffsets(subnet: Cidr): { first: number; last: number } {
  return { first: 4, last: subnet.size - 2 };
}

export const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((range) => parseCidr(range) as Cidr);

/** The smallest blocks: a /28 leaves a subnet eleven usable addresses. */
export const smallestVpcPrefix = 28;
export const smallestSubnetPrefix = 28;
/** An external pool smaller than a /29 would have next to nothing to hand out. */
export const smallestExternalPoolPrefix = 29;

/** Why `text` is not an acceptable CIDR (or null), and the block when it is. */
export function readCidr(text: string): { cidr: Cidr; problem: null } | { cidr: null; problem: string } {
  const cidr = parseCidr(text);
  if (!cidr) return { cidr: null, problem: 'must be an IPv4 CIDR block such as 10.0.0.0/16' };
  if (cidr.canonical !== text.trim()) {
    return { cidr: null, problem: `has host bits set: the block is ${cidr.canonical}` };
  }
  return { cidr, problem: null };
}

export function vpcCidrProblem(cidr: Cidr): string | null {
  if (!privateRanges.some((range) => cidrContains(range, cidr))) {
    return 'must be inside a private range: 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16';
  }
  if (cidr.prefixLength > smallestVpcPrefix) return `must be /${smallestVpcPrefix} or larger`;
  return null;
}

/** Why `subnet` cannot be a subnet of `vpc` beside its `siblings` (or null): inside, big enough, apart. */
export function subnetCidrProblem(
  subnet: Cidr,
  vpc: { cidr: string },
  siblings: readonly { name: string; cidr: string }[],
): string | null {
  if (!cidrContains(parseCidr(vpc.cidr) as Cidr, subnet)) return `must be inside the VPC's ${vpc.cidr}`;
  if (subnet.prefixLength > smallestSubnetPrefix) return `must be /${smallestSubnetPrefix} or larger`;
  const overlapping = siblings.find((sibling) => cidrsOverlap(parseCidr(sibling.cidr) as Cidr, subnet));
  return overlapping ? `overlaps subnet ${overlapping.name} (${overlapping.cidr})` : null;
}
