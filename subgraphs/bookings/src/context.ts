import type { RequestContext } from '@boxoffice/platform';
import { createLoaders, type BookingsLoaders } from './loaders.js';
import type { Checkout } from './services/checkout.js';
import type { ProjectionWait } from './services/projection-wait.js';
import type { SeatHolds } from './services/seat-holds.js';

/** The subgraph's long-lived services, shared by all requests. */
export interface BookingsServices {
  holds: SeatHolds;
  checkout: Checkout;
  projections: ProjectionWait;
}

export interface BookingsContext extends RequestContext {
  services: BookingsServices;
  loaders: BookingsLoaders;
}

export function createBookingsContext(base: RequestContext, services: BookingsServices): BookingsContext {
  return { ...base, services, loaders: createLoaders(base.em) };
}
