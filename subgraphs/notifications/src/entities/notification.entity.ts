import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { CreatedRecord } from '@boxoffice/platform';
import { NotificationCategory, NotificationKind } from './states.js';

/** An in-app notification of one person; every notice has one, whatever their mail preferences. */
@ObjectType({ description: 'Owned by notifications: something that happened, told to the person it concerns.' })
@Directive('@authenticated')
@Directive('@key(fields: "id")')
@Entity({ tableName: 'notification' })
export class Notification extends CreatedRecord {
  [OptionalProps]?: 'id' | 'createdAt' | 'readAt';

  @Property({ type: 'uuid' })
  userId!: string;

  /** One notice per fact and person: a redelivered or repeated fact finds its key taken. */
  @Property({ type: 'text', unique: true })
  dedupeKey!: string;

  @Field(() => NotificationCategory)
  @Enum({ items: () => NotificationCategory, nativeEnumName: 'notification_category' })
  category!: NotificationCategory;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
