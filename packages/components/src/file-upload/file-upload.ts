import { html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { FormControl, type FormValue, type ValidityResult } from '../internal/form-control.js';
import { warnOnce } from '../internal/dev.js';
import { findLanguageTag, matchLocale } from '../internal/i18n.js';
import { baseStyles, fieldStyles, focusRing } from '../internal/shared-styles.js';
import { toText } from '../internal/to-text.js';
import { acceptLabels, isAccepted, isSameFile, parseAccept, splitSize, WILDCARD_KEYS } from './file-rules.js';
import { fileUploadMessages } from './file-upload.messages.js';
import { fileUploadStyles } from './file-upload.styles.js';

/** Rule that a chosen file breaks, with the validity flag it sets. */
type FileProblem = { kind: 'type' | 'size' | 'count'; flag: 'typeMismatch' | 'rangeOverflow' };

/**
 * A file field: a "Choisir un fichier" button, a drop zone, and the list of
 * chosen files with a remove button each. The files enter the owner form's
 * `FormData` under `name`, one entry per file.
 *
 * The real `<input type="file">` stays in the page, visually hidden but
 * focusable, so that keyboard and screen reader users operate the browser's
 * own control. The drop zone is an extra for pointer users. With `multiple`, each
 * new choice or drop adds to the list instead of replacing it, and the same
 * file is not added twice; without it, a new choice replaces the file.
 *
 * A file of the wrong type or size, or beyond `max-files`, stays in the list
 * with an error that names it, and makes the control invalid until the user
 * removes it; the error shows at once, without waiting for submission.
 * `accept` also filters the browser's file picker, but files dropped on the
 * zone are checked by the element.
 *
 * Browsers never restore chosen files after back/forward navigation, for
 * security, so this element saves no state and the user chooses again.
 * `value` is the name of the first file, or an empty string; setting it to an
 * empty string from code clears the files, as on a native file input.
 *
 * @summary File field with drop zone, file list, type and size checks.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The field's `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart constraints - The accepted formats, maximum size and number of files.
 * @csspart form-control-error - The error message.
 * @csspart dropzone - The area that accepts dropped files.
 * @csspart choose-button - The visible "Choisir un fichier" button.
 * @csspart file-list - The list of chosen files.
 * @csspart remove-button - Each file's remove button.
 *
 * @cssprop --socle-file-upload-dropzone-border - Border colour of the drop zone.
 * @cssprop --socle-file-upload-dropzone-background - Background of the drop zone while a file is dragged over it.
 *
 * @event input - The user added or removed files.
 * @event change - The user added or removed files (fired right after `input`, as a native file input does).
 */
export class SocleFileUpload extends FormControl {
  static override styles = [baseStyles, fieldStyles, focusRing, fileUploadStyles];

  /** Problems of the chosen files, computed before each render. */
  private problems = new Map<File, FileProblem>();

  /** Index of the remove button to focus after the next render, or -1 for the choose control. */
  private pendingFocus: number | null = null;

  /** True while the element itself writes `value`. */
  private writingValue = false;

  @query('input[type="file"]') private input!: HTMLInputElement | null;

  @state() private selected: File[] = [];

  @state() private dragging = false;

  @state() private announcement = '';

  /** Accepted files: MIME types (`application/pdf`), wildcards (`image/*`) and extensions (`.pdf`), comma-separated. */
  @property() accept = '';

  /** Maximum size of each file, in bytes; 10485760 is shown as "10 Mo". */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;

  /** Lets the user choose several files. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** Maximum number of files, with `multiple`. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;

  /** The chosen files, in the order of the list. */
  get files(): File[] {
    return [...this.selected];
  }

  /** Clears the files when code sets `value` to an empty string, and ignores any other value as a native file input does. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'value' && !this.writingValue && this.selected !== undefined) {
      if (this.value !== '') {
        warnOnce('invalid-value', '<socle-file-upload> value can only be set to an empty string, which clears the files.');
      }
      this.setFiles([]);
    }
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.problems = this.findProblems();
    // NOTE: FormControl updates validity in `updated()`, after rendering; updating
    // it here too lets this render show the current error, not the previous one.
    this.locale = matchLocale(findLanguageTag(this));
    this.updateValidity();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('selected')) this.syncNativeFiles();
    if (this.pendingFocus !== null) {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove')];
      const target = buttons[this.pendingFocus] ?? this.input;
      this.pendingFocus = null;
      target?.focus();
    }
  }

  /** Ignores `state`: browsers do not restore chosen files, so the element saves none. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    void state;
  }

  private handleDragOver(event: DragEvent): void {
    event.preventDefault();
    if (!event.dataTransfer) return;
    const blocked = this.isDisabled || this.readonly;
    event.dataTransfer.dropEffect = blocked ? 'none' : 'copy';
    this.dragging = !blocked;
  }

  private handleDragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    if (!zone.contains(event.relatedTarget as Node | null)) this.dragging = false;
  }

  private handleDrop(event: DragEvent): void {
    // Without preventDefault the browser would open the dropped file in place of the page.
    event.preventDefault();
    this.dragging = false;
    if (this.isDisabled || this.readonly) return;
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  private handleInputEvent(event: Event): void {
    // The native `input` event is composed; ours is fired once the list is updated.
    event.stopPropagation();
  }

  private handleNativeChange(event: Event): void {
    event.stopPropagation();
    // The picker replaces the native list with the new choice; `addFiles` adds it to the element's list.
    this.addFiles([...(this.input?.files ?? [])]);
  }

  private removeFile(index: number): void {
    const file = this.selected[index];
    if (!file) return;
    this.setFiles(this.selected.filter((_, position) => position !== index));
    this.announcement = this.msg(fileUploadMessages, 'file-upload.removed', { name: file.name });
    this.pendingFocus = index < this.selected.length ? index : -1;
    this.commitFiles();
  }

  /** Adds files chosen or dropped by the user, then announces them and fires `input` and `change`. */
  private addFiles(incoming: File[]): void {
    if (incoming.length === 0) return;
    const fresh = incoming.filter((file) => !this.selected.some((known) => isSameFile(known, file)));
    const next = this.multiple ? [...this.selected, ...fresh] : incoming.slice(0, 1);
    const added = this.multiple ? fresh : next;
    this.setFiles(next);

    const problems = this.findProblems();
    const messages = [
      added.length === 1
        ? this.msg(fileUploadMessages, 'file-upload.added', { name: added[0]!.name })
        : this.msg(fileUploadMessages, 'file-upload.addedMany', { count: added.length }),
      ...added.filter((file) => problems.has(file)).map((file) => this.problemMessage(file, problems.get(file)!)),
    ];
    this.announcement = messages.join(' ');
    if (added.some((file) => problems.has(file))) this.errorVisible = true;
    this.commitFiles();
  }

  private setFiles(files: File[]): void {
    this.selected = files;
    this.writingValue = true;
    try {
      this.value = files[0]?.name ?? '';
    } finally {
      this.writingValue = false;
    }
  }

  private commitFiles(): void {
    this.commitInput();
    this.commitChange();
  }

  /** Mirrors the list into the native input, so that assistive technologies announce the right number of files. */
  private syncNativeFiles(): void {
    if (!this.input || typeof DataTransfer === 'undefined') return;
    const transfer = new DataTransfer();
    for (const file of this.selected) transfer.items.add(file);
    this.input.files = transfer.files;
  }

  private findProblems(): Map<File, FileProblem> {
    const tokens = parseAccept(toText(this.accept));
    const problems = new Map<File, FileProblem>();
    const maxFiles = this.multiple && this.maxFiles !== undefined && this.maxFiles > 0 ? this.maxFiles : Infinity;
    this.selected.forEach((file, index) => {
      if (!isAccepted(file, tokens)) problems.set(file, { kind: 'type', flag: 'typeMismatch' });
      else if (this.maxSize !== undefined && this.maxSize > 0 && file.size > this.maxSize) {
        problems.set(file, { kind: 'size', flag: 'rangeOverflow' });
      } else if (index >= maxFiles) problems.set(file, { kind: 'count', flag: 'rangeOverflow' });
    });
    return problems;
  }

  private formatSize(bytes: number): string {
    const { amount, unit } = splitSize(bytes);
    const number = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(amount);
    return `${number} ${this.msg(fileUploadMessages, `file-upload.unit.${unit}`)}`;
  }

  private acceptedTypes(): string {
    const labels = acceptLabels(parseAccept(toText(this.accept)), (group) =>
      WILDCARD_KEYS[group] ? this.msg(fileUploadMessages, WILDCARD_KEYS[group]) : group,
    );
    return labels.join(', ');
  }

  private problemMessage(file: File, problem: FileProblem): string {
    const params = {
      name: file.name,
      types: this.acceptedTypes(),
      size: this.formatSize(this.maxSize ?? 0),
      max: this.maxFiles ?? 1,
    };
    return this.msg(fileUploadMessages, `file-upload.${problem.kind}Error`, params);
  }

  protected override formValue(): FormValue {
    if (!this.name || this.selected.length === 0) return null;
    const data = new FormData();
    for (const file of this.selected) data.append(this.name, file);
    return data;
  }

  protected override formState(): null {
    return null;
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && this.selected.length === 0) return { flags: { valueMissing: true } };
    const first = this.selected.find((file) => this.problems.has(file));
    if (!first) return { flags: {} };
    return { flags: { [this.problems.get(first)!.flag]: true } };
  }

  /** Replaces the base class's generic message with one that names the field or the file. */
  protected override updateValidity(): void {
    super.updateValidity();
    const validity = this.internals.validity;
    if (validity.valid || validity.customError) return;
    const { flags } = this.computeValidity();
    const first = this.selected.find((file) => this.problems.has(file));
    const message = first
      ? this.problemMessage(first, this.problems.get(first)!)
      : this.msg(fileUploadMessages, 'file-upload.missing', { label: this.label });
    this.internals.setValidity(flags, message, this.validationAnchor ?? undefined);
  }

  private renderConstraints() {
    const lines: string[] = [];
    if (toText(this.accept).trim()) lines.push(this.msg(fileUploadMessages, 'file-upload.formats', { types: this.acceptedTypes() }));
    if (this.maxSize !== undefined && this.maxSize > 0) {
      lines.push(this.msg(fileUploadMessages, 'file-upload.maxSize', { size: this.formatSize(this.maxSize) }));
    }
    if (this.multiple && this.maxFiles !== undefined && this.maxFiles > 0) {
      lines.push(this.msg(fileUploadMessages, 'file-upload.maxFiles', { max: this.maxFiles }));
    }
    if (lines.length === 0) return nothing;
    return html`<div part="constraints" class="hint" id="constraints">${lines.join(' ')}</div>`;
  }

  private renderFile(file: File, index: number) {
    const problem = this.problems.get(file);
    const errorId = `file-error-${index}`;
    const editable = !this.isDisabled && !this.readonly;

    return html`<li class=${classMap({ file: true, invalid: Boolean(problem) })}>
      <span class="file-name">${file.name}</span>
      <span class="file-size">${this.formatSize(file.size)}</span>
      ${editable
        ? html`<button
            type="button"
            part="remove-button"
            class="remove"
            aria-label=${this.msg(fileUploadMessages, 'file-upload.removeNamed', { name: file.name })}
            aria-describedby=${problem ? errorId : nothing}
            @click=${() => this.removeFile(index)}
          >
            ${this.msg(fileUploadMessages, 'file-upload.remove')}
          </button>`
        : nothing}
      ${problem ? html`<p class="file-error" id=${errorId}>${this.problemMessage(file, problem)}</p>` : nothing}
    </li>`;
  }

  override render() {
    const shownError = this.displayedError;
    const constraints = this.renderConstraints();
    const describedIds = [this.hasHint ? 'hint' : '', constraints === nothing ? '' : 'constraints', shownError ? 'error' : ''];
    const describedBy = describedIds.filter(Boolean).join(' ');
    const blocked = this.isDisabled || this.readonly;
    const chooseKey = this.multiple ? 'file-upload.chooseMany' : 'file-upload.choose';
    const dropKey = this.multiple ? 'file-upload.dropMany' : 'file-upload.drop';

    return html`<div class="field">
      ${this.renderLabel('control')} ${this.renderHint()} ${constraints} ${this.renderError()}
      <div
        part="dropzone"
        class=${classMap({ dropzone: true, dragging: this.dragging, disabled: blocked })}
        @dragenter=${this.handleDragOver}
        @dragover=${this.handleDragOver}
        @dragleave=${this.handleDragLeave}
        @drop=${this.handleDrop}
      >
        ${blocked ? nothing : html`<span class="drop-text">${this.msg(fileUploadMessages, dropKey)}</span>`}
        <input
          class="native visually-hidden"
          id="control"
          type="file"
          accept=${toText(this.accept) || nothing}
          ?multiple=${this.multiple}
          ?disabled=${blocked}
          aria-invalid=${shownError ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          @input=${this.handleInputEvent}
          @change=${this.handleNativeChange}
        />
        <label part="choose-button" class="choose" for="control">${this.msg(fileUploadMessages, chooseKey)}</label>
      </div>
      ${this.selected.length > 0
        ? html`<ul part="file-list" class="files" aria-label=${this.msg(fileUploadMessages, 'file-upload.list')}>
            ${this.selected.map((file, index) => this.renderFile(file, index))}
          </ul>`
        : html`<p class="none">${this.msg(fileUploadMessages, 'file-upload.none')}</p>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
