import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { refusalError } from './qualite-step.js';
import type { RequestHost } from './request-host.js';
import type { FieldKey } from './request-model.js';

/** A control rendered for one answer: a Socle form control, or a radio group. */
type AnswerControl = HTMLElement & {
  label?: string;
  checkValidity(): boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  updateComplete?: Promise<unknown>;
};

function currentControls(root: ParentNode): AnswerControl[] {
  return Array.from(root.querySelectorAll<AnswerControl>('.step [data-field]')).filter(
    (control) => typeof control.checkValidity === 'function' && control.validity !== undefined,
  );
}

/**
 * Checks the current step: each control's own constraints and the errors
 * reported on its field, then, on step 2, the rule that no control checks:
 * a document refused to the chosen qualité. Returns the summary entries,
 * empty when the step is valid. With `display`, each invalid control also
 * shows its message.
 */
export async function checkStep(host: RequestHost, display: boolean): Promise<ErrorSummaryItem[]> {
  const controls = currentControls(host.root());
  await Promise.all(controls.map((control) => control.updateComplete));
  const fieldErrors = host.fieldErrors();
  const items: ErrorSummaryItem[] = [];
  for (const control of controls) {
    const field = control.dataset['field'] as FieldKey;
    if (control.validity.valid && fieldErrors[field] === undefined) continue;
    // A dispatched `invalid` event makes Socle controls display their message without a browser bubble.
    if (display) control.dispatchEvent(new Event('invalid', { cancelable: true }));
    const label = (control.label ?? '').replace(/\s+/g, ' ').trim();
    const message = control.validationMessage || fieldErrors[field] || '';
    const text = !label || message.includes(label) ? message : host.label('ecr.errorWithLabel', { label, message });
    items.push({ element: control, message: text });
  }

  if (host.step() === 2 && items.length === 0) {
    const refusal = refusalError(host);
    if (refusal) items.push(refusal);
  }
  return items;
}
