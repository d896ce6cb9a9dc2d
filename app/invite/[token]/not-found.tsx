import { MissingPage } from "@/components/workspace/missing-page";

export default function InvitationNotFound() {
  return (
    <MissingPage title="This invitation link does not work" action={{ href: "/", label: "Go to the Rolefit home page" }}>
      <p>
        The link may be incomplete: check that you copied all of it, including the end. Links are case-sensitive. If it still does not
        work, ask the consultant who sent it for a new one.
      </p>
    </MissingPage>
  );
}
