import 'reflect-metadata';
import { pageSize } from '../../src/graphql/connection.js';
import { escapeLike } from '../../src/util/escape-like.js';

describe('LIKE patterns from user text', () => {
  it('escapes the pattern characters so text matches itself', () => {
    expect(escapeLike('100%_off\\now')).toBe('100\\%\\_off\\\\now');
    expect(escapeLike('plain')).toBe('plain');
  });
});

describe('page sizes', () => {
  it('defaults to 20 and accepts 0..100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
  });

  it('refuses the rest as BAD_USER_INPUT on first', () => {
    for (const bad of [-1, 101, 2.5]) {
      expect(() => pageSize(bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['first'] }) }));
    }
  });
});
