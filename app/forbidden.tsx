import { AccessDenied } from "@/components/workspace/access-denied";

/** Answered with HTTP 403 when a signed-in person opens a page their account may not use. */
export default function Forbidden() {
  return (
    <AccessDenied title="Your account can't open this page" action={{ href: "/my", label: "Go to your assessments" }}>
      <p>
        The workspace and its organizations are for the consultants of those organizations. If you think you should have access, ask your
        consultant or a Rolefit administrator to add you.
      </p>
    </AccessDenied>
  );
}
