import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isTabbable, previousTabbable } from '../alert/focus-order.js';
import type { SocleDialog } from '../dialog/dialog.js';
import { warnOnce } from '../internal/dev.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { toText } from '../internal/to-text.js';
import { SocleElement } from '../internal/socle-element.js';
import { consentBannerMessages } from './consent-banner.messages.js';
import { consentBannerStyles } from './consent-banner.styles.js';
import type { SocleConsentPurpose } from './consent-purpose.js';
import {
  consentStorageKey,
  readConsentRecord,
  writeConsentRecord,
  type ConsentPurpose,
  type ConsentRecord,
} from './consent-record.js';
import { syncConsentTemplates } from './consent-templates.js';
import { nextTabbableAfter } from './focus-next.js';

/** Detail of `socle-consent-change`. */
export interface ConsentChangeDetail {
  /** Consent per purpose id; required purposes are always true. */
  choices: Record<string, boolean>;
  /** The `consent-version` the choice was given for. */
  version: string;
}

/**
 * Asks the visitor's consent for the purposes the page declares, stores the
 * choice, and runs the page's non-essential content only after consent
 * (CNIL guidelines and recommendation on cookies, 17 September 2020).
 *
 * Purposes come from the `purposes` property when it is not empty, else from
 * child `<socle-consent-purpose purpose-id="…" name="…" required>description
 * </socle-consent-purpose>` elements. While no choice is stored, the element
 * shows a banner: a region named "Gestion des cookies" in the page flow, with
 * "Tout accepter", "Tout refuser" and "Personnaliser" buttons of identical
 * size and style. The banner is not modal and takes no focus at load: place
 * the element right after the skip links so that the keyboard reaches it
 * early. It never covers content, so a focused element is never hidden
 * behind it (WCAG 2.4.11).
 *
 * "Personnaliser", `open()` and a `socle-consent-open` event reaching
 * `document` (fired by the footer's "Gestion des cookies" button) open a
 * modal dialog with an Accepter/Refuser choice per purpose. Required purposes
 * are always on, with a sentence explaining why. Refuser is preselected until the visitor chose.
 *
 * The choice is stored in `localStorage` under a key made of
 * `consent-version` and the sorted purpose ids, so that a new version or
 * purpose asks again. When storage is blocked or full, it lasts for the page.
 *
 * Non-essential content waits in `<template data-socle-consent="purpose-id">`
 * elements anywhere in the document: the element inserts a copy of a
 * template's content after it once every purpose it names has consent, and
 * removes that copy when consent is withdrawn. Scripts inside must be
 * external (`<script src>`), so that a strict Content-Security-Policy only
 * has to allow their origin. Call `syncTemplates()` after adding templates
 * later.
 *
 * @summary Cookie consent banner and settings dialog, with per-purpose choices and deferred content.
 *
 * @slot description - The banner's explanation, in place of the default text; may contain a link to the privacy page.
 * @slot - `socle-consent-purpose` elements.
 *
 * @csspart banner - The banner, a region landmark.
 * @csspart title - The banner's heading.
 * @csspart actions - The wrapper of the three choice buttons.
 * @csspart accept-all - The "Tout accepter" button of the banner.
 * @csspart refuse-all - The "Tout refuser" button of the banner.
 * @csspart customize - The "Personnaliser" button of the banner.
 * @csspart save - The "Enregistrer mes choix" button of the dialog.
 *
 * @cssprop --socle-consent-banner-background - Background of the banner.
 *
 * @event socle-consent-change - Fired when the visitor accepts, refuses or saves choices; `detail` is `{ choices, version }`.
 */
export class SocleConsentBanner extends SocleElement {
  static override styles = [baseStyles, focusRing, consentBannerStyles];

  private childObserver?: MutationObserver;

  /** Storage key of `record`, so that a change of version or purposes reloads it. */
  private recordKey = '';

  @query('socle-dialog') private dialog!: SocleDialog;

