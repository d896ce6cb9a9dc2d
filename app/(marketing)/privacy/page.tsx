import type { Metadata } from "next";
import Link from "next/link";
import { Card, SectionHeading } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { connection } from "next/server";
import { draftRetentionDays } from "@/lib/services/assessments";
import { ENDED_LINK_GRACE_DAYS, FINISHED_JOB_KEEP_DAYS } from "@/lib/jobs/retention";
import { PERSONAL_DATA } from "@/lib/privacy/personal-data";
import { PERSONAL_DATA_EXPORT_SCHEMA_PATH } from "@/lib/privacy/export-schema";

export const metadata: Metadata = {
  title: "Privacy and your data",
  description: "What Rolefit keeps about the people who use it, how to download it, how to delete it, and what deleting keeps.",
};

const DELETION_WORDS = {
  deleted: "Deleted",
  "deleted or stripped": "Deleted, or kept without the personal fields",
  stripped: "Kept without the personal fields",
  untouched: "Nothing personal",
} as const;

/** Written from lib/privacy/personal-data.ts, the map the deletion code and its tests are held to. */
export default async function PrivacyPage() {
  // The retention period is the running server's setting, not the one at build time.
  await connection();
  const rows = Object.entries(PERSONAL_DATA);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Privacy and your data</h1>
        <p className="mt-3 text-lg text-muted">
          Rolefit keeps what executives say about their companies, their names and roles, and the accounts of the people who sign in. You can
          download all of it that is about you, and delete it.
        </p>
      </header>

      <Card>
        <SectionHeading id="delete">Deleting</SectionHeading>
        <ul className="list-disc space-y-3 pl-6">
          <li>
            <strong>A result or a draft.</strong> The respondent deletes it from their result page (or through its private link, without an account),
            and the consultants of its organization from their review page. Its answers, notes and share links go at once; the audit trail keeps
            only that it was deleted, by whom and when.
          </li>
          <li>
            <strong>Your account.</strong> From <Link href="/account">your account page</Link>, after entering your password (and your second-factor
            code if you use one). Your name, email, sign-in details, sessions, notes, share links and API tokens go. Your results outside any
            organization go. For your results inside organizations you choose: your latest one in each stays for the organization without your name
            (its combined view stays complete), or they go too. An administrator can delete an account for someone who cannot; results inside
            organizations then stay without the name.
          </li>
          <li>
            <strong>An organization.</strong> A platform administrator deletes it with everything in it after typing its name. Its members keep their
            own accounts.
          </li>
        </ul>
      </Card>

      <Card>
        <SectionHeading id="export">Downloading your data</SectionHeading>
        <p>
          Signed in, <a href="/account/export">download everything Rolefit holds about you</a> as one JSON file: your account, memberships, every
          questionnaire with your answers and its recommendation, notes you wrote, reviews you made, your share links, invitation links and API
          tokens, and the audit trail&apos;s events about you. Its format is published as a{" "}
          <a href={PERSONAL_DATA_EXPORT_SCHEMA_PATH}>JSON Schema</a>. Passwords, second-factor secrets and token hashes are not included: they
          would let whoever holds the file sign in as you.
        </p>
      </Card>

      <Card>
        <SectionHeading id="retention">How long</SectionHeading>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Answers never submitted, in a questionnaire no account holds, are deleted {draftRetentionDays()} days after their last change. The
            questionnaire shows the day.
          </li>
          <li>
            Share links, invitation links and password-reset links are deleted {ENDED_LINK_GRACE_DAYS} days after they expire, are used up or are
            revoked; sign-in counters and ended sessions once they have run out; finished background jobs after {FINISHED_JOB_KEEP_DAYS} days.
          </li>
          <li>Submitted results and accounts are kept until someone entitled deletes them, as above.</li>
        </ul>
      </Card>

      <section aria-labelledby="where">
        <SectionHeading id="where" lead="Every kind of record Rolefit stores, the fields in it that are about a person, and what deleting an account does to it.">
          Where personal data is kept
        </SectionHeading>
        <Table
          caption="Where Rolefit keeps personal data and what deleting an account does to it"
          columns={[{ label: "Record" }, { label: "Personal fields" }, { label: "When an account is deleted" }]}
          variant="framed"
          stackOnPhone
        >
          {rows.map(([model, policy]) => (
            <tr key={model}>
              <th scope="row" className="font-semibold">
                {policy.label}
              </th>
              <td data-label="Personal fields" className="font-mono text-xs">
                {policy.personal.length > 0 ? policy.personal.join(", ") : "None"}
              </td>
              <td data-label="On deletion">
                {/* One child: on a phone the cell is a flex row beside its label. */}
                <span>
                  <span className="font-semibold">{DELETION_WORDS[policy.onAccountDeletion]}.</span> {policy.how}
                </span>
              </td>
            </tr>
          ))}
        </Table>
      </section>
    </div>
  );
}
