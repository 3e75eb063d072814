import { html, nothing, type TemplateResult } from 'lit';
import { renderNameFields } from './answer-controls.js';
import type { StepView } from './request-host.js';
import type { FieldKey } from './request-model.js';

/**
 * Renders step 4: the requester's name when the request needs it, the postal
 * address the paper copies are sent to, their number, a contact e-mail and
 * the EU multilingual standard form.
 */
export function renderDeliveryStep(view: StepView, fields: FieldKey[]): TemplateResult {
  const { answers, fieldErrors, label } = view;
  return html`${fields.includes('requester') ? renderNameFields(view, 'requester', answers.requester, label('ecr.requester'), { required: true }) : nothing}
    <socle-address-input
      id="field-delivery"
      data-field="delivery"
      label=${label('ecr.delivery')}
      hint=${label('ecr.deliveryHint')}
      required
      .address=${answers.delivery}
      .error=${fieldErrors.delivery ?? ''}
    ></socle-address-input>
    <socle-select id="field-copies" data-field="copies" label=${label('ecr.copies')} required .value=${answers.copies} .error=${fieldErrors.copies ?? ''}>
      ${Array.from({ length: 10 }, (_, index) => String(index + 1)).map(
        (count) => html`<option value=${count} ?selected=${count === answers.copies}>${count}</option>`,
      )}
    </socle-select>
    <socle-input
      id="field-email"
      data-field="email"
      type="email"
      autocomplete="email"
      maxlength="254"
      label=${`${label('ecr.email')} (${label('ecr.optional')})`}
      hint=${label('ecr.emailHint')}
      .value=${answers.email}
      .error=${fieldErrors.email ?? ''}
    ></socle-input>
    <socle-checkbox
      id="field-multilingualStandardForm"
      data-field="multilingualStandardForm"
      label=${label('ecr.multilingual')}
      hint=${label('ecr.multilingualHint')}
      .checked=${answers.multilingualStandardForm}
    ></socle-checkbox>`;
}
