import { css } from 'lit';

export const alertStyles = css`
  :host {
    display: block;
  }

  .alert {
    --_socle-alert-background: var(--socle-alert-background, var(--socle-color-status-info-background, #e8f0fe));
    --_socle-alert-border: var(--socle-alert-border, var(--socle-color-status-info-border, #0b5cad));
    --_socle-alert-text: var(--socle-alert-text, var(--socle-color-status-info-text, #0b4480));

    display: flex;
    align-items: flex-start;
    gap: var(--socle-space-3, 0.75rem);
    padding: var(--socle-space-4, 1rem);
    border: var(--socle-border-width-thin, 1px) solid var(--_socle-alert-border);
    border-inline-start-width: var(--socle-border-width-thick, 4px);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--_socle-alert-background);
    color: var(--_socle-alert-text);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .success {
    --_socle-alert-background: var(--socle-alert-background, var(--socle-color-status-success-background, #e6f4ea));
    --_socle-alert-border: var(--socle-alert-border, var(--socle-color-status-success-border, #18753c));
    --_socle-alert-text: var(--socle-alert-text, var(--socle-color-status-success-text, #0f5a2c));
  }

  .warning {
    --_socle-alert-background: var(--socle-alert-background, var(--socle-color-status-warning-background, #fff4e0));
    --_socle-alert-border: var(--socle-alert-border, var(--socle-color-status-warning-border, #b34000));
    --_socle-alert-text: var(--socle-alert-text, var(--socle-color-status-warning-text, #7a2e00));
  }

  .error {
    --_socle-alert-background: var(--socle-alert-background, var(--socle-color-status-error-background, #fdecea));
    --_socle-alert-border: var(--socle-alert-border, var(--socle-color-status-error-border, #b00020));
    --_socle-alert-text: var(--socle-alert-text, var(--socle-color-status-error-text, #8c0019));
  }

  .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }

  .message {
    flex: 1;
    min-width: 0;
  }

  /* One frame of invisibility keeps the layout while the content leaves the accessibility tree. */
  .pending {
    visibility: hidden;
  }

  .heading {
    margin: 0 0 var(--socle-space-1, 0.25rem);
    font-size: var(--socle-font-size-lg, 1.125rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .heading[hidden] {
    display: none;
  }

  .body ::slotted(*) {
    margin-block: 0;
  }

  .dismiss {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2.5rem;
    height: 2.5rem;
    margin: calc(-1 * var(--socle-space-2, 0.5rem));
    padding: 0;
    border: 0;
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .dismiss:hover {
    background: var(--socle-color-action-tertiary-background-hover, rgb(0 0 0 / 8%));
  }

  .dismiss svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }

    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
