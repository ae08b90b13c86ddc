import { createRequire } from 'node:module';
import { build } from 'esbuild';
import * as jsonc from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lazyIndentation } from '../../scripts/defer-modules.js';
import { repoRoot } from '../helpers/fixtures.js';

/** jsonc-parser's ES module build, bundled as the commands bundle takes it, with the plugin or without. */
async function bundled(plugins: typeof lazyIndentation[]): Promise<{ text: string; parser: typeof jsonc }> {
  const result = await build({
    stdin: { contents: "export { applyEdits, format, modify } from 'jsonc-parser';", resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins,
  });
  const text = result.outputFiles[0]!.text;
  const module = { exports: {} as typeof jsonc };
  new Function('module', 'exports', 'require', text)(module, module.exports, createRequire(import.meta.url));
  return { text, parser: module.exports };
}

describe('the lazy-indentation build plugin', () => {
  it('builds none of the indentation tables as the parser loads', async () => {
    const { text } = await bundled([lazyIndentation]);
    expect(text.match(/get "(\\r\\n|\\r|\\n)"\(\)/g)).toHaveLength(6);
    expect((await bundled([])).text).not.toMatch(/get "\\n"\(\)/);
  });

  it('leaves the edits as jsonc-parser makes them, for each line break and indentation', async () => {
    const { parser } = await bundled([lazyIndentation]);
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const insertSpaces of [true, false]) {
        const text = ['{', '  "a": {', '    "b": [1, 2]', '  }', '}'].join(eol);
        const formattingOptions = { insertSpaces, tabSize: 2, eol };
        const edit = (p: typeof jsonc) => p.applyEdits(text, p.modify(text, ['a', 'c'], { d: [true, { e: 'f' }] }, { formattingOptions }));
        const formatted = (p: typeof jsonc) => p.applyEdits(text, p.format(text, undefined, formattingOptions));
        expect(edit(parser)).toBe(edit(jsonc));
        expect(formatted(parser)).toBe(formatted(jsonc));
        // Twice: the second use reads the table the first one built.
        expect(edit(parser)).toBe(edit(jsonc));
      }
    }
  });
});
