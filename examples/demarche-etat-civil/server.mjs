// Example démarche: a page that asks for an état-civil act with
// socle-etat-civil-request, and the server that receives the native POST,
// checks it with validateRequest of @socle/etat-civil, and answers with a
// confirmation page or the form again with the server's errors.
//
// Start: `node server.mjs` (PORT sets the port, 0 or unset picks a free one).
// It serves the built packages, so run `npm run build` at the repository root first.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize as normalizePath, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ACTS, DOCUMENTS, QUALITES, evaluateRequest, labelOf, validateRequest } from '@socle/etat-civil';
import { createCommuneSource, normalize as normalizeName } from '@socle/communes';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPOSITORY = join(HERE, '..', '..');
const TOKENS_CSS = join(REPOSITORY, 'packages', 'tokens', 'dist', 'css');
const COMMUNES_DATA = join(REPOSITORY, 'packages', 'communes', 'dist', 'data');
const COMPONENTS_DIST = join(REPOSITORY, 'packages', 'components', 'dist', 'etat-civil-request', 'define.js');

const THEMES = ['etat', 'commune-exemple'];
const DEFAULT_THEME = 'etat';
const FIELD_NAME = 'demande';
const DRAFT_KEY = 'demarche-etat-civil';
/** Largest accepted request body; a request is a few kilobytes of JSON. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Content-Security-Policy of every page: scripts from this origin only, no
 * inline script or style, and Trusted Types for the DOM sinks. Lit creates
 * the `lit-html` policy.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const STATIC_TYPES = { '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Returns today's date in Paris as YYYY-MM-DD; the 'sv-SE' locale formats dates that way. */
function todayInParis() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

function themeOf(url) {
  const theme = url.searchParams.get('theme');
  return THEMES.includes(theme) ? theme : DEFAULT_THEME;
}

function layout({ title, theme, main }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/tokens/${theme}.css">
<link rel="stylesheet" href="/app.css">
<script type="module" src="/app.js"></script>
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header><p class="service-name">Service d’état civil en ligne</p></header>
<main id="contenu">
${main}
</main>
<footer><p>Exemple de démarche construite avec Socle. La délivrance des actes est gratuite.</p></footer>
</body>
</html>
`;
}

/** Renders the request page; after a rejection, with the answers received and the server's errors. */
function renderForm({ theme, value = '', errors = [] }) {
  const attributes = [
    `action="/demande?theme=${theme}"`,
    'method="post"',
    `name="${FIELD_NAME}"`,
    `draft-key="${DRAFT_KEY}"`,
    'communes-base-url="/communes/"',
  ];
  if (value) attributes.push(`value="${escapeHtml(value)}"`);
  if (errors.length > 0) attributes.push(`errors="${escapeHtml(JSON.stringify(errors))}"`);
  const title = errors.length > 0 ? 'Erreur : Demander un acte d’état civil' : 'Demander un acte d’état civil';
  return layout({
    title,
    theme,
    main: `<h1>Demander un acte d’état civil</h1>
<p>Copie intégrale ou extrait d’un acte de naissance, de mariage, de décès ou de reconnaissance. Les copies sont envoyées par courrier.</p>
<socle-etat-civil-request ${attributes.join(' ')}></socle-etat-civil-request>`,
  });
}

function renderConfirmation({ theme, reference, request, office }) {
  const rows = [
    ['Numéro de demande', reference],
    ['Acte', labelOf(ACTS, request.act) ?? request.act],
    ['Document', labelOf(DOCUMENTS, request.document) ?? request.document],
    ['Votre qualité', labelOf(QUALITES, request.qualite) ?? request.qualite],
    ['Nombre d’exemplaires', String(request.copies)],
    ['Service compétent', [office?.name, office?.address].filter(Boolean).join(', ')],
  ];
  const list = rows.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n');
  return layout({
    title: 'Demande enregistrée – Demander un acte d’état civil',
    theme,
    main: `<h1>Votre demande est enregistrée</h1>
<p>Conservez votre numéro de demande : il vous sera demandé pour tout suivi.</p>
<dl class="confirmation">
${list}
</dl>
${office?.note ? `<p>${escapeHtml(office.note)}</p>` : ''}
<p><a href="/?theme=${theme}">Faire une autre demande</a></p>`,
  });
}

/** Returns a reference such as EC-2025-7K3Q9M, from 30 random bits. */
function newReference(today) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(6);
  const code = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
  return `EC-${today.slice(0, 4)}-${code}`;
}

const communes = createCommuneSource({
  loader: async (path) => JSON.parse(await readFile(join(COMMUNES_DATA, path), 'utf8')),
});

/**
 * Checks that a French postal code belongs to the commune typed in the
 * address, with the COG data of @socle/communes. The widget cannot know it,
 * so it is the example of a rule that only the server applies.
 */
async function checkPostalCode(delivery) {
  if (delivery.country !== 'FR') return [];
  const city = normalizeName(delivery.city.replace(/\s+cedex(\s+\d+)?$/i, ''));
  const known = await communes.communesForPostalCode(delivery.postalCode);
  if (known.some((commune) => normalizeName(commune.name) === city)) return [];
  return [
    {
      path: '/delivery/postalCode',
      message: `Le code postal ${delivery.postalCode} ne correspond pas à la commune « ${delivery.city} » : corrigez l’adresse d’envoi.`,
    },
  ];
}

class BodyTooLargeError extends Error {
  name = 'BodyTooLargeError';
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError(`Request body exceeds ${MAX_BODY_BYTES} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response, status, type, body, extraHeaders = {}) {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}

