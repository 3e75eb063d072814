// A static server on 127.0.0.1 for the render pages: one HTML page per
// library, its bundled script and stylesheet, and the page harness.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const harness = readFileSync(new URL('./page-harness.js', import.meta.url));

/**
 * Starts the server on a free port.
 * @param {Map<string, { script: Uint8Array | null, styles: Uint8Array | null }>} assets by library id
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(assets) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };

    const page = url.pathname.match(/^\/page\/([a-z]+)$/);
    if (page && assets.has(page[1])) return send(200, 'text/html; charset=utf-8', pageHtml(page[1], assets.get(page[1])));

    const asset = url.pathname.match(/^\/lib\/([a-z]+)\.(js|css)$/);
    if (asset && assets.has(asset[1])) {
      const { script, styles } = assets.get(asset[1]);
      const body = asset[2] === 'js' ? script : styles;
      if (body) return send(200, asset[2] === 'js' ? 'text/javascript' : 'text/css', body);
    }

    if (url.pathname === '/harness.js') return send(200, 'text/javascript', harness);
    return send(404, 'text/plain', `not found: ${url.pathname}`);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function pageHtml(library, { script, styles }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Banc d’essai : ${library}</title>
${styles ? `<link rel="stylesheet" href="/lib/${library}.css">` : ''}
${script ? `<script type="module" src="/lib/${library}.js"></script>` : ''}
<script type="module" src="/harness.js"></script>
</head>
<body>
<main id="root"></main>
</body>
</html>
`;
}
