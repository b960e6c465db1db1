import { PageArgs, type Page } from '@boxoffice/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context.js';
import { Notification, NotificationDelivery } from '../entities/index.js';
import { MyNotificationsArgs, NotificationConnection, NotificationDeliveryConnection } from '../types/index.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The caller's in-app notifications, newest first." })
  myNotifications(@Args(() => MyNotificationsArgs) args: MyNotificationsArgs, @Ctx() ctx: NotificationsContext): Promise<Page<Notification>> {
    return ctx.services.reads.mine(ctx, args);
  }

  @Authorized()
  @Query(() => Notification, { nullable: true, description: "The caller's newest notification (what notificationReceived pushes); null when none." })
  latestNotification(@Ctx() ctx: NotificationsContext): Promise<Notification | null> {
    return ctx.services.reads.latest(ctx);
  }

  @Authorized()
  @Mutation(() => [Notification], { description: "Marks the caller's notifications among ids read and returns them; ids of anything else are left out." })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: NotificationsContext): Promise<Notification[]> {
    return ctx.services.reads.markRead(ctx, ids);
  }

  @Authorized('ADMIN')
  @Query(() => NotificationDeliveryConnection, { description: 'Admins only: mails that were given up on after their last attempt, newest first.' })
  failedNotificationDeliveries(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: NotificationsContext): Promise<Page<NotificationDelivery>> {
    return ctx.services.reads.failedDeliveries(ctx, page);
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return Boolean(notification.readAt);
  }
}
