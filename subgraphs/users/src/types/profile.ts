import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How to reach and address a user; visible to the user themself and admins.' })
export class Profile {
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +4915112345678.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'A BCP 47 language tag, e.g. de-AT.' })
  locale!: string | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/Vienna.' })
  timeZone!: string | null;
}

@InputType({ description: 'A field left out stays as it is; null clears it.' })
export class ProfileInput {
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +4915112345678.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'A BCP 47 language tag, e.g. de-AT.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/Vienna.' })
  timeZone?: string | null;
}
