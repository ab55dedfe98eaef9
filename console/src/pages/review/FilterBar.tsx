import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useNarrow } from '../../layout/useNarrow';
import { BIZ_TYPES, type Filters, type ListKind } from './approvals';

/** The filters above a Review Center list; applied on Search, cleared on Reset. */
export default function FilterBar({ kind, onChange }: { kind: ListKind; onChange: (f: Filters) => void }) {
  const t = useT();
  const [form] = Form.useForm<Filters>();
  // On a phone the fields stack, full width.
  const narrow = useNarrow();
  const w = (px: number) => (narrow ? '100%' : px);
  // On a phone the stacked fields would fill the screen: they open on demand.
  const [shown, setShown] = useState(false);
  if (narrow && !shown)
    return (
      <Button style={{ marginBottom: 12 }} onClick={() => setShown(true)} aria-expanded={false}>
        {t('review.filters')}
      </Button>
    );
  return (
    <Form<Filters>
      form={form}
      layout={narrow ? 'vertical' : 'inline'}
      onFinish={onChange}
      style={{ marginBottom: 16, rowGap: 8 }}
      aria-label={t('review.filters')}
    >
      <Form.Item name="name" label={t('review.col.name')}>
        <Input allowClear placeholder={t('review.filter.namePlaceholder')} style={{ width: w(180) }} />
      </Form.Item>
      <Form.Item name="approval_type" label={t('review.col.type')}>
        <Select
          allowClear
          style={{ width: w(140) }}
          placeholder={t('review.filter.all')}
          options={[
            { value: 'PUBLISH', label: t('common.type.PUBLISH') },
            { value: 'OFFLINE', label: t('common.type.OFFLINE') },
          ]}
        />
      </Form.Item>
      <Form.Item name="biz_type" label={t('review.col.bizType')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: ['label', 'value'] }}
          style={{ width: w(200) }}
          placeholder={t('review.filter.all')}
          options={BIZ_TYPES.map((b) => ({ value: b, label: t(`common.bizType.${b}`) }))}
        />
      </Form.Item>
      <Form.Item name="person" label={kind === 'mine' ? t('review.col.approver') : t('review.col.submitter')}>
        <Input allowClear style={{ width: w(140) }} />
      </Form.Item>
      <Form.Item name="range" label={t('review.filter.submitted')}>
        {/* Either end may stay open: an end the picker requires holds Tab in its first field, a keyboard trap. */}
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: w(260) }} />
      </Form.Item>
      <Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Flex>
      </Form.Item>
    </Form>
  );
}
