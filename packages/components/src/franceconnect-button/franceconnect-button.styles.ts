import { css } from 'lit';

/*
 * The providers fix the sign-in button's colours, typeface, wording and size,
 * so a service may not restyle it. That is why `.button` uses literal values
 * instead of --socle tokens and no part exposes its colours. Only the focus
 * indicator follows the theme, because it must contrast with the page around
 * the button. The help link and the "ou" separator sit on the page, so they
 * use the theme's text colours like any other page text.
 *
 * NOTE: the values follow the DSFR "connect" component (DSFR 1.10: 3.5rem
 * high, blue #000091 with hover #1212ff and active #2323ff). Check them
 * against the provider's current integration kit when it changes.
 */
export const franceconnectButtonStyles = css`
  :host {
    display: block;
  }

  .provider {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--socle-space-2, 0.5rem);
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    box-sizing: border-box;
    min-height: 3.5rem;
    padding: 0.75rem 1rem;
    border: 0;
    border-radius: 0;
    background: #000091;
    color: #f5f5fe;
    font-family: Marianne, arial, sans-serif;
    line-height: 1.25;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: #1212ff;
  }

  .button:active {
    background: #2323ff;
  }

  .button:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
  }

  .logo {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2.5rem;
    height: 2.5rem;
  }

  .logo[hidden] {
    display: none;
  }

  .logo img,
  ::slotted([slot='logo']) {
    display: block;
    max-width: 100%;
    max-height: 100%;
  }

  .text {
    display: flex;
    flex-direction: column;
  }

  .login {
    font-size: 0.9375rem;
    font-weight: 400;
  }

  .brand {
    font-size: 1.125rem;
    font-weight: 700;
  }

  .help {
    margin: 0;
    font-size: var(--socle-font-size-sm, 0.875rem);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .help a {
    color: var(--socle-color-text-link, #1f3d99);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .help a:hover {
    color: var(--socle-color-text-link-hover, #162c70);
  }

  .help svg {
    width: 1em;
    height: 1em;
    margin-inline-start: 0.25em;
    vertical-align: -0.125em;
  }

  .separator {
    display: flex;
    align-items: center;
    gap: var(--socle-space-3, 0.75rem);
    max-width: 26rem;
    margin-block: var(--socle-space-4, 1rem) 0;
    color: var(--socle-color-text-default, #161616);
  }

  .separator::before,
  .separator::after {
    content: '';
    flex: 1;
    border-block-start: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #6a6a6a);
  }

  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }

    .separator::before,
    .separator::after {
      border-color: CanvasText;
    }
  }
`;
