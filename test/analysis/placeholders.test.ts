import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_GROUPS, uncachedUnitAfter, unitAfter } from '../../lib/analysis/blank-labels';
import { findPlaceholdersInLine } from '../../lib/analysis/placeholders';
import type { PlaceholderKind } from '../../lib/analysis/types';

/** The blanks a user would see highlighted in a line, as written. */
const blanks = (line: string) => findPlaceholdersInLine(line).map((p) => p.text);
const kinds = (line: string): PlaceholderKind[] => findPlaceholdersInLine(line).map((p) => p.kind);
const labels = (line: string) => findPlaceholdersInLine(line).map((p) => p.label);

describe('X blanks', () => {
  it('finds X, XX, XXX, full-width and lower-case runs, each as one blank', () => {
    expect(blanks('全年主持召开党组会议XX次，理论中心组学习X次，覆盖XXX人次。')).toEqual(['XX', 'X', 'XXX']);
    expect(blanks('由ＸＸ同志负责，xx校长兼任书记，ｘ名委员')).toEqual(['ＸＸ', 'xx', 'ｘ']);
    expect(kinds('开展XX次')).toEqual(['x']);
  });

  it('splits a date written as xxxx年xx月xx日 into year, month and day blanks', () => {
    const found = findPlaceholdersInLine('签订日期：xxxx年xx月xx日');
    expect(found.map((p) => [p.text, p.label])).toEqual([
      ['xxxx', '年'],
      ['xx', '月'],
      ['xx', '日'],
    ]);
    expect(blanks('20XX年X月X日前完成验收')).toEqual(['XX', 'X', 'X']);
  });

  it('gives offsets relative to the line that point at the blank', () => {
    const line = '　　办结群众诉求XXX件，办结率XX%。';
    for (const p of findPlaceholdersInLine(line)) expect(line.slice(p.start, p.end)).toBe(p.text);
  });

  it('takes X completing a number after ASCII digits or before %, unless the ASCII token holds letters or runs long', () => {
    expect(findPlaceholdersInLine('于20XX年、 20XX年、2X年，增长XX%，达X%').map((p) => [p.text, p.label])).toEqual([
      ['XX', '年'],
      ['XX', '年'],
      ['X', '年'],
      ['XX', '%'],
      ['X', '%'],
    ]);
    expect(labels('增长XX%')).toEqual(['%']);
    for (const line of ['型号A20XX年', '增长XX%a', 'a_20XX年', '20XX世纪', `编号${'1'.repeat(70)}XX号`])
      expect(blanks(line), line).toEqual([]);
  });

  it('treats letter-spaced X X X as one blank and X.X as one decimal blank', () => {
    expect(blanks('述职人：X X X')).toEqual(['X X X']);
    expect(blanks('完成投资X.X亿元，同比增长XX%')).toEqual(['X.X', 'XX']);
    expect(labels('完成投资X.X亿元')).toEqual(['亿元']);
  });

  it('keeps separate runs apart when more than a single space divides them', () => {
    expect(blanks('XX县  XX局')).toEqual(['XX', 'XX']);
  });

  it('takes blanks between CJK punctuation or symbols and at either end of the line', () => {
    expect(blanks('根据XX〔20XX〕X号文件，《XXXX管理办法》→XX←')).toEqual(['XX', 'XX', 'X', 'XXXX', 'XX']);
    expect(findPlaceholdersInLine('XX县人民政府，述职人：XX').map((p) => [p.text, p.label])).toEqual([
      ['XX', '县'],
      ['XX', '述职人'],
    ]);
    expect(blanks('某某')).toEqual(['某某']);
    expect(blanks('日期：____')).toEqual(['____']);
  });

  it('still joins letter-spaced X across ideographic spaces and refuses X words at the start of a line', () => {
    expect(blanks('述职人：X　X　X')).toEqual(['X　X　X']);
    expect(blanks('X光机一台')).toEqual([]);
  });
});

