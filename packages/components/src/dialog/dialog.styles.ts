import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }

  .dialog {
    box-sizing: border-box;
    width: calc(100vw - 2 * var(--socle-space-4, 1rem));
    max-width: var(--socle-dialog-width, 40rem);
    max-height: calc(100vh - 2 * var(--socle-space-4, 1rem));
    padding: 0;
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
    border-radius: var(--socle-radius-md, 0.5rem);
    background: var(--socle-color-background-raised, #ffffff);
    color: var(--socle-color-text-default, #161616);
    box-shadow: var(--socle-elevation-3, 0 8px 24px rgb(0 0 0 / 24%));
  }

  .dialog::backdrop {
    background: var(--socle-dialog-backdrop, var(--socle-color-background-overlay, rgb(0 0 0 / 50%)));
  }

  .dialog:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--socle-space-4, 1rem);
    padding: var(--socle-space-4, 1rem) var(--socle-space-6, 1.5rem) 0;
  }

  .title {
    margin: var(--socle-space-2, 0.5rem) 0 0;
    font-size: var(--socle-font-size-xl, 1.375rem);
    font-family: var(--socle-font-family-heading, inherit);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .close {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem);
    min-height: 2.5rem;
    padding: var(--socle-space-2, 0.5rem) var(--socle-space-3, 0.75rem);
    border: 0;
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: transparent;
    color: var(--socle-color-action-tertiary-text, #1f3d99);
    font: inherit;
    font-size: var(--socle-font-size-sm, 0.875rem);
    cursor: pointer;
  }

  .close:hover {
    background: var(--socle-color-action-tertiary-background-hover, #eeeeee);
  }

  .close svg {
    width: 1rem;
    height: 1rem;
  }

  .body {
    padding: var(--socle-space-4, 1rem) var(--socle-space-6, 1.5rem);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--socle-space-3, 0.75rem);
    padding: 0 var(--socle-space-6, 1.5rem) var(--socle-space-6, 1.5rem);
  }

  .footer[hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    .dialog {
      border-color: CanvasText;
    }

    .close {
      border: 1px solid ButtonText;
    }
  }
`;
