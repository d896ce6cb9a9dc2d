/** Display helpers shared by the workspace and "my assessments" pages. */
import { STRUCTURES } from "@/lib/scoring/structures";
import type { StructureId } from "@/lib/scoring/types";
import { RESPONDENT_ROLES } from "@/lib/validation/assessment";

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

export function structureName(id: StructureId): string {
  return STRUCTURES[id]?.name ?? id;
}

export function respondentRoleLabel(id: string | null): string | null {
  return RESPONDENT_ROLES.find((role) => role.id === id)?.label ?? null;
}
