import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Cursor } from '@mikro-orm/core';
import { isCursorShaped } from '../../src/graphql/connection.js';

const id = randomUUID();
/** The keys of `orderBy: { createdAt, id }`, the lists' usual order. */
const BY_CREATION = ['Date', 'string'];

describe('the shape of a pagination cursor', () => {
  it('fits cursors this API issues: one value per key, each of its type or null, an id last', () => {
    expect(isCursorShaped(Cursor.encode(['2026-03-01T18:00:00.000Z', id]), BY_CREATION)).toBe(true);
    expect(isCursorShaped(Cursor.encode(['Main Hall', 7, true, id]), ['string', 'number', 'boolean', 'string'])).toBe(true);
    expect(isCursorShaped(Cursor.encode([null, id]), ['string', 'string'])).toBe(true);
  });

  it('refuses text that is not a cursor at all', () => {
    for (const junk of ['', 'nope', '%%%', Buffer.from('not json').toString('base64url'), Cursor.encode({ createdAt: 1 }), Cursor.encode('x')]) {
      expect(isCursorShaped(junk, BY_CREATION)).toBe(false);
    }
  });

  it('refuses a cursor with more or fewer values than the order has keys', () => {
    expect(isCursorShaped(Cursor.encode([id]), BY_CREATION)).toBe(false);
    expect(isCursorShaped(Cursor.encode(['2026-03-01T18:00:00.000Z', id, id]), BY_CREATION)).toBe(false);
  });

  it('refuses a value of another type than its key, and a date that is no date', () => {
    expect(isCursorShaped(Cursor.encode([42, id]), BY_CREATION)).toBe(false);
    expect(isCursorShaped(Cursor.encode(['yesterday', id]), BY_CREATION)).toBe(false);
    expect(isCursorShaped(Cursor.encode(['7', id]), ['number', 'string'])).toBe(false);
  });

  it('refuses a cursor whose last value is not an id', () => {
    expect(isCursorShaped(Cursor.encode(['2026-03-01T18:00:00.000Z', 'not-an-id']), BY_CREATION)).toBe(false);
    expect(isCursorShaped(Cursor.encode(['2026-03-01T18:00:00.000Z', null]), BY_CREATION)).toBe(false);
  });
});
