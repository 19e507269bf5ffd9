#!/usr/bin/env node
// Builds legacy pages into one IIFE bundle for V8 or Jint:
//   node build.mjs [--focus host|js] ENTRY OUT.js
// The entry imports 'react' and 'bridge-host', or is a React Native app: 'react-native' and the libraries around
// it resolve to bridge-react-native (react-native/ beside src/). TypeScript, TSX and platform files
// (.tv, then .android, then .native) resolve as Metro does for an Android TV build; node_modules that ship
// untranspiled JSX or Flow are transpiled here. The polyfills run before anything else loads.

import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import flowRemoveTypes from 'flow-remove-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const rn = path.join(here, 'react-native', 'src');

/** Import names the build resolves to bridge-react-native's modules. */
export const ALIASES = {
  'bridge-host': path.join(here, 'src', 'index.js'),
  'react-native': path.join(rn, 'index.js'),
  'react-native-tvos': path.join(rn, 'index.js'),
  'react-native-web': path.join(rn, 'index.js'),
  '@react-navigation/native': path.join(rn, 'navigation', 'native.js'),
  '@react-navigation/core': path.join(rn, 'navigation', 'native.js'),
  '@react-navigation/native-stack': path.join(rn, 'navigation', 'stack.js'),
  '@react-navigation/stack': path.join(rn, 'navigation', 'stack.js'),
  '@react-navigation/drawer': path.join(rn, 'navigation', 'drawer.js'),
  'react-native-video': path.join(rn, 'libraries', 'video.js'),
  'react-native-keyevent': path.join(rn, 'libraries', 'keyevent.js'),
  'react-native-gesture-handler': path.join(rn, 'libraries', 'gestureHandler.js'),
  'react-native-safe-area-context': path.join(rn, 'libraries', 'safeArea.js'),
  'react-native-linear-gradient': path.join(rn, 'libraries', 'linearGradient.js'),
  'react-native-screens': path.join(rn, 'libraries', 'screens.js'),
};

/** Metro's order for an Android TV build: TV files first, then Android, then native, then plain. */
export const RESOLVE_EXTENSIONS = ['.tv', '.android', '.native', ''].flatMap((platform) =>
  ['.tsx', '.ts', '.jsx', '.js'].map((ext) => platform + ext)).concat(['.mjs', '.cjs', '.json']);

/** Packages that run their own spatial navigation from key events: a bundle that includes one runs in JS-focus mode. */
export const JS_FOCUS_LIBRARIES = ['react-tv-space-navigation', '@noriginmedia/norigin-spatial-navigation'];

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.bmp'];

// Code that ships untranspiled (JSX or Flow in .js, as many React Native packages do): strip Flow types where the
// file has them, then let esbuild read it as JSX.
const untranspiledSource = {
  name: 'untranspiled-source',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!/@flow\b|^\s*import\s+type\s|^\s*export\s+type\s/m.test(text)) return { contents: text, loader: 'jsx' };
      return { contents: flowRemoveTypes(text, { all: true }).toString(), loader: 'jsx' };
    });
  },
};

function parseArgs(argv) {
  const args = { focus: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--focus') {
      args.focus = argv[++i];
      if (args.focus !== 'host' && args.focus !== 'js') {
        throw new Error('--focus must be "host" or "js", got ' + JSON.stringify(args.focus));
      }
    } else {
      args.files.push(argv[i]);
    }
  }
  return args;
}

function options(entryPath, focus) {
  const polyfills = path.join(here, 'src', 'polyfills', 'install.js');
  return {
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
    mainFields: ['react-native', 'browser', 'module', 'main'],
    conditions: ['react-native'],
    resolveExtensions: RESOLVE_EXTENSIONS,
    define: {
      'process.env.NODE_ENV': '"production"',
      __DEV__: 'false',
      global: 'globalThis',
      __BRIDGE_FOCUS_MODE__: JSON.stringify(focus),
    },
    jsx: 'automatic',
    alias: ALIASES,
    nodePaths: [path.join(here, 'node_modules')],
    loader: Object.fromEntries([['.js', 'jsx'], ...IMAGE_EXTENSIONS.map((ext) => [ext, 'dataurl'])]),
    plugins: [untranspiledSource],
    logLevel: 'warning',
    legalComments: 'none',
    minify: false,
  };
}

/** True when the bundle's inputs include one of the JS spatial navigation libraries. */
function usesJsFocusLibrary(metafile) {
  return Object.keys(metafile.inputs).some((input) =>
    JS_FOCUS_LIBRARIES.some((name) => input.includes('node_modules/' + name + '/')));
}

/** Builds ENTRY into OUT; the focus mode is the given one, else js when a JS navigation library is bundled. */
export async function buildBundle(entry, out, focus = null) {
  const entryPath = path.resolve(entry);
  let mode = focus;
  if (mode === null) {
    const probe = await build({ ...options(entryPath, 'host'), write: false, metafile: true, logLevel: 'error' });
    mode = usesJsFocusLibrary(probe.metafile) ? 'js' : 'host';
  }
  await build({ ...options(entryPath, mode), outfile: path.resolve(out) });
  return mode;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error('build.mjs: ' + error.message);
    process.exit(2);
  }
  if (args.files.length !== 2) {
    console.error('usage: node build.mjs [--focus host|js] ENTRY OUT.js');
    process.exit(2);
  }
  try {
    await buildBundle(args.files[0], args.files[1], args.focus);
  } catch {
    process.exit(1);
  }
}
