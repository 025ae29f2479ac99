import { describe, expect, it } from 'vitest'
import { buildSchoolIndex, resolveSchool, searchSchools, triageTip } from '../../src/intake/triage/index'
import { demoCounty } from './county'

const county = demoCounty()
const schoolOf = (text: string, channel: 'sms' | 'voice' | 'telegram' = 'sms') =>
  triageTip({ text, channel }, county).schoolId

describe('a tip names its school', () => {
  it('by the four-digit code on the gate poster, also in full-width digits', () => {
    expect(schoolOf('1006 班里有人老拿我的笔')).toBe('qh-006')
    expect(schoolOf('１０２１ 有人欺负我妹妹')).toBe('qh-021')
  })

  it('not by a code that is not in the county, nor by amounts and years', () => {
    const result = triageTip({ text: '4321 有人打我', channel: 'sms' }, county)
    expect(result.schoolId).toBeNull()
    expect(result.reasons).toContain('school: code 4321 not in the county')
    expect(schoolOf('他们一共要走了1001块')).toBeNull()
  })

  it('by its full Chinese name, simplified or traditional', () => {
    expect(schoolOf('我在马集镇初级中学读初二')).toBe('qh-027')
    expect(schoolOf('我在馬集鎮初級中學讀初二')).toBe('qh-027')
  })

  it('by an alias, and by a name shortened the usual way', () => {
    expect(schoolOf('民中的 有人骂我')).toBe('qh-025')
    expect(schoolOf('东坡中心小学五年级')).toBe('qh-019')
    expect(schoolOf('石桥王家庄小学的学生')).toBe('qh-017')
  })

  it('by its English name, with or without "school", numbers spelt any way', () => {
    expect(schoolOf('my son goes to Maji Primary')).toBe('qh-028')
    expect(schoolOf('im at qinghe number three middle')).toBe('qh-003')
    expect(schoolOf('Qinghe No. 2 Middle School, grade 11')).toBe('qh-002')
    expect(schoolOf('qinghe experimental primary')).toBe('qh-006')
  })

  it('by pinyin and pinyin initials', () => {
    expect(schoolOf('qhyz 有人偷我东西')).toBe('qh-001')
    expect(schoolOf('qinghe erzhong de')).toBe('qh-002')
  })

  it('by homophones and digits a keyboard or recogniser produces', () => {
    expect(schoolOf('青和一中 有人骂我')).toBe('qh-001')
    expect(schoolOf('青禾1中 有人骂我')).toBe('qh-001')
    expect(schoolOf('我是清全小学的', 'voice')).toBe('qh-030')
    expect(schoolOf('东波初中的', 'voice')).toBe('qh-018')
  })

  it('by a name a transcript or a child spaces word by word', () => {
    expect(schoolOf('有 人 在 东坡 中学 后面 打架', 'voice')).toBe('qh-018')
    expect(schoolOf('我 在 马集 小学 被 人 骂')).toBe('qh-028')
  })

  it('despite a small typo in an English name', () => {
    expect(schoolOf('my kid at yangzhaung primary')).toBe('qh-014')
    expect(schoolOf('qingqaun middle school')).toBe('qh-029')
  })

  it('never when the name fits several schools or only a town', () => {
    expect(schoolOf('实验学校 有人打我')).toBeNull()
    expect(schoolOf('我们石桥那边的学校')).toBeNull()
    expect(schoolOf('镇中心小学的孩子')).toBeNull()
    expect(schoolOf('实验的 初二')).toBeNull()
    expect(schoolOf('the central primary in our town')).toBeNull()
  })

  it('does not read a nickname inside an ordinary word', () => {
    expect(schoolOf('一小时前他们把他带走了')).toBeNull()
    expect(schoolOf('初三中午在食堂被打')).toBeNull()
  })

  it("takes the victim's school when two are named", () => {
    expect(schoolOf('我是马集小学的 马集中学那几个人天天在路上拦我')).toBe('qh-028')
    expect(schoolOf('清泉中学初二 打我的是东坡中学的人干的')).toBe('qh-029')
    expect(schoolOf('1012 的学生 被1015那帮人打了')).toBe('qh-012')
  })

  it("takes the school someone studies at with their grade over the tipster's own", () => {
    expect(schoolOf('我是一中的 我表妹在马集小学读四年级 班上的人都不理她')).toBe('qh-028')
    expect(schoolOf('我是一中的 马集小学那几个人在校门口骂我')).toBe('qh-001')
  })

  it('reads a name a recogniser split in two', () => {
    expect(
      triageTip({ text: 'i drive the bus for dong po primary', channel: 'voice' }, county).schoolId,
    ).toBe('qh-019')
  })

  it('tells two schools side by side apart by who did it', () => {
    expect(schoolOf('三中 职专那几个人在后门堵我表弟')).toBe('qh-003')
  })

  it('does not take a school named only to be denied', () => {
    expect(schoolOf('刚才写错了 不是育才中学 是民族中学')).toBe('qh-025')
  })

  it('reads a code said digit by digit, as a caller does, also said twice in one breath', () => {
    expect(triageTip({ text: '喂 幺零零六 我要反映个事', channel: 'voice' }, county).schoolId).toBe('qh-006')
    expect(triageTip({ text: '一零二零 一零二零 有人打我', channel: 'voice' }, county).schoolId).toBe(
      'qh-020',
    )
    expect(schoolOf('我们班有三四个人')).toBeNull()
  })

  it('reads a school type character misheard, but not another type written for it', () => {
    expect(schoolOf('我是马集小雪三年级的')).toBe('qh-028')
    expect(schoolOf('县直专的几个人')).toBe('qh-009')
    expect(schoolOf('南湖小xue二年级')).toBe('qh-010')
  })

  it('hears a two-character name only before a grade', () => {
    expect(schoolOf('育材初二有人收保护费')).toBe('qh-008')
    expect(schoolOf('我是玉才初一的')).toBe('qh-008')
    expect(schoolOf('玉才说他被打了')).toBe(null)
  })

  it('reads the short forms of English school words', () => {
    expect(schoolOf('a boy at the foreign lang school keeps pushing me')).toBe('qh-026')
    expect(schoolOf('my son goes to maji elementary and they took his bike')).toBe('qh-028')
  })

  it('says in the reasons how the school was recognised', () => {
    const { reasons } = triageTip({ text: '青和一中 有人骂我', channel: 'sms' }, county)
    expect(reasons.some((r) => r.startsWith('school: sounds like 青禾一中'))).toBe(true)
  })
})

