import { css } from 'lit';

export const tagStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }

  .tag {
    --_socle-tag-background: var(--socle-tag-background, var(--socle-color-background-subtle, #eeeeee));
    --_socle-tag-text: var(--socle-tag-text, var(--socle-color-text-default, #161616));

    display: inline-flex;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem);
    min-height: 2rem;
    padding: var(--socle-space-1, 0.25rem) var(--socle-space-3, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid transparent;
    border-radius: var(--socle-radius-full, 999px);
    background: var(--_socle-tag-background);
    color: var(--_socle-tag-text);
    font: inherit;
    font-size: var(--socle-font-size-sm, 0.875rem);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .sm {
    min-height: 1.5rem;
    padding: 0 var(--socle-space-2, 0.5rem);
    font-size: var(--socle-font-size-xs, 0.75rem);
  }

  .selectable {
    border-color: var(--socle-color-action-secondary-border, #1f3d99);
    background: var(--socle-color-background-default, #ffffff);
    color: var(--socle-color-action-secondary-text, #1f3d99);
    cursor: pointer;
  }

  .selectable:hover {
    background: var(--socle-color-action-secondary-background-hover, #e8edff);
  }

  .selectable[aria-pressed='true'] {
    background: var(--socle-tag-selected-background, var(--socle-color-action-primary-background, #1f3d99));
    color: var(--socle-color-action-primary-text, #ffffff);
  }

  .dismissible {
    padding-inline-end: var(--socle-space-1, 0.25rem);
  }

  .remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.5rem;
    height: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: var(--socle-radius-full, 999px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .remove:hover {
    background: var(--socle-color-action-tertiary-background-hover, rgb(0 0 0 / 8%));
  }

  .remove svg,
  .check {
    width: 1rem;
    height: 1rem;
  }

  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }

    .selectable[aria-pressed='true'] {
      border-width: var(--socle-border-width-thick, 4px);
    }
  }
`;
