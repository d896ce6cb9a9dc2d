/**
 * A request address Next cannot route safely: percent-encoding that does not decode, in the path
 * or the query (Next answers it with a bare 500 and none of the security headers), or a "." or
 * ".." segment in the path (which the server in front of Next would match against one route while
 * Next resolved it to another). Browsers never send either; scripts/serve.ts answers them with 400
 * before Next sees them.
 */
export function malformedUrlMessage(url: string): string | null {
  const [pathname = "/", query = ""] = url.split("?", 2);
  return malformedPathMessage(pathname) ?? malformedQueryMessage(query);
}

function malformedQueryMessage(query: string): string | null {
  for (const part of query.split("&")) {
    try {
      decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return "This address is malformed: its query is percent-encoded wrongly. Check that you copied all of it.";
    }
  }
  return null;
}

function malformedPathMessage(pathname: string): string | null {
  const segments = pathname.split("/");
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "This address is malformed: part of it is percent-encoded wrongly. Check that you copied all of it.";
    }
    if (decoded === "." || decoded === ".." || segment === "." || segment === "..") {
      return "This address is malformed: it holds a \".\" or \"..\" segment. Use the address without them.";
    }
  }
  return null;
}
