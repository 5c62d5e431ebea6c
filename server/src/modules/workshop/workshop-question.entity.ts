import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { WorkshopEntity } from './workshop.entity.js';

/**
 * What happened to one question in a workshop: when its votes were revealed and the consensus
 * recorded. A row exists only once something happened; no row means open for votes.
 */
@Entity({ name: 'workshop_question' })
export class WorkshopQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: Relation<WorkshopEntity>;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  questionId: string;

  @Column({ type: Date, nullable: true })
  revealedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  consensusOptionId: string | null;

  @Column({ type: 'text', nullable: true })
  consensusNote: string | null;

  @Column({ type: Date })
  updatedAt: Date;
}
