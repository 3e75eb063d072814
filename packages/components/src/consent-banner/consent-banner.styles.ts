import { css } from 'lit';

export const consentBannerStyles = css`
  :host {
    display: block;
  }

  .banner {
    --_socle-consent-background: var(
      --socle-consent-banner-background,
      var(--socle-color-background-raised, #ffffff)
    );

    padding: var(--socle-space-4, 1rem) var(--socle-space-6, 1.5rem);
    border-block: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
    background: var(--_socle-consent-background);
    color: var(--socle-color-text-default, #161616);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .title {
    margin: 0 0 var(--socle-space-2, 0.5rem);
    font-family: var(--socle-font-family-heading, inherit);
    font-size: var(--socle-font-size-lg, 1.125rem);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .description {
    margin: 0 0 var(--socle-space-4, 1rem);
  }

  .description ::slotted(*) {
    margin-block: 0;
  }

  /*
   * Every choice button has the same class, so "Tout refuser" is exactly as
   * visible as "Tout accepter". The CNIL guidelines and recommendation on
   * cookies of 17 September 2020 require refusing to be as easy as accepting.
   * Equal grid columns give the three the same width.
   */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: var(--socle-space-3, 0.75rem);
    max-width: 40rem;
  }

  .action {
    box-sizing: border-box;
    min-height: var(--socle-button-min-height-md, 2.5rem);
    margin: 0;
    padding-block: var(--socle-button-padding-block-md, 0.5rem);
    padding-inline: var(--socle-button-padding-inline-md, 1rem);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-button-primary-border, transparent);
    border-radius: var(--socle-button-radius, var(--socle-radius-sm, 0.25rem));
    background: var(--socle-button-primary-background, var(--socle-color-action-primary-background, #1f3d99));
    color: var(--socle-button-primary-text, var(--socle-color-action-primary-text, #ffffff));
    font: inherit;
    font-size: var(--socle-button-font-size-md, var(--socle-font-size-md, 1rem));
    font-weight: var(--socle-font-weight-medium, 500);
    line-height: var(--socle-line-height-tight, 1.25);
    cursor: pointer;
  }

  .action:hover {
    background: var(
      --socle-button-primary-background-hover,
      var(--socle-color-action-primary-background-hover, #162c70)
    );
  }

  .action:focus-visible,
  .radio input:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .dialog-actions {
    margin-block-end: var(--socle-space-4, 1rem);
  }

  .intro {
    margin: 0 0 var(--socle-space-4, 1rem);
  }

  .purpose {
    margin: 0;
    padding: var(--socle-space-4, 1rem) 0;
    border: 0;
    border-block-start: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
  }

  .purpose legend {
    padding: 0;
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .purpose-description,
  .locked {
    margin: var(--socle-space-1, 0.25rem) 0 var(--socle-space-2, 0.5rem);
    color: var(--socle-color-text-muted, #5a5a5a);
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .locked {
    color: var(--socle-color-text-default, #161616);
    font-weight: var(--socle-font-weight-medium, 500);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-2, 0.5rem) var(--socle-space-6, 1.5rem);
  }

  .radio {
    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-2, 0.5rem);
    min-height: 1.5rem;
    cursor: pointer;
  }

  .radio input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--socle-color-action-primary-background, #1f3d99);
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }

    .action {
      border-color: ButtonText;
    }
  }
`;
