// Puppeteer must not download its own browser: this machine has no access to
// that download, and the tests drive Debian's /usr/bin/chromium instead.
module.exports = { skipDownload: true };
