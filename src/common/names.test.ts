import { describe, expect, it } from 'vitest';
import { maxNameLength, nameProblem } from './names.js';

describe('nameProblem (given the trimmed name)', () => {
  it.each([
    ['one character', 'a'],
    ['spaces inside', 'web tier gateway'],
    ['punctuation', 'igw-01_prod.(seoul)/#1'],
    ['Hangul', '인터넷 게이트웨이'],
    ['an emoji with a zero-width joiner', 'team 👩‍💻'],
    ['255 characters', 'x'.repeat(maxNameLength)],
    ['255 characters outside the BMP (counted as characters, not UTF-16 units)', '😀'.repeat(maxNameLength)],
  ])('accepts %s', (_what, name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['the empty name', '', /empty/],
    ['256 characters', 'x'.repeat(maxNameLength + 1), /at most 255/],
    ['256 characters outside the BMP', '😀'.repeat(maxNameLength + 1), /at most 255/],
    ['a NUL', 'a\u0000b', /printable/],
    ['a bell', 'bell\u0007', /printable/],
    ['a tab inside', 'a\tb', /printable/],
    ['a newline inside', 'a\nb', /printable/],
    ['DEL', 'a\u007fb', /printable/],
    ['a C1 control', 'a\u0085b', /printable/],
    ['a line separator', 'a\u2028b', /printable/],
    ['a paragraph separator', 'a\u2029b', /printable/],
    ['a lone surrogate', 'a\ud800b', /printable/],
  ])('rejects %s', (_what, name, message) => {
    expect(nameProblem(name)).toMatch(message);
  });
});
