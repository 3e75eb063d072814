import { css } from 'lit';

export const formStyles = css`
  :host {
    display: block;
  }

  .status:empty {
    display: none;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-2, 0.5rem) var(--socle-space-4, 1rem);
    padding: var(--socle-space-3, 0.75rem) var(--socle-space-4, 1rem);
    margin-block-end: var(--socle-space-6, 1.5rem);
    border-inline-start: var(--socle-border-width-thick, 4px) solid
      var(--socle-form-notice-border, var(--socle-color-status-info-border, #0063cb));
    background: var(--socle-form-notice-background, var(--socle-color-status-info-background, #e8edff));
    color: var(--socle-color-status-info-text, #0a3d91);
  }

  .notice-message {
    margin: 0;
  }

  .notice-message:focus {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .notice-button {
    min-height: 2rem;
    padding: var(--socle-space-1, 0.25rem) var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid
      var(--socle-color-action-secondary-border, #1f3d99);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-action-secondary-background, transparent);
    color: var(--socle-color-action-secondary-text, #1f3d99);
    font: inherit;
    cursor: pointer;
  }

  .notice-button:hover {
    background: var(--socle-color-action-secondary-background-hover, #e8edff);
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }

    .notice-button {
      border-color: ButtonText;
    }
  }
`;
