import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import { formatFileSize } from './file-size.js';
import type { SocleLink } from './link.js';

function anchor(link: SocleLink): HTMLAnchorElement {
  return link.shadowRoot!.querySelector('a')!;
}

/** Approximates the link's accessible name: its text with the hidden parts, without the icons. */
function nameText(link: SocleLink): string {
  const a = anchor(link);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else if (node instanceof SVGElement) return;
    else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else node.childNodes.forEach(walk);
  };
  a.childNodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('socle-link', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when internal', () => {
    it('renders a plain link and is accessible', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="/demarches">Toutes les démarches</socle-link>`);

      expect(anchor(link).getAttribute('href')).to.equal('/demarches');
      expect(anchor(link).hasAttribute('target')).to.be.false;
      expect(anchor(link).hasAttribute('rel')).to.be.false;
      expect(link.shadowRoot!.querySelector('.icon')).to.be.null;
      await expect(link).to.be.accessible();
    });

    it('is reached by Tab and followed with Enter', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="#suite">Suite</socle-link>`);
      const before = document.createElement('button');
      before.textContent = 'Avant';
      link.before(before);
      const onClick = sinon.spy((event: Event) => event.preventDefault());
      link.addEventListener('click', onClick);

      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      before.remove();

      expect(link.shadowRoot!.activeElement).to.equal(anchor(link));
      expect(onClick.callCount).to.equal(1);
    });

    it('drops a javascript: URL and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const link = await fixture<SocleLink>(html`<socle-link href="javascript:alert(1)">Lien</socle-link>`);

      expect(anchor(link).hasAttribute('href')).to.be.false;
      expect(warn.firstCall.args[0]).to.contain('<socle-link> href="javascript:alert(1)"');
    });
  });

  describe('when external', () => {
    it('opens new window with accessible name', async () => {
      const link = await fixture<SocleLink>(
        html`<socle-link href="https://www.service-public.fr" external>Service-public.fr</socle-link>`,
      );

      expect(anchor(link).getAttribute('target')).to.equal('_blank');
      expect(anchor(link).getAttribute('rel')).to.equal('noopener noreferrer');
      expect(nameText(link)).to.equal('Service-public.fr (nouvelle fenêtre)');
      expect(link.shadowRoot!.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(link).to.be.accessible();
    });

    it('treats target _blank as external', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="https://example.org" target="_blank">Exemple</socle-link>`);

      expect(anchor(link).getAttribute('rel')).to.equal('noopener noreferrer');
      expect(nameText(link)).to.equal('Exemple (nouvelle fenêtre)');
    });

    it('names new window in English', async () => {
      const wrapper = await fixture(html`<p lang="en"><socle-link href="https://example.org" external>Example</socle-link></p>`);
      const link = wrapper.querySelector('socle-link')!;
      await link.updateComplete;

      expect(nameText(link)).to.equal('Example (new window)');
    });
  });

  describe('with non-string properties', () => {
    it('renders no href for an object and warns', async () => {
      const warn = sinon.stub(console, 'warn');
      const link = await fixture<SocleLink>(html`<socle-link href="/demarches">Démarches</socle-link>`);

      (link as unknown as Record<string, unknown>)['href'] = {};
      await link.updateComplete;

      expect(anchor(link).hasAttribute('href')).to.be.false;
      expect(warn.firstCall.args[0]).to.contain('href is a object, not a string');
    });

    it('shows a file type given as an object as text', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="/f.pdf" download file-size="245000">Cerfa</socle-link>`);

      (link as unknown as Record<string, unknown>)['fileType'] = {};
      await link.updateComplete;

      expect(nameText(link)).to.equal('Cerfa ([OBJECT OBJECT], 245 ko)');
    });

    it('leaves out a file type set to null', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="/f.pdf" download file-type="pdf" file-size="245000">Cerfa</socle-link>`);

      (link as unknown as Record<string, unknown>)['fileType'] = null;
      await link.updateComplete;

      expect(nameText(link)).to.equal('Cerfa (245 ko)');
    });
  });

  describe('when a download', () => {
    it('adds the file type and formatted size and is accessible', async () => {
      const link = await fixture<SocleLink>(
        html`<socle-link href="/formulaire.pdf" download file-type="pdf" file-size="245000"
          >Télécharger le formulaire</socle-link
        >`,
      );

      expect(anchor(link).getAttribute('download')).to.equal('');
      expect(nameText(link)).to.equal('Télécharger le formulaire (PDF, 245 ko)');
      await expect(link).to.be.accessible();
    });

    it('keeps the suggested file name', async () => {
      const link = await fixture<SocleLink>(html`<socle-link href="/f.pdf" download="cerfa-12345.pdf">Cerfa</socle-link>`);

      expect(anchor(link).getAttribute('download')).to.equal('cerfa-12345.pdf');
      expect(nameText(link)).to.equal('Cerfa');
    });

    it('shows a text size as given', async () => {
      const link = await fixture<SocleLink>(
        html`<socle-link href="/f.pdf" download file-type="PDF" file-size="environ 2 Mo">Notice</socle-link>`,
      );

      expect(nameText(link)).to.equal('Notice (PDF, environ 2 Mo)');
    });

    it('formats the size in English', async () => {
      const wrapper = await fixture(
        html`<p lang="en"><socle-link href="/f.pdf" download file-type="PDF" file-size="1250000">Form</socle-link></p>`,
      );
      const link = wrapper.querySelector('socle-link')!;
      await link.updateComplete;

      expect(nameText(link)).to.equal('Form (PDF, 1.3 MB)');
    });
  });

  describe('formatFileSize', () => {
    const cases: Array<[number | string, string, string]> = [
      [0, 'fr', '0\u00a0octets'],
      [999, 'fr', '999\u00a0octets'],
      [1000, 'fr', '1\u00a0ko'],
      [245_000, 'fr', '245\u00a0ko'],
      [1_250_000, 'fr', '1,3\u00a0Mo'],
      [15_400_000, 'fr', '15\u00a0Mo'],
      [2_000_000_000, 'fr', '2\u00a0Go'],
      ['245000', 'en', '245\u00a0KB'],
      [1_250_000, 'en', '1.3\u00a0MB'],
      ['245 ko', 'fr', '245 ko'],
      [-5, 'fr', '-5'],
    ];

    for (const [input, locale, expected] of cases) {
      it(`formats ${JSON.stringify(input)} in ${locale}`, () => {
        expect(formatFileSize(input, locale)).to.equal(expected);
      });
    }
  });
});
