/**
 * A request path as it may appear in a log: private links (resume, invitation and reset tokens)
 * are keys to someone's data, so their token segments become ":token".
 */

/** Segments after which the next segment is a capability token. */
const TOKEN_PARENTS = new Set(["assessment", "assessments", "invite", "reset-password"]);

/** Opaque tokens are base64url of at least 16 bytes; cuid ids (lower case, 25 characters) are not secrets. */
const LOOKS_LIKE_TOKEN = /^[A-Za-z0-9_-]{22,}$/;
const CUID = /^c[a-z0-9]{24}$/;

export function maskPath(pathname: string): string {
  const segments = pathname.split("/");
  return segments
    .map((segment, index) => {
      if (segment === "") return segment;
      const parent = index > 0 ? segments[index - 1] : undefined;
      if (parent !== undefined && TOKEN_PARENTS.has(parent)) return ":token";
      return LOOKS_LIKE_TOKEN.test(segment) && !CUID.test(segment) ? ":token" : segment;
    })
    .join("/");
}
