import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';

/**
 * A value to copy (an access key, a secret), with a labelled copy button. Without a clipboard (an insecure
 * origin), the text is selected so the user can copy it by hand.
 */
export default function CopyField({
  label,
  value,
  copyLabel,
  copyText,
  copiedLabel,
  failedLabel,
  testId,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copyText: string;
  copiedLabel: string;
  failedLabel: string;
  testId?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      const range = document.createRange();
      if (ref.current) {
        range.selectNodeContents(ref.current);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      setState('failed');
    }
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Flex gap={8} align="center" wrap>
        <Typography.Text code ref={ref} data-testid={testId} style={{ wordBreak: 'break-all', fontSize: 14 }}>
          {value}
        </Typography.Text>
        {/* The visible text stays in the accessible name (axe label-content-name-mismatch). */}
        <Button size="small" icon={state === 'copied' ? <CheckOutlined /> : <CopyOutlined />} aria-label={copyLabel} onClick={copy}>
          {copyText}
        </Button>
        {state === 'copied' ? <Typography.Text role="status">{copiedLabel}</Typography.Text> : null}
      </Flex>
      {state === 'failed' ? <Typography.Text role="status">{failedLabel}</Typography.Text> : null}
    </div>
  );
}
