import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError } from '../../src/parse/errors.js';

describe('InvalidArgumentError', () => {
  it('is an instance of the class of another copy of the library', async () => {
    // A fresh module graph gives a second class, as each CommonJS entry file carries its own.
    vi.resetModules();
    const other = (await import('../../src/parse/errors.js')).InvalidArgumentError;
    expect(other).not.toBe(InvalidArgumentError);
    const error = new other('options.profile', 'not a profile.');
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(new InvalidArgumentError('files', 'not an object.')).toBeInstanceOf(other);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('is no instance for other errors and values', () => {
    expect(new TypeError('x')).not.toBeInstanceOf(InvalidArgumentError);
    expect(Object.assign(new Error('x'), { name: 'InvalidArgumentError' })).not.toBeInstanceOf(InvalidArgumentError);
    for (const value of [null, undefined, 'InvalidArgumentError', 1] as unknown[]) expect(value).not.toBeInstanceOf(InvalidArgumentError);
  });
});
