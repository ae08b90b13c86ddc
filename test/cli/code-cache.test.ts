import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arch, pid, versions } from 'node:process';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/node/code-cache.js';
import { tempDir } from './temp.js';

/** A CommonJS bundle in a folder of its own, written inside its module function; `answer` is what its `answer()` returns. */
function bundle(answer: string): string {
  const file = join(tempDir('cc-code-cache-'), 'commands.cjs');
  writeFileSync(file, source(answer));
  return file;
}

const source = (answer: string) =>
  `(function (exports, require, module, __filename, __dirname) {"use strict";\nexports.answer = function answer() { return ${JSON.stringify(answer)}; };\n})`;
const cacheOf = (file: string) => `${file}.check.${versions.v8}-${arch}.cache`;

/** Loads the bundle, calls it (so its function is compiled into the cache) and saves the cache as the bin does. */
function run(file: string) {
  const loaded = loadBundle(file, 'check');
  const answer = (loaded.exports as { answer(): string }).answer();
  loaded.saveCache();
  return { cached: loaded.cached, answer };
}

describe('the code cache of the commands bundle', () => {
  it('is written after a run without one and taken by the next run', () => {
    const file = bundle('first');
    expect(run(file)).toEqual({ cached: false, answer: 'first' });
    expect(readFileSync(cacheOf(file)).length).toBeGreaterThan(12);
    expect(run(file)).toEqual({ cached: true, answer: 'first' });
  });

  it('is not taken for a bundle rebuilt at the same length (V8 compares lengths only), and is made anew', () => {
    const file = bundle('aaaa');
    run(file);
    writeFileSync(file, source('bbbb'));
    expect(run(file)).toEqual({ cached: false, answer: 'bbbb' });
    expect(run(file)).toEqual({ cached: true, answer: 'bbbb' });
  });

  it('is not taken when damaged or cut short, and is made anew', () => {
    const file = bundle('damaged');
    run(file);
    const bytes = readFileSync(cacheOf(file));
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff;
    writeFileSync(cacheOf(file), bytes);
    expect(run(file)).toEqual({ cached: false, answer: 'damaged' });
    writeFileSync(cacheOf(file), readFileSync(cacheOf(file)).subarray(0, 40));
    expect(run(file)).toEqual({ cached: false, answer: 'damaged' });
    expect(run(file)).toEqual({ cached: true, answer: 'damaged' });
  });

  it('falls back when V8 refuses the cache (as one of another Node version), and replaces it', () => {
    const made = bundle('refused');
    run(made);
    // The same bundle elsewhere (a path this process has not compiled), with our header right and a payload that V8's
    // own checks refuse: the cache of another bundle.
    const file = bundle('refused');
    const other = bundle('another bundle altogether, of another length');
    run(other);
    const theirs = readFileSync(cacheOf(other));
    writeFileSync(cacheOf(file), Buffer.concat([readFileSync(cacheOf(made)).subarray(0, 8), theirs.subarray(8)]));
    expect(run(file)).toEqual({ cached: false, answer: 'refused' });
    expect(readFileSync(cacheOf(file)).subarray(8)).not.toEqual(theirs.subarray(8));
  });

  it('is passed over, and the run goes on without it, where it cannot be read', () => {
    const file = bundle('unreadable');
    mkdirSync(cacheOf(file));
    expect(run(file)).toEqual({ cached: false, answer: 'unreadable' });
  });

  it('is read into the buffer the bundle was read into, whichever of the two is the larger', () => {
    // A bundle larger than its cache: the cache is read over the start of the bundle's bytes, which must not leak in.
    const file = join(tempDir('cc-code-cache-'), 'commands.cjs');
    writeFileSync(file, source('large').replace('"use strict";', `"use strict";/*${'x'.repeat(64 * 1024)}*/`));
    expect(run(file)).toEqual({ cached: false, answer: 'large' });
    expect(readFileSync(cacheOf(file)).length).toBeLessThan(readFileSync(file).length);
    expect(run(file)).toEqual({ cached: true, answer: 'large' });
  });

  it('runs without a cache, and throws nothing, where none can be written (a read-only install)', () => {
    const file = bundle('read-only');
    // The temporary file's name is taken by a folder: the write fails as in a folder without write permission.
    mkdirSync(`${cacheOf(file)}.${pid}.tmp`);
    expect(run(file)).toEqual({ cached: false, answer: 'read-only' });
    expect(run(file)).toEqual({ cached: false, answer: 'read-only' });
    expect(readdirSync(join(file, '..')).sort()).toEqual(['commands.cjs', `commands.cjs.check.${versions.v8}-${arch}.cache.${pid}.tmp`]);
  });
});
