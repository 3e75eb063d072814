import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import './define.js';
import type { SocleTab, SocleTabPanel } from './tab.js';
import type { SocleTabs } from './tabs.js';

async function renderTabs(
  template = html`<socle-tabs label="Démarches">
    <socle-tab>Naissance</socle-tab>
    <socle-tab>Mariage</socle-tab>
    <socle-tab>Décès</socle-tab>
    <socle-tab-panel>Acte de naissance</socle-tab-panel>
    <socle-tab-panel>Acte de mariage</socle-tab-panel>
    <socle-tab-panel>Acte de décès</socle-tab-panel>
  </socle-tabs>`,
): Promise<{ tabs: SocleTabs; tabList: SocleTab[]; panels: SocleTabPanel[] }> {
  const tabs = await fixture<SocleTabs>(template);
  await Promise.all([...tabs.tabs, ...tabs.panels].map((child) => child.updateComplete));
  return { tabs, tabList: tabs.tabs, panels: tabs.panels };
}

function selectedStates(tabList: SocleTab[]): boolean[] {
  return tabList.map((tab) => tab.getAttribute('aria-selected') === 'true');
}

describe('socle-tabs', () => {
  const originalUrl = location.href;

  afterEach(() => {
    sinon.restore();
    history.replaceState(null, '', originalUrl);
  });

  describe('when rendered by default', () => {
    it('sets the tab roles and selects the first tab', async () => {
      const { tabs, tabList, panels } = await renderTabs();

      const tablist = tabs.shadowRoot!.querySelector('[role="tablist"]')!;

      expect(tablist.getAttribute('aria-label')).to.equal('Démarches');
      expect(tabList.every((tab) => tab.getAttribute('role') === 'tab')).to.be.true;
      expect(panels.every((panel) => panel.getAttribute('role') === 'tabpanel')).to.be.true;
      expect(selectedStates(tabList)).to.deep.equal([true, false, false]);
      expect(tabs.selectedIndex).to.equal(0);
    });

    it('pairs each tab with the panel at the same position', async () => {
      const { tabList, panels } = await renderTabs();

      tabList.forEach((tab, index) => {
        const panel = panels[index]!;
        expect(tab.id).to.not.equal('');
        expect(panel.id).to.not.equal('');
        expect(tab.getAttribute('aria-controls')).to.equal(panel.id);
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
      });
    });

    it('keeps ids that the page sets', async () => {
      const { tabList, panels } = await renderTabs(html`<socle-tabs label="Onglets">
        <socle-tab id="onglet-a">A</socle-tab>
        <socle-tab-panel id="panneau-a">Contenu A</socle-tab-panel>
      </socle-tabs>`);

      expect(tabList[0]!.id).to.equal('onglet-a');
      expect(tabList[0]!.getAttribute('aria-controls')).to.equal('panneau-a');
      expect(panels[0]!.getAttribute('aria-labelledby')).to.equal('onglet-a');
    });

    it('uses a roving tabindex and hides the other panels', async () => {
      const { tabList, panels } = await renderTabs();

      expect(tabList.map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      expect(panels.map((panel) => panel.hidden)).to.deep.equal([false, true, true]);
      expect(panels[0]!.tabIndex).to.equal(0);
    });

    it('is accessible', async () => {
      const { tabs } = await renderTabs();

      await expect(tabs).to.be.accessible();
    });
  });

  describe('with a selected attribute', () => {
    it('selects that tab and is accessible', async () => {
      const { tabs, tabList, panels } = await renderTabs(html`<socle-tabs label="Démarches">
        <socle-tab>Naissance</socle-tab>
        <socle-tab selected>Mariage</socle-tab>
        <socle-tab-panel>Acte de naissance</socle-tab-panel>
        <socle-tab-panel>Acte de mariage</socle-tab-panel>
      </socle-tabs>`);

      expect(selectedStates(tabList)).to.deep.equal([false, true]);
      expect(panels.map((panel) => panel.hidden)).to.deep.equal([true, false]);
      await expect(tabs).to.be.accessible();
    });

    it('follows code that sets selected, without socle-tab-change', async () => {
      const { tabs, tabList } = await renderTabs();
      const onChange = sinon.spy();
      tabs.addEventListener('socle-tab-change', onChange);

      tabList[2]!.selected = true;
      await tabList[2]!.updateComplete;

      expect(selectedStates(tabList)).to.deep.equal([false, false, true]);
      expect(tabList[0]!.hasAttribute('selected')).to.be.false;
      expect(onChange.callCount).to.equal(0);
    });

    it('follows selectedIndex', async () => {
      const { tabs, tabList } = await renderTabs();

      tabs.selectedIndex = 1;

      expect(selectedStates(tabList)).to.deep.equal([false, true, false]);
    });
  });

  describe('keyboard', () => {
    it('selects the next tab with Right and fires socle-tab-change', async () => {
      const { tabs, tabList, panels } = await renderTabs();
      const onChange = sinon.spy();
      tabs.addEventListener('socle-tab-change', onChange);

      tabList[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });

      expect(document.activeElement).to.equal(tabList[1]);
      expect(selectedStates(tabList)).to.deep.equal([false, true, false]);
      expect(panels[1]!.hidden).to.be.false;
      expect(tabList.map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      expect(onChange.callCount).to.equal(1);
      expect(onChange.firstCall.args[0].detail.index).to.equal(1);
      expect(onChange.firstCall.args[0].detail.panel).to.equal(panels[1]);
      await expect(tabs).to.be.accessible();
    });

    it('wraps with Left from the first tab and Right from the last', async () => {
      const { tabList } = await renderTabs();

      tabList[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(document.activeElement).to.equal(tabList[2]);

      await sendKeys({ press: 'ArrowRight' });
      expect(document.activeElement).to.equal(tabList[0]);
      expect(selectedStates(tabList)).to.deep.equal([true, false, false]);
    });

    it('selects the first and last tabs with Home and End', async () => {
      const { tabList } = await renderTabs();

      tabList[1]!.focus();
      await sendKeys({ press: 'End' });
      expect(document.activeElement).to.equal(tabList[2]);

      await sendKeys({ press: 'Home' });
      expect(document.activeElement).to.equal(tabList[0]);
      expect(selectedStates(tabList)).to.deep.equal([true, false, false]);
    });

    it('swaps Left and Right in right-to-left text', async () => {
      const { tabList } = await renderTabs(html`<socle-tabs label="Onglets" dir="rtl">
        <socle-tab>A</socle-tab>
        <socle-tab>B</socle-tab>
        <socle-tab-panel>Contenu A</socle-tab-panel>
        <socle-tab-panel>Contenu B</socle-tab-panel>
      </socle-tabs>`);

      tabList[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });

      expect(document.activeElement).to.equal(tabList[1]);
    });

    it('moves Tab from the selected tab into its panel', async () => {
      const { tabList, panels } = await renderTabs();

      tabList[0]!.focus();
      await sendKeys({ press: 'Tab' });

      expect(document.activeElement).to.equal(panels[0]);
    });

    it('moves Shift+Tab from the panel back to the selected tab', async () => {
      const { tabList, panels } = await renderTabs();
      tabList[1]!.focus();
      await sendKeys({ press: 'ArrowRight' });

      panels[2]!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });

      expect(document.activeElement).to.equal(tabList[2]);
    });
  });

  describe('pointer', () => {
    it('selects a clicked tab', async () => {
      const { tabs, tabList } = await renderTabs();

      setTimeout(() => tabList[2]!.click());
      const event = await oneEvent(tabs, 'socle-tab-change');

      expect(event.detail.index).to.equal(2);
      expect(selectedStates(tabList)).to.deep.equal([false, false, true]);
    });
  });

  describe('when children change', () => {
    it('pairs a tab and panel added later', async () => {
      const { tabs } = await renderTabs();
      const tab = document.createElement('socle-tab');
      tab.textContent = 'Divorce';
      const panel = document.createElement('socle-tab-panel');
      panel.textContent = 'Mention de divorce';

      tabs.append(tab, panel);
      await aTimeout(0);

      expect(tab.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.hidden).to.be.true;
    });
  });

  describe('when sync-url', () => {
    it('selects the tab whose panel the fragment names at load', async () => {
      history.replaceState(null, '', '#panneau-deces');

      const { tabList } = await renderTabs(html`<socle-tabs label="Démarches" sync-url>
        <socle-tab>Naissance</socle-tab>
        <socle-tab>Décès</socle-tab>
        <socle-tab-panel id="panneau-naissance">Acte de naissance</socle-tab-panel>
        <socle-tab-panel id="panneau-deces">Acte de décès</socle-tab-panel>
      </socle-tabs>`);

      expect(selectedStates(tabList)).to.deep.equal([false, true]);
    });

    it('writes the selected panel id into the fragment without a history entry', async () => {
      const { tabList } = await renderTabs(html`<socle-tabs label="Démarches" sync-url>
        <socle-tab>Naissance</socle-tab>
        <socle-tab>Décès</socle-tab>
        <socle-tab-panel id="panneau-naissance">Acte de naissance</socle-tab-panel>
        <socle-tab-panel id="panneau-deces">Acte de décès</socle-tab-panel>
      </socle-tabs>`);
      const historyLength = history.length;
      const scrollY = window.scrollY;

      tabList[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });

      expect(location.hash).to.equal('#panneau-deces');
      expect(history.length).to.equal(historyLength);
      expect(window.scrollY).to.equal(scrollY);
    });

    it('follows hashchange', async () => {
      const { tabList } = await renderTabs(html`<socle-tabs label="Démarches" sync-url>
        <socle-tab>Naissance</socle-tab>
        <socle-tab>Décès</socle-tab>
        <socle-tab-panel id="panneau-naissance">Acte de naissance</socle-tab-panel>
        <socle-tab-panel id="panneau-deces">Acte de décès</socle-tab-panel>
      </socle-tabs>`);

      history.replaceState(null, '', '#panneau-deces');
      window.dispatchEvent(new HashChangeEvent('hashchange'));

      expect(selectedStates(tabList)).to.deep.equal([false, true]);
    });

    it('leaves the fragment alone without sync-url', async () => {
      history.replaceState(null, '', '#ailleurs');
      const { tabList } = await renderTabs();

      tabList[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });

      expect(location.hash).to.equal('#ailleurs');
    });
  });
});
