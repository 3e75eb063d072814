import { LitElement } from 'lit';
import { enumValue } from './enum-attribute.js';
import { findLanguageTag, matchLocale, onLocaleChange, translate, type MessageKey, type MessageTable } from './i18n.js';

/**
 * Base class of every Socle element: it resolves the element's locale and
 * re-renders when a `lang` attribute changes or a locale is registered.
 */
export class SocleElement extends LitElement {
  /** Locale resolved at the start of the current update, such as `fr` or `en`. */
  protected locale = 'fr';

  private stopLocaleListener?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopLocaleListener = onLocaleChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLocaleListener?.();
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.resolveLocale();
    super.update(changed);
  }

  /** Sets `locale` from the nearest `lang` attribute; `update()` calls it before rendering. */
  protected resolveLocale(): void {
    this.locale = matchLocale(findLanguageTag(this));
  }

  /**
   * Returns a shared message, such as the required marker, in this element's
   * locale. Form controls also reach the validation messages through it.
   */
  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.locale, key, params);
  }

  /** Returns a message of the element's own `table` in this element's locale. */
  protected msg(table: MessageTable, key: string, params?: Record<string, string | number>): string {
    return translate(this.locale, key, params, table);
  }

  /** Returns an accepted value of an enumerated attribute, or its default with a development warning. */
  protected enumValue<T extends string>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    return enumValue(this, attribute, value, accepted, fallback);
  }
}
