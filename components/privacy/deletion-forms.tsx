"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("Privacy.forms");
  return <ConfirmDeletionForm action={deleteResultAction} hidden={{ resultId, returnTo }} submitLabel={t("deleteResult")} pendingLabel={t("deleting")} />;
}

export function DeleteByLinkForm({ token, submitted }: { token: string; submitted: boolean }) {
  const t = useTranslations("Privacy.forms");
  return (
    <ConfirmDeletionForm
      action={deleteByTokenAction}
      hidden={{ token }}
      submitLabel={submitted ? t("deleteAnswers") : t("deleteDraft")}
      pendingLabel={t("deleting")}
    />
  );
}

export function DeleteUserForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations("Privacy.forms");
  return <ConfirmDeletionForm action={deleteUserAction} hidden={{ userId }} submitLabel={t("deleteUser", { email })} pendingLabel={t("deleting")} />;
}

export function DeleteOrganizationForm({ organizationId, name }: { organizationId: string; name: string }) {
  const t = useTranslations("Privacy.forms");
  return (
    <ConfirmDeletionForm
      action={deleteOrganizationAction}
      hidden={{ organizationId }}
      fieldNames={["confirmName"]}
      fields={(errors) => (
        <TextField
          id="confirm-organization-name"
          name="confirmName"
          label={t("confirmOrganizationName", { name })}
          autoComplete="off"
          spellCheck={false}
          required
          error={errors.confirmName}
        />
      )}
      submitLabel={t("deleteOrganization")}
      pendingLabel={t("deleting")}
    />
  );
}

const RESULT_CHOICES: { value: OrganizationResultChoice; label: "keepAnonymous" | "deleteOrganizationResults" }[] = [
  { value: "keep_anonymous", label: "keepAnonymous" },
  { value: "delete", label: "deleteOrganizationResults" },
];

export function DeleteAccountForm({ confirmation, organizationResults }: { confirmation: DeletionConfirmation; organizationResults: number }) {
  const t = useTranslations("Privacy.forms");
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
              legend={t("organizationResults")}
              help={t("organizationResultsHelp")}
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
                  label={t(option.label)}
                />
              ))}
            </ChoiceGroup>
          ) : null}
          {confirmation.password ? (
            <TextField id="delete-password" name="password" type="password" label={t("password")} autoComplete="current-password" required error={errors.password} />
          ) : null}
          {confirmation.code ? (
            <TextField
              id="delete-code"
              name="code"
              label={t("code")}
              autoComplete="one-time-code"
              maxLength={40}
              required
              error={errors.code}
            />
          ) : null}
          {confirmation.email ? (
            <TextField id="delete-email" name="confirmEmail" type="email" label={t("confirmEmail")} autoComplete="off" required error={errors.confirmEmail} />
          ) : null}
        </>
      )}
      submitLabel={t("deleteAccount")}
      pendingLabel={t("deletingAccount")}
    />
  );
}
