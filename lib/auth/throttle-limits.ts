/**
 * How failed sign-ins are limited: plain values, readable by tests outside the server too.
 *
 * Refusing an account outright after a few failures would hand anyone who knows an email address
 * a way to lock its owner out. So the hard limits are per client address, and per account *at*
 * an address; the account alone is only slowed down, and not at all for a browser that has
 * signed in to it before (the known-device cookie).
 */
const MINUTE = 60_000;

export const SIGN_IN_LIMITS = {
  /** One account from one client address: refused after 8 attempts, until 15 minutes pass without one. */
  accountAtAddress: { limit: 8, windowMs: 15 * MINUTE },
  /** One client address, whichever accounts it tries: refused after 30 failures. */
  address: { limit: 30, windowMs: 15 * MINUTE },
  /**
   * One account from anywhere (an attacker spreading guesses over many addresses): after 10
   * attempts, each further one waits its turn, 1 s after the previous and doubling up to a minute,
   * so a distributed guesser gets about one guess a minute while the owner is never locked out.
   */
  account: { windowMs: 60 * MINUTE, freeAttempts: 10, firstSpacingMs: 1_000, maxSpacingMs: MINUTE, maxWaitMs: 5_000 },
  /** Re-entering the password or code inside a session (account settings): 8 tries per 15 minutes. */
  reauthentication: { limit: 8, windowMs: 15 * MINUTE },
} as const;

/** Keeps a browser recognised as one that has signed in to an account before, for this long. */
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
