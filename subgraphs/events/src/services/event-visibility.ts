import { isAdmin, ownsOrAdmin, type Viewer } from '@boxoffice/platform';
import type { FilterQuery } from '@mikro-orm/core';
import { EventStatus, type Event } from '../entities/index.js';

/** Drafts are seen only by their organizer and admins; every other status by everyone. */
export const canSee = (viewer: Viewer | undefined, event: Event): boolean =>
  event.status !== EventStatus.DRAFT || ownsOrAdmin(viewer, event.organizerId);

/** `canSee` as a query condition, for listings. */
export function visibleTo(viewer: Viewer | undefined): FilterQuery<Event> {
  if (isAdmin(viewer)) return {};
  const released: FilterQuery<Event> = { status: { $ne: EventStatus.DRAFT } };
  return viewer ? { $or: [released, { organizerId: viewer.id }] } : released;
}
