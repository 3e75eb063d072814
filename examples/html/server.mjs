// Serves the page, the Socle bundle and theme CSS from node_modules, and
// responds to the form's POST with the fields it received. Binds 127.0.0.1.
// PORT=0 picks a free port.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const files = {
  '/': { path: new URL('index.html', import.meta.url), type: 'text/html; charset=utf-8' },
  '/socle/socle.bundle.js': {
    path: require.resolve('@socle/components/socle.bundle.js'),
    type: 'text/javascript; charset=utf-8',
  },
  '/socle/tokens.css': { path: require.resolve('@socle/tokens/css/socle.css'), type: 'text/css; charset=utf-8' },
};

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Renders the received fields as a page, and as JSON in `#submitted` for the end-to-end test. */
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
    if (request.method === 'POST' && request.url === '/submit') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const fields = Object.fromEntries(new URLSearchParams(body));
      console.log(`POST /submit ${JSON.stringify(fields)}`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(confirmationPage(fields));
      return;
    }
    const file = request.method === 'GET' ? files[request.url ?? ''] : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${request.method} ${request.url}`);
      return;
    }
    response.writeHead(200, { 'content-type': file.type });
    response.end(await readFile(file.path));
  } catch (error) {
    console.error(`Failed to respond to ${request.method} ${request.url}:`, error);
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal server error');
  }
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`listening on http://127.0.0.1:${port}/`);
});
