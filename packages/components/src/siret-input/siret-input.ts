import * as siren from '@socle/formats/siren';
import * as siret from '@socle/formats/siret';
import { property } from 'lit/decorators.js';
import { IdentifierInput, type IdentifierInputAttributes } from '../nir-input/identifier-input.js';
import { siretInputMessages } from './siret-input.messages.js';

export const SIRET_INPUT_MODES = ['siret', 'siren'] as const;

export type SiretInputMode = (typeof SIRET_INPUT_MODES)[number];

/**
 * A field for the SIRET of an establishment (14 digits) or, with
 * `mode="siren"`, the SIREN of a company (9 digits), checked with
 * `@socle/formats`: the Luhn check, with the digit-sum rule for the
 * establishments of La Poste. The user may type spaces, dots or dashes; the
 * field shows "732 829 320 00074" when it loses focus and submits the digits
 * "73282932000074". A SIREN typed in a SIRET field, or the reverse, gets a
 * message that names the number to type.
 *
 * @summary SIRET or SIREN number field.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute and the default format hint.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart form-control-warning - The non-blocking warning (none for SIRET and SIREN today).
 * @csspart input - The inner `<input>`.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-identifier-input-max-width - Maximum width of the field, such as `14rem`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SocleSiretInput extends IdentifierInput {
  /** Number asked for: `siret` (14 digits, default) or `siren` (9 digits). */
  @property({ reflect: true }) mode: SiretInputMode = 'siret';

  protected override get readingProperties(): readonly PropertyKey[] {
    return ['mode'];
  }

  /** The accepted mode; an unknown `mode` falls back to `siret` with a development warning. */
  private get modeKey(): SiretInputMode {
    return this.enumValue('mode', this.mode, SIRET_INPUT_MODES, 'siret');
  }

  private get format(): typeof siret | typeof siren {
    return this.modeKey === 'siren' ? siren : siret;
  }

  protected normalise(text: string): string | null {
    return this.format.parse(text);
  }

  protected check(value: string, locale: string) {
    return this.format.validate(value, { locale });
  }

  protected display(value: string): string {
    return this.format.format(value);
  }

  protected defaultLabel(): string {
    return this.msg(siretInputMessages, `siret-input.label.${this.modeKey}`);
  }

  protected defaultHint(): string {
    return this.msg(siretInputMessages, `siret-input.hint.${this.modeKey}`);
  }

  protected inputAttributes(): IdentifierInputAttributes {
    return { type: 'text', inputMode: 'numeric' };
  }
}
