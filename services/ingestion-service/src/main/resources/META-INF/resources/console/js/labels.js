// The console's Chinese words for statuses, the report form's rows and columns, and the rules.
import { h } from './dom.js';

export const STATUS = {
  RECEIVED: '已接收',
  PARSED: '已解析',
  PASSED: '通过',
  FAILED: '未通过',
  UNREADABLE: '无法读取',
  REJECTED: '已拒收',
  RUNNING: '进行中',
  DONE: '已完成',
};

export const AGENCY_STATE = {
  NOT_SUBMITTED: '未报送',
  FAILING: '未通过',
  PENDING: '审查中',
  PASSING: '已通过',
};

export const DELIVERY = { PENDING: '待投递', DELIVERED: '已送达', FAILED: '投递失败' };
export const CHANNEL = { email: '电子邮件', webhook: '回调（Webhook）' };
export const NOTICE_KIND = { correction: '整改通知', resolved: '整改完成通知' };
export const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
export const HEALTH = { UP: '正常', DOWN: '异常', UNREACHABLE: '不可达' };

export const RULES = {
  'UNREADABLE': '文件无法读取',
  'SECTION-MISSING': '缺少章节',
  'TABLE-MISSING': '缺少表格',
  'CELL-INVALID': '单元格无效',
  'T3-BALANCE': '表三勾稽关系不平衡',
  'T3-RESULT-SUM': '表三办理结果合计不符',
  'T3-ROW-TOTAL': '表三行总计不符',
  'T4-SUM': '表四合计不符',
  'TEMPLATE-OUTDATED': '使用旧版格式',
  'YEAR-MISMATCH': '年度不一致',
  'PUBLISHED-BEFORE-PERIOD-END': '发布日期早于统计期结束',
  'PUBLISHED-LATE': '逾期发布或报送',
  'TEXT-TABLE-MISMATCH': '正文与表格数据矛盾',
  'OVERVIEW-INCOMPLETE': '总体情况不完整',
  'SECTION-EMPTY': '章节内容空泛',
  'AGENCY-MISMATCH': '报告机关与报送机关不符',
  'CARRY-MISMATCH': '上年结转数与上年报告不符',
  'DUPLICATE-CONTENT': '正文与其他报告雷同',
};

/** Table 3 columns (key, label); the first six are the applicants, the last is 总计. */
export const T3_COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['publicInterest', '社会公益组织'],
  ['legalService', '法律服务机构'],
  ['otherOrg', '其他'],
  ['total', '总计'],
];

/**
 * Table 3 rows in the form's order: [key, label, indent] for a data row, [null, label, indent] for a heading
 * row of the form (no cells).
 */
export const T3_ROWS = [
  ['newReceived', '一、本年新收政府信息公开申请数量', 0],
  ['carriedOver', '二、上年结转政府信息公开申请数量', 0],
  [null, '三、本年度办理结果', 0],
  ['granted', '（一）予以公开', 1],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1],
  [null, '（三）不予公开', 1],
  ['withheld.stateSecret', '1. 属于国家秘密', 2],
  ['withheld.lawProhibited', '2. 其他法律行政法规禁止公开', 2],
  ['withheld.securityStability', '3. 危及“三安全一稳定”', 2],
  ['withheld.thirdParty', '4. 保护第三方合法权益', 2],
  ['withheld.internalAffairs', '5. 属于三类内部事务信息', 2],
  ['withheld.processInformation', '6. 属于四类过程性信息', 2],
  ['withheld.enforcementFile', '7. 属于行政执法案卷', 2],
  ['withheld.administrativeQuery', '8. 属于行政查询事项', 2],
  [null, '（四）无法提供', 1],
  ['unavailable.notHeld', '1. 本机关不掌握相关政府信息', 2],
  ['unavailable.needsCreation', '2. 没有现成信息需要另行制作', 2],
  ['unavailable.unclear', '3. 补正后申请内容仍不明确', 2],
  [null, '（五）不予处理', 1],
  ['notProcessed.petition', '1. 信访举报投诉类申请', 2],
  ['notProcessed.repeated', '2. 重复申请', 2],
  ['notProcessed.publication', '3. 要求提供公开出版物', 2],
  ['notProcessed.excessive', '4. 无正当理由大量反复申请', 2],
  ['notProcessed.confirmation', '5. 要求行政机关确认或重新出具已获取信息', 2],
  ['otherHandling', '（六）其他处理', 1],
  ['otherHandling.overdueCorrection', '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 2],
  ['otherHandling.overdueFee', '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 2],
  ['otherHandling.other', '3. 其他', 2],
  ['resultTotal', '（七）总计', 1],
  ['carriedForward', '四、结转下年度继续办理', 0],
];

export const T4_GROUPS = [
  ['review', '行政复议'],
  ['litigationDirect', '未经复议直接起诉'],
  ['litigationAfterReview', '复议后起诉'],
];
export const T4_KEYS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
];

export function statusBadge(status, extra) {
  const key = status || 'UNKNOWN';
  return h('span', { class: 'badge badge-' + key.toLowerCase(), dataset: { status: key } },
    STATUS[key] || AGENCY_STATE[key] || DELIVERY[key] || HEALTH[key] || key, extra || null);
}

export function ruleChip(rule, severity) {
  return h('span', { class: 'chip chip-' + (severity || 'error'), title: RULES[rule] || rule, dataset: { rule } }, rule);
}
