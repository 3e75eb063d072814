/** Contents of a saved draft: the answers, the step the user was on, and whether it was submitted since the last edit. */
export interface SavedDraft {
  version: 1;
  step: number;
  submitted: boolean;
  answers: unknown;
}

const STORAGE_PREFIX = 'socle-etat-civil-request:';

/**
 * A draft of `socle-etat-civil-request` in `sessionStorage`, under
 * `socle-etat-civil-request:<key>`. A disabled storage, a full quota or a
 * corrupted entry is reported to `onError` and read as "no draft"; no call
 * throws.
 */
export class EtatCivilDraftStore {
  constructor(
    private readonly key: string,
    private readonly onError: (action: string, error: unknown) => void,
  ) {}

  read(): SavedDraft | null {
    const text = this.attempt('read', (storage) => storage.getItem(STORAGE_PREFIX + this.key));
    if (!text) return null;
    try {
      const draft = JSON.parse(text) as Partial<SavedDraft>;
      if (draft?.version !== 1 || typeof draft.answers !== 'object' || draft.answers === null) throw new TypeError('unknown draft format');
      return draft as SavedDraft;
    } catch (error) {
      this.onError('parse', error);
      this.remove();
      return null;
    }
  }

  write(draft: SavedDraft): void {
    this.attempt('write', (storage) => storage.setItem(STORAGE_PREFIX + this.key, JSON.stringify(draft)));
  }

  remove(): void {
    this.attempt('remove', (storage) => storage.removeItem(STORAGE_PREFIX + this.key));
  }

  private attempt<T>(action: string, run: (storage: Storage) => T): T | undefined {
    try {
      // Reading window.sessionStorage throws a SecurityError when the browser blocks storage.
      return run(window.sessionStorage);
    } catch (error) {
      this.onError(action, error);
      return undefined;
    }
  }
}
