import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  token!: string;

  @Field({ description: 'At least 8 characters.' })
  newPassword!: string;
}
