import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import './define.js';
import type { SocleDialog } from './dialog.js';

function nativeDialog(dialog: SocleDialog): HTMLDialogElement {
  return dialog.shadowRoot!.querySelector('dialog')!;
}

function closeButton(dialog: SocleDialog): HTMLButtonElement | null {
  return dialog.shadowRoot!.querySelector('.close');
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function renderWithOpener(
  dialogTemplate = html`<socle-dialog label="Supprimer le brouillon ?">
    <p>Le brouillon sera définitivement supprimé.</p>
    <button type="button" slot="footer" data-socle-close="annuler">Annuler</button>
    <button type="button" slot="footer" data-socle-close="supprimer">Supprimer</button>
  </socle-dialog>`,
): Promise<{ opener: HTMLButtonElement; dialog: SocleDialog }> {
  const wrapper = await fixture(html`<div>
    <button type="button" class="opener">Ouvrir</button>
    ${dialogTemplate}
  </div>`);
  const dialog = wrapper.querySelector('socle-dialog')!;
  await dialog.updateComplete;
  return { opener: wrapper.querySelector('.opener')!, dialog };
}

describe('socle-dialog', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('socle-dialog').forEach((dialog) => dialog.open && dialog.close());
  });

  describe('when closed', () => {
    it('renders a closed native dialog labelled by its title', async () => {
      const { dialog } = await renderWithOpener();

      const native = nativeDialog(dialog);
      const title = dialog.shadowRoot!.querySelector('#title')!;

      expect(native.open).to.be.false;
      expect(native.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(title.localName).to.equal('h2');
      expect(title.textContent).to.equal('Supprimer le brouillon ?');
    });

    it('is accessible', async () => {
      const { dialog } = await renderWithOpener();

      await expect(dialog).to.be.accessible();
    });
  });

  describe('when opened with show()', () => {
    it('opens as a modal, reflects open and fires socle-show', async () => {
      const { dialog } = await renderWithOpener();
      const onShow = sinon.spy();
      dialog.addEventListener('socle-show', onShow);

      await dialog.show();

      expect(nativeDialog(dialog).open).to.be.true;
      expect(nativeDialog(dialog).matches(':modal')).to.be.true;
      expect(dialog.hasAttribute('open')).to.be.true;
      expect(onShow.callCount).to.equal(1);
    });

    it('moves focus to the first focusable element of the body', async () => {
      const { dialog } = await renderWithOpener(html`<socle-dialog label="Adresse">
        <label>Ville <input class="city" /></label>
        <button type="button" slot="footer">Valider</button>
      </socle-dialog>`);

      await dialog.show();

      expect(document.activeElement).to.equal(dialog.querySelector('.city'));
    });

    it('moves focus to the first footer action when the body has none', async () => {
      const { dialog } = await renderWithOpener();

      await dialog.show();

      expect(document.activeElement).to.equal(dialog.querySelector('[data-socle-close="annuler"]'));
    });

    it('moves focus to the element with autofocus', async () => {
      const { dialog } = await renderWithOpener(html`<socle-dialog label="Adresse">
        <label>Rue <input /></label>
        <label>Ville <input class="city" autofocus /></label>
      </socle-dialog>`);

      await dialog.show();

      expect(document.activeElement).to.equal(dialog.querySelector('.city'));
    });

    it('moves focus to the dialog when the content has nothing focusable', async () => {
      const { dialog } = await renderWithOpener(html`<socle-dialog label="Information">
        <p>Votre session expire dans 5 minutes.</p>
      </socle-dialog>`);

      await dialog.show();

      expect(deepActive()).to.equal(nativeDialog(dialog));
    });

    it('locks page scroll and restores the previous overflow on close', async () => {
      document.documentElement.style.overflow = 'clip';
      const { dialog } = await renderWithOpener();

      await dialog.show();
      expect(document.documentElement.style.overflow).to.equal('hidden');

      await dialog.close();
      expect(document.documentElement.style.overflow).to.equal('clip');
      document.documentElement.style.overflow = '';
    });

    it('makes the rest of the page inert', async () => {
      const { opener, dialog } = await renderWithOpener();

      await dialog.show();
      opener.focus();

      expect(document.activeElement).to.not.equal(opener);
    });

    it('is accessible when open', async () => {
      const { dialog } = await renderWithOpener();

      await dialog.show();

      await expect(dialog).to.be.accessible();
    });

    it('opens from the open attribute in the markup', async () => {
      const { dialog } = await renderWithOpener(html`<socle-dialog label="Bienvenue" open><p>Texte.</p></socle-dialog>`);

      expect(nativeDialog(dialog).open).to.be.true;
    });
  });

  describe('closing', () => {
    it('closes with close(returnValue), fires socle-close and restores focus', async () => {
      const { opener, dialog } = await renderWithOpener();
      opener.focus();
      await dialog.show();

      setTimeout(() => dialog.close('supprimer'));
      const event = await oneEvent(dialog, 'socle-close');

      expect(event.detail.returnValue).to.equal('supprimer');
      expect(nativeDialog(dialog).open).to.be.false;
      expect(dialog.hasAttribute('open')).to.be.false;
      expect(document.activeElement).to.equal(opener);
    });

    it('closes with Escape, after a cancelable socle-cancel', async () => {
      const { opener, dialog } = await renderWithOpener();
      opener.focus();
      await dialog.show();
      const onCancel = sinon.spy();
      dialog.addEventListener('socle-cancel', onCancel);

      const closed = oneEvent(dialog, 'socle-close');
      await sendKeys({ press: 'Escape' });
      const event = await closed;

      expect(onCancel.callCount).to.equal(1);
      expect(onCancel.firstCall.args[0].cancelable).to.be.true;
      expect(event.detail.returnValue).to.equal('');
      expect(dialog.open).to.be.false;
      expect(document.activeElement).to.equal(opener);
    });

    it('stays open on Escape when socle-cancel is canceled', async () => {
      const { dialog } = await renderWithOpener();
      await dialog.show();
      dialog.addEventListener('socle-cancel', (event) => event.preventDefault());

      await sendKeys({ press: 'Escape' });
      await dialog.updateComplete;

      expect(nativeDialog(dialog).open).to.be.true;
      expect(dialog.open).to.be.true;
    });

    it('closes with the close button, activated by Enter', async () => {
      const { dialog } = await renderWithOpener();
      await dialog.show();

      closeButton(dialog)!.focus();
      const closed = oneEvent(dialog, 'socle-close');
      await sendKeys({ press: 'Enter' });
      await closed;

      expect(dialog.open).to.be.false;
    });

    it('closes with a data-socle-close footer button activated by Space', async () => {
      const { dialog } = await renderWithOpener();
      await dialog.show();

      const closed = oneEvent(dialog, 'socle-close');
      await sendKeys({ press: ' ' });
      const event = await closed;

      expect(event.detail.returnValue).to.equal('annuler');
    });

    it('closes on a click on the backdrop', async () => {
      const { dialog } = await renderWithOpener();
      await dialog.show();
      const native = nativeDialog(dialog);

      native.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
      await dialog.updateComplete;

      expect(native.open).to.be.false;
    });

    it('stays open on a click inside the dialog box', async () => {
      const { dialog } = await renderWithOpener();
      await dialog.show();
      const native = nativeDialog(dialog);
      const box = native.getBoundingClientRect();

      native.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 2, clientY: box.top + 2 }),
      );
      await dialog.updateComplete;

      expect(native.open).to.be.true;
    });

    it('names the close button in French', async () => {
      const { dialog } = await renderWithOpener();

      expect(closeButton(dialog)!.textContent!.trim()).to.equal('Fermer');
    });

    it('names the close button in English', async () => {
      const wrapper = await fixture(html`<div lang="en"><socle-dialog label="Delete the draft?"></socle-dialog></div>`);
      const dialog = wrapper.querySelector('socle-dialog')!;
      await dialog.updateComplete;

      expect(closeButton(dialog)!.textContent!.trim()).to.equal('Close');
    });
  });

  describe('when requires-answer', () => {
    async function renderRequiringAnswer(): Promise<SocleDialog> {
      const { dialog } = await renderWithOpener(html`<socle-dialog label="Confirmer l’envoi ?" requires-answer>
        <p>La demande sera transmise à la mairie.</p>
        <button type="button" slot="footer" data-socle-close="non">Non</button>
        <button type="button" slot="footer" data-socle-close="oui">Oui, envoyer</button>
      </socle-dialog>`);
      await dialog.show();
      return dialog;
    }

    it('has no close button and is accessible', async () => {
      const dialog = await renderRequiringAnswer();

      expect(closeButton(dialog)).to.be.null;
      await expect(dialog).to.be.accessible();
    });

    it('ignores Escape, even twice', async () => {
      const dialog = await renderRequiringAnswer();
      const onCancel = sinon.spy();
      dialog.addEventListener('socle-cancel', onCancel);

      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await dialog.updateComplete;

      expect(nativeDialog(dialog).open).to.be.true;
      expect(onCancel.callCount).to.equal(0);
    });

    it('ignores a click on the backdrop', async () => {
      const dialog = await renderRequiringAnswer();

      nativeDialog(dialog).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
      await dialog.updateComplete;

      expect(nativeDialog(dialog).open).to.be.true;
    });

    it('closes with a footer answer', async () => {
      const dialog = await renderRequiringAnswer();

      const closed = oneEvent(dialog, 'socle-close');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const event = await closed;

      expect(event.detail.returnValue).to.equal('oui');
    });
  });
});
