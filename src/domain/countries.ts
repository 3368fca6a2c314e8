/**
 * ISO 3166-1 alpha-2 codes. Names come from `Intl.DisplayNames`, so the list
 * stays a list of codes and every locale gets its own country names for free.
 */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const codeSet = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return codeSet.has(value);
}

/** The country's name in the given locale, e.g. `countryName('DE', 'en')` → "Germany". */
export function countryName(code: string, locale = 'en'): string {
  return regionNames(locale).of(code) ?? code;
}

// Building an Intl.DisplayNames costs about 0.3 ms; a list or an export names thousands of countries.
const regionNamesByLocale = new Map<string, Intl.DisplayNames>();
function regionNames(locale: string): Intl.DisplayNames {
  let names = regionNamesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNamesByLocale.set(locale, names);
  }
  return names;
}

// The IBAN list that seed 002 points to writes official names ("United States of
// America (the)"); people write the short ones. Both are accepted on import.
const ALIASES: Record<string, string> = {
  'united states of america': 'US', usa: 'US', 'united states of america the': 'US',
  'united kingdom of great britain and northern ireland': 'GB', uk: 'GB', 'great britain': 'GB',
  'united kingdom of great britain and northern ireland the': 'GB',
  'korea republic of': 'KR', 'korea the republic of': 'KR', 'south korea': 'KR',
  'korea democratic peoples republic of': 'KP', 'korea the democratic peoples republic of': 'KP',
  'russian federation': 'RU', 'russian federation the': 'RU', 'viet nam': 'VN',
  'iran islamic republic of': 'IR', 'taiwan province of china': 'TW',
  'bolivia plurinational state of': 'BO', 'venezuela bolivarian republic of': 'VE',
  'tanzania united republic of': 'TZ', 'syrian arab republic': 'SY', 'syrian arab republic the': 'SY',
  'lao peoples democratic republic': 'LA', 'lao peoples democratic republic the': 'LA',
  'moldova the republic of': 'MD', 'moldova republic of': 'MD', 'netherlands the': 'NL', 'holland': 'NL',
  'philippines the': 'PH', 'czech republic': 'CZ', 'czechia': 'CZ', 'hong kong': 'HK',
  'china hong kong sar': 'HK', 'macao': 'MO', 'macau': 'MO', 'turkey': 'TR', 'turkiye': 'TR',
  'united arab emirates the': 'AE', 'dominican republic the': 'DO', 'congo the democratic republic of the': 'CD',
  'congo the': 'CG', 'ivory coast': 'CI', "cote divoire": 'CI', 'sudan the': 'SD', 'niger the': 'NE',
  'gambia the': 'GM', 'bahamas the': 'BS', 'comoros the': 'KM', 'cayman islands the': 'KY',
  'falkland islands the malvinas': 'FK', 'faroe islands the': 'FO', 'marshall islands the': 'MH',
  'northern mariana islands the': 'MP', 'holy see the': 'VA', 'vatican city': 'VA',
  'palestine state of': 'PS', 'micronesia federated states of': 'FM', 'eswatini': 'SZ', 'swaziland': 'SZ',
  'north macedonia': 'MK', 'macedonia': 'MK', 'cabo verde': 'CV', 'cape verde': 'CV',
};

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let byEnglishName: Map<string, string> | undefined;

/**
 * Reads a country as people write it — "Canada", "United States of America (the)",
 * "ca" — and gives its alpha-2 code, or undefined when it names no country.
 */
export function countryCodeFromName(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^[a-z]{2}$/i.test(trimmed) && codeSet.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (!byEnglishName) {
    byEnglishName = new Map(COUNTRY_CODES.map((code) => [normaliseName(countryName(code, 'en')), code]));
  }
  const key = normaliseName(trimmed);
  return byEnglishName.get(key) ?? ALIASES[key];
}
