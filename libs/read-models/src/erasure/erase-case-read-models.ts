import { ERASED_CHILD } from '@send/kernel';
import { inWriteTurn } from '@send/event-store';
import type { DataSource } from 'typeorm';
import { CaseSummaryEntity } from '../case-summary/case-summary.entity.js';
import { InclusionFactEntity } from '../inclusion/inclusion-fact.entity.js';

/**
 * The child's identity removed from this process's read models at once, when the case is erased (docs/architecture.md
 * "Security", erasure). The projections reach the same rows from PersonalDataErased and a rebuild reads the request
 * as erased; this also rewrites the dashboards' copy of the request, which is keyed by event and so not reached by
 * a later event, and on the embedded file makes sure the old bytes are gone: secure_delete zeroes what an update
 * frees, and a truncating checkpoint empties the write-ahead log of the pages that held the names.
 */
export async function eraseCaseReadModels(db: DataSource, caseId: string): Promise<void> {
  const sqlite = db.options.type === 'better-sqlite3';
  const work = async () => {
    if (sqlite) await db.query('PRAGMA secure_delete = ON');
    await db.transaction(async (em) => {
      await em.getRepository(CaseSummaryEntity).update({ caseId }, { ...ERASED_CHILD });
      const facts = em.getRepository(InclusionFactEntity);
      for (const fact of await facts.find({ where: { caseId, type: 'AssessmentRequested' } })) {
        const data = { ...(JSON.parse(fact.data) as Record<string, unknown>), child: { ...ERASED_CHILD } };
        await facts.update({ eventId: fact.eventId }, { data: JSON.stringify(data) });
      }
    });
    if (sqlite) await db.query('PRAGMA wal_checkpoint(TRUNCATE)');
  };
  await (sqlite ? inWriteTurn(work) : work());
}
