/**
 * The demo data set's people and organizations. Credentials are public (README and console):
 * this data is only ever seeded into the embedded SQLite database of a fresh quick start.
 */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export const DEMO_ORGANIZATIONS = [
  { key: "northwind", name: "Northwind Bank (demo)", industry: "financial_services", sizeBand: "1000_4999", consultantFirmName: "Harbor Advisory" },
  { key: "globex", name: "Globex Retail (demo)", industry: "retail", sizeBand: "5000_plus", consultantFirmName: "Harbor Advisory" },
] as const;

type OrgKey = (typeof DEMO_ORGANIZATIONS)[number]["key"];

/**
 * Six more banks of Northwind's size, each with one submitted result, all served by the demo
 * consultant: enough (five or more) for Northwind's results to show the peer benchmark working.
 * Named as demo peers so nobody mistakes them for clients. `archetype` indexes ARCHETYPES.
 */
export const DEMO_PEER_ORGANIZATIONS = [
  { name: "Fjord Savings Bank (demo peer)", archetype: 4 },
  { name: "Lakeshore Mutual Insurance (demo peer)", archetype: 11 },
  { name: "Meridian Payments (demo peer)", archetype: 3 },
  { name: "Harbour Trust Bank (demo peer)", archetype: 4 },
  { name: "Alder Life Assurance (demo peer)", archetype: 11 },
  { name: "Crestline Credit Union (demo peer)", archetype: 2 },
].map((peer) => ({ ...peer, industry: "financial_services", sizeBand: "1000_4999", consultantFirmName: "Harbor Advisory" }));

/** Who answered for each demo peer: an executive with no account, as an anonymous invitation would leave it. */
export const DEMO_PEER_RESPONDENT = "Demo peer respondent";

export interface DemoUser {
  email: string;
  name: string;
  password: string;
  isPlatformAdmin?: boolean;
  totp?: boolean;
  memberships: { org: OrgKey; role: "executive" | "consultant" }[];
  /** Index into ARCHETYPES of the assessment this executive submitted. */
  archetype?: number;
  /** The role they gave with that assessment: the title belongs here, not in their name. */
  respondentRole?: "ceo" | "cfo" | "coo";
}

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.rolefit.test", name: "Avery Admin", password: "demo admin passphrase 2026", isPlatformAdmin: true, totp: true, memberships: [] },
  {
    email: "consultant@demo.rolefit.test",
    name: "Casey Consultant",
    password: "demo consultant passphrase 2026",
    totp: true,
    memberships: [
      { org: "northwind", role: "consultant" },
      { org: "globex", role: "consultant" },
    ],
  },
  { email: "ana@northwind.demo.rolefit.test", name: "Ana Okafor", password: "demo executive passphrase 2026", memberships: [{ org: "northwind", role: "executive" }], archetype: 4, respondentRole: "ceo" },
  { email: "ben@northwind.demo.rolefit.test", name: "Ben Lund", password: "demo executive passphrase 2026", memberships: [{ org: "northwind", role: "executive" }], archetype: 3, respondentRole: "cfo" },
  { email: "cara@globex.demo.rolefit.test", name: "Cara Diaz", password: "demo executive passphrase 2026", memberships: [{ org: "globex", role: "executive" }], archetype: 9, respondentRole: "coo" },
];
