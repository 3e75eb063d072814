import { css } from 'lit';

export const tabsStyles = css`
  :host {
    display: block;
  }

  .tablist {
    display: flex;
    gap: var(--socle-space-1, 0.25rem);
    overflow-x: auto;
    border-block-end: var(--socle-border-width-thin, 1px) solid
      var(--socle-tabs-border, var(--socle-color-border-default, #dddddd));
  }
`;

/** Styles of `socle-tab` and `socle-tab-panel`, which style their own host. */
export const tabStyles = css`
  :host([role='tab']) {
    display: inline-flex;
    flex: none;
    align-items: center;
    min-height: 2.75rem;
    padding: var(--socle-space-2, 0.5rem) var(--socle-space-4, 1rem);
    border-block-end: var(--socle-border-width-thick, 4px) solid transparent;
    color: var(--socle-color-text-default, #161616);
    font-weight: var(--socle-font-weight-medium, 500);
    cursor: pointer;
    user-select: none;
  }

  :host([role='tab']:hover) {
    background: var(--socle-color-action-tertiary-background-hover, #eeeeee);
  }

  :host([aria-selected='true']) {
    border-block-end-color: var(--socle-tabs-indicator, var(--socle-color-action-primary-background, #1f3d99));
    color: var(--socle-color-text-link, #1f3d99);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  :host([role='tabpanel']) {
    display: block;
    padding-block: var(--socle-space-4, 1rem);
  }

  :host(:focus-visible) {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: calc(-1 * var(--socle-focus-width, 2px));
  }

  @media (forced-colors: active) {
    :host([aria-selected='true']) {
      border-block-end-color: Highlight;
    }
  }
`;
