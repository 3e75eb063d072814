import type { EtatCivilRequest } from '@socle/etat-civil';
import type { EtatCivilSubmitDetail } from './etat-civil-request.js';

/** The forms that the element can submit the request through, and its submission settings. */
export interface SubmitTarget {
  /** The page `<form>` that owns the element, or null. */
  ownerForm: HTMLFormElement | null;
  /** The element's own hidden form, which posts to `action`. */
  ownForm: HTMLFormElement | undefined;
  action: string;
  /** Name of the hidden input of the own form that carries the JSON request. */
  name: string;
  preventSubmit: boolean;
}

/**
 * Submits the JSON request natively: through the page form that owns the
 * element, or else through the element's own form when `action` is set.
 * Calls `beforeSubmit` first, because the submission may leave the page.
 * Returns false without submitting under `prevent-submit` or when neither
 * form applies, and the element then fires `socle-submit` instead.
 */
export function submitNatively(target: SubmitTarget, json: string, beforeSubmit: () => void): boolean {
  const { ownerForm, ownForm } = target;
  if (ownerForm && !target.preventSubmit) {
    beforeSubmit();
    ownerForm.requestSubmit();
    return true;
  }
  if (target.action && ownForm && !target.preventSubmit) {
    const field = ownForm.elements.namedItem(target.name);
    if (field instanceof HTMLInputElement) field.value = json;
    beforeSubmit();
    ownForm.requestSubmit();
    return true;
  }
  return false;
}

/**
 * Returns the detail of `socle-submit`: the JSON request under `name` in a
 * new `FormData`, and the form that owns the element or else its own form.
 * Returns null when there is neither.
 */
export function submitDetail(target: SubmitTarget, request: EtatCivilRequest, json: string): EtatCivilSubmitDetail | null {
  const form = target.ownerForm ?? target.ownForm;
  if (!form) return null;
  const formData = new FormData();
  formData.append(target.name, json);
  return { formData, form, submitter: null, request, json };
}
