import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { buttonStyles } from './button.styles.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'tertiary'] as const;
export const BUTTON_SIZES = ['sm', 'md', 'lg'] as const;
export const BUTTON_TYPES = ['button', 'submit', 'reset'] as const;
export const ICON_POSITIONS = ['start', 'end'] as const;

export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export type ButtonSize = (typeof BUTTON_SIZES)[number];
export type ButtonType = (typeof BUTTON_TYPES)[number];

/**
 * A button that submits or resets its owner form like a native `<button>`,
 * or a link styled as a button when `href` is set.
 *
 * @summary Action button: primary, secondary or tertiary, in three sizes.
 *
 * @slot - The button's text.
 * @slot icon - An optional decorative icon (give it `aria-hidden="true"`).
 *
 * @csspart base - The inner `<button>` or `<a>`.
 * @csspart label - The wrapper of the text.
 *
 * @cssprop --socle-button-primary-background - Background of the primary variant.
 * @cssprop --socle-button-primary-background-hover - Background of the primary variant on hover.
 * @cssprop --socle-button-primary-text - Text colour of the primary variant.
 * @cssprop --socle-button-secondary-background - Background of the secondary variant.
 * @cssprop --socle-button-secondary-text - Text colour of the secondary variant.
 * @cssprop --socle-button-secondary-border - Border colour of the secondary variant.
 * @cssprop --socle-button-tertiary-text - Text colour of the tertiary variant.
 * @cssprop --socle-button-radius - Corner radius.
 * @cssprop --socle-button-min-height-md - Minimum height of the medium size (also -sm and -lg).
 *
 * @event click - Native click, from a pointer or from Enter and Space; not fired while disabled.
 */
export class SocleButton extends SocleElement {
  static override styles = [baseStyles, buttonStyles];

  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...SocleElement.shadowRootOptions, delegatesFocus: true };

  private readonly internals: ElementInternals;

  @query('.button') private base!: HTMLButtonElement | HTMLAnchorElement;

  @state() private disabledByForm = false;

  /** Visual emphasis: `primary` (default), `secondary` or `tertiary`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** Size: `sm`, `md` (default) or `lg`. */
  @property({ reflect: true }) size: ButtonSize = 'md';

  /** Behaviour in a form: `button` (default), `submit` or `reset`. Ignored with `href`. */
  @property({ reflect: true }) type: ButtonType = 'button';

  /** Disables the button; a disabled link loses its `href`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Renders a link styled as a button, to this URL. `javascript:` URLs are dropped. */
  @property() href = '';

  /** Browsing context of the link, such as `_blank`. */
  @property() target = '';

  /** `rel` of the link; `noopener noreferrer` is added with `target="_blank"`. */
  @property() rel = '';

  /** Makes the link download its target, under this file name when given. */
  @property() download?: string;

  /** Accessible name when the button shows only an icon. */
  @property() label = '';

  /** Side of the icon: `start` (default) or `end`. */
  @property({ attribute: 'icon-position', reflect: true }) iconPosition: (typeof ICON_POSITIONS)[number] = 'start';

  /** Name submitted with `value` when this button submits the form. */
  @property() name = '';

  /** Value submitted under `name` when this button submits the form. */
  @property() value = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Resolving `type` here warns about an invalid value when it is set,
    // not only at the first click that would use it.
    if (changed.has('type')) this.enumValue('type', this.type, BUTTON_TYPES, 'button');
  }

  /** The form that owns this button, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  override focus(options?: FocusOptions): void {
    this.base?.focus(options);
  }

  override blur(): void {
    this.base?.blur();
  }

  /** Simulates a click, as `HTMLButtonElement.click()` does. */
  override click(): void {
    this.base?.click();
  }

  private get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  private handleClick(event: MouseEvent): void {
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (this.href || !form) return;
    const type = this.enumValue('type', this.type, BUTTON_TYPES, 'button');
    if (type === 'submit') this.submit(form);
    if (type === 'reset') form.reset();
  }

  /**
   * Submits through a temporary native submit button, so that the form runs
   * constraint validation, fires `submit` with a `submitter`, and includes
   * this button's `name` and `value` in the form data, as a native button would.
   */
  private submit(form: HTMLFormElement): void {
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    if (this.name) {
      proxy.name = this.name;
      proxy.value = this.value;
    }
    form.append(proxy);
    try {
      form.requestSubmit(proxy);
    } finally {
      proxy.remove();
    }
  }

  override render() {
    const variant = this.enumValue('variant', this.variant, BUTTON_VARIANTS, 'primary');
    const size = this.enumValue('size', this.size, BUTTON_SIZES, 'md');
    const iconPosition = this.enumValue('icon-position', this.iconPosition, ICON_POSITIONS, 'start');
    const classes = classMap({
      button: true,
      [variant]: true,
      [size]: true,
      disabled: this.isDisabled,
      'icon-end': iconPosition === 'end',
    });
    const content = html`<slot name="icon"></slot><span part="label"><slot></slot></span>`;
    const label = this.label || undefined;

    if (this.href) {
      const href = this.isDisabled ? undefined : safeUrl(this.href);
      const target = this.target || undefined;
      const rel = this.rel || (target === '_blank' ? 'noopener noreferrer' : undefined);
      return html`<a
        part="base"
        class=${classes}
        href=${ifDefined(href)}
        target=${ifDefined(target)}
        rel=${ifDefined(rel)}
        download=${ifDefined(this.download)}
        role=${ifDefined(href === undefined ? 'link' : undefined)}
        aria-disabled=${this.isDisabled ? 'true' : nothing}
        aria-label=${ifDefined(label)}
        @click=${this.handleClick}
        >${content}</a
      >`;
    }

    return html`<button
      part="base"
      class=${classes}
      type="button"
      ?disabled=${this.isDisabled}
      aria-label=${ifDefined(label)}
      @click=${this.handleClick}
    >
      ${content}
    </button>`;
  }
}
