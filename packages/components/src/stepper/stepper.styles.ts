import { css } from 'lit';

export const stepperStyles = css`
  :host {
    display: block;
  }

  .stepper {
    --_socle-stepper-bar-color: var(--socle-stepper-bar-color, var(--socle-color-action-primary-background, #1f3d99));
    --_socle-stepper-bar-track: var(--socle-stepper-bar-track, var(--socle-color-border-strong, #767676));

    margin-block-end: var(--socle-space-6, 1.5rem);
  }

  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--socle-space-1, 0.25rem);
    margin: 0 0 var(--socle-space-3, 0.75rem);
    font-size: var(--socle-font-size-xl, 1.5rem);
    font-weight: var(--socle-font-weight-bold, 700);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .state {
    font-size: var(--socle-font-size-sm, 0.875rem);
    font-weight: var(--socle-font-weight-regular, 400);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .bar {
    display: flex;
    gap: var(--socle-space-1, 0.25rem);
    margin-block-end: var(--socle-space-3, 0.75rem);
  }

  .segment {
    flex: 1;
    height: 0.5rem;
    background: var(--_socle-stepper-bar-track);
  }

  .segment.done {
    background: var(--_socle-stepper-bar-color);
  }

  .next {
    margin: 0;
    font-size: var(--socle-font-size-sm, 0.875rem);
    color: var(--socle-color-text-muted, #5a5a5a);
  }

  .next-label {
    font-weight: var(--socle-font-weight-bold, 700);
  }

  @media (forced-colors: active) {
    .segment {
      background: Canvas;
      border: 1px solid CanvasText;
    }

    .segment.done {
      background: Highlight;
      border-color: Highlight;
    }
  }
`;
