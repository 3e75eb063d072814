import { QUALITES } from '@socle/etat-civil';
import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { renderDate, renderRadios } from './answer-controls.js';
import { actKey, type RequestHost, type StepView } from './request-host.js';
import { eligibilityDates, evaluateAnswers } from './request-model.js';

/**
 * Renders step 2: the requester's qualité, the dates that decide whether
 * they may obtain the document, and the rules engine's decision as soon as
 * a qualité is chosen.
 */
export function renderQualiteStep(view: StepView): TemplateResult {
  const { answers, label, options } = view;
  const early = eligibilityDates(answers, options);
  const personAsks = answers.qualite === 'personne-concernee';
  const years = options.evaluate.archiveYearsAfterDeath ?? 25;
  return html`<socle-radio-group id="field-qualite" data-field="qualite" label=${label('ecr.qualite')} required .value=${answers.qualite} .error=${view.fieldErrors.qualite ?? ''}>
      ${renderRadios(QUALITES, view.engineLocale)}
    </socle-radio-group>
    ${early.includes('actDate')
      ? renderDate(view, 'actDate', label(actKey(answers, 'ecr.date')), { required: true, hint: label(personAsks ? 'ecr.dateAgeHint' : 'ecr.dateArchiveHint') })
      : nothing}
    ${early.includes('birthDate') ? renderDate(view, 'birthDate', label('ecr.date.naissance'), { required: true, hint: label('ecr.dateAgeHint') }) : nothing}
    ${early.includes('deathDate')
      ? renderDate(view, 'deathDate', `${label('ecr.deathDate')} (${label('ecr.optional')})`, { required: false, hint: label('ecr.deathDateHint', { years }) })
      : nothing}
    <div class="feedback" tabindex="-1">${answers.qualite ? renderEligibility(view) : nothing}</div>`;
}

/** Renders whether the requester may obtain the document and, when refused, a button per document they may obtain instead. */
function renderEligibility(view: StepView): TemplateResult | typeof nothing {
  const { label } = view;
  const { eligibility } = view.evaluation;
  if (eligibility.status === 'allowed') {
    return html`<socle-alert severity="success" heading=${label('ecr.allowedHeading')}>
      <p class="alert-text">${label(`ecr.allowed.${eligibility.basis}`)}</p>
    </socle-alert>`;
  }
  if (eligibility.status === 'refused') {
    const alternatives = eligibility.alternatives;
    return html`<socle-alert severity="warning" heading=${label('ecr.refusedHeading')}>
      <p class="alert-text">${eligibility.message}</p>
      ${alternatives.length > 0
        ? html`<p class="alert-text">${label('ecr.alternativesIntro')}</p>
            <div class="alternatives">
              ${alternatives.map(
                (document) =>
                  html`<socle-button variant="secondary" data-document=${document} @click=${() => view.switchDocument(document)}
                    >${label(`ecr.switch.${document}`)}</socle-button
                  >`,
              )}
            </div>`
        : html`<p class="alert-text">${label('ecr.noAlternative')}</p>`}
    </socle-alert>`;
  }
  return nothing;
}

/**
 * Returns the error of step 2 that no control reports: the rules engine
 * refuses the document to this qualité (décret n° 2017-890, art. 30 and
 * following). Returns null when the requester may obtain it or the engine
 * cannot tell yet.
 */
export function refusalError(host: RequestHost): ErrorSummaryItem | null {
  const { eligibility } = evaluateAnswers(host.answers(), host.modelOptions());
  if (eligibility.status !== 'refused') return null;
  const qualite = host.root().querySelector<HTMLElement>('[data-field="qualite"]') ?? undefined;
  return { element: qualite, message: host.label('ecr.error.refused', { message: eligibility.message }) };
}
