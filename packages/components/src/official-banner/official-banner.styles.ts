import { css } from 'lit';

export const officialBannerStyles = css`
  :host {
    display: block;
  }

  .banner {
    background: var(--socle-official-banner-background, var(--socle-color-background-subtle, #f6f6f6));
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--socle-space-3, 0.75rem);
    padding-inline: var(--socle-space-4, 1rem);
  }

  p {
    margin: 0;
  }

  .title {
    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-2, 0.5rem);
    padding-block: var(--socle-space-1, 0.25rem);
  }

  .flag {
    flex: none;
    width: 1.5em;
    height: 1em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem);
    min-height: 1.5rem;
    margin: 0;
    padding: var(--socle-space-1, 0.25rem);
    border: 0;
    background: none;
    color: var(--socle-color-text-link, #1f3d99);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .chevron,
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .explanation {
    display: flex;
    flex-wrap: wrap;
    gap: var(--socle-space-4, 1rem) var(--socle-space-8, 2rem);
    padding: var(--socle-space-3, 0.75rem) var(--socle-space-4, 1rem) var(--socle-space-4, 1rem);
  }

  .explanation[hidden] {
    display: none;
  }

  .point {
    display: flex;
    flex: 1 1 18rem;
    gap: var(--socle-space-3, 0.75rem);
  }

  .point-title {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform var(--socle-motion-duration-fast, 100ms) var(--socle-motion-easing-standard, ease);
    }
  }

  @media (forced-colors: active) {
    .button {
      color: LinkText;
    }
  }
`;
