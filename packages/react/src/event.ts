/**
 * Event object of a Socle event name, as the elements declare it in
 * HTMLElementEventMap (`socle-submit` → `CustomEvent<SocleSubmitDetail>`),
 * or a plain CustomEvent when the element does not declare it.
 */
export type SocleEvent<Name extends string> = Name extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[Name]
  : CustomEvent;
