import type { Metadata } from "next";
import { MissingPage } from "@/components/workspace/missing-page";

export const metadata: Metadata = { title: "Page not found", robots: { index: false, follow: false } };

/** Answered with HTTP 404 for any address that names nothing: what happened and where to go instead. */
export default function NotFound() {
  return (
    <MissingPage title="There is nothing at this address" action={{ href: "/", label: "Go to the start page" }}>
      <p>
        The link may be mistyped, or what it pointed to has been removed. A private link to an assessment or a shared report works only as it
        was sent: copy it again from the message or page it came from.
      </p>
    </MissingPage>
  );
}
