import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
  }

  .notice {
    --_socle-notice-background: var(--socle-notice-background, var(--socle-color-status-info-background, #e8f0fe));
    --_socle-notice-text: var(--socle-notice-text, var(--socle-color-status-info-text, #0b4480));
    --_socle-notice-border: var(--socle-notice-border, var(--socle-color-status-info-border, #0b5cad));

    display: flex;
    align-items: flex-start;
    gap: var(--socle-space-3, 0.75rem);
    padding-block: var(--socle-space-3, 0.75rem);
    padding-inline: var(--socle-space-4, 1rem);
    border-block-end: var(--socle-border-width-medium, 2px) solid var(--_socle-notice-border);
    background: var(--_socle-notice-background);
    color: var(--_socle-notice-text);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .warning {
    --_socle-notice-background: var(--socle-notice-background, var(--socle-color-status-warning-background, #fff4e0));
    --_socle-notice-text: var(--socle-notice-text, var(--socle-color-status-warning-text, #7a2e00));
    --_socle-notice-border: var(--socle-notice-border, var(--socle-color-status-warning-border, #b34000));
  }

  .alert {
    --_socle-notice-background: var(--socle-notice-background, var(--socle-color-status-error-background, #fdecea));
    --_socle-notice-text: var(--socle-notice-text, var(--socle-color-status-error-text, #8c0019));
    --_socle-notice-border: var(--socle-notice-border, var(--socle-color-status-error-border, #b00020));
  }

  .icon {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }

  .content {
    flex: 1;
    min-width: 0;
  }

  .title {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .text ::slotted(*) {
    margin-block: 0;
  }

  .link {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  .dismiss {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2.5rem;
    height: 2.5rem;
    margin-block: calc(-1 * var(--socle-space-2, 0.5rem));
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
    .notice {
      border-color: CanvasText;
    }

    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
