// Renders the form with @lit-labs/ssr, serves the hydration script and the
// theme CSS, and responds to the form's POST with the fields it received. Binds
// 127.0.0.1. PORT=0 picks a free port.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { formPage } from './page.mjs';

const require = createRequire(import.meta.url);
const assets = {
  '/client.js': { path: new URL('dist/client.js', import.meta.url), type: 'text/javascript; charset=utf-8' },
  '/tokens.css': { path: require.resolve('@socle/tokens/css/socle.css'), type: 'text/css; charset=utf-8' },
};

const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function confirmationPage(fields) {
  const rows = Object.entries(fields)
    .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Demande reçue</title></head>
<body><main><h1>Demande reçue</h1><dl>${rows}</dl>
<script type="application/json" id="submitted">${JSON.stringify(fields).replace(/</g, '\\u003c')}</script></main></body></html>`;
}

const server = createServer(async (request, response) => {
  try {
    if (request.method === 'GET' && request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // Streams the page as Lit renders it.
      new RenderResultReadable(render(formPage())).pipe(response);
      return;
    }
    if (request.method === 'POST' && request.url === '/submit') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const fields = Object.fromEntries(new URLSearchParams(body));
      console.log(`POST /submit ${JSON.stringify(fields)}`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(confirmationPage(fields));
      return;
    }
    const asset = request.method === 'GET' ? assets[request.url ?? ''] : undefined;
    if (!asset) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${request.method} ${request.url}`);
      return;
    }
    response.writeHead(200, { 'content-type': asset.type });
    response.end(await readFile(asset.path));
  } catch (error) {
    console.error(`Failed to respond to ${request.method} ${request.url}:`, error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal server error');
  }
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`listening on http://127.0.0.1:${port}/`);
});
