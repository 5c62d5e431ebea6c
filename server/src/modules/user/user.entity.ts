import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A consultant account. Passwords are stored as Argon2id hashes only. */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @CreateDateColumn()
  createdAt: Date;
}
