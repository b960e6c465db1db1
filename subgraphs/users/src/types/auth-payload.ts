import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Role, User } from '../entities/index.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: "Short-lived JWT (default 15 minutes) to send as 'Authorization: Bearer <token>'." })
  accessToken!: string;

  @Field({ description: 'Opaque, single-use, rotated on every refresh (default 30 days).' })
  refreshToken!: string;

  @Field(() => Int, { description: 'Seconds until accessToken expires.' })
  expiresIn!: number;

  @Field(() => User)
  user!: User;
}

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field({ description: 'At least 8 characters.' })
  password!: string;

  @Field()
  name!: string;

  @Field(() => Role, { nullable: true, description: 'CUSTOMER (default) or ORGANIZER; ADMIN cannot be self-assigned.' })
  role?: Role | null;
}

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
