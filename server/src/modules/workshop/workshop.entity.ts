import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';

export type WorkshopState = 'ACTIVE' | 'ENDED';

/**
 * A live session of a check-up in a room. Its code lets people join while it is ACTIVE; the
 * consensus the facilitator records is kept as the answers of its consensus respondent.
 */
@Entity({ name: 'workshop' })
// The code works only while ACTIVE, so only active codes must be unique; ended ones may recur.
@Index('uq_workshop_active_code', ['code'], { unique: true, where: "state = 'ACTIVE'" })
// At most one ACTIVE workshop per check-up, also when two starts race.
@Index('uq_workshop_active_assessment', ['assessmentId'], { unique: true, where: "state = 'ACTIVE'" })
export class WorkshopEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_workshop_assessment')
  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  state: WorkshopState;

  @Column({ type: 'varchar', length: 100, nullable: true })
  currentQuestionId: string | null;

  @Column({ type: 'varchar', length: 36 })
  startedByUserId: string;

  @Column({ type: Date })
  startedAt: Date;

  @Column({ type: Date, nullable: true })
  endedAt: Date | null;

  /** The respondent (kind CONSENSUS) whose answers are the room's agreed answers. */
  @Column({ type: 'varchar', length: 36 })
  consensusRespondentId: string;
}
