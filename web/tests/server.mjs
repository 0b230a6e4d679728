// Starts a real bizline server for the web tests: a fresh SQLite database in a temp dir
// (migrate, demo), then `serve` on a loopback port read from its stdout. Everything is bounded.
//
// Env: BIZLINE_BIN (default /work/main/build/asan/bizline), BIZLINE_CATALOG (default /work/main/catalog).
// If that server has no web portal embedded yet (GET / answers 404), the web build is served from a
// temp dir by a loopback proxy in front of it (the server's security headers, CSP and
// Cross-Origin-Opener-Policy included, and its gzip), so the UI can be tested before the
// server embeds it (BIZLINE_WEB_PROXY=1 forces this, to test the current sources against an older
// binary); `mode` tells which one runs.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '..');
const repoRoot = resolve(webRoot, '..');

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

// What the server adds to every response (src/http/core/security_headers.cpp).
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function binPath() {
  return process.env.BIZLINE_BIN || join(repoRoot, 'build/asan/bizline');
}
export function catalogPath() {
  return process.env.BIZLINE_CATALOG || join(repoRoot, 'catalog');
}
export function haveServer() {
  return existsSync(binPath()) && existsSync(catalogPath());
}

const env = { ...process.env, ASAN_OPTIONS: process.env.ASAN_OPTIONS || 'detect_leaks=0' };

export async function startServer() {
  const bin = binPath();
  const catalog = catalogPath();
  const dir = mkdtempSync(join(tmpdir(), 'bizline-web-'));
  const db = `sqlite:${join(dir, 't.db')}`;
  await run(bin, ['--catalog', catalog, 'migrate', '--db', db], { timeout: 120_000, env });
  await run(bin, ['--catalog', catalog, 'demo', '--db', db], { timeout: 120_000, env });
  const child = spawn(bin, ['--catalog', catalog, 'serve', '--db', db, '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let log = '';
  const upstream = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error('bizline did not start within 60 s:\n' + log)), 60_000);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = /bizline listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => {
      log += c.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bizline exited (${code}) before listening:\n${log}`));
    });
  });
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();

  let url = upstream;
  let mode = 'server';
  let proxy = null;
  const probe = await fetch(upstream + '/', { signal: AbortSignal.timeout(10_000) });
  if (probe.status === 404 || process.env.BIZLINE_WEB_PROXY === '1') {
    const out = join(dir, 'web');
    await run(process.execPath, [join(webRoot, 'build.mjs'), out], { timeout: 120_000 });
    proxy = await startProxy(upstream, out);
    url = proxy.url;
    mode = 'proxy';
  }

  async function stop() {
    if (proxy) await proxy.close();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { url, upstream, mode, stop, dir, db, bin, catalog };
}

// A loopback proxy serving the web build at / and /assets/* and forwarding the rest.
function startProxy(upstream, dir) {
  const types = { 'app.js': 'text/javascript; charset=utf-8', 'app.css': 'text/css; charset=utf-8', 'index.html': 'text/html; charset=utf-8' };
  const target = new URL(upstream);
  const server = http.createServer((req, res) => {
    const path = req.url.split('?')[0];
    const name = path === '/' ? 'index.html' : path.startsWith('/assets/') ? path.slice('/assets/'.length) : null;
    if (name !== null && req.method === 'GET') {
      if (!types[name]) {
        res.writeHead(404, { 'Content-Type': 'application/json', 'Content-Security-Policy': CSP });
        res.end('{"code":"NotFound","reason":"NotFound","message":"no such asset","status":"404"}');
        return;
      }
      // the server's own headers (src/http/core/security_headers.cpp, the embedded portal's
      // gzip): Cross-Origin-Opener-Policy in particular changes how chromium navigates to it.
      const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': types[name],
        ...SECURITY_HEADERS,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(readFileSync(join(dir, gz ? name + '.gz' : name)));
      return;
    }
    const up = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (ur) => {
        res.writeHead(ur.statusCode, ur.headers);
        ur.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((r) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      r({ url: `http://127.0.0.1:${port}`, close: () => new Promise((c) => { server.closeAllConnections?.(); server.close(() => c()); }) });
    });
  });
}
