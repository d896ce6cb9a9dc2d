/**
 * Prefix of the digest an unreadable stored row carries from a page (lib/http/load-for-page.ts)
 * to app/error.tsx. Next replaces a server error's message in production but keeps a digest the
 * error already has, so this is how the page can still say which stored result it could not read.
 * No server imports: the error page is a client component.
 */
export const UNREADABLE_DIGEST_PREFIX = "rolefit-unreadable: ";

/** The explanation an error digest carries, or null for an unexpected error's opaque digest. */
export function unreadableExplanation(digest: string | undefined): string | null {
  return digest?.startsWith(UNREADABLE_DIGEST_PREFIX) ? digest.slice(UNREADABLE_DIGEST_PREFIX.length) : null;
}
