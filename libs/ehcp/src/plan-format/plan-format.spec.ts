import { readFileSync } from 'node:fs';
import { fold } from '@send/testing';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ehcpDecider, type EhcpEvent, type EhcpState } from '../domain/index.js';
import { amending, finalised, sections } from '../domain/lifecycle.fixtures.js';
import { EHC_PLAN_V1_SCHEMA, PLAN_FORMAT_V1 } from './ehc-plan.v1.schema.js';
import { formatSections, importedCaseId, importedPlanOf, issuersOf, planHash, toPlanDocument } from './plan-document.js';
import { planFormatErrors } from './plan-format.validator.js';

const published = JSON.parse(readFileSync('docs/plan-format/ehc-plan.v1.schema.json', 'utf8'));
const child = { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' };
type Made = Exclude<EhcpState, { status: 'none' }>;
/** An event as LA 202's system stored it: the envelope's la is the LA that recorded it. */
const in202 = (e: EhcpEvent) => ({ ...e, la: '202' });

/** LA 202's plan of lifecycle.fixtures (draft 10 Jan 2025, final 31 Jan 2025), exported on 27 Nov 2026. */
const exportedBy202 = () =>
  toPlanDocument(fold(ehcpDecider, finalised) as Made, {
    child,
    issuedBy: issuersOf(finalised.map(in202)),
    exportedBy: '202',
    exportedAt: '2026-11-27T15:00:00.000Z',
  });

describe('the published schema', () => {
  it('is, in docs/plan-format, the very schema the code validates against', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(EHC_PLAN_V1_SCHEMA)));
    expect(published.$id).toBe(PLAN_FORMAT_V1);
    expect(published.$id).toMatch(/\.v1\.schema\.json$/);
  });

  it('compiles as JSON Schema 2020-12 under strict mode, and the export of a plan passes it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(published);
    expect(validate(exportedBy202())).toBe(true);
    expect(validate({ ...exportedBy202(), format: 'https://send-casework.example/plan-format/ehc-plan.v2.schema.json' })).toBe(
      false,
    );
  });

  it('allows a section F item to name the national standard it goes beyond, and nothing else unknown', () => {
    const doc = exportedBy202();
    const item = { ...sections.F.items[0]!, beyondStandard: { id: 'slt-universal', version: 2 } };
    const withStandard = {
      ...doc,
      plan: { ...doc.plan, versions: [{ ...doc.plan.versions[0]!, sections: { ...sections, F: { items: [item] } } }] },
    };
    expect(planFormatErrors(withStandard)).toEqual([]);
    const unknown = {
      ...withStandard,
      plan: { ...withStandard.plan, versions: [{ ...withStandard.plan.versions[0]!, extra: 1 }] },
    };
    expect(planFormatErrors(unknown).map((e) => e.field)).toEqual(['/plan/versions/0/extra']);
  });
});

describe('the schema violations of a document', () => {
  it('are named by JSON pointer: a missing section, a bad date, hours that are not positive, a bad hash', () => {
    const doc = exportedBy202();
    const [v1, v2] = doc.plan.versions;
    const { F: _F, ...noF } = v2!.sections;
    const broken = {
      ...doc,
      sha256: 'not-a-hash',
      plan: {
        ...doc.plan,
        child: { ...child, dateOfBirth: '2016-02-30' },
        versions: [
          { ...v1!, sections: { ...v1!.sections, F: { items: [{ ...sections.F.items[0]!, hours: 0 }] } } },
          { ...v2!, sections: noF },
        ],
      },
    };
    expect(
      planFormatErrors(broken)
        .map((e) => e.field)
        .sort(),
    ).toEqual(['/plan/child/dateOfBirth', '/plan/versions/0/sections/F/items/0/hours', '/plan/versions/1/sections/F', '/sha256']);
  });

  it('names the document itself when it is not an object', () => {
    expect(planFormatErrors('a plan')).toEqual([{ field: '', message: '(the document) must be object' }]);
  });
});

