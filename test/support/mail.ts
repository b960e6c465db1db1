import { eventually } from './eventually.js';
import { stackUrls } from './stack-env.js';

/** A mail as the stack's embedded SMTP sink received it. */
export interface ReceivedMail {
  id: number;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename?: string; contentType: string; cid?: string; inline: boolean; size: number }>;
}

/** Every mail the sink received for `address`, oldest first. */
export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${stackUrls().mailbox}/messages?to=${encodeURIComponent(address)}`, { headers: { connection: 'close' } });
  return (await response.json()) as ReceivedMail[];
}

/** Waits until `address` received at least `count` mails with a subject matching `subject`; returns those. */
export async function awaitMails(address: string, subject: RegExp, count = 1, timeoutMs = 20_000): Promise<ReceivedMail[]> {
  return eventually(async () => {
    const mails = (await mailsTo(address)).filter((mail) => subject.test(mail.subject));
    if (mails.length < count) throw new Error(`${address} received ${mails.length} of ${count} mails matching ${subject}`);
    return mails;
  }, timeoutMs, 200);
}

/** The single-use token an account mail carries (43 URL-safe characters). */
export function tokenIn(mail: ReceivedMail): string {
  const token = /^([A-Za-z0-9_-]{43})$/m.exec(mail.text)?.[1];
  if (!token) throw new Error(`no token in the mail "${mail.subject}"`);
  return token;
}

/** Makes the sink refuse (421, try later) every recipient at `domain`, or stops refusing them. */
export async function mailOutage(domain: string, down: boolean): Promise<void> {
  await fetch(`${stackUrls().mailbox}/outages/${encodeURIComponent(domain)}`, { method: down ? 'PUT' : 'DELETE', headers: { connection: 'close' } });
}
