import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, parseConnector, validateConnector, type ConnectorInput } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';

const swagger = { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} };
const ids = (input: Parameters<typeof validateConnector>[0]) => validateConnector(input).findings.map((f) => f.ruleId);

describe('programming mistakes get an InvalidArgumentError', () => {
  it.each([null, undefined, 42, 'apiDefinition.swagger.json', [], new Uint8Array(2)])('parseConnector(%o)', (files) => {
    expect(() => parseConnector(files as never)).toThrow(InvalidArgumentError);
  });

  it.each([null, 42, 'text', []])('validateConnector(%o) and diffConnectors with it', (input) => {
    expect(() => validateConnector(input as never)).toThrow(/^Invalid input: expected a ConnectorInput/);
    expect(() => diffConnectors(input as never, {})).toThrow(/^Invalid base:/);
    expect(() => diffConnectors({}, input as never)).toThrow(/^Invalid revision:/);
  });

  it('a files map or input object whose reads throw, or a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(() => parseConnector(proxy)).toThrow(InvalidArgumentError);
    expect(() => parseConnector(throwing)).toThrow(/files: its file names could not be read \(no keys\)/);
    expect(() => validateConnector(proxy)).toThrow(InvalidArgumentError);
    const getter = { get apiDefinition(): unknown { throw new Error('boom'); } };
    expect(() => validateConnector(getter)).toThrow(/Invalid input.apiDefinition: reading it threw an error \(boom\)/);
  });

  it('a hand-built ConnectorInput with a null file or a markdown file without its document', () => {
    const nullFile = { kind: 'connector-input', files: [null] } as unknown as ConnectorInput;
    expect(() => validateConnector(nullFile)).toThrow(/input.files\[0\]: expected a file object, got null/);
    const readme = parseConnector({ 'readme.md': '# Contoso' }).files[0]!;
    const noDocument = { kind: 'connector-input', files: [{ ...readme, document: undefined }] } as unknown as ConnectorInput;
    expect(() => validateConnector(noDocument)).toThrow(/'readme.md' lacks its parsed markdown document/);
    expect(() => diffConnectors(noDocument, noDocument)).toThrow(InvalidArgumentError);
    expect(() => validateConnector({ apiDefinition: swagger, fileNames: 'readme.md' } as never)).toThrow(/input.fileNames/);
  });

  it('a well-formed hand-built ConnectorInput is still accepted', () => {
    const parsed = parseConnector({ 'apiDefinition.swagger.json': JSON.stringify(swagger) });
    expect(() => validateConnector({ kind: 'connector-input', files: [...parsed.files] })).not.toThrow();
  });
});

describe('connector content, whatever it is, gets findings', () => {
  it('files given as a number, null, an object or an array', () => {
    for (const value of [42, null, {}, [1], true]) {
      const input = parseConnector({ 'apiDefinition.swagger.json': value as never, 'readme.md': '# Contoso' });
      const result = validateConnector(input);
      const finding = result.findings.find((f) => f.ruleId === 'artifact-file-readable');
      expect(finding?.file).toBe('apiDefinition.swagger.json');
      expect(finding?.message).toMatch(/was given as .*, not as text or bytes/);
    }
  });

  it('a files map whose getter throws for one file reports that file', () => {
    const files = { 'readme.md': '# Contoso', get 'apiDefinition.swagger.json'(): string { throw new Error('disk on fire'); } };
    const finding = validateConnector(parseConnector(files)).findings.find((f) => f.ruleId === 'artifact-file-readable');
    expect(finding?.message).toContain('disk on fire');
  });

  it('documents holding throwing getters, Proxies or revoked Proxies', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => ['a'], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) });
    for (const apiDefinition of [{ ...swagger, info: proxy }, { ...swagger, paths: trap }, proxy, { get swagger(): string { throw new Error('getter'); } }]) {
      const findings = validateConnector({ apiDefinition }).findings;
      expect(findings.filter((f) => f.ruleId === 'artifact-file-readable')).toHaveLength(1);
      expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
      expect(() => diffConnectors({ apiDefinition }, { apiDefinition: swagger })).not.toThrow();
    }
  });

  it('any JSON value as a document, and non-JSON values left out as JSON.stringify leaves them out', () => {
    for (const apiDefinition of [null, 0, 'swagger', [null], true, { ...swagger, extra: () => 1, big: 1n, nothing: undefined }]) {
      expect(ids({ apiDefinition }).includes('internal-error')).toBe(false);
    }
  });

  it('readme and script given as something other than text become findings', () => {
    expect(ids({ apiDefinition: swagger, readme: 42 as never })).toContain('artifact-file-readable');
  });

  it('a document given as bytes is read as the file', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(swagger));
    const fromBytes = validateConnector({ apiDefinition: bytes }).findings.map((f) => `${f.ruleId} ${f.pointer}`);
    const fromText = validateConnector(parseConnector({ 'apiDefinition.swagger.json': JSON.stringify(swagger) })).findings.map((f) => `${f.ruleId} ${f.pointer}`);
    expect(fromBytes).toEqual(fromText);
  });

  it('a document with shared (not cyclic) objects is read whole', () => {
    const shared = { type: 'string', description: 'A value.' };
    const apiDefinition = { ...swagger, definitions: { A: { type: 'object', properties: { a: shared, b: shared } } } };
    expect(ids({ apiDefinition }).includes('artifact-json-valid')).toBe(false);
  });
});
