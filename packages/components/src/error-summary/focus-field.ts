/**
 * Moves focus to a form field and scrolls it into view with its label or
 * legend visible. Following the URL fragment alone would scroll the field to
 * the top edge and hide the label above it.
 */
export function focusField(field: HTMLElement): void {
  field.focus({ preventScroll: true });
  if (!holdsFocus(field)) {
    // A custom element that neither delegates focus nor is focusable itself:
    // focus its first focusable light-DOM descendant instead.
    field.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
  }
  scrollWithLabel(field, labelOf(field));
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]:not([tabindex="-1"])';

function holdsFocus(field: HTMLElement): boolean {
  const active = document.activeElement;
  return active === field || (active !== null && field.contains(active));
}

/**
 * Returns the element that names the field on screen: the legend of the
 * enclosing fieldset for radios and checkboxes, the first `<label>` of a
 * native control, or nothing for custom elements, whose label is rendered
 * inside the element itself.
 */
function labelOf(field: HTMLElement): HTMLElement | null {
  const isChoice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
  if (isChoice) {
    const legend = field.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend');
    if (legend) return legend;
  }
  const labels = (field as Partial<HTMLInputElement>).labels;
  return labels && labels.length > 0 ? (labels[0] ?? null) : null;
}

function scrollWithLabel(field: HTMLElement, label: HTMLElement | null): void {
  const fieldBox = field.getBoundingClientRect();
  const labelBox = label?.getBoundingClientRect() ?? fieldBox;
  const top = Math.min(fieldBox.top, labelBox.top);
  const bottom = Math.max(fieldBox.bottom, labelBox.bottom);
  if (top >= 0 && bottom <= window.innerHeight) return;

  // Aligning the upper of the two boxes to the top keeps the label visible
  // even when label and field together are taller than the viewport.
  const upper = label && labelBox.top < fieldBox.top ? label : field;
  upper.scrollIntoView({ block: 'start', inline: 'nearest' });
}
