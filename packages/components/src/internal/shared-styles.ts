import { css } from 'lit';

// Elements compose these into one stylesheet, as in
// css`${baseStyles}${fieldStyles}${ownStyles}`, rather than listing them in
// an array: each shadow root adopts every sheet of the array, and style
// matching costs per adopted sheet, so one sheet renders a page of many
// fields faster (measured on 1,000 socle-input in Chromium).

/**
 * Styles shared by every element. Each custom property falls back to a
 * literal so that an element renders legibly without any theme file.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--socle-font-family-body, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    color: var(--socle-color-text-default, #161616);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** Focus indicator: WCAG 2.4.7 and 2.4.13, at least 2 px and 3:1 against the page. */
export const focusRing = css`
  :focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }
`;

/** Label, hint, required marker and error message of form controls. */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-1, 0.25rem);
  }

  .label {
    font-size: var(--socle-font-size-md, 1rem);
    font-weight: var(--socle-font-weight-medium, 500);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .required {
    font-weight: var(--socle-font-weight-regular, 400);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .hint {
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .error {
    font-size: var(--socle-font-size-sm, 0.875rem);
    font-weight: var(--socle-font-weight-bold, 700);
    color: var(--socle-color-status-error-text, #b00020);
  }
`;

/**
 * Box of text-like controls (`<input>`, `<textarea>`, `<select>`): border,
 * error border, focus, read-only and disabled states. The box is at least
 * 2.5 rem high, above the 24 px target of WCAG 2.5.8.
 */
export const controlBoxStyles = css`
  .control {
    --_socle-control-border: var(--socle-input-border, var(--socle-color-border-input, #6a6a6a));

    box-sizing: border-box;
    width: 100%;
    min-height: var(--socle-input-min-height, 2.5rem);
    margin: 0;
    padding-block: var(--socle-input-padding-block, 0.5rem);
    padding-inline: var(--socle-input-padding-inline, 0.75rem);
    border: var(--socle-border-width-thin, 1px) solid var(--_socle-control-border);
    border-radius: var(--socle-input-radius, var(--socle-radius-sm, 0.25rem));
    background: var(--socle-input-background, var(--socle-color-background-default, #ffffff));
    color: var(--socle-input-text, var(--socle-color-text-default, #161616));
    font: inherit;
    font-size: var(--socle-font-size-md, 1rem);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .control:focus-visible {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .control[aria-invalid='true'] {
    --_socle-control-border: var(--socle-input-border-error, var(--socle-color-status-error-border, #b00020));

    border-width: var(--socle-border-width-medium, 2px);
  }

  .control:disabled {
    --_socle-control-border: var(--socle-color-border-disabled, #b0b0b0);

    background: var(--socle-color-background-disabled, #e5e5e5);
    color: var(--socle-color-text-disabled, #666666);
    cursor: not-allowed;
  }

  .control:read-only:not(:disabled, select) {
    background: var(--socle-color-background-subtle, #f6f6f6);
  }

  @media (forced-colors: active) {
    .control {
      border-color: FieldText;
    }

    .control:disabled {
      border-color: GrayText;
    }
  }
`;
