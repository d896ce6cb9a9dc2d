import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-ink no-underline">
          Rolefit
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium">
            <li>
              <Link href="/methodology" className="no-underline hover:underline">
                Methodology
              </Link>
            </li>
            <li>
              <Link href="/sources" className="no-underline hover:underline">
                Sources
              </Link>
            </li>
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
        traced to its source on the{" "}
        <Link href="/methodology">
          methodology
        </Link>{" "}
        page.
      </div>
    </footer>
  );
}
