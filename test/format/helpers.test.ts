import { describe, expect, it } from 'vitest';
import { fingerprint, hash } from '../../src/format/fingerprint.js';
import { joinPath, relativeTo, toUri } from '../../src/format/paths.js';
import { cell, code } from '../../src/format/markdown-text.js';
import { xmlEscape } from '../../src/format/xml.js';

describe('format helpers', () => {
  it('hashes to 16 hex digits, stable and sensitive to every part', () => {
    expect(hash('')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash('abc')).toBe(hash('abc'));
    const finding = { ruleId: 'r', file: 'f', pointer: '/p', message: 'm' };
    const variants = [finding, { ...finding, ruleId: 's' }, { ...finding, file: 'g' }, { ...finding, pointer: '/q' }, { ...finding, message: 'n' }];
    expect(new Set(variants.map((v) => fingerprint(v))).size).toBe(5);
    expect(fingerprint(finding, 'a')).not.toBe(fingerprint(finding, 'b'));
  });

  it('joins and relativises paths with forward slashes', () => {
    expect(joinPath('a\\b', 'c.json')).toBe('a/b/c.json');
    expect(joinPath('.', 'c.json')).toBe('c.json');
    expect(joinPath('a/', 'c.json')).toBe('a/c.json');
    expect(relativeTo('/r/a/b', '/r/')).toBe('a/b');
    expect(relativeTo('/ra/b', '/r')).toBe('/ra/b');
  });

  it('encodes URIs per segment', () => {
    expect(toUri('./a b/c#d.json')).toBe('a%20b/c%23d.json');
    expect(toUri('/x/y z')).toBe('file:///x/y%20z');
    expect(toUri('C:/x/y')).toBe('file:///C:/x/y');
  });

  it('escapes markdown cells and code spans', () => {
    expect(cell('a|b\n<i>_x_</i>')).toBe('a\\|b<br>&lt;i&gt;\\_x\\_&lt;/i&gt;');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('a`b')).toBe('`` a`b ``');
  });

  it('escapes XML', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('\uffff\ufffe')).toBe('\ufffd\ufffd');
  });
});
