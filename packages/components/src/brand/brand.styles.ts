import { css } from 'lit';

export const brandStyles = css`
  :host {
    display: inline-block;
  }

  .brand {
    --_socle-brand-gap: var(--socle-brand-gap, var(--socle-space-3, 0.75rem));

    display: inline-flex;
    align-items: center;
    gap: var(--_socle-brand-gap);
    color: inherit;
    text-decoration: none;
  }

  a.brand {
    min-height: 1.5rem;
    border-radius: var(--socle-radius-sm, 0.25rem);
  }

  a.brand:hover .name,
  a.brand:hover .republic {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .etat {
    flex-direction: column;
    align-items: flex-start;
    gap: var(--socle-space-1, 0.25rem);
  }

  .republic {
    margin: 0;
    font-size: var(--socle-font-size-md, 1rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: 1.05;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }

  .motto {
    margin: 0;
    font-size: var(--socle-font-size-xs, 0.75rem);
    font-style: italic;
    line-height: 1.1;
  }

  .logo,
  ::slotted([slot='logo']) {
    display: block;
    max-height: var(--socle-brand-logo-height, 4rem);
    width: auto;
  }

  ::slotted([slot='marianne']) {
    display: block;
    max-height: var(--socle-brand-marianne-height, 1.5rem);
    width: auto;
  }

  .name {
    font-size: var(--socle-brand-name-size, var(--socle-font-size-lg, 1.125rem));
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  @media (forced-colors: active) {
    a.brand {
      color: LinkText;
    }
  }
`;
