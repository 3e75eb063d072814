import { format, parse, PLANS, validate, type PhoneTerritory, type PhoneType } from '@socle/formats/phone';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../internal/dev.js';
import { toText } from '../internal/to-text.js';
import { IdentifierInput, type IdentifierInputAttributes } from '../nir-input/identifier-input.js';
import { phoneInputMessages } from './phone-input.messages.js';

export const PHONE_REGIONS = ['FR', 'RE', 'YT', 'GP', 'GF', 'MQ', 'PM', 'NC', 'PF', 'WF'] as const satisfies readonly PhoneTerritory[];
export const PHONE_TYPES = ['fixed', 'mobile', 'special', 'non-geographic', 'unknown'] as const satisfies readonly PhoneType[];

/**
 * A field for a telephone number of France or its overseas territories,
 * checked with `@socle/formats` against the ARCEP numbering plan. The user may
 * type the national form ("06 12 34 56 78", "0692 12 34 56") or the
 * international one ("+33 6 12 34 56 78", "0033 …") with any separators;
 * the field shows the national form when it loses focus and submits the
 * E.164 form ("+33612345678", "+262692123456").
 *
 * `region` names the territory of the person: it reads national numbers of
 * Saint-Pierre-et-Miquelon, Nouvelle-Calédonie, Polynésie française and
 * Wallis-et-Futuna, which have no leading 0, and sets the example of the
 * hint. `types="mobile"` accepts only mobile numbers, for example before
 * sending a text message.
 *
 * The autofill token defaults to `tel`. Set `autocomplete="off"` (or another
 * token) when the number is not the number of the person filling in the form
 * (RGAA criterion 11.13).
 *
 * @summary French telephone number field, overseas territories included.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute and the default example.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart form-control-warning - The non-blocking warning (none for telephone numbers today).
 * @csspart input - The inner `<input>`.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-identifier-input-max-width - Maximum width of the field, such as `14rem`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SoclePhoneInput extends IdentifierInput {
  /** Territory of national input and of the display form: `FR` (default), `RE`, `YT`, `GP`, `GF`, `MQ`, `PM`, `NC`, `PF` or `WF`. */
  @property({ reflect: true }) region: PhoneTerritory = 'FR';

  /** Accepted service types, separated by spaces: `mobile`, `fixed`, `special`, `non-geographic`, `unknown`; all when empty. */
  @property() types = '';

  protected override get readingProperties(): readonly PropertyKey[] {
    return ['region', 'types'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('types')) this.warnAboutUnknownTypes();
    super.willUpdate(changed);
  }

  /** The accepted territory; an unknown `region` falls back to `FR` with a development warning. */
  private get territory(): PhoneTerritory {
    return this.enumValue('region', this.region, PHONE_REGIONS, 'FR');
  }

  private get acceptedTypes(): PhoneType[] {
    const tokens = toText(this.types).split(/\s+/).filter(Boolean);
    return tokens.filter((token): token is PhoneType => (PHONE_TYPES as readonly string[]).includes(token));
  }

  private warnAboutUnknownTypes(): void {
    const unknown = toText(this.types).split(/\s+/).filter((token) => token && !(PHONE_TYPES as readonly string[]).includes(token));
    if (unknown.length === 0) return;
    warnOnce(
      'invalid-attribute',
      `<${this.localName}> types="${toText(this.types)}" contains ${unknown.join(', ')}; ` +
        `accepted values: ${PHONE_TYPES.join(', ')}. Those are ignored.`,
    );
  }

  private get mobileOnly(): boolean {
    const types = this.acceptedTypes;
    return types.length > 0 && types.every((type) => type === 'mobile');
  }

  protected normalise(text: string): string | null {
    return parse(text, { region: this.territory });
  }

  protected check(value: string, locale: string) {
    const types = this.acceptedTypes;
    return validate(value, { locale, region: this.territory, types: types.length > 0 ? types : undefined });
  }

  protected display(value: string): string {
    return format(value, { region: this.territory });
  }

  protected defaultLabel(): string {
    return this.msg(phoneInputMessages, this.mobileOnly ? 'phone-input.labelMobile' : 'phone-input.label');
  }

  /** Gives an example number of the region: a mobile one, or a landline when mobiles are not accepted. */
  protected defaultHint(): string {
    const plan = PLANS[this.territory];
    const types = this.acceptedTypes;
    const fixedOnlyInFrance = this.territory === 'FR' && types.length > 0 && !types.includes('mobile');
    const example = this.display(`+${plan.countryCode}${fixedOnlyInFrance ? '123456789' : plan.example}`);
    return this.msg(phoneInputMessages, this.mobileOnly ? 'phone-input.hintMobile' : 'phone-input.hint', { example });
  }

  protected inputAttributes(): IdentifierInputAttributes {
    return { type: 'tel', defaultAutocomplete: 'tel' };
  }
}
