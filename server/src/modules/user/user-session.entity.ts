import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** A sign-in session; kept in the database so several stateless API instances can share it. */
@Entity({ name: 'user_session' })
export class UserSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_user_session_user')
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Index('uq_user_session_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The absolute end of the session, however active it is. */
  @Column({ type: Date })
  expiresAt: Date;

  /** Refreshed at most once a minute; the session ends after the idle limit without use. */
  @Column({ type: Date })
  lastSeenAt: Date;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
