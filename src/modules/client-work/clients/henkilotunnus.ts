// Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ. Validated by its date, century sign,
// individual number and check character; since 2023 the century signs include Y/X/W/V/U (1900s)
// and B/C/D/E/F (2000s) (VNA 128/2010 as amended). The code is personal data: never log it, never
// put it in a URL or an error text.

const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export interface ParsedHenkilotunnus {
  /** 'YYYY-MM-DD' */
  birthDate: string;
  /** Normalised (upper case, trimmed). */
  value: string;
}

/** The check character for the nine digits DDMMYYZZZ. */
export function checkCharacter(dateDigits: string, individual: string): string {
  return CHECK_CHARS[Number(dateDigits + individual) % 31];
}

/** Returns the parsed code, or null if it is not a valid henkilötunnus. */
export function parseHenkilotunnus(input: string): ParsedHenkilotunnus | null {
  const value = input.trim().toUpperCase();
  const m = SHAPE.exec(value);
  if (!m) return null;
  const [, dd, mm, yy, sign, individual, check] = m;
  const year = CENTURY[sign] + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // 000 and 001 are not used; 900–999 are temporary codes, still valid in client records.
  if (Number(individual) < 2) return null;
  if (checkCharacter(dd + mm + yy, individual) !== check) return null;
  return { value, birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}` };
}

export function isValidHenkilotunnus(input: string): boolean {
  return parseHenkilotunnus(input) !== null;
}

/** '120385-****': the birth date part is shown, the individual part hidden. */
export function maskHenkilotunnus(value: string | null): string | null {
  if (!value) return null;
  return `${value.slice(0, 7)}****`;
}

/** Whether a search string looks like an identity code (then it is matched exactly). */
export function looksLikeHenkilotunnus(input: string): boolean {
  return /^\d{6}[-+YXWVUABCDEF]\w{4}$/i.test(input.trim());
}
