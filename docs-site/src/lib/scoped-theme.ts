/**
 * Rewrites a Socle theme style sheet so it applies inside one live example
 * instead of to the whole page. A theme declares its custom properties on
 * `:root` and switches scheme with `data-socle-scheme` on any ancestor. Here
 * the same declarations go on the element marked
 * `data-socle-example-theme="<theme>"`, so the four themes can sit side by
 * side on one page. Only the selectors change, and every declaration is kept.
 */
const SCHEME_RULE = /^\[data-socle-scheme="(light|dark)"\] \{$/;
const SYSTEM_DARK_RULE = /^(\s*):root:not\(\[data-socle-scheme="light"\]\) \{$/;
const ROOT_RULE = /^(\s*):root \{$/;

export function scopeThemeCss(css: string, theme: string): string {
  const scope = `[data-socle-example-theme="${theme}"]`;
  return css
    .split('\n')
    .map((line) => {
      const scheme = SCHEME_RULE.exec(line);
      if (scheme) {
        // The scheme can be set on <html> (the site's theme selector), on the
        // example itself, or on an element inside it (a dark footer).
        const attribute = `[data-socle-scheme="${scheme[1]}"]`;
        return `${attribute} ${scope}, ${scope}${attribute}, ${scope} ${attribute} {`;
      }
      const systemDark = SYSTEM_DARK_RULE.exec(line);
      if (systemDark) return `${systemDark[1]}:root:not([data-socle-scheme="light"]) ${scope} {`;
      const root = ROOT_RULE.exec(line);
      if (root) return `${root[1]}${scope} {`;
      return line;
    })
    .join('\n');
}
