// Where the tests find Debian's Chromium and the flags they launch it with.
// The flags let Chromium run as root in containers and keep it from calling
// out to a closed network (background networking, component updates, sync).

/** Path of the Chromium binary; CHROME_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Command-line flags for a headless test run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-extensions',
];
