import { createServer, type Server } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail the sink received, as its HTTP endpoint lists it. */
export interface ReceivedMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename?: string; contentType: string; cid?: string; inline: boolean; size: number }>;
}

export interface MailSink {
  smtpUrl: string;
  /** `GET <url>/messages?to=<address>` lists what arrived (newest last). */
  httpUrl: string;
  stop(): Promise<void>;
}

const KEPT_MAILS = 2_000;

/**
 * The embedded SMTP server of `npm run dev` and the tests when SMTP_URL is unset: it accepts
 * every mail, keeps the last ones in memory, and lists them over HTTP as JSON:
 * `GET /messages[?to=<address>]`. `PUT /outages/<domain>` makes it refuse recipients of that
 * domain with a temporary error (421) until `DELETE /outages/<domain>`, so a test can take
 * "the mail server" away for its own recipients without disturbing anyone else's.
 */
export async function startMailSink({ smtpPort, httpPort, host = '127.0.0.1' }: { smtpPort: number; httpPort: number; host?: string }): Promise<MailSink> {
  const mails: ReceivedMail[] = [];
  const outages = new Set<string>();
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
      if (outages.has(domain)) {
        const error = Object.assign(new Error('Mail service unavailable, try again later'), { responseCode: 421 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream, { keepCidLinks: true })
        .then((parsed) => {
          mails.push({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            attachments: parsed.attachments.map((attachment) => ({
              filename: attachment.filename,
              contentType: attachment.contentType,
              cid: attachment.cid,
              inline: attachment.contentDisposition === 'inline' || Boolean(attachment.related),
              size: attachment.size,
            })),
          });
          if (mails.length > KEPT_MAILS) mails.splice(0, mails.length - KEPT_MAILS);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const http: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sink');
    const outage = /^\/outages\/([^/]+)$/.exec(url.pathname)?.[1]?.toLowerCase();
    if (outage && (request.method === 'PUT' || request.method === 'DELETE')) {
      if (request.method === 'PUT') outages.add(outage);
      else outages.delete(outage);
      response.writeHead(204).end();
    } else if (url.pathname === '/messages' && request.method === 'GET') {
      const to = url.searchParams.get('to')?.toLowerCase();
      const listed = to ? mails.filter((mail) => mail.to.includes(to)) : mails;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(listed));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => smtp.listen(smtpPort, host, resolve).once('error', reject));
  await new Promise<void>((resolve, reject) => http.listen(httpPort, host, resolve).once('error', reject));
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpUrl: `http://${host}:${httpPort}`,
    stop: async () => {
      http.closeAllConnections();
      await Promise.all([new Promise((resolve) => http.close(resolve)), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}
