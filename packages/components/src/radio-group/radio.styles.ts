import { css } from 'lit';

export const radioStyles = css`
  .box {
    border-radius: 50%;
  }

  .conditional {
    margin-block-start: var(--socle-space-3, 0.75rem);
    margin-inline-start: calc(0.75rem - var(--socle-border-width-thick, 4px) / 2);
    padding-inline-start: calc(0.75rem + var(--socle-space-3, 0.75rem));
    border-inline-start: var(--socle-border-width-thick, 4px) solid var(--socle-color-border-default, #929292);
  }
`;
