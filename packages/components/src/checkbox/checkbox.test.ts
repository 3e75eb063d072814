import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleCheckbox } from './checkbox.js';

function inner(checkbox: SocleCheckbox): HTMLInputElement {
  return checkbox.shadowRoot!.querySelector('input')!;
}

runFormControlContract<SocleCheckbox>({
  tagName: 'socle-checkbox',
  render: (options) => html`<socle-checkbox
    name=${options.name}
    label=${options.label}
    value="oui"
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-checkbox>`,
  typeValue: async (checkbox) => {
    checkbox.focus();
    await sendKeys({ press: ' ' });
  },
  typedEntries: ['oui'],
  restore: { state: 'checked', entries: ['oui'] },
  setValueFromCode: (checkbox) => {
    checkbox.checked = true;
  },
  focusTarget: inner,
  nativeControls: (checkbox) => [inner(checkbox)],
  valueMissingMessage: {
    fr: 'Cochez la case « Champ » pour continuer.',
    en: 'Tick the box “Champ” to continue.',
  },
});

describe('socle-checkbox', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('submits "on" by default when checked', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><socle-checkbox name="cgu" label="J’accepte" checked></socle-checkbox></form>`);

    expect(new FormData(form).get('cgu')).to.equal('on');
  });

  it('toggles with a click on its label', async () => {
    const checkbox = await fixture<SocleCheckbox>(html`<socle-checkbox label="J’accepte"></socle-checkbox>`);
    const onChange = sinon.spy();
    checkbox.addEventListener('change', onChange);

    checkbox.shadowRoot!.querySelector('label')!.click();
    await checkbox.updateComplete;

    expect(checkbox.checked).to.be.true;
    expect(onChange.callCount).to.equal(1);
  });

  it('unchecks with Space', async () => {
    const checkbox = await fixture<SocleCheckbox>(html`<socle-checkbox label="J’accepte" checked></socle-checkbox>`);

    checkbox.focus();
    await sendKeys({ press: ' ' });
    await checkbox.updateComplete;

    expect(checkbox.checked).to.be.false;
  });

  it('restores the checked attribute on reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><socle-checkbox name="cgu" label="J’accepte" checked></socle-checkbox></form>`);
    const checkbox = form.querySelector('socle-checkbox')!;
    checkbox.checked = false;
    await checkbox.updateComplete;

    form.reset();
    await checkbox.updateComplete;

    expect(checkbox.checked).to.be.true;
    expect(inner(checkbox).checked).to.be.true;
  });

  it('shows the indeterminate state until the user clicks', async () => {
    const checkbox = await fixture<SocleCheckbox>(html`<socle-checkbox label="Tout sélectionner" indeterminate></socle-checkbox>`);

    expect(inner(checkbox).indeterminate).to.be.true;
    await expect(checkbox).to.be.accessible();

    inner(checkbox).click();
    await checkbox.updateComplete;

    expect(checkbox.indeterminate).to.be.false;
    expect(inner(checkbox).indeterminate).to.be.false;
    expect(checkbox.checked).to.be.true;
  });

  it('ignores clicks and Space when read-only', async () => {
    const checkbox = await fixture<SocleCheckbox>(html`<socle-checkbox label="J’accepte" readonly></socle-checkbox>`);
    const onEvent = sinon.spy();
    checkbox.addEventListener('input', onEvent);
    checkbox.addEventListener('change', onEvent);

    inner(checkbox).click();
    checkbox.focus();
    await sendKeys({ press: ' ' });
    await checkbox.updateComplete;

    expect(checkbox.checked).to.be.false;
    expect(inner(checkbox).checked).to.be.false;
    expect(onEvent.called).to.be.false;
    expect(inner(checkbox).getAttribute('aria-readonly')).to.equal('true');
  });

  it('is valid once a required box is checked', async () => {
    const checkbox = await fixture<SocleCheckbox>(html`<socle-checkbox label="J’accepte" required></socle-checkbox>`);

    checkbox.focus();
    await sendKeys({ press: ' ' });
    await checkbox.updateComplete;

    expect(checkbox.validity.valid).to.be.true;
  });

  it('renders inside a group element that is not registered yet', async () => {
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);

    const group = await fixture(html`<socle-checkbox-group
      ><socle-checkbox value="a" label="Option A" checked></socle-checkbox
    ></socle-checkbox-group>`);
    const box = group.querySelector<SocleCheckbox>('socle-checkbox')!;
    box.checked = false;
    await box.updateComplete;
    window.removeEventListener('error', onError);

    expect(customElements.get('socle-checkbox-group')).to.be.undefined;
    expect(errors).to.have.length(0);
    expect(box.shadowRoot!.querySelector('input')!.checked).to.be.false;
  });
});
