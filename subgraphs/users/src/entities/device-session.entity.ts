import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

/**
 * A signed-in device: one refresh-token family (its id is the family id), with what the
 * client told us when it signed in and when it last refreshed.
 */
@ObjectType({ description: 'A signed-in device: one refresh-token family.' })
@Entity({ tableName: 'device_session' })
@Index({ properties: ['user', 'lastUsedAt'] })
export class DeviceSession {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'userAgent' | 'clientAddress';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field(() => String, { nullable: true, description: 'The User-Agent of the client that signed in.' })
  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;

  @Field(() => String, { nullable: true, description: 'The address the client signed in from.' })
  @Property({ type: 'text', nullable: true })
  clientAddress?: string | null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field({ description: 'When the session signed in or last refreshed its tokens.' })
  @Property({ type: 'datetime' })
  lastUsedAt: Date = new Date();

  /** When the newest refresh token of the family expires. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
