// Types of bin/cli-bundle.mjs (a plain script, so the `galley` bin can run it before any TypeScript).

/** The path of a bundle by name. */
export declare function bundlePath(name: 'galley' | 'batch-worker'): string;
/** Whether the bundles exist and every input they were built from is unchanged. */
export declare function isBundleFresh(): boolean;
/** Build both bundles and their stamp. */
export declare function buildBundles(): Promise<void>;
/** The fresh bundle named `name`, built first when needed; null when it cannot be built. */
export declare function freshBundle(name: 'galley' | 'batch-worker'): Promise<string | null>;
