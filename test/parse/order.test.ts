import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/parse/order.js';

describe('compareText', () => {
  it('orders by code unit, capitals before small letters, whatever the locale', () => {
    expect(['b', 'a', 'B', 'ä', 'a'].sort(compareText)).toEqual(['B', 'a', 'a', 'b', 'ä']);
    expect(compareText('x', 'x')).toBe(0);
  });
});
