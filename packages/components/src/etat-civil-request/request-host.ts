import type { CommuneAdapter } from '@socle/communes';
import type { Evaluation, Locale } from '@socle/etat-civil';
import type { SocleErrorSummary } from '../error-summary/error-summary.js';
import type { Answers, FieldKey, ModelOptions } from './request-model.js';

/** Returns a message of the element's own table in the element's language. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Errors of the server or of the final check, by field; each is cleared when the user edits the field. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** What the templates of the steps read: the answers, their evaluation and the element's settings, taken at render time. */
export interface StepView {
  answers: Answers;
  fieldErrors: FieldErrors;
  options: ModelOptions;
  /** Eligibility, competent office and notices computed by the rules engine from `answers`. */
  evaluation: Evaluation;
  /** Language of the element, such as `fr` or `en`, for dates and country names. */
  locale: string;
  /** Language of the code labels of `@socle/etat-civil`. */
  engineLocale: Locale;
  /** Current date as `YYYY-MM-DD`, the latest date the date fields accept. */
  today: string;
  /** Whether the extrait plurilingue is offered (rule setting `extraitPlurilingue`). */
  extraitPlurilingue: boolean;
  /** URL of the commune data folder, or an empty string for the commune field's default. */
  communesBaseUrl: string;
  communeAdapter: CommuneAdapter | null;
  /** Level of the step heading, as set on the element. */
  headingLevel: string | number;
  label: Translate;
  /** Switches the request to `document`, one of the alternatives that the refusal alert offers. */
  switchDocument(document: string): void;
}

/**
 * Callbacks that give the step navigation, the step checks and the draft
 * access to the element's private state, so that none of them keeps a copy.
 */
export interface RequestHost {
  /** Returns the step shown, from 1 to `STEP_COUNT`. */
  step(): number;
  /** Shows `step`; the caller keeps it between 1 and `STEP_COUNT`. */
  setStep(step: number): void;
  answers(): Answers;
  fieldErrors(): FieldErrors;
  setFieldErrors(errors: FieldErrors): void;
  modelOptions(): ModelOptions;
  label: Translate;
  /** Returns the element's shadow root, which contains the controls of the step. */
  root(): ParentNode;
  /** Returns the focusable wrapper of the step heading, once rendered. */
  heading(): HTMLElement | undefined;
  /** Returns the error summary, once rendered. */
  summary(): SocleErrorSummary | undefined;
  /** Returns a promise that resolves once the element has rendered its pending changes. */
  updateComplete(): Promise<unknown>;
  /** Saves the answers and the step in the draft after a short delay, unless `draft-key` is empty. */
  scheduleDraftSave(): void;
}

const ACT_KEYS = ['naissance', 'mariage', 'deces', 'reconnaissance'];

/** Returns the message key `<prefix>.<act>` for the chosen act, or `<prefix>.default` while no known act is chosen. */
export function actKey(answers: Answers, prefix: string): string {
  return `${prefix}.${ACT_KEYS.includes(answers.act) ? answers.act : 'default'}`;
}
