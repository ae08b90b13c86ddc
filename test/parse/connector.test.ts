import { describe, expect, it } from 'vitest';
import { parseConnector, roleOf } from '../../src/parse/connector.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('parseConnector', () => {
  it('matches file names case-insensitively to their roles', () => {
    expect(roleOf('README.md')).toBe('readme');
    expect(roleOf('Readme.md')).toBe('readme');
    expect(roleOf('ApiDefinition.Swagger.json')).toBe('apiDefinition');
    expect(roleOf('apiDefination.swagger.json')).toBe('apiDefinition');
    expect(roleOf('apiproperties.json')).toBe('apiProperties');
    expect(roleOf('script.csx')).toBe('script');
    expect(roleOf('screenshot.png')).toBe('other');
  });

  it('tolerates and notes a byte-order mark', () => {
    const input = parseConnector({ 'apiProperties.json': bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d) });
    const file = input.files[0]!;
    expect(file.type).toBe('json');
    if (file.type !== 'json') return;
    expect(file.value).toEqual({});
    expect(file.encoding).toEqual(['bom']);
  });

  it('decodes invalid UTF-8 as Latin-1 and says so', () => {
    const input = parseConnector({ 'readme.md': bytes(0x23, 0x20, 0x43, 0x61, 0x66, 0xe9) });
    const file = input.files[0]!;
    expect(file.type).toBe('markdown');
    if (file.type === 'binary') return;
    expect(file.text).toBe('# Café');
    expect(file.encoding).toEqual(['latin1']);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const input = parseConnector({ 'apiProperties.json': bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00) });
    const file = input.files[0]!;
    if (file.type !== 'json') throw new Error('expected json');
    expect(file.value).toEqual({});
    expect(file.encoding).toEqual(['bom', 'utf16']);
  });

  it('maps pointers to 1-based line and column ranges', () => {
    const input = parseConnector({ 'apiDefinition.swagger.json': '{\n  "info": {\n    "title": "X"\n  }\n}' });
    const file = input.files[0]!;
    if (file.type !== 'json') throw new Error('expected json');
    expect(file.locate('/info/title')).toEqual({
      start: { line: 3, column: 14, offset: 27 },
      end: { line: 3, column: 17, offset: 30 },
    });
  });

  it('keeps images as bytes and sorts files by name', () => {
    const input = parseConnector({ 'icon.png': bytes(0x89, 0x50, 0x4e, 0x47), 'apiProperties.json': '{}' });
    expect(input.files.map((f) => [f.name, f.type])).toEqual([
      ['apiProperties.json', 'json'],
      ['icon.png', 'binary'],
    ]);
    expect(input.files[1]!.size).toBe(4);
  });

  it('parses a binary file named like the swagger as broken JSON rather than crashing', () => {
    const input = parseConnector({ 'apiDefinition.swagger.json': bytes(0x00, 0x01, 0xff, 0x89, 0x50) });
    const file = input.files[0]!;
    expect(file.type).toBe('json');
    if (file.type === 'json') expect(file.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('parseConnector limits', () => {
  it('counts the UTF-8 size of text exactly, surrogate pairs and lone surrogates included', () => {
    const text = 'aé€😀\ud800z';
    const [file] = parseConnector({ 'notes.txt': text }).files;
    expect(file!.size).toBe(new TextEncoder().encode(text).length);
  });

  it('counts the UTF-8 size of many runs of other characters between ASCII ones, a pair split at the end included', () => {
    const pieces = ['abc', 'é', '€€', ' x ', '😀', '\udc00', 'ü😀ü', '', '\ud800'];
    for (let seed = 0; seed < 200; seed++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += pieces[(seed * 7 + i * i * 3 + i) % pieces.length];
      const [file] = parseConnector({ 'notes.txt': text }).files;
      expect(file!.size).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('does not read a file over maxFileBytes, and cuts strings over maxStringLength with a positioned diagnostic', () => {
    const text = '{"swagger": "2.0", "info": {"description": "abcdefghij"}}';
    const [tooLarge] = parseConnector({ 'apiDefinition.swagger.json': text }, { limits: { maxFileBytes: 10 } }).files;
    expect(tooLarge).toMatchObject({ type: 'binary', size: text.length, unread: { reason: 'too-large' } });
    const [cut] = parseConnector({ 'apiDefinition.swagger.json': text }, { limits: { maxStringLength: 4 } }).files;
    if (cut?.type !== 'json') throw new Error('expected a JSON file');
    expect((cut.value as { info: { description: string } }).info.description).toBe('abcd');
    expect(cut.diagnostics).toEqual([
      expect.objectContaining({ code: 'long-string', pointer: '/info/description', offset: text.indexOf('"abcdefghij"'), length: 12 }),
    ]);
  });

  it('rejects unknown options and limits that are not positive numbers', () => {
    expect(() => parseConnector({}, { limit: {} } as never)).toThrow("Invalid options.limit: there is no such option; did you mean 'limits'?");
    expect(() => parseConnector({}, { limits: { maxStringLength: 0 } })).toThrow(/options.limits.maxStringLength: expected a positive number/);
  });
});

describe('parseConnector reuseFrom', () => {
  const swagger = '{"swagger": "2.0", "info": {"title": "Tide Watch"}}';
  const files = {
    'apiDefinition.swagger.json': swagger,
    'apiProperties.json': new TextEncoder().encode('{"properties": {}}'),
    'readme.md': '# Tide Watch\n',
    'icon.png': bytes(0x89, 0x50, 0x4e, 0x47),
  };

  it('takes unchanged files from the earlier input and parses only the changed one', () => {
    const first = parseConnector(files);
    const edited = { ...files, 'readme.md': '# Tide Watch\n\nEdited.\n', 'apiProperties.json': new TextEncoder().encode('{"properties": {}}') };
    const second = parseConnector(edited, { reuseFrom: first });
    const byName = (input: typeof first, name: string) => input.files.find((f) => f.name === name);
    expect(byName(second, 'apiDefinition.swagger.json')).toBe(byName(first, 'apiDefinition.swagger.json'));
    // Equal bytes in a new array, and equal image bytes, are the same content.
    expect(byName(second, 'apiProperties.json')).toBe(byName(first, 'apiProperties.json'));
    expect(byName(second, 'icon.png')).toBe(byName(first, 'icon.png'));
    expect(byName(second, 'readme.md')).not.toBe(byName(first, 'readme.md'));
    expect(JSON.stringify(second)).toBe(JSON.stringify(parseConnector(edited)));
    expect(second.files.map((f) => f.name)).toEqual(parseConnector(edited).files.map((f) => f.name));
  });

  it('parses again when the encoding, the limits or the file set differ', () => {
    const first = parseConnector(files);
    const withBom = parseConnector({ ...files, 'apiDefinition.swagger.json': '\ufeff' + swagger }, { reuseFrom: first });
    const swaggerOf = (input: typeof first) => input.files.find((f) => f.name === 'apiDefinition.swagger.json')!;
    expect(swaggerOf(withBom)).not.toBe(swaggerOf(first));
    expect(swaggerOf(withBom)).toMatchObject({ encoding: ['bom'] });
    const cut = parseConnector(files, { reuseFrom: first, limits: { maxStringLength: 4 } });
    expect(swaggerOf(cut)).not.toBe(swaggerOf(first));
    expect((swaggerOf(cut) as { value: { info: { title: string } } }).value.info.title).toBe('Tide');
    const fewer = parseConnector({ 'readme.md': files['readme.md'] }, { reuseFrom: first });
    expect(fewer.files.map((f) => f.name)).toEqual(['readme.md']);
  });

  it('rejects an earlier input that parseConnector did not make', () => {
    expect(() => parseConnector(files, { reuseFrom: { kind: 'connector-input', files: [] } })).toThrow(
      'Invalid options.reuseFrom: expected a ConnectorInput made by parseConnector, got an object.',
    );
  });
});
