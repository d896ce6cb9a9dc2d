/**
 * The product's interface text in each language, in ICU message format, one folder per namespace
 * (lib/i18n/messages/<Namespace>/<locale>.json). English is the source; messages.test.ts fails when
 * a key is missing in a language, when a translation is the English text unchanged (outside the
 * glossary's shared terms), or when placeholders differ.
 */
import type { Locale } from "./locales";
import ChromeDe from "./messages/Chrome/de.json";
import ChromeEn from "./messages/Chrome/en.json";
import ChromeFr from "./messages/Chrome/fr.json";
import CombinedReportDe from "./messages/CombinedReport/de.json";
import CombinedReportEn from "./messages/CombinedReport/en.json";
import CombinedReportFr from "./messages/CombinedReport/fr.json";
import LandingDe from "./messages/Landing/de.json";
import LandingEn from "./messages/Landing/en.json";
import LandingFr from "./messages/Landing/fr.json";
import LocaleSwitcherDe from "./messages/LocaleSwitcher/de.json";
import LocaleSwitcherEn from "./messages/LocaleSwitcher/en.json";
import LocaleSwitcherFr from "./messages/LocaleSwitcher/fr.json";
import MetadataDe from "./messages/Metadata/de.json";
import MetadataEn from "./messages/Metadata/en.json";
import MetadataFr from "./messages/Metadata/fr.json";
import MyAssessmentsDe from "./messages/MyAssessments/de.json";
import MyAssessmentsEn from "./messages/MyAssessments/en.json";
import MyAssessmentsFr from "./messages/MyAssessments/fr.json";
import QuestionnaireDe from "./messages/Questionnaire/de.json";
import QuestionnaireEn from "./messages/Questionnaire/en.json";
import QuestionnaireFr from "./messages/Questionnaire/fr.json";
import ReportDe from "./messages/Report/de.json";
import ReportEn from "./messages/Report/en.json";
import ReportFr from "./messages/Report/fr.json";
import RespondentEmailDe from "./messages/RespondentEmail/de.json";
import RespondentEmailEn from "./messages/RespondentEmail/en.json";
import RespondentEmailFr from "./messages/RespondentEmail/fr.json";
import ResultPageDe from "./messages/ResultPage/de.json";
import ResultPageEn from "./messages/ResultPage/en.json";
import ResultPageFr from "./messages/ResultPage/fr.json";
import ShareLinksDe from "./messages/ShareLinks/de.json";
import ShareLinksEn from "./messages/ShareLinks/en.json";
import ShareLinksFr from "./messages/ShareLinks/fr.json";
import SignInDe from "./messages/SignIn/de.json";
import SignInEn from "./messages/SignIn/en.json";
import SignInFr from "./messages/SignIn/fr.json";
import SourcesDe from "./messages/Sources/de.json";
import SourcesEn from "./messages/Sources/en.json";
import SourcesFr from "./messages/Sources/fr.json";
import WhatIfDe from "./messages/WhatIf/de.json";
import WhatIfEn from "./messages/WhatIf/en.json";
import WhatIfFr from "./messages/WhatIf/fr.json";

const ENGLISH = {
  Chrome: ChromeEn,
  CombinedReport: CombinedReportEn,
  Landing: LandingEn,
  LocaleSwitcher: LocaleSwitcherEn,
  Metadata: MetadataEn,
  MyAssessments: MyAssessmentsEn,
  Questionnaire: QuestionnaireEn,
  Report: ReportEn,
  RespondentEmail: RespondentEmailEn,
  ResultPage: ResultPageEn,
  ShareLinks: ShareLinksEn,
  SignIn: SignInEn,
  Sources: SourcesEn,
  WhatIf: WhatIfEn,
};

export type Messages = typeof ENGLISH;

export const MESSAGES: Record<Locale, Messages> = {
  en: ENGLISH,
  de: {
    Chrome: ChromeDe,
    CombinedReport: CombinedReportDe,
    Landing: LandingDe,
    LocaleSwitcher: LocaleSwitcherDe,
    Metadata: MetadataDe,
    MyAssessments: MyAssessmentsDe,
    Questionnaire: QuestionnaireDe,
    Report: ReportDe,
    RespondentEmail: RespondentEmailDe,
    ResultPage: ResultPageDe,
    ShareLinks: ShareLinksDe,
    SignIn: SignInDe,
    Sources: SourcesDe,
    WhatIf: WhatIfDe,
  },
  fr: {
    Chrome: ChromeFr,
    CombinedReport: CombinedReportFr,
    Landing: LandingFr,
    LocaleSwitcher: LocaleSwitcherFr,
    Metadata: MetadataFr,
    MyAssessments: MyAssessmentsFr,
    Questionnaire: QuestionnaireFr,
    Report: ReportFr,
    RespondentEmail: RespondentEmailFr,
    ResultPage: ResultPageFr,
    ShareLinks: ShareLinksFr,
    SignIn: SignInFr,
    Sources: SourcesFr,
    WhatIf: WhatIfFr,
  },
};

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
