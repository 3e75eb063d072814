import { html, type TemplateResult } from 'lit';

/** Accepted values of the `heading-level` attribute of Socle's form-structure elements. */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Renders `content` in a heading element of the given level, with `part="heading"` and `class="heading"`. */
export function renderHeading(level: HeadingLevel, content: unknown): TemplateResult {
  switch (level) {
    case '1':
      return html`<h1 part="heading" class="heading">${content}</h1>`;
    case '3':
      return html`<h3 part="heading" class="heading">${content}</h3>`;
    case '4':
      return html`<h4 part="heading" class="heading">${content}</h4>`;
    case '5':
      return html`<h5 part="heading" class="heading">${content}</h5>`;
    case '6':
      return html`<h6 part="heading" class="heading">${content}</h6>`;
    default:
      return html`<h2 part="heading" class="heading">${content}</h2>`;
  }
}
