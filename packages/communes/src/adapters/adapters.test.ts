import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGeoApiAdapter } from './geo-api.js';
import { createGeoplateformeAdapter } from './geoplateforme.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
let requests: URL[];
let openResponses: ServerResponse[];

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

beforeEach(async () => {
  requests = [];
  openResponses = [];
  handler = (_request, response) => json(response, 200, []);
  server = createServer((request, response) => {
    requests.push(new URL(request.url ?? '/', 'http://127.0.0.1'));
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const response of openResponses) response.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const lyon = {
  nom: 'Lyon',
  code: '69123',
  codesPostaux: ['69001', '69002'],
  codeDepartement: '69',
  departement: { code: '69', nom: 'Rhône' },
  population: 519127,
};

describe('createGeoApiAdapter', () => {
  it('sends a name query and maps communes', async () => {
    handler = (_request, response) => json(response, 200, [lyon]);
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon', { limit: 5 });

    expect(outcome).toEqual({
      status: 'ok',
      results: [
        { kind: 'commune', code: '69123', name: 'Lyon', postalCodes: ['69001', '69002'], departement: '69', departementName: 'Rhône', population: 519127 },
      ],
    });
    expect(requests[0]!.pathname).toBe('/communes');
    expect(requests[0]!.searchParams.get('nom')).toBe('lyon');
    expect(requests[0]!.searchParams.get('boost')).toBe('population');
    expect(requests[0]!.searchParams.get('limit')).toBe('5');
  });

  it('sends five digits as a postal code', async () => {
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    await adapter.search('69003');

    expect(requests[0]!.searchParams.get('codePostal')).toBe('69003');
    expect(requests[0]!.searchParams.has('nom')).toBe(false);
  });

  it('keeps the path of the base URL', async () => {
    const adapter = createGeoApiAdapter({ baseUrl: `${baseUrl}/proxy/geo`, debounceMs: 0 });

    await adapter.search('lyon');

    expect(requests[0]!.pathname).toBe('/proxy/geo/communes');
  });

  it('sends no request for an empty query', async () => {
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('  ');

    expect(outcome).toEqual({ status: 'ok', results: [] });
    expect(requests).toHaveLength(0);
  });

  it('reports HTTP 429 as rate-limited', async () => {
    handler = (_request, response) => {
      response.writeHead(429, { 'Retry-After': '2' });
      response.end();
    };
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'rate-limited' });
    expect((outcome as { message?: string }).message).toContain('Retry after 2 s');
  });

  it('reports other HTTP failures', async () => {
    handler = (_request, response) => json(response, 500, { message: 'boom' });
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'http' });
    expect((outcome as { message?: string }).message).toContain('HTTP 500');
  });

  it('reports an invalid body as an HTTP error', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('<html>');
    };
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'http' });
  });

  it('reports an unexpected shape as an HTTP error', async () => {
    handler = (_request, response) => json(response, 200, { features: [] });
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'http' });
  });

  it('times out a slow server', async () => {
    handler = (_request, response) => {
      openResponses.push(response);
    };
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0, timeoutMs: 100 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'timeout' });
  });

  it('reports a refused connection as a network error', async () => {
    const closedUrl = baseUrl;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const adapter = createGeoApiAdapter({ baseUrl: closedUrl, debounceMs: 0 });

    const outcome = await adapter.search('lyon');

    expect(outcome).toMatchObject({ status: 'error', reason: 'network' });
  });

  it('debounces and aborts stale calls', async () => {
    handler = (_request, response) => json(response, 200, [lyon]);
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 50 });

    const first = adapter.search('ly');
    const second = adapter.search('lyo');
    const third = adapter.search('lyon');

    expect(await first).toEqual({ status: 'aborted' });
    expect(await second).toEqual({ status: 'aborted' });
    expect((await third).status).toBe('ok');
    expect(requests.map((url) => url.searchParams.get('nom'))).toEqual(['lyon']);
  });

  it('aborts an in-flight request when a new call arrives', async () => {
    let answered = 0;
    handler = (request, response) => {
      if (new URL(request.url!, 'http://127.0.0.1').searchParams.get('nom') === 'ly') {
        openResponses.push(response);
        return;
      }
      answered++;
      json(response, 200, [lyon]);
    };
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 0 });

    const stale = adapter.search('ly');
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = adapter.search('lyon');

    expect(await stale).toEqual({ status: 'aborted' });
    expect((await fresh).status).toBe('ok');
    expect(answered).toBe(1);
  });

  it('stops on the caller signal', async () => {
    const adapter = createGeoApiAdapter({ baseUrl, debounceMs: 50 });
    const controller = new AbortController();

    const pending = adapter.search('lyon', { signal: controller.signal });
    controller.abort();

    expect(await pending).toEqual({ status: 'aborted' });
    expect(requests).toHaveLength(0);
  });
});

describe('createGeoplateformeAdapter', () => {
  it('searches addresses and maps GeoCodeJSON', async () => {
    handler = (_request, response) =>
      json(response, 200, {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [2.3, 48.85] },
            properties: { label: '20 Avenue de Ségur 75007 Paris', name: '20 Avenue de Ségur', postcode: '75007', city: 'Paris', citycode: '75107' },
          },
        ],
      });
    const adapter = createGeoplateformeAdapter({ baseUrl: `${baseUrl}/geocodage`, debounceMs: 0 });

    const outcome = await adapter.search('20 avenue de segur');

    expect(outcome).toEqual({
      status: 'ok',
      results: [{ label: '20 Avenue de Ségur 75007 Paris', line1: '20 Avenue de Ségur', postalCode: '75007', city: 'Paris', cityCode: '75107' }],
    });
    expect(requests[0]!.pathname).toBe('/geocodage/search');
    expect(requests[0]!.searchParams.get('q')).toBe('20 avenue de segur');
    expect(requests[0]!.searchParams.get('index')).toBe('address');
  });

  it('completes addresses', async () => {
    handler = (_request, response) =>
      json(response, 200, { status: 'OK', results: [{ fulltext: '20 Avenue de Ségur, 75007 Paris', street: '20 Avenue de Ségur', zipcode: '75007', city: 'Paris' }] });
    const adapter = createGeoplateformeAdapter({ baseUrl: `${baseUrl}/geocodage/`, debounceMs: 0 });

    const outcome = await adapter.complete('20 avenue de segur', { limit: 3 });

    expect(outcome).toMatchObject({ status: 'ok', results: [{ line1: '20 Avenue de Ségur', postalCode: '75007', city: 'Paris' }] });
    expect(requests[0]!.pathname).toBe('/geocodage/completion');
    expect(requests[0]!.searchParams.get('text')).toBe('20 avenue de segur');
    expect(requests[0]!.searchParams.get('maximumResponses')).toBe('3');
  });

  it('reports HTTP 429 as rate-limited, never as no result', async () => {
    handler = (_request, response) => json(response, 429, { message: 'Too many requests' });
    const adapter = createGeoplateformeAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('20 avenue de segur');

    expect(outcome).toMatchObject({ status: 'error', reason: 'rate-limited' });
  });

  it('sends no request under three characters', async () => {
    const adapter = createGeoplateformeAdapter({ baseUrl, debounceMs: 0 });

    const outcome = await adapter.search('20');

    expect(outcome).toEqual({ status: 'ok', results: [] });
    expect(requests).toHaveLength(0);
  });
});
