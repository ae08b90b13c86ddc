import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** Every regular expression literal, and every `RegExp(...)` built from a string literal, in a source file. */
function regexesIn(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const where = (node: ts.Node) => `${file.slice(repoRoot.length + 1)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('regular expressions in src/', () => {
  const all = sourceFiles(join(repoRoot, 'src')).flatMap(regexesIn);

  it('were found', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('are all free of catastrophic backtracking (checked by recheck)', () => {
    // recheck answers 'unknown' when its own time runs out; its 10 s default ran out on a loaded 2-core machine
    // (the bearer-token pattern takes ~5 s there when quiet), so it gets a minute per pattern. 'unknown' still fails.
    const unsafe = all
      .map((regex) => ({ ...regex, result: checkSync(regex.source, regex.flags, { timeout: 60_000 }) }))
      .filter(({ result }) => result.status !== 'safe')
      .map(({ where, source, result }) => `${where} /${source}/: ${result.status}${'complexity' in result && result.complexity ? ` (${result.complexity.type})` : ''}`);
    expect(unsafe).toEqual([]);
  }, 600_000);
});
