import { css } from 'lit';

export const dateInputStyles = css`
  :host {
    display: block;
  }

  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .label {
    padding: 0;
    margin-block-end: var(--socle-space-1, 0.25rem);
  }

  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-date-input-gap, var(--socle-space-4, 1rem));
    margin-block-start: var(--socle-space-1, 0.25rem);
  }

  .part {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-1, 0.25rem);
  }

  .part-label {
    font-size: var(--socle-font-size-md, 1rem);
  }

  /*
   * Digits each part is sized for. Classes rather than an inline style
   * attribute, because a strict CSP without 'unsafe-inline' in style-src
   * blocks style attributes.
   */
  .part-day,
  .part-month {
    --_socle-date-input-chars: 2;
  }

  .part-year {
    --_socle-date-input-chars: 4;
  }

  /* Each field is as wide as its expected digits plus its padding and borders. */
  .control {
    width: calc(var(--_socle-date-input-chars) * 1ch + 2 * var(--socle-input-padding-inline, 0.75rem) + 0.5rem);
  }
`;
