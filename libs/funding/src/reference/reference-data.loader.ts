import { Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { CaseWriter } from '@send/platform';
import { referenceTarget } from '../funding-command.js';
import { ReferenceCatalogue } from './reference-catalogue.js';

const LOADER = { id: 'system:funding.reference-loader', role: 'system' } as const;

/**
 * At start-up, records each reference file as ReferenceDataLoaded (once per version and checksum).
 * It writes through CaseWriter rather than the command bus: @nestjs/cqrs registers its handlers in its
 * own bootstrap hook, which may run after this one. A loaded version whose file changed stops start-up.
 */
@Injectable()
export class ReferenceDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('funding.reference-data');

  constructor(
    private readonly writer: CaseWriter,
    private readonly catalogue: ReferenceCatalogue,
    @Optional() @Inject(EVENT_STORE) private readonly store?: EventStore | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only the process that holds the funding store records the load (not the distributed gateway).
    if (!this.store) return;
    for (const { version, effectiveFrom, checksum, status } of this.catalogue.versions) {
      const load = { type: 'LoadReferenceData' as const, data: { version, effectiveFrom, checksum } };
      const result = await this.writer.write(referenceTarget, { user: LOADER }, load);
      if (result.events.length > 0) this.logger.log(`loaded reference data ${version} (${status}) from ${effectiveFrom}`);
    }
  }
}
