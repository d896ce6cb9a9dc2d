/**
 * The product's interface text in each language, in ICU message format, one folder per namespace
 * (lib/i18n/messages/<Namespace>/<locale>.json). English is the source; messages.test.ts fails when
 * a key is missing in a language, when a translation is the English text unchanged (outside the
 * glossary's shared terms), or when placeholders differ.
 */
import type { Locale } from "./locales";
import AccountDe from "./messages/Account/de.json";
import AccountEn from "./messages/Account/en.json";
import AccountFr from "./messages/Account/fr.json";
import AccountEmailDe from "./messages/AccountEmail/de.json";
import AccountEmailEn from "./messages/AccountEmail/en.json";
import AccountEmailFr from "./messages/AccountEmail/fr.json";
import AdminDe from "./messages/Admin/de.json";
import AdminEn from "./messages/Admin/en.json";
import AdminFr from "./messages/Admin/fr.json";
import BrandingDe from "./messages/Branding/de.json";
import BrandingEn from "./messages/Branding/en.json";
import BrandingFr from "./messages/Branding/fr.json";
import ChromeDe from "./messages/Chrome/de.json";
import ChromeEn from "./messages/Chrome/en.json";
import ChromeFr from "./messages/Chrome/fr.json";
import CombinedReportDe from "./messages/CombinedReport/de.json";
import CombinedReportEn from "./messages/CombinedReport/en.json";
import CombinedReportFr from "./messages/CombinedReport/fr.json";
import CompareDe from "./messages/Compare/de.json";
import CompareEn from "./messages/Compare/en.json";
import CompareFr from "./messages/Compare/fr.json";
import ConsultantEmailDe from "./messages/ConsultantEmail/de.json";
import ConsultantEmailEn from "./messages/ConsultantEmail/en.json";
import ConsultantEmailFr from "./messages/ConsultantEmail/fr.json";
import EmailFrameDe from "./messages/EmailFrame/de.json";
import EmailFrameEn from "./messages/EmailFrame/en.json";
import EmailFrameFr from "./messages/EmailFrame/fr.json";
import EngagementsDe from "./messages/Engagements/de.json";
import EngagementsEn from "./messages/Engagements/en.json";
import EngagementsFr from "./messages/Engagements/fr.json";
import ErrorsDe from "./messages/Errors/de.json";
import ErrorsEn from "./messages/Errors/en.json";
import ErrorsFr from "./messages/Errors/fr.json";
import InviteDe from "./messages/Invite/de.json";
import InviteEn from "./messages/Invite/en.json";
import InviteFr from "./messages/Invite/fr.json";
import LandingDe from "./messages/Landing/de.json";
import LandingEn from "./messages/Landing/en.json";
import LandingFr from "./messages/Landing/fr.json";
import LocaleSwitcherDe from "./messages/LocaleSwitcher/de.json";
import LocaleSwitcherEn from "./messages/LocaleSwitcher/en.json";
import LocaleSwitcherFr from "./messages/LocaleSwitcher/fr.json";
import MetadataDe from "./messages/Metadata/de.json";
import MetadataEn from "./messages/Metadata/en.json";
import MetadataFr from "./messages/Metadata/fr.json";
import MethodologyDe from "./messages/Methodology/de.json";
import MethodologyEn from "./messages/Methodology/en.json";
import MethodologyFr from "./messages/Methodology/fr.json";
import MyAssessmentsDe from "./messages/MyAssessments/de.json";
import MyAssessmentsEn from "./messages/MyAssessments/en.json";
import MyAssessmentsFr from "./messages/MyAssessments/fr.json";
import OrganizationDe from "./messages/Organization/de.json";
import OrganizationEn from "./messages/Organization/en.json";
import OrganizationFr from "./messages/Organization/fr.json";
import OrganizationSettingsDe from "./messages/OrganizationSettings/de.json";
import OrganizationSettingsEn from "./messages/OrganizationSettings/en.json";
import OrganizationSettingsFr from "./messages/OrganizationSettings/fr.json";
import PortfolioDe from "./messages/Portfolio/de.json";
import PortfolioEn from "./messages/Portfolio/en.json";
import PortfolioFr from "./messages/Portfolio/fr.json";
import PrivacyDe from "./messages/Privacy/de.json";
import PrivacyEn from "./messages/Privacy/en.json";
import PrivacyFr from "./messages/Privacy/fr.json";
import QuestionnaireDe from "./messages/Questionnaire/de.json";
import QuestionnaireEn from "./messages/Questionnaire/en.json";
import QuestionnaireFr from "./messages/Questionnaire/fr.json";
import ReportDe from "./messages/Report/de.json";
import ReportEn from "./messages/Report/en.json";
import ReportFr from "./messages/Report/fr.json";
import ReportScoringDe from "./messages/ReportScoring/de.json";
import ReportScoringEn from "./messages/ReportScoring/en.json";
import ReportScoringFr from "./messages/ReportScoring/fr.json";
import RespondentEmailDe from "./messages/RespondentEmail/de.json";
import RespondentEmailEn from "./messages/RespondentEmail/en.json";
import RespondentEmailFr from "./messages/RespondentEmail/fr.json";
import ResultPageDe from "./messages/ResultPage/de.json";
import ResultPageEn from "./messages/ResultPage/en.json";
import ResultPageFr from "./messages/ResultPage/fr.json";
import ResumeLinkDe from "./messages/ResumeLink/de.json";
import ResumeLinkEn from "./messages/ResumeLink/en.json";
import ResumeLinkFr from "./messages/ResumeLink/fr.json";
import ReviewDe from "./messages/Review/de.json";
import ReviewEn from "./messages/Review/en.json";
import ReviewFr from "./messages/Review/fr.json";
import ScoringTextDe from "./messages/ScoringText/de.json";
import ScoringTextEn from "./messages/ScoringText/en.json";
import ScoringTextFr from "./messages/ScoringText/fr.json";
import ServerMessagesDe from "./messages/ServerMessages/de.json";
import ServerMessagesEn from "./messages/ServerMessages/en.json";
import ServerMessagesFr from "./messages/ServerMessages/fr.json";
import ShareLinksDe from "./messages/ShareLinks/de.json";
import ShareLinksEn from "./messages/ShareLinks/en.json";
import ShareLinksFr from "./messages/ShareLinks/fr.json";
import SignInDe from "./messages/SignIn/de.json";
import SignInEn from "./messages/SignIn/en.json";
import SignInFr from "./messages/SignIn/fr.json";
import SignUpDe from "./messages/SignUp/de.json";
import SignUpEn from "./messages/SignUp/en.json";
import SignUpFr from "./messages/SignUp/fr.json";
import SourcesDe from "./messages/Sources/de.json";
import SourcesEn from "./messages/Sources/en.json";
import SourcesFr from "./messages/Sources/fr.json";
import TeamDe from "./messages/Team/de.json";
import TeamEn from "./messages/Team/en.json";
import TeamFr from "./messages/Team/fr.json";
import UiDe from "./messages/Ui/de.json";
import UiEn from "./messages/Ui/en.json";
import UiFr from "./messages/Ui/fr.json";
import WebhooksDe from "./messages/Webhooks/de.json";
import WebhooksEn from "./messages/Webhooks/en.json";
import WebhooksFr from "./messages/Webhooks/fr.json";
import WhatIfDe from "./messages/WhatIf/de.json";
import WhatIfEn from "./messages/WhatIf/en.json";
import WhatIfFr from "./messages/WhatIf/fr.json";
import WorkspaceDe from "./messages/Workspace/de.json";
import WorkspaceEn from "./messages/Workspace/en.json";
import WorkspaceFr from "./messages/Workspace/fr.json";

