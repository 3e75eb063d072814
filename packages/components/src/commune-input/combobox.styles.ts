import { css } from 'lit';

/** Pop-up list, options and status line of the comboboxes. */
export const comboboxStyles = css`
  :host {
    display: block;
  }

  .combobox {
    --_socle-combobox-option-active: var(--socle-combobox-option-active-background, var(--socle-color-background-subtle, #eef1f8));

    position: relative;
    max-width: var(--socle-input-max-width, 100%);
  }

  .listbox {
    position: absolute;
    z-index: var(--socle-combobox-z-index, 10);
    inset-inline: 0;
    top: calc(100% + var(--socle-space-1, 0.25rem));
    max-height: var(--socle-combobox-max-height, 18rem);
    margin: 0;
    padding: var(--socle-space-1, 0.25rem) 0;
    overflow-y: auto;
    list-style: none;
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-input, #6a6a6a);
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: var(--socle-color-background-raised, var(--socle-color-background-default, #ffffff));
    color: var(--socle-color-text-default, #161616);
    box-shadow: 0 4px 12px rgb(0 0 0 / 16%);
  }

  .listbox[hidden] {
    display: none;
  }

  .option {
    display: flex;
    flex-direction: column;
    min-height: 2.75rem;
    justify-content: center;
    padding: var(--socle-space-2, 0.5rem) var(--socle-space-3, 0.75rem);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }

  .option:hover,
  .option[aria-selected='true'] {
    background: var(--_socle-combobox-option-active);
    border-inline-start-color: var(--socle-color-focus-ring, #0a76f6);
  }

  .option-name {
    font-weight: var(--socle-font-weight-medium, 500);
  }

  .option-detail {
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .status {
    margin-top: var(--socle-space-1, 0.25rem);
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .status[data-state='error'] {
    font-weight: var(--socle-font-weight-bold, 700);
    color: var(--socle-color-status-error-text, #b00020);
  }

  @media (forced-colors: active) {
    .listbox {
      border-color: CanvasText;
    }

    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .option[aria-selected='true'] .option-detail {
      color: HighlightText;
    }
  }
`;
