import { css } from 'lit';

export const nameFieldsStyles = css`
  :host {
    display: block;
  }

  .fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--socle-name-fields-gap, var(--socle-space-4, 1rem));
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .legend {
    padding: 0;
    font-size: var(--socle-font-size-lg, 1.25rem);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .control {
    max-width: var(--socle-name-fields-max-width, 30rem);
  }

  .given-name-row {
    display: flex;
    gap: var(--socle-space-2, 0.5rem);
    align-items: stretch;
  }

  .given-name-row .control {
    flex: 1 1 auto;
    min-width: 0;
  }

  .button {
    align-self: flex-start;
    min-height: var(--socle-input-min-height, 2.5rem);
    padding-inline: var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-action-secondary-border, #1f3d99);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-action-secondary-background, transparent);
    color: var(--socle-color-action-secondary-text, #1f3d99);
    font: inherit;
    cursor: pointer;
  }

  .button:hover:not(:disabled) {
    background: var(--socle-color-action-secondary-background-hover, #e8edff);
  }

  .button:disabled {
    border-color: var(--socle-color-border-disabled, #b0b0b0);
    color: var(--socle-color-text-disabled, #666666);
    cursor: not-allowed;
  }

  .checkbox {
    display: flex;
    gap: var(--socle-space-2, 0.5rem);
    align-items: center;
    min-height: 1.5rem;
  }

  .checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--socle-color-action-primary-background, #1f3d99);
  }

  .button:focus-visible,
  .checkbox input:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
