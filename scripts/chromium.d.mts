/** Path of the Chromium binary; CHROME_PATH overrides it. */
export declare const CHROMIUM_PATH: string;

/** Command-line flags for a headless test run. */
export declare const CHROMIUM_ARGS: string[];
