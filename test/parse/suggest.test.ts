import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/parse/suggest.js';

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('opertaionId', 'operationId')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('gives up at the cap, and is exact below it', () => {
    expect(editDistance('summary', 'description', 3)).toBe(3);
    expect(editDistance('summary', 'description')).toBeGreaterThan(3);
    expect(editDistance('eror', 'error', 3)).toBe(1);
  });
});

describe('didYouMean', () => {
  it('names the nearest candidate within a third of the length, else ends the sentence', () => {
    expect(didYouMean('porfile', ['profile', 'rules'])).toBe("; did you mean 'profile'?");
    expect(didYouMean('xyz', ['profile', 'rules'])).toBe('.');
  });
});
