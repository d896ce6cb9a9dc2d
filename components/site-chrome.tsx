"use client";

/**
 * The header and footer around every page. Shared report pages (app/shared) are read by people
 * without an account, so there they show Rolefit's name and nothing that leads into the app.
 * The root layout renders these outside its children and does not re-render on client
 * navigation, so the choice is made here, from the router's active top-level segment.
 */
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

/** Which links the signed-in person gets; computed on the server from the session. */
export interface NavAccess {
  signedIn: boolean;
  consultant: boolean;
  admin: boolean;
}

function useSharedView(): boolean {
  return useSelectedLayoutSegment() === "shared";
}

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} className="no-underline hover:underline">
        {children}
      </Link>
    </li>
  );
}

export function SiteHeaderBar({ access }: { access: NavAccess }) {
  const shared = useSharedView();
  const brand = "text-lg font-bold tracking-tight text-ink";
  return (
    <header className="no-print border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        {shared ? (
          <span className={brand}>Rolefit</span>
        ) : (
          <Link href="/" className={`${brand} no-underline`}>
            Rolefit
          </Link>
        )}
        {shared ? null : (
          <nav aria-label="Main">
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm font-medium">
              <NavLink href="/methodology">Methodology</NavLink>
              <NavLink href="/sources">Sources</NavLink>
              {access.signedIn ? (
                <>
                  <NavLink href="/my">My assessments</NavLink>
                  {access.consultant ? <NavLink href="/workspace">Workspace</NavLink> : null}
                  {access.admin ? <NavLink href="/admin/users">Admin</NavLink> : null}
                  <NavLink href="/account/security">Account</NavLink>
                  <li>
                    <SignOutButton />
                  </li>
                </>
              ) : (
                <NavLink href="/sign-in">Sign in</NavLink>
              )}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}

export function SiteFooter() {
  if (useSharedView()) return null;
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        Rolefit scores your answers against criteria drawn from four published analyses of the CIO and CTO roles. Every point is
        traced to its source on the <Link href="/methodology">methodology</Link> page.
      </div>
    </footer>
  );
}
