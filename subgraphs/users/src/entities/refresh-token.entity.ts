import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';
import { CreatedRecord } from '@boxoffice/platform';

/**
 * A refresh token, stored only as a SHA-256 hash. Tokens issued by one login and its
 * refreshes share a family; reuse of a spent token revokes the whole family.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'spentAt' | 'revokedAt';

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when the token was exchanged for a new one. */
  @Property({ type: 'datetime', nullable: true })
  spentAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;
}
