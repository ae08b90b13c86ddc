import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, parseConnector, validateConnector } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';

/**
 * The library's input contract (README, "What the library throws"): anything that can come from files or from a
 * caller's parsed JSON (any JSON value, any bytes, any text, anything in a files map) gives findings; only a call
 * that is a programming mistake throws, and then only InvalidArgumentError.
 */
const runs = Number(process.env.PROPERTY_RUNS ?? 100);

/**
 * The odd things hand-written code passes, by name: fast-check inspects the values it generates, so the hostile ones
 * are built inside the property, from their name.
 */
const oddities: Record<string, () => unknown> = {
  undefined: () => undefined,
  NaN: () => NaN,
  bigint: () => 1n,
  symbol: () => Symbol('s'),
  function: () => () => 1,
  date: () => new Date(0),
  map: () => new Map([[1, 2]]),
  holes: () => [, 1], // eslint-disable-line no-sparse-arrays
  revokedProxy,
  throwingProxy,
  throwingGetter: () => ({ get swagger(): unknown { throw new Error('getter'); } }),
  deepInside: () => ({ swagger: '2.0', paths: { '/a': { get: throwingProxy() } } }),
};

type Generated = { json: unknown } | { bytes: Uint8Array } | { odd: string };

/** Values a document or a files-map entry may hold: JSON, bytes, text, and the oddities. */
const anything: fc.Arbitrary<Generated> = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((json) => ({ json })),
  fc.string({ maxLength: 200 }).map((json) => ({ json })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ bytes })),
  fc.constantFrom(...Object.keys(oddities)).map((odd) => ({ odd })),
);

function make(generated: Generated): unknown {
  if ('json' in generated) return generated.json;
  if ('bytes' in generated) return generated.bytes;
  return oddities[generated.odd]!();
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function throwingProxy(): object {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: fail, ownKeys: fail, has: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail });
}

const fileName = fc.constantFrom('apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'icon.png', 'settings.json', 'notes.txt');

/** Runs a call; it must return, or throw InvalidArgumentError when `mistake` says the call is one. */
function expectContract(call: () => unknown, mistake: boolean): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  if (mistake) expect(thrown).toBeInstanceOf(InvalidArgumentError);
  else expect(thrown, String(thrown)).toBeUndefined();
}

function noInternalErrors(result: { findings: Array<{ ruleId: string; message: string }> }): void {
  expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
}

describe('the input contract', () => {
  it('any value in a files map gives findings from parseConnector, validateConnector and diffConnectors', () => {
    fc.assert(
      fc.property(fc.dictionary(fileName, anything, { maxKeys: 4 }), (generated) => {
        const files = Object.fromEntries(Object.entries(generated).map(([name, value]) => [name, make(value)]));
        const input = parseConnector(files as never);
        noInternalErrors(validateConnector(input));
        expectContract(() => diffConnectors(input, input), false);
        expectContract(() => diffConnectors(parseConnector({}), input), false);
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('any value as a document given as an object gives findings', () => {
    fc.assert(
      fc.property(anything, anything, anything, (a, b, c) => {
        const apiDefinition = make(a);
        const objects = { apiDefinition, apiProperties: make(b), readme: make(c) } as never;
        noInternalErrors(validateConnector(objects));
        expectContract(() => diffConnectors(objects, { apiDefinition }), false);
      }),
      { numRuns: runs },
    );
  }, 120_000);

  it('anything but an object as files or input is an InvalidArgumentError, never another exception', () => {
    const containers: Record<string, () => unknown> = {
      null: () => null,
      undefined: () => undefined,
      zero: () => 0,
      text: () => 'text',
      true: () => true,
      bigint: () => 1n,
      symbol: () => Symbol('s'),
      function: () => () => 1,
      bytes: () => new Uint8Array(1),
      revokedProxy,
    };
    const notAContainer = fc.oneof(
      fc.constantFrom(...Object.keys(containers)).map((name) => ({ name })),
      fc.array(fc.jsonValue(), { maxLength: 3 }).map((array) => ({ array })),
    );
    fc.assert(
      fc.property(notAContainer, (generated) => {
        const value = 'name' in generated ? containers[generated.name]!() : generated.array;
        expectContract(() => parseConnector(value as never), true);
        expectContract(() => validateConnector(value as never), true);
        expectContract(() => diffConnectors(value as never, {}), true);
      }),
      { numRuns: runs },
    );
  }, 60_000);

  it('options that are not valid are an InvalidArgumentError, never another exception or a silent pass', () => {
    const options = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ profile: fc.string({ maxLength: 12 }) }),
      fc.record({ rules: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })) }),
      fc.record({ baseline: fc.jsonValue({ maxDepth: 2 }) }),
      fc.record({ extraRules: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }) }),
      fc.record({ limits: fc.jsonValue({ maxDepth: 2 }) }),
    );
    const input = { apiDefinition: { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} } };
    fc.assert(
      fc.property(options, (value) => {
        let thrown: unknown;
        try {
          validateConnector(input, value as never);
        } catch (error) {
          thrown = error;
        }
        // Anything thrown is an InvalidArgumentError; a value that passes must be an options object.
        if (thrown !== undefined) expect(thrown).toBeInstanceOf(InvalidArgumentError);
        else expect(value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))).toBe(true);
        try {
          diffConnectors(input, input, value as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }),
      { numRuns: runs },
    );
  }, 60_000);
});
