import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { RESET_LINK_INVALID_MESSAGE } from "@/lib/services/password-reset";

export default function ResetLinkNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Choose a new password</h1>
      <Notice tone="error">{RESET_LINK_INVALID_MESSAGE}</Notice>
      <p>
        Remember your password? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
