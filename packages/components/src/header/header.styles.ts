import { css } from 'lit';

export const headerStyles = css`
  :host {
    display: block;
  }

  .header {
    --_socle-header-background: var(
      --socle-header-background,
      var(--socle-color-background-default, #ffffff)
    );
    --_socle-header-current: var(
      --socle-header-current,
      var(--socle-color-action-primary-background, #1f3d99)
    );

    container: socle-header / inline-size;
    background: var(--_socle-header-background);
    border-block-end: var(--socle-border-width-thin, 1px) solid
      var(--socle-header-border, var(--socle-color-border-default, #dddddd));
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--socle-space-4, 1rem);
    padding: var(--socle-space-4, 1rem);
  }

  .identity {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-4, 1rem);
  }

  .service-name {
    margin: 0;
    font-size: var(--socle-font-size-lg, 1.125rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .service-tagline {
    margin: 0;
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-3, 0.75rem);
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-3, 0.75rem);
  }

  /* Links given directly in the tools and account slots; nested links keep the page's styles. */
  .tools ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    color: var(--socle-color-text-default, #161616);
    text-underline-offset: 0.2em;
  }

  .menu-button,
  .submenu-button {
    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-2, 0.5rem);
    min-height: 2.75rem;
    margin: 0;
    padding-block: var(--socle-space-2, 0.5rem);
    padding-inline: var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid transparent;
    border-radius: var(--socle-radius-sm, 0.25rem);
    background: transparent;
    color: var(--socle-color-text-default, #161616);
    font: inherit;
    cursor: pointer;
  }

  .menu-button {
    display: none;
    border-color: var(--socle-color-border-strong, #6a6a6a);
  }

  .menu-icon,
  .chevron {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .submenu-button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .menu-button:hover,
  .submenu-button:hover,
  .link:hover {
    background: var(--socle-color-action-tertiary-background-hover, #eeeeee);
  }

  .navigation {
    padding-inline: var(--socle-space-4, 1rem);
  }

  .nav-list,
  .submenu {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-1, 0.25rem);
  }

  .item {
    position: relative;
  }

  .link {
    display: flex;
    align-items: center;
    min-height: 2.75rem;
    padding-block: var(--socle-space-2, 0.5rem);
    padding-inline: var(--socle-space-3, 0.75rem);
    color: var(--socle-color-text-default, #161616);
    text-decoration: none;
  }

  .link[aria-current='page'],
  .current-section {
    box-shadow: inset 0 -3px 0 var(--_socle-header-current);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .submenu {
    position: absolute;
    z-index: 10;
    min-width: 16rem;
    padding-block: var(--socle-space-2, 0.5rem);
    background: var(--socle-color-background-raised, #ffffff);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
    box-shadow: var(--socle-elevation-2, 0 2px 6px rgb(0 0 0 / 16%));
  }

  .submenu .link[aria-current='page'] {
    box-shadow: inset 3px 0 0 var(--_socle-header-current);
  }

  .submenu[hidden] {
    display: none;
  }

  /* Below 62em of the header's own width, the navigation collapses behind the Menu button. */
  @container socle-header (max-width: 61.99em) {
    .menu-button {
      display: inline-flex;
    }

    .navigation:not(.open) {
      display: none;
    }

    .navigation {
      padding-block-end: var(--socle-space-4, 1rem);
    }

    .nav-list {
      flex-direction: column;
    }

    .submenu {
      position: static;
      min-width: 0;
      padding-inline-start: var(--socle-space-4, 1rem);
      border: 0;
      box-shadow: none;
    }

    .link[aria-current='page'],
    .current-section {
      box-shadow: inset 3px 0 0 var(--_socle-header-current);
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform var(--socle-motion-duration-fast, 100ms) var(--socle-motion-easing-standard, ease);
    }
  }

  @media (forced-colors: active) {
    .menu-button,
    .submenu-button {
      border-color: ButtonText;
    }

    .link[aria-current='page'],
    .current-section {
      text-decoration: underline;
    }

    .submenu {
      border-color: CanvasText;
    }
  }
`;
