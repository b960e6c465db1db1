import { PageArgs } from '@boxoffice/platform';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only notifications not yet marked read.' })
  unreadOnly?: boolean | null;
}
