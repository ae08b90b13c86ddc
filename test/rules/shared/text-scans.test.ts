import { describe, expect, it } from 'vitest';
import { validateConnector } from '../../../src/index.js';
import {
  comparableText,
  endsLikeSentence,
  firstLowerCaseWord,
  firstNonPlainSummaryChar,
  isSingleWord,
  looksTitleCase,
  sameComparableText,
  writingSlips,
} from '../../../src/rules/shared/operation-text.js';
import { templateShape } from '../../../src/rules/shared/paths.js';
import { firstNonEnglishChar, normalise } from '../../../src/rules/shared/text.js';
import { findProductName } from '../../../src/rules/shared/words.js';
import { firstSanitizedChar } from '../../../src/rules/op/op-operationid-charset.js';
import { definition } from '../../helpers/minimal-definition.js';

describe('text scans of the operation and parameter rules', () => {
  it('compare texts as their comparable forms do, ASCII or not', () => {
    const pairs: Array<[string, string]> = [
      ['List stations', 'list  STATIONS.'],
      ['List stations', 'List stations!.!'],
      ['List stations', 'List stations .'],
      ['List stations.', 'List stations. Then more.'],
      ['  Get\tthe\ntide ', 'get the tide'],
      ['a.b', 'a.c'],
      ['.', '!'],
      ['', '...'],
      ['Café list', 'CAFÉ LIST.'],
      ['Stra\u00DFe', 'STRASSE'],
      ['\u03A3\u03A3', '\u03C3\u03C2'],
      ['Get\u00A0tide', 'get tide'],
      ['Get tide\u3000', 'get tide.'],
      ['Get tide', 'get tide\u00A0x'],
    ];
    for (const [a, b] of pairs) {
      expect(sameComparableText(a, b), `${a} | ${b}`).toBe(comparableText(a) === comparableText(b));
      expect(sameComparableText(b, a), `${b} | ${a}`).toBe(comparableText(a) === comparableText(b));
    }
    expect(sameComparableText('List stations', 'list  STATIONS.')).toBe(true);
    expect(sameComparableText('List stations', 'List stations .')).toBe(false);
  });

  it('normalise texts as trimming, collapsing every white-space run and lower-casing would', () => {
    const texts = ['Plain Text', ' padded  twice ', 'tab\there', 'line\nbreak', 'nbsp\u00a0and\u2003em', 'one space only', '', '   ', 'A \t B', 'ÉCOLE  Σ'];
    for (const text of texts) expect(normalise(text), JSON.stringify(text)).toBe(text.trim().replace(/\s+/g, ' ').toLowerCase());
  });

  it('split words on every kind of white space and strip punctuation around them', () => {
    expect(firstLowerCaseWord('Search\u00A0text')).toBe('text');
    expect(firstLowerCaseWord('"Station" (of the) ID')).toBeUndefined();
    expect(firstLowerCaseWord('the Station')).toBe('the');
    expect(firstLowerCaseWord('Get iPhone data')).toBe('data');
    expect(firstLowerCaseWord('-- ... Station')).toBeUndefined();
    expect(looksTitleCase('Get The Tide Table')).toBe(true);
    expect(looksTitleCase('Get the Tide Table')).toBe(true);
    expect(looksTitleCase('Get Tide table')).toBe(false);
    expect(looksTitleCase('Get ID URL')).toBe(false);
    expect(looksTitleCase('Get\u2003Tide\u2003Table')).toBe(true);
  });

  it('find sentence ends, single words and unplain characters without copying the text', () => {
    expect(endsLikeSentence('Lists the tides.) \u00A0')).toBe(true);
    expect(endsLikeSentence('Lists the tides')).toBe(false);
    expect(endsLikeSentence('   ')).toBe(false);
    expect(isSingleWord(' \uFEFFStations\u3000')).toBe(true);
    expect(isSingleWord('Tide\u00A0stations')).toBe(false);
    expect(firstNonPlainSummaryChar('Get tides (today)')).toBeUndefined();
    expect(firstNonPlainSummaryChar('Get tides \u{1F30A}')).toBe('\u{1F30A}');
  });

  it('look for product names and unusual characters in any case, and only where they can be', () => {
    expect(findProductName('Runs in POWER\u00A0AUTOMATE flows')).toBe('POWER AUTOMATE');
    expect(findProductName('A powerful logical tool')).toBeUndefined();
    expect(firstNonEnglishChar('Plain text (ASCII) only!')).toBeUndefined();
    expect(firstNonEnglishChar('Tides\tand currents')).toEqual({ char: '\t', replacement: ' ' });
    expect(firstSanitizedChar('GetTides\u{1F30A}Now_V2')).toBe('\u{1F30A}');
    expect(firstSanitizedChar('GetTides_V2')).toBeUndefined();
  });

  it('shape path templates with each character lower-cased on its own', () => {
    expect(templateShape('/Items/{id}/Sub{x}Part/{a{b}c}')).toBe('/items/{}/sub{}part/{}{}c');
    expect(templateShape('/a}b/{open')).toBe('/ab/{}');
    // Lower-casing the whole string would give the final sigma (U+03C2) at the end of a word.
    expect(templateShape('/\u039F\u0394\u039F\u03A3/{id}')).toBe('/\u03BF\u03B4\u03BF\u03C3/{}');
  });
});

