import { css } from 'lit';

/** Layout of the French identifier fields and their non-blocking warning. */
export const identifierInputStyles = css`
  :host {
    display: block;
  }

  .control {
    max-width: var(--socle-identifier-input-max-width, 100%);
  }

  .warning:empty {
    display: none;
  }

  .warning {
    padding-inline-start: var(--socle-space-2, 0.5rem);
    border-inline-start: var(--socle-border-width-thick, 4px) solid
      var(--socle-color-status-warning-border, #b34000);
    color: var(--socle-color-text-default, #161616);
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .warning p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .warning {
      border-color: CanvasText;
    }
  }
`;
