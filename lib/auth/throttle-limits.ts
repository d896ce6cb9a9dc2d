/** How failed sign-ins are slowed and then refused: plain values, readable by tests outside the server too. */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** Failures before each further attempt is delayed. */
  slowAfter: 3,
  account: { lockAfter: 8 },
  address: { lockAfter: 30 },
  maxDelayMs: 4_000,
} as const;
