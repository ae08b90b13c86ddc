import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const playgroundRoot = fileURLToPath(new URL('.', import.meta.url));
// The package root: Vite resolves it through package.json "exports", so the playground runs the built dist/ that
// users install, not src/.
const packageRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Fails the build when anything imports a Node built-in: the core entry must run in a browser with no shims. */
function noNodeBuiltins(): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: 'no-node-builtins',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id.startsWith('node:') || builtins.has(id.split('/')[0]!)) {
        this.error(`${importer ?? 'the playground'} imports the Node built-in '${id}'`);
      }
      return null;
    },
  };
}

export default defineConfig({
  root: playgroundRoot,
  base: './',
  resolve: {
    alias: [
      { find: /^connector-certify$/, replacement: packageRoot },
      // A subpath has no folder of its own to resolve: the file that package.json "exports" names for it.
      { find: /^connector-certify\/diff$/, replacement: `${packageRoot}/dist/diff.js` },
    ],
  },
  plugins: [noNodeBuiltins()],
  worker: { format: 'es', plugins: () => [noNodeBuiltins()] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { fs: { allow: [packageRoot] } },
});
