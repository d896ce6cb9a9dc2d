/**
 * Who is asking. Every service takes an Actor and decides from it alone; the one place that
 * builds an Actor from a request is lib/auth/session.ts.
 */
export type MembershipRole = "executive" | "consultant";

export interface Membership {
  organizationId: string;
  role: MembershipRole;
}

export type Actor =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      email: string;
      name: string | null;
      isPlatformAdmin: boolean;
      memberships: Membership[];
      /** Consultants and administrators must set up a second factor before they can use their rights. */
      mustEnrollTotp: boolean;
      /** The language the person chose; absent or null until they choose one (lib/i18n/locales.ts). */
      locale?: string | null;
    };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function requiresTotp(user: { isPlatformAdmin: boolean; memberships: Membership[] }): boolean {
  return user.isPlatformAdmin || user.memberships.some((membership) => membership.role === "consultant");
}
