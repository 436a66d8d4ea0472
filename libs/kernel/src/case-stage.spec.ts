import { CASE_STAGES, caseStageNamed, stageMayMoveTo } from './case-stage.js';

describe('case stage', () => {
  it('names every stage by itself', () => {
    for (const stage of CASE_STAGES) expect(caseStageNamed(stage)).toBe(stage);
  });

  it('reads plan-issued as plan-final, the published name', () => {
    expect(caseStageNamed('plan-issued')).toBe('plan-final');
  });

  it('knows no other name', () => {
    expect(caseStageNamed('closed')).toBeUndefined();
    expect(caseStageNamed('toString')).toBeUndefined();
  });

  it('moves forward or sideways, never back', () => {
    expect(stageMayMoveTo('requested', 'assessing')).toBe(true);
    expect(stageMayMoveTo('assessing', 'assessment-refused')).toBe(true);
    expect(stageMayMoveTo('plan-final', 'draft-issued')).toBe(false);
  });
});
