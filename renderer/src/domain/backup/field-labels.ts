// Chinese names of tables and fields, so a message about a bad file says where the problem is
// in words the office uses ("第3条委员记录的“出生年月”…").
import { LEDGER_TABLES, LEDGER_TABLE_NAMES } from '../ledger/ledger-tables';

/** The tables' names, from the table registry. */
export const TABLE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(LEDGER_TABLE_NAMES.map((t) => [t, LEDGER_TABLES[t].label]));

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
  reports: '报告模板与版式设置', meetingCalls: '会议应到人员设置', sectors: '界别',
  groups: '报送单位', sourceProposalId: '来源提案', issue: '编入期刊', adoptions: '采用情况', level: '级别', nationalMode: '全国政协采用方式',
  // The settings records (committee, proposal handling, report templates and layout, 履职积分 rules).
  shortName: '简称', upperName: '上一级政协', sessions: '全体会议', date: '日期', operator: '操作员', dueMonths: '办理期限（月）', replyScheme: '答复分类',
  separateRatings: '分项评价', advancedUnits: '先进承办单位', units: '单位', templates: '报告模板', supervision: '民主监督工作情况汇报',
  standing: '常委会工作报告', member: '委员履职档案', occasion: '场合', speaker: '报告人', useSpeechHeader: '讲话稿抬头', sections: '章节',
  heading: '标题', hidden: '隐藏', paragraphs: '段落', layout: '版式', pageNumbers: '页码位置', fonts: '字体', body: '正文字体',
  heading1: '一级标题字体', heading2: '二级标题字体', unitName: '基层单位名称', rules: '积分规则', item: '项目', points: '分值', cap: '上限',
  unit: '单位', source: '计分依据', activityTypes: '活动类型', activityCategories: '活动类别', excludeTypes: '不计的活动类型', only: '计分范围',
  fullMarks: '满分', grades: '等次', min: '最低分', lowestGrade: '最低等次',
  // Inside activities and proposals.
  suggestions: '建议条数', sentTo: '报送对象', adopted: '采纳条数', leader: '领导', exchange: '联谊交流', host: '承办方', theme: '主题',
  rejectedAs: '转为', assignedDate: '交办日期', dueDate: '办理期限', extensions: '延期', newDueDate: '延至日期', replyClass: '答复类别',
  faceToFace: '当面沟通', rating: '总体评价', processRating: '办理过程评价', resultRating: '办理结果评价', action: '操作', from: '原状态', to: '新状态',
  // The record history.
  table: '表', recordId: '记录编号', at: '时间', label: '记录名称', changes: '改动', field: '字段', before: '改前', after: '改后',
  // 工作要点, 年度问题和打算, 联络站, 结对帮扶, 文史资料, 民主评议, 监督员.
  plannedMonth: '计划月份', plannedDate: '计划日期', activityId: '关联活动', unplanned: '计划外标记', steps: '“1234”环节', scheme: '方案',
  notice: '通知', materials: '材料', problems: '问题', nextSteps: '下步打算和建议', proposalProblems: '提案工作存在问题', proposalNextSteps: '提案工作下步打算', establishedDate: '成立日期', head: '站长',
  staffMemberIds: '工作人员', checklist: '“八个有”', work: '工作情况', opinions: '收集意见条数', linkKind: '结对方式', village: '村（社区）',
  households: '户数', deeds: '帮扶事项', description: '内容', amountYuan: '金额（元）', contributor: '撰稿人', characters: '字数', photos: '图片数',
  volumeNumber: '辑次', copies: '印数', outlet: '刊发载体', methods: '评议方式', raters: '参评人员', count: '人数', dimensions: '评议内容',
  resultKind: '结果形式', maxScore: '满分', namedCount: '点名单位数', satisfied: '满意率', basic: '基本满意率', unsatisfied: '不满意率',
  score: '得分', foundDate: '发现日期', startedDate: '开始整改日期', rectifiedDate: '整改完成日期', revisit: '回头看', finding: '回头看情况',
  group: '监督小组', fromDate: '聘任开始日期', toDate: '聘任结束日期', code: '统计代码',
};

