import type { MessageKey } from '../internal/i18n.js';

/** A field that takes part in constraint validation: a native control or a form-associated custom element. */
export type ValidatableControl = HTMLElement & {
  checkValidity(): boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate?: boolean;
};

/** Translates a shared validation message, such as `validity.valueMissing`, in the form's locale. */
export type Translate = (key: MessageKey, params: Record<string, string | number>) => string;

/**
 * Returns the form's controls that take part in constraint validation, in
 * document order. `form.elements` lists native controls and form-associated
 * custom elements, including those in another custom element's light DOM and
 * those tied by a `form` attribute. A group of native radios appears once,
 * through its first radio, because the whole group shares one error.
 */
export function validatableControls(form: HTMLFormElement): ValidatableControl[] {
  const controls: ValidatableControl[] = [];
  const radioGroups = new Set<string>();
  for (const element of Array.from(form.elements)) {
    if (!isValidatable(element)) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      if (radioGroups.has(element.name)) continue;
      radioGroups.add(element.name);
    }
    controls.push(element);
  }
  return controls;
}

/**
 * Returns the invalid controls of the form, in document order, after firing
 * one `invalid` event on each, as a native form submission does. Native
 * controls fire it through `checkValidity()`. Custom controls receive a
 * dispatched event instead, because Socle's `checkValidity()` marks its own
 * `invalid` event as silent, and an `invalid` event from outside is what
 * makes a control display its error message (Socle controls listen for it).
 * No browser validation bubble is shown: `reportValidity()` is never called.
 *
 * NOTE: Socle controls recompute `validity` in their Lit update, after a
 * microtask. A script that sets `value` and submits in the same task is
 * checked against the previous value; await the control's `updateComplete`
 * before `requestSubmit()`.
 */
export function invalidControls(form: HTMLFormElement): ValidatableControl[] {
  return validatableControls(form).filter((control) => {
    if (isNativeControl(control)) return !control.checkValidity();
    if (control.validity.valid) return false;
    control.dispatchEvent(new Event('invalid', { cancelable: true }));
    return true;
  });
}

function isValidatable(element: Element): element is ValidatableControl {
  if (!(element instanceof HTMLElement)) return false;
  const candidate = element as Partial<ValidatableControl>;
  if (typeof candidate.checkValidity !== 'function' || candidate.validity === undefined) return false;
  return candidate.willValidate !== false;
}

/** Whether the element is a native control, whose browser message is in the browser's language rather than the page's. */
export function isNativeControl(control: HTMLElement): control is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return (
    control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement
  );
}

/**
 * Returns the label a Socle control shows in its shadow root, without the
 * "required" marker. The identifier inputs show a built-in label (« Numéro
 * de sécurité sociale ») while their `label` property is empty.
 */
function renderedLabel(control: HTMLElement): string {
  const label = control.shadowRoot?.querySelector('[part~="form-control-label"]');
  if (!label) return '';
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('.required').forEach((marker) => marker.remove());
  return normalize(copy.textContent ?? '');
}

/**
 * Returns the visible name of a control: the `label` property of custom
 * controls or the label they render, then `aria-label`, `aria-labelledby`,
 * the legend of a radio group, the first `<label>`, `title`, and finally `name`.
 */
export function labelText(control: HTMLElement): string {
  const ownLabel = (control as { label?: unknown }).label;
  if (!isNativeControl(control) && typeof ownLabel === 'string' && ownLabel.trim()) return normalize(ownLabel);
  const shownLabel = isNativeControl(control) ? '' : renderedLabel(control);
  if (shownLabel) return shownLabel;

  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel?.trim()) return normalize(ariaLabel);

  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = control.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return normalize(text);
  }

  if (control instanceof HTMLInputElement && control.type === 'radio') {
    const legend = control.closest('fieldset')?.querySelector(':scope > legend');
    if (legend?.textContent?.trim()) return normalize(legend.textContent);
  }

  const label = (control as Partial<HTMLInputElement>).labels?.[0];
  if (label?.textContent?.trim()) return normalize(label.textContent);

  if (control.title.trim()) return normalize(control.title);
  return control.getAttribute('name') ?? '';
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Returns the error message of an invalid control in the page's language.
 * Custom controls give their own `validationMessage`; native controls get a
 * message built from their validity flags with Socle's shared messages,
 * which say how to correct the value (RGAA 11.11). A custom message set with
 * `setCustomValidity()` is kept as written.
 */
export function errorMessage(control: ValidatableControl, label: string, translate: Translate): string {
  if (!isNativeControl(control)) return control.validationMessage || translate('validity.custom', { label });

  const { validity } = control;
  if (validity.customError) return control.validationMessage;
  if (validity.valueMissing) return translate(valueMissingKey(control), { label });
  if (validity.typeMismatch) {
    const key = control.type === 'url' ? 'validity.typeMismatchUrl' : 'validity.typeMismatchEmail';
    return translate(key, { label });
  }
  if (validity.badInput) return translate('validity.badInput', { label });
  if (control instanceof HTMLSelectElement) return translate('validity.custom', { label });

  if (validity.tooShort) return translate('validity.tooShort', { label, min: control.minLength });
  if (validity.tooLong) return translate('validity.tooLong', { label, max: control.maxLength });
  if (control instanceof HTMLTextAreaElement) return translate('validity.custom', { label });

  if (validity.patternMismatch) return translate('validity.patternMismatch', { label });
  if (validity.rangeUnderflow) return translate('validity.rangeUnderflow', { label, min: control.min });
  if (validity.rangeOverflow) return translate('validity.rangeOverflow', { label, max: control.max });
  if (validity.stepMismatch) return translate('validity.stepMismatch', { label, step: control.step });
  return translate('validity.custom', { label });
}

function valueMissingKey(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): MessageKey {
  if (control instanceof HTMLSelectElement) return 'validity.valueMissingChoice';
  if (control instanceof HTMLInputElement && control.type === 'radio') return 'validity.valueMissingChoice';
  if (control instanceof HTMLInputElement && control.type === 'checkbox') return 'validity.valueMissingCheckbox';
  return 'validity.valueMissing';
}

/**
 * Returns the controls that share an error with `control`: every radio of a
 * native radio group, or the control alone.
 */
export function errorGroup(control: ValidatableControl): HTMLElement[] {
  if (control instanceof HTMLInputElement && control.type === 'radio' && control.name && control.form) {
    const named = control.form.elements.namedItem(control.name);
    if (named instanceof RadioNodeList) {
      return Array.from(named).filter((node): node is HTMLInputElement => node instanceof HTMLInputElement);
    }
  }
  return [control];
}
