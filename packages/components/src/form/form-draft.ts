/** Saved state of one control: its value, or whether it is checked. */
export interface DraftEntry {
  value?: string | string[];
  checked?: boolean;
}

/** Contents of a draft: the entries by control key, and whether the form was submitted after the last edit. */
export interface Draft {
  version: 1;
  savedAt: number;
  submitted: boolean;
  entries: Record<string, DraftEntry>;
}

/** Storage area of drafts: `session` (the tab, default) or `local` (the browser, across tabs and restarts). */
export type DraftArea = 'session' | 'local';

const STORAGE_PREFIX = 'socle-form-draft:';

/** Reports a storage failure: the action that failed and the error the browser raised. */
export type StorageErrorHandler = (action: string, error: unknown) => void;

/**
 * A draft in Web Storage under `socle-form-draft:<key>`. Every storage call
 * is guarded: a disabled storage, a full quota or a corrupted entry is
 * reported to `onError` and treated as "no draft", and never throws.
 */
export class DraftStore {
  constructor(
    private readonly key: string,
    private readonly area: DraftArea,
    private readonly onError: StorageErrorHandler,
  ) {}

  read(): Draft | null {
    const text = this.attempt('read', (storage) => storage.getItem(STORAGE_PREFIX + this.key));
    if (!text) return null;
    try {
      const draft = JSON.parse(text) as Partial<Draft>;
      if (draft?.version !== 1 || typeof draft.entries !== 'object' || draft.entries === null) throw new TypeError('unknown draft format');
      return draft as Draft;
    } catch (error) {
      this.onError('parse', error);
      this.remove();
      return null;
    }
  }

  write(draft: Draft): void {
    this.attempt('write', (storage) => storage.setItem(STORAGE_PREFIX + this.key, JSON.stringify(draft)));
  }

  remove(): void {
    this.attempt('remove', (storage) => storage.removeItem(STORAGE_PREFIX + this.key));
  }

  private attempt<T>(action: string, run: (storage: Storage) => T): T | undefined {
    try {
      // Reading window.sessionStorage itself throws a SecurityError when the
      // browser blocks storage for the page.
      const storage = this.area === 'local' ? window.localStorage : window.sessionStorage;
      return run(storage);
    } catch (error) {
      this.onError(action, error);
      return undefined;
    }
  }
}

const BUTTON_TYPES = new Set(['submit', 'reset', 'button', 'image']);
const NEVER_SAVED_INPUT_TYPES = new Set(['password', 'file', 'hidden', ...BUTTON_TYPES]);
// The NIR is a regulated identifier (décret n° 2019-341, the "décret cadre
// NIR") and an IBAN is banking data: neither is copied into browser storage.
const NEVER_SAVED_ELEMENTS = new Set(['socle-file-upload', 'socle-button', 'socle-nir-input', 'socle-iban-input']);

/**
 * Whether a control's value may be written to a draft. Controls without a
 * name and buttons are left out. So are passwords, files and hidden inputs,
 * because hidden inputs often carry a CSRF token that the server renews.
 * Also left out: `socle-file-upload`, `socle-nir-input`, `socle-iban-input`, any custom control whose `type` is
 * `password`, controls whose `autocomplete` names a password, a one-time
 * code or payment-card data, and every control inside a `no-draft` element.
 */
export function isDraftable(control: Element): control is HTMLElement {
  if (!(control instanceof HTMLElement)) return false;
  if (!controlName(control)) return false;
  if (control.closest('[no-draft]')) return false;
  if (hasSensitiveAutocomplete(control)) return false;

  if (control instanceof HTMLInputElement) return !NEVER_SAVED_INPUT_TYPES.has(control.type);
  if (control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) return true;
  if (!control.localName.includes('-')) return false;

  if (NEVER_SAVED_ELEMENTS.has(control.localName)) return false;
  const type = String((control as { type?: unknown }).type ?? control.getAttribute('type') ?? '');
  if (type === 'password' || BUTTON_TYPES.has(type)) return false;
  return true;
}

function hasSensitiveAutocomplete(control: HTMLElement): boolean {
  const tokens = (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((token) => token.endsWith('-password') || token === 'one-time-code' || token.startsWith('cc-'));
}

function controlName(control: HTMLElement): string {
  const name = (control as { name?: unknown }).name;
  return typeof name === 'string' && name ? name : (control.getAttribute('name') ?? '');
}

function isCheckable(control: HTMLElement): boolean {
  if (control instanceof HTMLInputElement) return control.type === 'checkbox' || control.type === 'radio';
  return typeof (control as { checked?: unknown }).checked === 'boolean';
}

/**
 * Returns a key for each draftable control that stays stable across page
 * loads: the name and value for checkboxes and radios (several share a
 * name), the name and rank among same-named controls otherwise.
 */
export function keyedControls(form: HTMLFormElement): Array<[string, HTMLElement]> {
  const ranks = new Map<string, number>();
  const keyed: Array<[string, HTMLElement]> = [];
  for (const control of Array.from(form.elements)) {
    if (!isDraftable(control)) continue;
    const name = controlName(control);
    if (isCheckable(control)) {
      keyed.push([`${name}\u0000=${String((control as { value?: unknown }).value ?? '')}`, control]);
      continue;
    }
    const rank = ranks.get(name) ?? 0;
    ranks.set(name, rank + 1);
    keyed.push([`${name}\u0000#${rank}`, control]);
  }
  return keyed;
}

/** Returns the saved state of a control, or undefined when its value is neither a string nor a list of strings. */
export function readEntry(control: HTMLElement): DraftEntry | undefined {
  if (isCheckable(control)) return { checked: (control as HTMLElement & { checked: boolean }).checked };
  if (control instanceof HTMLSelectElement && control.multiple) {
    return { value: Array.from(control.selectedOptions, (option) => option.value) };
  }
  // Group controls such as socle-checkbox-group expose their choices as `values`.
  const values = (control as { values?: unknown }).values;
  if (isStringList(values)) return { value: [...values] };
  const value = (control as { value?: unknown }).value;
  if (typeof value === 'string') return { value };
  if (isStringList(value)) return { value: [...value] };
  return undefined;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Applies a saved state to a control by setting properties, which fires no
 * `input` or `change` event. Returns whether the control changed.
 */
export function applyEntry(control: HTMLElement, entry: DraftEntry): boolean {
  const before = JSON.stringify(readEntry(control));
  if (entry.checked !== undefined && isCheckable(control)) {
    (control as HTMLElement & { checked: boolean }).checked = entry.checked;
  } else if (control instanceof HTMLSelectElement && control.multiple && Array.isArray(entry.value)) {
    const selected = new Set(entry.value);
    for (const option of Array.from(control.options)) option.selected = selected.has(option.value);
  } else if (Array.isArray(entry.value) && isStringList((control as { values?: unknown }).values)) {
    (control as HTMLElement & { values: string[] }).values = entry.value;
  } else if (entry.value !== undefined) {
    (control as HTMLElement & { value: unknown }).value = entry.value;
  }
  return JSON.stringify(readEntry(control)) !== before;
}
