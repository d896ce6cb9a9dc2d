"use client";

import { useActionState, useState } from "react";
import { addEngagementRespondentAction, changeRespondentEmailAction, removeEngagementRespondentAction, resendInvitationAction } from "@/app/(workspace)/workspace/engagements/actions";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/workspace/form-message";
import { IDLE } from "@/lib/http/form-state";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

const SMALL = "min-h-9 px-3 py-1.5 text-sm";

export function AddRespondentForm({ engagementId }: { engagementId: string }) {
  const [state, action, pending] = useActionState(addEngagementRespondentAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" noValidate key={state.status === "success" ? state.data.id : "form"}>
      <FormMessage state={state} errorTitle="Nobody was added" success={state.status === "success" ? "Added. Their link is in the list above." : undefined} />
      <input type="hidden" name="engagementId" value={engagementId} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField id="add-name" name="name" label="Name" required maxLength={120} error={errors.name} />
        <TextField id="add-email" name="email" label="Email" type="email" required maxLength={254} error={errors.email} />
        <SelectField id="add-role" name="role" label="Role" options={RESPONDENT_ROLES} placeholder="Choose a role" required error={errors.role} />
      </div>
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Adding…" : "Add to the engagement"}
      </button>
    </form>
  );
}

export function ChangeEmailForm({ respondentId, email, name }: { respondentId: string; email: string; name: string }) {
  const [state, action, pending] = useActionState(changeRespondentEmailAction, IDLE);
  const [value, setValue] = useState(email);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const id = `email-${respondentId}`;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} errorTitle="The address did not change" success={state.status === "success" ? (state.data.changed ? "Changed. The old link no longer works." : "That is already their address.") : undefined} />
      <input type="hidden" name="respondentId" value={respondentId} />
      <TextField
        id={id}
        name="email"
        label={`New address for ${name}`}
        help="They get a new link; the old one stops working. Answers saved so far are kept."
        type="email"
        required
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={errors.email}
      />
      <button type="submit" className={buttonClass("secondary", SMALL)} disabled={pending}>
        {pending ? "Changing…" : "Change address"}
      </button>
    </form>
  );
}

export function RemoveRespondentButton({ respondentId, name, completed }: { respondentId: string; name: string; completed: boolean }) {
  const [state, action, pending] = useActionState(removeEngagementRespondentAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="respondentId" value={respondentId} />
      <p className="text-sm text-muted">
        {completed
          ? `${name} has answered: their result stays in the organization's results and its combined view; only their place in this engagement goes.`
          : `${name}'s link stops working and any answers they saved are deleted.`}
      </p>
      <button type="submit" className={buttonClass("secondary", `${SMALL} text-danger`)} disabled={pending}>
        {pending ? "Removing…" : `Remove ${name}`}
      </button>
      <p aria-live="polite" className="text-sm font-medium text-danger">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}

export function ResendInvitationButton({ respondentId, name }: { respondentId: string; name: string }) {
  const [state, action, pending] = useActionState(resendInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="respondentId" value={respondentId} />
      <button type="submit" className={buttonClass("secondary", SMALL)} disabled={pending}>
        {pending ? "Sending…" : `Send ${name} the invitation again`}
      </button>
      <p aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-danger" : "text-ok"}`}>
        {state.status === "error" ? state.message : state.status === "success" ? "Queued: it goes out within a minute, with the same link." : ""}
      </p>
    </form>
  );
}