describe('other blank kinds', () => {
  it('finds × runs, also inside a Chinese date', () => {
    expect(findPlaceholdersInLine('述职人：×××').map((p) => [p.text, p.kind])).toEqual([['×××', 'cross']]);
    expect(blanks('二○○三年×月×日')).toEqual(['×', '×']);
    expect(labels('二○○三年×月×日')).toEqual(['月', '日']);
    expect(blanks('××××× 公司')).toEqual(['×××××']);
    expect(labels('××××× 公司')).toEqual(['公司']);
  });

  it('finds star runs', () => {
    expect(findPlaceholdersInLine('由＊＊同志牵头，**科室配合').map((p) => [p.text, p.kind])).toEqual([
      ['＊＊', 'star'],
      ['**', 'star'],
    ]);
  });

  it('finds 某某 and 某 standing for a date, place, unit or person', () => {
    expect(blanks('某年某月某日，某局在某县召开会议')).toEqual(['某', '某', '某', '某', '某']);
    expect(labels('某年某月某日，某局在某县召开会议')).toEqual(['年', '月', '日', '局', '县']);
    expect(findPlaceholdersInLine('计划完成某某项目验收，由某同志和某单位负责').map((p) => [p.text, p.kind, p.label])).toEqual([
      ['某某', 'mou', '项目'],
      ['某', 'mou', '同志'],
      ['某', 'mou', '单位'],
    ]);
  });

  it('finds underline runs, half- and full-width', () => {
    expect(findPlaceholdersInLine('每天安排不少于__小时学习，整改率____%，得分＿＿').map((p) => [p.text, p.kind])).toEqual([
      ['__', 'underline'],
      ['____', 'underline'],
      ['＿＿', 'underline'],
    ]);
  });

  it('finds circle and triangle runs', () => {
    expect(findPlaceholdersInLine('〇〇〇〇年度，○○同志获评△△称号').map((p) => [p.text, p.kind])).toEqual([
      ['〇〇〇〇', 'circle'],
      ['○○', 'circle'],
      ['△△', 'triangle'],
    ]);
  });

  it('finds empty brackets of every shape, with or without spaces inside', () => {
    const line = '报告个人有关事项（  ）项，参加培训()次，获评【】称号，排名[ ]位，文号〔　〕';
    expect(findPlaceholdersInLine(line).map((p) => [p.text, p.kind])).toEqual([
      ['（  ）', 'brackets'],
      ['()', 'brackets'],
      ['【】', 'brackets'],
      ['[ ]', 'brackets'],
      ['〔　〕', 'brackets'],
    ]);
  });
});

