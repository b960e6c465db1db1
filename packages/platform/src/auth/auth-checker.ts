import type { AuthCheckerFn } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors/domain-error.js';
import type { AuthContext, Role, Viewer } from './viewer.js';

/**
 * type-graphql's checker for `@Authorized(...roles)`: no viewer is UNAUTHENTICATED, a viewer
 * without one of the roles is FORBIDDEN. It throws the contract's errors itself instead of
 * returning false, so type-graphql's generic errors never reach clients.
 */
export const authChecker: AuthCheckerFn<{ auth: AuthContext }, Role> = ({ context }, roles) => {
  const viewer = requireViewer(context.auth);
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw forbidden(`Requires role ${roles.join(' or ')}`);
  }
  return true;
};

export function requireViewer(auth: AuthContext): Viewer {
  if (!auth.viewer) throw unauthenticated();
  return auth.viewer;
}

export const isAdmin = (viewer: Viewer | undefined): boolean => viewer?.role === 'ADMIN';

/** True for the owner of a resource and for admins. */
export const ownsOrAdmin = (viewer: Viewer | undefined, ownerId: string): boolean =>
  viewer !== undefined && (viewer.id === ownerId || viewer.role === 'ADMIN');

/** Ownership rule for changes: the owner or an admin, otherwise FORBIDDEN. */
export function assertOwnerOrAdmin(auth: AuthContext, ownerId: string, what = 'this resource'): Viewer {
  const viewer = requireViewer(auth);
  if (!ownsOrAdmin(viewer, ownerId)) throw forbidden(`Only the owner of ${what} or an admin may do this`);
  return viewer;
}
