import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A person's mail choices; without a row every category is mailed. */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'boolean' })
  bookings: boolean = true;

  @Property({ type: 'boolean' })
  events: boolean = true;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
