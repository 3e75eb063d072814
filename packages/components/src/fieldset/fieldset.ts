import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { fieldsetStyles } from './fieldset.styles.js';

export const LEGEND_HEADINGS = ['none', '2', '3', '4', '5', '6'] as const;
export const LEGEND_SIZES = ['sm', 'md', 'lg', 'xl'] as const;

export type LegendHeading = (typeof LEGEND_HEADINGS)[number];
export type LegendSize = (typeof LEGEND_SIZES)[number];

/**
 * For each control that a `socle-fieldset` disabled, the fieldsets that keep
 * it disabled. A control is enabled again only when the last of them releases
 * it, so nested fieldsets behave like nested native fieldsets.
 */
const disablingFieldsets = new WeakMap<Element, Set<SocleFieldset>>();

/** Checks whether `element` can be disabled, as a native form control or a form-associated custom element. */
function isDisableable(element: Element): boolean {
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLButtonElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLFieldSetElement
  ) {
    return true;
  }
  return (element.constructor as { formAssociated?: unknown }).formAssociated === true;
}

/**
 * A group of related fields (radios, checkboxes, the parts of an address)
 * in a native `<fieldset>` whose `<legend>` names the group, as RGAA
 * criteria 11.5 to 11.7 ask. The hint and the group's error message are tied
 * to the fieldset with `aria-describedby`.
 *
 * The fieldset is in the shadow root and the fields are slotted, and the HTML
 * standard disables only a fieldset's own descendants, not slotted elements.
 * So `disabled` sets the `disabled` attribute on every native form control and
 * form-associated custom element in the light DOM, including those added
 * later, and removes it again when `disabled` is cleared. Controls in the
 * `legend` slot stay enabled, as in a native fieldset's first legend. Controls that were
 * already disabled by the page stay disabled.
 *
 * The element is form-associated so that a disabled ancestor `<fieldset>`
 * shows it disabled, and `form` returns its owner; it submits no value and,
 * unlike form controls, `error` does not block submission, because the user
 * cannot correct the group itself: put the constraints on its fields.
 *
 * @summary Group of fields with a legend, hint and group error.
 *
 * @slot - The grouped fields.
 * @slot legend - Rich legend content, instead of the `legend` attribute.
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint.
 * @csspart error-message - The group's error message.
 * @csspart content - The wrapper of the grouped fields.
 *
 * @cssprop --socle-fieldset-gap - Space between the grouped fields.
 * @cssprop --socle-fieldset-error-border - Colour of the bar beside a group in error.
 */
export class SocleFieldset extends SocleElement {
  static override styles = [baseStyles, fieldsetStyles];

  static formAssociated = true;

  private readonly internals: ElementInternals;

  /** Controls that this fieldset keeps disabled. */
  private readonly held = new Set<Element>();

  private observer?: MutationObserver;

  /** Whether a disabled ancestor fieldset, or the `disabled` attribute, disables the element. */
  @state() private disabledByForm = false;

  /** Text of the legend, which names the group. */
  @property() legend = '';

  /** Renders the legend inside a heading of this level (`2` to `6`), for a page whose question is the group; `none` by default. */
  @property({ attribute: 'legend-heading', reflect: true }) legendHeading: LegendHeading = 'none';

  /** Size of the legend text: `sm`, `md` (default), `lg` or `xl`. */
  @property({ attribute: 'legend-size', reflect: true }) legendSize: LegendSize = 'md';

  /** Help text for the whole group. */
  @property() hint = '';

  /** Error message for the whole group, such as "Sélectionnez au moins une option". */
  @property() error = '';

  /** Disables every field of the group; disabled fields are left out of the form data. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form that owns this group, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver((records) => this.handleMutations(records));
    this.observer.observe(this, { childList: true, subtree: true });
    if (this.hasUpdated) this.applyDisabled();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.releaseAll();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('disabled')) this.applyDisabled();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  private handleMutations(records: MutationRecord[]): void {
    for (const control of [...this.held]) {
      if (!this.contains(control) || this.isInLegend(control)) this.release(control);
    }
    if (!this.disabled) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) this.disableWithin(node);
      }
    }
  }

  private handleSlotChange(): void {
    this.requestUpdate();
  }

  private applyDisabled(): void {
    if (this.disabled) this.disableWithin(this, false);
    else this.releaseAll();
  }

  /** Disables the controls in `root`, and `root` itself unless `includeRoot` is false. */
  private disableWithin(root: Element, includeRoot = true): void {
    const candidates = includeRoot ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
    for (const element of candidates) {
      if (isDisableable(element) && !this.isInLegend(element)) this.disableControl(element);
    }
  }

  private disableControl(control: Element): void {
    let fieldsets = disablingFieldsets.get(control);
    if (!fieldsets) {
      // Disabled by the page itself: leave it alone, so that it stays disabled afterwards.
      if (control.hasAttribute('disabled')) return;
      fieldsets = new Set();
      disablingFieldsets.set(control, fieldsets);
    }
    fieldsets.add(this);
    this.held.add(control);
    control.setAttribute('disabled', '');
  }

  private release(control: Element): void {
    this.held.delete(control);
    const fieldsets = disablingFieldsets.get(control);
    if (!fieldsets) return;
    fieldsets.delete(this);
    if (fieldsets.size > 0) return;
    disablingFieldsets.delete(control);
    control.removeAttribute('disabled');
  }

  private releaseAll(): void {
    for (const control of [...this.held]) this.release(control);
  }

  private isInLegend(element: Element): boolean {
    const legend = element.closest('[slot="legend"]');
    return legend !== null && legend.parentElement === this;
  }

  private get hasHint(): boolean {
    // A server-rendered element has no light DOM to query.
    if (isServer) return Boolean(this.hint);
    return Boolean(this.hint) || this.querySelector(':scope > [slot="hint"]') !== null;
  }

  private renderLegendContent(): TemplateResult {
    const content = html`<slot name="legend" @slotchange=${this.handleSlotChange}>${this.legend}</slot>`;
    switch (this.enumValue('legend-heading', this.legendHeading, LEGEND_HEADINGS, 'none')) {
      case '2':
        return html`<h2 class="legend-heading">${content}</h2>`;
      case '3':
        return html`<h3 class="legend-heading">${content}</h3>`;
      case '4':
        return html`<h4 class="legend-heading">${content}</h4>`;
      case '5':
        return html`<h5 class="legend-heading">${content}</h5>`;
      case '6':
        return html`<h6 class="legend-heading">${content}</h6>`;
      default:
        return content;
    }
  }

  override render() {
    const size = this.enumValue('legend-size', this.legendSize, LEGEND_SIZES, 'md');
    const hasHint = this.hasHint;
    const describedBy = [hasHint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const disabled = this.disabled || this.disabledByForm;

    return html`<fieldset
      part="base"
      class=${classMap({ fieldset: true, invalid: Boolean(this.error), disabled })}
      aria-describedby=${describedBy || nothing}
    >
      <legend part="legend" class="legend ${size}">${this.renderLegendContent()}</legend>
      <div part="hint" class="hint" id="hint" ?hidden=${!hasHint}>
        <slot name="hint" @slotchange=${this.handleSlotChange}>${this.hint}</slot>
      </div>
      <div part="error-message" class="error" id="error" ?hidden=${!this.error}>
        ${this.error ? html`<span class="visually-hidden">${this.t('field.errorPrefix')}</span> ${this.error}` : nothing}
      </div>
      <div part="content" class="content"><slot></slot></div>
    </fieldset>`;
  }
}
