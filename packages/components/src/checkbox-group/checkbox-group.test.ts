import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import type { SocleCheckbox } from '../checkbox/checkbox.js';
import './define.js';
import type { SocleCheckboxGroup } from './checkbox-group.js';

function box(group: SocleCheckboxGroup, index: number): SocleCheckbox {
  return group.checkboxes[index]!;
}

function boxInput(group: SocleCheckboxGroup, index: number): HTMLInputElement {
  return box(group, index).shadowRoot!.querySelector('input')!;
}

function fieldset(group: SocleCheckboxGroup): HTMLFieldSetElement {
  return group.shadowRoot!.querySelector('fieldset')!;
}

async function settle(group: SocleCheckboxGroup): Promise<void> {
  await Promise.all(group.checkboxes.map((checkbox) => checkbox.updateComplete));
  await group.updateComplete;
}

runFormControlContract<SocleCheckboxGroup>({
  tagName: 'socle-checkbox-group',
  render: (options) => html`<socle-checkbox-group
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  >
    <socle-checkbox value="velo" label="Vélo"></socle-checkbox>
    <socle-checkbox value="bus" label="Bus"></socle-checkbox>
    <socle-checkbox value="train" label="Train"></socle-checkbox>
  </socle-checkbox-group>`,
  typeValue: async (group) => {
    group.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settle(group);
  },
  typedEntries: ['velo', 'train'],
  restore: { state: (() => {
    const state = new FormData();
    state.append('champ', 'bus');
    state.append('champ', 'train');
    return state;
  })(), entries: ['bus', 'train'] },
  setValueFromCode: (group) => {
    group.values = ['bus'];
  },
  focusTarget: (group) => boxInput(group, 0),
  describedElement: fieldset,
  ariaInvalidAndRequired: false,
  nativeControls: (group) => group.checkboxes.map((checkbox) => checkbox.shadowRoot!.querySelector('input')!),
  valueMissingMessage: {
    fr: 'Cochez au moins une case pour « Champ ».',
    en: 'Select at least one option for Champ.',
  },
});

describe('socle-checkbox-group', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('names its fieldset with the legend', async () => {
    const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Transports" required>
      <socle-checkbox value="velo" label="Vélo"></socle-checkbox>
    </socle-checkbox-group>`);

    const legend = fieldset(group).querySelector('legend')!;

    expect(legend.textContent).to.contain('Transports');
    expect(legend.textContent).to.contain('obligatoire');
  });

  it('lists the checked values and ignores disabled boxes', async () => {
    const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Transports">
      <socle-checkbox value="velo" label="Vélo" checked></socle-checkbox>
      <socle-checkbox value="bus" label="Bus" checked disabled></socle-checkbox>
      <socle-checkbox value="train" label="Train" checked></socle-checkbox>
    </socle-checkbox-group>`);

    expect(group.values).to.deep.equal(['velo', 'train']);
  });

  it('resets every box to its checked attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <socle-checkbox-group label="Transports" name="transports">
        <socle-checkbox value="velo" label="Vélo" checked></socle-checkbox>
        <socle-checkbox value="bus" label="Bus"></socle-checkbox>
      </socle-checkbox-group>
    </form>`);
    const group = form.querySelector('socle-checkbox-group')!;
    group.values = ['bus'];
    await settle(group);

    form.reset();
    await settle(group);

    expect(new FormData(form).getAll('transports')).to.deep.equal(['velo']);
  });

  it('fires input and change from the box the user checks', async () => {
    const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Transports">
      <socle-checkbox value="velo" label="Vélo"></socle-checkbox>
    </socle-checkbox-group>`);
    const onChange = sinon.spy();
    group.addEventListener('change', onChange);

    group.focus();
    await sendKeys({ press: ' ' });

    expect(onChange.callCount).to.equal(1);
    expect(onChange.firstCall.args[0].target).to.equal(box(group, 0));
  });

  describe('when min or max is set', () => {
    it('flags too few checked boxes in French and English', async () => {
      const markup = (lang: string) => html`<socle-checkbox-group lang=${lang} label="Langues" min="2">
        <socle-checkbox value="fr" label="Français" checked></socle-checkbox>
        <socle-checkbox value="en" label="Anglais"></socle-checkbox>
      </socle-checkbox-group>`;

      const french = await fixture<SocleCheckboxGroup>(markup('fr'));
      const english = await fixture<SocleCheckboxGroup>(markup('en'));

      expect(french.validity.rangeUnderflow).to.be.true;
      expect(french.validationMessage).to.equal('Cochez au moins 2 cases pour « Langues ».');
      expect(english.validationMessage).to.equal('Select at least 2 options for Langues.');
    });

    it('accepts no checked box when min is set but not required', async () => {
      const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Langues" min="2">
        <socle-checkbox value="fr" label="Français"></socle-checkbox>
      </socle-checkbox-group>`);

      expect(group.validity.valid).to.be.true;
    });

    it('flags too many checked boxes in French and English', async () => {
      const markup = (lang: string) => html`<socle-checkbox-group lang=${lang} label="Langues" max="2">
        <socle-checkbox value="fr" label="Français" checked></socle-checkbox>
        <socle-checkbox value="en" label="Anglais" checked></socle-checkbox>
        <socle-checkbox value="de" label="Allemand" checked></socle-checkbox>
      </socle-checkbox-group>`;

      const french = await fixture<SocleCheckboxGroup>(markup('fr'));
      const english = await fixture<SocleCheckboxGroup>(markup('en'));

      expect(french.validity.rangeOverflow).to.be.true;
      expect(french.validationMessage).to.equal('Cochez au plus 2 cases pour « Langues ».');
      expect(english.validationMessage).to.equal('Select no more than 2 options for Langues.');
    });

    it('asks for a single box when max is 1', async () => {
      const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Langues" max="1">
        <socle-checkbox value="fr" label="Français" checked></socle-checkbox>
        <socle-checkbox value="en" label="Anglais" checked></socle-checkbox>
      </socle-checkbox-group>`);

      expect(group.validationMessage).to.equal('Cochez une seule case pour « Langues ».');
    });

    it('becomes valid when the user unchecks a box', async () => {
      const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Langues" max="1">
        <socle-checkbox value="fr" label="Français" checked></socle-checkbox>
        <socle-checkbox value="en" label="Anglais" checked></socle-checkbox>
      </socle-checkbox-group>`);

      group.focus();
      await sendKeys({ press: ' ' });
      await settle(group);

      expect(group.validity.valid).to.be.true;
    });
  });

  describe('when disabled', () => {
    it('disables every box', async () => {
      const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Transports" disabled>
        <socle-checkbox value="velo" label="Vélo"></socle-checkbox>
        <socle-checkbox value="bus" label="Bus"></socle-checkbox>
      </socle-checkbox-group>`);
      await settle(group);

      expect(boxInput(group, 0).disabled).to.be.true;
      expect(boxInput(group, 1).disabled).to.be.true;
    });
  });

  it('is accessible inline with a shown error', async () => {
    const group = await fixture<SocleCheckboxGroup>(html`<socle-checkbox-group label="Transports" orientation="inline" required>
      <socle-checkbox value="velo" label="Vélo" hint="Y compris à assistance électrique"></socle-checkbox>
      <socle-checkbox value="bus" label="Bus"></socle-checkbox>
    </socle-checkbox-group>`);

    group.reportValidity();
    await settle(group);

    await expect(group).to.be.accessible();
  });
});
