import { buttonClass } from "@/components/ui/button";
import { startAssessmentAction } from "@/app/(marketing)/actions";

export default function AssessmentNotFound() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">This link does not open an assessment</h1>
      <p className="mt-4 text-lg text-muted">
        The private link may be incomplete: check that you copied all of it, including the end. Links are case-sensitive.
      </p>
      <form action={startAssessmentAction} className="mt-8">
        <button type="submit" className={buttonClass("primary")}>
          Start a new assessment
        </button>
      </form>
    </div>
  );
}
