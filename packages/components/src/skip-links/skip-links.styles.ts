import { css } from 'lit';

export const skipLinksStyles = css`
  :host {
    display: block;
  }

  /* Hidden from sight, not from assistive technologies, until a link has focus. */
  :host(:not(:focus-within)) .skip-links {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .skip-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-4, 1rem);
    padding: var(--socle-space-3, 0.75rem) var(--socle-space-4, 1rem);
    background: var(--socle-skip-links-background, var(--socle-color-background-subtle, #f6f6f6));
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-4, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .extra {
    display: contents;
  }

  .link,
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    color: var(--socle-color-text-link, #1f3d99);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  @media (forced-colors: active) {
    .skip-links {
      border: 1px solid CanvasText;
    }
  }
`;