describe('searchSchools, for a "pick your school" list', () => {
  it('finds schools by code prefix, name part, pinyin initials and English', () => {
    expect(searchSchools('101', county, 20).map((s) => s.id)).toContain('qh-015')
    expect(searchSchools('柳河', county).map((s) => s.id)).toEqual(['qh-012', 'qh-013', 'qh-014'])
    expect(searchSchools('qhyz', county)[0]?.id).toBe('qh-001')
    expect(searchSchools('sunsh', county)[0]?.id).toBe('qh-022')
  })

  it('puts the exact code first and honours the limit', () => {
    expect(searchSchools('1003', county)[0]?.id).toBe('qh-003')
    expect(searchSchools('青禾', county, 3)).toHaveLength(3)
    expect(searchSchools('   ', county)).toEqual([])
  })
})

describe('resolveSchool, for the answer to "which school?"', () => {
  it('resolves a code, a name, or a partial name only one school fits', () => {
    expect(resolveSchool('1006', county)?.id).toBe('qh-006')
    expect(resolveSchool('是实验小学', county)?.id).toBe('qh-006')
    expect(resolveSchool('阳光', county)?.id).toBe('qh-022')
  })

  it('returns null for an answer that fits several schools or none', () => {
    expect(resolveSchool('实验', county)).toBeNull()
    expect(resolveSchool('不知道', county)).toBeNull()
    expect(resolveSchool('9876', county)).toBeNull()
  })
})

describe('buildSchoolIndex', () => {
  it('treats a derived short name shared by two schools as ambiguous', () => {
    const index = buildSchoolIndex([
      {
        id: 'a',
        code: '2001',
        nameZh: '东河镇第一中学',
        nameEn: 'Donghe No.1 Middle School',
        aliases: [],
        town: '东河镇',
      },
      {
        id: 'b',
        code: '2002',
        nameZh: '西河镇第一中学',
        nameEn: 'Xihe No.1 Middle School',
        aliases: [],
        town: '西河镇',
      },
    ])
    expect(triageTip({ text: '东河一中的', channel: 'sms' }, index).schoolId).toBe('a')
    expect(triageTip({ text: '第一中学的', channel: 'sms' }, index).schoolId).toBeNull()
  })
})

describe('a sound-alike name', () => {
  it('wins over the exact nickname it ends with', () => {
    expect(triageTip({ text: '南胡二小四年级', channel: 'voice' }, county).schoolId).toBe('qh-011')
  })
})

describe('number spellings in school names', () => {
  it('reads banking numerals in a school number but leaves ordinary words alone', () => {
    expect(triageTip({ text: '青禾贰中的', channel: 'sms' }, county).schoolId).toBe('qh-002')
    expect(triageTip({ text: '他说放学后要收拾我', channel: 'sms' }, county).category).toBe('physical')
  })
})

