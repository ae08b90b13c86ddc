import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/**
 * Modules that a `check` seldom needs, loaded on first use in the commands bundle instead of when it starts
 * (docs/architecture.md, start-up): commander loads `child_process` (and with it streams and sockets) for subcommands
 * we do not have, and git needs it only for `--changed-since` and `--base`; `crypto` names the temporary files of
 * `--output`; fflate builds its inflate tables when loaded, and only an icon needs it. Each is replaced by functions
 * of the names used of it that load it when called; an ES import of a name not listed here fails the build.
 */
const deferred: Record<string, string[]> = {
  child_process: ['execFile', 'spawn'],
  crypto: ['randomBytes'],
  fflate: ['Unzlib'],
};

export const deferModules: Plugin = {
  name: 'defer-modules',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${Object.keys(deferred).join('|')})$`);
    const real = Symbol('the deferred module itself');
    build.onResolve({ filter }, async (args) => {
      if (args.pluginData === real) return undefined;
      const name = args.path.replace(/^node:/, '');
      if (args.namespace !== 'deferred') return { path: name, namespace: 'deferred' };
      // The stand-in's `require`: a built-in stays one; a package is bundled through its ES module build, as an
      // `import` resolves it (a `require` would take its Node build).
      if (name !== 'fflate') return { path: `node:${name}`, external: true };
      return build.resolve(name, { kind: 'import-statement', resolveDir: args.resolveDir, pluginData: real });
    });
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, ({ path }) => {
      const functions = deferred[path]!.map(
        (name) => `export function ${name}(...args) { return new.target ? new (load().${name})(...args) : load().${name}(...args); }`,
      );
      const contents = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(path)}));\n${functions.join('\n')}\n`;
      return { contents, resolveDir: process.cwd(), loader: 'js' };
    });
  },
};

/**
 * jsonc-parser builds, as it loads, six tables of 200 strings of a line break and indentation (some 300 KB of heap,
 * pushing the first garbage collection of a small `check` earlier), for the formatting of edits, which only `--fix`
 * makes. Each table becomes a getter that builds it on first use. The build fails if the module no longer reads as
 * expected, so that a new version of the parser is looked at instead of quietly keeping the cost.
 */
export const lazyIndentation: Plugin = {
  name: 'lazy-indentation',
  setup(build) {
    build.onLoad({ filter: /[\\/]jsonc-parser[\\/]lib[\\/]esm[\\/]impl[\\/]string-intern\.js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      const table = /'(\\r\\n|\\r|\\n)': (new Array\(maxCachedValues\)\.fill\(0\)\.map\(\(_, index\) => \{\s*return '(?:\\r\\n|\\r|\\n)' \+ '(?: |\\t)'\.repeat\(index\);\s*\}\))/g;
      let tables = 0;
      const contents = text.replace(table, (_, eol: string, array: string) => {
        tables += 1;
        return `get '${eol}'() {\n  const value = ${array};\n  Object.defineProperty(this, '${eol}', { value });\n  return value;\n}`;
      });
      if (tables !== 6) throw new Error(`lazy-indentation: expected jsonc-parser's six indentation tables in ${path}, found ${tables}.`);
      return { contents, loader: 'js' };
    });
  },
};
