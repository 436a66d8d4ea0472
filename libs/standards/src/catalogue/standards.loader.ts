import { Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { CaseWriter } from '@send/platform';
import { standardsDecider } from '../domain/index.js';
import { NATIONAL, STANDARDS_STREAM } from '../standards.stream.js';
import { StandardsCatalogue } from './standards-catalogue.js';

const LOADER = { id: 'system:standards.catalogue-loader', role: 'system' } as const;

/** Where the loader writes: the national catalogue stream, no case, no LA of its own. */
export const standardsTarget = {
  decider: standardsDecider,
  address: () => ({ streamId: STANDARDS_STREAM, ...NATIONAL }),
};

/**
 * At start-up, records each catalogue file's standards as StandardLoaded (once per id, version and checksum).
 * It writes through CaseWriter rather than the command bus, as the funding reference loader does: @nestjs/cqrs
 * registers its handlers in its own bootstrap hook, which may run after this one. A loaded version whose text
 * changed stops start-up (STANDARDS.VERSION_CHANGED).
 */
@Injectable()
export class StandardsLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('standards.catalogue');

  constructor(
    private readonly writer: CaseWriter,
    private readonly catalogue: StandardsCatalogue,
    @Optional() @Inject(EVENT_STORE) private readonly store?: EventStore | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only the process that holds the assessment store records the load (not the distributed gateway).
    if (!this.store) return;
    for (const file of this.catalogue.files) {
      const entries = this.catalogue.versions
        .filter((v) => v.release === file.release)
        .map(({ id, version, effectiveFrom, checksum }) => ({ id, version, effectiveFrom, checksum }));
      const load = { type: 'LoadStandards' as const, data: { release: file.release, entries } };
      const result = await this.writer.write(standardsTarget, { user: LOADER }, load);
      if (result.events.length > 0) {
        this.logger.log(`loaded ${result.events.length} standards of release ${file.release} (${file.status})`);
      }
    }
  }
}
