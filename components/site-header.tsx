import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getActor } from "@/lib/auth/session";

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <Link href={href} className="no-underline hover:underline">
        {children}
      </Link>
    </li>
  );
}

export async function SiteHeader() {
  const actor = await getActor();
  const isConsultant = actor.kind === "user" && (actor.isPlatformAdmin || actor.memberships.some((m) => m.role === "consultant"));
  return (
    <header className="no-print border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          Rolefit
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm font-medium">
            <NavLink href="/methodology">Methodology</NavLink>
            <NavLink href="/sources">Sources</NavLink>
            {actor.kind === "user" ? (
              <>
                <NavLink href="/my">My assessments</NavLink>
                {isConsultant ? <NavLink href="/workspace">Workspace</NavLink> : null}
                {actor.isPlatformAdmin ? <NavLink href="/admin/users">Admin</NavLink> : null}
                <NavLink href="/account/security">Account</NavLink>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <>
                <NavLink href="/sign-in">Sign in</NavLink>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        Rolefit scores your answers against criteria drawn from four published analyses of the CIO and CTO roles. Every point is
        traced to its source on the <Link href="/methodology">methodology</Link> page.
      </div>
    </footer>
  );
}
