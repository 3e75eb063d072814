import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleNotice } from './notice.js';

const KEY = 'socle-notice:greve-2026';

function part(notice: SocleNotice, name: string): HTMLElement | null {
  return notice.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

function renderNotice(id = 'greve-2026'): Promise<SocleNotice> {
  return fixture<SocleNotice>(html`<socle-notice
    heading="Grève du 12 décembre"
    notice-id=${id}
    dismissible
    link-href="/actualites/greve"
    >Les services d’accueil seront fermés.</socle-notice
  >`);
}

/** Makes `window.localStorage` throw as it does when the browser blocks storage. */
function blockStorage(): void {
  sinon.stub(window, 'localStorage').get(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

describe('socle-notice', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
  });

  afterEach(() => {
    sinon.restore();
    resetWarnings();
    localStorage.removeItem(KEY);
  });

  describe('when rendered', () => {
    it('is a region named by its title', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice heading="Grève du 12 décembre"
        >Les services d’accueil seront fermés.</socle-notice
      >`);

      const base = part(notice, 'base')!;

      expect(base.getAttribute('role')).to.equal('region');
      expect(base.getAttribute('aria-labelledby')).to.equal('title');
      expect(part(notice, 'title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Information : Grève du 12 décembre',
      );
      expect(part(notice, 'dismiss')).to.be.null;
      expect(part(notice, 'link')).to.be.null;
      await expect(notice).to.be.accessible();
    });

    it('is named "Information importante" without a title', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice>Les services seront fermés.</socle-notice>`);

      expect(part(notice, 'base')!.getAttribute('aria-label')).to.equal('Information importante');
      await expect(notice).to.be.accessible();
    });

    for (const heading of [null, undefined]) {
      it(`is named "Information importante" with heading = ${String(heading)}`, async () => {
        const notice = await fixture<SocleNotice>(html`<socle-notice heading="Coupure">Le service sera fermé.</socle-notice>`);

        (notice as unknown as { heading: unknown }).heading = heading;
        await notice.updateComplete;

        expect(part(notice, 'base')!.getAttribute('aria-label')).to.equal('Information importante');
        expect(part(notice, 'title')).to.be.null;
      });
    }

    for (const severity of ['info', 'warning', 'alert'] as const) {
      it(`renders severity ${severity} accessibly`, async () => {
        const notice = await fixture<SocleNotice>(html`<socle-notice severity=${severity} heading="Coupure" dismissible
          >Le téléservice sera indisponible.</socle-notice
        >`);

        expect(part(notice, 'base')!.classList.contains(severity)).to.be.true;
        await expect(notice).to.be.accessible();
      });
    }

    it('announces the severity before the title', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice severity="alert" heading="Alerte météo"
        >Restez chez vous.</socle-notice
      >`);

      expect(part(notice, 'title')!.textContent).to.contain('Alerte :');
    });

    it('renders the link with a default text', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice heading="Grève" link-href="/greve"
        >Accueil fermé.</socle-notice
      >`);

      const link = part(notice, 'link') as HTMLAnchorElement;

      expect(link.getAttribute('href')).to.equal('/greve');
      expect(link.textContent).to.equal('En savoir plus');
      await expect(notice).to.be.accessible();
    });

    it('renders the link with link-text', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice
        heading="Grève"
        link-href="/greve"
        link-text="Voir les horaires"
        >Accueil fermé.</socle-notice
      >`);

      expect(part(notice, 'link')!.textContent).to.equal('Voir les horaires');
    });

    it('drops a javascript: link', async () => {
      const notice = await fixture<SocleNotice>(html`<socle-notice heading="Grève" link-href="javascript:alert(1)"
        >Accueil fermé.</socle-notice
      >`);

      expect(part(notice, 'link')).to.be.null;
    });

    it('speaks English under lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <socle-notice severity="warning" dismissible>The office is closed.</socle-notice>
      </div>`);
      const notice = wrapper.querySelector('socle-notice')!;
      await notice.updateComplete;

      expect(part(notice, 'base')!.getAttribute('aria-label')).to.equal('Important information');
      expect(part(notice, 'dismiss')!.textContent!.trim()).to.equal('Dismiss message');
      await expect(notice).to.be.accessible();
    });
  });

  describe('when the severity is invalid', () => {
    it('falls back to info and warns once', async () => {
      const warn = sinon.stub(console, 'warn');

      const notice = await fixture<SocleNotice>(html`<socle-notice severity="danger">Texte.</socle-notice>`);

      expect(part(notice, 'base')!.classList.contains('info')).to.be.true;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-notice> severity="danger"');
      expect(warn.firstCall.args[0]).to.contain('info, warning, alert');
    });
  });

  describe('when dismissed', () => {
    it('hides, fires socle-dismiss and stores the dismissal', async () => {
      const notice = await renderNotice();
      const onDismiss = sinon.spy();
      notice.addEventListener('socle-dismiss', onDismiss);

      part(notice, 'dismiss')!.click();

      expect(notice.hidden).to.be.true;
      expect(onDismiss.callCount).to.equal(1);
      const record = JSON.parse(localStorage.getItem(KEY)!) as { version: number; dismissedAt: string };
      expect(record.version).to.equal(1);
      expect(Date.parse(record.dismissedAt)).to.be.a('number').and.not.NaN;
    });

    it('stays hidden when the page is loaded again', async () => {
      const first = await renderNotice();
      part(first, 'dismiss')!.click();
      fixtureCleanup();

      const reloaded = await renderNotice();

      expect(reloaded.hidden).to.be.true;
    });

    it('shows again under a new notice-id', async () => {
      const first = await renderNotice();
      part(first, 'dismiss')!.click();
      fixtureCleanup();

      const next = await renderNotice('greve-2027');

      expect(next.hidden).to.be.false;
      localStorage.removeItem('socle-notice:greve-2027');
    });

    it('ignores a stored record of another format version', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 0, dismissedAt: '2026-01-01T00:00:00.000Z' }));

      const notice = await renderNotice();

      expect(notice.hidden).to.be.false;
    });

    it('ignores a malformed stored record', async () => {
      localStorage.setItem(KEY, '{not json');

      const notice = await renderNotice();

      expect(notice.hidden).to.be.false;
    });

    it('ignores a stored dismissal when not dismissible', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, dismissedAt: '2026-01-01T00:00:00.000Z' }));

      const notice = await fixture<SocleNotice>(html`<socle-notice notice-id="greve-2026">Texte.</socle-notice>`);

      expect(notice.hidden).to.be.false;
    });

    it('stays visible when socle-dismiss is canceled', async () => {
      const notice = await renderNotice();
      notice.addEventListener('socle-dismiss', (event) => event.preventDefault());

      part(notice, 'dismiss')!.click();

      expect(notice.hidden).to.be.false;
      expect(localStorage.getItem(KEY)).to.be.null;
    });

    it('warns that a dismissal without notice-id is not remembered', async () => {
      const warn = sinon.stub(console, 'warn');
      const notice = await fixture<SocleNotice>(html`<socle-notice dismissible>Texte.</socle-notice>`);

      part(notice, 'dismiss')!.click();

      expect(notice.hidden).to.be.true;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('no notice-id');
    });
  });

  describe('when storage fails', () => {
    it('hides for the page only when storage is blocked', async () => {
      const first = await renderNotice();
      blockStorage();

      part(first, 'dismiss')!.click();
      fixtureCleanup();
      const reloaded = await renderNotice();

      expect(first.hidden).to.be.true;
      expect(reloaded.hidden).to.be.false;
    });

    it('hides for the page only when the quota is full', async () => {
      const first = await renderNotice();
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('Quota exceeded', 'QuotaExceededError'));

      part(first, 'dismiss')!.click();
      sinon.restore();
      fixtureCleanup();
      const reloaded = await renderNotice();

      expect(first.hidden).to.be.true;
      expect(reloaded.hidden).to.be.false;
    });

    it('renders when reading storage throws', async () => {
      blockStorage();

      const notice = await renderNotice();

      expect(notice.hidden).to.be.false;
      await expect(notice).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('dismisses with Enter and moves focus to the next focusable element', async () => {
      const wrapper = await fixture(html`<div>
        <socle-notice heading="Grève" dismissible notice-id="greve-2026">Accueil fermé.</socle-notice>
        <a href="#contenu" id="after">Contenu</a>
      </div>`);
      const notice = wrapper.querySelector('socle-notice')!;
      await notice.updateComplete;
      part(notice, 'dismiss')!.focus();

      await sendKeys({ press: 'Enter' });

      expect(notice.hidden).to.be.true;
      expect(document.activeElement?.id).to.equal('after');
    });

    it('reaches the link then the button with Tab', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">Avant</button>
        <socle-notice heading="Grève" dismissible link-href="#greve">Accueil fermé.</socle-notice>
      </div>`);
      const notice = wrapper.querySelector('socle-notice')!;
      await notice.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      const first = notice.shadowRoot!.activeElement;
      await sendKeys({ press: 'Tab' });
      const second = notice.shadowRoot!.activeElement;

      expect(first).to.equal(part(notice, 'link'));
      expect(second).to.equal(part(notice, 'dismiss'));
    });
  });
});
