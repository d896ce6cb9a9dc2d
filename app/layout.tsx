import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SessionKeeper } from "@/components/auth/session-keeper";
import { SiteFooter, SiteHeaderBar } from "@/components/site-chrome";
import { getActor } from "@/lib/auth/session";
import { inter } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  // No site-wide description: a page that search engines may list says what it is itself.
  return { title: { default: t("title"), template: "%s · Rolefit" } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read on the server; only which links to show is sent to the browser.
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("Chrome")]);
  const signedIn = actor.kind === "user";
  const consultant = signedIn && (actor.isPlatformAdmin || actor.memberships.some((m) => m.role === "consultant"));
  return (
    <html lang={locale} className={inter.variable}>
      {/* A column, so the footer stays at the foot of the window on a short page. */}
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <SessionKeeper>
            <SiteHeaderBar access={{ signedIn, consultant, admin: signedIn && actor.isPlatformAdmin }} />
            <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
              {children}
            </main>
            <SiteFooter />
          </SessionKeeper>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
