import { ArgsType, Field, ID } from 'type-graphql';
import { Role } from '../entities/index.js';

@ArgsType()
export class RoleChangeArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;
}
