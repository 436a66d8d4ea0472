import { stringify } from 'csv-stringify/sync';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { SEN2_COLUMNS, type Sen2Module, type Sen2Person, type Sen2Return, type Sen2Row } from './sen2-model.js';

type AnyRow = Readonly<Record<string, string>>;

/** One module's rows, flattened from the persons in the return's order. */
export function moduleRows(ret: Sen2Return, module: Sen2Module): AnyRow[] {
  if (module === 'header') return [ret.header];
  const requests = ret.persons.flatMap((p) => p.requests);
  const assessments = requests.flatMap((r) => (r.assessment ? [r.assessment] : []));
  const named = assessments.flatMap((a) => (a.namedPlan ? [a.namedPlan] : []));
  const active = requests.flatMap((r) => (r.activePlan ? [r.activePlan] : []));
  const rows: Record<Exclude<Sen2Module, 'header'>, () => AnyRow[]> = {
    person: () => ret.persons.map((p) => p.row),
    requests: () => requests.map((r) => r.row),
    assessment: () => assessments.map((a) => a.row),
    'named-plan': () => named.map((n) => n.row),
    'plan-detail': () => named.flatMap((n) => n.details),
    'active-plans': () => active.map((a) => a.row),
    'placement-detail': () => active.flatMap((a) => a.placements),
    'sen-need': () => active.flatMap((a) => a.needs),
  };
  return rows[module]();
}

/** A module as CSV: a header line of the guide's item names, then one line per row (RFC 4180 quoting). */
export function moduleCsv(ret: Sen2Return, module: Sen2Module): string {
  const columns = [...SEN2_COLUMNS[module]];
  return stringify(moduleRows(ret, module), { header: true, columns, record_delimiter: 'windows' });
}

/** The table id columns the XML expresses by nesting instead. */
const LINKS = new Set([
  'PersonTableID',
  'RequestsTableID',
  'AssessmentTableID',
  'NamedPlanTableID',
  'PlanDetailTableID',
  'ActivePlansTableID',
  'PlacementDetailTableID',
  'SENNeedTableID',
]);

/**
 * The whole return as the guide's XML message, as far as its layout was found (docs/sen2.md "XML"):
 * Message / Header (CollectionDetails: Collection, Year, ReferenceDate; Source: SourceLevel, LEA,
 * SoftwareCode, Release, SerialNo, DateTime), then Persons / Person, each holding its Requests, each
 * request its Assessment (with NamedPlan and PlanDetail) and ActivePlans (with PlacementDetail and
 * SENneed). Empty items are left out.
 */
export function returnXml(ret: Sen2Return): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('Message');
  const header = root.ele('Header');
  const h = ret.header;
  items(header.ele('CollectionDetails'), { Collection: h.Collection, Year: h.Year, ReferenceDate: h.ReferenceDate });
  items(header.ele('Source'), {
    SourceLevel: h.SourceLevel,
    LEA: h.LEA,
    SoftwareCode: h.SoftwareCode,
    Release: h.Release,
    SerialNo: h.SerialNo,
    DateTime: h.DateTime,
  });
  const persons = root.ele('Persons');
  for (const p of ret.persons) personXml(persons.ele('Person'), p);
  return root.end({ prettyPrint: true });
}

function personXml(el: XMLBuilder, p: Sen2Person): void {
  items(el, p.row);
  for (const r of p.requests) {
    const req = items(el.ele('Requests'), r.row);
    if (r.assessment) {
      const a = items(req.ele('Assessment'), r.assessment.row);
      const n = r.assessment.namedPlan;
      if (n) {
        const plan = items(a.ele('NamedPlan'), n.row);
        for (const d of n.details) items(plan.ele('PlanDetail'), d);
      }
    }
    if (r.activePlan) {
      const ap = items(req.ele('ActivePlans'), r.activePlan.row);
      for (const d of r.activePlan.placements) items(ap.ele('PlacementDetail'), d);
      for (const d of r.activePlan.needs) items(ap.ele('SENneed'), d);
    }
  }
}

function items<M extends Sen2Module>(el: XMLBuilder, row: Sen2Row<M> | AnyRow): XMLBuilder {
  for (const [name, value] of Object.entries(row)) if (value !== '' && !LINKS.has(name)) el.ele(name).txt(value);
  return el;
}
