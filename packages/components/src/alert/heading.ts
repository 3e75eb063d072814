import { html, type TemplateResult } from 'lit';

/** Heading levels that Socle elements accept for their titles; level 1 stays the page's. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;

export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * Renders `content` in an `h2` to `h6` element carrying `part` and `class`.
 * One literal template per level keeps the tag name static, as Lit requires.
 */
export function renderHeading(level: HeadingLevel, name: string, content: unknown, hidden = false): TemplateResult {
  switch (level) {
    case '2':
      return html`<h2 part=${name} class=${name} ?hidden=${hidden}>${content}</h2>`;
    case '4':
      return html`<h4 part=${name} class=${name} ?hidden=${hidden}>${content}</h4>`;
    case '5':
      return html`<h5 part=${name} class=${name} ?hidden=${hidden}>${content}</h5>`;
    case '6':
      return html`<h6 part=${name} class=${name} ?hidden=${hidden}>${content}</h6>`;
    default:
      return html`<h3 part=${name} class=${name} ?hidden=${hidden}>${content}</h3>`;
  }
}
