/**
 * Password storage with argon2id at OWASP's minimum parameters (ASVS 5.0 11.4.2; OWASP Password
 * Storage Cheat Sheet: m=19 MiB, t=2, p=1). @node-rs/argon2 ships prebuilt binaries inside its npm
 * packages, so it installs from the registry alone, and hashes on libuv's thread pool so a
 * sign-in does not block the event loop.
 */
import { hash, parseOptions, verify, type Algorithm, type Options, type Version } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// The package declares these as ambient const enums, which isolatedModules cannot inline;
// the numbers are the enums' values (Algorithm.Argon2id, Version.V0x13).
const ARGON2ID = 2 as Algorithm;
const VERSION_0X13 = 1 as Version;

/** Raise these (never lower them) as hardware allows; needsRehash then upgrades hashes at sign-in. */
export const PASSWORD_HASH_PARAMS = Object.freeze({
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
});

const MIN_SALT_BYTES = 16;

const OPTIONS: Options = { ...PASSWORD_HASH_PARAMS, algorithm: ARGON2ID, version: VERSION_0X13 };

/** An encoded PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) with a fresh random salt. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/**
 * True only when the password matches. A malformed or foreign stored hash gives false rather than
 * an exception, so a corrupt row reads as a failed sign-in instead of a 500 that tells an attacker
 * something different happened.
 */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}

/**
 * True when a hash was made with weaker settings than PASSWORD_HASH_PARAMS (or is not argon2id
 * v1.3, or cannot be read): after a successful sign-in, hash the password again and store it.
 */
export function needsRehash(storedHash: string): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== ARGON2ID ||
      used.version !== VERSION_0X13 ||
      used.memoryCost < PASSWORD_HASH_PARAMS.memoryCost ||
      used.timeCost < PASSWORD_HASH_PARAMS.timeCost ||
      used.parallelism < PASSWORD_HASH_PARAMS.parallelism ||
      used.outputLen < PASSWORD_HASH_PARAMS.outputLen ||
      used.saltLen < MIN_SALT_BYTES
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password made with the current parameters, computed on first use and then
 * kept. Verifying against it when an account does not exist makes that answer take as long as a
 * wrong password for an existing account, so timing does not reveal which emails are registered.
 */
export function dummyHash(): Promise<string> {
  if (!dummy) {
    dummy = hashPassword(randomBytes(32).toString("base64url"));
    // A failure should not be cached for the life of the process.
    dummy.catch(() => {
      dummy = undefined;
    });
  }
  return dummy;
}

/**
 * verifyPassword for a sign-in where the account may not exist: with no stored hash it spends the
 * same work on the dummy hash and returns false.
 */
export async function verifyPasswordOrDummy(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  if (storedHash == null) {
    await verifyPassword(await dummyHash(), plain);
    return false;
  }
  return verifyPassword(storedHash, plain);
}
