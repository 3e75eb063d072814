import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DEV, resetWarnings, warnOnce } from './dev.js';
import { safeUrl } from './safe-url.js';

describe('warnOnce', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  it('runs in development mode in unbundled source', () => {
    expect(DEV).to.be.true;
  });

  it('logs a warning once per code and message', () => {
    const warn = sinon.stub(console, 'warn');

    warnOnce('probe', 'first');
    warnOnce('probe', 'first');
    warnOnce('probe', 'second');

    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.equal('[socle:probe] first');
  });
});

describe('safeUrl', () => {
  it('keeps relative, http, https, mailto and tel URLs', () => {
    for (const url of ['/a', 'page.html', '#id', '?q=1', 'https://exemple.fr', 'http://x', 'mailto:a@b.fr', 'tel:+33123']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('drops javascript, data and vbscript URLs, however disguised', () => {
    const payloads = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ];
    for (const url of payloads) {
      expect(safeUrl(url), JSON.stringify(url)).to.be.undefined;
    }
  });

  it('returns undefined for empty values', () => {
    expect(safeUrl('')).to.be.undefined;
    expect(safeUrl(null)).to.be.undefined;
    expect(safeUrl(undefined)).to.be.undefined;
  });

  it('returns undefined for values that are not strings', () => {
    const values: unknown[] = [[], ['/a'], {}, { href: '/a' }, 5e-324, 0, true, new URL('https://exemple.fr/')];
    for (const value of values) {
      expect(safeUrl(value), String(value)).to.be.undefined;
    }
  });
});
