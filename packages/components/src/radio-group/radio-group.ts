import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { groupStyles } from '../checkbox-group/checkbox-group.styles.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { baseStyles, fieldStyles } from '../internal/shared-styles.js';
import type { SocleRadio } from './radio.js';

export const RADIO_GROUP_ORIENTATIONS = ['stacked', 'inline'] as const;

const NEXT_KEYS = ['ArrowDown', 'ArrowRight'];
const PREVIOUS_KEYS = ['ArrowUp', 'ArrowLeft'];

/**
 * A group of radio buttons in a `<fieldset>` whose `<legend>` is `label`, as
 * RGAA criterion 11.5 requires for related fields. The options are the child
 * `socle-radio` elements. The group submits the checked radio's `value`
 * under `name`, and `value` reads or sets the checked radio.
 *
 * Keyboard, as in the WAI-ARIA Authoring Practices radio group pattern: Tab
 * enters on the checked radio, or the first one when none is checked. The
 * arrow keys move focus to the next or previous enabled radio, wrapping at
 * the ends, and check it. Space checks the focused radio. When `readonly`,
 * the arrow keys move focus without checking.
 *
 * @summary Group of radio buttons under one legend.
 *
 * @slot - The `socle-radio` options.
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<legend>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart fieldset - The `<fieldset>`, with the `radiogroup` role.
 *
 * @event input - The user checked another radio.
 * @event change - The user checked another radio.
 */
export class SocleRadioGroup extends FormControl {
  static override styles = css`${baseStyles}${fieldStyles}${groupStyles}`;

  /** The radios that the last update synced. */
  private syncedRadios: SocleRadio[] = [];

  /** Layout of the options: `stacked` (default) or `inline`, for two or three short options. */
  @property({ reflect: true }) orientation: (typeof RADIO_GROUP_ORIENTATIONS)[number] = 'stacked';

  /** The radios of the group: its `socle-radio` children. */
  get radios(): SocleRadio[] {
    return [...this.querySelectorAll<SocleRadio>(':scope > socle-radio')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.hasAttribute('value')) {
      const checked = this.querySelector(':scope > socle-radio[checked]');
      if (checked) {
        this.defaultValue = checked.getAttribute('value') ?? '';
        this.value = this.defaultValue;
      }
    }
    this.addEventListener('keydown', this.handleKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
  }

  override focus(options?: FocusOptions): void {
    this.tabbableRadio()?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncRadios();
    super.updated(changed);
  }

  /** Checks the radio whose value is `value`, unchecks the others, and makes one radio reachable by Tab. */
  private syncRadios(): void {
    const tabbable = this.tabbableRadio();
    const radios = this.radios;
    this.syncedRadios = radios;
    for (const radio of radios) {
      radio.checked = this.value !== '' && radio.value === this.value;
      radio.groupDisabled = this.isDisabled;
      radio.groupReadonly = this.readonly;
      radio.tabbable = radio === tabbable;
    }
  }

  private enabledRadios(): SocleRadio[] {
    return this.radios.filter((radio) => !radio.disabled);
  }

  private tabbableRadio(): SocleRadio | undefined {
    const enabled = this.enabledRadios();
    return enabled.find((radio) => this.value !== '' && radio.value === this.value) ?? enabled[0];
  }

  /** Records a radio the user checked, and fires `input` and `change`. Called by `socle-radio`. */
  selectFromUser(radio: SocleRadio): void {
    if (this.readonly || this.isDisabled || radio.value === this.value) return;
    this.commitInput(radio.value);
    this.commitChange();
  }

  /** Follows a radio that code checked, without events. Called by `socle-radio`. */
  syncFromRadio(radio: SocleRadio): void {
    if (radio.value !== this.value) this.value = radio.value;
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const step = NEXT_KEYS.includes(event.key) ? 1 : PREVIOUS_KEYS.includes(event.key) ? -1 : 0;
    if (step === 0 || this.isDisabled) return;
    const current = (event.target as Element).closest('socle-radio') as SocleRadio | null;
    const enabled = this.enabledRadios();
    const index = current ? enabled.indexOf(current) : -1;
    if (index === -1) return;

    event.preventDefault();
    const next = enabled[(index + step + enabled.length) % enabled.length]!;
    next.focus();
    this.selectFromUser(next);
  };

  /**
   * Updates when radios were added or removed. The first `slotchange`, which
   * follows the first render, brings the radios that this render already
   * synced, so it only anchors validity again. The radios have rendered their
   * inputs by then, which they may not have at the group's first update.
   */
  private handleSlotChange(): void {
    const radios = this.radios;
    const synced = this.syncedRadios;
    if (radios.length !== synced.length || radios.some((radio, index) => radio !== synced[index])) this.requestUpdate();
    else this.updateValidity();
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.tabbableRadio()?.shadowRoot?.querySelector('input') ?? null;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && this.value === '') {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissingChoice' } };
    }
    return { flags: {} };
  }

  override render() {
    const orientation = this.enumValue('orientation', this.orientation, RADIO_GROUP_ORIENTATIONS, 'stacked');
    const shownError = this.displayedError;
    const classes = `group${orientation === 'inline' ? ' inline' : ''}${shownError ? ' invalid' : ''}`;

    return html`<fieldset
      part="fieldset"
      class=${classes}
      role="radiogroup"
      aria-labelledby="legend"
      aria-describedby=${this.describedBy()}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${shownError ? 'true' : nothing}
      aria-readonly=${this.readonly ? 'true' : nothing}
      ?disabled=${this.isDisabled}
    >
      ${this.renderLegend()}
      <div class="field">${this.renderGivenHint()}${this.renderShownError()}</div>
      <div class="options"><slot @slotchange=${this.handleSlotChange}></slot></div>
    </fieldset>`;
  }
}
