import type { ActCode, DocumentCode, LocalizedText } from './codes.js';
import type { EligibilityFacts, RefusalReason, RuleSettings } from './eligibility.js';

/** Document names with their article, for use inside a sentence. */
const DOCUMENT_PHRASES: Record<DocumentCode, { fr: string; en: string; feminine: boolean }> = {
  'copie-integrale': { fr: 'la copie intégrale', en: 'the full copy', feminine: true },
  'extrait-avec-filiation': { fr: 'l’extrait avec filiation', en: 'the extract with parentage', feminine: false },
  'extrait-sans-filiation': { fr: 'l’extrait sans filiation', en: 'the extract without parentage', feminine: false },
  'extrait-plurilingue': { fr: 'l’extrait plurilingue', en: 'the multilingual extract', feminine: false },
};

const ACT_PHRASES: Record<ActCode, LocalizedText> = {
  naissance: { fr: 'un acte de naissance', en: 'a birth certificate' },
  mariage: { fr: 'un acte de mariage', en: 'a marriage certificate' },
  deces: { fr: 'un acte de décès', en: 'a death certificate' },
  reconnaissance: { fr: 'un acte de reconnaissance', en: 'an acknowledgement certificate' },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Replaces the indefinite article "un " by "d’un " after a French noun. */
function ofAct(act: ActCode): LocalizedText {
  return { fr: `d’${ACT_PHRASES[act].fr}`, en: `of ${ACT_PHRASES[act].en}` };
}

/** One-sentence explanation of a refusal, in French and English. */
export function describeRefusal(
  reason: RefusalReason,
  facts: EligibilityFacts,
  settings: Required<RuleSettings>,
): LocalizedText {
  const act = facts.act ?? 'naissance';
  const document = DOCUMENT_PHRASES[facts.document ?? 'copie-integrale'];

  switch (reason) {
    case 'document-not-issued-for-act':
      return {
        fr: `${capitalize(ACT_PHRASES[act].fr)} est délivré uniquement en copie intégrale, jamais en extrait.`,
        en: `${capitalize(ACT_PHRASES[act].en)} is only issued as a full copy, never as an extract.`,
      };
    case 'document-not-offered':
      return {
        fr: 'Ce service ne délivre pas d’extrait plurilingue.',
        en: 'This service does not issue multilingual extracts.',
      };
    case 'qualite-not-entitled': {
      const agreement = document.feminine ? 'e' : '';
      const heirs = act === 'reconnaissance' ? { fr: ', à ses héritiers', en: ', their heirs' } : { fr: '', en: '' };
      return {
        fr:
          `${capitalize(document.fr)} ${ofAct(act).fr} de moins de ${settings.archiveYears} ans est réservé${agreement} ` +
          `à la personne concernée, à sa famille proche, à son représentant légal${heirs.fr} ` +
          'et aux professionnels mandatés.',
        en:
          `${capitalize(document.en)} ${ofAct(act).en} less than ${settings.archiveYears} years old is reserved ` +
          `for the person concerned, their close family, their legal representative${heirs.en} ` +
          'and professionals acting for them.',
      };
    }
    case 'requester-minor':
      return {
        fr: `Une personne mineure non émancipée ne peut pas demander elle-même ${document.fr} de son acte ; son représentant légal peut le faire.`,
        en: `An unemancipated minor cannot request ${document.en} of their own certificate; their legal representative can.`,
      };
  }
}

/** Codes of the errors returned by `validateRequest`, in addition to the refusal reasons. */
export type ValidationCode =
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'enum'
  | 'min-length'
  | 'max-length'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'min-items'
  | 'max-items'
  | 'abroad-in-france'
  | 'date-in-future'
  | 'date-order'
  | 'date-mismatch'
  | 'unreadable'
  | RefusalReason;

/** JSON types named in `type` errors. */
export type JsonTypeName = 'object' | 'array' | 'string' | 'integer' | 'boolean';

const TYPE_NAMES: Record<JsonTypeName, LocalizedText> = {
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'an array' },
  string: { fr: 'un texte', en: 'a string' },
  integer: { fr: 'un nombre entier', en: 'an integer' },
  boolean: { fr: 'un booléen (true ou false)', en: 'a boolean (true or false)' },
};

/** Format hints named in `pattern` errors, keyed by the kind of value. */
export type FormatHint =
  | 'date'
  | 'name'
  | 'place-name'
  | 'address-line'
  | 'insee-code'
  | 'country'
  | 'postal-code'
  | 'foreign-postal-code'
  | 'email'
  | 'phone';

