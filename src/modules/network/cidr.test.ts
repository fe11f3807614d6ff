import { describe, expect, it } from 'vitest';
import { readCidr, subnetCidrProblem, subnetHostOffsets, vpcCidrProblem } from './address-rules.js';
import {
  addressAt,
  type Cidr,
  cidrContains,
  cidrsOverlap,
  formatIpv4,
  lowestFreeOffset,
  parseCidr,
  parseIpv4,
} from './cidr.js';

const cidr = (text: string): Cidr => {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`not a CIDR: ${text}`);
  return parsed;
};

describe('IPv4 addresses', () => {
  it('reads dotted quads as unsigned 32-bit integers and writes them back', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('10.0.0.1')).toBe(10 * 2 ** 24 + 1);
    expect(parseIpv4('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(formatIpv4(2 ** 32 - 1)).toBe('255.255.255.255');
    expect(formatIpv4(parseIpv4('192.168.10.200') as number)).toBe('192.168.10.200');
  });

  it.each([
    '256.0.0.1',
    '10.0.0',
    '10.0.0.0.0',
    '010.0.0.1',
    '10.0.0.-1',
    ' 10.0.0.1',
    '10.0.0.1 ',
    'a.b.c.d',
    '',
    '１０.0.0.1',
  ])('rejects %j', (text) => {
    expect(parseIpv4(text)).toBeNull();
  });
});

