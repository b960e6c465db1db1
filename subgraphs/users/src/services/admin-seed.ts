import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@boxoffice/platform';
import { Role, User } from '../entities/index.js';
import { hashPassword } from './password-hasher.js';
import type { UsersSettings } from '../settings.js';

/**
 * Ensures the admin named by ADMIN_EMAIL/ADMIN_PASSWORD exists: admins are never created
 * through the API. An existing account with that email is promoted, its password kept.
 */
export async function ensureAdmin(em: EntityManager, settings: UsersSettings, logger: Logger): Promise<void> {
  if (!settings.ADMIN_EMAIL || !settings.ADMIN_PASSWORD) {
    logger.warn('ADMIN_EMAIL/ADMIN_PASSWORD not set: no admin account is ensured');
    return;
  }
  const email = settings.ADMIN_EMAIL.trim().toLowerCase();
  const passwordHash = await hashPassword(settings.ADMIN_PASSWORD);
  await em.transactional(async (tx) => {
    await tx.upsert(
      User,
      { id: randomUUID(), email, name: settings.ADMIN_NAME, role: Role.ADMIN, passwordHash, createdAt: new Date() },
      { onConflictFields: ['email'], onConflictMergeFields: ['role'] },
    );
  });
  logger.info({ email }, 'admin account ensured');
}
