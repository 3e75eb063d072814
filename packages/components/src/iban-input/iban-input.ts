import { format, parse, validate } from '@socle/formats/iban';
import { property } from 'lit/decorators.js';
import { IdentifierInput, type IdentifierInputAttributes } from '../nir-input/identifier-input.js';
import { ibanInputMessages } from './iban-input.messages.js';

/**
 * A field for the IBAN of a bank account in France or Monaco, checked with
 * `@socle/formats`: ISO 13616 mod 97 and the key of the French RIB inside it.
 * The user may type spaces, lower case or an "IBAN" label. The field shows
 * "FR76 3000 6000 0112 3456 7890 189" when it loses focus, and it submits the
 * compact, upper-case IBAN "FR7630006000011234567890189".
 *
 * A service that pays or collects euros by SEPA transfer or direct debit may
 * have to accept the accounts of every SEPA country (Regulation (EU)
 * No 260/2012, article 9): set `accept-foreign`, and foreign IBANs are then
 * checked with mod 97 and a length of 15 to 34 characters.
 *
 * No autofill token is set unless the page sets `autocomplete`. Bank details
 * are sensitive: do not keep them in a form draft unless the service has a
 * reason to.
 *
 * @summary IBAN field for French and Monegasque accounts, or any SEPA account.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute and the default format hint.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart form-control-warning - The non-blocking warning (none for IBAN today).
 * @csspart input - The inner `<input>`.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-identifier-input-max-width - Maximum width of the field, such as `24rem`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SocleIbanInput extends IdentifierInput {
  /** Accepts the IBANs of every country, not only France (FR) and Monaco (MC). */
  @property({ type: Boolean, reflect: true, attribute: 'accept-foreign' }) acceptForeign = false;

  protected override get readingProperties(): readonly PropertyKey[] {
    return ['acceptForeign'];
  }

  protected normalise(text: string): string | null {
    return parse(text);
  }

  protected check(value: string, locale: string) {
    return validate(value, { locale, acceptForeign: this.acceptForeign });
  }

  protected display(value: string): string {
    return format(value);
  }

  protected defaultLabel(): string {
    return this.msg(ibanInputMessages, 'iban-input.label');
  }

  protected defaultHint(): string {
    return this.msg(ibanInputMessages, this.acceptForeign ? 'iban-input.hintForeign' : 'iban-input.hint');
  }

  protected inputAttributes(): IdentifierInputAttributes {
    return { type: 'text', autocapitalize: 'characters' };
  }
}
