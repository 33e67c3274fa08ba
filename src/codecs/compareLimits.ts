/**
 * How many scenarios a comparison takes. Apart from the comparison itself (compare.ts, loaded when a
 * comparison is first wanted), so that the page can say so from the start.
 */
export const MIN_COMPARED = 2
export const MAX_COMPARED = 6
