import type { SearchOutcome } from '../types.js';

/** Timing of an online adapter's requests. */
export interface RequestPolicy {
  /** Wait after the last call before sending a request, in milliseconds; defaults to 250. */
  debounceMs?: number;
  /** Time after which a request is abandoned with a `timeout` outcome, in milliseconds; defaults to 8000. */
  timeoutMs?: number;
  /** Fetch function; defaults to the page's `fetch` at call time. */
  fetch?: typeof fetch;
}

/** Sends one request at a time: a new call cancels the previous one. */
export interface LatestRequester {
  /** Waits for the debounce delay, fetches `url` and parses its JSON body with `parse`, which throws on an unexpected shape. */
  run<T>(url: URL, parse: (body: unknown) => T[], signal?: AbortSignal): Promise<SearchOutcome<T>>;
}

function delay(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Creates a requester that debounces calls, aborts the request of a call
 * that a newer call replaced (its outcome is `aborted`), times out, and turns
 * every failure into an `error` outcome: `network` when fetch rejects,
 * `timeout`, `rate-limited` on HTTP 429, `http` on any other non-2xx status
 * or a body that is not the expected JSON.
 */
export function createLatestRequester(policy: RequestPolicy = {}): LatestRequester {
  const debounceMs = policy.debounceMs ?? 250;
  const timeoutMs = policy.timeoutMs ?? 8000;
  let current: AbortController | undefined;

  return {
    async run<T>(url: URL, parse: (body: unknown) => T[], signal?: AbortSignal): Promise<SearchOutcome<T>> {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const onCallerAbort = (): void => controller.abort();
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      if (signal?.aborted) controller.abort();

      let timedOut = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        if (!(await delay(debounceMs, controller.signal))) return { status: 'aborted' };

        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);

        const doFetch = policy.fetch ?? globalThis.fetch;
        let response: Response;
        try {
          response = await doFetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
        } catch (error) {
          if (timedOut) return { status: 'error', reason: 'timeout', message: `No response from ${url.origin} within ${timeoutMs} ms.` };
          if (controller.signal.aborted) return { status: 'aborted' };
          return { status: 'error', reason: 'network', message: `Could not reach ${url.origin}: ${(error as Error).message}` };
        }

        if (response.status === 429) {
          const retryAfter = response.headers.get('Retry-After');
          const advice = retryAfter ? ` Retry after ${retryAfter} s.` : ' Retry in a moment.';
          return { status: 'error', reason: 'rate-limited', message: `${url.origin} rejected the request with HTTP 429 (too many requests).${advice}` };
        }
        if (!response.ok) {
          return { status: 'error', reason: 'http', message: `${url.origin}${url.pathname} returned HTTP ${response.status}.` };
        }

        let body: unknown;
        try {
          body = await response.json();
        } catch (error) {
          if (timedOut) return { status: 'error', reason: 'timeout', message: `No complete response from ${url.origin} within ${timeoutMs} ms.` };
          if (controller.signal.aborted) return { status: 'aborted' };
          return { status: 'error', reason: 'http', message: `${url.origin}${url.pathname} returned invalid JSON: ${(error as Error).message}` };
        }
        if (controller.signal.aborted) return timedOut ? { status: 'error', reason: 'timeout', message: `No response from ${url.origin} within ${timeoutMs} ms.` } : { status: 'aborted' };
        try {
          return { status: 'ok', results: parse(body) };
        } catch (error) {
          return { status: 'error', reason: 'http', message: `${url.origin}${url.pathname} returned an unexpected body: ${(error as Error).message}` };
        }
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onCallerAbort);
        if (current === controller) current = undefined;
      }
    },
  };
}

/** Resolves `path` under a base URL, keeping the base's own path: base `https://h/geocodage` + `search` gives `https://h/geocodage/search`. */
export function endpointUrl(baseUrl: string | URL, path: string): URL {
  const base = String(baseUrl);
  const origin = (globalThis as { location?: { href: string } }).location?.href;
  return new URL(path, new URL(base.endsWith('/') ? base : `${base}/`, origin));
}
