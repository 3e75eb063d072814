import { css } from 'lit';

export const summaryListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .heading {
    margin: 0 0 var(--socle-space-3, 0.75rem);
    font-size: var(--socle-font-size-lg, 1.25rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .list {
    margin: 0 0 var(--socle-space-6, 1.5rem);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: var(--socle-space-1, 0.25rem) var(--socle-space-4, 1rem);
    padding-block: var(--socle-space-3, 0.75rem);
    border-block-end: var(--socle-border-width-thin, 1px) solid
      var(--socle-summary-list-border, var(--socle-color-border-default, #dddddd));
  }

  .key {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .value,
  .actions {
    margin: 0;
  }

  .value {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .empty {
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .link {
    display: inline-block;
    min-height: 24px;
    color: var(--socle-color-text-link, #1f3d99);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: var(--socle-color-text-link-hover, #162c70);
  }

  @container (max-width: 36rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
  }
`;
