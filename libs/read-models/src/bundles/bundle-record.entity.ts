import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a tribunal bundle was built from (docs/api.md "Audit", bundle): kept under its verification code
 * so that GET /api/v1/bundles/{code} can tell whether the record behind it is still intact. It holds
 * no personal data: the case id, a short reference, stream heads and the PDF's SHA-256.
 */
@Entity('bundles')
export class BundleRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  caseId!: string;

  @Column({ type: 'varchar', length: 40 })
  caseRef!: string;

  @Column({ type: 'varchar', length: 30 })
  generatedAt!: string;

  /** JSON: [{ stream, revision, hash }], the head of every stream the bundle was built from. */
  @Column({ type: 'text' })
  streams!: string;

  @Column({ type: 'integer' })
  pages!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;
}
