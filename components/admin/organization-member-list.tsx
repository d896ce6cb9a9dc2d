"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changeOrganizationMemberRoleAction, removeOrganizationMemberAction } from "@/app/(admin)/admin/organizations/actions";
import { buttonClass } from "@/components/ui/button";
import { FieldError, FormStatus, fieldIds } from "@/components/ui/field";
import { IDLE, type FormState } from "@/lib/http/form-state";
import type { AdminMember, MemberChange, MemberRemoval } from "@/lib/services/admin-organizations";
import { MEMBER_ROLES } from "@/lib/validation/admin-organizations";
import { adminDate } from "./admin-date";

type RemoveAction = (formData: FormData) => void;

type Translate = ReturnType<typeof useTranslations<"Admin">>;

function roleLabel(role: string, t: Translate): string {
  return role === "consultant" ? t("roleConsultant") : role === "executive" ? t("roleExecutive") : role;
}

function changedMessage(state: FormState<MemberChange>, t: Translate): string | undefined {
  if (state.status !== "success") return undefined;
  const { email, role, changed, needsTwoFactor } = state.data;
  if (!changed) return t("organizationPage.unchanged", { email });
  return needsTwoFactor ? t("organizationPage.changedNeedsTwoStep", { email, role }) : t("organizationPage.changed", { email, role });
}

function removedMessage(state: FormState<MemberRemoval>, t: Translate): string | undefined {
  if (state.status !== "success") return undefined;
  const { email, organizationName, consultantsLeft, executivesLeft } = state.data;
  const values = { email, organization: organizationName };
  return consultantsLeft === 0 && executivesLeft > 0 ? t("organizationPage.removedNoConsultant", values) : t("organizationPage.removed", values);
}

function ChangeRoleForm({ organizationId, member, isSelf }: { organizationId: string; member: AdminMember; isSelf: boolean }) {
  const t = useTranslations("Admin");
  const [state, action, pending] = useActionState(changeOrganizationMemberRoleAction, IDLE);
  const [role, setRole] = useState<string>(member.role);
  // Ids carry the user id: the page has one of these forms per member.
  const id = `role-${member.userId}`;
  const error = state.status === "error" ? (state.fieldErrors.role ?? undefined) : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="userId" value={member.userId} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={id} className="block text-sm font-semibold">
            {t("organizationPage.roleOf", { email: member.email })}
          </label>
          <select
            id={id}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? fieldIds(id).error : undefined}
            className="mt-1 block min-h-11 rounded-md border border-line bg-white px-3 py-2 text-base text-ink shadow-sm aria-invalid:border-danger"
          >
            {MEMBER_ROLES.map((option) => (
              <option key={option.id} value={option.id}>
                {roleLabel(option.id, t)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          {pending ? t("saving") : t("organizationPage.changeRole")}
        </button>
      </div>
      <FieldError name={id} error={error} />
      {isSelf ? <p className="text-sm text-muted">{t("organizationPage.changingSelf")}</p> : null}
      <FormStatus state={state} fields={["role"]} success={changedMessage(state, t)} />
    </form>
  );
}

/** A closed section first, so removing someone takes a deliberate second click (and works without JavaScript). */
function RemoveForm({ organizationId, organizationName, member, isSelf, action, pending }: {
  organizationId: string;
  organizationName: string;
  member: AdminMember;
  isSelf: boolean;
  action: RemoveAction;
  pending: boolean;
}) {
  const t = useTranslations("Admin.organizationPage");
  return (
    <details className="rounded-md border border-line">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand">{t("removeSummary", { organization: organizationName })}</summary>
      <form action={action} className="space-y-3 border-t border-line p-4">
        <input type="hidden" name="organizationId" value={organizationId} />
        <input type="hidden" name="userId" value={member.userId} />
        <p className="text-sm">
          {t("removeBody", { email: member.email, organization: organizationName })}
          {isSelf ? ` ${t("removeSelf")}` : ""}
        </p>
        <button type="submit" className={buttonClass("secondary", "border-danger/40 text-danger")} disabled={pending}>
          {pending ? t("removing") : t("remove", { email: member.email })}
        </button>
      </form>
    </details>
  );
}

function MemberItem(props: { organizationId: string; organizationName: string; member: AdminMember; isSelf: boolean; remove: RemoveAction; removing: boolean }) {
  const { member, isSelf } = props;
  const t = useTranslations("Admin");
  const locale = useLocale();
  return (
    <li className="rounded-lg border border-line bg-white p-5 shadow-sm">
      <h3 className="break-all text-lg font-semibold">
        {member.name ?? member.email}
        {isSelf ? <span className="ml-2 text-sm font-normal text-muted">{t("you")}</span> : null}
      </h3>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
        <dt className="font-semibold">{t("organizationPage.memberEmail")}</dt>
        <dd className="break-all">{member.email}</dd>
        <dt className="font-semibold">{t("organizationPage.memberRole")}</dt>
        <dd>
          {roleLabel(member.role, t)}
          {member.role === "consultant" && !member.twoFactorOn ? t("organizationPage.noTwoStep") : ""}
          {member.disabled ? t("organizationPage.accountDisabled") : ""}
        </dd>
        <dt className="font-semibold">{t("organizationPage.memberSince")}</dt>
        <dd>{adminDate(member.since, locale)}</dd>
      </dl>
      <div className="mt-4 space-y-4 border-t border-line pt-4">
        <ChangeRoleForm organizationId={props.organizationId} member={member} isSelf={isSelf} />
        <RemoveForm
          organizationId={props.organizationId}
          organizationName={props.organizationName}
          member={member}
          isSelf={isSelf}
          action={props.remove}
          pending={props.removing}
        />
      </div>
    </li>
  );
}

/**
 * The removal state lives here, above the rows: a removed member's row disappears when the page
 * is drawn again, and its outcome must stay on screen and be announced.
 */
export function OrganizationMemberList({
  organizationId,
  organizationName,
  members,
  selfId,
}: {
  organizationId: string;
  organizationName: string;
  members: AdminMember[];
  selfId: string;
}) {
  const t = useTranslations("Admin");
  const [removeState, removeAction, removing] = useActionState(removeOrganizationMemberAction, IDLE);
  return (
    <div className="space-y-4">
      <FormStatus state={removeState} success={removedMessage(removeState, t)} />
      {members.length === 0 ? (
        <p className="text-muted">{t("organizationPage.nobody", { organization: organizationName })}</p>
      ) : (
        <ul className="space-y-4" aria-label={t("organizationPage.membersOf", { organization: organizationName })}>
          {members.map((member) => (
            <MemberItem
              key={member.userId}
              organizationId={organizationId}
              organizationName={organizationName}
              member={member}
              isSelf={member.userId === selfId}
              remove={removeAction}
              removing={removing}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
