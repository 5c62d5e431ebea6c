import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { RecommendationEntity } from './recommendation.entity.js';

export type ActionItemStatus = 'OPEN' | 'DONE';

/** A step of the action plan agreed for a recommendation. */
@Entity({ name: 'action_item' })
export class ActionItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_action_item_recommendation')
  @Column({ type: 'varchar', length: 36 })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<RecommendationEntity>;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner: string | null;

  /** A calendar date, YYYY-MM-DD: no time zone surprises. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: ActionItemStatus;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
