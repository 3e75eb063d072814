import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { deepActiveElement, runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleRadio } from './radio.js';
import type { SocleRadioGroup } from './radio-group.js';

function radioInput(radio: SocleRadio): HTMLInputElement {
  return radio.shadowRoot!.querySelector('input')!;
}

function fieldset(group: SocleRadioGroup): HTMLFieldSetElement {
  return group.shadowRoot!.querySelector('fieldset')!;
}

async function settle(group: SocleRadioGroup): Promise<void> {
  await group.updateComplete;
  await Promise.all(group.radios.map((radio) => radio.updateComplete));
}

async function renderGroup(value = ''): Promise<{ group: SocleRadioGroup; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrapper = await fixture(html`<div>
    <button>Avant</button>
    <socle-radio-group label="Situation" name="situation" value=${value}>
      <socle-radio value="celibataire" label="Célibataire"></socle-radio>
      <socle-radio value="marie" label="Marié ou pacsé"></socle-radio>
      <socle-radio value="veuf" label="Veuf" disabled></socle-radio>
      <socle-radio value="divorce" label="Divorcé"></socle-radio>
    </socle-radio-group>
    <button>Après</button>
  </div>`);
  const group = wrapper.querySelector('socle-radio-group')!;
  await settle(group);
  const [before, after] = [...wrapper.querySelectorAll('button')];
  return { group, before: before!, after: after! };
}

runFormControlContract<SocleRadioGroup>({
  tagName: 'socle-radio-group',
  render: (options) => html`<socle-radio-group
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  >
    <socle-radio value="oui" label="Oui"></socle-radio>
    <socle-radio value="non" label="Non" hint="Vous pourrez changer d’avis plus tard"></socle-radio>
  </socle-radio-group>`,
  typeValue: async (group) => {
    group.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(group);
  },
  typedEntries: ['non'],
  restore: { state: 'oui', entries: ['oui'] },
  setValueFromCode: (group) => {
    group.value = 'non';
  },
  focusTarget: (group) => radioInput(group.radios[0]!),
  describedElement: fieldset,
  nativeControls: (group) => group.radios.map(radioInput),
  valueMissingMessage: {
    fr: 'Sélectionnez une option pour « Champ ».',
    en: 'Select an option for Champ.',
  },
});