  @state() private childPurposes: ConsentPurpose[] = [];

  @state() private record: ConsentRecord | null = null;

  @state() private statusMessage = '';

  /** Purposes as objects `{ id, name, description, required }`; when not empty, child `socle-consent-purpose` elements are ignored. */
  @property({ attribute: false }) purposes: ConsentPurpose[] = [];

  /** Version of the consent request. Changing it, for example when the cookie policy changes, shows the banner again to every visitor. */
  @property({ attribute: 'consent-version' }) consentVersion = '1';

  /**
   * Number of days after which a stored choice expires and the banner shows
   * again; 0 (default) keeps it until the version or purposes change. The
   * CNIL's 2020 recommendation calls keeping choices for 6 months good practice.
   */
  @property({ attribute: 'renew-after-days', type: Number }) renewAfterDays = 0;

  /** Heading of the banner, "À propos des cookies" by default. */
  @property() heading = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildPurposes();
    this.childObserver = new MutationObserver(() => this.readChildPurposes());
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    document.addEventListener('socle-consent-open', this.handleOpenRequest);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.handleDocumentLoaded, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    document.removeEventListener('socle-consent-open', this.handleOpenRequest);
    document.removeEventListener('DOMContentLoaded', this.handleDocumentLoaded);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('purposes') || changed.has('consentVersion') || changed.has('childPurposes')) {
      const key = consentStorageKey(this.version, this.activePurposes);
      if (key !== this.recordKey) {
        this.recordKey = key;
        this.record = readConsentRecord(key, this.activePurposes, this.maxAgeDays);
      }
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('record') || changed.has('purposes') || changed.has('childPurposes')) this.syncTemplates();
  }

  private readonly handleOpenRequest = (): void => {
    void this.open();
  };

  private readonly handleDocumentLoaded = (): void => {
    this.syncTemplates();
  };

  /** Keeps the inner dialog's events inside this element, whose own event is `socle-consent-change`. */
  private stopDialogEvent(event: Event): void {
    event.stopPropagation();
  }

  /** After the dialog closes, gives focus a place when the element that had it is gone, such as the banner's buttons. */
  private handleDialogClose(event: Event): void {
    event.stopPropagation();
    this.focusAfterBanner();
  }

  private handleAcceptAll(): void {
    void this.decideFromBanner(true);
  }

  private handleRefuseAll(): void {
    void this.decideFromBanner(false);
  }

  private handleCustomize(): void {
    void this.open();
  }

  private handleDialogAcceptAll(): void {
    void this.decideFromDialog(this.uniformChoices(true));
  }

  private handleDialogRefuseAll(): void {
    void this.decideFromDialog(this.uniformChoices(false));
  }

  private handleSave(): void {
    const choices: Record<string, boolean> = {};
    this.activePurposes.forEach((purpose, index) => {
      if (purpose.required) return;
      const checked = this.renderRoot.querySelector<HTMLInputElement>(`input[name="purpose-${index}"]:checked`);
      choices[purpose.id] = checked?.value === 'accept';
    });
    void this.decideFromDialog(choices);
  }

  /** `renew-after-days` as a non-negative number of days; an invalid value keeps choices forever. */
  private get maxAgeDays(): number {
    const days = Number(this.renewAfterDays);
    return Number.isFinite(days) && days > 0 ? days : 0;
  }

  /** The `consent-version`, or `1` when empty. */
  private get version(): string {
    return toText(this.consentVersion).trim() || '1';
  }

  /** Purposes in use, from the property or else the children, without duplicates. */
  private get activePurposes(): ConsentPurpose[] {
    const source = Array.isArray(this.purposes) && this.purposes.length > 0 ? this.purposes : this.childPurposes;
    const seen = new Set<string>();
    const result: ConsentPurpose[] = [];
    for (const purpose of source) {
      const id = typeof purpose?.id === 'string' ? purpose.id.trim() : '';
      if (!id) {
        warnOnce('consent-purpose-without-id', '<socle-consent-banner> ignores a purpose without an id.');
        continue;
      }
      if (seen.has(id)) {
        warnOnce('consent-duplicate-purpose', `<socle-consent-banner> ignores the second purpose with id "${id}".`);
        continue;
      }
      seen.add(id);
      result.push({ ...purpose, id, name: purpose.name || id });
    }
    return result;
  }

  private get optionalPurposes(): ConsentPurpose[] {
    return this.activePurposes.filter((purpose) => !purpose.required);
  }

  private readChildPurposes(): void {
    const purposes = [...this.querySelectorAll<SocleConsentPurpose>(':scope > socle-consent-purpose')].map(
      (element): ConsentPurpose => ({
        id: element.getAttribute('purpose-id') ?? '',
        name: element.getAttribute('name') ?? '',
        description: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        required: element.hasAttribute('required'),
      }),
    );
    if (JSON.stringify(purposes) !== JSON.stringify(this.childPurposes)) this.childPurposes = purposes;
  }

  private uniformChoices(accepted: boolean): Record<string, boolean> {
    return Object.fromEntries(this.optionalPurposes.map((purpose) => [purpose.id, accepted]));
  }

  /** Stores `choices` for the current purposes and version, and fires `socle-consent-change`. */
  private decide(choices: Record<string, boolean>): void {
    this.record = writeConsentRecord(this.recordKey, this.version, choices);
    this.statusMessage = this.msg(consentBannerMessages, 'consent-banner.saved');
    const detail: ConsentChangeDetail = { choices: this.choices, version: this.version };
    this.dispatchEvent(new CustomEvent('socle-consent-change', { bubbles: true, composed: true, detail }));
  }

  private async decideFromBanner(accepted: boolean): Promise<void> {
    this.decide(this.uniformChoices(accepted));
    await this.updateComplete;
    this.focusAfterBanner();
  }

  /** Applies the choices, removes the banner, then closes the dialog, so that focus does not return to a removed button. */
  private async decideFromDialog(choices: Record<string, boolean>): Promise<void> {
    this.decide(choices);
    await this.updateComplete;
    await this.dialog.close('save');
  }

  /**
   * Moves focus to the first focusable element after this element, else
   * before it, when focus was lost: on the body, or on a button of the
   * removed banner or of the closed dialog.
   */
  private focusAfterBanner(): void {
    const active = deepActiveElement();
    const lost = active === null || (this.renderRoot.contains(active) && !isTabbable(active));
    if (!lost) return;
    (nextTabbableAfter(this) ?? previousTabbable(this))?.focus();
  }

  /** Consent per purpose id: required purposes are true, others true only when the visitor accepted them. */
  get choices(): Record<string, boolean> {
    const stored = this.record?.choices ?? {};
    return Object.fromEntries(
      this.activePurposes.map((purpose) => [purpose.id, purpose.required === true || stored[purpose.id] === true]),
    );
  }

  /** True once the visitor chose for the current version and purposes. */
  get decided(): boolean {
    return this.record !== null;
  }

  /** Returns whether the visitor consented to `purposeId`; true for a required purpose, false for an unknown one. */
  hasConsent(purposeId: string): boolean {
    return this.choices[purposeId] === true;
  }

  /** Opens the settings dialog; resolves once it is open and focus is inside. */
  async open(): Promise<void> {
    await this.updateComplete;
    await this.dialog.show();
  }

  /**
   * Inserts the content of the document's `<template data-socle-consent>`
   * elements whose purposes have consent, and removes it where consent was
   * withdrawn. Runs by itself on load and after every choice.
   */
  syncTemplates(): void {
    if (!this.isConnected) return;
    const known = new Set(this.activePurposes.map((purpose) => purpose.id));
    syncConsentTemplates(document, (id) => this.hasConsent(id), known);
  }

  private renderBanner() {
    return html`<section part="banner" class="banner" aria-label=${this.msg(consentBannerMessages, 'consent-banner.region')}>
      <h2 part="title" class="title">${this.heading || this.msg(consentBannerMessages, 'consent-banner.title')}</h2>
      <div class="description">
        <slot name="description"><p>${this.msg(consentBannerMessages, 'consent-banner.description')}</p></slot>
      </div>
      <div part="actions" class="actions">
        <button part="accept-all" class="action" type="button" @click=${this.handleAcceptAll}>
          ${this.msg(consentBannerMessages, 'consent-banner.accept-all')}
        </button>
        <button part="refuse-all" class="action" type="button" @click=${this.handleRefuseAll}>
          ${this.msg(consentBannerMessages, 'consent-banner.refuse-all')}
        </button>
        <button part="customize" class="action" type="button" aria-haspopup="dialog" @click=${this.handleCustomize}>
          ${this.msg(consentBannerMessages, 'consent-banner.customize')}
        </button>
      </div>
    </section>`;
  }

  private renderPurpose(purpose: ConsentPurpose, index: number, stored: Record<string, boolean>) {
    const descriptionId = `purpose-${index}-description`;
    const description = purpose.description
      ? html`<p class="purpose-description" id=${descriptionId}>${purpose.description}</p>`
      : nothing;
    if (purpose.required) {
      return html`<fieldset class="purpose" aria-describedby="purpose-${index}-locked">
        <legend>${purpose.name}</legend>
        ${description}
        <p class="locked" id="purpose-${index}-locked">${this.msg(consentBannerMessages, 'consent-banner.required')}</p>
      </fieldset>`;
    }
    const accepted = stored[purpose.id] === true;
    return html`<fieldset class="purpose" aria-describedby=${purpose.description ? descriptionId : nothing}>
      <legend>${purpose.name}</legend>
      ${description}
      <div class="choices">
        <label class="radio"
          ><input type="radio" name="purpose-${index}" value="accept" .checked=${live(accepted)} />${this.msg(
            consentBannerMessages,
            'consent-banner.accept',
          )}</label
        >
        <label class="radio"
          ><input type="radio" name="purpose-${index}" value="refuse" .checked=${live(!accepted)} />${this.msg(
            consentBannerMessages,
            'consent-banner.refuse',
          )}</label
        >
      </div>
    </fieldset>`;
  }

  private renderDialog() {
    const stored = this.record?.choices ?? {};
    return html`<socle-dialog
      label=${this.msg(consentBannerMessages, 'consent-banner.dialog-title')}
      @socle-show=${this.stopDialogEvent}
      @socle-cancel=${this.stopDialogEvent}
      @socle-close=${this.handleDialogClose}
    >
      <p class="intro">${this.msg(consentBannerMessages, 'consent-banner.dialog-intro')}</p>
      <div
        class="actions dialog-actions"
        role="group"
        aria-label=${this.msg(consentBannerMessages, 'consent-banner.all-purposes')}
      >
        <button class="action" type="button" data-choice="accept-all" @click=${this.handleDialogAcceptAll}>
          ${this.msg(consentBannerMessages, 'consent-banner.accept-all')}
        </button>
        <button class="action" type="button" data-choice="refuse-all" @click=${this.handleDialogRefuseAll}>
          ${this.msg(consentBannerMessages, 'consent-banner.refuse-all')}
        </button>
      </div>
      ${this.activePurposes.map((purpose, index) => this.renderPurpose(purpose, index, stored))}
      <div slot="footer">
        <button part="save" class="action" type="button" @click=${this.handleSave}>
          ${this.msg(consentBannerMessages, 'consent-banner.save')}
        </button>
      </div>
    </socle-dialog>`;
  }

  override render() {
    const asking = this.record === null && this.optionalPurposes.length > 0;
    return html`${asking ? this.renderBanner() : nothing}
      <div class="visually-hidden" role="status">${this.statusMessage}</div>
      ${this.renderDialog()}`;
  }
}

/** Returns the focused element, looking inside open shadow roots, or null when the body has focus. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