describe('a school named the way people shorten it', () => {
  it('by the place and its level, the type of school left out ("shiqiao central", "dongpo junior")', () => {
    expect(schoolOf('my sister is in 1st grade at shiqiao central')).toBe('qh-016')
    expect(schoolOf('he goes to dongpo junior')).toBe('qh-018')
  })

  it('by its English name without the county, or with short words', () => {
    expect(schoolOf('my son at the vocational school gets pushed around')).toBe('qh-009')
    expect(schoolOf('qinghe special ed school, someone took his bag')).toBe('qh-023')
  })

  it("by a village's or a school's own name in pinyin, never by a town's", () => {
    expect(schoolOf('my girl at wangjiazhuang is scared of a boy')).toBe('qh-017')
    expect(schoolOf('a kid at yangguang keeps hitting my son')).toBe('qh-022')
    expect(schoolOf('my son at shiqiao keeps getting hit')).toBeNull()
  })

  it('names no school when two are named together as one party', () => {
    expect(schoolOf('民中和职专的学生周末约了打群架')).toBeNull()
    expect(schoolOf('我是一中的 二中的几个人老堵我')).toBe('qh-001')
    expect(schoolOf('1003 1008 的人约了放学打架')).toBeNull()
  })

  it('takes "kids from X" as where the bullies come from', () => {
    expect(schoolOf('some girls from Dongpo Middle wait for my daughter, she goes to Dongpo Primary')).toBe(
      'qh-019',
    )
    expect(schoolOf('we are from yucai and boys from the vocational school chase us')).toBe('qh-008')
  })

  it("by the county with the school's own name, the type left unsaid, also in initials", () => {
    expect(schoolOf('qhyc 有人叫我死胖子')).toBe('qh-008')
    expect(schoolOf('青禾育才 有人叫我死胖子')).toBe('qh-008')
    // Both the experimental primary and middle schools are "青禾实验".
    expect(schoolOf('青禾实验 有人打我')).toBeNull()
  })

  it('names no school when two are offered as alternatives', () => {
    expect(schoolOf('一中还是二中我不记得了 有个高中生在抢钱')).toBeNull()
    expect(schoolOf('not sure if its 1001 or 1002')).toBeNull()
  })

  it('takes "我们X的学生" as the victim\'s school even when bullies come from another', () => {
    expect(schoolOf('县二中的几个人把我们一小的学生拉到小巷子里打了一顿')).toBe('qh-004')
  })

  it('reads a short nickname followed by 的人 as the school ("二中的人打我")', () => {
    expect(schoolOf('二中的人打我')).toBe('qh-002')
    expect(schoolOf('初一中的人')).toBeNull()
  })

  it('reads Taiwan school types (国小, 国中), but not inside 中国小孩', () => {
    expect(schoolOf('我妹妹讀實驗國小 有男生掀她裙子')).toBe('qh-006')
    expect(schoolOf('我在育才國中 有人打我')).toBe('qh-008')
    expect(schoolOf('中国小孩都一样')).toBeNull()
  })

  it('does not take the school a child used to go to', () => {
    expect(schoolOf('我初中在民族中学 现在在一中 一中有人骂我')).toBe('qh-001')
    expect(schoolOf('i used to go to yucai, now im at qinghe no 3 and they hit me')).toBe('qh-003')
  })
})

describe('a school named by its place and its kind, with words between them', () => {
  it('reads "清泉镇上的初中" and "在王家庄上小学" as the one school of that kind there', () => {
    expect(schoolOf('我儿子在清泉镇上的初中 有人天天骂他')).toBe('qh-029')
    expect(schoolOf('孙女在王家庄上小学 班上有人拿她的笔')).toBe('qh-017')
    expect(schoolOf('娃 在 东坡 上 初中 叫 人 欺负', 'voice')).toBe('qh-018')
  })

  it('does not read a place with no such school, or words that only look like a place', () => {
    expect(schoolOf('我以前上小学的时候被人骂过')).toBeNull()
    expect(schoolOf('城里上的初中 有人打我')).toBeNull()
  })
})

describe('a school named the way callers and pinyin typists name it', () => {
  it('by a pinyin place with its type written in characters', () => {
    expect(schoolOf('shiqiao小学五年级有人欺负我')).toBe('qh-016')
    expect(schoolOf('我在qingquan小学')).toBe('qh-030')
    expect(schoolOf('qinghe中学的')).toBeNull()
  })

  it('by the vocational school called 职校 with the county in front', () => {
    expect(schoolOf('我儿子在青禾职校读汽修')).toBe('qh-009')
  })

  it('by a place and 九年制 with words between', () => {
    expect(schoolOf('俺孙子在白沙那个九年制上六年级', 'voice')).toBe('qh-020')
  })

  it('not by a name the caller takes back at once', () => {
    expect(schoolOf('我女儿在育才 啊不是 她转学了 现在在实验中学上初二', 'voice')).toBe('qh-007')
    expect(schoolOf('我是希望小学 不对不对 是阳光学校门口开店的', 'voice')).toBe('qh-022')
  })

  it('not by 一小 in a measure word', () => {
    expect(schoolOf('他把药攒了一小瓶')).toBeNull()
  })
})

