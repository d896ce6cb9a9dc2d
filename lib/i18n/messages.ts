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
import CompareDe from "./messages/Compare/de.json";
import CompareEn from "./messages/Compare/en.json";
import CompareFr from "./messages/Compare/fr.json";
import LandingDe from "./messages/Landing/de.json";
import LandingEn from "./messages/Landing/en.json";
import LandingFr from "./messages/Landing/fr.json";
import LocaleSwitcherDe from "./messages/LocaleSwitcher/de.json";
import LocaleSwitcherEn from "./messages/LocaleSwitcher/en.json";
import LocaleSwitcherFr from "./messages/LocaleSwitcher/fr.json";
import MetadataDe from "./messages/Metadata/de.json";
import MetadataEn from "./messages/Metadata/en.json";
import MetadataFr from "./messages/Metadata/fr.json";
import OrganizationDe from "./messages/Organization/de.json";
import OrganizationEn from "./messages/Organization/en.json";
import OrganizationFr from "./messages/Organization/fr.json";
import PortfolioDe from "./messages/Portfolio/de.json";
import PortfolioEn from "./messages/Portfolio/en.json";
import PortfolioFr from "./messages/Portfolio/fr.json";
import QuestionnaireDe from "./messages/Questionnaire/de.json";
import QuestionnaireEn from "./messages/Questionnaire/en.json";
import QuestionnaireFr from "./messages/Questionnaire/fr.json";
import RespondentEmailDe from "./messages/RespondentEmail/de.json";
import RespondentEmailEn from "./messages/RespondentEmail/en.json";
import RespondentEmailFr from "./messages/RespondentEmail/fr.json";
import ReviewDe from "./messages/Review/de.json";
import ReviewEn from "./messages/Review/en.json";
import ReviewFr from "./messages/Review/fr.json";
import SignInDe from "./messages/SignIn/de.json";
import SignInEn from "./messages/SignIn/en.json";
import SignInFr from "./messages/SignIn/fr.json";
import SourcesDe from "./messages/Sources/de.json";
import SourcesEn from "./messages/Sources/en.json";
import SourcesFr from "./messages/Sources/fr.json";
import UiDe from "./messages/Ui/de.json";
import UiEn from "./messages/Ui/en.json";
import UiFr from "./messages/Ui/fr.json";
import WorkspaceDe from "./messages/Workspace/de.json";
import WorkspaceEn from "./messages/Workspace/en.json";
import WorkspaceFr from "./messages/Workspace/fr.json";

const ENGLISH = {
  Chrome: ChromeEn,
  Compare: CompareEn,
  Landing: LandingEn,
  LocaleSwitcher: LocaleSwitcherEn,
  Metadata: MetadataEn,
  Organization: OrganizationEn,
  Portfolio: PortfolioEn,
  Questionnaire: QuestionnaireEn,
  RespondentEmail: RespondentEmailEn,
  Review: ReviewEn,
  SignIn: SignInEn,
  Sources: SourcesEn,
  Ui: UiEn,
  Workspace: WorkspaceEn,
};

export type Messages = typeof ENGLISH;

export const MESSAGES: Record<Locale, Messages> = {
  en: ENGLISH,
  de: {
    Chrome: ChromeDe,
    Compare: CompareDe,
    Landing: LandingDe,
    LocaleSwitcher: LocaleSwitcherDe,
    Metadata: MetadataDe,
    Organization: OrganizationDe,
    Portfolio: PortfolioDe,
    Questionnaire: QuestionnaireDe,
    RespondentEmail: RespondentEmailDe,
    Review: ReviewDe,
    SignIn: SignInDe,
    Sources: SourcesDe,
    Ui: UiDe,
    Workspace: WorkspaceDe,
  },
  fr: {
    Chrome: ChromeFr,
    Compare: CompareFr,
    Landing: LandingFr,
    LocaleSwitcher: LocaleSwitcherFr,
    Metadata: MetadataFr,
    Organization: OrganizationFr,
    Portfolio: PortfolioFr,
    Questionnaire: QuestionnaireFr,
    RespondentEmail: RespondentEmailFr,
    Review: ReviewFr,
    SignIn: SignInFr,
    Sources: SourcesFr,
    Ui: UiFr,
    Workspace: WorkspaceFr,
  },
};

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
