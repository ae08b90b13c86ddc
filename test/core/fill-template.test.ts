import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/core/engine.js';

/** What the engine did before: one `replace` with a callback. */
function byRegExp(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

describe('fillTemplate', () => {
  it('fills the placeholders data names and leaves the rest as written', () => {
    const data = { name: 'x-ms-summary', count: 3, _a1: '$& {name}' };
    expect(fillTemplate("Key '{name}' ({count}, {missing}) {} {na me} {{name}} {_a1}", data)).toBe(
      "Key 'x-ms-summary' (3, {missing}) {} {na me} {x-ms-summary} $& {name}",
    );
    expect(fillTemplate('No placeholder.', data)).toBe('No placeholder.');
    expect(fillTemplate('{name}', undefined)).toBe('{name}');
    expect(fillTemplate('{toString} {constructor}', data)).toBe('{toString} {constructor}');
  });

  it('gives what a regular expression replace gives, on random templates', () => {
    let seed = 15;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['{', '}', 'name', 'n', 'count', '_', ' ', 'é', '{name}', '{count}', '{n}', '$1', '-', '9'];
    const data = { name: 'NAME', count: 0, n: '{name}' };
    for (let i = 0; i < 5000; i++) {
      let template = '';
      const length = Math.floor(random() * 12);
      for (let j = 0; j < length; j++) template += pieces[Math.floor(random() * pieces.length)];
      expect(fillTemplate(template, data), template).toBe(byRegExp(template, data));
    }
  });
});
