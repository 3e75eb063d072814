/** Absolute path of the repository's `packages/` folder, set in astro.config.mjs. */
declare const __SOCLE_PACKAGES_DIR__: string;
