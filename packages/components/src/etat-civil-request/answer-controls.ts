import type { Commune } from '@socle/communes';
import type { CodeEntry, Locale } from '@socle/etat-civil';
import { html, nothing, type TemplateResult } from 'lit';
import { foreignCountries } from './countries.js';
import type { StepView } from './request-host.js';
import type { FieldKey, NameAnswer, PlaceAnswer } from './request-model.js';

// Every control of an answer carries its answer key in `data-field` (and, for
// a place, the part it edits in `data-part`): `readControl()` reads the edit
// back from these attributes, and `id="field-<key>"` is the target of the
// review's "Modifier" links and of the error links.

/** Renders one `socle-radio` per code of `list`, or of `codes` only when given. */
export function renderRadios<Code extends string>(list: readonly CodeEntry<Code>[], locale: Locale, codes?: readonly string[]): TemplateResult[] {
  const entries = codes ? list.filter((entry) => codes.includes(entry.code)) : list;
  return entries.map((entry) => html`<socle-radio value=${entry.code} label=${entry.label[locale]}></socle-radio>`);
}

/** Renders the nom de naissance and prénoms of a person. */
export function renderNameFields(
  view: StepView,
  field: FieldKey,
  name: NameAnswer,
  label: string,
  options: { required: boolean; hint?: string },
): TemplateResult {
  return html`<socle-name-fields
    id=${`field-${field}`}
    data-field=${field}
    label=${label}
    hint=${options.hint ?? nothing}
    ?required=${options.required}
    .birthName=${name.birthName}
    .givenNames=${name.givenNames}
    .error=${view.fieldErrors[field] ?? ''}
  ></socle-name-fields>`;
}

/** Renders a date that cannot be later than today. */
export function renderDate(
  view: StepView,
  field: 'actDate' | 'birthDate' | 'deathDate',
  label: string,
  options: { required: boolean; hint?: string },
): TemplateResult {
  return html`<socle-date-input
    id=${`field-${field}`}
    data-field=${field}
    label=${label}
    hint=${options.hint ?? nothing}
    ?required=${options.required}
    max=${view.today}
    today=${view.today}
    .value=${view.answers[field]}
    .error=${view.fieldErrors[field] ?? ''}
  ></socle-date-input>`;
}

/** Renders a place: the locked commune as text, or "En France" / "À l'étranger" with a commune or a country. */
export function renderPlace(view: StepView, field: 'actPlace' | 'birthPlace', legend: string, place: PlaceAnswer, locked: boolean): TemplateResult {
  const { lockedCommune } = view.options;
  if (locked && lockedCommune) {
    return html`<div id=${`field-${field}`} tabindex="-1">
      <p class="fixed-place">${legend} : <strong>${lockedCommune.name}</strong></p>
      <p class="fixed-place">${view.label('ecr.placeLocked', { name: lockedCommune.name })}</p>
    </div>`;
  }
  return html`<socle-radio-group
      id=${`field-${field}`}
      data-field=${field}
      data-part="kind"
      label=${legend}
      required
      orientation="inline"
      .value=${place.kind}
      .error=${view.fieldErrors[field] ?? ''}
    >
      <socle-radio value="commune" label=${view.label('ecr.placeFrance')}></socle-radio>
      <socle-radio value="abroad" label=${view.label('ecr.placeAbroad')}></socle-radio>
    </socle-radio-group>
    ${place.kind === 'commune' ? renderCommune(view, field, place) : nothing}
    ${place.kind === 'abroad' ? renderAbroad(view, field, place) : nothing}`;
}

function renderCommune(view: StepView, field: FieldKey, place: PlaceAnswer): TemplateResult {
  const commune: Commune | null = place.inseeCode
    ? { kind: 'commune', code: place.inseeCode, name: place.name || place.inseeCode, postalCodes: [], departement: '', population: null }
    : null;
  return html`<socle-commune-input
    data-field=${field}
    data-part="commune"
    label=${view.label('ecr.commune')}
    hint=${view.label('ecr.communeHint')}
    required
    base-url=${view.communesBaseUrl || nothing}
    .adapter=${view.communeAdapter}
    .commune=${commune}
  ></socle-commune-input>`;
}

function renderAbroad(view: StepView, field: FieldKey, place: PlaceAnswer): TemplateResult {
  return html`<socle-select data-field=${field} data-part="country" label=${view.label('ecr.country')} required placeholder="" .value=${place.country}>
      ${foreignCountries(view.locale).map(
        (country) => html`<option value=${country.code} ?selected=${country.code === place.country}>${country.name}</option>`,
      )}
    </socle-select>
    <socle-input
      data-field=${field}
      data-part="city"
      label=${`${view.label('ecr.city')} (${view.label('ecr.optional')})`}
      maxlength="100"
      .value=${place.city}
    ></socle-input>`;
}
