/** Small pages so every entity pages and chunks several times at the test scale. */
export const TEST_TUNING = {
  followUsersPerCall: 10,
  groupsPerPage: 7,
  groupDetailsPerStep: 5,
  groupRefreshPerRun: 8
} as const
