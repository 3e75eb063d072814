import { css } from 'lit';

/** Fieldset, legend and option layout shared by `socle-checkbox-group` and `socle-radio-group`. */
export const groupStyles = css`
  :host {
    display: block;
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--socle-space-1, 0.25rem);
    font-size: var(--socle-font-size-md, 1rem);
    font-weight: var(--socle-font-weight-medium, 500);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-3, 0.75rem);
    margin-block-start: var(--socle-space-2, 0.5rem);
  }

  .inline .options {
    flex-flow: row wrap;
    column-gap: var(--socle-space-6, 1.5rem);
  }

  .invalid .options {
    padding-inline-start: var(--socle-space-3, 0.75rem);
    border-inline-start: var(--socle-border-width-thick, 4px) solid var(--socle-color-status-error-border, #b00020);
  }
`;
