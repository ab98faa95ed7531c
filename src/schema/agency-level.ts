/**
 * Id of the level that `combinePlans` adds above every source plan's levels:
 * a plan whose first level has this id shows several agencies as one, one
 * top-level item per agency. In a file of its own so that charts can test for
 * it without loading combine.ts (which the loader imports only on demand).
 */
export const AGENCY_LEVEL = 'agency';
