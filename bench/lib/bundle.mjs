// Bundles an entry with esbuild the same way for Socle and for every peer
// (ESM, minified, browser platform, production conditions) and measures
// the output compressed with node:zlib.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { repoDir } from './paths.mjs';

/** Module specifiers that make up Lit 3; `withoutLit` bundles leave them external. */
export const LIT_MODULES = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
];

/**
 * Bundles JavaScript source text. `resolveDir` is the folder that bare and
 * relative imports in `contents` resolve from. `minify: false` keeps function
 * names and esbuild's `// path` comments, for CPU profiles.
 * @param {{ contents: string, resolveDir: string, withoutLit?: boolean, minify?: boolean }} entry
 * @returns {Promise<Uint8Array>} the bundle
 */
export async function bundleScript({ contents, resolveDir, withoutLit = false, minify = true }) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'bench-entry.js' },
    absWorkingDir: repoDir,
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: withoutLit ? LIT_MODULES : [],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * Bundles CSS files into one minified stylesheet, following their `@import`s
 * (Web Awesome's entry stylesheet is only imports).
 * @param {string[]} files absolute paths
 * @returns {Promise<Uint8Array>}
 */
export async function bundleStyles(files) {
  const contents = files.map((file) => `@import ${JSON.stringify(file)};`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: '/', loader: 'css', sourcefile: 'bench-entry.css' },
    bundle: true,
    minify: true,
    // Fonts and images referenced by url() stay separate requests: only the
    // stylesheet text is measured.
    external: ['*.woff', '*.woff2', '*.ttf', '*.svg', '*.png', '*.jpg', '*.gif'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * Measures bytes as served: raw, gzip level 9 and brotli quality 11.
 * @param {Uint8Array} bytes
 * @returns {{ raw: number, gzip: number, brotli: number }}
 */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}
