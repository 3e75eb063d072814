/**
 * Code lists of état-civil requests, with French and English labels.
 *
 * The codes are part of the request schema (`schema/request.v1.json`) and of
 * the data sent to servers, so they never change within a schema version.
 */

/** French and English versions of one user-visible text. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/** Languages shipped with the package; French is the default. */
export type Locale = 'fr' | 'en';

/** One entry of a code list. */
export interface CodeEntry<Code extends string> {
  readonly code: Code;
  readonly label: LocalizedText;
}

export const ACT_CODES = ['naissance', 'mariage', 'deces', 'reconnaissance'] as const;

/** Kind of état-civil act. */
export type ActCode = (typeof ACT_CODES)[number];

export const ACTS: readonly CodeEntry<ActCode>[] = [
  { code: 'naissance', label: { fr: 'Acte de naissance', en: 'Birth certificate' } },
  { code: 'mariage', label: { fr: 'Acte de mariage', en: 'Marriage certificate' } },
  { code: 'deces', label: { fr: 'Acte de décès', en: 'Death certificate' } },
  { code: 'reconnaissance', label: { fr: 'Acte de reconnaissance', en: 'Acknowledgement of a child' } },
];

export const DOCUMENT_CODES = [
  'copie-integrale',
  'extrait-avec-filiation',
  'extrait-sans-filiation',
  'extrait-plurilingue',
] as const;

/** Kind of document delivered from an act. */
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

export const DOCUMENTS: readonly CodeEntry<DocumentCode>[] = [
  { code: 'copie-integrale', label: { fr: 'Copie intégrale', en: 'Full copy' } },
  {
    code: 'extrait-avec-filiation',
    label: { fr: 'Extrait avec filiation', en: 'Extract with parentage' },
  },
  {
    code: 'extrait-sans-filiation',
    label: { fr: 'Extrait sans filiation', en: 'Extract without parentage' },
  },
  {
    code: 'extrait-plurilingue',
    label: { fr: 'Extrait plurilingue', en: 'Multilingual extract' },
  },
];

export const QUALITE_CODES = [
  'personne-concernee',
  'conjoint',
  'partenaire-pacs',
  'ascendant',
  'descendant',
  'representant-legal',
  'heritier',
  'mandataire',
  'avocat',
  'notaire',
  'tiers',
] as const;

/** Requester's qualité: their relationship to the person concerned by the act. */
export type QualiteCode = (typeof QUALITE_CODES)[number];

export const QUALITES: readonly CodeEntry<QualiteCode>[] = [
  {
    code: 'personne-concernee',
    label: { fr: 'Je suis la personne concernée par l’acte', en: 'I am the person named in the act' },
  },
  { code: 'conjoint', label: { fr: 'Conjoint ou conjointe', en: 'Spouse' } },
  { code: 'partenaire-pacs', label: { fr: 'Partenaire de PACS', en: 'Civil partner (PACS)' } },
  {
    code: 'ascendant',
    label: { fr: 'Ascendant (parent, grand-parent…)', en: 'Ancestor (parent, grandparent…)' },
  },
  {
    code: 'descendant',
    label: { fr: 'Descendant (enfant, petit-enfant…)', en: 'Descendant (child, grandchild…)' },
  },
  {
    code: 'representant-legal',
    label: { fr: 'Représentant légal (tuteur…)', en: 'Legal representative (guardian…)' },
  },
  { code: 'heritier', label: { fr: 'Héritier ou héritière', en: 'Heir' } },
  {
    code: 'mandataire',
    label: {
      fr: 'Mandataire (mandat écrit ou habilitation familiale)',
      en: 'Agent (written mandate or family authorisation)',
    },
  },
  { code: 'avocat', label: { fr: 'Avocat ou avocate', en: 'Lawyer (avocat)' } },
  { code: 'notaire', label: { fr: 'Notaire', en: 'Notary (notaire)' } },
  { code: 'tiers', label: { fr: 'Autre personne', en: 'Other person' } },
];

export const SEX_CODES = ['F', 'M'] as const;

/** Sex as recorded in French acts (féminin, masculin). */
export type SexCode = (typeof SEX_CODES)[number];

export const SEXES: readonly CodeEntry<SexCode>[] = [
  { code: 'F', label: { fr: 'Féminin', en: 'Female' } },
  { code: 'M', label: { fr: 'Masculin', en: 'Male' } },
];

export const NATIONALITY_CODES = ['francaise', 'etrangere'] as const;

/** Nationality of the person concerned; only used to route events abroad. */
export type NationalityCode = (typeof NATIONALITY_CODES)[number];

export const NATIONALITIES: readonly CodeEntry<NationalityCode>[] = [
  { code: 'francaise', label: { fr: 'Française', en: 'French' } },
  { code: 'etrangere', label: { fr: 'Étrangère', en: 'Foreign' } },
];

/** Returns the label of `code` in `list`, or `undefined` for an unknown code. */
export function labelOf<Code extends string>(
  list: readonly CodeEntry<Code>[],
  code: string,
  locale: Locale = 'fr',
): string | undefined {
  const entry = list.find((item) => item.code === code);
  return entry?.label[locale];
}

export function isActCode(value: unknown): value is ActCode {
  return typeof value === 'string' && (ACT_CODES as readonly string[]).includes(value);
}

export function isDocumentCode(value: unknown): value is DocumentCode {
  return typeof value === 'string' && (DOCUMENT_CODES as readonly string[]).includes(value);
}

export function isQualiteCode(value: unknown): value is QualiteCode {
  return typeof value === 'string' && (QUALITE_CODES as readonly string[]).includes(value);
}
