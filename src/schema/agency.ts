/**
 * Id of the level a combined plan adds above every source plan's levels (see
 * combine.ts). In a file of its own so that charts can recognise a combined
 * plan without loading the code that makes one.
 */
export const AGENCY_LEVEL = 'agency';
