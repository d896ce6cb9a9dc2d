/** The language switcher's form, shared by the form and the action. */
import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { unknownField } from "./text";

export const ZLocaleChoice = z.strictObject(
  { locale: z.enum(LOCALES, { error: `Choose one of the languages offered: ${LOCALES.join(", ")}.` }) },
  unknownField,
);
export type TLocaleChoice = z.infer<typeof ZLocaleChoice>;
