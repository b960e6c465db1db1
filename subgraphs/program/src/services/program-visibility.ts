import { ownsOrAdmin, type Viewer } from '@boxoffice/platform';
import type { EventProjection } from '../entities/index.js';

/** A program is seen as its event is: a draft's only by its organizer and admins; an event not yet known by nobody. */
export const canSeeProgram = (viewer: Viewer | undefined, event: EventProjection | null): event is EventProjection =>
  event !== null && (event.status !== 'DRAFT' || ownsOrAdmin(viewer, event.organizerId));

/** Cancelled and completed events keep their program as it was. */
export const isProgramClosed = (event: EventProjection): boolean => event.status === 'CANCELLED' || event.status === 'COMPLETED';
