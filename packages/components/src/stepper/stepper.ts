import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { warnOnce } from '../internal/dev.js';
import { HEADING_LEVELS, renderHeading } from '../error-summary/heading.js';
import { stepperMessages } from './stepper.messages.js';
import { stepperStyles } from './stepper.styles.js';

/**
 * The user's position in a form split over several pages: "Étape 2 sur 4",
 * the title of the current step as a heading, the title of the next step, and
 * a segmented progress bar. The bar is decorative and hidden from assistive
 * technologies, because the heading already gives the same information as
 * text.
 *
 * Step titles come from `steps`, a JSON array in the attribute
 * (`steps='["Identité", "Coordonnées"]'`) or an array of strings in the
 * property. `step-count` defaults to the number of titles. A current step or
 * count out of range is clamped, and an unreadable value falls back to its
 * default, each with a development warning.
 *
 * @summary Progress through a multi-page form: "Étape 2 sur 4".
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading with the step number and the current title.
 * @csspart state - The "Étape 2 sur 4" text.
 * @csspart bar - The decorative progress bar.
 * @csspart next - The "Étape suivante" line.
 *
 * @cssprop --socle-stepper-bar-color - Colour of completed and current segments.
 * @cssprop --socle-stepper-bar-track - Colour of the segments still to come.
 */
export class SocleStepper extends SocleElement {
  static override styles = [baseStyles, stepperStyles];

  /** Number of the current step, starting at 1. */
  @property({ attribute: 'current-step' }) currentStep: number | string = 1;

  /** Total number of steps; defaults to the number of titles in `steps`. */
  @property({ attribute: 'step-count' }) stepCount: number | string | null = null;

  /** Step titles, in order: a JSON array of strings in the attribute, an array in the property. */
  @property({ converter: { fromAttribute: parseSteps } }) steps: string[] | null = [];

  /** Level of the heading, from 1 to 6; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '2';

  private titles(): string[] {
    const steps = this.steps;
    if (steps === null || steps === undefined) return [];
    if (!Array.isArray(steps)) {
      warnOnce('invalid-attribute', `<socle-stepper> steps must be an array of titles; got ${typeof steps}.`);
      return [];
    }
    return steps.map((title) => (typeof title === 'string' ? title : String(title ?? '')));
  }

  private count(titles: string[]): number {
    const fallback = Math.max(titles.length, 1);
    if (this.stepCount === null || this.stepCount === undefined || this.stepCount === '') return fallback;
    return this.clamp('step-count', this.stepCount, 1, Number.MAX_SAFE_INTEGER, fallback);
  }

  private clamp(attribute: string, raw: number | string, min: number, max: number, fallback: number): number {
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      warnOnce('invalid-attribute', `<socle-stepper> ${attribute}="${String(raw)}" is not a number; using ${fallback}.`);
      return fallback;
    }
    const clamped = Math.min(Math.max(Math.round(value), min), max);
    if (clamped !== value) {
      warnOnce('invalid-attribute', `<socle-stepper> ${attribute}="${String(raw)}" is out of range ${min}–${max}; using ${clamped}.`);
    }
    return clamped;
  }

  private renderHeading(content: unknown): TemplateResult {
    return renderHeading(this.enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS, '2'), content);
  }

  override render() {
    const titles = this.titles();
    const count = this.count(titles);
    const current = this.clamp('current-step', this.currentStep, 1, count, 1);
    if (titles.length > 0 && titles.length !== count) {
      warnOnce('invalid-attribute', `<socle-stepper> step-count="${count}" differs from the ${titles.length} titles in steps.`);
    }
    const title = titles[current - 1] ?? '';
    const nextTitle = current < count ? (titles[current] ?? '') : '';
    const state = this.msg(stepperMessages, 'stepper.state', { current, count });

    // The visually hidden colon makes screen readers pause between the
    // step number and the title, which are on two lines on screen.
    const heading = html`<span part="state" class="state">${state}${title ? html`<span class="visually-hidden"> : </span>` : nothing}</span
      >${title ? html`<span class="title">${title}</span>` : nothing}`;

    const segments = Array.from({ length: count }, (_, index) => index < current);
    return html`<div part="base" class="stepper">
      ${this.renderHeading(heading)}
      <div part="bar" class="bar" aria-hidden="true">
        ${segments.map((done) => html`<span class="segment ${done ? 'done' : ''}"></span>`)}
      </div>
      ${nextTitle
        ? html`<p part="next" class="next">
            <span class="next-label">${this.msg(stepperMessages, 'stepper.next')}</span> ${nextTitle}
          </p>`
        : nothing}
    </div>`;
  }
}

/** Reads the `steps` attribute: a JSON array of titles. Invalid JSON gives no titles and a warning. */
function parseSteps(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map((title) => String(title ?? ''));
  } catch {
    // Reported below, with the value.
  }
  warnOnce('invalid-attribute', `<socle-stepper> steps="${value}" is not a JSON array of titles, such as ["Identité", "Coordonnées"].`);
  return [];
}
