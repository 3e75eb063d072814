/**
 * The pending changesets (`.changeset/*.md` at the repository root) and the
 * released changelogs (`packages/<name>/CHANGELOG.md`), read at build time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildInputError, packagesDir } from './build-inputs';

export interface Changeset {
  id: string;
  /** Package name and bump type (`patch`, `minor`, `major`) from the front matter. */
  releases: { name: string; type: string }[];
  /** Markdown body, written for consumers of the packages. */
  summary: string;
}

export interface PackageChangelog {
  name: string;
  markdown: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const RELEASE_LINE = /^\s*['"]?([^'":]+)['"]?\s*:\s*(patch|minor|major)\s*$/;

/** Parses one changeset file in the @changesets/cli format, or throws naming the file. */
export function parseChangeset(id: string, text: string): Changeset {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new BuildInputError(`.changeset/${id}.md has no front matter between "---" lines.`);
  const releases = match[1]!
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const release = RELEASE_LINE.exec(line);
      if (!release) throw new BuildInputError(`.changeset/${id}.md: invalid release line ${JSON.stringify(line)}; expected "'@socle/name': patch|minor|major".`);
      return { name: release[1]!.trim(), type: release[2]! };
    });
  return { id, releases, summary: match[2]!.trim() };
}

export function loadChangesets(): Changeset[] {
  const folder = join(packagesDir(), '../.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => parseChangeset(file.slice(0, -3), readFileSync(join(folder, file), 'utf8')));
}

export function loadPackageChangelogs(): PackageChangelog[] {
  const root = packagesDir();
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'CHANGELOG.md')))
    .map((entry) => ({ name: entry.name, markdown: readFileSync(join(root, entry.name, 'CHANGELOG.md'), 'utf8') }));
}

export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * Splits the small Markdown subset that changesets and changelogs use into
 * blocks: `#` headings, `-` or `*` lists, and paragraphs. Inline code is left
 * in the text for InlineCode to render; other inline syntax stays as typed.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.split(/\r?\n\s*\r?\n/)) {
    const lines = chunk.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (lines.every((line) => /^\s*[-*]\s+/.test(line) || /^\s{2,}\S/.test(line))) {
      const items: string[] = [];
      for (const line of lines) {
        if (/^\s*[-*]\s+/.test(line)) items.push(line.replace(/^\s*[-*]\s+/, ''));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push({ kind: 'list', items });
    } else {
      blocks.push({ kind: 'paragraph', text: lines.join(' ') });
    }
  }
  return blocks;
}
