import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContextReadModel } from '@send/platform';
import { TypeOrmProjection } from '@send/read-models';
import type { InclusionPlanVersion, RegisteredSetting } from '../domain/index.js';
import { InclusionPlanVersionEntity, RegistrySettingEntity } from './registry.entities.js';
import {
  type InclusionPlanVersionRow,
  type RegistrySettingRow,
  evolvePlanVersion,
  evolveRegistrySetting,
  planVersionOf,
  planVersionRowKey,
  settingOf,
  settingRowKey,
} from './registry.projection.js';

export function settingsRegistryProjection(db: DataSource) {
  return new TypeOrmProjection<RegistrySettingRow>(db, {
    name: 'settings-registry',
    entity: RegistrySettingEntity,
    primaryKey: 'settingId',
    keyOf: settingRowKey,
    evolve: evolveRegistrySetting,
  });
}

export function inclusionPlansProjection(db: DataSource) {
  return new TypeOrmProjection<InclusionPlanVersionRow>(db, {
    name: 'inclusion-plans',
    entity: InclusionPlanVersionEntity,
    primaryKey: 'id',
    keyOf: planVersionRowKey,
    evolve: evolvePlanVersion,
  });
}

/**
 * Placement's read model: the settings registry and every version of every local inclusion plan. It lives
 * with the context because its fold is the context's own (evolveSetting); the platform feeds it like the
 * shared projections — from the local log in embedded mode, from the topics in distributed mode.
 */
export const PLACEMENT_READ_MODEL: ContextReadModel = {
  entities: [RegistrySettingEntity, InclusionPlanVersionEntity],
  projections: (db) => [settingsRegistryProjection(db), inclusionPlansProjection(db)],
};

/** The listings, read from the read model: what a write has waited for (read your writes) is already here. */
@Injectable()
export class RegistryListings {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every registered setting (or one LA's), in the order they were registered. */
  async settings(la?: string): Promise<RegisteredSetting[]> {
    const rows = await this.db.getRepository(RegistrySettingEntity).find({ where: la === undefined ? {} : { la } });
    return rows.sort(byPosition).map(settingOf);
  }

  /** Every published version of every LA's plan, each LA's in version order. */
  async planVersions(): Promise<InclusionPlanVersion[]> {
    const rows = await this.db.getRepository(InclusionPlanVersionEntity).find({ order: { la: 'ASC', version: 'ASC' } });
    return rows.map(planVersionOf);
  }
}

/** Positions are 64-bit decimal strings: compared as numbers, never as text. */
function byPosition(a: RegistrySettingRow, b: RegistrySettingRow): number {
  const [x, y] = [BigInt(a.registeredAt), BigInt(b.registeredAt)];
  return x < y ? -1 : x > y ? 1 : 0;
}
