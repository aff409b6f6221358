/**
 * Name material for demo people. Surnames follow their real frequency order in China (weights
 * are rough percentages); characters carry pinyin because guides' WeCom userids are usually the
 * pinyin of their names (zhangwei, zhangwei2, ...). 吕 is written "lv", as pinyin keyboards do.
 */

/** `汉字:pinyin:weight` triples, space-separated. */
const SURNAMES = `王:wang:7.1 李:li:7.0 张:zhang:6.7 刘:liu:5.4 陈:chen:4.5 杨:yang:3.1 黄:huang:2.2
赵:zhao:2.0 吴:wu:2.0 周:zhou:1.9 徐:xu:1.3 孙:sun:1.3 马:ma:1.1 朱:zhu:1.1 胡:hu:1.0 郭:guo:1.0
何:he:0.9 林:lin:0.9 高:gao:0.9 罗:luo:0.9 郑:zheng:0.8 梁:liang:0.8 谢:xie:0.6 宋:song:0.6
唐:tang:0.6 许:xu:0.6 韩:han:0.5 冯:feng:0.5 邓:deng:0.5 曹:cao:0.5 彭:peng:0.5 曾:zeng:0.5
肖:xiao:0.5 田:tian:0.4 董:dong:0.4 袁:yuan:0.4 潘:pan:0.4 于:yu:0.4 蒋:jiang:0.4 蔡:cai:0.4
余:yu:0.4 杜:du:0.4 叶:ye:0.4 程:cheng:0.4 苏:su:0.3 魏:wei:0.3 吕:lv:0.3 丁:ding:0.3 任:ren:0.3
沈:shen:0.3 姚:yao:0.3 卢:lu:0.3 姜:jiang:0.3 崔:cui:0.3 钟:zhong:0.3 谭:tan:0.3 陆:lu:0.3
汪:wang:0.3 范:fan:0.2 金:jin:0.2 石:shi:0.2 廖:liao:0.2 贾:jia:0.2 夏:xia:0.2 韦:wei:0.2
方:fang:0.2 白:bai:0.2 邹:zou:0.2 孟:meng:0.2 熊:xiong:0.2 秦:qin:0.2 邱:qiu:0.2 江:jiang:0.2
尹:yin:0.2 薛:xue:0.2 段:duan:0.2 雷:lei:0.2 侯:hou:0.2 龙:long:0.2 史:shi:0.2 陶:tao:0.2
黎:li:0.2 贺:he:0.2 顾:gu:0.2 毛:mao:0.2 郝:hao:0.2 龚:gong:0.2 邵:shao:0.2 万:wan:0.2
钱:qian:0.2 严:yan:0.2 覃:qin:0.1 武:wu:0.1 戴:dai:0.1 莫:mo:0.1 孔:kong:0.1 汤:tang:0.1
欧阳:ouyang:0.05 上官:shangguan:0.02 司马:sima:0.02`

const FEMALE_CHARS = `芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 婷:ting 雪:xue 琳:lin
玲:ling 燕:yan 欣:xin 颖:ying 慧:hui 倩:qian 洁:jie 佳:jia 晶:jing 梅:mei 萍:ping 红:hong
莉:li 蕾:lei 悦:yue 怡:yi 琪:qi 瑶:yao 思:si 雨:yu 晓:xiao 梦:meng 诗:shi 露:lu 月:yue
春:chun 秀:xiu 兰:lan 凤:feng 璐:lu 楠:nan 薇:wei 妍:yan 媛:yuan 雯:wen 嘉:jia 可:ke 心:xin
子:zi 涵:han 萱:xuan 一:yi 诺:nuo 彤:tong 丹:dan 青:qing`

const MALE_CHARS = `伟:wei 强:qiang 磊:lei 军:jun 勇:yong 杰:jie 涛:tao 明:ming 超:chao 刚:gang
平:ping 辉:hui 鹏:peng 华:hua 飞:fei 鑫:xin 波:bo 斌:bin 宇:yu 浩:hao 凯:kai 健:jian 俊:jun
帆:fan 帅:shuai 旭:xu 宁:ning 龙:long 林:lin 阳:yang 博:bo 文:wen 建:jian 国:guo 志:zhi
晨:chen 泽:ze 子:zi 轩:xuan 然:ran 睿:rui 豪:hao 毅:yi 亮:liang 成:cheng 峰:feng 东:dong 海:hai`

export interface NamePart {
  han: string
  pinyin: string
}

const parseParts = (text: string): NamePart[] =>
  text.split(/\s+/).map((entry) => {
    const [han = '', pinyin = ''] = entry.split(':')
    return { han, pinyin }
  })

export const SURNAME_TABLE: readonly (readonly [NamePart, number])[] = SURNAMES.split(/\s+/).map(
  (entry) => {
    const [han = '', pinyin = '', weight = '0'] = entry.split(':')
    return [{ han, pinyin }, Number(weight)] as const
  }
)

export const GIVEN_CHARS: {
  readonly female: readonly NamePart[]
  readonly male: readonly NamePart[]
} = { female: parseParts(FEMALE_CHARS), male: parseParts(MALE_CHARS) }

/**
 * WeChat nicknames as customers set them: plain words, English names, a few with emoji (which
 * keeps the UI honest about characters outside the BMP). Decorated further when drawn.
 */
export const NICKNAMES: readonly string[] = `
快乐每一天 阳光 小草 静待花开 岁月静好 知足常乐 平安是福 向日葵
随缘 清风 简单 晴天 一路向北 开心果 小太阳 微笑 淡定 追梦人 花开半夏 时光 木子 小鱼儿 sunshine
Amy Tina Lisa Coco Lily Kevin Jason Vicky Cindy Grace Emma Sophia Leo Max Ivy Ella Rain Summer
张姐 小雅 宝妈一枚 吃货小分队 健康生活 好运连连 橙子 桃子 芒果 可乐 奶茶控 老王 阿强 大海
一米阳光 浅笑安然 云淡风轻 心若向阳 莫忘初心 星辰大海 人间烟火 半糖 柠檬 西瓜 榴莲 草莓
小确幸 慢生活 早安 晚风 蓝天白云 山水 海阔天空 梦想家 努力的小猪 胖虎 小熊 兔子 猫咪 汤圆
饺子 馒头 花卷 豆豆 乐乐 笑笑 朵朵 糖糖 果果 贝贝 丫丫 妞妞 天天向上 幸福人生 家和万事兴`
  .trim()
  .split(/\s+/)

export const NICKNAME_EMOJI: readonly string[] = '🌸 🍀 ☀️ 🌈 🌻 🍓 🐱 ✨ 💕'.split(' ')

/** Parts for the company names of WeCom (type 2) customers; deliberately not real brands. */
export const COMPANY_WORDS: readonly string[] =
  '恒信 博远 嘉禾 鼎盛 瑞丰 汇通 金桥 中联 宏达 天成 新元 和美 佳禾 远航'.split(' ')
export const COMPANY_TRADES: readonly string[] =
  '商贸 物业管理 餐饮管理 科技 贸易 文化传媒 供应链管理 建材 家政服务'.split(' ')

/** Real mobile number prefixes (China Mobile, Unicom, Telecom, Broadcast). */
export const MOBILE_PREFIXES: readonly string[] = `
134 135 136 137 138 139 147 150 151 152 157 158 159
172 178 182 183 184 187 188 195 198 130 131 132 155 156 166 175 176 185 186 196 133 149 153 173
177 180 181 189 190 191 193 199 192`
  .trim()
  .split(/\s+/)
