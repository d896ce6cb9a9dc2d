import { MissingPage } from "@/components/workspace/missing-page";

export default function MyNotFound() {
  return (
    <MissingPage title="We could not find that assessment" action={{ href: "/my", label: "Back to your assessments" }}>
      <p>It does not exist, or it is not one you can open with this account. Your own assessments are all listed on your page.</p>
    </MissingPage>
  );
}