describe('socle-radio-group', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('keyboard', () => {
    it('enters on the first radio with Tab when none is checked', async () => {
      const { group, before } = await renderGroup();
      before.focus();

      await sendKeys({ press: 'Tab' });

      expect(deepActiveElement()).to.equal(radioInput(group.radios[0]!));
      expect(group.value).to.equal('');
    });

    it('enters on the checked radio with Tab and with Shift+Tab', async () => {
      const { group, before, after } = await renderGroup('marie');
      before.focus();

      await sendKeys({ press: 'Tab' });

      expect(deepActiveElement()).to.equal(radioInput(group.radios[1]!));

      after.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });

      expect(deepActiveElement()).to.equal(radioInput(group.radios[1]!));
    });

    it('leaves the group with one Tab', async () => {
      const { group, after } = await renderGroup('marie');
      group.focus();

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement).to.equal(after);
    });

    it('checks the next enabled radio with arrows', async () => {
      const { group } = await renderGroup('celibataire');
      group.focus();

      await sendKeys({ press: 'ArrowDown' });
      await settle(group);

      expect(group.value).to.equal('marie');
      expect(deepActiveElement()).to.equal(radioInput(group.radios[1]!));

      await sendKeys({ press: 'ArrowRight' });
      await settle(group);

      expect(group.value).to.equal('divorce');
      expect(deepActiveElement()).to.equal(radioInput(group.radios[3]!));
    });

    it('wraps from the last to the first radio and back', async () => {
      const { group } = await renderGroup('divorce');
      group.focus();

      await sendKeys({ press: 'ArrowDown' });
      await settle(group);

      expect(group.value).to.equal('celibataire');

      await sendKeys({ press: 'ArrowUp' });
      await settle(group);

      expect(group.value).to.equal('divorce');

      await sendKeys({ press: 'ArrowLeft' });
      await settle(group);

      expect(group.value).to.equal('marie');
    });

    it('checks the focused radio with Space', async () => {
      const { group, before } = await renderGroup();
      const onChange = sinon.spy();
      group.addEventListener('change', onChange);
      before.focus();

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await settle(group);

      expect(group.value).to.equal('celibataire');
      expect(radioInput(group.radios[0]!).checked).to.be.true;
      expect(onChange.callCount).to.equal(1);
    });

    it('fires one input and one change per arrow key', async () => {
      const { group } = await renderGroup('celibataire');
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      group.addEventListener('input', onInput);
      group.addEventListener('change', onChange);
      group.focus();

      await sendKeys({ press: 'ArrowDown' });
      await settle(group);

      expect(onInput.callCount).to.equal(1);
      expect(onChange.callCount).to.equal(1);
      expect(onChange.firstCall.args[0].target).to.equal(group);
    });

    it('moves focus without checking when read-only', async () => {
      const { group } = await renderGroup('celibataire');
      group.readonly = true;
      await settle(group);
      group.focus();

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await settle(group);

      expect(group.value).to.equal('celibataire');
      expect(deepActiveElement()).to.equal(radioInput(group.radios[1]!));
      expect(radioInput(group.radios[1]!).checked).to.be.false;
    });
  });

  describe('value', () => {
    it('takes its default value from a checked radio and restores it on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-radio-group label="Réponse" name="reponse">
          <socle-radio value="oui" label="Oui"></socle-radio>
          <socle-radio value="non" label="Non" checked></socle-radio>
        </socle-radio-group>
      </form>`);
      const group = form.querySelector('socle-radio-group')!;
      await settle(group);

      expect(group.value).to.equal('non');

      group.value = 'oui';
      await settle(group);
      form.reset();
      await settle(group);

      expect(new FormData(form).get('reponse')).to.equal('non');
      expect(radioInput(group.radios[1]!).checked).to.be.true;
      expect(radioInput(group.radios[0]!).checked).to.be.false;
    });

    it('follows a radio checked from code', async () => {
      const { group } = await renderGroup('celibataire');

      group.radios[3]!.checked = true;
      await settle(group);

      expect(group.value).to.equal('divorce');
      expect(group.radios[0]!.checked).to.be.false;
    });
  });

  describe('conditional reveal', () => {
    it('shows the conditional content only while its radio is checked', async () => {
      const group = await fixture<SocleRadioGroup>(html`<socle-radio-group label="Contact préféré">
        <socle-radio value="courriel" label="Courriel">
          <label slot="conditional">Adresse électronique <input type="email" /></label>
        </socle-radio>
        <socle-radio value="telephone" label="Téléphone"></socle-radio>
      </socle-radio-group>`);
      await settle(group);
      const radio = group.radios[0]!;
      const panel = radio.shadowRoot!.getElementById('conditional')!;

      expect(panel.hidden).to.be.true;
      expect(radioInput(radio).getAttribute('aria-controls')).to.equal('conditional');

      group.focus();
      await sendKeys({ press: ' ' });
      await settle(group);

      expect(panel.hidden).to.be.false;
      await expect(group).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await settle(group);

      expect(panel.hidden).to.be.true;
    });
  });

  describe('layout and hints', () => {
    it('describes a radio with its own hint', async () => {
      const { group } = await renderGroup();
      group.radios[0]!.hint = 'Y compris séparé';
      await settle(group);

      const input = radioInput(group.radios[0]!);

      expect(input.getAttribute('aria-describedby')).to.equal('hint');
      expect(group.radios[0]!.shadowRoot!.getElementById('hint')!.textContent).to.equal('Y compris séparé');
    });

    it('is accessible inline with a shown error', async () => {
      const group = await fixture<SocleRadioGroup>(html`<socle-radio-group label="Réponse" orientation="inline" required>
        <socle-radio value="oui" label="Oui"></socle-radio>
        <socle-radio value="non" label="Non"></socle-radio>
      </socle-radio-group>`);

      group.reportValidity();
      await settle(group);

      expect(fieldset(group).getAttribute('aria-invalid')).to.equal('true');
      await expect(group).to.be.accessible();
    });

    it('falls back to stacked for an unknown orientation and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const group = await fixture<SocleRadioGroup>(html`<socle-radio-group label="Réponse" orientation="diagonal">
        <socle-radio value="oui" label="Oui"></socle-radio>
      </socle-radio-group>`);

      expect(fieldset(group).classList.contains('inline')).to.be.false;
      expect(warn.firstCall.args[0]).to.contain('<socle-radio-group> orientation="diagonal"');
    });
  });
});
