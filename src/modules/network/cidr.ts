// IPv4 CIDR arithmetic. Addresses are unsigned 32-bit integers held in JS numbers.

export interface Cidr {
  /** The network address as an unsigned 32-bit integer. */
  network: number;
  prefixLength: number;
  /** Number of addresses in the block, network and broadcast included. */
  size: number;
  /** The block written with its host bits cleared, e.g. 10.0.0.0/16. */
  canonical: string;
}

const octet = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Pattern = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}$`);

export function parseIpv4(text: string): number | null {
  const match = ipv4Pattern.exec(text);
  if (!match) return null;
  return match.slice(1, 5).reduce((value, part) => value * 256 + Number(part), 0);
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Reads "a.b.c.d/n". Returns null when it is not a CIDR at all; host bits may be set (see `canonical`). */
export function parseCidr(text: string): Cidr | null {
  const [address, prefix, ...rest] = text.trim().split('/');
  if (address === undefined || prefix === undefined || rest.length > 0 || !/^(3[0-2]|[12]?\d)$/.test(prefix))
    return null;
  const value = parseIpv4(address);
  if (value === null) return null;
  const prefixLength = Number(prefix);
  const size = 2 ** (32 - prefixLength);
  const network = value - (value % size);
  return { network, prefixLength, size, canonical: `${formatIpv4(network)}/${prefixLength}` };
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && inner.network + inner.size <= outer.network + outer.size;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + b.size && b.network < a.network + a.size;
}

/** The address `offset` places after the network address. */
export function addressAt(cidr: Cidr, offset: number): string {
  return formatIpv4(cidr.network + offset);
}

/**
 * The lowest offset in [first, last] that `taken` does not hold, or null when the range is full.
 * `taken` must be sorted ascending.
 */
export function lowestFreeOffset(taken: readonly number[], first: number, last: number): number | null {
  let candidate = first;
  for (const offset of taken) {
    if (offset < candidate) continue;
    if (offset > candidate) break;
    candidate += 1;
  }
  return candidate <= last ? candidate : null;
}
