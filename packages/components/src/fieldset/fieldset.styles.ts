import { css } from 'lit';

export const fieldsetStyles = css`
  :host {
    display: block;
  }

  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .fieldset.invalid {
    padding-inline-start: var(--socle-space-4, 1rem);
    border-inline-start: var(--socle-border-width-thick, 4px) solid
      var(--socle-fieldset-error-border, var(--socle-color-status-error-border, #b00020));
  }

  .legend {
    padding: 0;
    margin-block-end: var(--socle-space-2, 0.5rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .legend-heading {
    margin: 0;
    font: inherit;
  }

  .sm {
    font-size: var(--socle-font-size-md, 1rem);
  }

  .md {
    font-size: var(--socle-font-size-lg, 1.125rem);
  }

  .lg {
    font-size: var(--socle-font-size-xl, 1.5rem);
  }

  .xl {
    font-size: var(--socle-font-size-2xl, 2rem);
  }

  .hint {
    margin-block-end: var(--socle-space-2, 0.5rem);
    color: var(--socle-color-text-muted, #5a5a5a);
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .error {
    margin-block-end: var(--socle-space-2, 0.5rem);
    color: var(--socle-color-status-error-text, #b00020);
    font-size: var(--socle-font-size-sm, 0.875rem);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .disabled .legend,
  .disabled .hint {
    color: var(--socle-color-text-disabled, #666666);
  }

  .content {
    display: flex;
    flex-direction: column;
    gap: var(--socle-fieldset-gap, var(--socle-space-4, 1rem));
  }

  @media (forced-colors: active) {
    .fieldset.invalid {
      border-inline-start-color: CanvasText;
    }

    .disabled .legend,
    .disabled .hint {
      color: GrayText;
    }
  }
`;
