/**
 * An error in token input: a file that cannot be read or parsed, or a token
 * that cannot be used. The CLI prints `message` alone and exits with 2, so the
 * message must name the file, the token path and what to do next.
 */
export class TokenError extends Error {
  /**
   * @param {string} message full sentence(s) shown to the user
   * @param {{ file?: string, tokenPath?: string, code: string }} details
   *   `code` is a stable identifier for tests and tools, such as
   *   `invalid-json`, `unknown-token`, `broken-alias`, `alias-cycle`,
   *   `invalid-color` or `locked-token`.
   */
  constructor(message, details) {
    super(message);
    this.name = 'TokenError';
    this.code = details.code;
    this.file = details.file;
    this.tokenPath = details.tokenPath;
  }
}
