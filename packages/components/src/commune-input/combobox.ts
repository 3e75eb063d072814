/**
 * Helpers shared by `socle-commune-input` and `socle-address-input`, which
 * follow the WAI-ARIA Authoring Practices combobox pattern with list
 * autocomplete and no automatic selection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** The element's side of a combobox: its search, and what selecting or clearing does. */
export interface ComboboxCallbacks<T> {
  /** Returns whether a search is running. */
  isSearching(): boolean;
  /** Starts a search for the current text. The element then passes the results to `showResults()`. */
  search(): void;
  /** Selects a suggestion. */
  select(option: T): void;
  /** Empties the text field and cancels any running search. The controller has already dropped the suggestions. */
  clearText(): void;
}

/**
 * Suggestions, keyboard handling and list state of an editable combobox with
 * list autocomplete and manual selection, as in the "Editable Combobox With
 * List Autocomplete" example of the WAI-ARIA Authoring Practices (APG):
 *
 * - ArrowDown and ArrowUp open the list on its first or last suggestion,
 *   then move through it and wrap at both ends. With no suggestion loaded,
 *   ArrowDown starts a search and highlights its first result.
 * - Alt+ArrowDown opens the list without highlighting a suggestion; so does
 *   Alt+ArrowUp.
 * - Enter selects the highlighted suggestion; with none, the key is left to
 *   the form.
 * - Escape closes the list; on a closed list it clears the text field and
 *   its suggestions.
 * - Home and End move the caret (native behaviour) and the highlight leaves
 *   the list. Tab closes the list and moves focus (native behaviour).
 *
 * Keys do nothing while the text field is disabled or read-only. DOM focus
 * stays in the text field: the element renders `aria-expanded` from
 * `expanded`, `aria-activedescendant` from `activeDescendant`, and gives the
 * option at index `i` the id `option-i`.
 */
export class ComboboxController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;

  private readonly callbacks: ComboboxCallbacks<T>;

  private suggestions: readonly T[] = [];

  private isExpanded = false;

  private highlighted = -1;

  /** Whether the next results highlight their first suggestion, after ArrowDown started their search. */
  private activateFirstResult = false;

  constructor(host: ReactiveControllerHost, callbacks: ComboboxCallbacks<T>) {
    this.host = host;
    this.callbacks = callbacks;
    host.addController(this);
  }

  /** Suggestions of the last search, shown while `expanded`. */
  get options(): readonly T[] {
    return this.suggestions;
  }

  /** Whether the list of suggestions is shown. */
  get expanded(): boolean {
    return this.isExpanded;
  }

  /** Index of the highlighted suggestion, -1 for none. */
  get activeIndex(): number {
    return this.highlighted;
  }

  /** Id of the highlighted option for `aria-activedescendant`, or an empty string. */
  get activeDescendant(): string {
    return this.isExpanded && this.highlighted >= 0 ? `option-${this.highlighted}` : '';
  }

  hostDisconnected(): void {
    // The element cancels its running search when it leaves the page, so no
    // result will come back to open the list: close it now.
    this.close();
  }

  /** Closes the list and clears the highlight. The suggestions stay, so that ArrowDown can reopen the list. */
  close(): void {
    this.activateFirstResult = false;
    this.setList(false, -1);
  }

  /** Closes the list and drops its suggestions, when the text no longer has any. */
  clearOptions(): void {
    this.suggestions = [];
    this.close();
    this.host.requestUpdate();
  }

  /**
   * Shows the results of a search: the list opens when there are some and the
   * text field still has focus, on the first one when ArrowDown started the
   * search, on none otherwise.
   */
  showResults(results: readonly T[], fieldFocused: boolean): void {
    const expanded = results.length > 0 && fieldFocused;
    this.suggestions = results;
    this.setList(expanded, expanded && this.activateFirstResult ? 0 : -1);
    this.activateFirstResult = false;
    this.host.requestUpdate();
  }

  /** Keydown listener for the text field. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const field = event.currentTarget as HTMLInputElement;
    if (field.readOnly || field.disabled) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.moveHighlight(event.key, event.altKey);
        break;
      case 'Enter': {
        const active = this.isExpanded ? this.suggestions[this.highlighted] : undefined;
        if (active !== undefined) {
          event.preventDefault();
          this.callbacks.select(active);
        }
        break;
      }
      case 'Escape':
        if (this.isExpanded) {
          event.preventDefault();
          this.close();
        } else if (field.value !== '') {
          event.preventDefault();
          this.clearOptions();
          this.callbacks.clearText();
        }
        break;
      case 'Home':
      case 'End':
        this.setList(this.isExpanded, -1);
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  };

  private moveHighlight(key: 'ArrowDown' | 'ArrowUp', altKey: boolean): void {
    const count = this.suggestions.length;
    if (this.isExpanded) {
      if (!altKey) this.setList(true, nextActiveIndex(this.highlighted, count, key));
      return;
    }

    if (count > 0) {
      const first = key === 'ArrowDown' ? 0 : count - 1;
      this.setList(true, altKey ? -1 : first);
      return;
    }

    // A combobox whose suggestions come from a search has none to show yet,
    // so ArrowDown runs the search and the list opens when it returns.
    if (key === 'ArrowDown' && !this.callbacks.isSearching()) {
      this.activateFirstResult = !altKey;
      this.callbacks.search();
    }
  }

  private setList(expanded: boolean, activeIndex: number): void {
    if (expanded === this.isExpanded && activeIndex === this.highlighted) return;
    this.isExpanded = expanded;
    this.highlighted = activeIndex;
    this.host.requestUpdate();
  }
}
