"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/sign-in?notice=signed-out" })} className="font-medium text-brand hover:underline">
      Sign out
    </button>
  );
}
