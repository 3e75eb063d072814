import { css } from 'lit';

/** Layout of one checkbox or radio with its label, hint and error, reused by `socle-radio`. */
export const choiceStyles = css`
  :host {
    display: block;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--socle-space-2, 0.5rem);
    align-items: start;
  }

  .box {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--socle-choice-color, var(--socle-color-action-primary-background, #1f3d99));
    cursor: pointer;
  }

  .box:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .box:disabled {
    cursor: not-allowed;
  }

  .label {
    font-weight: var(--socle-font-weight-regular, 400);
    cursor: pointer;
  }

  .details {
    grid-column: 2;
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-1, 0.25rem);
  }

  .disabled .label {
    color: var(--socle-color-text-disabled, #666666);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .box {
      forced-color-adjust: auto;
    }
  }
`;
