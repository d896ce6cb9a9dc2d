import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { providerErrorRedirect } from "@/lib/auth/sso-log";

const handler = NextAuth(authOptions);

/** A provider's error answer (a cancel, a failure) is logged and shown before next-auth sees it. */
export async function GET(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return providerErrorRedirect(request) ?? handler(request, context);
}

export { handler as POST };
