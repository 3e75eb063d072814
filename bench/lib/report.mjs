// Writes the results into the docs pages, between the markers below, in
// French and in English. Everything outside the markers is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { libraryLabel } from './scenarios.mjs';

export const START_MARKER = '<!-- bench:results:start (written by `npm run bench`; edits here are overwritten) -->';
export const END_MARKER = '<!-- bench:results:end -->';

const TEXT = {
  fr: {
    locale: 'fr-FR',
    language: 'fr',
    colon: '\u00a0:',
    percent: '\u00a0%',
    byteUnit: 'o',
    resultsHeading: 'Résultats',
    runOn: (date) => `Mesures du ${date}.`,
    machine: 'Machine',
    command: 'Commande',
    runtime: 'Durée totale',
    load: 'Charge moyenne (1, 5, 15 min)',
    atStart: 'au début',
    atEnd: 'à la fin',
    loaded: (cores) => `**Machine chargée :** d’autres processus tournaient pendant la mesure sur ces ${cores} cœurs. Les temps absolus sont plus longs et plus dispersés que sur une machine au repos ; les rapports entre variantes, mesurées en alternance dans la même exécution, restent comparables.`,
    idle: 'Machine peu chargée pendant la mesure.',
    cores: (count, model) => `${count} cœurs (${model})`,
    memory: (gib) => `${gib} Gio de mémoire`,
    sizeHeading: 'Poids',
    sizeIntro: 'Le JavaScript est regroupé et minifié par esbuild, les feuilles de style des thèmes sont mesurées telles que construites ; chaque entrée est ensuite compressée par node:zlib (gzip niveau 9, brotli qualité 11). Tailles en octets.',
    socleSizes: 'Socle',
    elementSizes: 'Chaque élément (`dist/<nom>/define.js` et ce qu’il importe)',
    themeSizes: 'Thèmes (`packages/tokens/dist/css`)',
    formatsSizes: '@socle/formats',
    pageSizes: 'Page de formulaire : Socle et les autres bibliothèques',
    entry: 'Entrée',
    contents: 'Contenu',
    raw: 'Brut',
    element: 'Élément',
    withLit: 'avec Lit',
    withoutLit: 'sans Lit',
    library: 'Bibliothèque',
    js: 'JS',
    css: 'CSS',
    total: 'Total',
    socleFormPage: 'Socle : page de formulaire + thème `socle`',
    dsfrSkipped: 'DSFR n’est pas mesuré dans cette exécution : son paquet npm (1.15.3) ne s’installe qu’après acceptation de ses modalités d’utilisation (voir la méthode).',
    renderHeading: 'Rendu dans Chromium sans interface',
    renderIntro: (rounds) => `${rounds} tours ; dans chaque tour, les variantes d’un scénario passent l’une après l’autre, dans un ordre décalé d’un cran à chaque tour. Médiane, quartiles (Q1–Q3) et extrêmes en millisecondes.`,
    variant: 'Variante',
    median: 'Médiane',
    quartiles: 'Q1–Q3',
    range: 'Min–max',
    vsNative: '÷ natif',
    socleVs: 'Socle ÷ ligne',
    heapHeading: (count) => `Mémoire pour ${count} champs de texte`,
    heapIntro: 'Différence de tas après un ramasse-miettes forcé (CDP `HeapProfiler.collectGarbage`, puis `Runtime.getHeapUsage`), avant et après l’insertion. « Tas JS » est le tas V8 ; « tas Blink » est le tas Oilpan où vivent les nœuds DOM et les racines fantômes.',
    heapJs: 'Tas JS (Kio)',
    heapBlink: 'Tas Blink (Kio)',
    noPeer: 'Aucune autre bibliothèque mesurée sur ce scénario.',
    tokensHeading: 'Jetons',
    tokensBuild: '`npm run build -w @socle/tokens` (4 thèmes, CSS, JS, JSON, types)',
    tokensCheck: '`socle-tokens check` sur un thème d’agence (palette de marque complète)',
    runs: 'Exécutions',
    runsWithFailures: (ok, failed) => `${ok} (${failed} en échec)`,
    focusCounts: (counts) => `Mesures où le focus a atteint le récapitulatif dans la seconde suivante : ${counts}.`,
    failed: (library, messages) => `Mesures en échec pour ${library} : ${messages}.`,
    profileHeading: 'Où Socle passe son temps (profils CPU)',
    profileIntro: (runs) => `${runs} profils par scénario, enregistrés après les tours mesurés avec un paquet non minifié. Pour chaque module source ou tâche du navigateur : médiane du temps propre sur ces profils, en millisecondes et en part du temps échantillonné. Le travail natif appelé depuis JavaScript (création d’un élément, attachement d’une racine fantôme) est compté dans le module qui l’appelle.`,
    fasterPeers: (names) => `Plus rapide que Socle sur ce scénario : ${names}.`,
    noFasterPeer: 'Aucune autre bibliothèque n’est plus rapide que Socle sur ce scénario.',
    profileFile: 'Profil',
    module: 'Module ou travail du navigateur',
    share: 'Part',
    blocked: (origins) => `Requêtes bloquées vers d’autres origines que 127.0.0.1 (polices des feuilles de style) : ${origins}.`,
    notMeasured: 'non mesuré',
  },
  en: {
    locale: 'en-GB',
    language: 'en',
    colon: ':',
    percent: '%',
    byteUnit: 'B',
    resultsHeading: 'Results',
    runOn: (date) => `Measured on ${date}.`,
    machine: 'Machine',
    command: 'Command',
    runtime: 'Total run time',
    load: 'Load average (1, 5, 15 min)',
    atStart: 'at start',
    atEnd: 'at end',
    loaded: (cores) => `**Loaded machine:** other processes were running on these ${cores} cores during the measurement. Absolute times are longer and more spread out than on an idle machine; the ratios between variants, measured alternately in the same run, stay comparable.`,
    idle: 'The machine was lightly loaded during the measurement.',
    cores: (count, model) => `${count} cores (${model})`,
    memory: (gib) => `${gib} GiB of memory`,
    sizeHeading: 'Size',
    sizeIntro: 'JavaScript is bundled and minified by esbuild, theme stylesheets are measured as built; each entry is then compressed by node:zlib (gzip level 9, brotli quality 11). Sizes in bytes.',
    socleSizes: 'Socle',
    elementSizes: 'Each element (`dist/<name>/define.js` and what it imports)',
    themeSizes: 'Themes (`packages/tokens/dist/css`)',
    formatsSizes: '@socle/formats',
    pageSizes: 'Form page: Socle and the other libraries',
    entry: 'Entry',
    contents: 'Contents',
    raw: 'Raw',
    element: 'Element',
    withLit: 'with Lit',
    withoutLit: 'without Lit',
    library: 'Library',
    js: 'JS',
    css: 'CSS',
    total: 'Total',
    socleFormPage: 'Socle: form page + `socle` theme',
    dsfrSkipped: 'DSFR is not measured in this run: its npm package (1.15.3) installs only after its terms of use are accepted (see the method).',
    renderHeading: 'Rendering in headless Chromium',
    renderIntro: (rounds) => `${rounds} rounds; in each round the variants of a scenario run one after the other, in an order shifted by one every round. Median, quartiles (Q1–Q3) and extremes in milliseconds.`,
    variant: 'Variant',
    median: 'Median',
    quartiles: 'Q1–Q3',
    range: 'Min–max',
    vsNative: '÷ native',
    socleVs: 'Socle ÷ row',
    heapHeading: (count) => `Memory for ${count} text fields`,
    heapIntro: 'Heap difference after a forced garbage collection (CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`), before and after the insertion. "JS heap" is the V8 heap; "Blink heap" is the Oilpan heap that holds DOM nodes and shadow roots.',
    heapJs: 'JS heap (KiB)',
    heapBlink: 'Blink heap (KiB)',
    noPeer: 'No other library is measured on this scenario.',
    tokensHeading: 'Tokens',
    tokensBuild: '`npm run build -w @socle/tokens` (4 themes, CSS, JS, JSON, types)',
    tokensCheck: '`socle-tokens check` on an agency theme (full brand palette)',
    runs: 'Runs',
    runsWithFailures: (ok, failed) => `${ok} (${failed} failed)`,
    focusCounts: (counts) => `Runs where focus reached the summary within the next second: ${counts}.`,
    failed: (library, messages) => `Failed measurements for ${library}: ${messages}.`,
    profileHeading: 'Where Socle spends its time (CPU profiles)',
    profileIntro: (runs) => `${runs} profiles per scenario, recorded after the measured rounds with an unminified bundle. For each source module or browser task: the median self time over those profiles, in milliseconds and as a share of the sampled time. Native work called from JavaScript (creating an element, attaching a shadow root) counts in the module that calls it.`,
    fasterPeers: (names) => `Faster than Socle on this scenario: ${names}.`,
    noFasterPeer: 'No other library is faster than Socle on this scenario.',
    profileFile: 'Profile',
    module: 'Module or browser work',
    share: 'Share',
    blocked: (origins) => `Requests blocked to origins other than 127.0.0.1 (fonts of the stylesheets): ${origins}.`,
    notMeasured: 'not measured',
  },
};

