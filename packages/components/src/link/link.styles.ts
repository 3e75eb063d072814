import { css } from 'lit';

export const linkStyles = css`
  :host {
    display: inline;
  }

  .link {
    color: var(--socle-link-color, var(--socle-color-text-link, #1f3d99));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: var(--socle-link-color-hover, var(--socle-color-text-link-hover, #162c70));
    text-decoration-thickness: 2px;
  }

  .link:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .details {
    font-size: 0.875em;
  }

  .icon {
    width: 1em;
    height: 1em;
    margin-inline-start: 0.25em;
    vertical-align: -0.125em;
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
  }
`;
