import { format, parse, validate } from '@socle/formats/postal-code';
import { IdentifierInput, type IdentifierInputAttributes } from '../nir-input/identifier-input.js';
import { postalCodeInputMessages } from './postal-code-input.messages.js';

/**
 * A field for a French postal code, checked with `@socle/formats`: 5 digits
 * whose first digits name a département or an overseas territory. The user
 * may type a space ("75 001"); the field submits the 5 digits. A postal code
 * is not an INSEE commune code: most postal codes serve several communes.
 *
 * The autofill token defaults to `postal-code`. Set `autocomplete="off"` (or
 * another token) when the address is not the address of the person filling
 * in the form (RGAA criterion 11.13).
 *
 * @summary French postal code field.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute and the default format hint.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart form-control-warning - The non-blocking warning (none for postal codes today).
 * @csspart input - The inner `<input>`.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-identifier-input-max-width - Maximum width of the field, such as `8rem`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SoclePostalCodeInput extends IdentifierInput {
  protected normalise(text: string): string | null {
    return parse(text);
  }

  protected check(value: string, locale: string) {
    return validate(value, { locale });
  }

  protected display(value: string): string {
    return format(value);
  }

  protected defaultLabel(): string {
    return this.msg(postalCodeInputMessages, 'postal-code-input.label');
  }

  protected defaultHint(): string {
    return this.msg(postalCodeInputMessages, 'postal-code-input.hint');
  }

  protected inputAttributes(): IdentifierInputAttributes {
    return { type: 'text', inputMode: 'numeric', defaultAutocomplete: 'postal-code' };
  }
}
