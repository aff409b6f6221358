/**
 * The plan and ledger grids show rows in main's order (plan: by id; ledger: newest first) and
 * are short enough to need neither sorting nor pinned columns, so the header offers neither.
 */
export const FIXED_VIEW = { enableSorting: false, enableColumnPinning: false } as const
