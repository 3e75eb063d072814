import { css } from 'lit';

export const accordionStyles = css`
  :host {
    display: block;
  }

  .accordion {
    border-block-end: var(--socle-border-width-thin, 1px) solid
      var(--socle-accordion-border, var(--socle-color-border-default, #dddddd));
  }
`;

export const accordionItemStyles = css`
  :host {
    display: block;
    border-block-start: var(--socle-border-width-thin, 1px) solid
      var(--socle-accordion-border, var(--socle-color-border-default, #dddddd));
  }

  .header {
    margin: 0;
    font-size: var(--socle-font-size-md, 1rem);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--socle-space-3, 0.75rem);
    width: 100%;
    min-height: 2.75rem;
    padding: var(--socle-space-3, 0.75rem) var(--socle-space-4, 1rem);
    border: 0;
    background: transparent;
    color: var(--socle-color-text-link, #1f3d99);
    font: inherit;
    font-weight: var(--socle-font-weight-bold, 700);
    text-align: start;
    cursor: pointer;
  }

  .button:hover {
    background: var(--socle-color-action-tertiary-background-hover, #eeeeee);
  }

  .chevron {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    transition: transform var(--socle-motion-duration-normal, 200ms) var(--socle-motion-easing-standard, ease);
  }

  .button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  /*
   * The panel sets no display, padding or border: a panel with
   * hidden="until-found" is hidden by content-visibility, which would still
   * show its own box.
   */
  .content {
    padding: var(--socle-space-2, 0.5rem) var(--socle-space-4, 1rem) var(--socle-space-4, 1rem);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .button {
      color: ButtonText;
    }
  }
`;
