/** The public face of the pure core. */
export * from './model';
export * from './parse/parse-issue';
