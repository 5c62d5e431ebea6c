import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** SELF_SERVICE holds the online self-assessments; CONSULTANCY is a consultant's tenant. */
export type WorkspaceKind = 'SELF_SERVICE' | 'CONSULTANCY';

/** A tenant: every organisation, assessment and member belongs to exactly one workspace. */
@Entity({ name: 'workspace' })
export class WorkspaceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: WorkspaceKind;

  @CreateDateColumn()
  createdAt: Date;
}
