import type { Plugin } from 'esbuild';

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
