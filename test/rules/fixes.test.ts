import { describe, expect, it } from 'vitest';
import { convertedTo, inAllowedCase, renameKey } from '../../src/rules/shared/fixes.js';
import { withFullStop } from '../../src/rules/shared/operation-text.js';

describe('fix builders', () => {
  it('convert only what converts without doubt', () => {
    expect(convertedTo('integer', ' 42 ')).toEqual({ value: 42 });
    expect(convertedTo('boolean', 'FALSE')).toEqual({ value: false });
    expect(convertedTo('string', 3.5)).toEqual({ value: '3.5' });
    expect(convertedTo('number', '-1.25')).toEqual({ value: -1.25 });
    // Digits a double would lose, and words, stay for the author.
    expect(convertedTo('integer', '12345678901234567890')).toBeUndefined();
    expect(convertedTo('number', '0.12345678901234567')).toBeUndefined();
    expect(convertedTo('boolean', 'yes')).toBeUndefined();
    expect(convertedTo('integer', '1.5')).toBeUndefined();
  });

  it('rename a key unless the new name is taken', () => {
    const document = { info: { Title: 'A', other: 1 } };
    expect(renameKey(document, '/info/Title', 'title')).toEqual([
      { op: 'remove', path: '/info/Title' },
      { op: 'add', path: '/info/title', value: 'A' },
    ]);
    expect(renameKey(document, '/info/Title', 'other')).toBeUndefined();
    expect(renameKey(document, '/info/missing', 'title')).toBeUndefined();
  });

  it('respell a value only in another case of one allowed value', () => {
    expect(inAllowedCase('Single', ['single', 'double'])).toBe('single');
    expect(inAllowedCase('single', ['single', 'double'])).toBeUndefined();
    expect(inAllowedCase('triple', ['single', 'double'])).toBeUndefined();
  });

  it('add a full stop only after a letter, digit or closing bracket', () => {
    expect(withFullStop('Lists the stations  ')).toBe('Lists the stations.');
    expect(withFullStop('The id (see List stations)')).toBe('The id (see List stations).');
    expect(withFullStop('Accepts only `text/csv`')).toBe('Accepts only `text/csv`.');
    expect(withFullStop('One of:')).toBeUndefined();
  });
});
