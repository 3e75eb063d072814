import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }

  .button {
    --_socle-button-background: var(
      --socle-button-primary-background,
      var(--socle-color-action-primary-background, #1f3d99)
    );
    --_socle-button-background-hover: var(
      --socle-button-primary-background-hover,
      var(--socle-color-action-primary-background-hover, #162c70)
    );
    --_socle-button-text: var(--socle-button-primary-text, var(--socle-color-action-primary-text, #ffffff));
    --_socle-button-border: var(--socle-button-primary-border, transparent);

    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--socle-space-2, 0.5rem);
    box-sizing: border-box;
    width: 100%;
    min-height: var(--socle-button-min-height-md, 2.5rem);
    padding-block: var(--socle-button-padding-block-md, 0.5rem);
    padding-inline: var(--socle-button-padding-inline-md, 1rem);
    margin: 0;
    border: var(--socle-border-width-thin, 1px) solid var(--_socle-button-border);
    border-radius: var(--socle-button-radius, var(--socle-radius-sm, 0.25rem));
    background: var(--_socle-button-background);
    color: var(--_socle-button-text);
    font: inherit;
    font-size: var(--socle-button-font-size-md, var(--socle-font-size-md, 1rem));
    font-weight: var(--socle-font-weight-medium, 500);
    line-height: var(--socle-line-height-tight, 1.25);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--socle-motion-duration-fast, 100ms) var(--socle-motion-easing-standard, ease);
  }

  .button:hover:not(.disabled) {
    background: var(--_socle-button-background-hover);
  }

  .button:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .secondary {
    --_socle-button-background: var(
      --socle-button-secondary-background,
      var(--socle-color-action-secondary-background, transparent)
    );
    --_socle-button-background-hover: var(
      --socle-button-secondary-background-hover,
      var(--socle-color-action-secondary-background-hover, #e8edff)
    );
    --_socle-button-text: var(--socle-button-secondary-text, var(--socle-color-action-secondary-text, #1f3d99));
    --_socle-button-border: var(
      --socle-button-secondary-border,
      var(--socle-color-action-secondary-border, #1f3d99)
    );
  }

  .tertiary {
    --_socle-button-background: var(--socle-button-tertiary-background, transparent);
    --_socle-button-background-hover: var(
      --socle-button-tertiary-background-hover,
      var(--socle-color-action-tertiary-background-hover, #eeeeee)
    );
    --_socle-button-text: var(--socle-button-tertiary-text, var(--socle-color-action-tertiary-text, #1f3d99));
    --_socle-button-border: var(--socle-button-tertiary-border, transparent);

    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .sm {
    min-height: var(--socle-button-min-height-sm, 2rem);
    padding-block: var(--socle-button-padding-block-sm, 0.25rem);
    padding-inline: var(--socle-button-padding-inline-sm, 0.75rem);
    font-size: var(--socle-button-font-size-sm, var(--socle-font-size-sm, 0.875rem));
  }

  .lg {
    min-height: var(--socle-button-min-height-lg, 3rem);
    padding-block: var(--socle-button-padding-block-lg, 0.75rem);
    padding-inline: var(--socle-button-padding-inline-lg, 1.5rem);
    font-size: var(--socle-button-font-size-lg, var(--socle-font-size-lg, 1.125rem));
  }

  .disabled {
    --_socle-button-background: var(--socle-color-background-disabled, #e5e5e5);
    --_socle-button-text: var(--socle-color-text-disabled, #666666);
    --_socle-button-border: transparent;

    cursor: not-allowed;
  }

  .icon-end {
    flex-direction: row-reverse;
  }

  ::slotted([slot='icon']) {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }

    .disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