/** The header fields of a backup or an exchange package. */
export const HEADER_LABELS: Record<string, string> = {
  format: '文件类型', formatVersion: '格式版本', schemaVersion: '数据库版本', createdAt: '生成时间', appVersion: '程序版本',
  committee: '政协名称', counts: '记录条数', checksum: '校验值', tables: '台账数据', installationId: '电脑编号', since: '起始时间',
  mergedFrom: '合并来源', seenFrom: '已收到的交换包', arrivedAt: '记录收到时间',
};

/** Where one word means different things in different tables. */
const TABLE_FIELD_LABELS: Record<string, Record<string, string>> = {
  members: { name: '姓名' },
  dictionary: { name: '名称' },
  attachments: { name: '文件名' },
  proposals: { title: '案由', units: '承办单位', unit: '承办单位', leaders: '督办领导', activityIds: '督办活动', text: '提案内容' },
  opinions: { memberIds: '报送委员', text: '内容', kind: '类别', name: '名称' },
  participants: { status: '出勤情况' },
  settings: { committee: '政协信息', name: '政协全称', kind: '种类', stations: '基层单位设置', proposals: '提案办理设置', status: '出勤情况', role: '提案人身份' },
  stations: { opinions: '收集意见条数', problems: '解决问题条数' },
  evaluations: { units: '被评议单位', unit: '单位', kind: '类别', text: '问题内容', problems: '问题' },
  culture: { kind: '类别', memberId: '受访委员' },
  pairings: { kind: '类别', memberId: '结对委员', date: '日期' },
  supervisors: { kind: '类别', unit: '派驻单位' },
  supervisionLetters: { units: '建议书所涉单位' },
  activities: { reports: '成果报告', kind: '类别', name: '联谊会名称', session: '第几次联席会', leader: '批示领导', text: '内容' },
  plans: { kind: '活动类型', report: '报告县委县政府', to: '报送对象', date: '日期' },
  campaigns: { theme: '主题', activityIds: '关联活动' },
  history: { kind: '种类', label: '记录名称' },
  recordSources: { committee: '来源政协', table: '表' },
};

// Own keys only: a path segment such as "constructor" must not find Object.prototype's.
function lookup<T>(labels: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** A field's Chinese name in a table (undefined when none is known: a key this program never writes). */
export function fieldLabel(table: string, field: string): string | undefined {
  return lookup(lookup(TABLE_FIELD_LABELS, table) ?? {}, field) ?? lookup(FIELD_LABELS, field);
}

/**
 * 第3条委员记录的“出生年月”; 第3条活动记录第2位参加人员的“出勤情况”; inside a record's lists,
 * 第1条结对帮扶记录的“帮扶事项”第3条的“内容”. A key this program never writes is shown as it is.
 */
export function describePath(path: readonly PropertyKey[]): string {
  const [table, row, ...rest] = path;
  const tableKey = typeof table === 'string' ? table : '';
  const tableLabel = lookup(TABLE_LABELS, tableKey) ?? tableKey;
  const rowLabel = typeof row === 'number' ? `第${row + 1}条${tableLabel}记录` : tableLabel;
  // A participant inside an activity: 第3条活动记录第2位参加人员的“出勤情况”.
  const nested = rest[0] === 'participants' && typeof rest[1] === 'number';
  const where = nested ? `${rowLabel}第${(rest[1] as number) + 1}位参加人员` : rowLabel;
  const fields = nested ? rest.slice(2) : rest;
  const context = nested ? 'participants' : tableKey;
  const parts: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const key = fields[i];
    if (typeof key !== 'string') continue;
    const label = fieldLabel(context, key) ?? key;
    const next = fields[i + 1];
    // The index of a list is worth saying only when something inside the row is named after it.
    if (typeof next === 'number' && i + 2 < fields.length) {
      parts.push(`“${label}”第${next + 1}条`);
      i++;
    } else parts.push(`“${label}”`);
  }
  return parts.length ? `${where}的${parts.join('的')}` : where;
}
