import { BlockList, isIP } from 'node:net';

/** The notification settings (issue 14), read with the rest of the configuration in config.ts. */
export interface NotificationSettings {
  /** ARCHGATE_SMTP_URL: `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://…`; unset sends no email. */
  smtpUrl: string | undefined;
  /** ARCHGATE_MAIL_FROM: the sender of every email. */
  mailFrom: string;
  /** ARCHGATE_PUBLIC_URL: where people reach archgate (the console's links in emails); no trailing slash. */
  publicUrl: string;
  /**
   * ARCHGATE_WEBHOOK_ALLOW: addresses and CIDR ranges a webhook may reach although they are loopback,
   * private, link-local or otherwise internal (refused by default), e.g. `10.1.2.0/24,127.0.0.1`.
   */
  webhookAllow: BlockList;
  /** The same, as written (for the banner and errors). */
  webhookAllowText: string;
}

export class NotificationConfigError extends Error {}

/** Parses `addr` or `addr/prefix` entries (IPv4 or IPv6), comma-separated. */
export function parseAllowList(text: string): BlockList {
  const list = new BlockList();
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, prefix, extra] = entry.split('/');
    const family = isIP(addr ?? '');
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new NotificationConfigError(`ARCHGATE_WEBHOOK_ALLOW: ${entry} is not an IP address or CIDR range (such as 10.0.0.0/8)`);
    }
    list.addSubnet(addr!, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

export function readNotificationSettings(env: NodeJS.ProcessEnv, port: number): NotificationSettings {
  const smtpUrl = env.ARCHGATE_SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]+/i.test(smtpUrl)) {
    throw new NotificationConfigError('ARCHGATE_SMTP_URL must look like smtp://user:pass@host:port (or smtps://)');
  }
  const publicUrl = (env.ARCHGATE_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(publicUrl)) throw new NotificationConfigError('ARCHGATE_PUBLIC_URL must be an http(s) URL');
  const allow = env.ARCHGATE_WEBHOOK_ALLOW ?? '';
  return {
    smtpUrl,
    mailFrom: env.ARCHGATE_MAIL_FROM || 'archgate <archgate@localhost>',
    publicUrl,
    webhookAllow: parseAllowList(allow),
    webhookAllowText: allow,
  };
}
