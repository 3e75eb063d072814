import { css } from 'lit';

export const breadcrumbStyles = css`
  :host {
    display: block;
    container: socle-breadcrumb / inline-size;
  }

  .breadcrumb {
    --_socle-breadcrumb-text: var(--socle-breadcrumb-text, var(--socle-color-text-muted, #5a5a5a));

    color: var(--_socle-breadcrumb-text);
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .button {
    display: none;
    min-height: 1.5rem;
    margin: 0;
    padding: var(--socle-space-1, 0.25rem) 0;
    border: 0;
    background: none;
    color: var(--socle-color-text-link, #1f3d99);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem);
  }

  .separator {
    flex: none;
    width: 1em;
    height: 1em;
  }

  .link {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    color: var(--_socle-breadcrumb-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .current {
    color: var(--socle-color-text-default, #161616);
    font-weight: var(--socle-font-weight-medium, 500);
  }

  a.current {
    text-decoration: none;
  }

  /* Below 48em of the element's own width, the trail collapses behind the button. */
  @container socle-breadcrumb (max-width: 47.99em) {
    .button {
      display: inline-flex;
      align-items: center;
    }

    .breadcrumb:not(.expanded) .list {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .button {
      color: LinkText;
    }
  }
`;
