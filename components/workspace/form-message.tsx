import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/http/form-state";

/**
 * The live region of a form: always in the page, so screen readers announce what appears in it
 * after a submission (an error summary, or a success note).
 */
export function FormMessage<T>({ state, errorTitle, success }: { state: FormState<T>; errorTitle: string; success?: string }) {
  return (
    <div aria-live="polite" role="status">
      {state.status === "error" ? (
        <Notice tone="error" title={errorTitle}>
          {state.message}
        </Notice>
      ) : null}
      {state.status === "success" && (success ?? state.message) ? <Notice tone="success">{success ?? state.message}</Notice> : null}
    </div>
  );
}
