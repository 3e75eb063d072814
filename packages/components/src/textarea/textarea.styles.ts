import { css } from 'lit';

export const textareaStyles = css`
  :host {
    display: block;
  }

  .control {
    display: block;
    resize: vertical;
  }

  .auto-grow {
    overflow-y: hidden;
    resize: none;
  }

  .count {
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .count.over {
    font-weight: var(--socle-font-weight-bold, 700);
    color: var(--socle-color-status-error-text, #b00020);
  }
`;
