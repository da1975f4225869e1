// Measures: rehabilitative work activity, benefit decisions, group work, social rehabilitation and
// service processes. Counsellors and social workers of the client's unit work with measures; the
// manager reads and reports; the benefit handler handles benefit decisions only; an expert by
// experience reads the groups they lead; a provider account records its own participants' attendance.
import { CLIENT_WORKERS, defineActions } from '../rules.js';

export const measuresActions = defineActions({
  // ---- rehabilitative work activity ----
  /** The providers register of the user's organisations. */
  'workActivity.provider.list': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Työtoiminnan järjestäjät', sv: 'Anordnare av arbetsverksamhet', en: 'Work activity providers' },
  },
  'workActivity.provider.create': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Järjestäjän lisäys', sv: 'Tillägg av anordnare', en: 'Adding a provider' },
  },
  /** A provider belongs to its organisation: the client workers of any of its units keep it up to date. */
  'workActivity.provider.update': {
    scope: 'workActivityProvider',
    roles: CLIENT_WORKERS,
    label: { fi: 'Järjestäjän tietojen muutos', sv: 'Ändring av anordnare', en: 'Editing a provider' },
  },
  'workActivity.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: {
      fi: 'Kuntouttavan työtoiminnan tiedot',
      sv: 'Uppgifter om arbetsverksamhet i rehabiliteringssyfte',
      en: 'Rehabilitative work activity',
    },
  },
  'workActivity.write': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: {
      fi: 'Kuntouttavan työtoiminnan kirjaus',
      sv: 'Registrering av arbetsverksamhet i rehabiliteringssyfte',
      en: 'Recording rehabilitative work activity',
    },
  },
  'workActivity.allowance.read': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Kulukorvauslista', sv: 'Lista över kostnadsersättningar', en: 'Expense allowance list' },
  },
  'workActivity.settings.manage': {
    scope: 'anyUnit',
    roles: ['esihenkilo', 'yllapitaja'],
    label: { fi: 'Kulukorvauksen määrä', sv: 'Kostnadsersättningens belopp', en: 'Expense allowance rate' },
  },
  /** Any signed-in user may ask which providers they are linked to (none for staff); the list of
   *  agreements is limited to the providers the user is linked to in provider_user. */
  'workActivity.providerPortal.use': {
    scope: 'authenticated',
    label: { fi: 'Työtoiminnan järjestäjän sivu', sv: 'Anordnarens sida', en: "Provider's page" },
  },
  /** Provider accounts hold no unit role: only a member of the agreement's provider. */
  'workActivity.providerAttendance.read': {
    scope: 'workActivityAgreement',
    relations: ['providerMember'],
    label: { fi: 'Järjestäjän läsnäololista', sv: 'Anordnarens närvarolista', en: "Provider's attendance list" },
  },
  'workActivity.providerAttendance.write': {
    scope: 'workActivityAgreement',
    relations: ['providerMember'],
    label: {
      fi: 'Läsnäolon kirjaus järjestäjänä',
      sv: 'Registrering av närvaro som anordnare',
      en: 'Recording attendance as the provider',
    },
  },

  // ---- benefit decisions ----
  'benefitDecision.read': {
    scope: 'client',
    roles: [...CLIENT_WORKERS, 'etuuskasittelija'],
    label: { fi: 'Toimeentulotukihakemukset', sv: 'Ansökningar om utkomststöd', en: 'Income-support applications' },
  },
  'benefitDecision.write': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija'],
    label: {
      fi: 'Toimeentulotukihakemuksen käsittely',
      sv: 'Handläggning av ansökan om utkomststöd',
      en: 'Handling an income-support application',
    },
  },
  'benefitDecision.list': {
    scope: 'anyUnit',
    roles: [...CLIENT_WORKERS, 'etuuskasittelija'],
    label: { fi: 'Avoimet hakemukset', sv: 'Öppna ansökningar', en: 'Open applications' },
  },
  'benefitDecision.report.read': {
    scope: 'anyUnit',
    roles: ['esihenkilo'],
    label: { fi: 'Käsittelyaikaraportit', sv: 'Rapporter om handläggningstider', en: 'Processing-time reports' },
  },

  // ---- group-based social work ----
  /** Groups of the user's units; an expert by experience sees only the groups they lead. */
  'group.list': {
    scope: 'anyUnit',
    roles: [...CLIENT_WORKERS, 'kokemusasiantuntija'],
    label: { fi: 'Ryhmät', sv: 'Grupper', en: 'Groups' },
  },
  /** One group: the unit's client workers, and an expert by experience who leads it (first names only). */
  'group.read': {
    scope: 'group',
    roles: CLIENT_WORKERS,
    relations: ['groupLeader'],
    label: { fi: 'Ryhmän tiedot', sv: 'Gruppens uppgifter', en: 'Group details' },
  },
  /** The full view of a group: members' names and client links, session notes. Without it (the
   *  expert-by-experience leader) the group shows first names only. */
  'group.member.read': {
    scope: 'group',
    roles: CLIENT_WORKERS,
    label: { fi: 'Ryhmän jäsenten tiedot', sv: 'Gruppmedlemmarnas uppgifter', en: "Group members' details" },
  },
  'group.create': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: { fi: 'Ryhmän perustaminen', sv: 'Grundande av grupp', en: 'Starting a group' },
  },
  /** Running a group: members, attendance, session notes, feedback, closing. */
  'group.update': {
    scope: 'group',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: { fi: 'Ryhmän kirjaukset', sv: 'Gruppens anteckningar', en: 'Running a group' },
  },
  /** Inviting a client into a group of the client's unit. */
  'group.invitation.create': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: { fi: 'Kutsu ryhmään', sv: 'Inbjudan till grupp', en: 'Inviting to a group' },
  },
  /** Group notes in a member's client file: only groups where the member consented. */
  'group.clientNotes.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: {
      fi: 'Asiakkaan ryhmät ja ryhmämuistiinpanot',
      sv: 'Klientens grupper och gruppanteckningar',
      en: "Client's groups and group notes",
    },
  },

  // ---- social rehabilitation ----
  'socialRehab.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Sosiaalinen kuntoutus', sv: 'Social rehabilitering', en: 'Social rehabilitation' },
  },
  'socialRehab.write': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: {
      fi: 'Sosiaalisen kuntoutuksen kirjaus',
      sv: 'Registrering av social rehabilitering',
      en: 'Recording social rehabilitation',
    },
  },

  // ---- service processes ----
  'processTemplate.list': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Prosessipohjat', sv: 'Processmallar', en: 'Process templates' },
  },
  'processTemplate.create': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'esihenkilo'],
    label: { fi: 'Prosessipohjan laadinta', sv: 'Skapande av processmall', en: 'Creating a process template' },
  },
  'clientProcess.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Asiakkaan palveluprosessit', sv: 'Klientens serviceprocesser', en: "Client's service processes" },
  },
  'clientProcess.write': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: {
      fi: 'Palveluprosessin kirjaus',
      sv: 'Registrering av serviceprocess',
      en: 'Recording a service process',
    },
  },

  /** All of a client's measures in one list, for the client plan. */
  'measures.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Asiakkaan toimenpiteet', sv: 'Klientens åtgärder', en: "Client's measures" },
  },
});
