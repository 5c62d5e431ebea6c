import type { Locale, RespondentRole } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { WorkshopEntity } from '../workshop/workshop.entity.js';

/** INDIVIDUAL: a person (invited, self-assessing or voting in a workshop); CONSENSUS: a workshop's agreed answers. */
export type RespondentKind = 'INDIVIDUAL' | 'CONSENSUS';

/** One person answering one assessment through a private link; only the token's hash is kept. */
@Entity({ name: 'respondent' })
export class RespondentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_respondent_assessment')
  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 20 })
  role: RespondentRole;

  @Column({ type: 'varchar', length: 5 })
  locale: Locale;

  /** A name or function the consultant gave the invitation; seen only inside the workspace. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  label: string | null;

  @Index('uq_respondent_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: Date, nullable: true })
  submittedAt: Date | null;

  /** A revoked invitation's link stops working at once; its answers stay. */
  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  /** A CONSENSUS respondent is never listed, counted or scored with the people (see workshop/README.md). */
  @Column({ type: 'varchar', length: 20, default: 'INDIVIDUAL' })
  kind: RespondentKind;

  /** The workshop a participant joined (or whose consensus this is); null for everyone else. */
  @Index('ix_respondent_workshop')
  @Column({ type: 'varchar', length: 36, nullable: true })
  workshopId: string | null;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Relation<WorkshopEntity>;

  @CreateDateColumn()
  createdAt: Date;
}
