/**
 * Lists the `--socle-*` custom properties that an element's own styles read,
 * by scanning the TypeScript files of its folder in @socle/components for
 * `var(--socle-…)`. Private `--_socle-*` properties are skipped. Styles shared
 * by every element (font family, default text colour) live outside the
 * folder and are not listed.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packagesDir, readPackageText } from './build-inputs';
import { findElement } from './manifest';

const CUSTOM_PROPERTY_READ = /var\(\s*(--socle-[a-z0-9-]+)/g;

/** Returns the custom properties read by the element's folder, in first-seen order. */
export function customPropertiesRead(tagName: string): string[] {
  const { modulePath } = findElement(tagName);
  const folder = join('components', dirname(modulePath));
  const files = readdirSync(join(packagesDir(), folder))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .sort();

  const names = new Set<string>();
  for (const file of files) {
    for (const match of readPackageText(join(folder, file)).matchAll(CUSTOM_PROPERTY_READ)) {
      names.add(match[1]!);
    }
  }
  return [...names];
}
