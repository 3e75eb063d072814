import { ACTS, DOCUMENTS, NATIONALITIES, QUALITES, labelOf, type CodeEntry, type Locale } from '@socle/etat-civil';
import { html, type TemplateResult } from 'lit';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import type { SummaryListItem } from '../summary-list/summary-list.js';
import { countryName } from './countries.js';
import { actKey, type FieldErrors, type StepView } from './request-host.js';
import { eventPlace, stepFields, type Answers, type FieldKey, type ModelOptions, type NameAnswer, type PlaceAnswer } from './request-model.js';

/** Renders step 5: every answer with a "Modifier" link to its field (RGAA criterion 11.12), and the competent office. */
export function renderReviewStep(view: StepView): TemplateResult {
  const level = Math.min(Number(view.headingLevel) + 1 || 3, 6);
  return html`<p class="help">${view.label('ecr.review.help')}</p>
    <socle-summary-list heading=${view.label('ecr.review.heading')} heading-level=${level} .items=${reviewItems(view)}></socle-summary-list>`;
}

/** Lists every answer shown in steps 1 to 4, in their order, with a "Modifier" link to its field. */
function reviewItems(view: StepView): SummaryListItem[] {
  const rows = stepFields(view.answers, view.options)
    .flat()
    .map((field) => reviewRow(view, field));
  const { office } = view.evaluation;
  if (office) {
    const text = [office.name, office.address ?? ''].filter(Boolean).join('\n');
    rows.push({ key: view.label('ecr.review.office'), value: text });
  }
  return rows;
}

function reviewRow(view: StepView, field: FieldKey): SummaryListItem {
  const { answers, label, locale } = view;
  const row = (key: string, value: string, editable = true): SummaryListItem => (editable ? { key, value, href: `#field-${field}` } : { key, value });
  const yesNo = (value: boolean): string => label(value ? 'ecr.review.yes' : 'ecr.review.no');
  switch (field) {
    case 'act':
      return row(label('ecr.review.act'), codeLabel(ACTS, answers.act, view.engineLocale));
    case 'document':
      return row(label('ecr.review.document'), codeLabel(DOCUMENTS, answers.document, view.engineLocale));
    case 'qualite':
      return row(label('ecr.review.qualite'), codeLabel(QUALITES, answers.qualite, view.engineLocale));
    case 'actDate':
      return row(label(actKey(answers, 'ecr.date')), formatDate(answers.actDate, locale));
    case 'deathDate':
      return row(label('ecr.deathDate'), formatDate(answers.deathDate, locale));
    case 'birthDate':
      return row(label('ecr.birthDate'), formatDate(answers.birthDate, locale));
    case 'person':
      return row(label(actKey(answers, 'ecr.person')), nameText(answers.person));
    case 'actPlace':
      // The locked commune cannot be changed, so its row has no "Modifier" link.
      return row(label(actKey(answers, 'ecr.place')), placeText(eventPlace(answers, view.options), locale), view.options.lockedCommune === null);
    case 'birthPlace':
      return row(label('ecr.birthPlace'), placeText(answers.birthPlace, locale));
    case 'nationality':
      return row(label('ecr.review.nationality'), answers.nationality ? codeLabel(NATIONALITIES, answers.nationality, view.engineLocale) : '');
    case 'ofpraProtected':
      return row(label('ecr.review.ofpra'), yesNo(answers.ofpraProtected));
    case 'parent0':
      return row(label('ecr.parent0'), nameText(answers.parents[0]));
    case 'parent1':
      return row(label('ecr.parent1'), nameText(answers.parents[1]));
    case 'spouse':
      return row(label('ecr.spouse'), nameText(answers.spouse));
    case 'declarant':
      return row(label('ecr.declarant'), nameText(answers.declarant));
    case 'requester':
      return row(label('ecr.requester'), nameText(answers.requester));
    case 'delivery':
      return row(label('ecr.delivery'), deliveryText(answers.delivery));
    case 'copies':
      return row(label('ecr.copies'), answers.copies);
    case 'email':
      return row(label('ecr.email'), answers.email);
    case 'multilingualStandardForm':
      return row(label('ecr.multilingual'), yesNo(answers.multilingualStandardForm));
  }
}

/**
 * Returns the error summary entries of the errors shown on the review step,
 * in the order of the fields in the steps, each linked to `#field-<key>`.
 */
export function reviewErrorItems(fieldErrors: FieldErrors, answers: Answers, options: ModelOptions): ErrorSummaryItem[] {
  const order = stepFields(answers, options).flat();
  return (Object.entries(fieldErrors) as Array<[FieldKey, string]>)
    .sort(([first], [second]) => order.indexOf(first) - order.indexOf(second))
    .map(([field, message]) => ({ id: `field-${field}`, message }));
}

function codeLabel<Code extends string>(list: readonly CodeEntry<Code>[], code: string, locale: Locale): string {
  return labelOf(list, code, locale) ?? code;
}

/** Formats a name as the nom de naissance in capitals followed by the prénoms, separated by commas. */
function nameText(name: NameAnswer): string {
  const given = name.givenNames.map((part) => part.trim()).filter(Boolean).join(', ');
  return [name.birthName.trim().toLocaleUpperCase('fr'), given].filter(Boolean).join(' ');
}

function placeText(place: PlaceAnswer, locale: string): string {
  if (place.kind === 'commune') return place.name || place.inseeCode;
  if (place.kind === 'abroad') return [place.city.trim(), place.country ? countryName(place.country, locale) : ''].filter(Boolean).join(', ');
  return '';
}

/** Formats the postal address on up to three lines, leaving out the empty parts. */
function deliveryText(delivery: Answers['delivery']): string {
  const { line1, complement, postalCode, city } = delivery;
  return [line1, complement, `${postalCode} ${city}`.trim()]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
}

/** Formats an ISO date as "12 mai 1990" in the element's language. */
function formatDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
