import { css } from 'lit';

export const selectStyles = css`
  :host {
    display: block;
  }

  .wrapper {
    max-width: var(--socle-select-max-width, 100%);
  }

  .control {
    padding-inline-end: var(--socle-space-8, 2rem);
    cursor: pointer;
  }

  .control[aria-readonly='true'] {
    background: var(--socle-color-background-subtle, #f6f6f6);
    cursor: default;
  }
`;
