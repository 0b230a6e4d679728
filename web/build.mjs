// Builds the web front end: node web/build.mjs <outdir>
// Writes <outdir>/app.js (esbuild bundle of src/main.tsx, minified, es2020), app.css, index.html
// and a gzip (level 9) copy of each. No inline script or style: the server's CSP forbids them.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] ?? join(here, 'dist'));
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: [join(here, 'src/main.tsx')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const js = result.outputFiles[0].contents;
const css = readFileSync(join(here, 'src/app.css'));

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bizline</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<div id="app"><noscript>bizline needs JavaScript.</noscript></div>
</body>
</html>
`;

const files = { 'app.js': js, 'app.css': css, 'index.html': Buffer.from(html) };
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(outdir, name), bytes);
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(join(outdir, name + '.gz'), gz);
  console.log(`${name.padEnd(11)} ${String(bytes.length).padStart(8)} B  gzip ${String(gz.length).padStart(7)} B`);
}
