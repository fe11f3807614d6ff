import { describe, expect, it } from 'vitest';
import { NotFoundError } from './errors.js';
import { decodeGlobalId, decodeGlobalIdOfTypes, decodeGlobalIdOrNull, encodeGlobalId, parseGlobalId } from './ids.js';

const rowId = '0194f5c2-7b1e-7c3a-9d4e-5f6a7b8c9d0e';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('global IDs', () => {
  it('round-trip a type name and a row id', () => {
    const globalId = encodeGlobalId('InternetGateway', rowId);
    expect(globalId).not.toContain(rowId);
    expect(parseGlobalId(globalId)).toEqual({ typename: 'InternetGateway', id: rowId });
  });

  it.each([
    ['the empty string', ''],
    ['text that is not base64', 'not an id!'],
    ['base64 without a separator', base64(`Vpc${rowId}`)],
    ['an empty type name', base64(`:${rowId}`)],
    ['an empty row id', base64('Vpc:')],
    ['a type name that is no GraphQL name', base64(`Not a type:${rowId}`)],
    ['a row id that is no UUID', base64('Vpc:42')],
    ['a row id with a NUL byte', base64(`Vpc:${rowId}\u0000`)],
    [
      'a row id with bytes that are not UTF-8',
      Buffer.concat([Buffer.from('Vpc:'), Buffer.from([0xff, 0xfe])]).toString('base64'),
    ],
    ['base64url', encodeGlobalId('Vpc', rowId).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '-')],
  ])('parseGlobalId is null for %s', (_what, globalId) => {
    expect(parseGlobalId(globalId)).toBeNull();
  });

  it('decodeGlobalId returns the row id of an ID of the expected type', () => {
    expect(decodeGlobalId(encodeGlobalId('Vpc', rowId), 'Vpc')).toBe(rowId);
    expect(decodeGlobalIdOfTypes(encodeGlobalId('LoadBalancer', rowId), ['Instance', 'LoadBalancer'])).toEqual({
      typename: 'LoadBalancer',
      id: rowId,
    });
  });

  it('decodeGlobalId treats a malformed ID, or one of another type, as naming nothing: NotFoundError', () => {
    expect(() => decodeGlobalId('garbage', 'Vpc')).toThrow(NotFoundError);
    expect(() => decodeGlobalId(encodeGlobalId('Subnet', rowId), 'Vpc')).toThrow(NotFoundError);
    expect(() => decodeGlobalId(encodeGlobalId('RoutingTable', rowId), 'Vpc')).toThrow('vpc not found');
    expect(() => decodeGlobalIdOfTypes('garbage', ['Instance', 'LoadBalancer'])).toThrow(
      'instance or load balancer not found',
    );
  });

  it('decodeGlobalIdOrNull is null for a malformed ID or one of another type', () => {
    expect(decodeGlobalIdOrNull(encodeGlobalId('RoutingTable', rowId), 'RoutingTable')).toBe(rowId);
    expect(decodeGlobalIdOrNull(encodeGlobalId('Vpc', rowId), 'RoutingTable')).toBeNull();
    expect(decodeGlobalIdOrNull('garbage', 'RoutingTable')).toBeNull();
  });
});
