import type { paths } from '../../../../src/client/openapi';
import { Alert, Button, Modal } from 'antd';
import CopyField from '../../components/CopyField';
import { useT } from '../../i18n';

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Created = Json<paths['/v3.0/OS-CREDENTIAL/credentials']['post']['responses'][201]>['credential'];
/** What the dialog shows of CreatePermanentAccessKey's answer (the generated document's type). */
export type NewKey = Pick<Created, 'access' | 'secret'>;

/**
 * The one time a secret access key is shown: the server keeps it only sealed and never answers it again,
 * so closing this dialog (which drops it from memory) is the user's last chance to copy it.
 */
export default function NewKeyModal({ created, onClose }: { created: NewKey | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open={created !== null}
      title={t('keys.created')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('keys.close')}
        </Button>
      }
    >
      {created ? (
        <div data-testid="new-key">
          <Alert type="warning" showIcon title={t('keys.secretWarning')} style={{ marginBottom: 16 }} />
          <CopyField
            label={t('keys.ak')}
            value={created.access}
            copyLabel={t('keys.copyAk')}
            copyText={t('keys.copy')}
            copiedLabel={t('keys.copied')}
            failedLabel={t('keys.copyFailed')}
            testId="new-key-ak"
          />
          <CopyField
            label={t('keys.sk')}
            value={created.secret}
            copyLabel={t('keys.copySk')}
            copyText={t('keys.copy')}
            copiedLabel={t('keys.copied')}
            failedLabel={t('keys.copyFailed')}
            testId="new-key-sk"
          />
        </div>
      ) : null}
    </Modal>
  );
}
