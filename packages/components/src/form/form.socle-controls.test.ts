import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import '../input/define.js';
import '../textarea/define.js';
import '../select/define.js';
import '../checkbox/define.js';
import '../checkbox-group/define.js';
import '../radio-group/define.js';
import '../date-input/define.js';
import '../file-upload/define.js';
import '../fieldset/define.js';
import '../iban-input/define.js';
import '../nir-input/define.js';
import './define.js';
import type { SocleForm } from './form.js';

// The same behaviour as form.test.ts, with Socle's own form controls.

const originalTitle = document.title;

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.target) event.preventDefault();
});

function summaryTexts(element: SocleForm): string[] {
  const links = element.querySelector('socle-error-summary')?.shadowRoot?.querySelectorAll('[part="link"]') ?? [];
  return Array.from(links, (link) => link.textContent ?? '');
}

async function settle(element: SocleForm): Promise<void> {
  const updates = Array.from(element.querySelectorAll('*'), (node) => (node as { updateComplete?: Promise<unknown> }).updateComplete);
  await Promise.all([element.updateComplete, ...updates]);
}

function shownError(control: Element): string {
  const error = control.shadowRoot?.querySelector<HTMLElement>('[part="form-control-error"]');
  return error && !error.hidden ? (error.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

const controlsForm = (key = '') => html`<socle-form draft-key=${key}>
  <form>
    <socle-input id="nom" name="nom" label="Nom" required></socle-input>
    <socle-input id="courriel" name="courriel" type="email" label="Adresse électronique" required></socle-input>
    <socle-select id="motif" name="motif" label="Motif" placeholder="" required>
      <option value="question">Question</option>
      <option value="reclamation">Réclamation</option>
    </socle-select>
    <socle-radio-group id="reponse" name="reponse" label="Réponse souhaitée" required>
      <socle-radio value="courriel" label="Par courriel"></socle-radio>
      <socle-radio value="courrier" label="Par courrier"></socle-radio>
    </socle-radio-group>
    <socle-checkbox-group id="sujets" name="sujets" label="Sujets">
      <socle-checkbox value="etat-civil" label="État civil"></socle-checkbox>
      <socle-checkbox value="urbanisme" label="Urbanisme"></socle-checkbox>
    </socle-checkbox-group>
    <socle-date-input id="naissance" name="naissance" label="Date de naissance"></socle-date-input>
    <socle-textarea id="message" name="message" label="Message" required></socle-textarea>
    <socle-input id="secret" name="secret" type="password" label="Mot de passe"></socle-input>
    <socle-file-upload id="piece" name="piece" label="Pièce jointe"></socle-file-upload>
    <socle-checkbox id="accord" name="accord" value="oui" label="J’accepte les conditions" required></socle-checkbox>
    <button>Envoyer</button>
  </form>
</socle-form>`;

describe('socle-form with Socle controls', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
    sessionStorage.clear();
    document.title = originalTitle;
  });

  it('lists every invalid control in document order and each shows its error', async () => {
    document.title = 'Contact';
    const element = await fixture<SocleForm>(controlsForm());
    await settle(element);

    element.querySelector('button')!.click();
    await settle(element);

    const texts = summaryTexts(element);
    expect(texts).to.have.length(6);
    expect(texts[0]).to.contain('Nom');
    expect(texts[1]).to.contain('Adresse électronique');
    expect(texts[2]).to.contain('Motif');
    expect(texts[3]).to.contain('Réponse souhaitée');
    expect(texts[4]).to.contain('Message');
    expect(texts[5]).to.contain('J’accepte les conditions');
    for (const id of ['nom', 'courriel', 'motif', 'reponse', 'message', 'accord']) {
      expect(shownError(element.querySelector(`#${id}`)!), id).not.to.equal('');
    }
    expect(document.activeElement).to.equal(element.querySelector('socle-error-summary'));
    expect(document.title).to.equal('Erreur : Contact');
  });

  it('names an identifier input by its built-in label', async () => {
    const element = await fixture<SocleForm>(html`<socle-form>
      <form>
        <socle-nir-input name="nir" required></socle-nir-input>
        <button>Envoyer</button>
      </form>
    </socle-form>`);
    await settle(element);

    element.querySelector('button')!.click();
    await settle(element);

    const [text] = summaryTexts(element);
    expect(text).to.contain('Numéro de sécurité sociale');
    expect(text).not.to.contain('obligatoire');
    expect(text).not.to.match(/^nir\b/);
  });

  it('is accessible with the errors shown', async () => {
    const element = await fixture<SocleForm>(controlsForm());
    await settle(element);

    element.querySelector('button')!.click();
    await settle(element);

    await expect(element).to.be.accessible();
  });

  it('moves focus into the control when its summary link is activated', async () => {
    const element = await fixture<SocleForm>(controlsForm());
    await settle(element);
    element.querySelector('button')!.click();
    await settle(element);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });

    const field = element.querySelector('#courriel')!;
    await waitUntil(() => document.activeElement === field, 'focus did not reach the field');
    expect(field.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('follows corrections typed in a socle-input', async () => {
    const element = await fixture<SocleForm>(controlsForm());
    await settle(element);
    element.querySelector('button')!.click();
    await settle(element);

    element.querySelector<HTMLElement>('#nom')!.focus();
    await sendKeys({ type: 'Dupont' });
    await waitUntil(() => summaryTexts(element).length === 5, 'the summary still lists the corrected field');

    expect(summaryTexts(element).some((text) => text.includes('« Nom »'))).to.be.false;
  });

  it('restores socle controls from a draft and skips password and file fields', async () => {
    const first = await fixture<SocleForm>(controlsForm('socle-controls'));
    await settle(first);
    first.querySelector<HTMLElement>('#nom')!.focus();
    await sendKeys({ type: 'Dupont' });
    first.querySelector<HTMLElement>('#secret')!.focus();
    await sendKeys({ type: 'motdepasse' });
    const group = first.querySelector('socle-checkbox-group') as HTMLElement & { values: string[] };
    group.values = ['urbanisme'];
    group.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(first);
    const saved = (() => {
      first.remove();
      return sessionStorage.getItem('socle-form-draft:socle-controls') ?? '';
    })();

    const second = await fixture<SocleForm>(controlsForm('socle-controls'));
    await settle(second);

    expect(saved).not.to.contain('motdepasse');
    expect(saved).not.to.contain('piece');
    expect((second.querySelector('#nom') as HTMLElement & { value: string }).value).to.equal('Dupont');
    expect((second.querySelector('#secret') as HTMLElement & { value: string }).value).to.equal('');
    expect((second.querySelector('socle-checkbox-group') as HTMLElement & { values: string[] }).values).to.deep.equal([
      'urbanisme',
    ]);
    await expect(second).to.be.accessible();
  });
  it('never saves a NIR or an IBAN in a draft', async () => {
    const first = await fixture<SocleForm>(html`<socle-form draft-key="sensible">
      <form>
        <socle-input id="ville" name="ville" label="Ville"></socle-input>
        <socle-nir-input id="nir" name="nir"></socle-nir-input>
        <socle-iban-input id="iban" name="iban"></socle-iban-input>
      </form>
    </socle-form>`);
    await settle(first);

    first.querySelector<HTMLElement>('#ville')!.focus();
    await sendKeys({ type: 'Lyon' });
    first.querySelector<HTMLElement>('#nir')!.focus();
    await sendKeys({ type: '269054958815780' });
    first.querySelector<HTMLElement>('#iban')!.focus();
    await sendKeys({ type: 'FR7630006000011234567890189' });
    await settle(first);
    first.remove();
    const saved = sessionStorage.getItem('socle-form-draft:sensible') ?? '';

    expect(saved).to.contain('Lyon');
    expect(saved).not.to.contain('2690549');
    expect(saved).not.to.contain('FR76');
  });
});
