import { ACTS, DOCUMENTS } from '@socle/etat-civil';
import { html, nothing, type TemplateResult } from 'lit';
import { renderRadios } from './answer-controls.js';
import type { StepView } from './request-host.js';
import { documentsFor, type Answers } from './request-model.js';

/** Renders step 1: the act, then the documents that this act is issued as. */
export function renderActStep(view: StepView): TemplateResult {
  const { answers, fieldErrors, label } = view;
  const documents = documentsFor(answers.act, view.extraitPlurilingue);
  return html`<socle-radio-group id="field-act" data-field="act" label=${label('ecr.act')} required .value=${answers.act} .error=${fieldErrors.act ?? ''}>
      ${renderRadios(ACTS, view.engineLocale)}
    </socle-radio-group>
    ${answers.act
      ? html`<socle-radio-group
          id="field-document"
          data-field="document"
          label=${label('ecr.document')}
          hint=${documents.length === 1 ? label('ecr.documentOnlyFull') : label('ecr.documentHint')}
          required
          .value=${answers.document}
          .error=${fieldErrors.document ?? ''}
        >
          ${renderRadios(DOCUMENTS, view.engineLocale, documents)}
        </socle-radio-group>`
      : nothing}`;
}

/** Returns the answers with `act` chosen, and the document reset when the new act is never issued as the chosen one. */
export function chooseAct(answers: Answers, act: string, extraitPlurilingue: boolean): Answers {
  const next: Answers = { ...answers, act };
  // A document that the new act is never issued as would be refused: pick the only one, or none.
  if (!documentsFor(next.act, extraitPlurilingue).includes(next.document)) {
    const documents = documentsFor(next.act, extraitPlurilingue);
    next.document = documents.length === 1 ? (documents[0] ?? '') : '';
  }
  return next;
}
