import { MissingPage } from "@/components/workspace/missing-page";

export default function WorkspaceNotFound() {
  return (
    <MissingPage title="Nothing here you can open" action={{ href: "/workspace", label: "Back to your organizations" }}>
      <p>This page does not exist, or it belongs to an organization you do not work with. Check the link, or start from your organizations.</p>
    </MissingPage>
  );
}
