import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRetentionRule } from './retention-policy.js';

describe('retention policy file', () => {
  it('ships date of birth + 31 years, with the IRMS toolkit named as its source', () => {
    const rule = loadRetentionRule();
    expect(rule).toMatchObject({ id: 'send-case-record', years: 31, version: '2025.1' });
    expect(rule.source).toContain('IRMS Information Management Toolkit');
  });

  it("takes a deployment's own file, and refuses one that does not say where its period comes from", () => {
    const dir = mkdtempSync(join(tmpdir(), 'retention-'));
    const own = join(dir, 'own.json');
    const file = (rule: object) =>
      JSON.stringify({
        version: 'la-202.1',
        status: "the LA's own schedule",
        rules: [{ id: 'send-case-record', from: 'dateOfBirth', ...rule }],
      });
    writeFileSync(own, file({ years: 35, source: 'Camden records retention schedule, entry 4.2' }));
    expect(loadRetentionRule(own)).toMatchObject({ years: 35, version: 'la-202.1' });
    writeFileSync(own, file({ years: 35 }));
    expect(() => loadRetentionRule(own)).toThrow(/source/);
    writeFileSync(own, file({ years: 2.5, source: 'x' }));
    expect(() => loadRetentionRule(own)).toThrow(/whole years/);
  });
});
