import { css } from 'lit';

export const addressInputStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .parts {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-3, 0.75rem);
    margin-top: var(--socle-space-2, 0.5rem);
  }

  .part {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-1, 0.25rem);
    max-width: var(--socle-input-max-width, 100%);
  }

  .part label {
    font-weight: var(--socle-font-weight-regular, 400);
  }

  .postal-code .control {
    max-width: 8rem;
  }

  .manual-toggle {
    align-self: flex-start;
    min-height: 2.75rem;
    margin-top: var(--socle-space-2, 0.5rem);
    padding: var(--socle-space-2, 0.5rem) 0;
    border: 0;
    background: none;
    color: var(--socle-color-text-link, #1f3d99);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .manual-toggle:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  @media (forced-colors: active) {
    .manual-toggle {
      color: LinkText;
    }
  }
`;
