"use client";

import { useState } from "react";
import { deleteOwnAccountAction } from "@/app/(account)/account/delete/actions";
import { deleteUserAction } from "@/app/(admin)/admin/users/actions";
import { deleteOrganizationAction } from "@/app/(admin)/admin/organizations/actions";
import { deleteByTokenAction } from "@/app/(assessment)/assessment/[token]/delete/actions";
import { deleteResultAction } from "@/app/(report)/delete-result-actions";
import { ChoiceGroup, ChoiceOption, TextField } from "@/components/ui/field";
import type { DeletionConfirmation } from "@/lib/services/account";
import type { OrganizationResultChoice } from "@/lib/privacy/personal-data";
import { ConfirmDeletionForm } from "./confirm-deletion-form";

export function DeleteResultForm({ resultId, returnTo }: { resultId: string; returnTo: "my" | "workspace" }) {
  return <ConfirmDeletionForm action={deleteResultAction} hidden={{ resultId, returnTo }} submitLabel="Delete this result" pendingLabel="Deleting…" />;
}

export function DeleteByLinkForm({ token, submitted }: { token: string; submitted: boolean }) {
  return (
    <ConfirmDeletionForm
      action={deleteByTokenAction}
      hidden={{ token }}
      submitLabel={submitted ? "Delete my answers and result" : "Delete my draft"}
      pendingLabel="Deleting…"
    />
  );
}

export function DeleteUserForm({ userId, email }: { userId: string; email: string }) {
  return <ConfirmDeletionForm action={deleteUserAction} hidden={{ userId }} submitLabel={`Delete ${email}`} pendingLabel="Deleting…" />;
}

export function DeleteOrganizationForm({ organizationId, name }: { organizationId: string; name: string }) {
  return (
    <ConfirmDeletionForm
      action={deleteOrganizationAction}
      hidden={{ organizationId }}
      fieldNames={["confirmName"]}
      fields={(errors) => (
        <TextField
          id="confirm-organization-name"
          name="confirmName"
          label={`Type the organization's name, ${name}, to confirm`}
          autoComplete="off"
          spellCheck={false}
          required
          error={errors.confirmName}
        />
      )}
      submitLabel="Delete this organization and everything in it"
      pendingLabel="Deleting…"
    />
  );
}

const RESULT_CHOICES: { value: OrganizationResultChoice; label: string }[] = [
  { value: "keep_anonymous", label: "Leave my latest result in each organization, without my name, so its combined view stays complete" },
  { value: "delete", label: "Delete my results in organizations too" },
];

export function DeleteAccountForm({ confirmation, organizationResults }: { confirmation: DeletionConfirmation; organizationResults: number }) {
  const [choice, setChoice] = useState<OrganizationResultChoice>("keep_anonymous");
  return (
    <ConfirmDeletionForm
      action={deleteOwnAccountAction}
      hidden={organizationResults === 0 ? { organizationResults: "delete" } : {}}
      fieldNames={["organizationResults", "password", "code", "confirmEmail"]}
      fields={(errors) => (
        <>
          {organizationResults > 0 ? (
            <ChoiceGroup
              name="organizationResults"
              legend="Your results inside organizations"
              help="The organization's consultants used them for its combined view. Either way, your name and email go."
              error={errors.organizationResults}
            >
              {RESULT_CHOICES.map((option) => (
                <ChoiceOption
                  key={option.value}
                  type="radio"
                  name="organizationResults"
                  value={option.value}
                  checked={choice === option.value}
                  onChange={(checked) => checked && setChoice(option.value)}
                  label={option.label}
                />
              ))}
            </ChoiceGroup>
          ) : null}
          {confirmation.password ? (
            <TextField id="delete-password" name="password" type="password" label="Your password" autoComplete="current-password" required error={errors.password} />
          ) : null}
          {confirmation.code ? (
            <TextField
              id="delete-code"
              name="code"
              label="Code from your authenticator app, or a recovery code"
              autoComplete="one-time-code"
              maxLength={40}
              required
              error={errors.code}
            />
          ) : null}
          {confirmation.email ? (
            <TextField id="delete-email" name="confirmEmail" type="email" label="Type your email address to confirm" autoComplete="off" required error={errors.confirmEmail} />
          ) : null}
        </>
      )}
      submitLabel="Delete my account"
      pendingLabel="Deleting your account…"
    />
  );
}
