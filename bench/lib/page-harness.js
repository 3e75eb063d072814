// Runs in the benchmark page. The runner passes the markup, then calls
// `renderMarkup` or `submitForm` and reads back the elapsed milliseconds.
const root = document.getElementById('root');

/** Lists every custom element under `node`, including inside open shadow roots. */
function customElementsUnder(node, found = []) {
  for (const element of node.querySelectorAll('*')) {
    if (element.localName.includes('-')) found.push(element);
    if (element.shadowRoot) customElementsUnder(element.shadowRoot, found);
  }
  return found;
}

/**
 * Resolves once `element` has the `hydrated` class. Stencil's
 * custom-elements build has neither `componentOnReady()` nor
 * `updateComplete`, renders in an animation frame and adds that class in
 * `componentDidLoad`, after the elements it renders have loaded.
 */
function whenHydrated(element) {
  if (element.classList.contains('hydrated')) return undefined;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!element.classList.contains('hydrated')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, attributeFilter: ['class'] });
  });
}

/** Returns a promise for the first render of `element`, or undefined when it has no render cycle to wait for. */
function firstRender(element, readiness) {
  if (typeof element.componentOnReady === 'function') return element.componentOnReady();
  if ('updateComplete' in element) return element.updateComplete;
  if (readiness === 'stencil') return whenHydrated(element);
  return undefined;
}

/**
 * Awaits the first render of every custom element in the container and of
 * those they render, until no new one appears. `readiness` is `stencil` for
 * Stencil pages; Lit elements are recognised by `updateComplete`. Rejects
 * after `timeoutMs`, so an element that never renders fails the measurement.
 */
async function settle(readiness, timeoutMs = 10000) {
  const seen = new Set();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for the first render of ${seen.size} custom elements`)), timeoutMs);
  });
  try {
    for (;;) {
      const pending = customElementsUnder(root).filter((element) => !seen.has(element));
      if (pending.length === 0) return seen.size;
      for (const element of pending) seen.add(element);
      await Promise.race([Promise.all(pending.map((element) => firstRender(element, readiness))), timeout]);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Resolves once `condition()` is true, checking after every task. A message
 * channel yields to the event loop without the 4 ms clamp of nested timers.
 * Rejects after 10 s, with `describe()` in the message, so a broken variant
 * fails instead of hanging the run.
 */
function until(condition, describe, timeoutMs = 10000) {
  const channel = new MessageChannel();
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    channel.port1.onmessage = () => {
      if (condition()) resolve();
      else if (performance.now() > deadline) reject(new Error(`timed out after ${timeoutMs} ms: ${describe()}`));
      else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

// Neither form may leave the page: an invalid submission is what is measured.
window.addEventListener('submit', (event) => event.preventDefault());

/** Forces style recalculation and layout of the whole page. */
function forceLayout() {
  return document.body.offsetHeight + root.getBoundingClientRect().height;
}

window.benchPage = {
  /** Tags used by the markup that must be defined before the clock starts. */
  async whenDefined(tags) {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  },

  /** Inserts the markup and returns the milliseconds until every element has rendered and the page is laid out. */
  async renderMarkup(markup, readiness) {
    const start = performance.now();
    root.innerHTML = markup;
    const elements = await settle(readiness);
    forceLayout();
    const elapsed = performance.now() - start;
    return { elapsed, elements, height: root.getBoundingClientRect().height };
  },

  /**
   * Submits the rendered form and returns the milliseconds until the error
   * summary shows every error, every element has rendered and the page is
   * laid out. Whether focus then reaches the summary is checked afterwards,
   * off the clock, for up to 1 s. Throws when a field does not show its error.
   */
  async submitForm({ expectedErrors, readiness, summaryTag, itemSelector, fieldTag }) {
    const form = root.querySelector('form');
    const submitter = form.querySelector('[type="submit"]');
    const summaryItems = () => root.querySelector(summaryTag)?.shadowRoot?.querySelectorAll(itemSelector) ?? [];
    // Visibility is read only once every item exists, because it needs a style update.
    const summaryShown = () => {
      const items = summaryItems();
      return items.length === expectedErrors && items[0].checkVisibility();
    };

    const start = performance.now();
    form.requestSubmit(submitter.localName === 'button' ? submitter : null);
    await until(summaryShown, () => `${summaryTag} shows ${summaryItems().length} of ${expectedErrors} errors`);
    await settle(readiness);
    forceLayout();
    const elapsed = performance.now() - start;

    const summaryFocused = () => root.querySelector(summaryTag).matches(':focus-within');
    const focused = await until(summaryFocused, () => 'no focus', 1000).then(
      () => true,
      () => false,
    );

    const fieldsShowingError = [...root.querySelectorAll(fieldTag)].filter((field) =>
      field.shadowRoot?.querySelector('[aria-invalid="true"]'),
    ).length;
    if (fieldsShowingError !== expectedErrors) {
      throw new Error(`${fieldsShowingError} fields show an error, expected ${expectedErrors}`);
    }
    return { elapsed, fieldsShowingError, focused };
  },
};
