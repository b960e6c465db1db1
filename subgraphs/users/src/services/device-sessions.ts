import { isUuid, notFound, requireViewer, type RequestContext } from '@boxoffice/platform';
import { DeviceSession } from '../entities/index.js';
import type { RefreshTokens } from './refresh-tokens.js';

/** The caller's signed-in devices (refresh-token families). */
export class DeviceSessions {
  constructor(private readonly refreshTokens: RefreshTokens) {}

  /** Open sessions of the caller, most recently used first. */
  async mine({ em, auth }: RequestContext): Promise<DeviceSession[]> {
    const viewer = requireViewer(auth);
    return em.find(DeviceSession, { user: viewer.id, revokedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { lastUsedAt: 'desc', id: 'asc' } });
  }

  /** Ends one of the caller's sessions; another user's or an unknown id is NOT_FOUND. */
  async revoke({ em, auth }: RequestContext, id: string): Promise<boolean> {
    const viewer = requireViewer(auth);
    if (!isUuid(id)) throw notFound('Session', id);
    return em.transactional(async (tx) => {
      const session = await tx.findOne(DeviceSession, { id, user: viewer.id, revokedAt: null });
      if (!session) throw notFound('Session', id);
      await this.refreshTokens.revokeFamily(tx, session.id);
      return true;
    });
  }
}
