export {
  ACTS,
  ACT_CODES,
  DOCUMENTS,
  DOCUMENT_CODES,
  NATIONALITIES,
  NATIONALITY_CODES,
  QUALITES,
  QUALITE_CODES,
  SEXES,
  SEX_CODES,
  isActCode,
  isDocumentCode,
  isQualiteCode,
  labelOf,
} from './codes.js';
export type { ActCode, CodeEntry, DocumentCode, Locale, LocalizedText, NationalityCode, QualiteCode, SexCode } from './codes.js';
export { DEFAULT_RULE_SETTINGS, DOCUMENTS_BY_ACT } from './eligibility.js';
export type { AllowedBasis, Eligibility, RefusalReason, RuleSettings } from './eligibility.js';
export { evaluateRequest } from './evaluate.js';
export type { EvaluateOptions, Evaluation, Notice } from './evaluate.js';
export type { Office, OfficeKind } from './office.js';
export type { ValidationCode } from './messages.js';
export { MAX_ISSUES } from './schema-check.js';
export { validateRequest } from './validate.js';
export type { ValidateOptions, ValidationError, ValidationResult } from './validate.js';
export type {
  AbroadPlace,
  CommunePlace,
  Contact,
  DeepPartial,
  EtatCivilRequest,
  EventPlace,
  IsoDate,
  PersonConcerned,
  PersonName,
  PostalAddress,
  RequestDraft,
} from './types.js';

/** `$id` of the JSON Schema the validator mirrors, exported as `@socle/etat-civil/schema`. */
export const REQUEST_SCHEMA_ID = 'urn:socle:etat-civil:request:v1';
