// Reads a V8 CPU profile (the CDP Profiler domain's format) of a render page
// and sums self time by source module and by function.

/** Self time of the harness functions, named (in French and English) by the browser work they contain. */
const HARNESS_WORK = {
  renderMarkup: { fr: 'analyse HTML et création des éléments (innerHTML)', en: 'HTML parsing and element creation (innerHTML)' },
  submitForm: { fr: 'envoi du formulaire (requestSubmit)', en: 'form submission (requestSubmit)' },
  forceLayout: { fr: 'styles et mise en page (forcées par offsetHeight)', en: 'style and layout (forced by offsetHeight)' },
  settle: { fr: 'banc : attente des mises à jour', en: 'benchmark harness: waiting for updates' },
  customElementsUnder: { fr: 'banc : recherche des éléments personnalisés', en: 'benchmark harness: finding custom elements' },
};

const OTHER_HARNESS_WORK = { fr: 'banc d’essai', en: 'benchmark harness' };

/**
 * Maps each line of an unminified esbuild bundle to the module it came from,
 * using the `// path/to/module.js` comment esbuild writes before each one.
 */
function moduleStarts(bundleSource) {
  const starts = [];
  bundleSource.split('\n').forEach((line, index) => {
    const match = line.match(/^\/\/ (\S+\.[cm]?[jt]s)$/);
    if (match) starts.push({ line: index, module: match[1].replace(/^.*node_modules\//, '') });
  });
  return starts;
}

function moduleAt(starts, line) {
  let found = '(bundle prelude)';
  for (const start of starts) {
    if (start.line > line) break;
    found = start.module;
  }
  return found;
}

/**
 * Summarizes a profile: total sampled time, self time by module and the
 * functions with the most self time.
 * @param {{ nodes: object[], samples: number[], timeDeltas: number[] }} profile
 * @param {string} bundleUrl URL the profiled bundle was served from
 * @param {string} bundleSource its text
 */
export function summarizeProfile(profile, bundleUrl, bundleSource, top = 20) {
  const starts = moduleStarts(bundleSource);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  // Sample i lasts until sample i + 1, so it gets the next time delta.
  profile.samples.forEach((id, index) => {
    const duration = profile.timeDeltas[index + 1] ?? 0;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + duration);
  });

  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)' || functionName === '(root)') continue;
    total += micros;

    let module;
    if (url === bundleUrl) module = moduleAt(starts, lineNumber);
    else if (url.endsWith('/harness.js')) module = HARNESS_WORK[functionName] ?? OTHER_HARNESS_WORK;
    else if (url === '') module = functionName;
    else module = url;
    byModule.set(module, (byModule.get(module) ?? 0) + micros);

    // The per-function list goes to the raw JSON only, so it names harness work in English.
    const name = `${functionName || '(anonymous)'} · ${typeof module === 'string' ? module : module.en}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }

  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, modules: ranked(byModule), functions: ranked(byFunction) };
}

/**
 * Combines the summaries of several profiles of the same scenario: each
 * module's time is its median over the runs, counting 0 for a run where it
 * does not appear. On a loaded machine a descheduled process charges its
 * wall time to whatever function was running, and the median removes most
 * of those one-off spikes.
 * @param {ReturnType<typeof summarizeProfile>[]} summaries
 */
export function combineProfiles(summaries, top = 8) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const totalMs = median(summaries.map((summary) => summary.totalMs));
  const combine = (field) => {
    const names = new Set(summaries.flatMap((summary) => summary[field].map((entry) => entry.name)));
    return [...names]
      .map((name) => {
        const ms = median(summaries.map((summary) => summary[field].find((entry) => entry.name === name)?.ms ?? 0));
        return { name, ms, share: ms / totalMs };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  };
  return { runs: summaries.length, totalMs, modules: combine('modules'), functions: combine('functions') };
}

