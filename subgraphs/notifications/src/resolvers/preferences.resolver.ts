import { Arg, Authorized, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context.js';
import { NotificationPreferences, NotificationPreferencesInput, UserRef } from '../types/index.js';

@Resolver(() => UserRef)
export class PreferencesResolver {
  @Directive('@authenticated')
  @FieldResolver(() => NotificationPreferences, { nullable: true, description: 'Owned by notifications. The user themself and admins; null for anyone else.' })
  notificationPreferences(@Root() user: UserRef, @Ctx() ctx: NotificationsContext): Promise<NotificationPreferences | null> {
    return ctx.services.preferences.of(ctx, user.id);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences, { description: "Changes the caller's mail preferences; omitted categories stay as they are. account: false is BAD_USER_INPUT." })
  updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<NotificationPreferences> {
    return ctx.services.preferences.update(ctx, input);
  }
}