describe('parseCidr', () => {
  it('reads a block with its network address, size and canonical form', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({
      network: parseIpv4('10.0.0.0'),
      prefixLength: 16,
      size: 65_536,
      canonical: '10.0.0.0/16',
    });
    expect(parseCidr('0.0.0.0/0')).toMatchObject({ network: 0, size: 2 ** 32, canonical: '0.0.0.0/0' });
    expect(parseCidr('203.0.113.7/32')).toMatchObject({ size: 1, canonical: '203.0.113.7/32' });
  });

  it('clears host bits in the canonical form, so that callers can tell a non-canonical block', () => {
    expect(parseCidr('10.0.0.1/16')?.canonical).toBe('10.0.0.0/16');
    expect(parseCidr('192.168.1.77/28')?.canonical).toBe('192.168.1.64/28');
    expect(parseCidr('255.255.255.255/1')?.canonical).toBe('128.0.0.0/1');
  });

  it.each([
    '10.0.0.0',
    '10.0.0.0/',
    '10.0.0.0/33',
    '10.0.0.0/-1',
    '10.0.0.0/016',
    '10.0.0.0/8/8',
    '10.0.0/8',
    '300.0.0.0/8',
    'not a cidr',
    '',
    '/16',
    '10.0.0.0/1e1',
  ])('returns null for %j', (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe('cidrContains', () => {
  it('holds for a block inside another, and for a block and itself', () => {
    expect(cidrContains(cidr('10.0.0.0/8'), cidr('10.20.0.0/16'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.255.240/28'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.0.0/16'))).toBe(true);
    expect(cidrContains(cidr('0.0.0.0/0'), cidr('255.255.255.255/32'))).toBe(true);
  });

  it('fails for a larger block, a block outside, and one that only starts inside', () => {
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.0.0.0/15'))).toBe(false);
    expect(cidrContains(cidr('10.0.0.0/16'), cidr('10.1.0.0/24'))).toBe(false);
    expect(cidrContains(cidr('172.16.0.0/12'), cidr('172.32.0.0/16'))).toBe(false);
    expect(cidrContains(cidr('10.0.0.0/24'), cidr('9.255.255.0/24'))).toBe(false);
  });
});

describe('cidrsOverlap', () => {
  it('holds for equal blocks, nested blocks either way round, and blocks sharing one address', () => {
    expect(cidrsOverlap(cidr('10.0.1.0/24'), cidr('10.0.1.0/24'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.0.0/16'), cidr('10.0.1.128/25'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.1.128/25'), cidr('10.0.0.0/16'))).toBe(true);
    expect(cidrsOverlap(cidr('10.0.1.255/32'), cidr('10.0.1.0/24'))).toBe(true);
  });

  it('fails for adjacent blocks, whichever comes first', () => {
    expect(cidrsOverlap(cidr('10.0.1.0/24'), cidr('10.0.2.0/24'))).toBe(false);
    expect(cidrsOverlap(cidr('10.0.2.0/24'), cidr('10.0.1.0/24'))).toBe(false);
    expect(cidrsOverlap(cidr('10.0.0.0/28'), cidr('10.0.0.16/28'))).toBe(false);
  });
});

describe('addressAt', () => {
  it('counts from the network address', () => {
    expect(addressAt(cidr('10.0.1.0/24'), 0)).toBe('10.0.1.0');
    expect(addressAt(cidr('10.0.1.0/24'), 4)).toBe('10.0.1.4');
    expect(addressAt(cidr('10.0.0.0/16'), 256)).toBe('10.0.1.0');
  });
});

describe('lowestFreeOffset', () => {
  it('is the first offset of the range when nothing is taken', () => {
    expect(lowestFreeOffset([], 4, 14)).toBe(4);
  });

  it('fills the lowest gap first', () => {
    expect(lowestFreeOffset([4, 5, 7], 4, 14)).toBe(6);
    expect(lowestFreeOffset([5, 6], 4, 14)).toBe(4);
  });

  it('ignores taken offsets outside the range', () => {
    expect(lowestFreeOffset([0, 1, 2, 3, 4], 4, 14)).toBe(5);
    expect(lowestFreeOffset([20, 30], 4, 14)).toBe(4);
  });

  it('is the offset after the last taken one when the taken ones are contiguous', () => {
    expect(lowestFreeOffset([4, 5, 6, 7], 4, 14)).toBe(8);
  });

  it('returns the last offset when only it is free, and null once the range is full', () => {
    const allButLast = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    expect(lowestFreeOffset(allButLast, 4, 14)).toBe(14);
    expect(lowestFreeOffset([...allButLast, 14], 4, 14)).toBeNull();
  });

  it('is null for an empty range', () => {
    expect(lowestFreeOffset([], 5, 4)).toBeNull();
  });
});

describe('address rules', () => {
  it('readCidr accepts only canonical blocks and says which block was meant', () => {
    expect(readCidr('10.0.0.0/16')).toMatchObject({ cidr: { canonical: '10.0.0.0/16' }, problem: null });
    expect(readCidr('10.0.0.1/16')).toEqual({ cidr: null, problem: expect.stringContaining('10.0.0.0/16') });
    expect(readCidr('garbage')).toEqual({ cidr: null, problem: expect.any(String) });
  });

  it.each(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '10.255.255.240/28', '172.31.0.0/16', '192.168.0.0/28'])(
    'a VPC may use %s',
    (block) => {
      expect(vpcCidrProblem(cidr(block))).toBeNull();
    },
  );

  it.each([
    ['a public block', '11.0.0.0/8'],
    ['a block just past 172.16.0.0/12', '172.32.0.0/16'],
    ['a block larger than 10.0.0.0/8', '10.0.0.0/7'],
    ['the whole address space', '0.0.0.0/0'],
    ['a /29', '10.0.0.0/29'],
    ['a /32', '192.168.0.1/32'],
  ])('a VPC may not use %s (%s)', (_what, block) => {
    expect(vpcCidrProblem(cidr(block))).toEqual(expect.any(String));
  });

  it('a subnet must be inside its VPC, a /28 or larger, and overlap no sibling', () => {
    const vpc = { cidr: '10.0.0.0/16' };
    const siblings = [{ name: 'web', cidr: '10.0.1.0/24' }];
    expect(subnetCidrProblem(cidr('10.0.2.0/24'), vpc, siblings)).toBeNull();
    expect(subnetCidrProblem(cidr('10.0.0.0/16'), vpc, [])).toBeNull();
    expect(subnetCidrProblem(cidr('10.1.0.0/24'), vpc, siblings)).toMatch(/inside/);
    expect(subnetCidrProblem(cidr('10.0.0.0/15'), vpc, siblings)).toMatch(/inside/);
    expect(subnetCidrProblem(cidr('10.0.2.0/29'), vpc, siblings)).toMatch(/28/);
    expect(subnetCidrProblem(cidr('10.0.1.128/25'), vpc, siblings)).toMatch(/overlaps subnet web/);
    expect(subnetCidrProblem(cidr('10.0.0.0/23'), vpc, siblings)).toMatch(/overlaps subnet web/);
  });

  it('a subnet hands out every address but the first four and the broadcast address', () => {
    expect(subnetHostOffsets(cidr('10.0.0.0/28'))).toEqual({ first: 4, last: 14 });
    expect(subnetHostOffsets(cidr('10.0.0.0/24'))).toEqual({ first: 4, last: 254 });
  });
});
