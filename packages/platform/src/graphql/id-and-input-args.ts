import { ArgsType, Field, ID, type ClassType } from 'type-graphql';

/** The contract's `(id: ID!, input: XInput!)` arguments of an update mutation, as one @ArgsType to extend. */
export function IdAndInputArgs<T extends object>(Input: ClassType<T>) {
  @ArgsType()
  abstract class IdAndInput {
    @Field(() => ID)
    id!: string;

    @Field(() => Input)
    input!: T;
  }
  return IdAndInput;
}
