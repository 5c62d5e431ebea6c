import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { RespondentEntity } from '../respondent/respondent.entity.js';

/** A respondent's answer to one question; unique per (respondent, question), upserted. */
@Entity({ name: 'answer' })
@Index('uq_answer_respondent_question', ['respondentId', 'questionId'], { unique: true })
export class AnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  respondentId: string;

  @ManyToOne(() => RespondentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_id' })
  respondent?: Relation<RespondentEntity>;

  /** Denormalised so a whole assessment's answers load in one indexed query. */
  @Index('ix_answer_assessment')
  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 100 })
  questionId: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  optionId: string | null;

  @Column({ type: 'json', nullable: true })
  optionIds: string[] | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @UpdateDateColumn()
  updatedAt: Date;
}
