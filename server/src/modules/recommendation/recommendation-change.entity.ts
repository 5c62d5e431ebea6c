import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RecommendationEntity } from './recommendation.entity.js';

/** One line of a recommendation's history: who changed what, and when. */
@Entity({ name: 'recommendation_change' })
@Index('ix_recommendation_change_recommendation', ['recommendationId', 'changedAt'])
export class RecommendationChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<RecommendationEntity>;

  /** The user's id and name at the time (kept if the account goes). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 200 })
  userName: string;

  /** What changed: title, body, status, created, actionItem… */
  @Column({ type: 'varchar', length: 40 })
  field: string;

  @Column({ type: 'text', nullable: true })
  fromValue: string | null;

  @Column({ type: 'text', nullable: true })
  toValue: string | null;

  @CreateDateColumn()
  changedAt: Date;
}
