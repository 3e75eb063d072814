import { css } from 'lit';

export const footerStyles = css`
  :host {
    display: block;
  }

  .footer {
    padding: var(--socle-space-6, 1.5rem) var(--socle-space-4, 1rem) var(--socle-space-4, 1rem);
    background: var(--socle-footer-background, var(--socle-color-background-default, #ffffff));
    border-block-start: var(--socle-border-width-thick, 3px) solid
      var(--socle-footer-accent, var(--socle-color-action-primary-background, #1f3d99));
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  a {
    color: var(--socle-color-text-default, #161616);
    text-underline-offset: 0.2em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-6, 1.5rem);
  }

  .links ::slotted(*) {
    margin-block-end: var(--socle-space-4, 1rem);
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-6, 1.5rem);
    justify-content: space-between;
    padding-block-end: var(--socle-space-4, 1rem);
  }

  .content {
    flex: 1 1 20rem;
    max-width: 44rem;
  }

  .description ::slotted(*),
  .description p {
    margin-block: 0 var(--socle-space-3, 0.75rem);
  }

  .state-links,
  .legal {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--socle-space-4, 1rem);
    row-gap: var(--socle-space-1, 0.25rem);
  }

  .state-links a {
    display: inline-block;
    padding-block: var(--socle-space-1, 0.25rem);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .bottom {
    padding-block-start: var(--socle-space-3, 0.75rem);
    border-block-start: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
    color: var(--socle-color-text-muted, #5a5a5a);
    font-size: var(--socle-font-size-xs, 0.75rem);
  }

  .legal a,
  .cookies {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .cookies {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .licence {
    margin: var(--socle-space-3, 0.75rem) 0 0;
  }

  @media (forced-colors: active) {
    .cookies {
      color: LinkText;
    }
  }
`;
