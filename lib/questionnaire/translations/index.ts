/** The questionnaire's text in each language beside English, whose text is the definition itself. */
import type { Locale } from "../../i18n/locales";
import { DE } from "./de";
import { FR } from "./fr";
import type { QuestionnaireText } from "./types";

export type TranslatedLocale = Exclude<Locale, "en">;

export const TRANSLATIONS: Readonly<Record<TranslatedLocale, QuestionnaireText>> = { de: DE, fr: FR };
