// The default 提案类别 under stable codes, like the activity types: reports count proposals by the
// code (在立案的提案中，经济方面×件 is {{proposals.category.economy}}), so an office that renames
// 经济 to 经济建设 in 设置 keeps its figures. The code is the figure key's slug and is frozen once
// released (figure-keys.test.ts).
export interface ProposalCategoryDefinition {
  code: string;
  name: string;
}

export const PROPOSAL_CATEGORIES = [
  { code: 'economy', name: '经济' },
  { code: 'politics', name: '政治' },
  { code: 'culture', name: '文化' },
  { code: 'society', name: '社会' },
  { code: 'ecology', name: '生态文明' },
  { code: 'other', name: '其他' },
] as const satisfies readonly ProposalCategoryDefinition[];

export type ProposalCategoryCode = (typeof PROPOSAL_CATEGORIES)[number]['code'];
