import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SOURCE_IDS } from "@/lib/sources/sources";
import { sourceIn } from "@/lib/sources/translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sources");
  return { title: t("title"), description: t("description") };
}

export default async function SourcesPage() {
  const [t, locale] = await Promise.all([getTranslations("Sources"), getLocale()]);
  return (
    <div className="space-y-8">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-3 text-lg text-muted">{t("lead")}</p>
        <p className="mt-3 text-muted">{t.rich("caveat", { link: (chunks) => <Link href="/methodology">{chunks}</Link> })}</p>
      </div>
      <ol className="space-y-4">
        {SOURCE_IDS.map((id) => {
          const source = sourceIn(id, locale);
          return (
            <li key={id} id={id}>
              <Card>
                <p className="text-sm font-semibold text-accent">{id}</p>
                {/* As published: the sources are in English, whatever the page's language. */}
                <h2 className="mt-1 text-xl font-semibold" lang="en">
                  {source.title}
                </h2>
                {locale === "en" ? null : <p className="text-sm text-muted">{t("publishedIn")}</p>}
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
                  <dt className="font-semibold">{t("whatItIs")}</dt>
                  <dd className="text-muted">{source.kind}</dd>
                  <dt className="font-semibold">{t("author")}</dt>
                  <dd className="text-muted">{source.author}</dd>
                </dl>
                <p className="mt-3">{source.contributes}</p>
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
