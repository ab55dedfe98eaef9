import { AutoComplete, Button, DatePicker, Flex, Form, Input } from 'antd';
import { useT } from '../../i18n';

export interface AuditFilter {
  begin_time?: string;
  end_time?: string;
  user_id?: string;
  operation?: string;
  object_id?: string;
}

interface Values {
  range?: [{ toISOString(): string } | null, { toISOString(): string } | null] | null;
  user_id?: string;
  operation?: string;
  object_id?: string;
}

/** Operations an administrator most often looks for; any other operation id can be typed. */
const OPERATIONS = [
  'BatchPublish',
  'BatchOffline',
  'ConfirmApprovals',
  'RollbackApproval',
  'CreateApprover',
  'DeleteApprover',
  'ArchgatePutMember',
  'ArchgateDeleteMember',
  'CreatePermanentAccessKey',
  'DeletePermanentAccessKey',
  'KeystoneCreateUserTokenByPassword',
  'ArchgateRunScheduledBatch',
];

const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The audit trail's filters: a time range (from inclusive, to exclusive), the user, the operation and the object. */
export default function AuditFilters({ onSearch }: { onSearch: (f: AuditFilter) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    onSearch({
      begin_time: v.range?.[0]?.toISOString(),
      end_time: v.range?.[1]?.toISOString(),
      user_id: text(v.user_id),
      operation: text(v.operation),
      object_id: text(v.object_id),
    });
  return (
    <Form<Values> form={form} name="audit-filters" layout="vertical" onFinish={submit} style={{ marginBottom: 8 }}>
      <Flex wrap gap={12} align="end">
        <Form.Item name="range" label={t('audit.filter.time')} style={{ marginBottom: 8 }}>
          <DatePicker.RangePicker
            showTime
            placeholder={[t('audit.filter.timeStart'), t('audit.filter.timeEnd')]}
            allowEmpty={[true, true]}
          />
        </Form.Item>
        <Form.Item name="user_id" label={t('audit.filter.user')} style={{ marginBottom: 8 }}>
          <Input allowClear autoComplete="off" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="operation" label={t('audit.filter.operation')} style={{ marginBottom: 8 }}>
          <AutoComplete
            allowClear
            style={{ width: 240 }}
            options={OPERATIONS.map((value) => ({ value }))}
            filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
          />
        </Form.Item>
        <Form.Item name="object_id" label={t('audit.filter.object')} style={{ marginBottom: 8 }}>
          <Input allowClear autoComplete="off" style={{ width: 200 }} />
        </Form.Item>
        <Flex gap={8} style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit">
            {t('audit.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t('audit.reset')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
