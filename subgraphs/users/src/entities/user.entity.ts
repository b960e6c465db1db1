import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Role } from './role.js';
import { CreatedRecord } from '@boxoffice/platform';

@ObjectType({ description: 'Owned by users.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'app_user' })
export class User extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'role' | 'emailVerified' | 'phone' | 'locale' | 'timeZone' | 'deletedAt';

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role = Role.CUSTOMER;

  /** Exposed through a field resolver: only the user themself and admins see it. */
  @Property({ type: 'text', unique: true })
  email!: string;

  /** Exposed through a field resolver, like `email`. */
  @Property({ type: 'boolean' })
  emailVerified: boolean = false;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  /** Profile fields, exposed through `User.profile` to the user themself and admins. */
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  locale?: string | null;

  @Property({ type: 'text', nullable: true })
  timeZone?: string | null;

  /** Set by deleteMyAccount: the account is a pseudonym from then on and takes no changes. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
