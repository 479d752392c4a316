// The sample's county is invented, and so are its places: a real county's townships or papers
// would turn up in another office's reports ("在全县11个乡镇…") the day the sample is loaded there.
// New ledgers have no 乡镇 at all; the sample adds these to its own dictionary.

export const SAMPLE_TOWNSHIPS = ['城关镇', '青禾镇', '云栖镇', '石桥镇', '柳溪镇', '枫林镇', '白鹭乡', '竹湾乡', '松岗乡'];

/** Papers and stations that report on members (文史资料 interviews). */
export const SAMPLE_OUTLETS = ['《示例县信息》', '示例县电视台', '县融媒体中心', '《示例市日报》'];

/** Titles of 文史资料 collected. */
export const SAMPLE_MATERIALS = ['古镇庙会史话', '本县抗战往事', '老城门的故事', '县政协成立回忆', '乡村教育变迁', '民族团结的记忆'];

/** The yearly 文史资料 volume. */
export const SAMPLE_CULTURE_SERIES = '示例县文史资料';

export const SAMPLE_PLACES = ['县政协会议室', '县政府常务会议室', '城关镇', '青禾镇', '云栖镇', '县工业园区', '县人民医院', '县第一中学'];

export const SAMPLE_WORKPLACES = ['县第一中学校长', '县人民医院副院长', '青禾镇农业服务中心主任', '某建材公司董事长', '县律师事务所律师', '城关镇社区主任', '县农业农村局副局长', '个体工商户'];
