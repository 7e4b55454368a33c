/**
 * The analysis engine's identity, for the persistent index cache: a hash of the package version and of every
 * file of src/core (code, rules and built-in lexicon), computed by the build (scripts/build.mjs). Any change
 * to the analysis therefore invalidates caches without anyone remembering to bump a number. Unbuilt runs
 * (unit tests, benchmarks under tsx) get a key of their own per process, so they never trust a cache that
 * other code wrote.
 */
declare const __DEAL_NOTES_ENGINE__: string | undefined;

export const ENGINE_VERSION: string = typeof __DEAL_NOTES_ENGINE__ === 'string' ? __DEAL_NOTES_ENGINE__ : `dev-${Math.random().toString(36).slice(2)}`;
