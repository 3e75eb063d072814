import { NATIONALITIES } from '@socle/etat-civil';
import { html, nothing, type TemplateResult } from 'lit';
import { renderDate, renderNameFields, renderPlace, renderRadios } from './answer-controls.js';
import { actKey, type StepView } from './request-host.js';
import type { FieldKey } from './request-model.js';

/** Renders step 3: the data about the act that this kind of request needs (`fields`), then the competent office. */
export function renderPersonStep(view: StepView, fields: FieldKey[]): TemplateResult {
  return html`${fields.map((field) => renderPersonField(view, field))} ${renderOffice(view)}`;
}

function renderPersonField(view: StepView, field: FieldKey): TemplateResult | typeof nothing {
  const { answers, label } = view;
  const locked = view.options.lockedCommune !== null;
  switch (field) {
    case 'person':
      return renderNameFields(view, 'person', answers.person, label(actKey(answers, 'ecr.person')), { required: true });
    case 'actDate':
      return renderDate(view, 'actDate', label(actKey(answers, 'ecr.date')), { required: true });
    case 'actPlace':
      return renderPlace(view, 'actPlace', label(actKey(answers, 'ecr.place')), answers.actPlace, locked);
    case 'nationality':
      return html`<socle-radio-group
        id="field-nationality"
        data-field="nationality"
        label=${`${label('ecr.nationality')} (${label('ecr.optional')})`}
        hint=${label('ecr.nationalityHint')}
        orientation="inline"
        .value=${answers.nationality}
      >
        ${renderRadios(NATIONALITIES, view.engineLocale)}
      </socle-radio-group>`;
    case 'ofpraProtected':
      return html`<socle-checkbox id="field-ofpraProtected" data-field="ofpraProtected" label=${label('ecr.ofpra')} .checked=${answers.ofpraProtected}></socle-checkbox>`;
    case 'birthDate':
      return renderDate(view, 'birthDate', label('ecr.birthDate'), { required: true });
    case 'birthPlace':
      return renderPlace(view, 'birthPlace', label('ecr.birthPlace'), answers.birthPlace, false);
    case 'parent0':
      return renderNameFields(view, 'parent0', answers.parents[0], label('ecr.parent0'), { required: true, hint: label('ecr.parentsHint') });
    case 'parent1':
      return renderNameFields(view, 'parent1', answers.parents[1], `${label('ecr.parent1')} (${label('ecr.optional')})`, {
        required: false,
        hint: label('ecr.parent1Hint'),
      });
    case 'spouse':
      return renderNameFields(view, 'spouse', answers.spouse, `${label('ecr.spouse')} (${label('ecr.optional')})`, { required: false });
    case 'declarant':
      return renderNameFields(view, 'declarant', answers.declarant, label('ecr.declarant'), { required: true });
    default:
      return nothing;
  }
}

/** Renders the office competent for the request, followed by the engine's notices such as the COMEDEC one. */
function renderOffice(view: StepView): TemplateResult | typeof nothing {
  const { evaluation, label } = view;
  const office = evaluation.office;
  if (!office) return nothing;
  const foreign = office.kind === 'consulat' || office.kind === 'ofpra';
  return html`<socle-alert severity=${foreign ? 'warning' : 'info'} heading=${label(foreign ? 'ecr.officeForeign' : 'ecr.officeHeading')}>
    <p class="alert-text">${office.name}</p>
    ${office.address ? html`<p class="alert-text">${office.address}</p>` : nothing}
    ${office.note ? html`<p class="alert-text">${office.note}</p>` : nothing}
    ${evaluation.notices.map((notice) => html`<p class="alert-text">${notice.message}</p>`)}
  </socle-alert>`;
}
