import type { Commune } from '@socle/communes';
import { chooseAct } from './act-step.js';
import type { Answers, FieldKey, NameAnswer, PlaceAnswer } from './request-model.js';

/** A control of the step as the `input` and `change` events deliver it: an element with its own properties. */
export type EditedControl = HTMLElement & Record<string, unknown>;

/**
 * Returns the answers with the value of `control` stored under `field`, the
 * answer key that the control carries in `data-field`.
 */
export function readControl(field: FieldKey, control: EditedControl, answers: Answers, extraitPlurilingue: boolean): Answers {
  const next: Answers = { ...answers };
  switch (field) {
    case 'person':
    case 'spouse':
    case 'declarant':
    case 'requester':
      next[field] = readName(control);
      break;
    case 'parent0':
      next.parents = [readName(control), answers.parents[1]];
      break;
    case 'parent1':
      next.parents = [answers.parents[0], readName(control)];
      break;
    case 'actPlace':
      next.actPlace = updatePlace(answers.actPlace, control);
      break;
    case 'birthPlace':
      next.birthPlace = updatePlace(answers.birthPlace, control);
      break;
    case 'delivery': {
      const address = control['address'] as Answers['delivery'] | undefined;
      if (address) next.delivery = { ...address };
      break;
    }
    case 'ofpraProtected':
    case 'multilingualStandardForm':
      next[field] = control['checked'] === true;
      break;
    case 'act':
      return chooseAct(answers, String(control['value'] ?? ''), extraitPlurilingue);
    default:
      next[field] = String(control['value'] ?? '');
  }
  return next;
}

function readName(control: EditedControl): NameAnswer {
  return {
    birthName: String(control['birthName'] ?? ''),
    givenNames: Array.isArray(control['givenNames']) ? [...(control['givenNames'] as string[])] : [''],
  };
}

/** Returns `place` with the part that the control edits, named in its `data-part`: the kind, the commune, the country or the city. */
function updatePlace(place: PlaceAnswer, control: EditedControl): PlaceAnswer {
  const part = control.dataset['part'];
  if (part === 'kind') {
    const kind = control['value'] === 'commune' || control['value'] === 'abroad' ? (control['value'] as PlaceAnswer['kind']) : '';
    return { ...place, kind };
  }
  if (part === 'commune') {
    const commune = control['commune'] as Commune | null;
    return { ...place, inseeCode: commune?.code ?? '', name: commune?.name ?? '' };
  }
  if (part === 'country') return { ...place, country: String(control['value'] ?? '') };
  if (part === 'city') return { ...place, city: String(control['value'] ?? '') };
  return place;
}
