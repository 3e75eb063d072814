/**
 * Helpers shared by `socle-commune-input` and `socle-address-input`, which
 * follow the WAI-ARIA Authoring Practices combobox pattern with list
 * autocomplete and no automatic selection.
 */

/** Returns the option index after an arrow key, wrapping at both ends; -1 when there are no options. */
export function nextActiveIndex(current: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 ? count - 1 : current - 1;
}

/** State of a combobox search, shown under the field and announced by the live region. */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

/**
 * Tracks the latest search: each `start()` aborts the previous one, so a slow
 * answer to an old query never replaces the results of a newer one.
 */
export class LatestSearch {
  private controller: AbortController | undefined;

  /** Aborts the pending search and returns the signal of a new one. */
  start(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  /** Aborts the pending search, if any. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
