import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { CreatedRecord } from '@boxoffice/platform';
import { User } from './user.entity.js';

export const AccountTokenPurpose = { VERIFY_EMAIL: 'VERIFY_EMAIL', RESET_PASSWORD: 'RESET_PASSWORD' } as const;
export type AccountTokenPurpose = (typeof AccountTokenPurpose)[keyof typeof AccountTokenPurpose];

/**
 * A single-use token mailed to prove control of an address (email verification, password
 * reset), stored only as a SHA-256 hash.
 */
@Entity({ tableName: 'account_token' })
export class AccountToken extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'usedAt';

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when the token was used, or when a later use of the same purpose made it pointless. */
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
