/**
 * Keeps the share link (the URL fragment) and the assumptions in step.
 * STUB: lands with issue 4.
 */
export function useUrlState(): void {}
