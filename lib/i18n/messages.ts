/**
 * The product's interface text in each language, in ICU message format, one folder per namespace
 * (lib/i18n/messages/<Namespace>/<locale>.json). English is the source; messages.test.ts fails when
 * a key is missing in a language, when a translation is the English text unchanged (outside the
 * glossary's shared terms), or when placeholders differ.
 */
import type { Locale } from "./locales";
import AccountEmailDe from "./messages/AccountEmail/de.json";
import AccountEmailEn from "./messages/AccountEmail/en.json";
import AccountEmailFr from "./messages/AccountEmail/fr.json";
import ChromeDe from "./messages/Chrome/de.json";
import ChromeEn from "./messages/Chrome/en.json";
import ChromeFr from "./messages/Chrome/fr.json";
import ConsultantEmailDe from "./messages/ConsultantEmail/de.json";
import ConsultantEmailEn from "./messages/ConsultantEmail/en.json";
import ConsultantEmailFr from "./messages/ConsultantEmail/fr.json";
import EmailFrameDe from "./messages/EmailFrame/de.json";
import EmailFrameEn from "./messages/EmailFrame/en.json";
import EmailFrameFr from "./messages/EmailFrame/fr.json";
import EngagementsDe from "./messages/Engagements/de.json";
import EngagementsEn from "./messages/Engagements/en.json";
import EngagementsFr from "./messages/Engagements/fr.json";
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
import OrganizationSettingsDe from "./messages/OrganizationSettings/de.json";
import OrganizationSettingsEn from "./messages/OrganizationSettings/en.json";
import OrganizationSettingsFr from "./messages/OrganizationSettings/fr.json";
import QuestionnaireDe from "./messages/Questionnaire/de.json";
import QuestionnaireEn from "./messages/Questionnaire/en.json";
import QuestionnaireFr from "./messages/Questionnaire/fr.json";
import RespondentEmailDe from "./messages/RespondentEmail/de.json";
import RespondentEmailEn from "./messages/RespondentEmail/en.json";
import RespondentEmailFr from "./messages/RespondentEmail/fr.json";
import SignInDe from "./messages/SignIn/de.json";
import SignInEn from "./messages/SignIn/en.json";
import SignInFr from "./messages/SignIn/fr.json";
import SourcesDe from "./messages/Sources/de.json";
import SourcesEn from "./messages/Sources/en.json";
import SourcesFr from "./messages/Sources/fr.json";
import TeamDe from "./messages/Team/de.json";
import TeamEn from "./messages/Team/en.json";
import TeamFr from "./messages/Team/fr.json";
import WebhooksDe from "./messages/Webhooks/de.json";
import WebhooksEn from "./messages/Webhooks/en.json";
import WebhooksFr from "./messages/Webhooks/fr.json";

const ENGLISH = {
  AccountEmail: AccountEmailEn,
  Chrome: ChromeEn,
  ConsultantEmail: ConsultantEmailEn,
  EmailFrame: EmailFrameEn,
  Engagements: EngagementsEn,
  Invite: InviteEn,
  Landing: LandingEn,
  LocaleSwitcher: LocaleSwitcherEn,
  Metadata: MetadataEn,
  OrganizationSettings: OrganizationSettingsEn,
  Questionnaire: QuestionnaireEn,
  RespondentEmail: RespondentEmailEn,
  SignIn: SignInEn,
  Sources: SourcesEn,
  Team: TeamEn,
  Webhooks: WebhooksEn,
};

export type Messages = typeof ENGLISH;

export const MESSAGES: Record<Locale, Messages> = {
  en: ENGLISH,
  de: {
    AccountEmail: AccountEmailDe,
    Chrome: ChromeDe,
    ConsultantEmail: ConsultantEmailDe,
    EmailFrame: EmailFrameDe,
    Engagements: EngagementsDe,
    Invite: InviteDe,
    Landing: LandingDe,
    LocaleSwitcher: LocaleSwitcherDe,
    Metadata: MetadataDe,
    OrganizationSettings: OrganizationSettingsDe,
    Questionnaire: QuestionnaireDe,
    RespondentEmail: RespondentEmailDe,
    SignIn: SignInDe,
    Sources: SourcesDe,
    Team: TeamDe,
    Webhooks: WebhooksDe,
  },
  fr: {
    AccountEmail: AccountEmailFr,
    Chrome: ChromeFr,
    ConsultantEmail: ConsultantEmailFr,
    EmailFrame: EmailFrameFr,
    Engagements: EngagementsFr,
    Invite: InviteFr,
    Landing: LandingFr,
    LocaleSwitcher: LocaleSwitcherFr,
    Metadata: MetadataFr,
    OrganizationSettings: OrganizationSettingsFr,
    Questionnaire: QuestionnaireFr,
    RespondentEmail: RespondentEmailFr,
    SignIn: SignInFr,
    Sources: SourcesFr,
    Team: TeamFr,
    Webhooks: WebhooksFr,
  },
};

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