describe('labels', () => {
  it.each([
    ['培养积极分子X名', '名'],
    ['召开会议XX次', '次'],
    ['同比增长XX%', '%'],
    ['同比增长XX％', '%'],
    ['争取资金X万元', '万元'],
    ['服务群众XX余人', '人'],
    ['培训XX人次', '人次'],
    ['于X月召开', '月'],
    ['于本月X日召开', '日'],
    ['XXXX年度工作总结', '年'],
    ['XX局机关党委', '局'],
    ['X区教体系统', '区'],
    ['实施重点项目XX个', '个'],
    ['其中xx同志为组织委员', '同志'],
    ['由xx校长兼任书记', '校长'],
    ['XX公司党支部', '公司'],
    ['由xx校長兼任', '校长'],
    ['在xx鎮開展活動', '镇'],
  ])('%s → %s', (line, label) => {
    expect(labels(line)).toEqual([label]);
  });

  it('labels a blank before every listed unit with that unit, the longest one that matches', () => {
    const shown: Record<string, string> = { '％': '%', 年度: '年', 月份: '月' };
    for (const unit of Object.values(UNIT_GROUPS).flat()) expect(labels(`共XX${unit}。`), unit).toEqual([shown[unit] ?? unit]);
  });

  it('labels a lone 某 only with a date part, place, organisation or person, never a counter', () => {
    for (const unit of ['年度', '年', '月', '日', ...UNIT_GROUPS.place, ...UNIT_GROUPS.organisation, ...UNIT_GROUPS.person]) {
      expect(labels(`在某${unit}。`), unit).toEqual([unit === '年度' ? '年' : unit]);
    }
    for (const word of ['某个', '某次', '某位', '某天', '某项', '某部', '某所', '某种']) expect(blanks(`在${word}。`), word).toEqual([]);
    expect(labels('由某部门和某所长负责，某校長、某鎮')).toEqual(['部门', '所长', '校长', '镇']);
  });

  it('takes the field name before a colon when no unit follows', () => {
    expect(labels('姓名：____')).toEqual(['姓名']);
    expect(labels('联系电话： ________')).toEqual(['联系电话']);
  });

  it('labels each blank from its own context when the same characters follow blanks again', () => {
    // The unit after a blank can depend on more than the next two characters: past a space, an
    // approximator, or into a longer unit. Each line repeats such a pair with another ending.
    expect(labels('XX平方米，XX平方公里，XX平方米')).toEqual(['平方米', '平方公里', '平方米']);
    expect(labels('XX余万元，XX余万，XX余万元')).toEqual(['万元', '万', '万元']);
    expect(labels('共XX 单位：甲，共XX 单位工作，共XX 单位：乙')).toEqual([undefined, '单位', undefined]);
  });

  it('labels a blank the same whatever blanks were labelled before it', () => {
    // unitAfter remembers labels by the two characters after a blank: any ending those two do not
    // decide must give the label it gives when looked up afresh, in any order of lines.
    const units = Object.values(UNIT_GROUPS).flat();
    const piece = fc.oneof(
      fc.constantFrom(...units),
      fc.constantFrom(...'余多来几餘來幾：:，。 \u3000\t甲乙'),
      fc.constantFrom(...units).map((u) => u.slice(0, -1)),
    );
    const ending = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(ending, { minLength: 2, maxLength: 40 }), (endings) => {
        for (const e of endings) expect(unitAfter(`XX${e}`, 2), e).toBe(uncachedUnitAfter(`XX${e}`, 2));
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it('takes the field name before a colon also when punctuation follows the blank', () => {
    expect(labels('姓名：XX，职务：×××。单位：某某；')).toEqual(['姓名', '职务', '单位']);
  });

  it('leaves the label empty when nothing sensible is around', () => {
    expect(labels('按照XX要求，现述职如下')).toEqual([undefined]);
    expect(labels('为X打造创新发展高地')).toEqual([undefined]);
  });
});

describe('look-alikes that are not blanks', () => {
  it.each([
    ['X-ray and axes', '组织职工进行X光检查和X射线防护培训，绘制X轴与Y轴坐标图'],
    ['X线 imaging', '配备X线机一台'],
    ['products', '采购Xbox游戏机，更换iPhone X手机，淘汰Windows XP系统'],
    ['clothing sizes', '统一采购XXL和XL号工作服'],
    ['max and MAX', '取MAX值，max函数'],
    ['English words and identifiers', '使用Excel表格和index索引，box模型，XML文件，XX-Large尺寸'],
    ['URLs', '详见http://x.com/xx和www.xxx.com'],
    ['e-mail addresses', '发送至xx@example.com'],
    ['hex numbers and products written with x', '地址0x10，规格3x4，尺寸3 x 4，面积２ｘ３'],
    ['pinyin syllables with x', '學(xué)習(xí)，小(xiǎo)'],
    ['Roman numerals', '第XIV届运动会，MMXX年'],
    ['the Roman century XX世纪', '早在XX世纪90年代，X世纪的古籍'],
    ['ordinary 某-words', '某些方面、某种程度、某个环节、某一时期、某方面、某位同志、某项工作、某次会议、某天'],
    ['anonymised names', '张某某违反规定，王某受到处分'],
    ['years written with 〇 or ○', '二〇二四年，二○○三年，二〇〇〇年'],
    ['a lone ○ bullet', '○ 加强学习'],
    ['multiplication', '3×4的方阵，面积2×3米，２×３'],
    ['× and X bullets at line start', '× 错误做法：照搬照抄'],
    ['a single X bullet', 'X 不要照抄模板'],
    ['underscores in code', '调用__init__方法，变量snake_case，max_len'],
    ['a lone ASCII underscore', '文件名a _ b'],
    ['a heading bracket with text', '【典型案例】（一）主要做法'],
    ['brackets with text', '（注：数据截至年底）(2022年)[1]'],
    ['function calls and arrays', '调用foo()和arr[]'],
    ['a Markdown check box', '- [ ] 完成自查'],
    ['a quoted letter', '「X」代表罗马数字10，“X”表示未知数'],
    ['X words between punctuation', '，X光，X轴。'],
    ['Markdown emphasis', '**重点工作**要抓实'],
    ['a star divider', '＊＊＊＊＊＊'],
    ['powers in code', 'a**2'],
  ])('%s', (_name, line) => {
    expect(blanks(line)).toEqual([]);
  });

  it('still finds the real blank next to a look-alike', () => {
    expect(blanks('开展X光检查XX次')).toEqual(['XX']);
    expect(blanks('XX世纪90年代，XX县')).toEqual(['XX']);
    expect(blanks('某些方面，某某同志')).toEqual(['某某']);
    expect(blanks('二〇二四年，〇〇〇单位')).toEqual(['〇〇〇']);
    expect(blanks('员(yuán)XX人，完成X．X亿元')).toEqual(['XX', 'X．X']);
  });
});

describe('odd input', () => {
  it('handles an empty line and a line without blanks', () => {
    expect(blanks('')).toEqual([]);
    expect(blanks('加强党的建设，提升工作水平。')).toEqual([]);
  });

  it('handles very long runs and long ASCII tokens without blowing up', () => {
    expect(blanks('X'.repeat(50_000))).toEqual(['X'.repeat(50_000)]);
    expect(blanks('1x'.repeat(20_000))).toEqual([]);
    expect(blanks('X X '.repeat(10_000) + '名')).toHaveLength(1);
  });

  it('never reports overlapping or out-of-order blanks', () => {
    const line = 'X X X××某某__〇〇△△（）**XX.XX某局X';
    const found = findPlaceholdersInLine(line);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    for (const p of found) expect(line.slice(p.start, p.end)).toBe(p.text);
  });
});
