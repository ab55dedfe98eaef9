import { Tag } from 'antd';
import { useT } from '../i18n';

type Tone = 'neutral' | 'active' | 'good' | 'caution' | 'bad';

// Text and tint chosen for WCAG AA contrast (antd's status tags draw the status colour on its own tint, below 4.5:1).
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  neutral: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
  active: { color: '#0e3f8a', background: '#e6f4ff', borderColor: '#91caff' },
  good: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  caution: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

// The statuses as the API names them (docs: console.md), each with its tone.
const TONE_OF: Record<string, Tone> = {
  DRAFT: 'neutral',
  PUBLISH_DEVELOPING: 'active',
  PUBLISHED: 'good',
  OFFLINE_DEVELOPING: 'caution',
  OFFLINE: 'neutral',
  REJECT: 'bad',
  DEVELOPING: 'active',
  APPROVED: 'good',
  WITHDREW: 'neutral',
  SUCCESS: 'good',
  FAILED: 'bad',
  RUNNING: 'active',
  PASSED: 'good',
};

/** A status (object, application or batch) as a translated, coloured tag; an unknown one shows its name. */
export default function StatusTag({ status }: { status: string | null | undefined }) {
  const t = useT();
  if (!status) return null;
  const key = `common.status.${status}`;
  const label = t(key);
  return (
    <Tag style={TONES[TONE_OF[status] ?? 'neutral']} data-status={status}>
      {label === key ? status : label}
    </Tag>
  );
}