describe('a school named as an English speaker hears it', () => {
  it('by a pinyin place spelt as English syllables, before the kind of school or its number', () => {
    expect(schoolOf('a boy at ma gee middle school has a pipe', 'voice')).toBe('qh-027')
    expect(schoolOf('my son goes to ching chuan junior middle school', 'voice')).toBe('qh-029')
    expect(schoolOf('its the nan who number two primary', 'voice')).toBe('qh-011')
    expect(schoolOf('the one in wong jar zhuang', 'voice')).toBe('qh-017')
  })

  it('not by English words that only sound close, nor a short sound with no kind of school after it', () => {
    expect(schoolOf('my magic teacher said hi', 'voice')).toBeNull()
    expect(schoolOf('ma gee said hi to me at the bus stop', 'voice')).toBeNull()
  })

  it('by a code said in English words, but not a time of day', () => {
    expect(schoolOf('the poster said to say ten twenty six so ten twenty six', 'voice')).toBe('qh-026')
    expect(schoolOf('one oh two six some guys hit me', 'voice')).toBe('qh-026')
    expect(schoolOf('ten twenty six ten twenty six some guys hit me', 'voice')).toBe('qh-026')
    expect(schoolOf('the fight is at ten twenty after school', 'voice')).toBeNull()
    expect(schoolOf('they said ten thirty tonight', 'voice')).toBeNull()
  })

  it('by the village primary, the 中心校 and 九年一贯制 short forms', () => {
    expect(schoolOf('杨庄村小的 有人欺负俺孙女', 'voice')).toBe('qh-014')
    expect(schoolOf('俺孙子在马集中心校三年级')).toBe('qh-028')
    expect(schoolOf('俺娃在白沙九年一贯制住校')).toBe('qh-020')
  })
})

describe('a school named by its pinyin place and its type in English, or offered as one of two', () => {
  it('tells the experimental primary from the experimental middle school by the type said after it', () => {
    expect(schoolOf('my son is shiyan middle school grade eight', 'voice')).toBe('qh-007')
    expect(schoolOf('she goes to shiyan primary')).toBe('qh-006')
    expect(schoolOf('the shiyan one')).toBeNull()
  })

  it('names neither of two schools offered as alternatives, whoever is said to study there', () => {
    expect(schoolOf('不知道她是柳河中学的还是柳河小学的', 'voice')).toBeNull()
    expect(schoolOf('she is at liuhe primary or liuhe middle i dont know')).toBeNull()
    expect(schoolOf('我儿子在柳河中学 被柳河小学的哥哥欺负')).toBe('qh-012')
  })

  it('says so when several schools were named and none chosen', () => {
    const { schoolId, reasons } = triageTip({ text: '一中还是二中我不记得了', channel: 'sms' }, county)
    expect(schoolId).toBeNull()
    expect(reasons).toContain('school: several named side by side, none chosen')
  })

  it('names none for the schools of a place, plural', () => {
    expect(schoolOf('the kids from the baisha schools tease her on the bus', 'voice')).toBeNull()
    expect(schoolOf('my son is at baisha scool')).toBe('qh-020')
  })
})

describe('a school named beside those who did it, in English', () => {
  it('is the victim’s, not the school of the ones who jumped him or came from elsewhere', () => {
    expect(schoolOf('he got jumped by some yucai kids, hes at the foreign language school')).toBe('qh-026')
    expect(
      schoolOf('the opps from yucai are coming to our school, we are at the foreign language school'),
    ).toBe('qh-026')
    expect(schoolOf('a boy from the vocational school wants to visit the qinghe no.3 middle kids')).toBe(
      'qh-003',
    )
  })

  it('reads a code at the end of a sentence', () => {
    expect(schoolOf('shes grade 9 at 1026. pls dont say it was me')).toBe('qh-026')
    expect(schoolOf('it costs 10.26 yuan')).toBeNull()
  })
})

describe('a school named by its short form in pinyin', () => {
  it('is not corrected into the name of another place', () => {
    expect(schoolOf('my daughter study at shixiao grade 4')).toBe('qh-006')
    expect(schoolOf('shiqao primary')).toBe('qh-016')
  })
})
