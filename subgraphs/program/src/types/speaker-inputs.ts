import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateSpeakerInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  photoUrl?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears bio, company or photoUrl.' })
export class UpdateSpeakerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  photoUrl?: string | null;
}
