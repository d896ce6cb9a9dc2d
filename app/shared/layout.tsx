import type { Metadata } from "next";
import type { ReactNode } from "react";

/**
 * Shared report links, opened without an account. The root layout's header shows only the
 * brand here (components/site-chrome.tsx). The token in the URL is the credential: search
 * engines must not keep it, and it must not travel on to another site as a referrer.
 */
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default function SharedLayout({ children }: { children: ReactNode }) {
  return children;
}
