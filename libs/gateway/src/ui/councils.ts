/**
 * The council whose name heads the pages (docs/ui.md "Header"): a council tool is not on GOV.UK, so the
 * header carries the signed-in user's own LA, by its DfE local authority code (Get Information about
 * Schools, "LA code"). Codes not listed here show as "Local authority 999"; UI_COUNCIL_NAMES adds or
 * overrides names (AppConfig.councilNames).
 */
const LA_NAMES: Readonly<Record<string, string>> = {
  '201': 'City of London',
  '202': 'Camden',
  '203': 'Greenwich',
  '204': 'Hackney',
  '205': 'Hammersmith and Fulham',
  '206': 'Islington',
  '207': 'Kensington and Chelsea',
  '208': 'Lambeth',
  '209': 'Lewisham',
  '210': 'Southwark',
  '211': 'Tower Hamlets',
  '212': 'Wandsworth',
  '213': 'Westminster',
  '301': 'Barking and Dagenham',
  '302': 'Barnet',
  '303': 'Bexley',
  '304': 'Brent',
  '305': 'Bromley',
  '306': 'Croydon',
  '307': 'Ealing',
  '308': 'Enfield',
  '309': 'Haringey',
  '310': 'Harrow',
  '311': 'Havering',
  '312': 'Hillingdon',
  '313': 'Hounslow',
  '314': 'Kingston upon Thames',
  '315': 'Merton',
  '316': 'Newham',
  '317': 'Redbridge',
  '318': 'Richmond upon Thames',
  '319': 'Sutton',
  '320': 'Waltham Forest',
};

/** "Camden Council" for a council user; national roles see the product's own name. */
export function councilNameOf(la: string | undefined, overrides: Record<string, string> = {}): string | undefined {
  if (!la) return undefined;
  const name = overrides[la] ?? LA_NAMES[la];
  return name ? `${name} Council` : `Local authority ${la}`;
}
