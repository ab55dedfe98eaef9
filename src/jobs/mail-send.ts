import nodemailer, { type Transporter } from 'nodemailer';
import { plainTextMessage } from './mail-message.js';

/** Sends the outbox's emails through ARCHGATE_SMTP_URL (STARTTLS when the server offers it). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      // Connections are kept and reused, as webhooks' are: a new SMTP session per email (connect, greeting,
      // EHLO, perhaps STARTTLS and AUTH) cost more than the email. Up to 4 at once, each renewed after 100 emails.
      pool: true,
      maxConnections: 4,
      maxMessages: 100,
      // Same bound as webhooks: a stuck server fails the attempt, which is retried later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 10_000,
    });
  }

  async send(m: Mail): Promise<void> {
    const built = plainTextMessage({ from: this.from, ...m }, new Date());
    if (built) await this.transport.sendMail(built);
    else await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text });
  }

  close() {
    this.transport.close();
  }
}
