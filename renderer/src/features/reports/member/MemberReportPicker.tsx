// Which member's 履职档案: the live members in surname stroke order, found by typing part of a
// name; each shown with their 界别 so two of the same name can be told apart.
import { Select } from 'antd';
import type { Member } from '../../../domain/members/member';
import { sortByStroke } from '../../../domain/common/stroke-order';
import { useNameMatcher } from '../../shared/pinyin-keys';

interface Props {
  members: readonly Member[];
  value: string | null;
  onChange: (id: string | null) => void;
}

export function MemberReportPicker({ members, value, onChange }: Props) {
  const matchName = useNameMatcher();
  const options = sortByStroke(members.filter((m) => m.deletedAt === null), (m) => m.name)
    .map((m) => ({ value: m.id, label: `${m.name}（${m.sector || '未填界别'}）`, name: m.name }));
  return (
    <Select
      aria-label="委员"
      placeholder="选择委员（可输入姓名查找）"
      style={{ width: 240 }}
      showSearch={{ filterOption: (input, option) => matchName(option?.name ?? '', input) }}
      allowClear
      value={value}
      onChange={(id: string | undefined) => onChange(id ?? null)}
      options={options}
      notFoundContent="委员名册中没有这个姓名"
    />
  );
}
