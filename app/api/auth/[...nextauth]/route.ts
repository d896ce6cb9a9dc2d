import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { providerErrorRedirect } from "@/lib/auth/sso-log";
import { publicUrl } from "@/lib/http/absolute-url";
import { authRoute } from "@/lib/http/auth-route";

const nextAuth = NextAuth(authOptions);

/**
 * Every request is checked before next-auth sees it (lib/http/auth-route.ts); a provider's error
 * answer (a cancel, a failure) is logged and shown on the sign-in page rather than handed on.
 */
const handler = authRoute((request, context) => providerErrorRedirect(request) ?? nextAuth(request, context), new URL(publicUrl("/")).origin);

export { handler as GET, handler as POST };
