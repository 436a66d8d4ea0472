import type { ProvisionItem, SettingInput } from './pricing.js';
import type { ReferenceData } from './reference-data.js';

/**
 * A small reference set with round figures for worked examples: SaLT £60 a session, a teaching assistant
 * £18.50 an hour, place funding £10,000, the £6,000 threshold, 39 school weeks.
 */
export const REFERENCE: ReferenceData = {
  status: 'illustrative — not DfE figures',
  version: 'test.1',
  effectiveFrom: '2024-04-01',
  threshold: { pence: 600_000 },
  weeksOpen: { default: 39, mainstream: 39, special: 39, residential: 52 },
  placeFunding: { tariffId: 'place', settingTypes: ['special', 'resourced', 'independent'] },
  bands: [
    {
      id: 'A',
      name: 'Band A',
      description: 'within the threshold',
      matches: ['equipment'],
      minAnnualPence: 0,
      maxAnnualPence: 600_000,
    },
    {
      id: 'B',
      name: 'Band B',
      description: 'targeted',
      matches: ['therapy'],
      minAnnualPence: 600_000,
      maxAnnualPence: 1_500_000,
    },
    { id: 'C', name: 'Band C', description: 'specialist', matches: ['1:1'], minAnnualPence: 1_500_000 },
  ],
  tariffs: [
    { id: 'salt-session', unit: 'session', pence: 6000, matches: ['speech and language', 'salt'] },
    { id: 'ta-hour', unit: 'hour', pence: 1850, matches: ['teaching assistant'], deliveredBy: ['teaching assistant', 'ta'] },
    { id: 'odd-hour', unit: 'hour', pence: 1851, matches: ['odd tutoring'] },
    { id: 'equipment-year', unit: 'year', pence: 25_000, matches: ['writing board'] },
    { id: 'place', unit: 'place', pence: 1_000_000, matches: ['place'] },
  ],
};

export const SALT: ProvisionItem = {
  provision: 'Speech and language therapy, direct 1:1',
  hours: 1,
  frequency: 'weekly',
  deliveredBy: 'specialist speech and language therapist',
};
export const TA_25_HOURS: ProvisionItem = {
  provision: '1:1 teaching assistant in all lessons',
  hours: 25,
  frequency: 'weekly',
  deliveredBy: 'teaching assistant',
};
export const WRITING_BOARD: ProvisionItem = {
  provision: 'Sloped writing board',
  frequency: 'at all times',
  deliveredBy: 'class teacher',
};

export const MAINSTREAM: SettingInput = { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' };
export const SPECIAL: SettingInput = { type: 'special', settingId: 'urn-200002', name: 'Brook Special School' };

/** 234,000 (SaLT) + 1,803,750 (TA) = 2,037,750 pence a year. */
export const WORKED_TOTAL = 2_037_750;
