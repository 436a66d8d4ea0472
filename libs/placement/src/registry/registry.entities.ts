import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One registered setting as the registry listing shows it: the setting's own state, kept whole. */
@Entity('registry_settings')
@Index(['la'])
export class RegistrySettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  settingId!: string;

  @Column({ type: 'varchar', length: 3 })
  la!: string;

  /** Position of the registration: the listing keeps the order settings were registered in. */
  @Column({ type: 'varchar', length: 30 })
  registeredAt!: string;

  /** The setting's state (domain Setting) as JSON: the listing and the tailored list read it as the stream folds it. */
  @Column({ type: 'text' })
  setting!: string;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}

/** One published version of one LA's local inclusion plan: every version is a row, none is overwritten. */
@Entity('inclusion_plan_versions')
@Index(['la', 'version'], { unique: true })
export class InclusionPlanVersionEntity {
  /** la + '/' + version */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  id!: string;

  @Column({ type: 'varchar', length: 3 })
  la!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 10 })
  publishedOn!: string;

  /** JSON array of setting ids, in the plan's order. */
  @Column({ type: 'text' })
  settingIds!: string;

  /** JSON array of partner LA codes, in the plan's order. */
  @Column({ type: 'text' })
  partnerLas!: string;

  /** JSON array of { settingId, standards }: the national standards each setting provides; null when none stated. */
  @Column({ type: 'text', nullable: true })
  provides!: string | null;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}