describe('the mapping', () => {
  it('exports every version in full with who issued it, the child, and the hash of the canonical plan', () => {
    const doc = exportedBy202();
    expect(doc).toMatchObject({ format: PLAN_FORMAT_V1, exportedBy: '202', provenance: [] });
    expect(doc.plan).toMatchObject({ child, requestedOn: '2024-09-02', decidedOn: '2024-12-02' });
    expect(doc.plan.versions.map((v) => [v.version, v.status, v.issuedOn, v.issuedBy])).toEqual([
      [1, 'draft', '2025-01-10', '202'],
      [2, 'final', '2025-01-31', '202'],
    ]);
    expect(doc.sha256).toBe(planHash(doc.plan));
    // Canonical JSON: the order in which an object's keys were written does not change the hash.
    const { versions, decidedOn, requestedOn, child: c } = doc.plan;
    expect(planHash({ versions, decidedOn, requestedOn, child: c })).toBe(doc.sha256);
  });

  it('round-trips: imported by LA 203 and exported there, the plan and its hash are the same', () => {
    const doc = exportedBy202();
    const caseId = importedCaseId('203', doc.sha256);
    const data = importedPlanOf(doc, { caseId, la: '203', importedOn: '2026-11-28' });
    const events: EhcpEvent[] = [{ type: 'PlanImported', data }];
    const again = toPlanDocument(fold(ehcpDecider, events) as Made, {
      child: data.child,
      issuedBy: issuersOf(events.map((e) => ({ ...e, la: '203' }))),
      exportedBy: '203',
      exportedAt: '2026-12-01T09:00:00.000Z',
    });
    expect(again.plan).toEqual(doc.plan);
    expect(again.sha256).toBe(doc.sha256);
    expect(again.provenance).toEqual([
      {
        fromLa: '202',
        exportedAt: '2026-11-27T15:00:00.000Z',
        sha256: doc.sha256,
        format: PLAN_FORMAT_V1,
        importedBy: '203',
        importedOn: '2026-11-28',
      },
    ]);
    expect(planFormatErrors(again)).toEqual([]);
  });

  it('carries the last review’s date, from which the receiving LA counts its review (Reg 15(5)(a)), and keeps it on import', () => {
    // Reviewed, decided to amend on Fri 12 Sep 2025 (lifecycle.fixtures amending).
    const facts = { child, exportedBy: '202', exportedAt: '2026-11-27T15:00:00.000Z' };
    const doc = toPlanDocument(fold(ehcpDecider, amending) as Made, { ...facts, issuedBy: issuersOf(amending.map(in202)) });
    expect(doc.plan.lastReviewedOn).toBe('2025-09-12');
    expect(planFormatErrors(doc)).toEqual([]);
    const data = importedPlanOf(doc, { caseId: 'c-203', la: '203', importedOn: '2026-11-28' });
    const events: EhcpEvent[] = [{ type: 'PlanImported', data }];
    const again = toPlanDocument(fold(ehcpDecider, events) as Made, {
      ...facts,
      exportedBy: '203',
      issuedBy: issuersOf(events.map((e) => ({ ...e, la: '203' }))),
    });
    expect(again.plan).toEqual(doc.plan);
  });

  it('names who issued each version: the LA that recorded it here, or the one the imported plan names', () => {
    const amended = { type: 'AmendedPlanIssued', data: { version: 3 }, la: '203' };
    expect([...issuersOf([...finalised.map(in202), amended])]).toEqual([
      [1, '202'],
      [2, '202'],
      [3, '203'],
    ]);
  });

  it('carries only the format’s fields of a section, dropping absent optional ones', () => {
    const legacy = { ...sections, B: { ...sections.B, secondaryNeeds: undefined }, extra: 'x' } as unknown as typeof sections;
    const out = formatSections(legacy);
    expect(Object.keys(out).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'J', 'K']);
    expect(out.B).toEqual({ primaryNeed: 'SLCN', description: 'Severe expressive language disorder' });
  });

  it('names an imported case by the receiving LA and the hash: the same import finds the same case', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const id = importedCaseId('203', 'c'.repeat(64));
    expect(id).toMatch(uuid);
    expect(importedCaseId('203', 'c'.repeat(64))).toBe(id);
    expect(importedCaseId('204', 'c'.repeat(64))).not.toBe(id);
    expect(importedCaseId('203', 'd'.repeat(64))).not.toBe(id);
  });
});
