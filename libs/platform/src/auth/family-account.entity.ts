import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A family's sign-in (docs/architecture.md "Security", family accounts): made once, by redeeming the
 * invitation a caseworker issued, and bound to exactly that case for its life. The password is kept only
 * as a scrypt hash (family-password.ts); the child's details are never here.
 */
@Entity('family_accounts')
export class FamilyAccountEntity {
  /** Lower-cased, as typed at redemption. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  caseId!: string;

  /** The case's LA when the account was made; the case's current LA is always read from the case. */
  @Column({ type: 'varchar', length: 16 })
  la!: string;

  /** One account per invitation; the account's id in tokens is `family:<invitationId>`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  invitationId!: string;

  /** scrypt$N$r$p$salt$hash, base64url. */
  @Column({ type: 'varchar', length: 300 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  revokedAt!: string | null;
}
