import { TimestampedRecord } from '@boxoffice/platform';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

/** Someone who gives sessions, at any number of events. `sessions` is a field resolver. */
@ObjectType({ description: 'Owned by program.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'speaker' })
export class Speaker extends TimestampedRecord {
  [OptionalProps]?: 'id' | 'bio' | 'company' | 'photoUrl' | 'createdAt' | 'updatedAt';

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  photoUrl?: string | null;

  /** The organizer (or admin) who created the speaker; they and admins may change it. */
  @Property({ type: 'uuid' })
  ownerId!: string;
}
