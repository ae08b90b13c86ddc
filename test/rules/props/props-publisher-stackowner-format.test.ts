import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/props/props-publisher-stackowner-format.js';
import { runRule } from '../../helpers/rule-tester.js';

// The rule's meaning: letters, marks and digits of any script, and the punctuation of names.
const nameCharacter = /^[\p{L}\p{M}\p{N} .,&'()-]$/u;

describe('props-publisher-stackowner-format', () => {
  it('tells ASCII characters (without the Unicode classes) and the others apart as the Unicode classes do', () => {
    const ascii = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
    const beyond = ['é', 'ß', 'Ж', '漢', '٣', '\u0301', '\u00a0', '–', '™', '😀', '\u{1d400}'];
    for (const char of [...ascii, ...beyond]) {
      const { reports } = runRule(rule, { apiProperties: { properties: { publisher: `A${char}B`, stackOwner: 'Tidewatch' } } });
      expect({ char, reported: reports.length === 1 }).toEqual({ char, reported: !nameCharacter.test(char) });
    }
  });
});