async function handleRequestPost(request, response, url) {
  const theme = themeOf(url);
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    send(response, 415, 'text/plain; charset=utf-8', 'Expected a form submission (application/x-www-form-urlencoded).');
    return;
  }
  const form = new URLSearchParams(await readBody(request));
  const raw = form.get(FIELD_NAME) ?? '';
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    const errors = [{ path: '', message: 'La demande reçue est illisible : vérifiez vos réponses et envoyez-la de nouveau.' }];
    send(response, 422, 'text/html; charset=utf-8', renderForm({ theme, errors }));
    return;
  }

  const today = todayInParis();
  const result = validateRequest(json, { today });
  const errors = result.valid ? await checkPostalCode(result.value.delivery) : result.errors;
  if (errors.length > 0) {
    console.log(`POST /demande rejected: ${errors.map((error) => `${error.path || '/'} ${error.code ?? 'postal-code'}`).join(', ')}`);
    send(response, 422, 'text/html; charset=utf-8', renderForm({ theme, value: raw, errors }));
    return;
  }

  // A real service would store result.value (never the raw body) here.
  const reference = newReference(today);
  const { office } = evaluateRequest(result.value, { today });
  console.log(`POST /demande accepted: ${reference}, ${result.value.act} ${result.value.document}, office ${office?.name ?? 'unknown'}`);
  send(response, 200, 'text/html; charset=utf-8', renderConfirmation({ theme, reference, request: result.value, office }));
}

/** Serves a file below `folder`, refusing paths that leave it. */
async function sendFile(response, folder, relativePath) {
  const target = normalizePath(join(folder, relativePath));
  if (!target.startsWith(folder + sep)) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return;
  }
  try {
    const body = await readFile(target);
    send(response, 200, STATIC_TYPES[extname(target)] ?? 'application/octet-stream', body, { 'cache-control': 'public, max-age=300' });
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'EISDIR') throw error;
    send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
}

/** Bundles the page script into one file, from the built packages. */
async function bundleClient() {
  const result = await build({
    entryPoints: [join(HERE, 'client.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
    // The production build of @socle/components leaves bare imports of its
    // development-warning module, whose code is compiled out; nothing is lost.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  return result.outputFiles[0].text;
}

function checkBuilt() {
  const missing = [COMPONENTS_DIST, join(TOKENS_CSS, 'etat.css'), join(COMMUNES_DATA, 'index.json')].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`Built packages not found (${missing.join(', ')}). Run "npm run build" at the repository root first.`);
  }
}

/**
 * Starts the démarche server on 127.0.0.1. Returns the server, its URL and a
 * `close()` function. `port` 0 picks a free port.
 */
export async function startServer({ port = 0 } = {}) {
  checkBuilt();
  const clientScript = await bundleClient();
  const pageCss = await readFile(join(HERE, 'app.css'));

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      if (request.method === 'GET' && url.pathname === '/') {
        send(response, 200, 'text/html; charset=utf-8', renderForm({ theme: themeOf(url) }));
      } else if (request.method === 'GET' && url.pathname === '/app.js') {
        send(response, 200, STATIC_TYPES['.js'], clientScript);
      } else if (request.method === 'GET' && url.pathname === '/app.css') {
        send(response, 200, STATIC_TYPES['.css'], pageCss);
      } else if (request.method === 'GET' && url.pathname.startsWith('/tokens/')) {
        const theme = url.pathname.slice('/tokens/'.length).replace(/\.css$/, '');
        if (THEMES.includes(theme)) await sendFile(response, TOKENS_CSS, `${theme}.css`);
        else send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      } else if (request.method === 'GET' && url.pathname.startsWith('/communes/')) {
        await sendFile(response, COMMUNES_DATA, decodeURIComponent(url.pathname.slice('/communes/'.length)));
      } else if (request.method === 'POST' && url.pathname === '/demande') {
        await handleRequestPost(request, response, url);
      } else {
        send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        console.log(`${request.method} ${url.pathname} rejected: ${error.message}`);
        if (!response.headersSent) send(response, 413, 'text/plain; charset=utf-8', 'Request too large');
        return;
      }
      console.error(`${request.method} ${url.pathname} failed:`, error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    }
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}/`;
  return {
    server,
    url,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 0);
  const { url, close } = await startServer({ port: Number.isInteger(port) && port >= 0 ? port : 0 });
  console.log(`Démarche état civil listening on ${url} (themes: ?theme=${THEMES.join(' or ?theme=')})`);
  const stop = async (signal) => {
    console.log(`Received ${signal}, stopping.`);
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
