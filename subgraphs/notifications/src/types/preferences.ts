import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Owned by notifications: which mails a person gets. Turned-off categories still leave in-app notifications.' })
export class NotificationPreferences {
  @Field({ description: 'Account mails (welcome, verification, password reset) cannot be turned off: always true.' })
  account!: boolean;

  @Field({ description: 'Mails about bookings: confirmations with tickets, cancellations, expiries, refunds.' })
  bookings!: boolean;

  @Field({ description: 'Mails about events: cancellations.' })
  events!: boolean;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Only true is accepted: account mails cannot be turned off.' })
  account?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  bookings?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  events?: boolean | null;
}
