"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("Chrome");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/sign-in?notice=signed-out" })} className="font-medium text-brand hover:underline">
      {t("signOut")}
    </button>
  );
}
