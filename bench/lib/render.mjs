// Render benchmark: headless Chromium through puppeteer-core, one fresh
// browser context per measurement, variants of a scenario alternated round
// robin so that a load spike on the shared machine hits every variant alike.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLibraryAssets, libraryReadiness, scenarios } from './scenarios.mjs';
import { startServer } from './server.mjs';
import { summarize } from './stats.mjs';
import { combineProfiles, summarizeProfile } from './profile.mjs';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

// Precise memory figures are needed for the heap rows.
const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

/** Profiles recorded per scenario; the page shows each module's median over them. */
const PROFILE_RUNS = 3;

const tagsIn = (markup) => [...new Set([...markup.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g)].map((match) => match[1]))];

/**
 * Opens a fresh context and page for one measurement. Requests to any
 * origin other than the local server are aborted and counted: peers'
 * stylesheets ask for web fonts on public CDNs.
 */
async function openPage(browser, origin, library, blocked) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:')) {
      void request.continue();
      return;
    }
    blocked.add(new URL(request.url()).origin);
    void request.abort('blockedbyclient');
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/page/${library}`, { waitUntil: 'load' });
  const harnessLoaded = await page.evaluate(() => typeof window.benchPage === 'object');
  if (!harnessLoaded) throw new Error(`the ${library} page did not load its harness; page errors: ${errors.join('; ') || 'none'}`);
  const cdp = await page.createCDPSession();
  return { context, page, cdp, errors };
}

async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

/**
 * Runs one measurement of one variant.
 * @returns {Promise<{ elapsed: number, heap?: { js: number, embedder: number } }>}
 */
async function measure(browser, origin, scenario, variant, blocked, { profile = false } = {}) {
  const { context, page, cdp, errors } = await openPage(browser, origin, variant.library, blocked);
  try {
    await page.evaluate((tags) => window.benchPage.whenDefined(tags), tagsIn(variant.markup));

    const readiness = libraryReadiness(variant.library);
    if (scenario.submit) {
      await page.evaluate((markup, mode) => window.benchPage.renderMarkup(markup, mode), variant.markup, readiness);
    }
    const before = scenario.measureHeap ? await heapUsage(cdp) : null;
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }

    const result = await (scenario.submit
      ? page.evaluate((options) => window.benchPage.submitForm(options), { expectedErrors: scenario.count, readiness, ...variant.submit })
      : page.evaluate((markup, mode) => window.benchPage.renderMarkup(markup, mode), variant.markup, readiness)
    ).catch((error) => {
      throw new Error(`${scenario.id}/${variant.id} failed: ${error.message}; page errors: ${errors.join('; ') || 'none'}`);
    });

    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null;
    if (errors.length > 0) throw new Error(`page errors in ${scenario.id}/${variant.id}: ${errors.join('; ')}`);

    const measurement = { elapsed: result.elapsed, focused: result.focused, cpuProfile };
    if (before) {
      const after = await heapUsage(cdp);
      measurement.heap = {
        js: after.usedSize - before.usedSize,
        embedder: (after.embedderHeapUsedSize ?? 0) - (before.embedderHeapUsedSize ?? 0),
      };
    }
    return measurement;
  } finally {
    await context.close();
  }
}

/**
 * Runs every scenario for `rounds` rounds, then records CPU profiles of
 * Socle in each scenario.
 * @param {{ rounds: number, executablePath: string, log: (line: string) => void }} options
 */
export async function runRender({ rounds, executablePath, log }) {
  const list = scenarios();
  const libraries = [...new Set(list.flatMap((scenario) => scenario.variants.map((variant) => variant.library)))];
  const assets = await buildLibraryAssets(libraries);
  const server = await startServer(assets);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BENCH_CHROMIUM_ARGS });
  const blocked = new Set();

  try {
    const chromiumVersion = await browser.version();
    const samples = new Map();
    for (let round = 0; round < rounds; round += 1) {
      for (const scenario of list) {
        const count = scenario.variants.length;
        for (let step = 0; step < count; step += 1) {
          const variant = scenario.variants[(round + step) % count];
          const key = `${scenario.id}/${variant.id}`;
          if (!samples.has(key)) samples.set(key, { measurements: [], failures: [] });
          try {
            samples.get(key).measurements.push(await measure(browser, server.origin, scenario, variant, blocked));
          } catch (error) {
            // One failed measurement is reported with the results instead of
            // discarding the whole run; a variant that always fails has no median.
            samples.get(key).failures.push(error.message);
            log(`round ${round + 1}: ${error.message}`);
          }
        }
      }
      log(`render round ${round + 1}/${rounds} done`);
    }

    const results = list.map((scenario) => ({
      id: scenario.id,
      title: scenario.title,
      count: scenario.count,
      variants: scenario.variants.map((variant) => {
        const { measurements: measured, failures } = samples.get(`${scenario.id}/${variant.id}`);
        const entry = { id: variant.id, library: variant.library, element: variant.element, failures, time: measured.length > 0 ? summarize(measured.map((m) => m.elapsed)) : null };
        if (scenario.submit) entry.focused = measured.filter((m) => m.focused).length;
        if (scenario.measureHeap && measured.length > 0) {
          entry.heapJs = summarize(measured.map((m) => m.heap.js));
          entry.heapEmbedder = summarize(measured.map((m) => m.heap.embedder));
        }
        return entry;
      }),
    }));

    const profiles = await profileSocle(browser, list, results, log);
    return { chromiumVersion, results, profiles, blockedOrigins: [...blocked].sort() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Records PROFILE_RUNS CPU profiles of Socle in every scenario, and notes the peers
 * (not the native baseline) whose median beat Socle's. The profiled run loads
 * an unminified bundle so that function names and source modules stay
 * readable; its elapsed time is not part of the results.
 */
async function profileSocle(browser, list, results, log) {
  const unminified = await buildLibraryAssets(['socle'], { minify: false });
  const server = await startServer(unminified);
  const folder = mkdtempSync(join(tmpdir(), 'socle-bench-profile-'));
  const bundleSource = new TextDecoder().decode(unminified.get('socle').script);
  const profiles = [];
  try {
    for (const result of results) {
      const scenario = list.find((candidate) => candidate.id === result.id);
      const variant = scenario.variants.find((candidate) => candidate.library === 'socle');
      const socleMedian = result.variants.find((candidate) => candidate.library === 'socle').time?.median ?? Infinity;
      const fasterPeers = result.variants
        .filter((candidate) => !['socle', 'native'].includes(candidate.library) && candidate.time && candidate.time.median < socleMedian)
        .map((candidate) => candidate.library);
      const summaries = [];
      for (let run = 1; run <= PROFILE_RUNS; run += 1) {
        let measurement;
        try {
          measurement = await measure(browser, server.origin, scenario, variant, new Set(), { profile: true });
        } catch (error) {
          log(`no profile ${run} for ${scenario.id}: ${error.message}`);
          continue;
        }
        const file = join(folder, `${scenario.id}-${run}.cpuprofile`);
        writeFileSync(file, JSON.stringify(measurement.cpuProfile));
        summaries.push(summarizeProfile(measurement.cpuProfile, `${server.origin}/lib/socle.js`, bundleSource));
      }
      if (summaries.length === 0) continue;
      profiles.push({ scenario: scenario.id, folder, fasterPeers, ...combineProfiles(summaries) });
      log(`profiled socle in ${scenario.id} ${summaries.length} times: ${folder}`);
    }
  } finally {
    await server.close();
  }
  return profiles;
}