describe('writing slips', () => {
  it('lists every slip of a text, and none of an identifier start or an allowed doubled word', () => {
    expect(writingSlips('lists the the items.Then more')).toEqual([
      { kind: 'doubled', word: 'the' },
      { kind: 'missingSpace', text: 'ms.Th' },
      { kind: 'lowercaseStart' },
    ]);
    expect(writingSlips('iPhone says that that is fine.')).toEqual([]);
  });

  it('gives the description every slip, and an operation string its first', () => {
    const description = 'lists the the items.Then more';
    const apiDefinition = {
      swagger: '2.0',
      info: { title: 'Contoso', version: '1.0', description },
      paths: { '/a': { get: { operationId: 'List', summary: 'List', description, responses: { '200': { description: 'OK' } } } } },
    };
    const rules = { 'desc-grammar-spelling': 'info', 'op-strings-grammar': 'info' } as const;
    const found = validateConnector({ apiDefinition }, { rules }).findings.filter((f) => f.ruleId in rules);
    expect(found.filter((f) => f.ruleId === 'desc-grammar-spelling').map((f) => f.message).sort()).toEqual([
      "The description has no space after a full stop in 'ms.Th'.",
      "The description repeats the word 'the'; remove one.",
      'The description starts with a lower-case letter; start with a capital.',
    ]);
    expect(found.filter((f) => f.ruleId === 'op-strings-grammar').map((f) => f.message)).toEqual([
      "The description of operation 'List' repeats the word 'the'; remove one.",
    ]);
  });
});

describe('the dynamic rules', () => {
  const apiDefinition = definition({
    paths: {
      '/stations': {
        get: {
          operationId: 'ListStations',
          parameters: [
            { name: 'region', in: 'query', type: 'string', 'x-ms-visibility': 'internal', default: 'north', required: true },
            {
              name: 'station',
              in: 'query',
              type: 'string',
              'x-ms-dynamic-values': { operationId: 'GetTides', parameters: { stationId: { parameter: 'region' }, count: 'five' } },
            },
          ],
          responses: { '200': { description: 'OK' } },
        },
      },
      '/tides': {
        get: {
          operationId: 'GetTides',
          parameters: [
            { name: 'stationId', in: 'query', type: 'integer', required: true },
            { name: 'count', in: 'query', type: 'integer' },
          ],
          responses: { '200': { description: 'OK', schema: { type: 'array', items: { type: 'object' } } } },
        },
      },
    },
  });
  const dynamicRules = ['ext-dynamic-params-type', 'ext-dynamic-ref-internal', 'ext-dynamic-params-complete', 'ext-dynamic-params-exist'];
  const findingsOf = (rules: Record<string, 'off'>) =>
    validateConnector({ apiDefinition }, { rules })
      .findings.filter((finding) => dynamicRules.includes(finding.ruleId))
      .map((finding) => `${finding.ruleId} ${finding.pointer}`);

  it('share what they collect in a run, and find the same alone as together', () => {
    const together = findingsOf({});
    expect(together).toContain('ext-dynamic-ref-internal /paths/~1stations/get/parameters/1/x-ms-dynamic-values/parameters/stationId');
    expect(together).toContain('ext-dynamic-params-type /paths/~1stations/get/parameters/1/x-ms-dynamic-values/parameters/count');
    const alone = dynamicRules.flatMap((id) => findingsOf(Object.fromEntries(dynamicRules.filter((other) => other !== id).map((other) => [other, 'off' as const]))));
    expect(alone.sort()).toEqual([...together].sort());
  });
});

describe('the readme rules', () => {
  it('find template lines whose words a zero-width space splits, and pass over lines without template words', () => {
    const readme = ['# Tidewatch', '## Publisher: Avery Lindqvist', '### Ques\u200Btion 1', 'Tides at 40 stations, every hour'].join('\n');
    const leftovers = validateConnector({ apiDefinition: definition(), readme }).findings.filter((finding) => finding.ruleId === 'readme-no-template-text');
    expect(leftovers.map((finding) => finding.range?.start.line)).toEqual([3]);
  });
});
