/**
 * The 153 local authorities of England with education duties, by DfE LA code (Get Information about
 * Schools "LA code", from April 2023: Cumbria and Northamptonshire as their successors). The generator
 * spreads its cases over them; no product code needs the whole list.
 */
export const ENGLISH_LA_CODES: readonly string[] = [
  // Inner London, City of London included
  ...range(201, 213),
  // Outer London
  ...range(301, 320),
  // Metropolitan districts: West Midlands, Merseyside, Greater Manchester, South and West Yorkshire, Tyne and Wear
  ...range(330, 336),
  ...range(340, 344),
  ...range(350, 359),
  ...range(370, 373),
  ...range(380, 384),
  ...range(390, 394),
  // Isles of Scilly
  '420',
  // Unitary authorities and counties
  ...['800', '801', '802', '803', '805', '806', '807', '808', '810', '811', '812', '813', '815', '816'],
  ...['821', '822', '823', '825', '826', '830', '831', '838', '839', '840', '841', '845', '846'],
  ...['850', '851', '852', '855', '856', '857', '860', '861', '865', '866', '867', '868', '869', '870'],
  ...['871', '872', '873', '874', '876', '877', '878', '879', '880', '881', '882', '883', '884', '885'],
  ...['886', '887', '888', '889', '890', '891', '892', '893', '894', '895', '896', '908', '916', '919'],
  ...['921', '925', '926', '929', '931', '933', '935', '936', '937', '938', '940', '941', '942', '943'],
];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}
