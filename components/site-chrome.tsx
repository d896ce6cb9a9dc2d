"use client";

/**
 * The header and footer around every page. Shared report pages (app/shared) are read by people
 * without an account, so there they show Rolefit's name and nothing that leads into the app.
 * The root layout renders these outside its children and does not re-render on client
 * navigation, so the choice is made here, from the router's active top-level segment.
 */
import Link from "next/link";
import { usePathname, useSelectedLayoutSegment } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitcher } from "@/components/locale-switcher";

/** Which links the signed-in person gets; computed on the server from the session. */
export interface NavAccess {
  signedIn: boolean;
  consultant: boolean;
  admin: boolean;
}

function useSharedView(): boolean {
  return useSelectedLayoutSegment() === "shared";
}

function NavLink({ href, children, onNavigate }: { href: string; children: ReactNode; onNavigate: () => void }) {
  return (
    <li>
      <Link href={href} className="block py-2 no-underline hover:underline sm:inline sm:py-0" onClick={onNavigate}>
        {children}
      </Link>
    </li>
  );
}

/**
 * On a phone the links fold behind a Menu button, so the header stays one line tall; from the
 * small breakpoint up they sit in the bar. The menu closes on navigation, on Escape and when
 * focus or a click leaves it.
 */
function MainNav({ access }: { access: NavAccess }) {
  const t = useTranslations("Chrome");
  const pathname = usePathname();
  // Open on one page only: a navigation the links did not start (back, a redirect) closes it too.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  return (
    <nav
      ref={nav}
      aria-label={t("mainNavigation")}
      className="relative"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="main-nav-links"
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm font-semibold text-ink sm:hidden"
        data-testid="main-nav-toggle"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
          <path d={open ? "M3 3l10 10M13 3L3 13" : "M2 4h12M2 8h12M2 12h12"} stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t("menu")}
      </button>
      <ul
        id="main-nav-links"
        className={`${open ? "flex" : "hidden"} absolute right-0 top-full z-20 mt-2 min-w-48 flex-col rounded-md border border-line bg-white px-4 py-2 text-sm font-medium shadow-lg sm:static sm:mt-0 sm:flex sm:min-w-0 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5 sm:gap-y-1 sm:rounded-none sm:border-0 sm:p-0 sm:shadow-none`}
      >
        <NavLink href="/methodology" onNavigate={close}>
          {t("methodology")}
        </NavLink>
        <NavLink href="/sources" onNavigate={close}>
          {t("sources")}
        </NavLink>
        {access.signedIn ? (
          <>
            <NavLink href="/my" onNavigate={close}>
              {t("myAssessments")}
            </NavLink>
            {access.consultant ? (
              <NavLink href="/workspace" onNavigate={close}>
                {t("workspace")}
              </NavLink>
            ) : null}
            {access.admin ? (
              <NavLink href="/admin/users" onNavigate={close}>
                {t("admin")}
              </NavLink>
            ) : null}
            <NavLink href="/account/security" onNavigate={close}>
              {t("account")}
            </NavLink>
            <li className="py-2 sm:py-0">
              <SignOutButton />
            </li>
          </>
        ) : (
          <NavLink href="/sign-in" onNavigate={close}>
            {t("signIn")}
          </NavLink>
        )}
      </ul>
    </nav>
  );
}

export function SiteHeaderBar({ access }: { access: NavAccess }) {
  const shared = useSharedView();
  const brand = "text-lg font-bold tracking-tight text-ink";
  return (
    <header className="no-print border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        {shared ? (
          <span className={brand}>Rolefit</span>
        ) : (
          <Link href="/" className={`${brand} no-underline`}>
            Rolefit
          </Link>
        )}
        <div className="flex items-center gap-3 sm:gap-5">
          <LocaleSwitcher />
          {shared ? null : <MainNav access={access} />}
        </div>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useTranslations("Chrome");
  if (useSharedView()) return null;
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        {t.rich("footer", {
          methodology: (chunks) => <Link href="/methodology">{chunks}</Link>,
          privacy: (chunks) => <Link href="/privacy">{chunks}</Link>,
        })}
      </div>
    </footer>
  );
}
