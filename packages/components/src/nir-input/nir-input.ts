import { format, parse, validate } from '@socle/formats/nir';
import { IdentifierInput, type IdentifierInputAttributes } from './identifier-input.js';
import { nirInputMessages } from './nir-input.messages.js';

/**
 * A field for the NIR, the French social security number, checked with
 * `@socle/formats`: 15 characters whose last 2 digits are a key computed from
 * the first 13 (2A and 2B stand for the Corsican départements). The user may
 * type spaces, dots or dashes; the field shows "2 69 05 49 588 157 80" when it
 * loses focus and submits the 15 characters "269054958815780". Unusual but
 * real numbers (unknown birth month, temporary number) are accepted and get a
 * non-blocking warning.
 *
 * The inner input has no `inputmode`, because the Corsican département needs
 * the letters A and B, and no autofill token unless the page sets
 * `autocomplete`. A NIR is sensitive personal data: do not keep it in a form
 * draft unless the service has a reason to.
 *
 * @summary French social security number (NIR) field.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute and the default format hint.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart form-control-warning - The non-blocking warning, such as an unknown birth month.
 * @csspart input - The inner `<input>`.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-identifier-input-max-width - Maximum width of the field, such as `16rem`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SocleNirInput extends IdentifierInput {
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
    return this.msg(nirInputMessages, 'nir-input.label');
  }

  protected defaultHint(): string {
    return this.msg(nirInputMessages, 'nir-input.hint');
  }

  protected inputAttributes(): IdentifierInputAttributes {
    return { type: 'text', autocapitalize: 'characters' };
  }
}
