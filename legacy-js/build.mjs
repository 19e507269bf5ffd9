// Builds legacy pages into one IIFE bundle for V8 or Jint: node build.mjs ENTRY.jsx OUT.js
// The entry imports only 'react' and 'bridge-host'; the polyfills run before anything else loads.

import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error('usage: node build.mjs ENTRY.jsx OUT.js');
  process.exit(2);
}
const entryPath = path.resolve(entry);
const polyfills = path.join(here, 'src', 'polyfills', 'install.js');

try {
  await build({
    stdin: {
      contents: `import ${JSON.stringify(polyfills)};\nimport ${JSON.stringify(entryPath)};\n`,
      resolveDir: path.dirname(entryPath),
      sourcefile: 'legacy-entry.js',
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['main', 'module'],
    outfile: path.resolve(out),
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    alias: { 'bridge-host': path.join(here, 'src', 'index.js') },
    nodePaths: [path.join(here, 'node_modules')],
    loader: { '.js': 'jsx' },
    logLevel: 'warning',
    legalComments: 'none',
    minify: false,
  });
} catch {
  process.exit(1);
}
