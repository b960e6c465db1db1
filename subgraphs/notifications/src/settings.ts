import { loadConfig } from '@boxoffice/platform';
import { z } from 'zod';

const notificationsEnv = z.object({
  /** The SMTP server mails go through; `npm run dev` and the tests start a sink and set it when unset. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('boxoffice <no-reply@boxoffice.dev>'),
  /** How often the delivery task looks for mails that are due. */
  MAIL_SEND_INTERVAL_MS: z.coerce.number().int().min(50).default(1_000),
  /** The wait after the first failed attempt; it doubles with every further failure. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).default(3_600_000),
  /** A mail not sent after this many attempts is FAILED. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
});

export type NotificationsSettings = z.infer<typeof notificationsEnv>;

export const loadNotificationsSettings = (env = process.env): NotificationsSettings => loadConfig(notificationsEnv, env);
