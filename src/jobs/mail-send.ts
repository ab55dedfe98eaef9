import nodemailer, { type Transporter } from 'nodemailer';

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
      // Same bound as webhooks: a stuck server fails the attempt, which is retried later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 10_000,
    });
  }

  async send(m: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text });
  }

  close() {
    this.transport.close();
  }
}
