// A small HTTP server on 127.0.0.1 with a random port. It serves a route
// table that each test fills and records every request it receives.
import { createServer } from 'node:http';

/**
 * @typedef {object} Route
 * @property {number} [status] HTTP status, 200 by default.
 * @property {string} type Content-Type.
 * @property {string | Buffer} body
 * @property {Record<string, string>} [headers]
 */

/**
 * Starts a server. `routes` maps a path (without query string) and optionally
 * a method, as in `'POST /submit'`, to a route or to a function returning one.
 * A key ending with `*`, as in `'/data/*'`, matches every path with that
 * prefix; a function may return undefined for a 404.
 *
 * @param {Record<string, Route | ((request: import('node:http').IncomingMessage, body: string) => Route)>} routes
 * @param {{ headers?: Record<string, string> }} [options] Headers added to every response, such as a Content-Security-Policy.
 */
export async function startServer(routes, options = {}) {
  /** @type {Array<{ method: string, url: string }>} */
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? 'GET', url: request.url ?? '' });
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const prefix = Object.keys(routes).find((key) => key.endsWith('*') && path.startsWith(key.slice(0, -1)));
      const entry = routes[`${request.method} ${path}`] ?? routes[path] ?? (prefix && routes[prefix]);
      const route = typeof entry === 'function' ? entry(request, Buffer.concat(chunks).toString('utf8')) : entry;
      if (!route && path === '/favicon.ico') {
        // Browsers ask for it on every page; a 404 would show as a console error.
        response.writeHead(204, options.headers);
        response.end();
        return;
      }
      if (!route) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...options.headers });
        response.end(`Not found: ${path}`);
        return;
      }
      response.writeHead(route.status ?? 200, { 'Content-Type': route.type, 'Cache-Control': 'no-store', ...options.headers, ...route.headers });
      response.end(route.body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

export const html = (body, extra = {}) => ({ type: 'text/html; charset=utf-8', body, ...extra });
export const javascript = (body) => ({ type: 'text/javascript; charset=utf-8', body });
export const json = (value, extra = {}) => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(value), ...extra });
