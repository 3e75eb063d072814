import { css } from 'lit';

export const inputStyles = css`
  :host {
    display: block;
  }

  .wrapper {
    display: flex;
    align-items: stretch;
    gap: var(--socle-space-2, 0.5rem);
    max-width: var(--socle-input-max-width, 100%);
  }

  .control {
    flex: 1 1 auto;
    min-width: 0;
  }

  .affix {
    display: inline-flex;
    align-items: center;
    padding-inline: var(--socle-space-2, 0.5rem);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #6a6a6a);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-background-subtle, #f6f6f6);
    white-space: nowrap;
  }

  .toggle {
    flex: none;
    min-width: 2.5rem;
    min-height: var(--socle-input-min-height, 2.5rem);
    padding-inline: var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid
      var(--socle-color-action-secondary-border, #1f3d99);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-action-secondary-background, transparent);
    color: var(--socle-color-action-secondary-text, #1f3d99);
    font: inherit;
    cursor: pointer;
  }

  .toggle:hover:not(:disabled) {
    background: var(--socle-color-action-secondary-background-hover, #e8edff);
  }

  .toggle:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .toggle:disabled {
    color: var(--socle-color-text-disabled, #666666);
    border-color: var(--socle-color-border-disabled, #b0b0b0);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .toggle,
    .affix {
      border-color: ButtonText;
    }
  }
`;
