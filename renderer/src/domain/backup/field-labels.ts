// Chinese names of tables and fields, so a message about a bad file says where the problem is
// in words the office uses ("第3条委员记录的“出生年月”…").

export const TABLE_LABELS: Record<string, string> = {
  settings: '设置', dictionary: '字典', members: '委员', activities: '活动', proposals: '提案', attachments: '附件',
  opinions: '社情民意',
  history: '修改记录',
  plans: '工作要点', yearNotes: '年度问题和打算',
  stations: '联络站', campaigns: '主题实践活动', pairings: '结对帮扶', culture: '文史资料',
  evaluations: '民主评议', supervisors: '监督员聘任', supervisionLetters: '民主监督建议书',
  recordSources: '来源',
};

export const FIELD_LABELS: Record<string, string> = {
  id: '编号', createdAt: '创建时间', updatedAt: '修改时间', deletedAt: '删除时间',
  name: '名称/姓名', gender: '性别', ethnicity: '民族', birthMonth: '出生年月', sector: '界别', party: '党派',
  township: '乡镇', workplace: '工作单位及职务', role: '委员职务', term: '届次', committees: '所属专委会', phone: '联系电话',
  status: '状态', statusDate: '状态日期', note: '备注', isSample: '示例标记',
  title: '标题', type: '类型', startDate: '开始日期', endDate: '结束日期', location: '地点', organizerKind: '组织者类别',
  organizer: '组织者', leaders: '带队领导', topic: '议题', summary: '内容摘要', outcomes: '成果', instructions: '批示',
  followUp: '跟踪状态', year: '年度', participants: '参加人员', memberIds: '参加委员', memberId: '委员', reason: '事由',
  ownerKind: '所属类别', ownerId: '所属记录', mime: '文件类型', size: '大小', data: '文件内容',
  kind: '字典种类', category: '类别', order: '顺序', committee: '政协信息', sampleLoaded: '示例数据标记',
  session: '次会议', proposerKind: '提案者类型', leadMemberId: '第一提案人', coSignerIds: '附议人', collectiveKind: '集体提案者类别',
  collectiveName: '集体提案者', receivedDate: '收到日期', text: '提案内容', sessionKey: '会议', number: '案号', stage: '办理状态',
  round: '办理轮次', rejection: '不予立案情况', mergedIntoId: '并入提案', assignment: '交办情况', replies: '答复', feedback: '反馈意见',
  history: '办理记录', keyProposal: '重点提案', excellent: '优秀提案标记',
  reports: '报告模板与版式设置',
  groups: '报送单位', sourceProposalId: '来源提案', issue: '编入期刊', adoptions: '采用情况', level: '级别', nationalMode: '全国政协采用方式',
};

/** Where one word means different things in different tables. */
const TABLE_FIELD_LABELS: Record<string, Record<string, string>> = {
  members: { name: '姓名' },
  dictionary: { name: '名称' },
  attachments: { name: '文件名' },
  proposals: { title: '案由' },
  opinions: { memberIds: '报送委员', text: '内容' },
  participants: { status: '出勤情况' },
};

// Own keys only: a path segment such as "constructor" must not find Object.prototype's.
function lookup<T>(labels: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

export function describePath(path: readonly PropertyKey[]): string {
  const [table, row, ...rest] = path;
  const tableKey = typeof table === 'string' ? table : '';
  const tableLabel = lookup(TABLE_LABELS, tableKey) ?? tableKey;
  const rowLabel = typeof row === 'number' ? `第${row + 1}条${tableLabel}记录` : tableLabel;
  // A participant inside an activity: 第3条活动记录第2位参加人员的“出勤情况”.
  const nested = rest[0] === 'participants' && typeof rest[1] === 'number';
  const where = nested ? `${rowLabel}第${(rest[1] as number) + 1}位参加人员` : rowLabel;
  const fields = nested ? rest.slice(2) : rest;
  const field = fields.find((p): p is string => typeof p === 'string');
  if (field === undefined) return where;
  const labelsOfTable = lookup(TABLE_FIELD_LABELS, nested ? 'participants' : tableKey) ?? {};
  const label = lookup(labelsOfTable, field) ?? lookup(FIELD_LABELS, field) ?? field;
  return `${where}的“${label}”`;
}
