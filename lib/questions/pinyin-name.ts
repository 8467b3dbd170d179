// "Yu Zhengsheng", "Zhang Dejiang": a name written in Hanyu Pinyin, family name first, is a
// mainland Chinese name. Used only where the text gives no country for someone.

const SURNAMES = new Set(
  (
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu " +
    "Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Su Lu Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan " +
    "Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Yi Qiao " +
    "Lai Gong Wen Xi Bo Geng Chi Ge Mo Niu Hua Hong Pang Rao Bi Chu"
  ).split(" "),
);

const INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";
const FINAL = "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)";
const SYLLABLES = new RegExp(`^(?:${INITIAL}${FINAL}){1,2}$`);

export function isPinyinName(name: string): boolean {
  const [family, ...given] = name.split(/\s+/);
  if (!family || !SURNAMES.has(family) || given.length !== 1) return false;
  // "Jinping", "Dejiang"; never a hyphenated Korean or Cantonese given name.
  return SYLLABLES.test(given[0]!.toLowerCase());
}
