/**
 * SCORING.md "Indicators", time targets, on a 项目支出绩效自评表 (财预〔2020〕10号, rule set mof-2020) whose
 * 时效指标 block is written the way real forms write it: deadlines (`10月底前`, `2024年6月30日前`, `第三季度前`),
 * a duration (`≤3个工作日`) and a qualitative goal (`按时`). Before time targets were read, every one of these
 * was scored as qualitative wording and flagged indicator-unmet without a reason: false warnings.
 */
import { flagSummary, indicator, workbookFolder, type SheetSpec } from './workbooks';

const folder = workbookFolder();

const FORM: SheetSpec = {
  name: '项目自评表',
  rows: [
    ['项目支出绩效自评表'],
    ['（2024年度）'],
    ['项目名称', '医保信息系统运维项目'],
    ['主管部门', '某某市医疗保障局', null, null, null, '实施单位', '某某市医疗保障事务中心'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 80, 80, 76, 10, '95%', 9.5],
    ['其中：当年财政拨款', 80, 80, 76, '—', '95%', '—'],
    ['上年结转资金', 0, 0, 0, '—', null, '—'],
    ['其他资金', 0, 0, 0, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '保障医保信息系统安全稳定运行，按期完成系统升级和等保整改。', null, null, null, '系统全年稳定运行，升级改造和等保整改按期完成，电子凭证接入延至12月。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    [null, '产出指标', '数量指标', '运维服务覆盖定点医药机构数', '≥1200家', '1250家', 10, 10, null],
    [null, null, '质量指标', '系统正常运行率', '≥99%', '99.5%', 10, 10, null],
    [null, null, '时效指标', '系统升级改造完成时间', '10月底前', '8月', 8, 8, null],
    [null, null, null, '等保测评整改完成时间', '2024年6月30日前', '2024年5月', 6, 6, null],
    [null, null, null, '故障响应时限', '≤3个工作日', '2个工作日', 6, 6, null],
    [null, null, null, '数据备份恢复演练', '第三季度前', '已于9月完成', 4, 4, null],
    [null, null, null, '运维费用支付', '按时', '已按期完成', 3, 3, null],
    [null, null, null, '医保电子凭证接入完成时间', '2024年11月30日前', '2024年12月', 3, 3, null],
    [null, '效益指标', '社会效益指标', '参保群众线上业务办理率', '≥60%', '65%', 15, 15, null],
    [null, null, '可持续影响指标', '医保信息系统持续稳定运行', '有效保障', '有效保障', 15, 15, null],
    [null, '满意度指标', '服务对象满意度指标', '定点医药机构满意度', '≥90%', '93%', 10, 10, null],
    ['总分', null, null, null, null, null, 100, 99.5, null],
    ['评价等次', null, null, null, null, null, '优'],
  ],
  merges: [
    'A1:I1', 'A2:I2', 'B3:I3', 'B4:E4', 'G4:I4',
    'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11',
    'A12:A23', 'B13:B20', 'C15:C20', 'B21:B22',
    'A24:F24', 'A25:F25', 'G25:I25',
  ],
};

describe('time targets on a 项目支出绩效自评表', () => {
  // Worked by hand from SCORING.md:
  // - met deadlines score the full 分值: 8月 ≤ 10月; 2024年5月 ≤ 2024年6月30日 (by month, the actual gives no day);
  //   已于9月完成 is in 第三季度's last month, 9月, which meets it;
  // - ≤3个工作日 against 2个工作日 is a reverse duration, met: 6;
  // - 按时 is a qualitative goal, 已按期完成 is 达成 (80–100%): the stated 3 stands;
  // - 2024年12月 is after 2024年11月30日: missed, 未达成 tier 0–60% of 3 = 0–1.8; the stated 3 is outside it, so
  //   the tier's top, 1.8, with score-mismatch, indicator-unmet and (no 偏差原因) missing-deviation-reason.
  it('scores met deadlines, the duration and the 按时 goal in full, the missed deadline in the 未达成 tier', async () => {
    const { report } = await folder.evaluate([FORM], { ruleSet: 'mof-2020' });

    expect(report.indicators.map((i) => [i.level2, i.name, i.weight, i.score, i.statedScore])).toEqual([
      ['数量指标', '运维服务覆盖定点医药机构数', 10, 10, 10],
      ['质量指标', '系统正常运行率', 10, 10, 10],
      ['时效指标', '系统升级改造完成时间', 8, 8, 8],
      ['时效指标', '等保测评整改完成时间', 6, 6, 6],
      ['时效指标', '故障响应时限', 6, 6, 6],
      ['时效指标', '数据备份恢复演练', 4, 4, 4],
      ['时效指标', '运维费用支付', 3, 3, 3],
      ['时效指标', '医保电子凭证接入完成时间', 3, 1.8, 3],
      ['社会效益指标', '参保群众线上业务办理率', 15, 15, 15],
      ['可持续影响指标', '医保信息系统持续稳定运行', 15, 15, 15],
      ['服务对象满意度指标', '定点医药机构满意度', 10, 10, 10],
    ]);
    expect(indicator(report, '医保电子凭证接入完成时间').flags).toEqual(['score-mismatch', 'indicator-unmet', 'missing-deviation-reason']);
  });

  // 预算执行 10 × 76 / 80 = 9.5 (as stated); 产出 10 + 10 + 8 + 6 + 6 + 4 + 3 + 1.8 = 48.8; 效益 30; 满意度 10;
  // total 98.3 (优), against the stated 99.5.
  it('flags only the missed deadline and the total it changes', async () => {
    const { report } = await folder.evaluate([FORM], { ruleSet: 'mof-2020' });

    expect(report.scores).toMatchObject({ budgetExecution: 9.5, output: 48.8, effect: 30, satisfaction: 10, total: 98.3, grade: '优' });
    expect(flagSummary(report)).toEqual([
      { code: 'score-mismatch', severity: 'warning', cell: '项目自评表!H20' },
      { code: 'indicator-unmet', severity: 'warning', cell: '项目自评表!F20' },
      { code: 'missing-deviation-reason', severity: 'warning', cell: '项目自评表!I20' },
      { code: 'score-mismatch', severity: 'warning', cell: '项目自评表!H24' },
    ]);
    const unmet = report.flags.find((f) => f.code === 'indicator-unmet');
    expect(unmet?.message).toBe('项目自评表!F20：“医保电子凭证接入完成时间”未达到年度指标值“2024年11月30日前”，实际完成“2024年12月”');
  });
});
