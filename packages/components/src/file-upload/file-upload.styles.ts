import { css } from 'lit';

export const fileUploadStyles = css`
  :host {
    display: block;
  }

  .dropzone {
    --_socle-file-upload-border: var(
      --socle-file-upload-dropzone-border,
      var(--socle-color-border-input, #6a6a6a)
    );

    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-3, 0.75rem);
    padding: var(--socle-space-4, 1rem);
    border: var(--socle-border-width-medium, 2px) dashed var(--_socle-file-upload-border);
    border-radius: var(--socle-radius-md, 0.5rem);
    background: var(--socle-color-background-default, #ffffff);
  }

  .dropzone.dragging {
    --_socle-file-upload-border: var(--socle-color-focus-ring, #0a76f6);

    background: var(--socle-file-upload-dropzone-background, var(--socle-color-background-subtle, #f6f6f6));
  }

  .dropzone.disabled {
    --_socle-file-upload-border: var(--socle-color-border-disabled, #b0b0b0);

    background: var(--socle-color-background-disabled, #e5e5e5);
    color: var(--socle-color-text-disabled, #666666);
  }

  /* The visible button is the label of the visually hidden native input. */
  .choose {
    display: inline-flex;
    align-items: center;
    min-height: var(--socle-button-min-height-md, 2.5rem);
    padding-block: var(--socle-button-padding-block-md, 0.5rem);
    padding-inline: var(--socle-button-padding-inline-md, 1rem);
    border: var(--socle-border-width-thin, 1px) solid
      var(--socle-button-secondary-border, var(--socle-color-action-secondary-border, #1f3d99));
    border-radius: var(--socle-button-radius, var(--socle-radius-sm, 0.25rem));
    background: var(--socle-button-secondary-background, var(--socle-color-action-secondary-background, transparent));
    color: var(--socle-button-secondary-text, var(--socle-color-action-secondary-text, #1f3d99));
    font-weight: var(--socle-font-weight-medium, 500);
    cursor: pointer;
  }

  .choose:hover {
    background: var(
      --socle-button-secondary-background-hover,
      var(--socle-color-action-secondary-background-hover, #e8edff)
    );
  }

  .native:focus-visible + .choose {
    outline: var(--socle-focus-width, 2px) solid var(--socle-color-focus-ring, #0a76f6);
    outline-offset: var(--socle-focus-offset, 2px);
  }

  .native:disabled + .choose {
    border-color: var(--socle-color-border-disabled, #b0b0b0);
    background: var(--socle-color-background-disabled, #e5e5e5);
    color: var(--socle-color-text-disabled, #666666);
    cursor: not-allowed;
  }

  .files {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-2, 0.5rem);
    margin: var(--socle-space-3, 0.75rem) 0 0;
    padding: 0;
    list-style: none;
  }

  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--socle-space-1, 0.25rem) var(--socle-space-3, 0.75rem);
    padding-block: var(--socle-space-2, 0.5rem);
    border-block-end: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
  }

  .file.invalid {
    border-inline-start: var(--socle-border-width-thick, 4px) solid var(--socle-color-status-error-border, #b00020);
    padding-inline-start: var(--socle-space-2, 0.5rem);
  }

  .file-name {
    font-weight: var(--socle-font-weight-medium, 500);
    overflow-wrap: anywhere;
  }

  .file-size {
    color: var(--socle-color-text-muted, #5a5a5a);
    font-size: var(--socle-font-size-sm, 0.875rem);
  }

  .remove {
    min-height: 1.5rem;
    margin-inline-start: auto;
    padding: var(--socle-space-1, 0.25rem) var(--socle-space-2, 0.5rem);
    border: 0;
    background: transparent;
    color: var(--socle-color-action-tertiary-text, #1f3d99);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .remove:hover {
    background: var(--socle-color-action-tertiary-background-hover, #eeeeee);
  }

  .file-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--socle-color-status-error-text, #b00020);
    font-size: var(--socle-font-size-sm, 0.875rem);
    font-weight: var(--socle-font-weight-bold, 700);
  }

  .none {
    margin: var(--socle-space-2, 0.5rem) 0 0;
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  @media (forced-colors: active) {
    .choose {
      border-color: ButtonText;
    }

    .native:disabled + .choose {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
