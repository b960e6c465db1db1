import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  currentPassword!: string;

  @Field({ description: 'At least 8 characters.' })
  newPassword!: string;
}
