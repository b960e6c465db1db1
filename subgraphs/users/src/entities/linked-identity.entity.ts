import { OptionalProps } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { CreatedRecord } from '@boxoffice/platform';
import { User } from './user.entity.js';

/** An account at an OpenID Connect provider (its `sub`) that signs in as `user`. */
@Entity({ tableName: 'linked_identity' })
@Unique({ properties: ['provider', 'subject'] })
export class LinkedIdentity extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt';

  @Property({ type: 'text' })
  provider!: string;

  @Property({ type: 'text' })
  subject!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;
}
