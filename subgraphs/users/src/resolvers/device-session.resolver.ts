import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UsersContext } from '../context.js';
import { DeviceSession } from '../entities/index.js';

@Resolver(() => DeviceSession)
export class DeviceSessionResolver {
  @Authorized()
  @Query(() => [DeviceSession], { description: "The caller's signed-in devices, most recently used first." })
  mySessions(@Ctx() ctx: UsersContext): Promise<DeviceSession[]> {
    return ctx.services.deviceSessions.mine(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Signs one of the caller's devices out (its refresh tokens stop working). NOT_FOUND for another user's session." })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: UsersContext): Promise<boolean> {
    return ctx.services.deviceSessions.revoke(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the session of the access token that asks.' })
  current(@Root() session: DeviceSession, @Ctx() ctx: UsersContext): boolean {
    return session.id === ctx.auth.viewer?.sessionId;
  }
}