const FORMAT_HINTS: Record<FormatHint, LocalizedText> = {
  date: { fr: 'une date réelle au format AAAA-MM-JJ est attendue', en: 'a real date in the YYYY-MM-DD format is expected' },
  name: {
    fr: 'seuls les lettres, espaces, apostrophes, points et traits d’union sont acceptés, en commençant par une lettre',
    en: 'only letters, spaces, apostrophes, dots and hyphens are accepted, starting with a letter',
  },
  'place-name': {
    fr: 'le nom doit commencer par une lettre ou un chiffre et ne contenir ni caractère de contrôle ni symbole',
    en: 'the name must start with a letter or a digit and contain no control character or symbol',
  },
  'address-line': {
    fr: 'la ligne ne doit ni commencer par un espace ni contenir de caractère de contrôle',
    en: 'the line must not start with a space or contain control characters',
  },
  'insee-code': {
    fr: 'un code INSEE de commune à 5 caractères est attendu, par exemple 49007 ou 2A004',
    en: 'a 5-character INSEE commune code is expected, for example 49007 or 2A004',
  },
  country: {
    fr: 'un code pays ISO 3166-1 de deux lettres majuscules est attendu, par exemple BE',
    en: 'a two-letter upper-case ISO 3166-1 country code is expected, for example BE',
  },
  'postal-code': { fr: 'un code postal français de 5 chiffres est attendu', en: 'a 5-digit French postal code is expected' },
  'foreign-postal-code': {
    fr: 'seuls les lettres, chiffres, espaces et traits d’union sont acceptés',
    en: 'only letters, digits, spaces and hyphens are accepted',
  },
  email: { fr: 'une adresse électronique est attendue, par exemple nom@exemple.fr', en: 'an e-mail address is expected, for example name@example.org' },
  phone: {
    fr: 'un numéro de téléphone de 6 à 20 chiffres est attendu, par exemple +33 1 23 45 67 89',
    en: 'a phone number of 6 to 20 digits is expected, for example +33 1 23 45 67 89',
  },
};

/** Parameters of a validation message; each code reads the ones it needs. */
export interface MessageParams {
  expectedType?: JsonTypeName;
  property?: string;
  allowed?: readonly (string | number)[];
  limit?: number;
  min?: number;
  max?: number;
  hint?: FormatHint;
}

/** Message of a validation error, in French and English. */
export function describeValidationError(code: ValidationCode, params: MessageParams = {}): LocalizedText {
  switch (code) {
    case 'type': {
      const expected = TYPE_NAMES[params.expectedType ?? 'object'];
      return { fr: `Valeur invalide : ${expected.fr} est attendu.`, en: `Invalid value: ${expected.en} is expected.` };
    }
    case 'required':
      return { fr: 'Cette information est obligatoire.', en: 'This information is required.' };
    case 'unknown-property':
      return {
        fr: `Propriété inconnue « ${params.property ?? ''} » : retirez-la de la demande.`,
        en: `Unknown property "${params.property ?? ''}": remove it from the request.`,
      };
    case 'enum': {
      const allowed = (params.allowed ?? []).join(', ');
      return { fr: `Valeur non reconnue. Valeurs acceptées : ${allowed}.`, en: `Unrecognised value. Accepted values: ${allowed}.` };
    }
    case 'min-length':
      return { fr: 'Cette information ne doit pas être vide.', en: 'This information must not be empty.' };
    case 'max-length':
      return {
        fr: `Le texte est trop long : ${params.limit ?? 0} caractères au maximum.`,
        en: `The text is too long: ${params.limit ?? 0} characters at most.`,
      };
    case 'pattern': {
      const hint = FORMAT_HINTS[params.hint ?? 'name'];
      return { fr: `Format invalide : ${hint.fr}.`, en: `Invalid format: ${hint.en}.` };
    }
    case 'minimum':
    case 'maximum':
      return {
        fr: `La valeur doit être comprise entre ${params.min ?? 0} et ${params.max ?? 0}.`,
        en: `The value must be between ${params.min ?? 0} and ${params.max ?? 0}.`,
      };
    case 'min-items':
    case 'max-items':
      return {
        fr: `La liste doit contenir de ${params.min ?? 0} à ${params.max ?? 0} éléments.`,
        en: `The list must contain ${params.min ?? 0} to ${params.max ?? 0} items.`,
      };
    case 'abroad-in-france':
      return {
        fr: 'Pour un événement survenu en France, indiquez la commune au lieu d’un pays étranger.',
        en: 'For an event in France, give the commune instead of a foreign country.',
      };
    case 'date-in-future':
      return { fr: 'Cette date est postérieure à la date du jour.', en: 'This date is later than today.' };
    case 'date-order':
      return {
        fr: 'Cette date est incohérente avec la date de l’acte : vérifiez les deux dates.',
        en: 'This date is inconsistent with the date of the act: check both dates.',
      };
    case 'date-mismatch':
      return {
        fr: 'Cette date doit être identique à la date de l’acte.',
        en: 'This date must be the same as the date of the act.',
      };
    case 'unreadable':
      return {
        fr: 'La demande n’a pas pu être lue : envoyez un document JSON.',
        en: 'The request could not be read: send a JSON document.',
      };
    default:
      // Refusal reasons carry their own message, built by `describeRefusal`.
      return { fr: 'Demande non recevable.', en: 'Request not admissible.' };
  }
}
