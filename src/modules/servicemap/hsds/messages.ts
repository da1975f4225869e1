// Texts of the import APIs (fi/sv/en); per-record problems stay in English like the HSDS schema's.
import type { Localized } from '../../../shared/i18n.js';

export const importErrors = {
  recordsRejected: {
    fi: 'Tuonti hylättiin: korjaa virheelliset tietueet. Mitään ei tuotu.',
    sv: 'Importen avvisades: rätta de felaktiga posterna. Inget importerades.',
    en: 'Import rejected: fix the invalid records. Nothing was imported.',
  },
  rowsRejected: {
    fi: 'Tuonti hylättiin: korjaa virheelliset rivit. Mitään ei tuotu.',
    sv: 'Importen avvisades: rätta de felaktiga raderna. Inget importerades.',
    en: 'Import rejected: fix the invalid rows. Nothing was imported.',
  },
  sendCsv: {
    fi: 'Lähetä CSV-tiedosto (text/csv).',
    sv: 'Skicka en CSV-fil (text/csv).',
    en: 'Send a CSV file (text/csv).',
  },
} satisfies Record<string, Localized>;

/** A record that would update a service of another organisation: the importer may not change it. */
export const OTHER_ORGANISATION = 'the service belongs to another organisation';
