import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleSelect } from './select.js';

function inner(select: SocleSelect): HTMLSelectElement {
  return select.shadowRoot!.querySelector('select')!;
}

function optionTexts(select: SocleSelect): string[] {
  return [...inner(select).options].map((option) => option.text);
}

runFormControlContract<SocleSelect>({
  tagName: 'socle-select',
  render: (options) => html`<socle-select
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    placeholder=""
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  >
    <option value="paris">Paris</option>
    <option value="lyon">Lyon</option>
  </socle-select>`,
  typeValue: async (select) => {
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  typedEntries: ['paris'],
  restore: { state: 'lyon', entries: ['lyon'] },
  setValueFromCode: (select) => {
    select.value = 'lyon';
  },
  focusTarget: inner,
  nativeControls: (select) => [inner(select)],
  valueMissingMessage: {
    fr: 'Sélectionnez une option pour « Champ ».',
    en: 'Select an option for Champ.',
  },
});

describe('socle-select', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('options', () => {
    it('mirrors child options and option groups', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Région">
        <option value="idf">Île-de-France</option>
        <optgroup label="Outre-mer">
          <option value="gp">Guadeloupe</option>
          <option value="re" disabled>La Réunion</option>
        </optgroup>
      </socle-select>`);

      const group = inner(select).querySelector('optgroup')!;

      expect(optionTexts(select)).to.deep.equal(['Île-de-France', 'Guadeloupe', 'La Réunion']);
      expect(group.label).to.equal('Outre-mer');
      expect(inner(select).options[2]!.disabled).to.be.true;
    });

    it('follows options added, changed and removed later', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville"><option value="a">A</option></socle-select>`);

      const added = document.createElement('option');
      added.value = 'b';
      added.textContent = 'B';
      select.append(added);
      select.querySelector('option')!.textContent = 'A modifiée';
      await new Promise((resolve) => setTimeout(resolve));
      await select.updateComplete;

      expect(optionTexts(select)).to.deep.equal(['A modifiée', 'B']);

      added.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await select.updateComplete;

      expect(optionTexts(select)).to.deep.equal(['A modifiée']);
    });

    it('selects the first option without placeholder, as a native select', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-select label="Ville" name="ville"><option value="a">A</option><option value="b">B</option></socle-select>
      </form>`);
      const select = form.querySelector('socle-select')!;

      expect(select.value).to.equal('a');
      expect(new FormData(form).get('ville')).to.equal('a');
    });

    it('takes the default value from a selected child option', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-select label="Ville" name="ville"><option value="a">A</option><option value="b" selected>B</option></socle-select>
      </form>`);
      const select = form.querySelector('socle-select')!;
      select.value = 'a';
      await select.updateComplete;

      form.reset();
      await select.updateComplete;

      expect(select.value).to.equal('b');
      expect(inner(select).value).to.equal('b');
    });

    it('falls back to the first option for an unknown value', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville"><option value="a">A</option></socle-select>`);

      select.value = 'inconnue';
      await select.updateComplete;

      expect(select.value).to.equal('a');
    });
  });

  describe('placeholder', () => {
    it('uses the default French text when the attribute is empty', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville" placeholder=""><option value="a">A</option></socle-select>`);

      expect(optionTexts(select)[0]).to.equal('Sélectionnez une option');
      expect(inner(select).value).to.equal('');
    });

    it('uses the default English text', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select lang="en" label="Town" placeholder=""><option value="a">A</option></socle-select>`);

      expect(optionTexts(select)[0]).to.equal('Select an option');
    });

    it('uses the given text', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville" placeholder="Choisissez une ville"><option value="a">A</option></socle-select>`);

      expect(optionTexts(select)[0]).to.equal('Choisissez une ville');
    });

    it('makes a required list report valueMissing', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville" placeholder="" required><option value="a">A</option></socle-select>`);

      expect(select.validity.valueMissing).to.be.true;
      expect(select.validationMessage).to.equal('Sélectionnez une option pour « Ville ».');
    });
  });

  describe('keyboard', () => {
    it('fires input and change when an arrow key picks an option', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville"><option value="a">A</option><option value="b">B</option></socle-select>`);
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      select.addEventListener('input', onInput);
      select.addEventListener('change', onChange);

      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await select.updateComplete;

      expect(select.value).to.equal('b');
      expect(onInput.callCount).to.equal(1);
      expect(onChange.callCount).to.equal(1);
    });

    it('keeps its value when read-only', async () => {
      const select = await fixture<SocleSelect>(html`<socle-select label="Ville" readonly><option value="a">A</option><option value="b">B</option></socle-select>`);
      const onChange = sinon.spy();
      select.addEventListener('change', onChange);

      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await select.updateComplete;

      expect(select.value).to.equal('a');
      expect(inner(select).value).to.equal('a');
      expect(onChange.called).to.be.false;
      expect(inner(select).getAttribute('aria-readonly')).to.equal('true');
    });
  });
});