const number = (locale, value, digits = 0) => value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
// Cells are plain text or code spans; only the pipe would break the table.
const escapeCell = (text) => String(text).replaceAll('|', '\\|');

function table(headers, rows, alignRight = []) {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map((_, index) => (alignRight.includes(index) ? '---:' : '---')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** Renders the generated section in one language. */
export function renderSection(results, language) {
  const t = TEXT[language];
  const n = (value, digits) => number(t.locale, value, digits);
  const bytes = (value) => n(value);
  // Three significant digits at most: 4.52, 45.2, 452.
  const ms = (value) => {
    if (value < 10) return n(value, 2);
    if (value < 100) return n(value, 1);
    return n(value, 0);
  };
  const ratio = (value) => `${n(value, 2)}×`;
  const out = [];

  out.push(`## ${t.resultsHeading}`, '');
  out.push(t.runOn(results.date), '');
  const { machine } = results;
  out.push(
    `- ${t.machine}${t.colon} ${t.cores(machine.cores, machine.cpuModel)}, ${t.memory(machine.memoryGiB)}, ${machine.os}, Node ${machine.node}, ${machine.chromium ?? t.notMeasured}`,
    `- ${t.command}${t.colon} \`${results.command}\``,
    `- ${t.runtime}${t.colon} ${n(results.runtimeSeconds)} s`,
    `- ${t.load}${t.colon} ${machine.loadStart.map((value) => n(value, 2)).join(' / ')} ${t.atStart}, ${machine.loadEnd.map((value) => n(value, 2)).join(' / ')} ${t.atEnd}`,
    '',
  );
  out.push(machine.loaded ? t.loaded(machine.cores) : t.idle, '');

  if (results.size) out.push(...sizeSections(results.size, t, bytes));
  if (results.render) out.push(...renderSections(results.render, t, ms, ratio, n));
  if (results.tokens) {
    out.push(`### ${t.tokensHeading}`, '');
    const row = (label, summary) => [label, ms(summary.median), `${ms(summary.min)}–${ms(summary.max)}`, String(summary.n)];
    out.push(table([t.entry, `${t.median} (ms)`, `${t.range} (ms)`, t.runs], [row(t.tokensBuild, results.tokens.build), row(t.tokensCheck, results.tokens.check)], [1, 2, 3]), '');
  }
  return out.join('\n').trimEnd();
}

function sizeSections(size, t, bytes) {
  const out = [`### ${t.sizeHeading}`, '', t.sizeIntro, ''];
  const sizeRow = (row) => [escapeCell(row.name[t.language]), escapeCell(row.contents[t.language]), bytes(row.raw), bytes(row.gzip), bytes(row.brotli)];
  const sizeHeaders = [t.entry, t.contents, `${t.raw} (${t.byteUnit})`, `gzip (${t.byteUnit})`, `brotli (${t.byteUnit})`];

  out.push(`#### ${t.socleSizes}`, '', table(sizeHeaders, size.rows.filter((row) => row.group === 'socle').map(sizeRow), [2, 3, 4]), '');

  out.push(`#### ${t.elementSizes}`, '');
  const elements = size.rows.filter((row) => row.group === 'element');
  out.push(
    table(
      [t.element, `gzip ${t.withLit}`, `brotli ${t.withLit}`, `gzip ${t.withoutLit}`, `brotli ${t.withoutLit}`],
      elements.map((row) => [`\`${row.name[t.language]}\``, bytes(row.lit.gzip), bytes(row.lit.brotli), bytes(row.noLit.gzip), bytes(row.noLit.brotli)]),
      [1, 2, 3, 4],
    ),
    '',
  );

  out.push(`#### ${t.themeSizes}`, '', table(sizeHeaders, size.rows.filter((row) => row.group === 'theme').map(sizeRow), [2, 3, 4]), '');
  out.push(`#### ${t.formatsSizes}`, '', table(sizeHeaders, size.rows.filter((row) => row.group === 'formats').map(sizeRow), [2, 3, 4]), '');

  out.push(`#### ${t.pageSizes}`, '');
  const find = (id) => size.rows.find((row) => row.id === id);
  const pages = [
    { label: t.socleFormPage, js: find('form-page'), css: size.rows.find((row) => row.group === 'theme' && row.id === 'socle') },
    { label: 'Web Awesome 3.14.0', js: find('webawesome-js'), css: find('webawesome-css') },
    { label: 'GCDS 1.3.1', js: find('gcds-js'), css: find('gcds-css') },
  ];
  if (find('dsfr-js')) pages.push({ label: 'DSFR 1.15.3', js: find('dsfr-js'), css: find('dsfr-css') });
  out.push(
    table(
      [t.library, `${t.js} gzip (${t.byteUnit})`, `${t.css} gzip (${t.byteUnit})`, `${t.total} gzip (${t.byteUnit})`, `${t.total} brotli (${t.byteUnit})`],
      pages.map((page) => [page.label, bytes(page.js.gzip), bytes(page.css.gzip), bytes(page.js.gzip + page.css.gzip), bytes(page.js.brotli + page.css.brotli)]),
      [1, 2, 3, 4],
    ),
    '',
  );
  out.push(table(sizeHeaders, size.rows.filter((row) => row.group === 'peer').map(sizeRow), [2, 3, 4]), '');
  if (size.skipped.includes('dsfr')) out.push(t.dsfrSkipped, '');
  return out;
}

function renderSections(render, t, ms, ratio, n) {
  const out = [`### ${t.renderHeading}`, '', t.renderIntro(render.rounds), ''];
  for (const scenario of render.results) {
    out.push(`#### ${scenario.title[t.language](n)}`, '');
    const native = scenario.variants.find((variant) => variant.library === 'native');
    const socle = scenario.variants.find((variant) => variant.library === 'socle');
    const ratioOf = (numerator, denominator) => (numerator?.time && denominator?.time ? ratio(numerator.time.median / denominator.time.median) : '–');
    const rows = scenario.variants.map((variant) => [
      libraryLabel(variant.library, t.language),
      `\`${escapeCell(variant.element)}\``,
      variant.time ? ms(variant.time.median) : t.notMeasured,
      variant.time ? `${ms(variant.time.q1)}–${ms(variant.time.q3)}` : '–',
      variant.time ? `${ms(variant.time.min)}–${ms(variant.time.max)}` : '–',
      variant.failures.length > 0 ? t.runsWithFailures(variant.time?.n ?? 0, variant.failures.length) : String(variant.time.n),
      native ? ratioOf(variant, native) : '–',
      socle && variant !== socle ? ratioOf(socle, variant) : '–',
    ]);
    out.push(table([t.library, t.element, `${t.median} (ms)`, t.quartiles, t.range, t.runs, t.vsNative, t.socleVs], rows, [2, 3, 4, 5, 6, 7]), '');
    if (scenario.variants.length === 1) out.push(t.noPeer, '');
    if (scenario.variants.some((variant) => variant.focused !== undefined)) {
      const counts = scenario.variants.map((variant) => `${libraryLabel(variant.library, t.language)} ${variant.focused}/${variant.time?.n ?? 0}`);
      out.push(t.focusCounts(counts.join(', ')), '');
    }
    for (const variant of scenario.variants.filter((candidate) => candidate.failures.length > 0)) {
      out.push(t.failed(libraryLabel(variant.library, t.language), [...new Set(variant.failures)].map((message) => `\`${message}\``).join(' ; ')), '');
    }

    if (scenario.variants.some((variant) => variant.heapJs)) {
      out.push(`#### ${t.heapHeading(n(scenario.count))}`, '', t.heapIntro, '');
      const kib = (value) => n(value / 1024, 0);
      const heapRows = scenario.variants.filter((variant) => variant.heapJs).map((variant) => [
        libraryLabel(variant.library, t.language),
        kib(variant.heapJs.median),
        `${kib(variant.heapJs.min)}–${kib(variant.heapJs.max)}`,
        kib(variant.heapEmbedder.median),
        `${kib(variant.heapEmbedder.min)}–${kib(variant.heapEmbedder.max)}`,
      ]);
      out.push(table([t.library, `${t.heapJs}, ${t.median.toLowerCase()}`, t.range, `${t.heapBlink}, ${t.median.toLowerCase()}`, t.range], heapRows, [1, 2, 3, 4]), '');
    }
  }

  if (render.profiles.length > 0) {
    out.push(`### ${t.profileHeading}`, '', t.profileIntro(render.profiles[0].runs), '');
    for (const profile of render.profiles) {
      const scenario = render.results.find((result) => result.id === profile.scenario);
      out.push(`#### ${scenario.title[t.language](n)} (${ms(profile.totalMs)} ms)`, '');
      out.push(
        table(
          [t.module, 'ms', t.share],
          profile.modules.map((entry) => [escapeCell(typeof entry.name === 'string' ? entry.name : entry.name[t.language]), ms(entry.ms), `${n(entry.share * 100, 0)}${t.percent}`]),
          [1, 2],
        ),
        '',
      );
      out.push(profile.fasterPeers.length > 0 ? t.fasterPeers(profile.fasterPeers.map((id) => libraryLabel(id, t.language)).join(', ')) : t.noFasterPeer, '');
    }
  }
  if (render.blockedOrigins.length > 0) out.push(t.blocked(render.blockedOrigins.map((origin) => `\`${origin}\``).join(', ')), '');
  return out;
}

/**
 * Replaces the text between the markers of `file` with `section`. Throws when
 * a marker is missing, so hand-written text is never overwritten.
 */
export function writeSection(file, section) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${file}: the markers "${START_MARKER}" and "${END_MARKER}" are missing; add them where the results go.`);
  }
  const updated = `${text.slice(0, start + START_MARKER.length)}\n\n${section}\n\n${text.slice(end)}`;
  writeFileSync(file, updated);
}
