/** Small pages so every entity pages and chunks several times at the test scale. */
export const TEST_TUNING = {
  followUsersPerCall: 10,
  // Fewer lanes than chunks, so lanes finish and new chunks open mid-entity.
  customerLanes: 2,
  customerPagesPerCommit: 3,
  groupsPerPage: 7,
  groupDetailsPerStep: 5,
  groupRefreshPerRun: 8
} as const