const ENGLISH = {
  Account: AccountEn,
  AccountEmail: AccountEmailEn,
  Admin: AdminEn,
  Branding: BrandingEn,
  Chrome: ChromeEn,
  CombinedReport: CombinedReportEn,
  Compare: CompareEn,
  ConsultantEmail: ConsultantEmailEn,
  EmailFrame: EmailFrameEn,
  Engagements: EngagementsEn,
  Errors: ErrorsEn,
  Invite: InviteEn,
  Landing: LandingEn,
  LocaleSwitcher: LocaleSwitcherEn,
  Metadata: MetadataEn,
  Methodology: MethodologyEn,
  MyAssessments: MyAssessmentsEn,
  Organization: OrganizationEn,
  OrganizationSettings: OrganizationSettingsEn,
  Portfolio: PortfolioEn,
  Privacy: PrivacyEn,
  Questionnaire: QuestionnaireEn,
  Report: ReportEn,
  ReportScoring: ReportScoringEn,
  RespondentEmail: RespondentEmailEn,
  ResultPage: ResultPageEn,
  ResumeLink: ResumeLinkEn,
  Review: ReviewEn,
  ScoringText: ScoringTextEn,
  ServerMessages: ServerMessagesEn,
  ShareLinks: ShareLinksEn,
  SignIn: SignInEn,
  SignUp: SignUpEn,
  Sources: SourcesEn,
  Team: TeamEn,
  Ui: UiEn,
  Webhooks: WebhooksEn,
  WhatIf: WhatIfEn,
  Workspace: WorkspaceEn,
};

