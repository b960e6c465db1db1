import nodemailer from 'nodemailer';

/** Nodemailer over SMTP_URL, with timeouts short enough that a dead server costs one attempt, not a hung task. */
export const createMailTransport = (smtpUrl: string) =>
  nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 });
