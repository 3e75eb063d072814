import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }

  .summary {
    --_socle-error-summary-border: var(
      --socle-error-summary-border,
      var(--socle-color-status-error-border, #b00020)
    );
    --_socle-error-summary-link: var(--socle-error-summary-link, var(--socle-color-status-error-text, #b00020));

    padding: var(--socle-space-4, 1rem) var(--socle-space-5, 1.25rem);
    margin-block-end: var(--socle-space-6, 1.5rem);
    border: var(--socle-border-width-thick, 4px) solid var(--_socle-error-summary-border);
    background: var(--socle-error-summary-background, var(--socle-color-status-error-background, #fff4f4));
    color: var(--socle-color-text-default, #161616);
  }

  /* Focus arrives programmatically after a failed submission, when :focus-visible
     may not match, so the container always shows where focus is. */
  .summary:focus {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .heading {
    margin: 0 0 var(--socle-space-3, 0.75rem);
    font-size: var(--socle-font-size-xl, 1.5rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list li + li {
    margin-block-start: var(--socle-space-2, 0.5rem);
  }

  .link {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .link {
    display: inline-block;
    min-height: 24px;
    color: var(--_socle-error-summary-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  .link:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }

    .link {
      color: LinkText;
    }
  }
`;