export type Messages = typeof ENGLISH;

export const MESSAGES: Record<Locale, Messages> = {
  en: ENGLISH,
  de: {
    Account: AccountDe,
    AccountEmail: AccountEmailDe,
    Admin: AdminDe,
    Branding: BrandingDe,
    Chrome: ChromeDe,
    CombinedReport: CombinedReportDe,
    Compare: CompareDe,
    ConsultantEmail: ConsultantEmailDe,
    EmailFrame: EmailFrameDe,
    Engagements: EngagementsDe,
    Errors: ErrorsDe,
    Invite: InviteDe,
    Landing: LandingDe,
    LocaleSwitcher: LocaleSwitcherDe,
    Metadata: MetadataDe,
    Methodology: MethodologyDe,
    MyAssessments: MyAssessmentsDe,
    Organization: OrganizationDe,
    OrganizationSettings: OrganizationSettingsDe,
    Portfolio: PortfolioDe,
    Privacy: PrivacyDe,
    Questionnaire: QuestionnaireDe,
    Report: ReportDe,
    ReportScoring: ReportScoringDe,
    RespondentEmail: RespondentEmailDe,
    ResultPage: ResultPageDe,
    ResumeLink: ResumeLinkDe,
    Review: ReviewDe,
    ScoringText: ScoringTextDe,
    ServerMessages: ServerMessagesDe,
    ShareLinks: ShareLinksDe,
    SignIn: SignInDe,
    SignUp: SignUpDe,
    Sources: SourcesDe,
    Team: TeamDe,
    Ui: UiDe,
    Webhooks: WebhooksDe,
    WhatIf: WhatIfDe,
    Workspace: WorkspaceDe,
  },
  fr: {
    Account: AccountFr,
    AccountEmail: AccountEmailFr,
    Admin: AdminFr,
    Branding: BrandingFr,
    Chrome: ChromeFr,
    CombinedReport: CombinedReportFr,
    Compare: CompareFr,
    ConsultantEmail: ConsultantEmailFr,
    EmailFrame: EmailFrameFr,
    Engagements: EngagementsFr,
    Errors: ErrorsFr,
    Invite: InviteFr,
    Landing: LandingFr,
    LocaleSwitcher: LocaleSwitcherFr,
    Metadata: MetadataFr,
    Methodology: MethodologyFr,
    MyAssessments: MyAssessmentsFr,
    Organization: OrganizationFr,
    OrganizationSettings: OrganizationSettingsFr,
    Portfolio: PortfolioFr,
    Privacy: PrivacyFr,
    Questionnaire: QuestionnaireFr,
    Report: ReportFr,
    ReportScoring: ReportScoringFr,
    RespondentEmail: RespondentEmailFr,
    ResultPage: ResultPageFr,
    ResumeLink: ResumeLinkFr,
    Review: ReviewFr,
    ScoringText: ScoringTextFr,
    ServerMessages: ServerMessagesFr,
    ShareLinks: ShareLinksFr,
    SignIn: SignInFr,
    SignUp: SignUpFr,
    Sources: SourcesFr,
    Team: TeamFr,
    Ui: UiFr,
    Webhooks: WebhooksFr,
    WhatIf: WhatIfFr,
    Workspace: WorkspaceFr,
  },
};

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
