import { css } from 'lit';

export const etatCivilRequestStyles = css`
  :host {
    display: block;
  }

  .request {
    --_socle-ecr-gap: var(--socle-etat-civil-request-gap, var(--socle-space-6, 1.5rem));

    display: flex;
    flex-direction: column;
    gap: var(--_socle-ecr-gap);
  }

  .step-heading:focus {
    outline: none;
  }

  .step-heading:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_socle-ecr-gap);
  }

  .fixed-place {
    margin: 0;
  }

  .fixed-place strong {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-3, 0.75rem);
    margin-block-start: var(--socle-space-3, 0.75rem);
  }

  .alert-text {
    margin: 0;
  }

  .alert-text + .alert-text {
    margin-block-start: var(--socle-space-2, 0.5rem);
  }

  .feedback:focus {
    outline: none;
  }

  .feedback:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .help {
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-4, 1rem);
    align-items: center;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-3, 0.75rem);
    align-items: center;
    padding: var(--socle-space-3, 0.75rem) var(--socle-space-4, 1rem);
    border-inline-start: var(--socle-border-width-thick, 4px) solid var(--socle-color-status-info-border, #0063cb);
    background: var(--socle-color-status-info-background, #e8edff);
    color: var(--socle-color-status-info-text, #0a3d91);
  }

  .notice-message {
    margin: 0;
  }

  .notice-button {
    min-height: 2rem;
    padding: var(--socle-space-1, 0.25rem) var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-action-secondary-border, #1f3d99);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-action-secondary-background, transparent);
    color: var(--socle-color-action-secondary-text, #1f3d99);
    font: inherit;
    cursor: pointer;
  }


  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
