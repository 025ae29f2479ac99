import { describe, expect, it } from 'vitest'
import { crisisAdvice, triageTip } from '../../src/intake/triage/index'
import * as lexicon from '../../src/intake/triage/lexicon'
import { demoCounty } from './county'

const county = demoCounty()
const triage = (text: string, channel: 'sms' | 'voice' | 'telegram' = 'sms') =>
  triageTip({ text, channel }, county)
const categoryOf = (text: string) => triage(text).category
const urgencyOf = (text: string, channel: 'sms' | 'voice' | 'telegram' = 'sms') =>
  triage(text, channel).urgency

describe('category', () => {
  it('recognises each category in Chinese and English', () => {
    expect(categoryOf('我不想活了 活着好累')).toBe('self_harm')
    expect(categoryOf('he said he would hurt himself if they keep doing it')).toBe('self_harm')
    expect(categoryOf('有个男生书包里藏了一把匕首')).toBe('weapon')
    expect(categoryOf('a kid had a box cutter in his pencil case')).toBe('weapon')
    expect(categoryOf('他总在群里发黄图给女生')).toBe('sexual')
    expect(categoryOf('three boys kicked my son in the back')).toBe('physical')
    expect(categoryOf('每天被高年级的要零花钱')).toBe('extortion')
    expect(categoryOf('they took his lunch money again')).toBe('extortion')
    expect(categoryOf('有人在抖音评论区骂我')).toBe('cyber')
    expect(categoryOf('some girls made a group chat just to talk trash about me')).toBe('cyber')
    expect(categoryOf('全班都孤立我 没人跟我说话')).toBe('relational')
    expect(categoryOf('a girl spread a rumour that i steal')).toBe('relational')
    expect(categoryOf('同桌老叫我矮冬瓜 还嘲笑我')).toBe('verbal')
    expect(categoryOf('they keep calling me a loser')).toBe('verbal')
    expect(categoryOf('学校门口的路灯坏了好久 晚上很黑')).toBe('other')
  })

  it('takes the first category in the precedence order when several apply', () => {
    expect(categoryOf('他们打了我还骂我 我不想活了')).toBe('self_harm')
    expect(categoryOf('拿着刀逼我给钱')).toBe('weapon')
    expect(categoryOf('把她按在地上摸她胸')).toBe('sexual')
    expect(categoryOf('不给钱就被扇了一巴掌')).toBe('physical')
    expect(categoryOf('要我交钱 不交就在班群里骂我')).toBe('extortion')
    expect(categoryOf('在群里造谣说我偷东西')).toBe('cyber')
    expect(categoryOf('骂我还让全班孤立我')).toBe('relational')
  })

  it('does not count a danger the tip denies', () => {
    expect(categoryOf('他这回没有带刀 但是把我推倒了')).toBe('physical')
    expect(categoryOf("he didn't bring a knife this time, he just shoved me")).toBe('physical')
    expect(categoryOf('那几个人没打我 就是一直叫我胖子')).toBe('verbal')
    expect(triage('他没带刀').reasons).toContain('negated: 刀')
  })

  it('does not take a negation-looking word for a negation', () => {
    expect(categoryOf('他没少打我弟弟')).toBe('physical')
    expect(categoryOf("he won't stop hitting me")).toBe('physical')
  })

  it('gives a teacher the category of what was done', () => {
    expect(categoryOf('有个老师经常摸女生的屁股')).toBe('sexual')
    expect(categoryOf('有个老师经常骂学生是猪脑子')).toBe('verbal')
    expect(categoryOf('班主任经常把孩子关在办公室不让吃饭')).toBe('other')
  })

  it('makes a threat set for a time physical and a threat alone verbal', () => {
    expect(categoryOf('他说放学后要收拾我')).toBe('physical')
    expect(categoryOf('他说迟早要收拾我')).toBe('verbal')
    expect(categoryOf('they said they will beat him up but not when')).toBe('verbal')
  })
})

describe('urgency', () => {
  it('is P1 for any self-harm, weapon or sexual assault', () => {
    expect(urgencyOf('我同学说她想消失 还写了遗书')).toBe('P1')
    expect(urgencyOf('有人在宿舍藏了一根铁棍')).toBe('P1')
    expect(urgencyOf('three boys pulled her skirt down in the hallway')).toBe('P1')
  })

  it('is P1 for violence set for a near time', () => {
    for (const text of [
      '他们说放学后在后门等我 要打我',
      '今晚熄灯以后他们要来宿舍揍我',
      '明天上学他说要找人弄我',
      'they are gonna jump me tonight',
      'he said he will fight me after school',
      'tomorrow they will beat me up at lunch',
    ]) {
      expect(urgencyOf(text), text).toBe('P1')
    }
  })

  it('is P1 for violence going on now and a child hurt and needing help', () => {
    expect(urgencyOf('快来 操场上好多人在打一个男生 现在还在打')).toBe('P1')
    expect(urgencyOf('my friend got beaten behind the gym just now and hes bleeding a lot')).toBe('P1')
    expect(urgencyOf('有人被打晕了 叫不醒')).toBe('P1')
  })

  it('is not P1 for the same words told of the past or of a habit', () => {
    expect(urgencyOf('昨天放学路上被他们打了一顿')).toBe('P2')
    expect(urgencyOf('he punched me yesterday, im fine now')).toBe('P2')
    expect(urgencyOf('they wait for me every day after school and take my money')).toBe('P2')
  })

  it('leans to P1 when it is unclear whether a child is safe', () => {
    expect(urgencyOf('我弟弟放学被几个人带走了 到现在联系不上')).toBe('P1')
    expect(urgencyOf('my daughter ran away after they posted that video')).toBe('P1')
  })

  it('is P2 for past violence, extortion, harassment, spread images and threats without a time', () => {
    expect(urgencyOf('上个月被同学推下台阶 膝盖缝了针')).toBe('P2')
    expect(urgencyOf('有人每周找我要二十块')).toBe('P2')
    expect(urgencyOf('一个男生总给我发很下流的话')).toBe('P2')
    expect(urgencyOf('有人把我出糗的照片发到年级群')).toBe('P2')
    expect(urgencyOf('他说总有一天要弄死我')).toBe('P2')
  })

  it('is P2 for verbal or relational bullying only when weeks of it are said', () => {
    expect(urgencyOf('被同学叫外号已经两个多月了')).toBe('P2')
    expect(urgencyOf('kids have been ignoring my son for weeks')).toBe('P2')
    expect(urgencyOf('今天有人叫我外号')).toBe('P3')
    expect(urgencyOf('一直有人叫我外号')).toBe('P3')
  })

  it('is P3 for insults, exclusion, online insults without images and general worries', () => {
    expect(urgencyOf('同学笑我戴眼镜')).toBe('P3')
    expect(urgencyOf('班上没人跟我玩')).toBe('P3')
    expect(urgencyOf('有人在贴吧骂我')).toBe('P3')
    expect(urgencyOf('想问一下怎么匿名举报')).toBe('P3')
  })

  it('explains the decision with a short cue, never the tip', () => {
    const text = '三中 他们说放学后在车棚等我 要弄我'
    const { reasons } = triage(text)
    expect(reasons).toContain('urgency: P1 — time "放学后"')
    for (const reason of reasons) expect(reason.length).toBeLessThan(60)
  })
})

describe('crisisAdvice', () => {
  it('gives the crisis line and 110/120 in the tip language', () => {
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const advice = crisisAdvice(language, '12356')
      expect(advice).toContain('12356')
      expect(advice).toContain('110')
      expect(advice).toContain('120')
    }
    expect(crisisAdvice('zh-Hant', '12356')).toContain('撥打')
    expect(crisisAdvice('en', '0800')).toContain('crisis line 0800')
  })
})

describe('slang, denial and plans', () => {
  it('knows the slang of beatings, edited photos and doxxing', () => {
    expect(categoryOf('my cousin got jumped walking home from the bus stop')).toBe('physical')
    expect(categoryOf('他拿皮带抽了我弟好几下')).toBe('physical')
    expect(urgencyOf('有人把我P成丑八怪发在空间')).toBe('P2')
    expect(urgencyOf('someone doxxed my son in a discord server')).toBe('P2')
    expect(categoryOf('班上有人把她的照片P成裸的')).toBe('sexual')
  })

  it('counts a cornering as the robbery it was for', () => {
    expect(categoryOf('三个人把我堵在楼梯口 拿走了我的手机')).toBe('extortion')
    expect(categoryOf('他们把我堵在墙角')).toBe('physical')
  })

  it('takes a denied weapon promised for next time as a threat with a weapon', () => {
    expect(triage('他今天没带棍子 说下次带来').category).toBe('weapon')
    expect(urgencyOf("she didn't have the blade on her but said she'll bring it tomorrow")).toBe('P1')
    expect(categoryOf('他这回没有带刀 但是把我推倒了')).toBe('physical')
  })

  it('does not take a denied self-harm for one', () => {
    expect(categoryOf('我不会自杀的 就是同学总笑我')).toBe('verbal')
  })

  it('reads "threatening to" as a threat, not a deed', () => {
    expect(categoryOf('this girl keeps threatening to slap me')).toBe('verbal')
    expect(urgencyOf('this girl keeps threatening to slap me')).toBe('P2')
  })

  it('makes being made to undress, and grabbing, sexual assault', () => {
    expect(urgencyOf('几个男生叫他把裤子脱了给大家看')).toBe('P1')
    expect(urgencyOf('a boy grabbed her chest on the stairs')).toBe('P1')
    expect(urgencyOf('they filmed him having his shorts pulled down')).toBe('P1')
    expect(categoryOf('教练让她坐他腿上')).toBe('sexual')
  })

  it('gives force by staff the category other, but not force by a parent (TRIAGE.md names staff only)', () => {
    expect(categoryOf('班主任拿尺子打我们手心')).toBe('other')
    expect(categoryOf('a staff member shoved my son into a wall')).toBe('other')
    expect(categoryOf('她妈经常打她 她身上都是伤')).toBe('physical')
  })

  it('sees a self-harm in the words of the tired and the hurt', () => {
    expect(categoryOf('好想一觉睡过去不再醒')).toBe('self_harm')
    expect(categoryOf('my best friend has been cutting again')).toBe('self_harm')
    expect(categoryOf('我撑不过这周了')).toBe('self_harm')
  })

  it('is P1 for hiding from attackers, bleeding badly or a child not safe', () => {
    expect(urgencyOf('hiding under the stairs, they want to fight me')).toBe('P1')
    expect(urgencyOf('pls help my brother is bleeding badly after they hit him')).toBe('P1')
    expect(urgencyOf('my son says he is not safe in his dorm')).toBe('P1')
    expect(urgencyOf('孩子说在宿舍不安全 问她也不说')).toBe('P1')
  })
})

describe('more slang and oblique words', () => {
  it('reads fighting, shake-down and goodbye slang', () => {
    expect(urgencyOf('u gonna catch these hands tomorrow')).toBe('P1')
    expect(categoryOf('a kid swung on my brother at recess')).toBe('physical')
    expect(categoryOf('older boys pressed him for his watch')).toBe('extortion')
    expect(categoryOf('they make the new kids give them their fries')).toBe('extortion')
    expect(categoryOf('i already wrote goodbye notes')).toBe('self_harm')
    expect(categoryOf("i won't be around much longer anyway")).toBe('self_harm')
  })

  it('reads Taiwanese and mainland slang for taunts, weapons and ganging up', () => {
    expect(categoryOf('他每天都在走廊嗆我')).toBe('verbal')
    expect(categoryOf('他说要抄家伙过来')).toBe('weapon')
    expect(categoryOf('同学拿圆规吓我')).toBe('weapon')
    expect(categoryOf('她们联合起来不让我进寝室')).toBe('relational')
    expect(categoryOf('有人把我绑在厕所的水管上')).toBe('physical')
    expect(categoryOf('他们把汤泼到我身上')).toBe('physical')
    expect(categoryOf('高年级的拦着我们要零食')).toBe('extortion')
  })

  it('counts a threat to make school unbearable or to make trouble as a threat', () => {
    expect(urgencyOf('她说要让我在班里待不下去')).toBe('P2')
    expect(urgencyOf('他们说今晚要来找我麻烦')).toBe('P1')
  })

  it('sees repeated or planned cutting as self-harm', () => {
    expect(urgencyOf('我室友说她割过好几次 今天又想割')).toBe('P1')
    expect(categoryOf('爷爷去割麦子了')).toBe('other')
  })

  it('keeps touching hair or face harassment, not assault', () => {
    expect(urgencyOf('有个男生总摸她的头 她很烦')).not.toBe('P1')
    expect(urgencyOf('有个男生上课摸她大腿')).toBe('P1')
  })

  it('reads a frightened plea for help as unclear safety', () => {
    expect(urgencyOf('i am so scared please help')).toBe('P1')
    expect(urgencyOf('我好害怕 谁来帮帮我')).toBe('P1')
  })

  it('sees a demand for pictures or to sleep with as sexual', () => {
    expect(categoryOf('he keeps asking her for pics on snap')).toBe('sexual')
    expect(categoryOf('学长说我不陪他睡就不放过我')).toBe('sexual')
  })
})

describe('tips mixing scripts', () => {
  it('are scanned by the cues of both scripts', () => {
    expect(categoryOf('他拿knife吓我')).toBe('weapon')
    expect(categoryOf('some boys 打我 every day')).toBe('physical')
    expect(categoryOf('有人在group chat骂我')).toBe('cyber')
  })
})

describe('things done to a child and taken from one', () => {
  it('reads forced eating, taken belongings and younger pupils made to buy', () => {
    expect(categoryOf('they forced my son to lick the floor')).toBe('physical')
    expect(categoryOf('they made him eat dirt at recess')).toBe('physical')
    expect(categoryOf('a boy keeps taking her calculator')).toBe('extortion')
    expect(categoryOf('he took my son to the clinic')).toBe('other')
    expect(categoryOf('my son keeps coming home without his jacket')).toBe('extortion')
    expect(categoryOf('高年级的逼新生买他们的旧书')).toBe('extortion')
  })

  it('keeps exclusion words inside a reported insult verbal', () => {
    expect(categoryOf('他们说我是没人要的野孩子')).toBe('verbal')
    expect(categoryOf('she wrote mean notes saying nobody likes me')).toBe('verbal')
    expect(categoryOf('班上没人理我')).toBe('relational')
  })

  it('hears a last goodbye as self-harm', () => {
    expect(urgencyOf('my friend says shes going to do something stupid')).toBe('P1')
    expect(categoryOf('她今天跟大家告别了 说以后见不到了')).toBe('self_harm')
  })

  it('is P1 when someone tries to lead a child away', () => {
    expect(urgencyOf('放学时有个陌生男人拽着我妹妹的胳膊')).toBe('P1')
    expect(urgencyOf('a man tried to get my son into his car by the gate')).toBe('P1')
  })
})

describe('harm named without the usual words', () => {
  it('reads a spiked drink, smothering and a felt pain now', () => {
    expect(categoryOf('有人往我饭里撒了泻药')).toBe('physical')
    expect(categoryOf('他们用被子捂住他的口鼻')).toBe('physical')
    expect(urgencyOf('刚才被他踹了一脚 现在肚子好疼')).toBe('P1')
  })

  it('reads a wish to shoot people as a weapon, and a wish to vanish as self-harm', () => {
    expect(urgencyOf('a boy in 8th grade says he is going to shoot up the school')).toBe('P1')
    expect(categoryOf('she told me no one would notice if she was gone, she wants to disappear')).toBe(
      'self_harm',
    )
    expect(categoryOf('我走了也没人会在乎我')).toBe('self_harm')
  })

  it('hears "you will regret it" as a threat and selling photos as spreading them', () => {
    expect(urgencyOf('he said youll regret telling on him')).toBe('P2')
    expect(urgencyOf('她说我会后悔的')).toBe('P2')
    expect(urgencyOf('有人在群里卖她的自拍')).toBe('P2')
  })

  it('leans to P1 when nobody knows what is done to a child behind a door', () => {
    expect(urgencyOf('他们每天中午把她带进器材室 不知道在里面干什么')).toBe('P1')
  })

  it('reads harm going on now from aspect, not from a word list: progressive, time up to now, a cry for help', () => {
    expect(urgencyOf('操场后面 三个人围着一个女生在扇她')).toBe('P1')
    expect(urgencyOf('把一个初一的关在宿舍里面已经一个小时了')).toBe('P1')
    expect(urgencyOf('救我 他们在后面追我')).toBe('P1')
    expect(urgencyOf('some kids are dragging a boy behind the gym, theyre kicking him')).toBe('P1')
    // The same harm placed in the past is not now.
    expect(urgencyOf('上学期有人打过我 现在已经转班了 没事了')).toBe('P2')
  })

  it('hears a child writing from where they are held, unless it is a habit', () => {
    expect(urgencyOf('他們把我關在體育館倉庫 燈也關了 我手機快沒電了')).toBe('P1')
    expect(urgencyOf('他们经常把我关在厕所里')).toBe('P2')
  })

  it('puts a plan set for a near time ahead of a report of earlier today', () => {
    expect(urgencyOf('有人在群里发我家的地址 说今晚去我家砸窗户')).toBe('P1')
    expect(urgencyOf('今天中午有个高三的在食堂给了我一拳')).toBe('P2')
    // "我要反映" wants to report; it plans no harm.
    expect(urgencyOf('我要反映 有个男生周末打了我弟弟')).toBe('P2')
  })

  it('reads self-harm from two families of weak signs when no word says it', () => {
    expect(categoryOf('谢谢你一直陪着我 以后我不在了你要好好的')).toBe('self_harm')
    expect(categoryOf('im so tired of everything. love you all. goodbye')).toBe('self_harm')
    // One family alone is not enough.
    expect(categoryOf('好累啊 作业太多了')).toBe('other')
  })

  it('scopes a denial: a weapon denied later, a bare 不 before a deed, not a condition', () => {
    expect(urgencyOf('他之前说要带刀来 结果没带 老师已经处理了')).toBe('P2')
    expect(categoryOf('他们不打我了 改成每天让我跪着叫爸爸')).toBe('verbal')
    expect(categoryOf('他说我不陪他睡就把我的照片发出去')).toBe('sexual')
  })

  it('reads "no 3" as a number, not a negation', () => {
    expect(triage('some kids at qinghe no 3 are in a fight').schoolId).toBe('qh-003')
    expect(categoryOf('qinghe no 3 kids fight')).toBe('physical')
  })
})

describe('conditions and their consequences', () => {
  it('reads the consequence of a condition as a threat, not a deed', () => {
    expect(categoryOf('班上有同学说如果我告诉老师，他就要叫他哥哥来打我')).toBe('verbal')
    expect(urgencyOf('班上有同学说如果我告诉老师，他就要叫他哥哥来打我')).toBe('P2')
    expect(categoryOf('有人说我要是敢去告状 就让我死得很难看')).toBe('verbal')
    // A condition with nothing harmful after 就 threatens nothing.
    expect(categoryOf('如果他们再骂我 我就告诉老师')).toBe('verbal')
    expect(categoryOf('他昨天在厕所打了我')).toBe('physical')
  })

  it('takes a hand put into clothes for sexual assault', () => {
    expect(triage('我们班有个男生上课的时候把手伸进我裙子里').category).toBe('sexual')
    expect(urgencyOf('我们班有个男生上课的时候把手伸进我裙子里')).toBe('P1')
    expect(urgencyOf('he put his hand up her shirt in the bus')).toBe('P1')
    expect(categoryOf('他把手伸进我书包里翻东西')).not.toBe('sexual')
  })

  it('takes a photo of a child undressed or washing for sexual, whatever verb posts it', () => {
    expect(categoryOf('有人把我换衣服的照片发到班群里了')).toBe('sexual')
    expect(urgencyOf('有人把她洗澡的视频传到网上')).toBe('P2')
    expect(categoryOf('有人把我吃饭的照片发到班群里了')).toBe('cyber')
  })

  it('lets an aspect particle stand between carrying and the weapon', () => {
    expect(categoryOf('他们说放学后在后山等我 带了家伙')).toBe('weapon')
    expect(categoryOf('他们说放学后在后山等我 带上家伙')).toBe('weapon')
  })

  it('sets a threat for the time said closest to it', () => {
    expect(urgencyOf('i didnt get hit today but they said next week theyll get me')).toBe('P2')
    expect(categoryOf('i didnt get hit today but they said next week theyll get me')).toBe('verbal')
    expect(urgencyOf('今天没事 但他说下个月要弄死我')).toBe('P2')
    // "以后" inside "放学以后" belongs to a near time.
    expect(urgencyOf('他说放学以后要收拾我')).toBe('P1')
    expect(urgencyOf('they said next week was fine but tonight they will get me')).toBe('P1')
  })

  it('does not take what a photo or video shows for harm going on now', () => {
    expect(urgencyOf('有人把我被关在厕所里的视频发到抖音上了')).toBe('P2')
    expect(urgencyOf('they posted a video of him being locked in the toilet')).not.toBe('P1')
    expect(urgencyOf('我被关在厕所里了 出不来')).toBe('P1')
  })

  it('hears a threat in an idiom of revenge that names no harm verb', () => {
    expect(urgencyOf('the same boy said he will finish the job tomorrow')).toBe('P1')
    expect(categoryOf('he said he will get me back for it')).toBe('verbal')
    expect(urgencyOf('他说明天给你点颜色看看')).toBe('P1')
    expect(urgencyOf('he said he will finish his homework tomorrow')).toBe('P3')
  })

  it('takes bullies lying in wait for a child as a danger now, but not as a habit or in the past', () => {
    expect(categoryOf('他们在巷子口等我 说我出来就打死我')).toBe('physical')
    expect(urgencyOf('他们在巷子口等我 说我出来就打死我')).toBe('P1')
    expect(urgencyOf('他们经常在巷子口等我 说我出来就打死我')).toBe('P2')
    expect(urgencyOf('上周他们在巷子口等我 说我出来就打死我')).toBe('P2')
  })

  it('lets a possessive noun stand between touching and the body part', () => {
    expect(urgencyOf("a boy touched my friend's chest at the bus stop")).toBe('P1')
    expect(urgencyOf('he grabbed my little sisters butt')).toBe('P1')
    expect(categoryOf("he touched my friend's phone")).not.toBe('sexual')
  })
})

describe('self-harm told obliquely', () => {
  it('reads a farewell followed by silence, or by no longer troubling anyone, as self-harm', () => {
    expect(categoryOf('她昨晚发朋友圈说谢谢大家这些年的照顾 然后就不回消息了')).toBe('self_harm')
    expect(categoryOf('谢谢大家这些年的照顾 以后不会再麻烦大家了')).toBe('self_harm')
    expect(categoryOf('他不回消息 我们吵架了')).not.toBe('self_harm')
  })

  it('reads a life called a waste, or others happier without it, as self-harm, but not an insult', () => {
    expect(urgencyOf('我们班有个女生哭着说她活着就是浪费空气')).toBe('P1')
    expect(categoryOf('他们骂我活着就是浪费空气')).toBe('verbal')
    expect(categoryOf('everyone would be happier if i was gone')).toBe('self_harm')
    expect(categoryOf('if the bully was gone everyone would be happier')).not.toBe('self_harm')
  })

  it('lets words stand between a quantity and the pills', () => {
    expect(categoryOf('she took a bunch of her moms sleeping pills last night')).toBe('self_harm')
    expect(categoryOf('she took her sleeping pills as the doctor said')).not.toBe('self_harm')
  })
})

describe('families of phrasings', () => {
  it('takes clothes removed by force in Cantonese for sexual assault', () => {
    expect(urgencyOf('清泉中學 有人喺廁所除咗我褲')).toBe('P1')
    expect(categoryOf('除了我 大家都交了作业')).not.toBe('sexual')
  })

  it('takes food and things handed over on demand for extortion', () => {
    expect(categoryOf('有个高年级的每次都让我把早饭给他')).toBe('extortion')
    expect(categoryOf('他让我把作业给他看')).not.toBe('extortion')
  })

  it('reads a return promised for today as violence set for a near time', () => {
    expect(urgencyOf('昨天被扇了几巴掌 那几个人说今天还要找他')).toBe('P1')
    expect(urgencyOf('他说明天还要找我玩')).not.toBe('P1')
  })

  it('reads any bodily harm verb in a plan as a threat, not a deed', () => {
    expect(categoryOf('有个男生说要把我推下楼梯')).toBe('verbal')
    expect(urgencyOf('有个男生说要把我推下楼梯')).toBe('P2')
    expect(categoryOf('有个男生把我推下楼梯')).toBe('physical')
  })

  it('hears being told to get lost as an insult', () => {
    expect(categoryOf('有同学把我的作业撕了 还叫我滚')).toBe('verbal')
  })

  it('takes an injury for physical harm even when no blow is named', () => {
    expect(categoryOf('he came home with a bloody nose, older kids did it')).toBe('physical')
    expect(urgencyOf('he came home with a bloody nose, older kids did it')).toBe('P2')
    expect(categoryOf('孩子回来鼻青脸肿的')).toBe('physical')
  })

  it('takes an adult courting a child for sexual harassment', () => {
    expect(triage('a teacher keeps texting my sister saying shes pretty').category).toBe('sexual')
    expect(urgencyOf('a teacher keeps texting my sister saying shes pretty')).toBe('P2')
    expect(categoryOf('my friend keeps saying shes pretty')).not.toBe('sexual')
  })

  it("lifts anyone's skirt, not only hers", () => {
    expect(categoryOf('boys keep lifting girls skirts during recess')).toBe('sexual')
  })
})

describe('words written by their sound', () => {
  it('reads a knife written by its sound after a classifier', () => {
    expect(categoryOf('我们班有个人书包里有一把到 今天拿出来吓我们')).toBe('weapon')
    expect(categoryOf('我一把拿到了书包')).not.toBe('weapon')
  })

  it('reads cutting marks on any limb and an imagined absence as self-harm', () => {
    expect(categoryOf('发现我们班一个学生手腕上有刀割的痕迹')).toBe('self_harm')
    expect(categoryOf('她写的是如果我消失了你们会不会难过')).toBe('self_harm')
    expect(categoryOf('我今晚就走 不想再待在这个世界上了')).toBe('self_harm')
    expect(categoryOf('他们打我 胳膊上有好多淤青')).toBe('physical')
  })

  it('takes peeping in either word order, and dirty messages, for sexual harassment (P2)', () => {
    expect(categoryOf('有个男生说放学后要去厕所偷看女生')).toBe('sexual')
    expect(urgencyOf('有个男生说放学后要去厕所偷看女生')).toBe('P2')
    expect(urgencyOf('a boy keeps sending her dirty messages')).toBe('P2')
    // An assault planned for tonight is still P1.
    expect(urgencyOf('他们说今晚要去宿舍扒她裤子')).toBe('P1')
  })

  it('reads lock in any form and a taped mouth as physical', () => {
    expect(categoryOf('the boys lock him in the toilet almost every day')).toBe('physical')
    expect(urgencyOf('老师把我家孩子的嘴用胶带封起来了')).toBe('P2')
  })

  it('does not take "没人要我钱" for exclusion', () => {
    expect(categoryOf('我没被打 也没人要我钱 就是心里很难受')).toBe('other')
    expect(categoryOf('班上没人要我 分组都是剩下我')).toBe('relational')
  })

  it('hears bringing people along as a threat, set for a time as physical', () => {
    expect(urgencyOf('他们说如果我不去 明天就带人来学校找我')).toBe('P1')
    expect(categoryOf('他们说如果我不去 明天就带人来学校找我')).toBe('physical')
  })

  it('reads being cornered or not let go as now, unless it is a rule or a span told whole', () => {
    expect(urgencyOf('我被人堵在楼梯间了 他们不让我走')).toBe('P1')
    expect(urgencyOf('他们逼他喝厕所里的水 不喝就不让他走')).toBe('P2')
    expect(urgencyOf('他们把我锁在器材室里一整节课')).toBe('P2')
    expect(urgencyOf('我被人锁在仓库里一天了')).toBe('P1')
  })
})

describe('weapon slang and farewells', () => {
  it('knows weapon slang', () => {
    expect(urgencyOf('this kid said hes bringing a shank tmrw')).toBe('P1')
    expect(categoryOf('my friend has a switchblade in his bag')).toBe('weapon')
  })

  it('knows slang for beating up, in a plan set for a time', () => {
    expect(urgencyOf('有人说放学削我')).toBe('P1')
    expect(categoryOf('昨天他们削了我一顿')).toBe('physical')
    expect(categoryOf('他在削苹果')).not.toBe('physical')
  })

  it('hears settling scores as a threat', () => {
    expect(urgencyOf('有人说周末要去我家找我算账')).toBe('P1')
    expect(urgencyOf('有人说要找我算账')).toBe('P2')
  })

  it('reads a child saying they will go and die as self-harm, and being told to as an insult', () => {
    expect(categoryOf('我男朋友说如果我跟他分手他就去死')).toBe('self_harm')
    expect(categoryOf('他们叫我去死')).toBe('verbal')
  })

  it('does not take an injury narrowly escaped for one suffered', () => {
    expect(urgencyOf('有人把我的头按在水池里 我差点喘不过气')).toBe('P2')
    expect(urgencyOf('有人把我的头按在水池里 我喘不过气')).toBe('P1')
  })

  it('does not take the time a tip was told for the time harm is set', () => {
    expect(urgencyOf("she told me tonight that he'll hit her if she tells")).toBe('P2')
    expect(urgencyOf('孩子今天才跟我说 那个男生说要打他')).toBe('P2')
    expect(urgencyOf('he told me he will hit me tonight')).toBe('P1')
  })

  it('reads an adult kissing children as sexual, but not 母亲他们', () => {
    expect(categoryOf('小卖部老板老是摸那些小女孩的脸还亲她们')).toBe('sexual')
    expect(categoryOf('我母亲他们都不知道我被骂')).not.toBe('sexual')
  })

  it('reads being undressed by someone, in the passive, as assault', () => {
    expect(urgencyOf('我妹妹被几个男生脱了裤子')).toBe('P1')
  })

  it('reads threatening texts as cyber bullying with a threat', () => {
    expect(categoryOf('someone keeps texting my son saying they know where he lives')).toBe('cyber')
    expect(urgencyOf('someone keeps texting my son saying they know where he lives')).toBe('P2')
  })
})

describe('farewell letters', () => {
  it('reads farewell letters and "wont be a problem much longer" as self-harm', () => {
    expect(categoryOf('i wrote letters to my mom and my brother. i wont be a problem much longer')).toBe(
      'self_harm',
    )
    expect(categoryOf('我给爸妈写了信 以后你们就不会再麻烦了 我要离开这个世界')).toBe('self_harm')
    expect(categoryOf('the printer wont be a problem much longer, they are fixing it')).not.toBe('self_harm')
  })

  it('takes carers and guards for staff', () => {
    expect(categoryOf('有护工打我弟弟 身上都是淤青')).toBe('other')
    expect(urgencyOf('有护工打我弟弟 身上都是淤青')).toBe('P2')
  })

  it('does not read 反正在 as 正在', () => {
    expect(urgencyOf('反正在网吧门口打人')).toBe('P2')
    expect(urgencyOf('他们正在网吧门口打人')).toBe('P1')
  })

  it('throws things at us and them too', () => {
    expect(categoryOf('the big kids are throwing rocks at us')).toBe('physical')
  })

  it('hears insults written on a child’s things', () => {
    expect(categoryOf('有人把我的作业本撕了 还在上面写死字')).toBe('verbal')
  })

  it('reads harm feared from someone as a threat, but not a parent’s general worry', () => {
    expect(categoryOf('是我自己给的 因为怕他们打我')).not.toBe('physical')
    expect(urgencyOf('我担心他在学校被欺负 但他什么都不说')).toBe('P3')
  })
})

describe('pinyin danger words among characters', () => {
  it('reads a pinyin danger word written against Chinese characters, and only there', () => {
    expect(urgencyOf('他说要sha了我 放学后')).toBe('P1')
    expect(triage('他说要sha了我 放学后').reasons).toContain('read as pinyin: sha→杀')
    expect(categoryOf('zs算了 活着好累')).toBe('self_harm')
    expect(categoryOf('my sister si in grade 3')).not.toBe('self_harm')
  })

  it('repairs a sound-alike under any reading of a polyphonic character', () => {
    expect(categoryOf('我同桌说她想自刹')).toBe('self_harm')
  })

  it('reads weapon emoji as weapons', () => {
    expect(urgencyOf('有人书包里有🔪 还拿出来比划')).toBe('P1')
  })

  it('does not hear a threat in taking a child along to play, but does in the stranger holding her', () => {
    expect(categoryOf('有个陌生人在校门口拉着我妹妹的手不放 说要带她去玩')).toBe('other')
    expect(urgencyOf('有个陌生人在校门口拉着我妹妹的手不放 说要带她去玩')).toBe('P1')
    expect(urgencyOf('他扬言要带刀来')).toBe('P1')
  })

  it('lets an aspect particle stand between undressing and the clothes', () => {
    expect(urgencyOf('体育老师让他脱了衣服做俯卧撑')).toBe('P1')
  })

  it('does not take an insult threatened for a threat of harm', () => {
    expect(urgencyOf('他逼我给他抄答案 不然就骂我')).toBe('P3')
    expect(urgencyOf('他让我给他钱 不然就打我')).toBe('P2')
  })

  it('reads mocking in the passive and harsh words as verbal', () => {
    expect(categoryOf('有个同学天天被笑是矮冬瓜')).toBe('verbal')
    expect(categoryOf('他们没有把我怎么样 就是说了几句难听的')).toBe('verbal')
  })

  it('takes a child pulled into a vehicle for a child in danger', () => {
    expect(urgencyOf('有人看到我们班的女生被校外的人拉上车了')).toBe('P1')
    expect(categoryOf('有个大人把一个孩子拽上了一辆面包车 孩子在挣扎')).toBe('other')
  })

  it('drags any child, and a child heard screaming while hurt is P1', () => {
    expect(categoryOf('i saw 3 guys drag a kid into the bathroom')).toBe('physical')
    expect(urgencyOf('i saw 3 guys drag a kid into the bathroom and i heard him screaming')).toBe('P1')
    expect(urgencyOf('last week i saw 3 guys drag a kid into the bathroom and i heard him screaming')).toBe(
      'P2',
    )
  })

  it('does not read a now denied in its own words as harm going on', () => {
    expect(urgencyOf('他以前打过我 现在不打了 但是还是会骂我')).toBe('P2')
    expect(urgencyOf('他被关在器材室里 门锁上了 我打不开')).toBe('P1')
  })
})

describe('doing something to oneself', () => {
  it('reads doing something to oneself, and a child saying they cut, as self-harm', () => {
    expect(urgencyOf('i think my friend is going to do something to herself tonight')).toBe('P1')
    expect(categoryOf('我割了 血止不住')).toBe('self_harm')
    expect(categoryOf('我割了草 手上起泡了')).not.toBe('self_harm')
  })

  it('hears nobody ever picking a child as exclusion', () => {
    expect(categoryOf('nobody ever picks me for teams')).toBe('relational')
  })

  it('reads a harm with its plan said after it as set for the time', () => {
    expect(urgencyOf('theres a fight planned for friday after school behind the gym')).toBe('P1')
    expect(urgencyOf('there was a fight after school, it was awful')).toBe('P2')
  })

  it('knows Taiwan platforms and posting words', () => {
    expect(categoryOf('有人在Dcard上發文說我偷東西')).toBe('cyber')
    expect(urgencyOf('有人在Dcard上發文說我偷東西 還放了我的照片')).toBe('P2')
  })

  it('takes a Taiwan homeroom teacher for staff', () => {
    expect(categoryOf('我們班導一直體罰我們')).toBe('other')
  })

  it('reads Cantonese pressing to the ground and being made to eat off the floor as physical', () => {
    expect(categoryOf('佢話有人成日撳佢落地')).toBe('physical')
    expect(categoryOf('他们把我的饭倒在地上 让我捡起来吃')).toBe('physical')
    expect(categoryOf('妈妈让我吃完饭再写作业')).not.toBe('physical')
  })

  it('reads a fee demanded under coercion as extortion', () => {
    expect(categoryOf('宿舍有人逼我交生活费给他')).toBe('extortion')
  })

  it('does not take being shut out for being held now', () => {
    expect(urgencyOf('同学把我锁在教室外面 不让我进去上课')).toBe('P2')
    expect(urgencyOf('同学把我锁在教室里面 我出不去')).toBe('P1')
  })

  it('throws at and drags kids in general, and lets a teacher act across "at school"', () => {
    expect(categoryOf('the big boys throw stones at kids on the way home')).toBe('physical')
    expect(categoryOf('our maths teacher at yucai throws chalk at kids who get answers wrong')).toBe('other')
    expect(urgencyOf('our maths teacher at yucai throws chalk at kids who get answers wrong')).toBe('P2')
  })
})

describe('all is well now', () => {
  it('reads "all is well now" as the day’s earlier times being past', () => {
    expect(urgencyOf('今天上午体育课有人故意用球砸我头 现在没事了')).toBe('P2')
    expect(urgencyOf('今天有个男生说要打我 后来老师来了 他就走了 现在没事')).toBe('P2')
    // A time still to come is not made past by it.
    expect(urgencyOf('现在没事了 但是他们说今晚还要来打我')).toBe('P1')
    expect(urgencyOf('今天上午体育课有人故意用球砸我头 现在头好晕')).toBe('P1')
  })

  it('does not take being pulled into a chat group for being dragged', () => {
    expect(categoryOf('我被拉进了一个骂我的群')).toBe('cyber')
    expect(categoryOf('我被拉进了厕所')).toBe('physical')
  })

  it('reads a reported visit set for a time as a threat, unless friendly', () => {
    expect(urgencyOf('他们说今天放学要来找我')).toBe('P1')
    expect(urgencyOf('老师说今天放学要找我谈话')).toBe('P3')
  })

  it('reads "whoever tells gets hit" as a threat, also after 不敢', () => {
    expect(categoryOf('我不敢跟老师说 他们说谁告状就打谁')).toBe('verbal')
    expect(urgencyOf('我不敢跟老师说 他们说谁告状就打谁')).toBe('P2')
  })

  it('reads being stopped and asked for one’s things as extortion', () => {
    expect(categoryOf('有个初二的在校门口拦我 要我的手机 我没给')).toBe('extortion')
    expect(categoryOf('我要去吃饭了')).not.toBe('extortion')
  })
})

describe('comments on a body', () => {
  it('reads comments on a child’s body as sexual', () => {
    expect(categoryOf('几个男生围着说她胸大 还故意撞她')).toBe('sexual')
  })

  it('lets an aspect particle stand between touching and the pronoun', () => {
    expect(categoryOf('她被一个校外的男的强行亲了 还摸了她')).toBe('sexual')
    expect(urgencyOf('他在楼梯上摸了她')).toBe('P1')
  })

  it('counts weeks written as 周, but not this or last week', () => {
    expect(urgencyOf('寝室的人每天晚上都骂我 已经好几周了')).toBe('P2')
    expect(urgencyOf('上周有人骂我')).toBe('P3')
  })

  it('reads spreading to others as a rumour', () => {
    expect(categoryOf('他们说我是同性恋 到处跟别人说')).toBe('relational')
  })

  it('reads blackmail with private pictures as sexual', () => {
    expect(categoryOf('im being blackmailed by someone with my private pics')).toBe('sexual')
  })

  it('takes a cigarette butt for a burn only when it burns someone', () => {
    expect(categoryOf('有人在厕所吸烟 烟头扔在垃圾桶里')).not.toBe('physical')
    expect(categoryOf('他用烟头烫我的手')).toBe('physical')
  })

  it('lets a long modifier stand between posting and the screenshot, but not 放学 for posting', () => {
    expect(urgencyOf('有个女生在班群发我和我男朋友的聊天截图')).toBe('P2')
    expect(categoryOf('有个男的每天放学都在那里盯着女生看还拍照')).not.toBe('cyber')
  })

  it('reads harm done from a place right now as going on', () => {
    expect(urgencyOf('我在厕所 他们在外面踹门')).toBe('P1')
    expect(urgencyOf('昨天我在厕所 他们在外面踹门')).toBe('P2')
  })

  it('reads self-harm words put to a child by others as an insult', () => {
    expect(categoryOf('someone keeps leaving notes in my locker saying i should kill myself')).toBe('verbal')
    expect(categoryOf('my friend said she wants to kill herself')).toBe('self_harm')
  })
})

describe('a stranger taking a child away', () => {
  it('takes a stranger taking a child away, by any verb of taking, for a child in danger', () => {
    expect(urgencyOf('有个叔叔在校门口说是我爸爸的朋友 要接我走')).toBe('P1')
  })

  it('calls any child names', () => {
    expect(categoryOf('ppl call my son names bc hes adopted')).toBe('verbal')
  })

  it('takes a broken bone for an injury that needs help, unless told as past', () => {
    expect(urgencyOf('有个男生被同学从楼梯上推下去 腿摔断了')).toBe('P1')
    expect(urgencyOf('上学期有个男生被同学从楼梯上推下去 腿摔断了')).toBe('P2')
  })

  it('hears a dare to come and fight, set for a time, as violence set for it', () => {
    expect(urgencyOf('他们说周五放学在后山见 不来就是怂')).toBe('P1')
  })

  it('does not take a habit for harm going on now', () => {
    expect(urgencyOf('一中门口的网吧 老是有学生在里面打架')).toBe('P2')
  })

  it('does not take being kicked out of a group for a kick', () => {
    expect(categoryOf('全班的群都把我踢出去了')).toBe('cyber')
    expect(categoryOf('他踢出血了')).toBe('physical')
  })

  it('reads a reported visit with 就 as a threat', () => {
    expect(urgencyOf('马上要下课了 他们说下课就来厕所找我')).toBe('P1')
  })

  it('reads compensation demanded as extortion', () => {
    expect(categoryOf('我把同学的东西弄坏了 他让我赔五百块')).toBe('extortion')
  })

  it('reads remarks on girls’ clothing as sexual, and a shirt lifted as assault', () => {
    expect(categoryOf('有个老师上课经常说女生穿得太少')).toBe('sexual')
    expect(urgencyOf('男生把一个女生堵在墙角 掀她衣服')).toBe('P1')
    expect(urgencyOf('男生老掀女生裙子')).toBe('P2')
  })

  it('reads the whole school knowing as a rumour spread', () => {
    expect(categoryOf('有人说我是杀人犯的女儿 全校都知道了')).toBe('relational')
  })
})

describe('cornering done and cornering promised', () => {
  it('reads cornering told as a deed as physical, and only a cornering promised as a threat', () => {
    expect(categoryOf('这周他们每天都在路上堵我 今天又来了 我跑掉了')).toBe('physical')
    expect(categoryOf('他说要堵我')).toBe('verbal')
  })

  it('counts pills by number', () => {
    expect(urgencyOf('idk who else to tell. i took 20 of my moms pills')).toBe('P1')
  })

  it('locks any child in', () => {
    expect(urgencyOf('a teacher locked my son in a dark room as punishment')).toBe('P2')
    expect(categoryOf('a teacher locked my son in a dark room as punishment')).toBe('other')
  })

  it('reads telling on someone as the condition of a threat', () => {
    expect(categoryOf('同学抢了我的耳机 还说我告状就打我')).toBe('extortion')
  })

  it('dates an injury by a date anywhere, by other past words only before it', () => {
    expect(urgencyOf('我同学在教室里晕倒了 之前被人打过头')).toBe('P1')
    expect(urgencyOf('他被打进医院 肋骨断了 是上个月的事')).toBe('P2')
  })

  it('hears "do something to her" as a threat, and more names children are called', () => {
    expect(urgencyOf('theyre gonna do something to her after school')).toBe('P1')
    expect(categoryOf('一个男生总说我长得像男的 叫我人妖')).toBe('verbal')
  })
})

describe('exclusion and telling everyone', () => {
  it('reads exclusion of any child and telling everyone as relational', () => {
    expect(
      categoryOf('a group of girls wont let my daughter sit with them and tell everyone shes weird'),
    ).toBe('relational')
  })

  it('reads a picture put up of someone as spread', () => {
    expect(urgencyOf('有人在IG限動放我的醜照 還標記全班')).toBe('P2')
  })

  it('reads wanting everything to stop, with the means at hand, as self-harm', () => {
    expect(urgencyOf('i just want everything to stop. i have the pills ready')).toBe('P1')
    expect(categoryOf('i want the noise to stop')).not.toBe('self_harm')
  })

  it('reads an adult demanding a massage, and a skirt lifted across a long object, as sexual', () => {
    expect(categoryOf('有个老师经常让女生帮他按摩')).toBe('sexual')
    expect(categoryOf('高年级的男生掀了我妹妹的裙子')).toBe('sexual')
  })

  it('reads a spiked drink as physical', () => {
    expect(categoryOf('i think someone spiked my drink at lunch')).toBe('physical')
  })

  it('hears "let him taste it" as a threat', () => {
    expect(urgencyOf('我们宿舍的人说今晚要让我尝尝厉害')).toBe('P1')
  })

  it('reads a child lured with money as a child in danger', () => {
    expect(urgencyOf('a man offered my son money to go to his house')).toBe('P1')
  })
})

describe('a scene reported as it is', () => {
  it('reads an unnamed actor at a place doing harm as violence going on now', () => {
    expect(urgencyOf('1002 有人在食堂后面打人')).toBe('P1')
    expect(urgencyOf('有一群男生在车棚踹一个初一的')).toBe('P1')
    expect(urgencyOf('有人在宿舍扇他耳光', 'voice')).toBe('P1')
    expect(urgencyOf('someone is beating a boy near the bus stop')).toBe('P1')
    expect(categoryOf('someone is beating a boy near the bus stop')).toBe('physical')
  })

  it('keeps a scene that is past, habitual, done or a description at P2', () => {
    expect(urgencyOf('上周有人在食堂后面打人')).toBe('P2')
    expect(urgencyOf('老是有人在食堂后面打人')).toBe('P2')
    expect(urgencyOf('有人在食堂后面打人 天天这样')).toBe('P2')
    expect(urgencyOf('有人在食堂后面打了他一顿')).toBe('P2')
    expect(urgencyOf('几个人在车棚打一个小孩 打完就跑了')).toBe('P2')
    expect(urgencyOf('他就是在食堂后面打人的那个')).toBe('P2')
  })

  it('reads a child hurt at a place as it is told as P1, but not a habit or a denied scene', () => {
    expect(urgencyOf('有人在食堂后面打我')).toBe('P1')
    expect(urgencyOf('他在学校天天打我')).toBe('P2')
    expect(urgencyOf('他们在学校天天打我')).toBe('P2')
    expect(urgencyOf('车棚那边没人在打架')).toBe('P3')
  })
})

describe('followed or waited for by bullies', () => {
  it('is a threat to the child (P2) when no time is set, category other without violence', () => {
    expect(urgencyOf('有几个初三的跟踪我回家')).toBe('P2')
    expect(categoryOf('有几个初三的跟踪我回家')).toBe('other')
    expect(urgencyOf('那个男生每天都跟着我到家')).toBe('P2')
    expect(urgencyOf('高年级的老是在我家门口堵我', 'voice')).toBe('P2')
    expect(categoryOf('高年级的天天在我家门口等我')).toBe('other')
    expect(urgencyOf('some older boys follow my son home most days')).toBe('P2')
    expect(urgencyOf('they keep hanging around outside my house at night')).toBe('P2')
  })

  it('is physical when the followers threaten violence', () => {
    expect(categoryOf('they follow me home and say they will beat me up')).toBe('physical')
    expect(categoryOf('那几个人跟踪我回家 说要揍我')).toBe('physical')
  })

  it('is P1 when it goes on now or is set for a near time', () => {
    expect(urgencyOf('那几个人现在在我家楼下 我不敢出门')).toBe('P1')
    expect(urgencyOf('he is following me home right now')).toBe('P1')
    expect(urgencyOf('他们说今晚要跟着我回家')).toBe('P1')
    expect(categoryOf('他们说今晚要跟着我回家')).toBe('physical')
  })

  it('is not a danger when denied, and a general worry stays routine', () => {
    expect(urgencyOf('他们今天没跟踪我回家')).toBe('P3')
    expect(urgencyOf('i dont feel safe at school anymore')).toBe('P3')
    expect(urgencyOf('they followed me on tiktok and left mean comments')).toBe('P3')
  })
})

describe('a fight called out as it starts', () => {
  it('reads a fight breaking out, an exclamation or a repeated alarm as now', () => {
    expect(urgencyOf('1003 篮球场那边打起来了')).toBe('P1')
    expect(urgencyOf('门口动手了！')).toBe('P1')
    expect(urgencyOf('1003 打人了打人了 好几个', 'voice')).toBe('P1')
    expect(urgencyOf('kid getting beat up behind the canteen')).toBe('P1')
    expect(urgencyOf('my friend is being kicked by 3 guys')).toBe('P1')
  })

  it('leaves the past, a fear and a state where they were', () => {
    expect(urgencyOf('上个月他们在篮球场打起来了')).toBe('P2')
    expect(urgencyOf('im afraid of getting kicked again')).not.toBe('P1')
    expect(urgencyOf('he is being bullied by his class')).not.toBe('P1')
  })
})

describe('news of a fight now', () => {
  it('hears a fight announced of someone unnamed as news of now, not a story told of one', () => {
    expect(urgencyOf('1003 有人打人了')).toBe('P1')
    expect(urgencyOf('食堂门口有几个人在打架了')).toBe('P1')
    expect(urgencyOf('昨天有人打人了 在食堂门口')).toBe('P2')
    expect(urgencyOf('他打人了 被老师叫去办公室')).toBe('P2')
  })

  it('reads slang for a fight as physical', () => {
    expect(categoryOf('初二的两个班在车棚干起来了')).toBe('physical')
    expect(urgencyOf('初二的两个班在车棚干起来了')).toBe('P1')
    expect(categoryOf('上周他们跟三中的干了一架')).toBe('physical')
    expect(categoryOf('some older kids rolled my cousin at the bus stop')).toBe('physical')
    expect(categoryOf('he got roughed up in the changing room last week')).toBe('physical')
    expect(categoryOf('a boy in year 6 pushes my daughter off the swings')).toBe('physical')
    expect(categoryOf('she rolled her eyes at me in class')).not.toBe('physical')
  })

  it('hears a threat with a place between the intent and the harm', () => {
    expect(categoryOf('他们说明天要在车站弄我')).toBe('physical')
    expect(urgencyOf('他们说明天要在车站弄我')).toBe('P1')
    expect(urgencyOf('初三的说要去网吧堵他')).toBe('P2')
    expect(categoryOf('他说要去食堂打饭')).toBe('other')
  })

  it('takes a harm asked about in a condition as a question, unless the question says it happened', () => {
    expect(categoryOf('what would a parent do if another kid hits their child')).toBe('other')
    expect(urgencyOf('如果有人在厕所打我 我应该怎么办')).toBe('P3')
    expect(categoryOf('what should i do if they hit him again')).toBe('physical')
    expect(categoryOf('如果他们明天又打我怎么办')).toBe('physical')
    expect(categoryOf('what should i do if my friend wants to kill herself')).toBe('self_harm')
    expect(categoryOf('is it bullying if a kid pushes my son every day')).toBe('physical')
  })

  it('reads a worthless life said of the child by someone else as an insult, the child’s own as self-harm', () => {
    expect(categoryOf('班主任骂我是废物 说我拖累全班')).toBe('verbal')
    expect(categoryOf('my stepdad calls me a burden every day')).toBe('verbal')
    expect(categoryOf('她说她是大家的负担 不想活了')).toBe('self_harm')
    expect(categoryOf('我就是家里的累赘 不如消失')).toBe('self_harm')
  })

  it('reads a child taken towards a car by a stranger as a child in danger', () => {
    expect(urgencyOf('校门口有个不认识的女的牵着一个一年级的小孩走了')).toBe('P1')
    expect(urgencyOf('有个男的把她往面包车里拽')).toBe('P1')
    expect(urgencyOf('叔叔骑车带我去上学')).toBe('P3')
  })

  it('reads an amount to be handed over as extortion, and a condition as no denial', () => {
    expect(categoryOf('they want 30 from me by friday or they post my pics')).toBe('extortion')
    expect(categoryOf('he says if i dont pay him 20 hell tell everyone')).toBe('extortion')
    expect(categoryOf('i didnt pay him 20 he just asked')).not.toBe('extortion')
  })

  it('reads everyone but the child as exclusion', () => {
    expect(categoryOf('她请了全班去她家玩 除了我')).toBe('relational')
    expect(categoryOf('除了他大家都收到了邀请')).toBe('relational')
    expect(categoryOf('they invited everyone except my son')).toBe('relational')
    expect(categoryOf('除了我没人知道这件事')).toBe('other')
  })

  it('reads a pause in a transcript as no end of a clause for a video spread', () => {
    expect(urgencyOf('他们 拍了视频 发到 快手上 骂他', 'voice')).toBe('P2')
  })

  it('gives staff the conduct when they pull, twist or pinch a child', () => {
    expect(categoryOf('体育老师经常揪学生耳朵')).toBe('other')
    expect(categoryOf('班主任总是拧我的胳膊')).toBe('other')
  })
})

describe('voice transcripts', () => {
  it('reads a transcript’s pauses between Chinese words as no clause break', () => {
    expect(triage('他 这几天 老是 说 活着 没意思', 'voice').category).toBe('self_harm')
    expect(triage('他们 没有 打我 就是 骂我', 'voice').category).toBe('verbal')
    expect(categoryOf('他们没打我骂我了')).toBe('verbal')
    expect(categoryOf('他没对我动手')).toBe('other')
    expect(categoryOf('他们没有把我关起来')).toBe('other')
  })

  it('reads one’s own things given away as a farewell', () => {
    expect(categoryOf('她把她的耳机和书都送给我了 说以后不会再烦我们了')).toBe('self_harm')
    expect(categoryOf('他把他的旧书送给我了')).toBe('other')
  })

  it('asks what the point is as hopelessness', () => {
    expect(categoryOf('i want to disappear. whats the point anyway')).toBe('self_harm')
  })

  it('reads a photo posted, edited or said to be P’d as spread', () => {
    expect(urgencyOf('有人在限动po她的照片 还配了很难听的字')).toBe('P2')
    expect(urgencyOf('群里都在传 我的照片被p了')).toBe('P2')
    expect(urgencyOf('佢哋改咗我張相 放喺群度')).toBe('P2')
    expect(urgencyOf('群里有人骂我')).toBe('P3')
  })

  it('reads a touch under clothes as assault, and pushed down in Cantonese as physical', () => {
    expect(urgencyOf('a boy touched her under her shirt at recess')).toBe('P1')
    expect(categoryOf('佢哋將我推落樓梯')).toBe('physical')
  })

  it('reads a lighter or cigarette used on a child as physical, a lighter alone as nothing', () => {
    expect(categoryOf('有人用打火机烧了他的手')).toBe('physical')
    expect(categoryOf('他书包里有个打火机')).toBe('other')
  })

  it('takes a child now at home as out of the danger of the day', () => {
    expect(urgencyOf('今天被推下楼梯 腿肿了 现在在家')).toBe('P2')
    expect(urgencyOf('今天被推下楼梯 腿肿了 现在在医院')).toBe('P1')
    expect(urgencyOf('他们现在在我家楼下 说要打我')).toBe('P1')
  })

  it('reads a consequence told of weeks of bullying as done, a quoted one as a threat', () => {
    expect(categoryOf('他逼我给他写作业 不写就打我 已经两个月了')).toBe('physical')
    expect(categoryOf('他逼我给他写作业 说不写就打我 已经两个月了')).not.toBe('physical')
    expect(categoryOf('他逼我给他写作业 不写就打我')).not.toBe('physical')
  })
})

describe('pills and high places', () => {
  it('counts pills with a filler, and jumping from any high place', () => {
    expect(categoryOf('took like 12 of my dads pills')).toBe('self_harm')
    expect(categoryOf('she keeps talking about jumping from the school roof')).toBe('self_harm')
    expect(categoryOf('he jumped off the swing and hurt his knee')).not.toBe('self_harm')
  })

  it('reads text speak ("4 me", "they r", "u")', () => {
    expect(urgencyOf('they r waiting 4 me by the bus stop rn')).toBe('P1')
    expect(categoryOf('u r so ugly')).toBe('verbal')
  })

  it('reads things given away and a child who stopped eating as signs of self-harm together', () => {
    expect(categoryOf('he stopped eating and is giving his things away')).toBe('self_harm')
    expect(categoryOf('he stopped eating since the fight')).not.toBe('self_harm')
  })

  it('keeps a self-harm word inside a quoted insult as the insult', () => {
    expect(categoryOf('they wrote that she should just die and that no one would miss her')).toBe('verbal')
    expect(categoryOf('she told me she wants to die and no one would miss her')).toBe('self_harm')
  })

  it('reads a child shut away and not answering as a child unreachable', () => {
    expect(urgencyOf('he locked himself in his room an hour ago and wont answer')).toBe('P1')
    expect(urgencyOf('被骂完以后她把自己锁在厕所里 叫也不开门')).toBe('P1')
    expect(urgencyOf('他把自己的门锁好了')).toBe('P3')
  })

  it('reads grooming, obscene pictures said as 那种图 and exposure said as 那个 as sexual', () => {
    expect(categoryOf('a tutor is grooming my niece')).toBe('sexual')
    expect(categoryOf('有人把她的照片p成那种图')).toBe('sexual')
    expect(urgencyOf('门口有个男的露那个给小孩看')).toBe('P2')
  })

  it('reads idioms of being carried out and lessons taught as threats', () => {
    expect(urgencyOf('他说明天让我站着进来躺着出去')).toBe('P1')
    expect(categoryOf('他说要教我做人')).toBe('verbal')
    expect(urgencyOf('他们说今晚熄灯后要给我上一课')).toBe('P1')
    expect(urgencyOf('明天数学老师要给我上课')).toBe('P3')
  })

  it('reads a visit promised tonight as a threat set for a time, a friendly one as nothing', () => {
    expect(urgencyOf('有人说晚上去我家找我')).toBe('P1')
    expect(urgencyOf('他说晚上来找我玩')).toBe('P3')
  })

  it('reads an unknown adult offering to take a child somewhere as a child in danger, going shopping as no demand', () => {
    expect(urgencyOf('有个不认识的男的说带她去吃东西')).toBe('P1')
    expect(categoryOf('妈妈带我去买零食')).toBe('other')
    expect(categoryOf('他逼我给他买零食')).toBe('extortion')
  })

  it('reads a song made to mock and the body called dirty as verbal', () => {
    expect(categoryOf('they made up a song about my son and sing it in class')).toBe('verbal')
    expect(categoryOf('他们编了首歌骂我')).toBe('verbal')
    expect(categoryOf('同桌天天说我很臭')).toBe('verbal')
  })

  it('reads messages sent to anyone as online', () => {
    expect(categoryOf('a boy keeps sending her mean messages at night')).toBe('cyber')
  })
})

describe('words typed a space apart', () => {
  it('reads a message typed a word at a time as one clause, as a transcript is', () => {
    expect(urgencyOf('今晚 宿舍 他们说 熄灯后 要 给我 上一课')).toBe('P1')
    expect(categoryOf('他 说 活着 没 意思')).toBe('self_harm')
    expect(categoryOf('一中 今天 没人 欺负我')).toBe('other')
  })
})

describe('quarrels and fights', () => {
  it('reads a quarrel as no fight, and a fight still as one', () => {
    expect(categoryOf('had a big fight with my best friend and now she ignores me')).toBe('relational')
    expect(categoryOf('my son got into a fight with two boys at lunch')).toBe('physical')
  })

  it('reads pinning down and sitting on a child as physical, a denied blow as no denial of them', () => {
    expect(categoryOf('nobody hit him but they pinned him down on the field')).toBe('physical')
    expect(categoryOf('they sat on my little brother until he cried')).toBe('physical')
  })

  it('reads wanting to jump down as self-harm', () => {
    expect(categoryOf('她说想跳下去')).toBe('self_harm')
  })

  it('takes next Monday as far and this Monday as near', () => {
    expect(urgencyOf('他们说下周一在群里揭发我 让我等着')).toBe('P2')
    expect(urgencyOf('他们说周一放学让我等着')).toBe('P1')
    expect(urgencyOf('他说晚上放学以后找人打他')).toBe('P1')
  })

  it('reads what happens once a condition is met as a habit, a quoted one as a threat', () => {
    expect(categoryOf('我爸喝醉了会打我')).toBe('physical')
    expect(categoryOf('他说输了会打我')).toBe('verbal')
  })

  it('reads a home visit promised for tonight as a threat set for a time', () => {
    expect(urgencyOf('有人把他地址发出来了 说今晚去他家')).toBe('P1')
    expect(urgencyOf('她说今晚去我家吃饭')).toBe('P3')
  })

  it('gives staff the conduct of the past, with their school named', () => {
    expect(categoryOf('a teacher at qinghe no 2 primary used to hit kids with a ruler')).toBe('other')
  })

  it('reads a school’s confessions page as online', () => {
    expect(categoryOf('they post stuff about me on the confessions page')).toBe('cyber')
  })
})

describe('staff told of and staff who act', () => {
  it('takes staff told of as the one told, not the one who acts', () => {
    expect(categoryOf('他说我再告诉老师就揍我')).toBe('verbal')
    expect(categoryOf('被老师关进小黑屋')).toBe('other')
    expect(urgencyOf('被老师关进小黑屋')).toBe('P2')
  })

  it('reads rather being dead as self-harm', () => {
    expect(categoryOf('she said shed rather be dead than go back')).toBe('self_harm')
    expect(categoryOf('我宁愿死也不想去学校')).toBe('self_harm')
  })

  it('reads a child touched at night or in bed as assault', () => {
    expect(urgencyOf('her stepbrother touches her at night')).toBe('P1')
    expect(urgencyOf('he touches me on the shoulder to get my attention')).not.toBe('P1')
  })

  it('reads a fight said alone as news of now', () => {
    expect(urgencyOf('打架了 操场 好多人')).toBe('P1')
    expect(urgencyOf('他们上周打架了')).toBe('P2')
  })

  it('reads a cut lip, a head covering pulled off and hair cut as physical', () => {
    expect(categoryOf('my son came home with a cut lip')).toBe('physical')
    expect(categoryOf('a boy pulled her headscarf off in the corridor')).toBe('physical')
  })

  it('reads others telling a child to die as an insult', () => {
    expect(categoryOf('they keep telling me to unalive myself')).toBe('verbal')
    expect(categoryOf('my friend keeps telling me she wants to unalive herself')).toBe('self_harm')
  })

  it('asks a conditional question about a harm as a question, unless it is told as done', () => {
    expect(urgencyOf('如果有人打我 可以报警吗')).toBe('P3')
    expect(categoryOf('如果被同学打了可以报警吗')).toBe('physical')
  })

  it('reads a "now" of the child’s state as no violence now, and a habit only in its own clause', () => {
    expect(urgencyOf('天天逼她吃减肥药 她现在瘦得不成样子了')).toBe('P2')
    expect(urgencyOf('他们天天打我 现在又在打')).toBe('P1')
    expect(urgencyOf('老是有学生在里面打架')).toBe('P2')
  })
})

describe('pinyin runs and pain said alone', () => {
  it('reads a run of pinyin in a Chinese tip as Chinese, and pain said alone as now', () => {
    const tip = triage('ta men you da wo le 好疼')
    expect(tip.language).toBe('zh-Hans')
    expect(tip.category).toBe('physical')
    expect(tip.urgency).toBe('P1')
    expect(triage('我们班 douyin 上有人骂我').language).toBe('zh-Hans')
    expect(triage('they hit me at lunch it hurts so bad').urgency).toBe('P1')
  })

  it('reads being kicked out of a group chat as no kick', () => {
    expect(categoryOf('我被踢出班级群了')).toBe('cyber')
  })

  it('reads a child’s photo used for a fake account as spread', () => {
    expect(urgencyOf('有人用我的照片开了个小号')).toBe('P2')
    expect(urgencyOf('someone is using my pics for a fake account')).toBe('P2')
  })

  it('hears a passive threat set after this class, and "youre next", as threats', () => {
    expect(urgencyOf('im gonna get jumped after this class')).toBe('P1')
    expect(urgencyOf('someone left a note saying ur next')).toBe('P2')
    expect(urgencyOf('youre next in line for the computer')).toBe('P3')
  })

  it('reads a child entered on at night and a slap on the bottom as assault, a face touched as harassment', () => {
    expect(urgencyOf('my cousin comes into my room at night')).toBe('P1')
    expect(urgencyOf('他晚上会进我房间')).toBe('P1')
    expect(urgencyOf('体育老师拍女生屁股')).toBe('P1')
    expect(urgencyOf('有个老头摸她们的脸')).toBe('P2')
  })

  it('reads razors found with arms kept covered as self-harm', () => {
    expect(categoryOf('found blades in her room and she always wears long sleeves')).toBe('self_harm')
    expect(categoryOf('he always wears long sleeves')).toBe('other')
  })

  it('reads a raid planned on younger pupils, rope marks and forced drinking as physical', () => {
    expect(urgencyOf('the older boys are planning to rush the 6th graders tomorrow')).toBe('P1')
    expect(categoryOf('he came back with rope marks on his wrists')).toBe('physical')
    expect(categoryOf('被几个人逼着喝了厕所的水')).toBe('physical')
    expect(categoryOf('偶尔会被同学推一下')).toBe('physical')
  })

  it('hears "要搞我" as a threat and a van following children as being followed', () => {
    expect(urgencyOf('今晚有人要搞我')).toBe('P1')
    expect(urgencyOf('放学路上有辆车一直跟着我们')).toBe('P2')
  })

  it('dates a threat told today by the telling, not by the harm', () => {
    expect(urgencyOf('a kid said it to my son today that he will kill him')).toBe('P2')
  })

  it('reads a pinyin tip with a possessive', () => {
    expect(categoryOf('you ren yao wo de qian')).toBe('extortion')
  })

  it('reads a written "they hate me" as an insult', () => {
    expect(categoryOf('they wrote that they hate me on my desk')).toBe('verbal')
  })
})

describe('the lexicon', () => {
  it('has no pattern that matches nothing at all (an empty alternative would match every tip)', () => {
    const empty: string[] = []
    const check = (name: string, value: unknown) => {
      if (value instanceof RegExp) {
        if (new RegExp(value.source, value.flags.replace('g', '')).test('')) empty.push(name)
      } else if (Array.isArray(value)) value.forEach((v, i) => check(`${name}[${i}]`, v))
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) check(`${name}.${k}`, v)
    }
    for (const [name, value] of Object.entries(lexicon)) check(name, value)
    expect(empty).toEqual([])
  })
})

describe('clock times, periods and the way home', () => {
  it('reads clock times, periods, the end of the day and the way home as near times', () => {
    expect(urgencyOf('theyre gonna fight him at 3 behind the gym')).toBe('P1')
    expect(urgencyOf('after 6th period they said theyd jump me')).toBe('P1')
    expect(urgencyOf('when school lets out theyre gonna be waiting for my brother')).toBe('P1')
    expect(urgencyOf('他们说下午三点在后门等我')).toBe('P1')
    expect(urgencyOf('my son is in class with 3 kids who hit him')).toBe('P2')
  })

  it('reads a time said as a clause of what was said as the threat’s time', () => {
    expect(urgencyOf('they said when i get off the bus they will be there')).toBe('P1')
  })

  it('reads a last message with an apology to a parent as a farewell', () => {
    expect(categoryOf('im done. this is my last text. tell my mom im sorry')).toBe('self_harm')
    expect(categoryOf('im done with my homework, tell my mom im sorry i was late')).not.toBe('self_harm')
  })

  it('reads a child pinned down and kissed as assault', () => {
    expect(urgencyOf('她被男生按在墙上亲')).toBe('P1')
  })

  it('reads a child filmed and put on a story as spread', () => {
    expect(urgencyOf('they filmed him crying and put it on their story')).toBe('P2')
  })

  it('hears "make him disappear" as a threat', () => {
    expect(categoryOf('they said theyll make him disappear')).toBe('verbal')
    expect(categoryOf('他说要让你消失')).toBe('verbal')
  })
})

describe('dozing, signing and other words that are no blow', () => {
  it('reads dozing and signing as no blow', () => {
    expect(categoryOf('上课打瞌睡被同学拍了照片做成表情包')).toBe('cyber')
    expect(categoryOf('同学老是模仿她打手语')).toBe('verbal')
  })

  it('reads a child chased now, a door locked from outside and an hour locked in as now', () => {
    expect(urgencyOf('救我 他们在追我')).toBe('P1')
    expect(urgencyOf('厕所门被他们从外面锁了 已经过了一节课了')).toBe('P1')
    expect(categoryOf('qqq 他们又骂我')).toBe('verbal')
  })

  it('reads a wrist covered in blood as self-harm', () => {
    expect(categoryOf('她发了张手腕上全是血的照片')).toBe('self_harm')
  })

  it('reads money to be got ready as extortion', () => {
    expect(categoryOf('他们说晚上来宿舍 让我们把钱准备好')).toBe('extortion')
  })

  it('reads bullies come back to a place as waiting for the child now, an earlier report as no date', () => {
    expect(urgencyOf('上次说的那几个人 他们又来了 在校门口')).toBe('P1')
    expect(urgencyOf('上次他们在校门口堵我')).toBe('P2')
  })

  it('reads the child’s own photo in a toilet as sexual, a video of a child locked in one as not', () => {
    expect(categoryOf('他说要把我在厕所的照片发出去')).toBe('sexual')
    expect(categoryOf('有人把我被关在厕所里的视频发到群里')).toBe('physical')
  })

  it('reads insults of the 死X kind and being called mean as verbal', () => {
    expect(categoryOf("被人叫'死胖子'")).toBe('verbal')
    expect(categoryOf('不给抄作业就说我小气')).toBe('verbal')
  })
})

describe('toy guns and guns', () => {
  it('reads a glue gun as no gun, a gun as one', () => {
    expect(categoryOf('a boy burned my hand with a glue gun on purpose')).toBe('physical')
    expect(categoryOf('a boy brought a gun to school')).toBe('weapon')
  })

  it('reads finding someone to talk to as no threat, finding people to beat someone as one', () => {
    expect(urgencyOf('明天考试 我好紧张 就想找人说说')).toBe('P3')
    expect(categoryOf('他说要找人打我')).toBe('verbal')
  })

  it('reads life asked what it is for, and someone on a roof who will not come down, as self-harm', () => {
    expect(categoryOf('她说不知道活着是为了什么')).toBe('self_harm')
    expect(categoryOf('一个人在天台上 不想下去了')).toBe('self_harm')
    expect(categoryOf('hes on the roof of the gym and wont come down')).toBe('self_harm')
  })

  it('reads a parent who does not know where the child is as a child unreachable', () => {
    expect(urgencyOf('saw a video of my son being hit, i dont know where he is')).toBe('P1')
  })

  it('reads a friend now at the tipster’s home as out of the danger', () => {
    expect(urgencyOf('她被后妈打了 现在在我家')).toBe('P2')
  })

  it('reads "whoever plays with me is a traitor" as exclusion', () => {
    expect(categoryOf('他说谁和我玩谁就是叛徒')).toBe('relational')
  })

  it('reads a child put in a bin or cornered as physical, cornered and robbed as extortion', () => {
    expect(categoryOf('they put my sister in a trash can')).toBe('physical')
    expect(categoryOf('the older boys corner the little kids in the toilets')).toBe('physical')
    expect(categoryOf('they cornered him after school and took his phone')).toBe('extortion')
  })

  it('reads a hanger used to hit as a weapon, a threat further off by more words, and staff choking', () => {
    expect(categoryOf('有人用衣架打人')).toBe('weapon')
    expect(categoryOf('他们说下次再看到我跟她说话就揍我')).toBe('verbal')
    expect(categoryOf('a teacher at qinghe no 3 middle choked him')).toBe('other')
  })

  it('reads a threat to expose the child as a threat of no violence', () => {
    expect(urgencyOf('他说放学以后要我去他家 不去就把我的事告诉全班')).toBe('P2')
    expect(categoryOf('他说放学以后要我去他家 不去就把我的事告诉全班')).toBe('verbal')
  })
})

describe('pills stored up and last days', () => {
  it('reads pills stored up, a last day with thanks, "dont look for me" and wanting to jump as self-harm', () => {
    expect(categoryOf('我把药都攒好了')).toBe('self_harm')
    expect(categoryOf('明天就是我的最后一天了 谢谢你们')).toBe('self_harm')
    expect(categoryOf('明天是我在这个学校的最后一天')).toBe('other')
    expect(categoryOf('if im not at school tomorrow dont look for me')).toBe('self_harm')
    expect(categoryOf('我在江边 好想就这样跳下去')).toBe('self_harm')
    expect(categoryOf('how many of my sleeping pills would it take')).toBe('self_harm')
    expect(categoryOf('i just want the pain to stop. forever')).toBe('self_harm')
  })

  it('reads a photo of the body asked for as harassment, not a slap', () => {
    expect(urgencyOf('有个男的让我拍胸部的照片给他')).toBe('P2')
    expect(categoryOf('有个男的让我拍胸部的照片给他')).toBe('sexual')
  })

  it('reads bodies rated and a child examined alone as sexual', () => {
    expect(categoryOf('the boys rate the girls bodies out of 10')).toBe('sexual')
    expect(urgencyOf('体育老师让女生一个一个留下来单独检查身体')).toBe('P1')
  })

  it('dates a threat by the past date closest to it, and takes "today nothing happened" as all clear', () => {
    expect(urgencyOf('the kid who threatened me last week is back at school today')).toBe('P2')
    expect(urgencyOf('昨天有人说要打我 今天没事')).toBe('P2')
    expect(urgencyOf('他们说今天放学要打我')).toBe('P1')
  })

  it('hears "有你好看" as a threat and what follows 如果…就 as its consequence, not now', () => {
    expect(urgencyOf('明天别来学校了 不然有你好看的')).toBe('P1')
    expect(urgencyOf('他们说如果我还去告老师 就在回家路上堵我')).toBe('P2')
  })

  it('reads "又在" with a harm as going on now', () => {
    expect(urgencyOf('他们又在厕所打那个小孩了')).toBe('P1')
  })
})

describe('a child held, then a story told after', () => {
  it('reads a child held, then a story of finished deeds, as told after the fact', () => {
    expect(urgencyOf('放学的时候他们把我堵在车棚 抢了我二十块 还踢了我两脚')).toBe('P2')
    expect(urgencyOf('他们把我堵在车棚 我出不来')).toBe('P1')
  })

  it('takes exclusion the child reports as exclusion, and quoted only when others say it', () => {
    expect(categoryOf('my daughter says nobody wants to be her partner in pe')).toBe('relational')
    expect(categoryOf('they keep saying nobody likes me')).not.toBe('relational')
  })

  it('reads laughter after a humiliation, and staff calling a child worthless, as verbal', () => {
    expect(categoryOf('他们把我的书包扔到楼下 让我自己去捡 还笑')).toBe('verbal')
    expect(categoryOf('a teacher told him hes worthless')).toBe('verbal')
  })

  it('reads a general question about fights as a question, a child’s own fight as a report', () => {
    expect(categoryOf('想问一下 初中生打架学校一般怎么处理')).toBe('other')
    expect(categoryOf('我儿子打架了 学校一般怎么处理')).toBe('physical')
  })

  it('reads an escort home offered today, after a habit of following, as being followed soon', () => {
    expect(urgencyOf('有个高中生每天放学都跟着我 今天还说要送我回家')).toBe('P1')
    expect(urgencyOf('妈妈今天要送我回家')).not.toBe('P1')
  })

  it('reads a face photoshopped onto something as an edited photo, and being touched as assault', () => {
    expect(urgencyOf('他们把我的脸p到猪身上发在群里')).toBe('P2')
    expect(urgencyOf('她被她舅舅摸了')).toBe('P1')
    expect(urgencyOf('他被老师摸了摸头')).not.toBe('P1')
  })

  it('reads violence with fear or a plea said now as unclear whether the child is safe', () => {
    expect(urgencyOf('体育课后他们把我按在器材室地上踢 我很害怕')).toBe('P1')
    expect(urgencyOf('they shoved me into the fence behind the bus loop, what do i do')).toBe('P1')
    expect(urgencyOf('上个月他们踢过我 我很害怕')).toBe('P2')
    expect(urgencyOf('他们每天都踢我 我很害怕')).toBe('P2')
    // A threat with no time stays a threat, fear or not.
    expect(urgencyOf('有个男生说要把我的书包扔进河里 还说要揍我 我好怕')).toBe('P2')
  })

  it('reads a child who says they are in danger or hiding as P1, not a thing hidden', () => {
    expect(urgencyOf('我藏在图书馆的书架后面 不敢动')).toBe('P1')
    expect(urgencyOf('im hiding behind the vending machines, please')).toBe('P1')
    expect(urgencyOf('i think im in danger, those guys from the park found my number')).toBe('P1')
    expect(urgencyOf('we are not in danger, i just want the school to know')).not.toBe('P1')
    expect(urgencyOf('同桌把我的橡皮藏起来了')).not.toBe('P1')
  })

  it('reads a harm told in the English progressive as going on now', () => {
    expect(urgencyOf('two older kids are throwing rocks at my brother behind the portable')).toBe('P1')
    expect(urgencyOf('the boys are slamming her against the lockers')).toBe('P1')
    expect(urgencyOf('we were painting in art and a boy shoved me on purpose')).not.toBe('P1')
    expect(urgencyOf('my sister is getting better, a girl slapped her at lunch last week')).not.toBe('P1')
  })

  it('reads a Cantonese harm verb with 紧 as the progressive', () => {
    expect(urgencyOf('佢哋喺操場後面踢緊我')).toBe('P1')
    expect(urgencyOf('佢上個禮拜踢過我')).not.toBe('P1')
  })

  it('reads a week said with 星期 or 礼拜 as a date in the past', () => {
    expect(urgencyOf('上星期在饭堂被人扇了一巴掌 现在脸不肿了')).toBe('P2')
    expect(urgencyOf('上个礼拜有人在宿舍打了我 现在伤好了')).toBe('P2')
  })

  it('reads a call cut off while harm is told, a child not getting up and a plan with the means as P1', () => {
    expect(urgencyOf('女儿打电话说被人拽进了小树林 电话突然断了')).toBe('P1')
    expect(
      urgencyOf('he called me saying they had him in the parking lot and then the call got cut off'),
    ).toBe('P1')
    expect(urgencyOf('they knocked him off the wall and hes not getting up')).toBe('P1')
    expect(urgencyOf('im going to do it tonight, i saved up the pills')).toBe('P1')
    expect(categoryOf('im going to do it tonight, i saved up the pills')).toBe('self_harm')
    expect(urgencyOf('im going to do it tonight, the homework i mean')).not.toBe('P1')
  })

  it('reads a child surrounded or cornered by others as physical', () => {
    expect(categoryOf('被几个初三的围在车棚后面')).toBe('physical')
    expect(categoryOf('those girls have her cornered by the stairs')).toBe('physical')
  })

  it('reads an unknown adult by a child and there now as P1, and one gone as not', () => {
    expect(urgencyOf('有个不认识的叔叔在操场栏杆外面一直看着我们班女生 还在那儿')).toBe('P1')
    expect(urgencyOf('a man in a car has been watching me since i left the gym, still there')).toBe('P1')
    expect(urgencyOf('昨天有个陌生人在门口一直盯着我 后来走了')).not.toBe('P1')
  })
})

describe('money demanded online', () => {
  it('reads red packets, transfers and game currency demanded of a child as extortion', () => {
    expect(categoryOf('高年级的逼我天天在群里给他发红包')).toBe('extortion')
    expect(categoryOf('有人叫我拿我妈的手机偷偷给他转点券')).toBe('extortion')
    expect(categoryOf('那个人说不转钱就不让我回宿舍')).toBe('extortion')
    expect(categoryOf('she keeps making my sister send gift cards to her every week')).toBe('extortion')
    expect(categoryOf('someone stole my brothers game account and says hell give it back if he pays')).toBe(
      'extortion',
    )
    expect(urgencyOf('一个学长让我用微信给他转账 已经转了三次')).toBe('P2')
    // A red packet given at new year, or money sent to a shop, is nobody's demand.
    expect(categoryOf('过年的时候奶奶给了我一个红包')).not.toBe('extortion')
    expect(categoryOf('i sent money to the school canteen for lunches')).not.toBe('extortion')
  })

  it('reads a game account or password demanded as something taken', () => {
    expect(categoryOf('隔壁班的要我把游戏号给他玩 不给就揍我')).toBe('extortion')
    expect(categoryOf('他把我的帐号骗走了')).toBe('extortion')
  })

  it('reads a harm promised if the child tells any adult as a threat, not a deed', () => {
    expect(categoryOf('他说我告诉爸妈就打我')).toBe('verbal')
    expect(categoryOf('说跟大人说就揍我')).toBe('verbal')
    expect(categoryOf('他告诉老师以后 又打了我')).toBe('physical')
  })

  it('does not take "要干嘛" (what does he want) for a threat', () => {
    expect(categoryOf('门口有个人走来走去 不知道要干嘛')).toBe('other')
    expect(categoryOf('他说放学要干你')).not.toBe('other')
  })
})

describe('English typed in a hurry', () => {
  it('reads suicide misspelt and self-harm split in two words', () => {
    expect(categoryOf('my cousin keeps talking about suiside')).toBe('self_harm')
    expect(categoryOf('he said he feels sucidal')).toBe('self_harm')
    expect(categoryOf('she wants to kill her self')).toBe('self_harm')
    expect(categoryOf('we succeeded in getting the teacher to listen')).not.toBe('self_harm')
    expect(categoryOf('my parents sued the school last year')).not.toBe('self_harm')
  })

  it('reads digits for sounds, "r" for are and "w" for with', () => {
    expect(urgencyOf('they gonna jump me 2nite at the park')).toBe('P1')
    expect(urgencyOf('those boys r punching my friend behind the shop')).toBe('P1')
    expect(urgencyOf('they said they will catch me b4 class tmrw and beat me')).toBe('P1')
    expect(urgencyOf('they gonna jump me next week')).not.toBe('P1')
  })

  it('reads letters typed over and over as typed once, and "nooo" as no denial', () => {
    expect(urgencyOf('helppp they are kicking my brother')).toBe('P1')
    expect(categoryOf('pleaseeee make them stop calling me stupiddd')).toBe('verbal')
    expect(urgencyOf('nooo they are hitting her')).toBe('P1')
  })

  it("reads an account made with the child's face or photos as images spread", () => {
    expect(urgencyOf('somebody opened a profile using her photos and messages boys as her')).toBe('P2')
    expect(urgencyOf('a fake account of me keeps posting that im gay')).toBe('P3')
  })
})

describe('pranks, tampering and exclusion told plainly', () => {
  it('reads a chair pulled away or a head knocked as physical', () => {
    expect(categoryOf('他趁我坐下的时候把凳子踢开了 我摔了一跤')).toBe('physical')
    expect(categoryOf('someone pulled her chair out as she sat down')).toBe('physical')
    expect(categoryOf('他的脑袋被撞到墙上了')).toBe('physical')
    expect(categoryOf('我把椅子搬到了教室后面')).not.toBe('physical')
  })

  it('reads something put in a water dispenser or lunch box as physical', () => {
    expect(categoryOf('有人往我的保温杯里加了粉笔灰')).toBe('physical')
    expect(categoryOf('饭盒里被偷偷放了虫子')).toBe('physical')
    expect(categoryOf('饮水机里没水了 一直没人换')).toBe('other')
  })

  it('reads stones or eggs thrown at a child or a house as physical, and going on when said in the progressive', () => {
    expect(categoryOf('they threw eggs at our door last night')).toBe('physical')
    expect(urgencyOf('two boys are outside my house throwing stones at the window')).toBe('P1')
    expect(categoryOf('we were throwing stones into the river for fun')).not.toBe('physical')
  })

  it('reads a rule that nobody may talk to a child as exclusion', () => {
    expect(categoryOf('the girls decided no one is allowed to talk to my daughter')).toBe('relational')
    expect(categoryOf('hes banned from sitting with them at lunch')).toBe('relational')
  })

  it('does not take a phone call for name-calling', () => {
    expect(categoryOf('my son called me crying from the toilets')).not.toBe('verbal')
    expect(categoryOf('they called him a freak in front of everyone')).toBe('verbal')
  })
})

describe('a call for help, a lure and the time of a telling', () => {
  it('reads "sos" as a call for help', () => {
    expect(urgencyOf('sos 1003')).toBe('P1')
    expect(urgencyOf('S.O.S they got me in the stairwell')).toBe('P1')
  })

  it('reads an adult asking a child into a car or a home as a child at risk, and a parent as not', () => {
    expect(urgencyOf('some guy by the shop keeps telling my sister to come sit in his van')).toBe('P1')
    expect(urgencyOf('a lady at the bus stop asked the kids to go to her flat for sweets')).toBe('P1')
    expect(urgencyOf('my dad asked me to come home in his car after practice')).toBe('P3')
  })

  it('reads a time followed by "came home and said" as the time of the telling', () => {
    expect(urgencyOf('女儿今天放学回家哭着说 有人说她要是敢告状就揍她')).toBe('P2')
    expect(urgencyOf('孩子晚上回来跟我说 同学骂他是猪')).toBe('P3')
    expect(urgencyOf('他们说今天放学要在门口揍我')).toBe('P1')
  })
})

describe('a demand is not a plan', () => {
  it('reads 要 before the child made to do something as a demand, not a harm planned', () => {
    expect(urgencyOf('他们每天都要我带早饭不带就踢我今天还把我的笔扔了')).toBe('P2')
    expect(urgencyOf('高年级的要我们给他买水 今天我没买')).toBe('P2')
    expect(urgencyOf('他们今天放学要在车棚打我')).toBe('P1')
    expect(urgencyOf('今晚要把他堵在网吧门口')).toBe('P1')
  })
})

describe('function words typed for their sound-alikes', () => {
  it('reads 以经 as 已经 and 再 as 在 before a place or after 又/还/正', () => {
    expect(triage('他们以经拿走了我的饭卡').reasons).toContain('sounds like: 以经→已经')
    expect(urgencyOf('救命 他们现再操场后面打我')).toBe('P1')
    expect(urgencyOf('他们还再踢我 好痛')).toBe('P1')
    expect(triage('他们再宿舍楼下堵我').reasons).toContain('sounds like: 再→在')
    // 再 before a verb is "again": nothing to repair.
    expect(triage('他说明天再找我算账').reasons.some((r) => r.includes('再→在'))).toBe(false)
  })

  it('reads a "now" that tells how the child keeps away as no harm going on', () => {
    expect(urgencyOf('他们打过我好几次 我现在只能走后门回家')).toBe('P2')
    expect(urgencyOf('被他们打了 现在每天换路走')).toBe('P2')
    expect(urgencyOf('他们现在就在路上打我')).toBe('P1')
  })
})

describe('an all-clear after what was going on', () => {
  it('reads harm told as going on, then "现在没事了", as over', () => {
    expect(urgencyOf('他们今天又在小卖部后面把我堵了 拿了我十块钱 现在没事了')).toBe('P2')
    expect(urgencyOf('they are still kicking him behind the gym, im scared')).toBe('P1')
    expect(urgencyOf('他们还在追我 快来')).toBe('P1')
  })
})

describe('self-harm said sideways', () => {
  it('reads belongings handed out as no longer needed, with thanks for listening, as a farewell', () => {
    expect(categoryOf('我把收藏的卡片都分给朋友了 以后用不着了 谢谢你们听我说话')).toBe('self_harm')
    // Handing things on, or not needing them, is no farewell alone.
    expect(categoryOf('毕业了 我把旧课本分给学弟了')).not.toBe('self_harm')
    expect(categoryOf('这本字典以后用不上了 我拿去卖')).not.toBe('self_harm')
  })

  it('reads others better off if the child were not around as self-harm', () => {
    expect(categoryOf('my family would be better off if i just wasnt here')).toBe('self_harm')
    expect(categoryOf('she thinks everybody would be better off if she were not around')).toBe('self_harm')
    expect(categoryOf('we would be better off if we left early for the bus')).not.toBe('self_harm')
  })

  it('reads being a burden to all and taking every pill at once as self-harm', () => {
    expect(categoryOf('覺得自己就是家裡的負擔')).toBe('self_harm')
    expect(urgencyOf('我打算把那些药一次吞下去')).toBe('P1')
    expect(categoryOf('医生说要把药都吃完才会好')).not.toBe('self_harm')
  })

  it('reads someone out by a window or on a roof who will not come down as self-harm', () => {
    expect(categoryOf('他坐在教学楼的窗户外边 叫他也不肯进来')).toBe('self_harm')
    expect(categoryOf('他站在凳子上够书架 不肯下来')).not.toBe('self_harm')
  })

  it('reads wounds the child says they made themselves as self-harm', () => {
    expect(categoryOf('she has cuts on her legs and says she made them herself')).toBe('self_harm')
    expect(categoryOf('he has scratches on his hand and says the cat did them')).not.toBe('self_harm')
  })
})

describe('threats to throw a child in, bombs and a child still down', () => {
  it('reads "theyd" and "they\'d" as would, so a threat to throw a child into water set for a time is P1', () => {
    expect(urgencyOf('the older boys said theyd push him into the river after school')).toBe('P1')
    expect(categoryOf("they'd throw her in the pond tomorrow, they said")).toBe('physical')
    expect(categoryOf('theyd already gone home when i got there')).toBe('other')
    expect(categoryOf('my mom will push the school to do something about the lights')).toBe('other')
  })

  it('counts a pupil named by grade as a victim', () => {
    expect(categoryOf('two big kids kicked a third grader at recess')).toBe('physical')
  })

  it('reads a bomb or a school to be blown up as a weapon, and frying or a bath bomb as none', () => {
    expect(categoryOf('有人扬言要炸教室')).toBe('weapon')
    expect(urgencyOf('someone wrote that they will blow up the school on friday')).toBe('P1')
    expect(categoryOf('食堂明天要炸鸡翅')).not.toBe('weapon')
    expect(categoryOf('she gave me a bath bomb for my birthday')).not.toBe('weapon')
  })

  it('reads a child still lying on the ground as badly hurt, unless it is told as past', () => {
    expect(urgencyOf('他被推下楼梯 现在还躺在地上')).toBe('P1')
    expect(urgencyOf('they pushed him off the bench and hes still lying on the ground')).toBe('P1')
    expect(urgencyOf('上周他被推倒 躺在地上哭了一会儿 后来没事了')).not.toBe('P1')
  })
})

describe('a weapon with no one it is meant for', () => {
  it('reads a weapon inside the story of a film or a book as none', () => {
    expect(urgencyOf('电视剧里面有个人拿刀砍人 我弟看了一直做噩梦')).toBe('P3')
    expect(categoryOf('we read a novel in english about a kid who carries a knife for protection')).toBe(
      'other',
    )
    // A likeness says what someone does.
    expect(categoryOf('他像电影里那样拿着刀在走廊里晃')).toBe('weapon')
  })

  it('reads a tool a lesson asks for as none, and the same tool used on someone as a weapon', () => {
    expect(categoryOf('手工课老师让我们带剪刀和胶水')).toBe('other')
    expect(categoryOf('do we need our own scissors for the art class on monday')).toBe('other')
    expect(categoryOf('美术课上他拿美工刀划同桌的手')).toBe('weapon')
  })

  it('reads a slingshot at birds as none, and at a child as a weapon', () => {
    expect(categoryOf('他拿弹弓打鸟 被保安说了一顿')).toBe('other')
    expect(categoryOf('他拿弹弓打同学的头')).toBe('weapon')
  })

  it('reads a weapon taken away and dated in the past as none, and one taken away today as a weapon', () => {
    expect(urgencyOf('the kid who had a knife last year was expelled, its been quiet since')).toBe('P3')
    expect(urgencyOf('he brought a knife today and got suspended')).toBe('P1')
  })

  it('keeps a weapon a weapon when the tip also threatens', () => {
    expect(categoryOf('烹饪课要带菜刀 他说到时候就砍我')).toBe('weapon')
  })

  it('does not read a worry that something is unsafe as a child unreachable', () => {
    expect(urgencyOf('我妈担心上体育课跳马不安全')).toBe('P3')
  })
})

describe('states after now, weeks since term began, and a fake account wearing a face', () => {
  it('reads a "now" followed by how the child is (现在完全不想…) as a state, not violence going on', () => {
    expect(urgencyOf('有人把他被泼水的视频发到群里 他现在完全不想上学')).toBe('P2')
    expect(urgencyOf('他们现在又在打他')).toBe('P1')
  })

  it('reads bullying since term began as repeated over weeks, and one day of it as not', () => {
    expect(urgencyOf('自从开学他们就天天叫我肥猪')).toBe('P2')
    expect(urgencyOf('开学第一天有人叫我肥猪')).toBe('P3')
  })

  it('reads a fake account made with the child’s face or photos as images spread', () => {
    expect(urgencyOf('someone made a fake tiktok page with her selfies')).toBe('P2')
    expect(urgencyOf('someone made a fake account and sent me mean messages')).toBe('P3')
  })
})

describe('harm feared, insults running on, broken bones, Cantonese exclusion and 给他好看', () => {
  it('does not read a harm the child fears or does not want as one done', () => {
    expect(categoryOf('我能不能匿名举报 我怕挨他们揍')).toBe('other')
    expect(categoryOf('is this anonymous? im scared of getting hit if they find out')).toBe('other')
    expect(categoryOf('他们天天打我 我不想再被打了')).toBe('physical')
  })

  it('reads the words after "and that i" as still the insulter’s, but the child’s own words as theirs', () => {
    expect(categoryOf('my dad keeps saying im dumb and useless and that i should never have been born')).toBe(
      'verbal',
    )
    expect(categoryOf('i keep thinking i should never have been born')).toBe('self_harm')
  })

  it('reads 打断 with a bone after it as a blow, and 打断 a speaker as none', () => {
    expect(categoryOf('上学期有人打断了他的胳膊')).toBe('physical')
    expect(categoryOf('同桌老是打断我说话')).not.toBe('physical')
  })

  it('reads Cantonese "唔好同我講嘢" as exclusion', () => {
    expect(categoryOf('佢哋叫全班唔好同佢講嘢')).toBe('relational')
  })

  it('reads 给他好看 as a threat, and something nice to look at as none', () => {
    expect(urgencyOf('那个学长说要给他好看')).toBe('P2')
    expect(categoryOf('我想给她好看的贴纸')).toBe('other')
  })
})

describe('the school the tip is about, and an adult courting a child', () => {
  it('does not take the tipster’s own school when they say the tip is not about it', () => {
    expect(triage('我在二中读书 但不是我们学校的事 是我弟在实验小学被人推倒了').schoolId).toBe('qh-006')
    expect(triage('我在二中读书 我弟在实验小学 我们学校有人推他').schoolId).toBe('qh-002')
  })

  it('reads "kids from the X school" as where the bullies come from', () => {
    expect(
      triage('some kids from the vocational school keep jumping boys at qinghe no.2 middle').schoolId,
    ).toBe('qh-002')
  })

  it('reads an adult flattering a child’s looks or asking her out alone as sexual harassment', () => {
    expect(categoryOf('家教老师总发消息说她好漂亮 还约她周末单独去看电影')).toBe('sexual')
    expect(urgencyOf('the swim coach keeps telling the girls their bodies are developing')).toBe('P2')
    expect(categoryOf('老师说她的画很漂亮')).toBe('other')
  })
})

describe('an all-clear taken back, a talk put off, a child chased', () => {
  it('reads "but they are still there" after an all-clear as danger now', () => {
    expect(urgencyOf('老师 我现在没事了 可是那几个人还在车棚那边等着我')).toBe('P1')
    expect(urgencyOf('we are fine now but those boys are still by the bus stop waiting for him')).toBe('P1')
    // Said the other way round, the all-clear ends it.
    expect(urgencyOf('他们又在车棚那边把我堵了 现在没事了')).not.toBe('P1')
  })

  it('reads 明天再说 as a talk put off, not a time set for harm', () => {
    expect(urgencyOf('先不说了 明天再说 反正他们要是再踢我我就告诉班主任')).not.toBe('P1')
    expect(urgencyOf('他们说明天中午要在食堂后面踢我')).toBe('P1')
  })

  it('reads a child chased as physical, and chased now as P1', () => {
    expect(categoryOf('three older boys chased my daughter all the way home')).toBe('physical')
    expect(urgencyOf('a group of kids are chasing him round the back of the gym')).toBe('P1')
    expect(categoryOf('we were chasing the ball at lunch and he tripped over')).not.toBe('physical')
  })
})

describe('violence seen in the news, somewhere else', () => {
  it('reads a stabbing seen online in another city as no weapon here', () => {
    expect(
      urgencyOf('i watched on youtube that a student got stabbed in another state, it was so scary'),
    ).not.toBe('P1')
    expect(urgencyOf('新闻上说外地有个中学生带刀进学校 我们这边会不会也有')).not.toBe('P1')
  })

  it('keeps a weapon seen online when it is here', () => {
    expect(urgencyOf('在快手上看到我们班那个男生拿着刀拍视频 说要来学校')).toBe('P1')
    expect(categoryOf('saw on insta that a kid in my class has a knife in his locker')).toBe('weapon')
  })
})

describe('sextortion', () => {
  it('reads pictures held over a child to make them send more as sexual', () => {
    expect(categoryOf('a guy from a game says he will post my photos unless i send him more')).toBe('sexual')
    expect(categoryOf('网上认识的人说我不再给他发照片就把之前的照片发到班群')).toBe('sexual')
    // Money asked for the pictures is extortion, not sextortion.
    expect(categoryOf('he says he will post the video unless i pay him 50 bucks')).not.toBe('sexual')
  })
})

describe('objects swung at a child', () => {
  it('reads a child whipped with a hanger or a mop as a weapon, a belt as a beating', () => {
    expect(categoryOf('宿舍那几个人晚上拿晾衣杆抽他')).toBe('weapon')
    expect(categoryOf('课间他们拿扫把戳我')).toBe('weapon')
    expect(categoryOf('他们拿皮带抽我')).toBe('physical')
  })
})

describe('a child hiding from those who hunt them', () => {
  it('reads hiding while others guard, wait or look as physical and now', () => {
    expect(categoryOf('那帮人在操场边上等着 我躲进了器材室')).toBe('physical')
    expect(urgencyOf('那帮人在操场边上等着 我躲进了器材室')).toBe('P1')
    expect(categoryOf('hiding behind the bleachers, they are still looking for me')).toBe('physical')
  })

  it('reads a child under the covers as hiding from the day, not from someone', () => {
    expect(urgencyOf('她每天回家就躲在被窝里哭 说同学都笑她土')).not.toBe('P1')
  })
})

describe('a day gone by, in English, and an ambush laid on it', () => {
  it('reads "last friday", "last night" and a time right after them as past', () => {
    expect(urgencyOf('last night some older kids punched my brother outside the arcade')).toBe('P2')
    expect(urgencyOf('last tuesday after practice he said he would break my arm')).not.toBe('P1')
    expect(urgencyOf('he says he will break my arm on tuesday after practice')).toBe('P1')
  })

  it('reads a child lain in wait for on a past day as violence, a threat said on it as words', () => {
    expect(categoryOf('上周四晚自习后 他们叫了几个人在宿舍楼下堵我 我绕路回去的')).toBe('physical')
    expect(categoryOf('上周四他当着全班的面说要找人堵我')).toBe('verbal')
    expect(categoryOf('上周有人在我桌上写着你完了')).not.toBe('physical')
  })
})

describe('harm done to the body without a blow: cold, a forced drink, the dialect passive', () => {
  it('reads a child made to kneel in snow or go without a coat as physical harm', () => {
    expect(categoryOf('那几个高年级的罚他光着脚跪在雪地里')).toBe('physical')
    expect(categoryOf('室友不许他穿棉袄 让他在阳台上挨冻')).toBe('physical')
    expect(categoryOf('下雪了 我们在雪地里打雪仗 好开心')).toBe('other')
  })

  it('reads numb or frozen limbs as an injury that needs help now, unless the tip says it is over', () => {
    expect(urgencyOf('他们让我在外面站了一个钟头 我的手冻得没知觉了')).toBe('P1')
    expect(urgencyOf('昨天被罚站在风口 手冻得没知觉 现在好了')).not.toBe('P1')
  })

  it('reads liquid poured into a mouth as physical, and a flask being filled as nothing', () => {
    expect(categoryOf('他们按着他往他嘴里灌辣椒水')).toBe('physical')
    expect(categoryOf('我帮奶奶往暖壶里灌开水')).toBe('other')
  })

  it('reads 叫人打过 (was beaten, in the northern passive) as a blow taken, and 说要叫人打 as a threat', () => {
    expect(categoryOf('俺闺女上个月在学校叫人打过一回')).toBe('physical')
    expect(urgencyOf('俺闺女上个月在学校叫人打过一回')).toBe('P2')
    expect(categoryOf('他说要叫人打我')).toBe('verbal')
  })

  it('reads rubbish stuffed into a desk as no blow, and dirt stuffed into a mouth as one', () => {
    expect(categoryOf('有人往我抽屉里塞垃圾 还骂我笨')).toBe('verbal')
    expect(categoryOf('他们往我嘴里塞土')).toBe('physical')
  })

  it('reads 打这个电话 as making a call, not a blow', () => {
    expect(categoryOf('我能打这个电话说我同学的事吗')).toBe('other')
    expect(categoryOf('那个人昨天打了我')).toBe('physical')
  })
})

describe('threats, durations and money, as rural parents and children word them', () => {
  it('reads a harm promised for telling a teacher (讲 as well as 说) as a threat, not a blow', () => {
    expect(categoryOf('他说我敢跟老师讲就叫人把我揍一顿')).toBe('verbal')
    expect(urgencyOf('他说我敢跟老师讲就叫人把我揍一顿')).toBe('P2')
    expect(categoryOf('我跟老师讲了 他还是揍我')).toBe('physical')
  })

  it('reads 这两个月 and 俩月 as weeks of bullying, and 这个月 as no duration', () => {
    expect(urgencyOf('这俩月班上没人跟她说话')).toBe('P2')
    expect(urgencyOf('这两个月同学都不跟他玩')).toBe('P2')
    expect(urgencyOf('这个月有人不跟我玩')).toBe('P3')
  })

  it('reads money collected from younger children, named at length, as extortion', () => {
    expect(categoryOf('有个大孩子每天收三年级小同学的午饭钱')).toBe('extortion')
    expect(categoryOf('老师收了我们的作业本')).toBe('other')
  })

  it('does not read a call or a video chat as the time set for a threat', () => {
    expect(urgencyOf('今天打电话的时候儿子说有人要打他 没说什么时候')).toBe('P2')
    expect(urgencyOf('有人说今天放学要打他')).toBe('P1')
  })
})

describe('online games, strict teachers, children gone or lured away', () => {
  it('reads bullying inside an online game as cyber, and in a playground game as not', () => {
    expect(categoryOf('打王者的时候他一直骂我 还叫别人一起骂')).toBe('cyber')
    expect(categoryOf('课间玩老鹰捉小鸡的时候他骂我')).toBe('verbal')
  })

  it('reads a teacher called strict or harsh as the teacher’s conduct, and classmates leaving a child out as exclusion', () => {
    expect(categoryOf('班主任太严了 不让我们课间出去玩')).toBe('other')
    expect(categoryOf('同学们都不让他一起玩')).toBe('relational')
  })

  it('reads a teacher’s act told after a time of day as the teacher’s, and a classmate’s as theirs', () => {
    expect(categoryOf('老师午睡的时候把他关在门外')).toBe('other')
    expect(categoryOf('同学午睡的时候把他关在门外')).toBe('physical')
  })

  it('reads children asked together to go with a stranger, or not home long after school, as P1', () => {
    expect(urgencyOf('有个不认识的阿姨让我们跟她走')).toBe('P1')
    expect(urgencyOf('放学两个钟头了 我闺女还没到家')).toBe('P1')
    expect(urgencyOf('我弟今天放学按时到家了 就是说有人骂他')).toBe('P3')
  })
})

describe('self-harm told by a note, a drawing or a box of pills', () => {
  it('reads a goodbye to family with "I am going" as self-harm, and either alone as not', () => {
    expect(categoryOf('她画了一张画 写着 我走了 爸爸妈妈别哭')).toBe('self_harm')
    expect(categoryOf('我走了啊 明天见')).toBe('other')
    expect(categoryOf('妈妈别哭 我没事')).toBe('other')
  })

  it('reads a box or a bottle of pills taken as an overdose, and a daily pill as none', () => {
    expect(categoryOf('he took a whole bottle of his dads pills last night')).toBe('self_harm')
    expect(categoryOf('the doctor said to take one allergy pill a day')).toBe('other')
  })
})

describe('a teacher acting after pupils have', () => {
  it('keeps the pupils’ exclusion when a teacher only reacts to it, and the teacher’s act when the teacher began it', () => {
    expect(categoryOf('班上有人说他身上有味 都不跟他坐 老师就把他调到最后一排')).toBe('relational')
    expect(categoryOf('老师把他调到最后一排 还不让同学跟他坐')).toBe('other')
  })
})

describe('danger that the rules for calmer tips must not talk down', () => {
  it("keeps a child's own wish to die after what others say of them", () => {
    expect(urgencyOf('the girls in my class keep saying im disgusting and i just want to die')).toBe('P1')
  })

  it('keeps a weapon at school today after a film, the news or a lesson is mentioned', () => {
    expect(urgencyOf('昨天看的电视剧里有人拿刀 今天我们班那个男生也带了刀')).toBe('P1')
    expect(urgencyOf('网上看到外地学校有人持刀伤人 结果我们班今天也有人带了刀')).toBe('P1')
    expect(urgencyOf('theres a boy waving a knife around in cooking class right now')).toBe('P1')
    expect(urgencyOf('a kid pulled a gun in drama class')).toBe('P1')
    expect(urgencyOf('his knife was taken off him last month but today he has a new one')).toBe('P1')
  })

  it('keeps harm feared again, harm to someone else after the tipster is safe, and an injury still there', () => {
    expect(urgencyOf('我真的不想再被他们打了 他们就在楼下')).toBe('P1')
    expect(urgencyOf('我很害怕被那几个人打 怎么办')).not.toBe('P3')
    expect(urgencyOf('他们还在操场上打她 我已经跑回家了')).toBe('P1')
    expect(urgencyOf('he got beaten up last weekend and he still isnt breathing right')).toBe('P1')
  })

  it('keeps tomorrow after yesterday, 放学再说 as a threat, and hiding under the covers from someone at the door', () => {
    expect(urgencyOf('they hit him yesterday tomorrow they said they will do it again')).toBe('P1')
    expect(urgencyOf('他说你给我等着 放学再说')).toBe('P1')
    expect(urgencyOf('我躲在被子里 那几个人一直在踹门')).toBe('P1')
  })

  it('holds only global patterns in its cue lists, which are run from the start of every tip', () => {
    const lists = Object.values(lexicon).filter(
      (v): v is RegExp[] => Array.isArray(v) && v[0] instanceof RegExp,
    )
    const cues = [...lists.flat(), ...lexicon.CATEGORY_CUES.flatMap((c) => c.cues)]
    expect(cues.length).toBeGreaterThan(100)
    expect(cues.filter((p) => !p.global).map((p) => p.source)).toEqual([])
  })
})

describe('danger over or still there: those who left, those just outside, a bare cry', () => {
  it('reads those who threatened having left as the danger over, and those who have not left as still there', () => {
    expect(urgencyOf('刚刚有几个人在宿舍门口砸门 后来他们都散了 我回寝室了')).toBe('P2')
    expect(urgencyOf('some guys shoved me by the lockers just now but they ran off')).toBe('P2')
    expect(urgencyOf('刚刚有几个人在宿舍门口砸门 他们还没走')).toBe('P1')
    expect(urgencyOf('刚才那个人走了过来 又推了我一把')).toBe('P1')
  })

  it('reads a child telling where they are with those they fear right outside as cornered now', () => {
    expect(triage('我在器材室 那几个人在门口').urgency).toBe('P1')
    expect(triage('我在器材室 那几个人在门口').category).toBe('physical')
    expect(triage('im in the library the boys are outside').category).toBe('physical')
    expect(urgencyOf('我在教室 他们在外面排队 我想问问体育课的事')).toBe('P3')
  })

  it('reads a tip that is only a cry as P1, and the same word asking for homework help as routine', () => {
    expect(urgencyOf('help me')).toBe('P1')
    expect(urgencyOf('他们又来了')).toBe('P1')
    expect(urgencyOf('can someone help me find the form for the school trip')).toBe('P3')
    expect(urgencyOf('theyre here to pick up the kids at 5')).toBe('P3')
  })
})

describe('self-harm told with an aspect marker or as a life without point', () => {
  it('reads 想过死 as self-harm, and its denial as none', () => {
    expect(categoryOf('我初一的时候想过去死')).toBe('self_harm')
    expect(categoryOf('我从来没想过死 就是被他们骂得很难受')).not.toBe('self_harm')
  })

  it('reads seeing no point in living as self-harm, and no point in a chore as none', () => {
    expect(categoryOf('my sister says she cant see the point of living anymore')).toBe('self_harm')
    expect(categoryOf('whats the point of being alive if everyone hates me')).toBe('self_harm')
    expect(categoryOf('there is no point in doing homework if the teacher never checks')).toBe('other')
  })

  it('reads not being able to go on as self-harm, and not being able to do a task as none', () => {
    expect(categoryOf('i cant keep going like this anymore')).toBe('self_harm')
    expect(categoryOf('i cant do this math sheet, can someone explain')).toBe('other')
  })
})

describe('remarks on a body and an adult in a child’s bed', () => {
  it('reads remarks on a body’s parts and kissing noises as sexual harassment, not assault', () => {
    expect(categoryOf('the older boys keep saying she has a nice butt')).toBe('sexual')
    expect(urgencyOf('the older boys keep saying she has a nice butt')).toBe('P2')
    expect(categoryOf('he makes kissing noises whenever my daughter walks past')).toBe('sexual')
    expect(categoryOf('he said my drawing has nice colours')).toBe('other')
  })

  it('reads an adult getting into bed with a child as sexual assault', () => {
    expect(urgencyOf('her uncle climbs into bed with her when he stays over')).toBe('P1')
    expect(categoryOf('her uncle climbs into bed with her when he stays over')).toBe('sexual')
    expect(categoryOf('my son gets into bed with me when he has nightmares')).toBe('sexual')
  })
})

describe('a verb asked as yes or no, phones unanswered, someone who would be waiting', () => {
  it('does not read 没 inside a yes-or-no question as a denial', () => {
    expect(categoryOf('有个男生老问她有没有穿胸罩')).toBe('sexual')
    expect(categoryOf('他没穿胸罩那件事是谣言')).not.toBe('sexual')
  })

  it('reads a child whose phone goes unanswered as unreachable', () => {
    expect(urgencyOf('my daughter left after dinner and hasnt picked up her phone for three hours')).toBe(
      'P1',
    )
    expect(urgencyOf('my daughter answered her phone and said the girls were mean to her')).toBe('P3')
  })

  it('reads "he would be waiting" with a near time as a threat set for it', () => {
    expect(urgencyOf('my son says a big boy told him he would be waiting at the gate after school')).toBe(
      'P1',
    )
    expect(urgencyOf('my son says a big boy told him he would be waiting at the gate next week')).toBe('P2')
  })
})

describe('near times dated in the past or said as the hour of writing', () => {
  it('reads "after school yesterday" as past, and "after school" alone as near', () => {
    expect(urgencyOf('the kid who threatened to beat me up was waiting after school yesterday')).toBe('P2')
    expect(urgencyOf('the kid who threatened to beat me up will be waiting after school')).toBe('P1')
  })

  it('reads the hour the tipster writes in as no time set for a threat', () => {
    expect(urgencyOf('she said shell hit me if i tell. its lunch now and im with my teacher')).toBe('P2')
    expect(urgencyOf('他说告诉老师就打我 现在放学了 我在我妈车上')).toBe('P2')
    expect(urgencyOf('他说放学就打我')).toBe('P1')
  })
})

describe('things damaged, tyres pricked, phones not getting through, a term as a frame', () => {
  it('reads damage promised to a home as a threat: set for tonight physical, with no time verbal', () => {
    expect(triage('他们扬言今晚要去他家砸窗户').urgency).toBe('P1')
    expect(triage('他们扬言今晚要去他家砸窗户').category).toBe('physical')
    expect(triage('他扬言要把我家的门砸了').category).toBe('verbal')
    expect(triage('他扬言要把我家的门砸了').urgency).toBe('P2')
  })

  it('does not read a pricked tyre or a phone that does not get through as a blow', () => {
    expect(categoryOf('有人把自行车的车胎扎了')).toBe('other')
    expect(categoryOf('他的电话一直打不通 我想问问学校的电话')).toBe('other')
    expect(categoryOf('他拿笔扎我的手')).toBe('physical')
  })

  it('reads 这学期 as a duration, not "这学期的" as the frame of a thank-you', () => {
    expect(urgencyOf('这学期他们一直叫我外号')).toBe('P2')
    expect(urgencyOf('谢谢老师这学期的照顾 就是有同学给我起外号')).toBe('P3')
  })

  it('reads a weapon dated in the past whose bearer left the school as no danger now', () => {
    expect(categoryOf('去年有个带匕首的学生 后来退学了')).toBe('other')
    expect(categoryOf('the boy who brought a knife last year moved to another school')).toBe('other')
    expect(categoryOf('去年有个带匕首的学生 现在又回来了')).toBe('weapon')
  })

  it('reads those who came by the child’s home as watching it, and friends who came to play as not', () => {
    expect(urgencyOf('那几个人前天来过我家门口 敲了门就走')).toBe('P2')
    expect(urgencyOf('同学来过我家楼下找我玩')).toBe('P3')
  })
})

describe('weapons and threats of play', () => {
  it('reads a threat made with a toy as play, and one made with a real weapon as a weapon', () => {
    expect(urgencyOf('my brother said hell shoot me with his water gun at the park lol')).toBe('P3')
    expect(urgencyOf('他说要拿水枪射我们 夏天玩的')).toBe('P3')
    expect(urgencyOf('he said he would shoot us with his uncles gun')).toBe('P1')
    expect(urgencyOf('他说要拿刀 不是玩具的')).toBe('P1')
  })

  it('reads a weapon word explained as a game’s slang as no weapon', () => {
    expect(urgencyOf('他们说的刀人是剧本杀里的说法 就是投票出局')).toBe('P3')
    expect(urgencyOf('he said hes gonna stab me, its a term from a video game apparently')).toBe('P3')
    expect(urgencyOf('玩完狼人杀以后他真的拿刀追我')).toBe('P1')
  })
})

describe('a group lying in wait with no one named as waited for', () => {
  it('reads a group of pupils waiting at a place as a threat, and parents waiting to collect as none', () => {
    expect(urgencyOf('那帮初二的在小卖部门口守了好久 后来才走')).toBe('P2')
    expect(urgencyOf('some seniors were hanging around by the bike shed after school last week')).toBe('P2')
    expect(urgencyOf('几个家长在校门口等了半天 车停得很乱')).toBe('P3')
    expect(urgencyOf('the kids were lurking at the gate for their parents to come')).toBe('P3')
  })

  it('keeps "你等着" a spoken threat', () => {
    expect(categoryOf('他说你等着 我不会放过你')).toBe('verbal')
  })
})

describe('calm now', () => {
  it('reads a weapon taken away long ago, with all calm now, as no danger', () => {
    expect(urgencyOf('上学期有个男生带刀被学校没收了 现在班里挺平静的 谢谢')).not.toBe('P1')
    expect(urgencyOf('a boy had his knife confiscated last term and its been calm since')).not.toBe('P1')
  })
})

describe('ordinary waiting and grabbing', () => {
  it('reads parents, buses and bags as no danger, and a child grabbed at as one', () => {
    expect(urgencyOf('the little ones were waiting outside for their parents after the concert')).not.toBe(
      'P1',
    )
    expect(categoryOf('放学的时候好多家长在门口等着接孩子 很挤')).toBe('other')
    expect(urgencyOf('a boy tried to grab my phone in the corridor')).not.toBe('P1')
    expect(urgencyOf('some man tried to grab my son outside the school gate')).toBe('P1')
  })
})

describe('an all-clear that something after it still alarms', () => {
  it('keeps an injury, a threat for later or a child still held after those who did it are gone', () => {
    expect(urgencyOf('那几个人都走了 可是我同桌还倒在地上起不来')).toBe('P1')
    expect(urgencyOf('the boys ran off and now my friend is not breathing')).toBe('P1')
    expect(urgencyOf('他们已经散了 但是说晚上还要来宿舍找我')).toBe('P1')
    expect(urgencyOf('班上现在很平静 但是那个男生说明天带刀来')).toBe('P1')
    // Gone, and nothing after it: over.
    expect(urgencyOf('刚才有人在楼道推我 后来他们都跑了')).not.toBe('P1')
  })

  it('reads "after school now" with people lying in wait or a threat as now, a condition as waiting for it', () => {
    expect(urgencyOf('已经放学了 那几个人在车棚那边守着')).toBe('P1')
    expect(urgencyOf('its after school now and they said they are gonna jump me')).toBe('P1')
    expect(urgencyOf('他说我要是告诉老师就揍我 现在放学了 我在公交车上')).not.toBe('P1')
  })

  it('reads only a toy as play, and a game word only beside what it explains', () => {
    expect(urgencyOf('he said he is going to smash my face in with a water bottle after school')).toBe('P1')
    expect(urgencyOf('he said he would shoot me with a nerf gun at recess lol')).not.toBe('P1')
    expect(urgencyOf('刀你是狼人杀里的说法 但是他今天又说放学要在后门弄死我')).toBe('P1')
  })
})

describe('a child taken, held or hemmed in, and children merely outside', () => {
  it('reads a child dragged off, locked in with the key taken, or still held as unreachable', () => {
    expect(urgencyOf('我弟弟被那几个初三的拽走了 不知道去哪了')).toBe('P1')
    expect(urgencyOf('他们把他关在体育馆里了 钥匙也带走了')).toBe('P1')
    expect(urgencyOf('im home now but those boys still have my cousin')).toBe('P1')
    expect(urgencyOf('我没事了 可是我同桌还在操场后面被他们打')).toBe('P1')
  })

  it('reads a threat with those who made it outside now as danger now', () => {
    expect(urgencyOf('they said they would stab me if i talked. they are outside the classroom now')).toBe(
      'P1',
    )
  })

  it('reads an English injury that keeps a child down, and a house threatened with fire', () => {
    expect(urgencyOf('she fell after they shoved her and now she cant walk')).toBe('P1')
    expect(categoryOf('they said they would burn our house down')).toBe('weapon')
  })

  it('reads children outside playing, chatting or handing out leaflets as no one hemmed in', () => {
    expect(urgencyOf('我在图书馆看书 他们在外面打篮球')).not.toBe('P1')
    expect(urgencyOf('im in the library and the boys are outside talking about football')).not.toBe('P1')
  })
})

describe('a threat said as what will happen anyway', () => {
  it('reads 照样 with a harm after a near time as a threat set for it, and "im next" as a threat', () => {
    expect(urgencyOf('他说你躲也没用 明天放学照样揍你')).toBe('P1')
    expect(urgencyOf('after what happened to jake, they keep telling me im next, they have his knife')).toBe(
      'P1',
    )
    expect(urgencyOf('im next in line at the canteen')).not.toBe('P1')
  })
})

describe('those coming back with more, a harm feared for a time, those coming to the home', () => {
  it('reads a promise to come back with others as a threat, and with a near time as P1', () => {
    expect(triage('1001 他们走了 说晚上叫人回来').urgency).toBe('P1')
    expect(triage('he said hell come back tonight with his older brothers').urgency).toBe('P1')
    expect(triage('1001 他们说要带人回来').urgency).toBe('P2')
    expect(triage('姐姐说下午带人来帮我搬书').urgency).toBe('P3')
  })

  it('reads a beating the child fears for a time within hours as P1, and one feared alone as P2', () => {
    expect(triage('im so scared of getting beaten up at lunch').urgency).toBe('P1')
    expect(triage('我好怕被他们打 放学后就在车棚').urgency).toBe('P1')
    expect(triage('im scared of getting beaten up').urgency).toBe('P2')
  })

  it('reads those who did it coming to the home at a near time as violence set for it', () => {
    expect(triage('那帮人说不放过我 他们今晚要来我家').urgency).toBe('P1')
    expect(triage('那帮人说不放过我 他们今晚要来我家').category).toBe('physical')
    expect(triage('同学们今晚要来我家玩').urgency).toBe('P3')
    expect(triage('爷爷奶奶他们今晚要来我家').urgency).toBe('P3')
  })

  it('reads "its lunch" as the hour of writing, so a threat with it is set for now', () => {
    expect(triage('its lunch now and that kid said he will beat me').urgency).toBe('P1')
    expect(triage('its lunch now and im eating with my friends').urgency).toBe('P3')
  })
})

describe('waiting together, a cry in jest, a lesson’s knife in Chinese, a crowd that is no chat group', () => {
  it('does not read friends waiting to go somewhere together as lying in wait', () => {
    expect(urgencyOf('我在厕所 她们在门口等我一起去食堂')).toBe('P3')
    expect(urgencyOf('放学后几个同学在车站等着 一起去书店')).toBe('P3')
    expect(urgencyOf('我在厕所 他们在门口等我 说要打我')).toBe('P1')
  })

  it('does not read 救命 with laughter and nothing harmful as a cry for help', () => {
    expect(urgencyOf('救命 明天要考三门哈哈哈')).toBe('P3')
    expect(urgencyOf('救命 他们在打我')).toBe('P1')
    expect(urgencyOf('救命 他们在打我 哈哈大笑')).toBe('P1')
  })

  it('reads a craft knife brought to art class as a lesson’s tool', () => {
    expect(urgencyOf('昨天有个同学带了把刻刀来上手工课')).toBe('P3')
    expect(urgencyOf('昨天有个同学带了把刻刀来上手工课 说要捅我')).toBe('P1')
  })

  it('reads 一群人, 那群人 and 不合群 as people, not a chat group', () => {
    expect(categoryOf('那群人又来了 把他推倒了')).toBe('physical')
    expect(categoryOf('老师说她不合群 大家都不理她')).toBe('relational')
    expect(categoryOf('他们建了一个群骂我')).toBe('cyber')
  })

  it('does not read a child pulled back into a chat group as dragged', () => {
    expect(categoryOf('他们拉了个群骂我 我退出来他们又把我拉进去')).toBe('cyber')
    expect(categoryOf('下课他们把我拉到厕所')).toBe('physical')
  })
})

describe('self-harm seen on the body or on a ledge, grooming, a knife to be had again', () => {
  it('reads cuts made in one’s own arm, a wrist bleeding and a ledge as self-harm', () => {
    expect(categoryOf('我同桌在胳膊上用小刀划了好多道')).toBe('self_harm')
    expect(categoryOf('他用圆规在我胳膊上划')).not.toBe('self_harm')
    expect(categoryOf('昨晚看见她一个人坐在楼顶边上')).toBe('self_harm')
    expect(categoryOf('she sent me a photo, her wrist is bleeding and she wont pick up')).toBe('self_harm')
    expect(categoryOf('he twisted her wrist and it started bleeding')).toBe('physical')
  })

  it('reads an adult praising a child’s body or asking for night calls or deleted chats as sexual', () => {
    expect(triage('班主任老是夸她身材好 还叫她半夜跟他视频').category).toBe('sexual')
    expect(triage('班主任老是夸她身材好 还叫她半夜跟他视频').urgency).toBe('P2')
    expect(categoryOf('补课老师让她把聊天记录删掉 不许跟家里说')).toBe('sexual')
    expect(categoryOf('老师让我们自己去办公室拿作业')).not.toBe('sexual')
  })

  it('reads a weapon taken away, with another to be had, as a weapon threatened', () => {
    expect(
      urgencyOf(
        'his knife got taken off him by the teacher on monday, but he told me hes gonna get another one',
      ),
    ).toBe('P1')
    expect(urgencyOf('他的刀上周被老师收走了 他说再买一把来找我')).toBe('P1')
  })

  it('reads code-switched undressing and a hand under a skirt as assault', () => {
    expect(triage('课间有个男生把她的裙子 pulled down 了').urgency).toBe('P1')
    expect(triage('the boy behind her on the bus keeps reaching under her skirt').urgency).toBe('P1')
  })

  it('reads a head held in a toilet as physical', () => {
    expect(categoryOf('they held his head in the toilet and flushed')).toBe('physical')
  })
})

describe('locked in until now, found again, a plea about a habit, a theft the child is accused of', () => {
  it('reads a child locked in for nearly an hour, or with the key taken by others, as P1', () => {
    expect(urgencyOf('他被关在器材室里 快一个小时了')).toBe('P1')
    expect(urgencyOf('他们把他锁在杂物间 钥匙被那几个男生拿走了')).toBe('P1')
  })

  it('reads a child found, or a mistake owned, as the end of an alarm that they were missing', () => {
    expect(urgencyOf('刚才说我妹妹没回家 找到了 在她同学家写作业 虚惊一场')).toBe('P3')
    expect(urgencyOf('my sister didnt come home, false alarm, shes at a friends house and fine')).toBe('P3')
    expect(urgencyOf('我妹妹还没回家 电话也打不通')).toBe('P1')
  })

  it('reads a plea for a child as a plea for now, unless weeks of it are told: then it pleads about the matter', () => {
    expect(urgencyOf('他们在厕所打他 帮帮他')).toBe('P1')
    expect(urgencyOf('有个大孩子每天跟他要钱 不给就打 已经一个多月了 帮帮我们')).toBe('P2')
  })

  it('does not read a rumour of a theft as extortion', () => {
    expect(categoryOf('some girls are spreading a rumor that she stole money from the class fund')).toBe(
      'relational',
    )
    expect(categoryOf('some girls stole money from her bag')).toBe('extortion')
  })

  it('reads 上礼拜五 as a day gone by, and exclusion said in English', () => {
    expect(urgencyOf('上礼拜五他被人推下楼梯 膝盖擦破了')).toBe('P2')
    expect(categoryOf('the whole class agreed not to talk to her and she eats lunch alone')).toBe(
      'relational',
    )
    expect(urgencyOf('the whole class agreed not to talk to her, its been like this for about a month')).toBe(
      'P2',
    )
    expect(categoryOf('同学叫他外地佬 分组时没人要跟他一组')).toBe('relational')
  })
})

describe('a teacher who calls the bullies in', () => {
  it('does not take a teacher stepping in for the teacher’s own conduct', () => {
    expect(categoryOf('上周他们在车棚打过他 今天班主任把他们都叫到办公室了')).toBe('physical')
    expect(categoryOf('班主任把他拉到走廊打了一顿')).toBe('other')
  })
})

describe('a knife searched for, a child dragged off, money gone, a child not back', () => {
  it('does not read a knife searched for and not found as a weapon', () => {
    expect(categoryOf('听说他包里有刀 老师当场搜了 没有刀 只有一盒彩笔')).toBe('other')
    expect(categoryOf('they said he had a knife but the teacher searched his bag and found nothing')).toBe(
      'other',
    )
  })

  it('reads a child dragged off towards somewhere as physical', () => {
    expect(categoryOf('几个大孩子拖着他往后山去了')).toBe('physical')
  })

  it('reads money or things gone as no child gone', () => {
    expect(urgencyOf('这个月零花钱都不见了 问了才说是被高年级要走了')).toBe('P2')
    expect(urgencyOf('我弟弟不见了 到处都找不到')).toBe('P1')
  })

  it('reads a child not back by now, or looked for and not found, as unreachable', () => {
    expect(urgencyOf('我女儿到现在还没回家 天都黑了')).toBe('P1')
    expect(urgencyOf('找了一圈也没找到他 电话手表也打不通')).toBe('P1')
    expect(urgencyOf('他昨天没回来上课 今天来了')).not.toBe('P1')
  })

  it('reads a feeling that a place is unsafe as a worry', () => {
    expect(urgencyOf('学校后门晚上没有灯 总觉得不安全')).toBe('P3')
  })
})

describe('doxxing, strangers met online, a slipper, a nose held, exposure', () => {
  it('reads 开盒 as cyber, and strangers calling as no blows', () => {
    expect(triage('有人把我开盒了 现在好多陌生号码打到我家').category).toBe('cyber')
    expect(triage('有人把我开盒了 现在好多陌生号码打到我家').urgency).not.toBe('P1')
  })

  it('does not read someone met online as cyber bullying', () => {
    expect(categoryOf('她最近跟一个网上认识的大人走得很近')).toBe('other')
    expect(categoryOf('有人在网上骂她')).toBe('cyber')
  })

  it('reads a face struck with a slipper as physical, and a nose held as no pinch', () => {
    expect(categoryOf('室友拿拖鞋抽他的脸')).toBe('physical')
    expect(categoryOf('大家看见他都捏着鼻子走开')).not.toBe('physical')
  })

  it('reads a man exposing himself as sexual harassment, and a child made to undress as assault', () => {
    expect(triage('有个男的在路边把裤子脱了给小孩看').category).toBe('sexual')
    expect(triage('有个男的在路边把裤子脱了给小孩看').urgency).toBe('P2')
    expect(urgencyOf('他们逼他把裤子脱了给大家看')).toBe('P1')
  })

  it('reads a request to undress that was refused, and adult films shown, as harassment', () => {
    expect(triage('有个男生叫她脱衣服给他看 她没理他').urgency).toBe('P2')
    expect(triage('有个男生课间给她看成人片').category).toBe('sexual')
  })

  it('reads mimicking, not 学校 followed by 叫', () => {
    expect(categoryOf('他们学我说话 学我走路')).toBe('verbal')
    expect(categoryOf('我怕他在学校叫人欺负了')).toBe('other')
  })
})

describe('fees, loans and things demanded; self-harm by a needle, in Cantonese, by pills saved', () => {
  it('reads fees levied by older pupils, a loan grown by interest and a thing demanded as extortion', () => {
    expect(categoryOf('新生每周都要给高二的交二十 说是保护')).toBe('extortion')
    expect(categoryOf('借了他一百 现在要还五百 说是利息')).toBe('extortion')
    expect(categoryOf('那个大孩子要我的手表 我给他了')).toBe('extortion')
    expect(categoryOf('不交作业就要罚站')).not.toBe('extortion')
    expect(categoryOf('older kids take our phones and make us pay 50 to get them back')).toBe('extortion')
  })

  it('reads harm done to oneself with a point or an edge, and pills saved up, as self-harm', () => {
    expect(categoryOf('她晚上偷偷用针扎自己')).toBe('self_harm')
    expect(categoryOf('我个女话佢同学唔想再做人')).toBe('self_harm')
    expect(categoryOf('他说已经攒了很多药')).toBe('self_harm')
    expect(categoryOf('他问我哪里能买到很多安眠药')).toBe('self_harm')
  })

  it('reads an adult inviting a child home for the weekend or asking about boyfriends as grooming', () => {
    expect(categoryOf('数学老师叫她周末去他家补课 还老在微信上说些暧昧的话')).toBe('sexual')
    expect(categoryOf('那个教练总问她有没有男朋友')).toBe('sexual')
  })

  it('reads a child picked up unharmed, or an injury no longer hurting, as over', () => {
    expect(urgencyOf('孩子放学没出来 急死了 后来已经接到了 人没事')).toBe('P3')
    expect(urgencyOf('他把我推倒 手流血了 现在不疼了')).toBe('P2')
    expect(urgencyOf('他把我推倒 手流血了 现在还在流')).toBe('P1')
  })

  it('reads a fight called off as no time set for it, and as never fought', () => {
    expect(urgencyOf('他们本来约了今天放学打架 后来被老师知道 取消了')).toBe('P3')
    expect(categoryOf('他们本来约了今天放学打一架 后来取消了')).not.toBe('physical')
    expect(urgencyOf('他们约了今天放学打架')).toBe('P1')
  })
})

describe('words without images, a cry of exasperation, a video recorded and posted', () => {
  it('reads cyber insults said to have no images as routine', () => {
    expect(urgencyOf('有人在贴吧发帖骂她 全是文字没图')).toBe('P3')
    expect(urgencyOf('they keep posting mean stuff about him in the group, no photos just words')).toBe('P3')
  })

  it('reads 救命 beside insults or posts alone as exasperation, not danger', () => {
    expect(urgencyOf('救命 社死了 班群里有人把我名字改成猪')).toBe('P3')
    expect(urgencyOf('救命 班群里有人把我名字改成猪')).toBe('P1')
    expect(urgencyOf('救命 他们在厕所打我')).toBe('P1')
  })

  it('reads a child recorded and the recording posted as images spread', () => {
    expect(urgencyOf('上课的时候被同学偷偷录了 发到抖音上了')).toBe('P2')
  })

  it('reads how a child has been at night since as a state, and what is done whenever as a habit', () => {
    expect(urgencyOf('老师午睡时会把不睡的孩子关进小黑屋 他现在晚上都不敢睡')).toBe('P2')
    expect(urgencyOf('他说今晚要把我关进厕所')).toBe('P1')
  })

  it('reads a danger word spelt in pinyin against characters in a tip with few Latin words', () => {
    expect(categoryOf('我同桌说她不想huo了')).toBe('self_harm')
    expect(categoryOf('他说要dao了 在dao家的路上')).not.toBe('weapon')
  })
})

describe('a harm that has stopped, a call made, an adult’s account, a slur for where one is from', () => {
  it('takes the harm going on over one the tip says has stopped', () => {
    expect(
      categoryOf(
        'the kids taking his money stopped after you talked to them, but now they post his photos online',
      ),
    ).toBe('cyber')
    expect(categoryOf('they take his money every day and post his photos online')).toBe('extortion')
  })

  it('reads a phone call made as no blow', () => {
    expect(categoryOf('我是昨天打过电话的家长 孩子还是不肯去上学')).toBe('other')
  })

  it('does not take an adult’s account that the child bumped into something for self-harm', () => {
    expect(categoryOf('孩子胳膊上都是青的 老师说是他自己撞的')).not.toBe('self_harm')
    expect(categoryOf('她手上有烫伤 她说是她自己烫的')).toBe('self_harm')
  })

  it('reads biting oneself and banging one’s head as self-harm', () => {
    expect(categoryOf('他回家就咬自己的手')).toBe('self_harm')
    expect(categoryOf('她一生气就拿头撞墙')).toBe('self_harm')
  })

  it('reads children asked to a teacher’s home to work as no grooming', () => {
    expect(categoryOf('老师暑假叫几个学生去他家帮忙干活')).not.toBe('sexual')
  })

  it('reads money taken from the child, told in the passive, as extortion', () => {
    expect(categoryOf('这几天午饭钱都被高年级的要走了')).toBe('extortion')
  })

  it('reads a weapon asked about and answered no as no weapon', () => {
    expect(categoryOf('我问他们有没有拿刀 孩子说没有 就是推了他一下')).toBe('physical')
  })

  it('reads a slur for where a family comes from as verbal', () => {
    expect(categoryOf('班上的人叫他蛮子')).toBe('verbal')
  })
})

describe('dragged out, called to corner, typing, hiding behind a parent, harm only feared, an accident', () => {
  it('reads a child dragged out by others as physical', () => {
    expect(categoryOf('他昨晚被几个人从网吧拽出去了')).toBe('physical')
  })

  it('reads calling others to go and corner a child as a threat, not a deed', () => {
    expect(categoryOf('有人把他的照片和住址发到群里 还叫人去堵他')).toBe('cyber')
  })

  it('reads typing and playing a game as no blows', () => {
    expect(categoryOf('他们还在群里打字骂他')).toBe('cyber')
    expect(categoryOf('昨晚打蛋仔的时候队友骂他')).not.toBe('physical')
  })

  it('reads a child hiding behind a parent or in their room crying as fear, not hiding from pursuers', () => {
    expect(urgencyOf('她身上有掐痕 一看到那个同学就躲在我身后')).toBe('P2')
    expect(urgencyOf('同学骂他 他回家就躲在房间里哭')).toBe('P3')
    expect(urgencyOf('我躲在厕所里 他们在找我')).toBe('P1')
  })

  it('does not read a harm only feared to have happened, or an injury from an accident, as physical', () => {
    expect(categoryOf('我还以为他叫人打了 原来是自己摔的')).toBe('other')
    expect(
      categoryOf('he had a bruise and i was worried that he was beaten up, it was from a football game'),
    ).toBe('other')
    expect(categoryOf('he had a bruise, the boy who sits behind him punches him')).toBe('physical')
  })

  it('reads screaming at night after weeks of it, and trembling whenever something comes, as how the child has been', () => {
    expect(urgencyOf('for weeks the same boy has hit him and now he wakes up screaming')).toBe('P2')
    expect(urgencyOf('这学期身上常有掐痕 现在一看到校车就发抖')).toBe('P2')
  })

  it('reads "现在人在家里" as the child at home now', () => {
    expect(urgencyOf('中午被几个人打了 现在人在家里')).toBe('P2')
  })

  it('does not read a school that did not call as name-calling', () => {
    expect(categoryOf('nobody from the school called us about it')).toBe('other')
    expect(categoryOf('they called him a loser')).toBe('verbal')
  })
})

describe('an alarm resolved for one child, not for another; a cry in jest only when nothing else alarms', () => {
  it('reads the tipster’s own child found as no end to harm done to another', () => {
    expect(urgencyOf('我搞错了 不是我弟弟 但他们现在还在操场上打那个男生')).toBe('P1')
    expect(urgencyOf('我女儿人没事 有个同学被那几个人带走了 往水库那边去了')).toBe('P1')
    expect(urgencyOf('有个同学被他们拖走了 我这边已经接到孩子了')).toBe('P1')
    expect(urgencyOf('the boy they jumped is still missing. false alarm about my son though')).toBe('P1')
  })

  it('reads pain said to be gone as ending pain, not worse injuries', () => {
    expect(urgencyOf('头被踢了 一直吐 他说现在不疼了')).toBe('P1')
    expect(urgencyOf('his arm is bent weird after they twisted it, he says it doesnt hurt anymore')).toBe(
      'P1',
    )
  })

  it('keeps a cry for help when the laughter is not the tipster’s, or the tip says it is serious', () => {
    expect(urgencyOf('救命 不是开玩笑 有个男的一直在女厕所门口往里看 哈哈')).toBe('P1')
    expect(urgencyOf('救命 那个男的一直冲我们哈哈笑')).toBe('P1')
    expect(urgencyOf('救命 哈哈 他们拦着不让我下楼')).toBe('P1')
  })

  it('keeps a fight that was said to be called off but is still on', () => {
    expect(urgencyOf('他们跟老师说今天放学的架取消了 其实是骗老师的 改在网吧后面打')).toBe('P1')
    expect(
      urgencyOf('the fight is after school today, they only said it was cancelled so teachers wont come'),
    ).toBe('P1')
    expect(urgencyOf('约架 今晚八点在桥下 上次那场取消了')).toBe('P1')
  })

  it('keeps a child’s own cry for help whatever the habit told, and reads a parent’s plea with a habit as a plea', () => {
    expect(urgencyOf('他们天天扇她耳光 她刚打电话说她们又来了 求求你们快点')).toBe('P1')
    expect(urgencyOf('they always take my money and now theyve got me cornered pls help')).toBe('P1')
  })

  it('keeps a threat with a time when the child says how afraid they have been', () => {
    expect(urgencyOf('放学都不敢出教室 那几个人一直在门口守着 说我出来就打死我')).toBe('P1')
  })

  it('reads a threat said as what will be done at a time as a threat, not a habit', () => {
    expect(urgencyOf('他们放话说周五体育课的时候会把他打一顿 今天就是周五')).toBe('P1')
  })

  it('keeps a weapon not found when the child still seems to hide one', () => {
    expect(urgencyOf('同学说他带了刀来 老师翻了他书包 没找到刀 可他一直摸着口袋盯着那个男生')).toBe('P1')
  })

  it('keeps those who do harm waiting "together", and a group that drags a child', () => {
    expect(urgencyOf('他们在门口等我一起回家 说路上要收拾我')).not.toBe('P3')
    expect(categoryOf('一群初三的把我同学拽到厕所里去了')).toBe('physical')
    expect(categoryOf('他们在班群里约好了 放学把他拉到后山')).toBe('physical')
  })
})

describe('what is not self-harm, a weapon or a threat though it looks like one', () => {
  it('does not read harm forced on a child, a braid, a pill box, a ledge used to throw things, or a marker as self-harm', () => {
    expect(categoryOf('他们逼他用烟头烫自己 还拍了视频')).not.toBe('self_harm')
    expect(categoryOf('她们笑她扎自己的小辫子很土')).not.toBe('self_harm')
    expect(categoryOf('手工课要攒药盒做房子 他们把我的药盒踩扁了')).not.toBe('self_harm')
    expect(categoryOf('他们站在天台边上往下扔粉笔头砸我们')).not.toBe('self_harm')
    expect(categoryOf('他们抓着我的手 在手背上用马克笔划了个叉')).not.toBe('self_harm')
    expect(categoryOf('我唔想再做人哋嘅笑柄')).not.toBe('self_harm')
  })

  it('does not read an ordinary match, a game word, a class meeting or a visit to apologise as threats', () => {
    expect(urgencyOf('我们约了周六去他家打乒乓球 他们又说不带我')).toBe('P3')
    expect(urgencyOf('他们约了今晚开黑 说要把我踢出队伍')).not.toBe('P1')
    expect(urgencyOf('班主任说明天叫几个人来开班会')).toBe('P3')
    expect(urgencyOf('他们爸妈今晚要来我家谈谈')).not.toBe('P1')
    expect(urgencyOf('my brother said hell come back with his friends after school to walk me home')).toBe(
      'P3',
    )
  })

  it('does not read a craft knife a parent will replace as another weapon', () => {
    expect(urgencyOf('其实他没带刀 是美工刀做手工用的 他妈妈说会再买一把新的给他')).not.toBe('P1')
  })
})

describe('money, pictures and teachers, self-harm in a diary, fireworks, a lesson’s knife again', () => {
  it('reads a beating put in quotes, a child not let go, and older children following as danger now', () => {
    expect(urgencyOf('室友说今晚熄灯后要“教育”他 他不敢回宿舍')).toBe('P1')
    expect(urgencyOf('现在有两个大的跟着我 要我去取钱 不知道取完会不会放我走')).toBe('P1')
  })

  it('reads a hand moving down, private parts in a small child’s words, and a body check at night as assault', () => {
    expect(urgencyOf('老师把手搭在我肩膀上 然后慢慢往下移')).toBe('P1')
    expect(urgencyOf('女儿说尿尿的地方疼 是老师摸的')).toBe('P1')
    expect(urgencyOf('宿管说熄灯以后来给我检查身体')).toBe('P1')
  })

  it('reads exposure, staring at a chest and remarks on a body as sexual harassment', () => {
    expect(triage('有个男的在巷子里把裤子拉下来露给小孩看').category).toBe('sexual')
    expect(triage('有个男的在巷子里把裤子拉下来露给小孩看').urgency).toBe('P2')
    expect(categoryOf('有个男老师总盯着女生胸口看 还说发育得不错')).toBe('sexual')
    expect(
      categoryOf('a man keeps asking her for pics of her in her swimsuit and says dont tell your mom'),
    ).toBe('sexual')
  })

  it('reads a diary counting down to a pill bottle, "if one day I were gone", "will jump" and pills taken as self-harm', () => {
    expect(categoryOf('她日记里写着倒计时 最后一页画了个药瓶')).toBe('self_harm')
    expect(categoryOf('她问我要是她哪天不在了我会不会难过')).toBe('self_harm')
    expect(categoryOf('下次我真的会跳下去')).toBe('self_harm')
    expect(categoryOf('我把柜子里的药吃了半板')).toBe('self_harm')
    expect(categoryOf('she has cuts on her left forearm and says the cat did it')).toBe('self_harm')
  })

  it('reads an account held for money as extortion, and money spent of the child’s own will as none', () => {
    expect(categoryOf('he changed her password and says send 300 on wechat or he sells the account')).toBe(
      'extortion',
    )
    expect(categoryOf('我以为他被人敲诈了 问了才知道是自己充游戏 没人逼他')).not.toBe('extortion')
    expect(categoryOf('有人发帖说我借钱不还')).not.toBe('extortion')
  })

  it('reads fireworks thrown at a child as a weapon, and a lyric as no threat', () => {
    expect(categoryOf('他们拿打火机点鞭炮往他床上扔')).toBe('weapon')
    expect(urgencyOf('我发了句歌词 就让我消失在人海里 结果被骂矫情')).toBe('P3')
  })

  it('reads a swollen face still swollen as how it is, and a child locked into a toilet as physical', () => {
    expect(urgencyOf('今天被同桌扇了耳光 脸到现在还肿着')).toBe('P2')
    expect(categoryOf('上周被几个高年级的关到厕所里了')).toBe('physical')
  })

  it('reads the tool a lesson asks for as that tool when named again', () => {
    expect(urgencyOf('劳动课学做饭 让每个孩子带菜刀 十岁的孩子拿着菜刀坐公交 合理吗')).toBe('P3')
  })

  it('reads a knife seen wrongly, or never seen again, as no weapon', () => {
    expect(urgencyOf('前天说同学带刀 今天查了是一把金属尺子 孩子看错了')).toBe('P3')
  })
})

describe('threats in English idiom, a rooftop farewell, locked in and calm, blood from an ear', () => {
  it('reads "come alone or we come find you" and knowing the way home as threats', () => {
    expect(urgencyOf('they wrote tmr after school behind the gym, come alone or we come find you')).toBe('P1')
    expect(triage('they said they know his route home').urgency).toBe('P2')
  })

  it('reads a child on a rooftop saying they will not need to go back as self-harm', () => {
    expect(categoryOf('我现在在楼顶 以后也不用回教室了')).toBe('self_harm')
  })

  it('reads a child locked in who says they are fine as locked in now', () => {
    expect(urgencyOf('我没事 就是被他们锁在器材室了 门从外面扣上的 喊了没人应')).toBe('P1')
    expect(urgencyOf('被同学关在教室里 手机还有18%的电')).toBe('P1')
  })

  it('reads blood from an ear and lost hearing as badly hurt', () => {
    expect(urgencyOf('he came home with blood coming out of his ear, some boys hit him')).toBe('P1')
  })
})

describe('a weapon said to be a rumour, money a week, a cry about the past or about words', () => {
  it('reads "其实没有" and "今天没带" after a weapon as denying it', () => {
    expect(urgencyOf('群里说他们带了刀 其实没有 就是吓人的')).not.toBe('P1')
    expect(urgencyOf('那个带刀的孩子 他今天没带 书包里没有 不过还在骂人')).not.toBe('P1')
  })

  it('reads 一个礼拜五十块 as an amount a week, not a Friday', () => {
    expect(urgencyOf('有人收他保护费 一个礼拜五十块 不给就要让他好看')).toBe('P2')
    expect(urgencyOf('他们说礼拜五放学要打他')).toBe('P1')
  })

  it('reads a parent’s cry about words, weeks of money or a past day as anger, not danger now', () => {
    expect(urgencyOf('救命！！我儿子被同学取绰号了')).toBe('P3')
    expect(urgencyOf('救命 我儿子每天被高年级要钱 已经一个多月了')).toBe('P2')
    expect(urgencyOf('快报警！！有人抢了我侄子的手机 前天晚上的事')).toBe('P2')
    expect(
      urgencyOf('this is an emergency, my daughter was not invited to a party and cant sit with them'),
    ).toBe('P3')
    expect(urgencyOf('救命 他们在打我儿子')).toBe('P1')
  })

  it('reads "快点处理" as a plea, and "现在是好了" and "接回来了" as over', () => {
    expect(urgencyOf('拜托快点处理 有人收我表弟保护费')).toBe('P2')
    expect(urgencyOf('快来啊 我孙子上礼拜被人踹了 吐了一晚上 现在是好了')).toBe('P2')
    expect(urgencyOf('儿子放学两个钟头没回家 电话打不通 结果在同学家 现在已经接回来了')).toBe('P3')
  })
})

describe('exclusion by a group, words that are no blows, pictures in English and Chinese', () => {
  it('reads a group made to leave a child out as relational, and abuse posted in one as cyber', () => {
    expect(categoryOf('她们建了个小群 就没拉我 还到处说我坏话')).toBe('relational')
    expect(categoryOf('they made a new group chat without me')).toBe('relational')
    expect(categoryOf('they made a group without me and talk about me there')).toBe('cyber')
  })

  it('reads tattling, printing and a call made for someone as no blows', () => {
    expect(categoryOf('两个女生在群里骂她爱打小报告')).toBe('cyber')
    expect(categoryOf('他们说要打出来贴到厕所')).not.toBe('physical')
    expect(categoryOf('我是替我妹妹打的 老师说她儿子笨')).not.toBe('physical')
  })

  it('reads a fake picture in a group chat as images spread, and likes on a comment as none', () => {
    expect(urgencyOf('someone made a fake pic of me and its in the whole grade group chat')).toBe('P2')
    expect(urgencyOf('有人在评论区骂我丑 好多人点赞')).toBe('P3')
  })

  it('reads pictures of private parts as sexual', () => {
    expect(categoryOf('有个男生一直给我发他下面的照片')).toBe('sexual')
    expect(categoryOf('he keeps sending me pictures of his private part')).toBe('sexual')
  })

  it('reads 这一个多月 as weeks, and crying for a long time as no duration', () => {
    expect(urgencyOf('这一个多月班上的女生都不跟她玩')).toBe('P2')
    expect(urgencyOf('同桌叫她丑八怪 她哭了好久')).toBe('P3')
  })

  it('reads someone met in a game as no cyber bullying', () => {
    expect(categoryOf('她最近一直跟游戏里认识的一个哥哥聊天')).toBe('other')
  })
})

describe('what the second adversarial review found the new rules talked down', () => {
  it('never lets a harm said to have stopped hide self-harm, a weapon or a blow', () => {
    expect(categoryOf('她一直在手腕上划 说已经不再划了 可今天又有新的 有人把照片发到群里')).toBe('self_harm')
    expect(
      categoryOf(
        'he has been cutting his arms, he swears he has stopped, now girls are posting pics of his arms',
      ),
    ).toBe('self_harm')
  })

  it('reads a child beaten in a run-on transcript, and 打电话 alone, apart', () => {
    expect(categoryOf('我儿子哭着说被宿舍几个人打了电话里我听见他一直喊')).toBe('physical')
    expect(categoryOf('我早上跟班主任打了电话')).toBe('other')
  })

  it('keeps a child’s own account of head-banging, and doubts an adult’s account of a fall', () => {
    expect(categoryOf('他说心里难受的时候就拿脑袋去撞柜门')).toBe('self_harm')
    expect(categoryOf('宿管说她是自己摔的 可她胳膊全是淤青')).toBe('physical')
  })

  it('reads a child hiding while those after them call from outside as in danger', () => {
    expect(urgencyOf('她躲在自己房间里哭 那几个女生在楼下喊她 说不下来就上来拖她')).toBe('P1')
    expect(urgencyOf('那几个人一路追到我家 她躲在我身后一直抖 他们还在门口喊她')).toBe('P1')
  })

  it('keeps a harm first thought imagined and then confirmed', () => {
    expect(categoryOf('我还以为他被打了是我瞎想 问了才知道是真的')).toBe('physical')
  })

  it('reads only a fight as called off, not a bus', () => {
    expect(urgencyOf('they said theyre gonna jump me after school today, my bus got cancelled')).toBe('P1')
  })

  it('keeps a second child missing after the first is found, and a child found then gone again', () => {
    expect(
      urgencyOf('刚才说我儿子不见了 已经接到了 可他说一起走的那个同学被一个男的拉上车带走了 电话也打不通'),
    ).toBe('P1')
    expect(urgencyOf('她爸说她回来了又出去了 到现在都不知道去哪了')).toBe('P1')
    expect(urgencyOf('找到了 人没事 可她现在在网吧 那几个人不让她走 她偷偷发消息说很危险')).toBe('P1')
  })

  it('reads a head injury with sleepiness or slurred words as badly hurt whatever is said of pain', () => {
    expect(urgencyOf('他被推下台阶 头磕破了 他说现在不疼了 可是一直想睡觉')).toBe('P1')
    expect(
      urgencyOf('he got kicked in the head, he says it doesnt hurt anymore but hes sleepy and confused'),
    ).toBe('P1')
    expect(urgencyOf('胳膊被拧了 我现在一动就疼得受不了')).toBe('P1')
  })

  it('keeps a cry that follows screaming heard, and reads waking up screaming as how a child has been', () => {
    expect(
      urgencyOf('theyve been punching him for weeks and i can hear him screaming in the changing rooms'),
    ).toBe('P1')
  })

  it('reads home as no safety when those after the child are at its door', () => {
    expect(urgencyOf('我现在人在家里 他们几个在我家楼下喊我名字 说不下来就上来砸门')).toBe('P1')
  })

  it('reads only laughter as laughter, not 哈尔滨', () => {
    expect(urgencyOf('救命 哈尔滨路公交站有个喝醉的大叔一直拽着我同学的书包')).toBe('P1')
  })

  it('keeps a weapon in doubt when the child saw it, and a blade held to a neck', () => {
    expect(urgencyOf('有同学说他带了刀 老师翻了书包什么都没有 可我女儿亲眼看见他藏进了鞋里')).toBe('P1')
    expect(urgencyOf('他书包里有刀 我以为自己看错了 结果今天他拿出来比划')).toBe('P1')
    expect(urgencyOf('手工课要带美工刀 下课后那个男生拿美工刀抵着我同桌的脖子')).toBe('P1')
  })

  it('reads a visit to "apologise" in quotes as a threat', () => {
    expect(urgencyOf('那几个人说今晚要来我家“道歉” 上次他们“道歉”完 我哥被打进了医院')).toBe('P1')
  })

  it('reads pinyin for a knife, a cut or a slash where the characters beside it say so', () => {
    expect(categoryOf('他书包里藏了把dao')).toBe('weapon')
    expect(categoryOf('我同桌说她今晚想ge腕')).toBe('self_harm')
    expect(categoryOf('昨晚又在手腕上hua了好几道')).toBe('self_harm')
    expect(categoryOf('他们扒我的ku子')).toBe('sexual')
  })
})

describe('what the second adversarial review found the new rules pushed up', () => {
  it('does not read a teacher’s 「教育」, a game of tag, fireworks in the sky or a doctor as danger', () => {
    expect(urgencyOf('班主任说明天要好好「教育」一下上课说话的')).not.toBe('P1')
    expect(urgencyOf('玩老鹰捉小鸡 他们不肯放我走 非要我当老鹰')).not.toBe('P1')
    expect(urgencyOf('元宵节晚上在广场点烟花往天上放 表弟被笑胆小鬼')).not.toBe('P1')
    expect(urgencyOf('尿尿的地方长了个小包 带他去医院 医生摸了一下说没事')).not.toBe('P1')
    expect(urgencyOf('开学体检 校医给我检查身体 后来体重被同学看到了')).not.toBe('P1')
  })

  it('does not read an exam countdown, a diving board, medicine as prescribed or a kitten as self-harm', () => {
    expect(categoryOf('黑板写着中考倒计时30天 她桌上摆着个药瓶 同学叫她药罐子')).not.toBe('self_harm')
    expect(categoryOf('游泳课他们说我不敢从跳台跳 我说我会跳下去的')).not.toBe('self_harm')
    expect(categoryOf('医生开的药吃了三天了 同学说他有传染病')).not.toBe('self_harm')
    expect(categoryOf('she has cuts on her forearm from our new kitten')).not.toBe('self_harm')
  })

  it('does not read a boxing match, a drum exam, homework tonight or a school trip’s hotel as danger', () => {
    expect(
      urgencyOf('the fight is tonight at the county gym against another school, they call him skinny'),
    ).not.toBe('P1')
    expect(urgencyOf('明天的架子鼓考级 同桌说我打得跟敲锅一样')).not.toBe('P1')
    expect(
      urgencyOf('she told me i have to finish it tonight by myself and told the class im bossy'),
    ).not.toBe('P1')
    expect(urgencyOf('研学旅行 带队老师带我们去酒店放行李 同屋的说我打呼噜')).not.toBe('P1')
  })

  it('does not read seniors showing new pupils around, a child sketching by a river, or a silkworm as danger', () => {
    expect(urgencyOf('高年级的学长一直跟着我们新生 给我们介绍食堂 有人说我发型像锅盖')).not.toBe('P1')
    expect(urgencyOf('周末我一个人在河边写生 天快黑了才收拾回家')).not.toBe('P1')
    expect(urgencyOf('科学课老师让我们摸了摸蚕宝宝 后排男生笑我胆小')).not.toBe('P1')
  })

  it('does not read a stomach bug, a double-jointed thumb or bottles for recycling as danger', () => {
    expect(urgencyOf('he was vomiting with a stomach bug all weekend, now kids say he has covid')).not.toBe(
      'P1',
    )
    expect(urgencyOf('her thumb looks bent the wrong way when she does it, girls call her freak')).not.toBe(
      'P1',
    )
    expect(urgencyOf('劳动课我负责扔玻璃瓶到回收站 同组的说我偷懒')).not.toBe('P1')
  })
})

describe('voices of the youngest, of staff, of Hong Kong families and of English-speaking families', () => {
  it('reads threats in their words: a metal bar, 铁通, 盖布袋, a summons to talk, "sort him out"', () => {
    expect(
      urgencyOf('two older boys waiting across the road with a metal bar, they said they will sort him out'),
    ).toBe('P1')
    expect(categoryOf('佢话听日放学要带铁通嚟搵阿文')).toBe('weapon')
    expect(urgencyOf('今晚熄灯之后他们要把新生拉出来盖布袋')).toBe('P1')
    expect(urgencyOf('学长叫我今天放学去学校后面谈谈 上次去的人被打进了医院')).toBe('P1')
  })

  it('reads chests grabbed, pyjamas pulled off and a search for too many pills', () => {
    expect(urgencyOf('a boy keeps grabbing girls chests in the corridor')).toBe('P1')
    expect(urgencyOf('two boys got in and tried to pull a grade 7 girls pyjamas off')).toBe('P1')
    expect(categoryOf('he searched how many paracetamol is too many')).toBe('self_harm')
  })

  it('reads a wheelchair pushed over, a kick written in pinyin, exclusion at length and a fall that is a fall', () => {
    expect(categoryOf('有个大同学把我的轮椅推翻了')).toBe('physical')
    expect(categoryOf('五年级的ti我肚子')).toBe('physical')
    expect(categoryOf('她们让全班都不准跟一个刚转来的女生说话')).toBe('relational')
    expect(categoryOf('地上很滑 我们班有人摔倒了 没有受伤')).toBe('other')
  })

  it('reads a bruise from a bike, a follower who was a neighbour, and a son who was fine as over', () => {
    expect(urgencyOf('胳膊上的淤青 问清楚了 是周末骑自行车摔的 不是同学打的')).toBe('P3')
    expect(urgencyOf('上次我说有人跟着我回家 其实是邻居家的哥哥 没事了')).toBe('P3')
    expect(
      urgencyOf('my son didnt answer his phone for two hours, turns out his battery died, hes fine'),
    ).toBe('P3')
  })

  it('reads a fear shown whenever a teacher is seen as how the child has been', () => {
    expect(urgencyOf('老师经常骂他猪脑子 两个多月了 孩子现在见到他就发抖')).toBe('P2')
  })

  it('reads lewd jokes and remarks from a teacher, doxxing, and a worry about what may happen', () => {
    expect(categoryOf('数学老师在班级群里传很色的笑话 还说她穿裙子很性感')).toBe('sexual')
    expect(urgencyOf('有人起底了她家的地址')).toBe('P2')
    expect(urgencyOf('他说迟早要给他好看 小孩很害怕 不知道会不会真的动手')).toBe('P2')
  })
})

describe('short texts, a farewell letter, a child pulled into a car, states of sleep', () => {
  it('reads a child locked in and still knocking, and out by themselves and fine', () => {
    expect(urgencyOf('有人被锁厕所里了 现在还在敲门')).toBe('P1')
    expect(urgencyOf('他们把我锁在器材室 我自己出来了 没事')).toBe('P2')
  })

  it('reads a phone demanded while cornered as extortion, name-calling in English, filming in a toilet', () => {
    expect(categoryOf('昨天有人堵我要手机 说不给就揍我')).toBe('extortion')
    expect(categoryOf('my kid keeps getting called names')).toBe('verbal')
    expect(categoryOf('男厕有人偷拍')).toBe('sexual')
    expect(categoryOf('the pe teacher stands at the changing room door staring when we change')).toBe(
      'sexual',
    )
  })

  it('reads a letter left for parents with a farewell as self-harm', () => {
    expect(categoryOf('我没事 写给爸妈的信已经放在抽屉里了 以后大概不会再用这个了')).toBe('self_harm')
    expect(categoryOf('母亲节作业 我写给妈妈的信被同学笑了')).not.toBe('self_harm')
  })

  it('reads a child pulled into a car and pants pulled down as P1', () => {
    expect(urgencyOf('有个男的拽着一个小女孩往他车里拉')).toBe('P1')
    expect(urgencyOf('a boy keeps pulling down girls pants at recess')).toBe('P1')
  })

  it('reads nightmares at night, fear of going out between classes and a teacher’s sun punishment that is over as no danger now', () => {
    expect(urgencyOf('说不交钱就天天找他麻烦 孩子这几天晚上老做噩梦')).toBe('P2')
    expect(urgencyOf('他堵住我说迟早弄死你 我现在下课都不敢出教室')).toBe('P2')
    expect(urgencyOf('老师罚孩子在太阳底下站了一节课 回来说头晕 现在没事了')).not.toBe('P1')
  })

  it('reads a complaint that a gate is unsafe, noodles cut with a knife and a vaccine as no danger', () => {
    expect(urgencyOf('门口保安不在 这样太不安全了吧')).toBe('P3')
    expect(urgencyOf('食堂的刀削面天天坨成一坨')).toBe('P3')
    expect(categoryOf('今天打疫苗她哭了 被男生笑话')).toBe('verbal')
    expect(categoryOf('奶奶不识字 是他表姐帮我打的')).not.toBe('physical')
    expect(categoryOf('我哥说明天带几个人来学校帮我打回去')).toBe('physical')
  })
})

describe('what the third adversarial review found', () => {
  it('reads signs that an injury needs help now wherever a blow is named, and only there', () => {
    expect(urgencyOf('我儿子被他们按着头往墙上撞 接回来了 一直说想睡觉 迷迷糊糊的 吐了一次')).toBe('P1')
    expect(urgencyOf('they stomped on his stomach at lunch, hes been throwing up since')).toBe('P1')
    expect(urgencyOf('他被踹了后腰 说现在不疼了 可是刚才尿出来是红的')).toBe('P1')
    expect(urgencyOf('her wrist is swollen and bent sideways after they shoved her off the frame')).toBe('P1')
    expect(urgencyOf('孩子最近上课一直想睡觉 同学笑他是瞌睡虫')).not.toBe('P1')
    expect(urgencyOf('我弟说话有点说不清 班上几个男生老学他说话')).not.toBe('P1')
  })

  it('keeps a cry for hurry (快点处理, 快点管管) beside harm as a cry of now', () => {
    expect(urgencyOf('一中男厕所有人被按在地上打 快点处理')).toBe('P1')
    expect(urgencyOf('有个女生被几个人拖到操场后面 快点管管')).toBe('P1')
  })

  it('keeps a parent’s cry about their own child in danger as now', () => {
    expect(urgencyOf('快来 几个大孩子逼我儿子下水塘捞球 他不会游泳 已经下去了')).toBe('P1')
  })

  it('does not take "turns out" or a child back and gone again, or one’s own child picked up, as found', () => {
    expect(
      urgencyOf('lily hasnt come home and her phone is off, turns out she left with two older boys in a car'),
    ).toBe('P1')
    expect(urgencyOf('他放学没回家 后来他回来了一趟拿了钱 又跟他们走了 到现在没消息')).toBe('P1')
  })

  it('keeps a knife when it is the money that was not brought', () => {
    expect(urgencyOf('有个人拿着刀逼我交钱 我说今天没带 他叫我别动')).toBe('P1')
  })

  it('keeps a fight called off and then summoned again', () => {
    expect(urgencyOf('本来约今天下午在河边打的 后来说取消了 结果刚才他们又打电话叫他一个人过去')).toBe('P1')
  })

  it('reads plans made in a group to corner a child, farewell posts, and those still watching a home', () => {
    expect(urgencyOf('他们在群里商量今天放学去车棚堵我')).toBe('P1')
    expect(categoryOf('她在朋友圈发了一张药片的照片 配字 晚安 永远')).toBe('self_harm')
    expect(categoryOf('tonight she posted goodbye everyone, its been nice')).toBe('self_harm')
    expect(
      urgencyOf('a man followed her home, hes still standing across the street watching our house'),
    ).toBe('P1')
    expect(urgencyOf('tonight one messaged him bridge at 9, come by yourself or we come to yours')).toBe('P1')
  })

  it('does not read a friend not answering, a teacher’s toilet rule, a rusty frame, a telecom or a bedtime latch as danger', () => {
    expect(
      urgencyOf('my best friend isnt answering my messages and told the class not to talk to me'),
    ).not.toBe('P1')
    expect(urgencyOf('the teacher wont let him go to the toilet during lessons')).not.toBe('P1')
    expect(urgencyOf('the metal bars on the climbing frame are rusty and sharp')).not.toBe('P1')
    expect(urgencyOf('宿舍的网是铁通的 老断网 群里有人骂宿管')).not.toBe('P1')
    expect(urgencyOf('晚上熄灯后宿舍门插上了 室友们一直骂我打呼噜')).not.toBe('P1')
    expect(urgencyOf('她们几个在校门口等我一起走 路上一直笑我胖')).not.toBe('P1')
    expect(
      urgencyOf('the teacher told my son to come alone to her office to talk about his grades'),
    ).not.toBe('P1')
  })
})

describe('what the adversarial reviews left open', () => {
  it('reads a past beating told as the pattern of what goes on now as a warning, not a date', () => {
    const waiting = '初三那帮人在车棚等我一起回家 说路上有话跟我说 上次他们就是这样把我带到桥底下打的'
    expect([categoryOf(waiting), urgencyOf(waiting)]).toEqual(['physical', 'P1'])
    expect(urgencyOf('她们几个在车棚等我一起回家 上次也是这样')).not.toBe('P1')
    expect(urgencyOf('上次他们就是这样把我带到桥底下打的')).toBe('P2')
  })

  it('keeps quotes around Chinese words, so a visit in scare quotes is no friendly one', () => {
    expect(urgencyOf("那几个人说今晚要来我家'道歉' 上次他们'道歉'完 我哥被打进了医院")).toBe('P1')
    expect(urgencyOf('那几个人说今晚要来我家道歉 老师也会来')).not.toBe('P1')
  })

  it('reads a robbery told as going on now as P1, and one told as done or as a habit up to now as P2', () => {
    expect(
      urgencyOf(
        'for weeks some boys have been taking his lunch money. his friend just rang me, theyve got him behind the canteen and are going through his pockets',
      ),
    ).toBe('P1')
    expect(urgencyOf('他们把我堵在厕所 抢了我的饭卡和五十块')).toBe('P2')
    expect(urgencyOf('从开学到现在，班上有个男孩总是抢他的文具')).toBe('P2')
  })
})

describe('what the county’s children, families, staff and callers wrote (w64–w69)', () => {
  it('reads a child held in with the battery low and dusk coming as held now', () => {
    expect(urgencyOf('我被锁在器材室了 喊了没人应 手机只剩5%的电了 天快黑了')).toBe('P1')
    expect(
      urgencyOf('some boys locked the door 30 min ago, im still in the storage room and nobodys around'),
    ).toBe('P1')
  })

  it('reads a thing borrowed and kept, a bill paid for them, skins and loans forced as extortion', () => {
    expect(categoryOf('高年级的把我的耳机借走 说用两天 一个月了也不还')).toBe('extortion')
    expect(categoryOf('同学借了我的尺子 第二天就还了')).not.toBe('extortion')
    expect(categoryOf('初三的每天让他给他们刷饭卡')).toBe('extortion')
    expect(categoryOf('那个男的逼我弟给他买游戏皮肤')).toBe('extortion')
    expect(categoryOf('他们逼着他用花呗给他们买东西')).toBe('extortion')
    expect(categoryOf('some seniors keep making me transfer money on wechat')).toBe('extortion')
  })

  it('reads a threat the child feared and saw not come, and one feared with no such end', () => {
    expect(urgencyOf('我以为他们放学要打我 结果他们只是笑了我几句')).toBe('P3')
    expect(urgencyOf('我以为他们今天放学要打我 吓死了')).toBe('P1')
  })

  it('sets a threat on telling or paying, or a fear of revenge, only for a time said beside it', () => {
    expect(urgencyOf('从上学期开始 他们每周都要我交钱 说不交就揍我 今天又交了二十')).toBe('P2')
    expect(
      urgencyOf('孩子每个礼拜天拿生活费 礼拜三就花光了 室友每周都要他交三十 他一直不敢讲 怕被报复'),
    ).toBe('P2')
    expect(urgencyOf('他们说今晚熄灯后来拿钱 不给就打')).toBe('P1')
  })

  it('reads a recorded video posted after a clause between, and not stickers, as images spread', () => {
    expect(urgencyOf('他们拍了我哭的视频 当时我作业被撕了 后来发到快手上了')).toBe('P2')
    expect(urgencyOf('班群里有人叫他矮冬瓜 别人跟着发笑脸贴图')).toBe('P3')
    expect(urgencyOf('someone made an edited pic of her face and its all over the group chat')).toBe('P2')
  })

  it('reads a child left out of a party or a group as relational, with a teacher’s grouping no conduct', () => {
    expect(categoryOf('全班只有她没被邀请去生日会')).toBe('relational')
    expect(categoryOf('everyone got invited to the party except him')).toBe('relational')
    expect(categoryOf('the girls agreed not to pick me for the trip')).toBe('relational')
    expect(categoryOf('没人愿意跟我一组 老师把我分到了第三组 那组的人也不理我')).toBe('relational')
  })

  it('reads a child wondering aloud about their own death, pills saved and a jump from a roof as self-harm', () => {
    expect(categoryOf('要是我死掉 你们会不会记得我')).toBe('self_harm')
    expect(categoryOf('if i disappeared would anyone care')).toBe('self_harm')
    expect(categoryOf('if i died in the game i lose all my points')).not.toBe('self_harm')
    expect(categoryOf('she said she has been saving her sleeping pills')).toBe('self_harm')
    expect(categoryOf('佢話今晚想由天台跳落去')).toBe('self_harm')
    expect(categoryOf('the coach said hes a waste of space')).not.toBe('self_harm')
  })

  it('keeps a knife that a child shrugs off, and drops one a look found to be something else', () => {
    expect(urgencyOf('同学天天带弹簧刀来学校 在我脸前比划 我说没关系 他吓吓我而已')).toBe('P1')
    expect(categoryOf('有人喊他带刀了 我们过去看了 没有刀 是一把梳子')).not.toBe('weapon')
  })

  it('reads filming while girls change and genital pictures as sexual', () => {
    expect(categoryOf('有人趁女生换衣服的时候在窗外偷拍 照片发到群里了')).toBe('sexual')
    expect(categoryOf('a boy keeps sending her pics of his d*ck')).toBe('sexual')
    expect(categoryOf('佢send咗啲相畀我 係佢自己下面嗰啲')).toBe('sexual')
  })

  it('reads a kindness in scare quotes after an intent as a threat', () => {
    expect(urgencyOf('他们说放学要带她去后山「谈谈」')).toBe('P1')
    expect(urgencyOf('老师说放学要找她谈谈')).not.toBe('P1')
  })

  it('does not read a call not made, a child found where they hid, or a blow days ago now better as now', () => {
    expect(urgencyOf('孩子上周被打了 对方家长到现在一个电话都没打')).toBe('P2')
    expect(urgencyOf('一个孩子午睡后不见了 找了十分钟 在操场后面找到了 没事')).not.toBe('P1')
    expect(urgencyOf('在河边找到了他的鞋 孩子不见了')).toBe('P1')
    expect(urgencyOf('前儿个放学叫几个大孩子按地上打了 现在好点了', 'voice')).toBe('P2')
  })
})

describe('what the county wrote in w70–w75', () => {
  it('keeps a child shut in held until the tip says they got out, and a child shut out not held', () => {
    expect(urgencyOf('我被关在旧厕所里了 门从外面别上了 同学都走了 不是很怕 就是天快黑了')).toBe('P1')
    expect(urgencyOf('我被关在厕所里了 门从外面锁上了 后来保安开了门 回家了')).toBe('P2')
    expect(urgencyOf('老师把他赶出教室 门锁上不让进 他在走廊站了一上午')).not.toBe('P1')
    expect(
      urgencyOf('they locked my friend in the equipment room. hes been in there since 5, his phone died'),
    ).toBe('P1')
  })

  it('reads a fight arranged between groups as violence set for its time, and one called off as none', () => {
    expect(urgencyOf('下午放学 后山 我们班跟初三约的 十几个人 我被点名了必须去')).toBe('P1')
    expect(urgencyOf('放学后那帮人约了我们几个去河堤那边 说不去以后天天堵')).toBe('P1')
    expect(triage('上次说的约架 没打成 老师提前知道了 现在没事')).toMatchObject({
      category: 'other',
      urgency: 'P3',
    })
    expect(categoryOf('孩子们在排练节目 演打架的 不是真打')).not.toBe('physical')
  })

  it('reads a wish to die told in jest, a farewell post with friends deleted, and an ending as self-harm', () => {
    expect(categoryOf('lol if i got hit by a bus tmrw id be kinda relieved jk')).toBe('self_harm')
    expect(categoryOf('她发了个说说 再见了 谢谢你们 然后把我们几个都删了')).toBe('self_harm')
    expect(categoryOf('她写给她妈妈的信里说 周五之后就不会再麻烦大家了')).toBe('self_harm')
    expect(categoryOf('她发了一张药片的照片 配字终于可以结束了')).toBe('self_harm')
    expect(categoryOf('she keeps saying the marks under her sleeves are from a cat')).not.toBe('self_harm')
    expect(categoryOf('同桌袖子下面全是一道一道的 她说是被书划的')).toBe('self_harm')
  })

  it('reads intimate touching, nude pictures and a phone held over a toilet stall as sexual', () => {
    expect(urgencyOf('a bigger boy keeps pulling up her skirt and touching her bottom')).toBe('P1')
    expect(categoryOf('他老给她发那种光屁股的图')).toBe('sexual')
    expect(categoryOf('女厕有人从隔板上面伸手机下来拍')).toBe('sexual')
    expect(urgencyOf('数学老师站在后面贴得很近 还摸我们的腰')).toBe('P2')
    expect(urgencyOf('有个男的老站在路边 见着女娃就把裤子脱了')).toBe('P2')
    expect(urgencyOf('有个男的把我裤子脱了')).toBe('P1')
  })

  it('does not read a phone call, 发抖音, a family out of reach or a stranger’s accent as harm', () => {
    expect(categoryOf('我打她电话没人接')).not.toBe('physical')
    expect(categoryOf('我上礼拜打过一次 宿舍那个事还没人管')).not.toBe('physical')
    expect(urgencyOf('他们录了他哭的视频发抖音上了')).toBe('P2')
    expect(urgencyOf('弟弟的手机被抢了 现在联系不上家里了')).toBe('P2')
    expect(categoryOf('校门口有个外地口音的男的给娃们发糖')).toBe('other')
  })

  it('reads a rumour going round, insults about a girl’s body and names called as what they are', () => {
    expect(categoryOf('现在班里都在传我怀孕了')).toBe('relational')
    expect(categoryOf('她们建了个小群没拉我 在里面说我坏话')).toBe('cyber')
    expect(categoryOf('班里男生叫我飞机场')).toBe('verbal')
    expect(categoryOf('some kids on the bus calling a boy names')).toBe('verbal')
  })

  it('reads a video of a child shared round, a bike taken and a rerun set for tomorrow', () => {
    expect(urgencyOf('a video going round the class chats of a boy crying, somebody filmed him')).toBe('P2')
    expect(categoryOf('saw 2 teens take a younger kids bike at the bus stop')).toBe('extortion')
    expect(
      urgencyOf('they make the little ones fight each other at lunch. tomorrow theyre doing it again'),
    ).toBe('P1')
    expect(urgencyOf('they are doing it again right now behind the library')).toBe('P1')
  })

  it('hears a caller once through a stammer, and a report of now as the telling', () => {
    expect(categoryOf('my son says it was a a toy sword from the play, a plastic one')).not.toBe('weapon')
    expect(urgencyOf('i need to report this right now a boy called her a stupid cow today')).toBe('P3')
    expect(urgencyOf('hes still telling ppl hell get Kevin after school today')).toBe('P1')
    expect(urgencyOf('he keeps taking his ipad at break, says hell smash it if he tells')).toBe('P2')
  })
})

describe('what the county wrote in w76–w81', () => {
  it('does not read hyperbole, an insult to die or a grade’s class as self-harm or years', () => {
    expect(categoryOf('作业多到想死 有个男的叫我死肥猪')).toBe('verbal')
    expect(categoryOf('他们天天对我说你怎么还不去死 死了算了')).not.toBe('self_harm')
    expect(categoryOf('她跟我说 我死了算了')).toBe('self_harm')
    expect(urgencyOf('柳河小学三年班 有人散播谣言说她偷东西')).toBe('P3')
  })

  it('reads cuts seen on an arm or in a photo, relief from cutting, a railing and a profile emptied as self-harm', () => {
    expect(categoryOf('in the changing room i saw her arm there were cuts, fresh ones')).toBe('self_harm')
    expect(categoryOf('她发了手腕的照片 整排都是割痕')).toBe('self_harm')
    expect(categoryOf('她说划了心里就不难受了')).toBe('self_harm')
    expect(categoryOf('有个学姐坐在五楼走廊栏杆外面')).toBe('self_harm')
    expect(categoryOf('宿舍里有人说晚上要让新来的站到栏杆外面 说是练胆')).not.toBe('self_harm')
    expect(categoryOf('他QQ签名改成了倒计时 头像换成全黑的')).toBe('self_harm')
    expect(categoryOf('she wrote letters to her mom and to me and said youll know when to open it')).toBe(
      'self_harm',
    )
  })

  it('drops a knife a lesson needs when told later, a toy or lighter found after all, and a rumour proved false', () => {
    expect(
      urgencyOf(
        'a boy brought a knife to school. the teacher says its for the cooking elective. why carry knives',
      ),
    ).not.toBe('P1')
    expect(urgencyOf('同桌带了把枪来学校 结果是那种手枪形状的打火机')).not.toBe('P1')
    expect(urgencyOf('他放话说要带刀来 今天真带了 结果是把塑料的玩具刀')).toBe('P2')
    expect(urgencyOf('到处传二中跟职专今天要打群架 我去校门口看了 啥事也没有 老师说是谣言')).not.toBe('P1')
  })

  it('reads a threat on not paying set for after school, surrounding a child at a gate and "sooner or later"', () => {
    expect(urgencyOf('他让我明天带200块给他 不带就放学以后在桥底下打我')).toBe('P1')
    expect(urgencyOf('明天放学有一群人要在学校门口围我女儿')).toBe('P1')
    expect(triage('有个学长嗆我 说迟早打到我入医院')).toMatchObject({ category: 'verbal', urgency: 'P2' })
  })

  it('keeps a teacher’s conduct other when a time or a title comes between, and a call made no blow', () => {
    expect(categoryOf('镇上那个小学的老师 刚刚把我儿子耳朵揪出血了')).toBe('other')
    expect(categoryOf('宿管十点半就把大门锁了 我们在楼下进不去')).toBe('other')
    expect(categoryOf('mr zhao locked me in the music room for talking')).toBe('other')
    expect(categoryOf('班导刚刚打给我说我儿子被同学从楼梯推下去')).toBe('physical')
    expect(categoryOf('生活老师中午会把他们没吃完的饭倒掉')).toBe('other')
  })

  it('keeps a child shut in held whatever past is told, and a cornering on not paying the means of extortion', () => {
    expect(
      urgencyOf(
        'he locked me in the storage room at lunch. the bell rang ages ago and nobody hears me knocking',
      ),
    ).toBe('P1')
    expect(triage('高年级的几个孩子老找他要钱 不给就堵着不让他走')).toMatchObject({
      category: 'extortion',
      urgency: 'P2',
    })
  })

  it('reads a hand on a girl’s chest, a wheelchair tipped over and a head bleeding as what they are', () => {
    expect(urgencyOf('男老师晚上进女生宿舍 坐在床上 手放在她胸口')).toBe('P1')
    expect(categoryOf('几个大孩子把他轮椅掀翻了')).toBe('physical')
    expect(urgencyOf('boy bleeding from his head they slammed him into the wall')).toBe('P1')
  })

  it('does not read football, a nickname, 影片 of a slap or being kicked out of a chat as blows or weapons', () => {
    expect(categoryOf('我还以为他被人打了 结果是踢球摔的')).not.toBe('physical')
    expect(categoryOf('同桌给他起外号叫机关枪')).not.toBe('weapon')
    expect(categoryOf('last night they kicked her out of the group chat')).toBe('cyber')
    expect(categoryOf('有人偷拍我儿子在厕所哭的影片 传到群组')).toBe('cyber')
  })
})

describe('what the county wrote in w82–w87', () => {
  it('reads pills ready, cuts found with what cutting does, a better-off-without-me and a note as self-harm', () => {
    expect(categoryOf('she messaged: ive got the pills ready. tonight. thanks for being nice to me')).toBe(
      'self_harm',
    )
    expect(categoryOf('看了她手腕 好几道新划的口子')).toBe('self_harm')
    expect(categoryOf('我觉得大家没有我会比较好 我的东西都已经分给妹妹了')).toBe('self_harm')
    expect(
      categoryOf('found cuts on my sons arm tonight, he says cutting is the only thing that helps'),
    ).toBe('self_harm')
    expect(
      categoryOf('a note on her desk saying sorry and that shes tired of everything. she never arrived'),
    ).toBe('self_harm')
    expect(categoryOf('她说明天开始大家就看不到我了 还把她的猫托给我养')).toBe('self_harm')
  })

  it('reads a child led to a car, a watch to voicemail and a fight set for tomorrow as P1', () => {
    expect(
      urgencyOf('today i saw him take a girl by the hand towards a grey car and lost sight of them'),
    ).toBe('P1')
    expect(urgencyOf('she should have been home 40 min ago and now the watch just goes to voicemail')).toBe(
      'P1',
    )
    expect(urgencyOf('theres going to be a big fight tomorrow at lunch behind the canteen')).toBe('P1')
    expect(urgencyOf('那几个人说明天放学后校门口再收拾他 上礼拜已经被他们踹过一次了', 'voice')).toBe('P1')
    expect(urgencyOf('the kid who threatened me last week is back at school today')).not.toBe('P1')
  })

  it('reads money given up to now, an accusation, 上贡 and a near miss as what they are', () => {
    expect(urgencyOf('同班一个男生每天要零用钱 到现在给了快两百块')).toBe('P2')
    expect(categoryOf('someone told them i stole a phone and now nobody talks to me')).not.toBe('extortion')
    expect(categoryOf('初三的每个礼拜要我们班男生「上贡」一人二十')).toBe('extortion')
    expect(categoryOf('路口车特别多 上次差点撞到一个小孩')).not.toBe('physical')
    expect(categoryOf('书包里的钱没了 是不是被人抢了啊 可能是掉了')).not.toBe('extortion')
  })

  it('reads blows as a sandbag, a push into a ditch, a mocked stutter and a rumour spread', () => {
    expect(categoryOf('两个大个子下课拿他当沙袋捶')).toBe('physical')
    expect(categoryOf('上礼拜把他推沟里了')).toBe('physical')
    expect(categoryOf('kids copy my sons stutter when he reads out loud')).toBe('verbal')
    expect(categoryOf('宿舍几个人编排我女儿 现在整层楼都在传')).toBe('relational')
    expect(categoryOf('这算不算体罚 老师让他在外面站了一节课')).toBe('other')
  })

  it('reads edited faces, screen recordings, sextortion and photos in nightwear asked for', () => {
    expect(urgencyOf('有人用AI将她的脸改成很恶心的图 开了个账号专门发')).toBe('P2')
    expect(urgencyOf('他开直播让同学学狗叫 录屏都被传出去了')).toBe('P2')
    expect(categoryOf('i sent him some pics when we dated, now he says pay or he posts them')).toBe('sexual')
    expect(categoryOf('男老师半夜私讯我女儿 要她传穿睡衣的照片')).toBe('sexual')
  })

  it('reads skins gifted, a password wanted and things taken off a boy as extortion, and a treat offered as none', () => {
    expect(categoryOf('they made him gift them every skin he had and now want his password')).toBe(
      'extortion',
    )
    expect(categoryOf('2 boys take them off him in the stairwell')).toBe('extortion')
    expect(categoryOf('同学看见她跟一个不认识的阿姨走了 说要给她买好吃的')).not.toBe('extortion')
    expect(categoryOf('班主任让每个学生交一百块买练习册')).toBe('other')
  })
})

describe('what the county wrote in w88–w93', () => {
  it('reads pills saved from a parent, arms cut deep and a keepsake given as self-harm', () => {
    expect(categoryOf('ive been saving my moms sleeping pills and i think ill take them this weekend')).toBe(
      'self_harm',
    )
    expect(categoryOf('she cut her arms last night and says next time she will do it properly')).toBe(
      'self_harm',
    )
    expect(categoryOf('she keeps saying everyone would be better off without her')).toBe('self_harm')
    expect(categoryOf('佢影咗成堆药丸 话已经食咗')).toBe('self_harm')
  })

  it('reads money by a time or a beating, and a gang going to a dorm to deal with someone, as P1', () => {
    expect(urgencyOf('they want 100 yuan by tomorrow morning or they beat me in the toilet again')).toBe('P1')
    expect(urgencyOf('今晚下晚自习他们要去男生宿舍302收拾一个人')).toBe('P1')
    expect(categoryOf('说是他抢了别人女朋友')).not.toBe('extortion')
  })

  it('does not read a teacher’s phone, a knife the bag did not hold, a rumour, smokers or a chat as danger now', () => {
    expect(urgencyOf('同学叫他矮冬瓜 老师电话也打不通')).not.toBe('P1')
    expect(
      urgencyOf('there was talk the boy had a knife but the teacher checked his bag and there wasnt one'),
    ).not.toBe('P1')
    expect(urgencyOf('he said a boy had a knife. turned out it was a plastic toy knife')).not.toBe('P1')
    expect(urgencyOf('家长群在传班上有人带刀 问了导师 是谣言 根本没这回事')).not.toBe('P1')
    expect(urgencyOf('放学好多五六年级的躲在巷子里抽电子烟')).not.toBe('P1')
    expect(urgencyOf('她们建了个小群不拉我 还在里面说我坏话')).not.toBe('P1')
    expect(urgencyOf('晚自习下课后 几个外校的在那蹲着抽烟 也没干啥')).not.toBe('P1')
    expect(urgencyOf('逢星期一要他交20块 不给就说要他好看')).toBe('P2')
  })

  it('keeps a child shut in now held, and one shut in on a day told before it past', () => {
    expect(urgencyOf('刚才他传讯息给我 我在体育器材室 他们把门锁了 天都黑了')).toBe('P1')
    expect(urgencyOf('上周三被同班的几个关在厕所隔间 关了一整节课 老师到现在都没处理')).toBe('P2')
  })
})

describe('what the county wrote in w94–w99', () => {
  it('reads a plan for a reservoir with things given away as self-harm', () => {
    expect(categoryOf('我想好了 周六去水库那边 东西都分给同学了 不是开玩笑')).toBe('self_harm')
  })

  it('reads a fight arranged for after school today, and a boy beaten now with help called for, as P1', () => {
    expect(
      urgencyOf(
        'two girls said its been arranged: behind the gym after school today, grade 9 boys are coming',
      ),
    ).toBe('P1')
    expect(urgencyOf('之前就常被他们叫去跑腿 今天放学又被拖进巷子里 五六个人围着打 拜托快点派人来')).toBe(
      'P1',
    )
  })

  it('drops a weapon the tip says was not one, a knife misread, and a phone under a skirt as touching', () => {
    expect(categoryOf('上次我说他书包里有刀 后来老师翻了 是个铁尺子不是刀')).not.toBe('weapon')
    expect(categoryOf('脸上划了一道口子 一开始我以为是刀划的 问清楚了不是')).not.toBe('weapon')
    expect(urgencyOf('上周他拿手机伸到我裙子底下拍')).toBe('P2')
  })

  it('does not read work away from home, 从小到大, things gone missing, two weeks or a parent’s anger as danger now', () => {
    expect(urgencyOf('几个人找他要保护费 一个礼拜十块 他妈在外面打工')).toBe('P2')
    expect(categoryOf('他从小到大没受过这种气')).not.toBe('weapon')
    expect(urgencyOf('his new trainers went missing in october, two boys took them off him')).toBe('P2')
    expect(urgencyOf('她这两个礼拜一直跟我要钱 是两个五年级的每天叫她交五块')).toBe('P2')
    expect(urgencyOf('同桌叫他矮冬瓜 我现在气到发抖')).not.toBe('P1')
    expect(urgencyOf('新买的鞋被借走了 说是借穿 到现在也没还')).toBe('P2')
    expect(urgencyOf('我弟弟被三个人拖进了小巷子 我到现在都没找到他')).toBe('P1')
  })
})

describe('what the county wrote in w100–w105', () => {
  it('reads a child on a roof about to jump, pills eaten, and a calm farewell as self-harm', () => {
    expect(urgencyOf('天台上有个女生 说要跳', 'voice')).toBe('P1')
    expect(categoryOf('my friend ate many sleeping pills after school and now she is very sleepy')).toBe(
      'self_harm',
    )
    expect(categoryOf('东西都送给室友了 药也买好了 以后不用再麻烦你们了')).toBe('self_harm')
    expect(categoryOf('把旧书送给同桌了 药也买好了 感冒快好了')).toBe('other')
    expect(categoryOf('他在楼上跳绳 吵得我睡不着')).not.toBe('self_harm')
  })

  it('reads homework hyperbole, a stammered denial and a parent’s anger laughed off as no harm', () => {
    expect(categoryOf('too much homework again, so much i want to die lol')).not.toBe('self_harm')
    expect(categoryOf('so much homework i want to die')).not.toBe('self_harm')
    expect(categoryOf('they hit me so much i want to die')).toBe('self_harm')
    expect(triage('作业多到想死 不是不是真的想死', 'voice').category).not.toBe('self_harm')
    expect(urgencyOf('考砸了我妈要杀了我哈哈')).not.toBe('P1')
    expect(categoryOf('failed maths, my mom will kill me lol')).toBe('other')
    expect(urgencyOf('救命 这作业是人写的吗 多到想死😭')).toBe('P3')
  })

  it('keeps a child shut in with the call cut off, a rush there, and bleeding as someone speaks P1', () => {
    expect(
      urgencyOf('they locked my brother in the store room then the call cut, i call back no answer'),
    ).toBe('P1')
    expect(urgencyOf('上学期就老被要钱 刚才他说被关在厕所里 我现在往学校赶 你们先派个人去')).toBe('P1')
    expect(urgencyOf('校门口一个小孩被人打了 头上在流血 要不要叫120', 'voice')).toBe('P1')
  })

  it('sets a threat for the time said before it, and for none when the tip says no time was given', () => {
    expect(urgencyOf('they said tonight they will wait outside my house to beat me')).toBe('P1')
    expect(urgencyOf('my son told me tonight that they hit him last week')).toBe('P2')
    expect(urgencyOf('他约我明天去操场 说不来就放学堵我')).toBe('P1')
    expect(urgencyOf('他今天又说要弄死我 但是没说什么时候')).toBe('P2')
    expect(urgencyOf('today at lunch a boy tell him i will kill you, no knife, just words')).toBe('P2')
    expect(urgencyOf('they said they gonna jump me after school i cant tell my mom')).toBe('P1')
  })

  it('clears a weapon a search found was rumour, or that was a ruler instead, but not one promised again', () => {
    expect(categoryOf('有人反映他带了甩棍 检查了书包 未发现甩棍 系同学间传言')).not.toBe('weapon')
    expect(categoryOf('孩子说有同学带刀 老师说不是刀 是一把塑料尺子')).not.toBe('weapon')
    expect(categoryOf('他今天没带刀。但是他说明天带来')).toBe('weapon')
    expect(categoryOf('今天没带刀。他说我迟早弄死你')).not.toBe('weapon')
  })

  it('reads a second denial of a blow, 无 before a danger, and a call placed from the poster as no harm', () => {
    expect(categoryOf('她们不跟她玩 没打她没有打 就是不理她')).toBe('relational')
    expect(categoryOf('经评估无自伤想法 近五周被同学孤立')).toBe('relational')
    expect(categoryOf('看到海报上的号码我就打了 他们把我书包拿走了 要五十块才还')).toBe('extortion')
  })

  it('does not take a parent’s plea after weeks of demands, nor an older harm dated in years, as danger now', () => {
    expect(
      urgencyOf('they make him give money every week, if not give they will beat him. please help us'),
    ).toBe('P2')
    expect(urgencyOf('三年前她被推下楼梯骨折了 现在过得很好 我到现在都想不通')).toBe('P2')
  })

  it('reads rumours of stealing, shunning in plain English, a group told whom to shun, and a month as weeks', () => {
    expect(categoryOf('the girls made up a story that she steals from bags')).toBe('relational')
    expect(categoryOf('they tell everybody she steal the money, nobody play with her')).toBe('relational')
    expect(categoryOf('她们说谁跟她玩就不跟谁好')).toBe('relational')
    expect(urgencyOf('they post he is dirty in the class chat. already more than one month')).toBe('P2')
    expect(urgencyOf('he called me names about a month ago')).toBe('P3')
    expect(urgencyOf('从上学期开始 同桌天天骂她')).toBe('P2')
  })

  it('reads things handed over under force as extortion, and a teacher’s confiscation as staff conduct', () => {
    expect(categoryOf('他们逼我把新鞋脱下来给他们')).toBe('extortion')
    expect(categoryOf('几个初三的让小孩把饭卡交出来给自己刷')).toBe('extortion')
    expect(categoryOf('老师让我把作业交出来')).toBe('other')
    expect(categoryOf('班主任没收了我的手机')).toBe('other')
  })

  it('reads screenshots offered to the police, online shopping, a failed exam and a blocked road as no harm', () => {
    expect(urgencyOf('群里他们骂我 我截图了 要不要发给你们')).toBe('P3')
    expect(categoryOf('他们好像是在网上买的电子烟')).toBe('other')
    expect(categoryOf('这次考砸了 心情不好')).toBe('other')
    expect(categoryOf('电动车把通道全堵了')).toBe('other')
    expect(categoryOf('他们在门口堵我')).toBe('physical')
  })

  it('reads a group set on a child with their address posted as online harm', () => {
    expect(categoryOf('有人在群里发我家地址 说让大家去楼下堵我揍我')).toBe('cyber')
  })

  it('reads a cut another child made as a weapon, and a wound with an excuse still as self-harm', () => {
    expect(categoryOf('同学拿美工刀划他的手背 我看了手上一道口子')).toBe('weapon')
    expect(categoryOf('她手臂上很多划痕 她说是被玻璃划伤了 但我不信')).toBe('self_harm')
  })

  it('reads a film of a child posted and going round, a parent’s death as an insult, and “was lock in” in ESL', () => {
    expect(
      urgencyOf('someone filmed my little sister crying in class and posted it, now its in every group'),
    ).toBe('P2')
    expect(categoryOf('a boy say his mother is dead in front of the class')).toBe('verbal')
    expect(categoryOf('yesterday he was lock in the storeroom by older boys')).toBe('physical')
  })

  it('reads a thing borrowed and given back as no extortion', () => {
    expect(categoryOf('同桌拿了我的尺子 不是抢的 是借的 后来还给我了')).not.toBe('extortion')
    expect(categoryOf('他借了我的钱一直不还')).toBe('extortion')
  })
})

describe('what the county wrote in w106–w111', () => {
  it('sets a threat for a clock time or lights-out, and for a time told just before it', () => {
    expect(urgencyOf('they beat him last month, tonight they told him 10pm behind the gym or else')).toBe(
      'P1',
    )
    expect(urgencyOf('he said my brother will be "taught a lesson" after school today')).toBe('P1')
    expect(urgencyOf('after lights out tonight they are gonna give him a blanket party')).toBe('P1')
    expect(urgencyOf('my son told me tonight they beat him')).toBe('P2')
  })

  it('reads leaving from a roof, ending it, cutting again and Cantonese of being locked in as danger now', () => {
    expect(categoryOf('我想好了 今晚从天台走')).toBe('self_harm')
    expect(categoryOf('我们从楼顶走下来了')).toBe('other')
    expect(categoryOf('she says she keeps thinking about ending it')).toBe('self_harm')
    expect(categoryOf('we are thinking about ending it with the old group chat')).not.toBe('self_harm')
    expect(categoryOf('i cut again last night')).toBe('self_harm')
    expect(urgencyOf('我個仔啱啱打電話畀我 話佢俾人鎖咗喺廁所入面 出唔到嚟 佢喊緊')).toBe('P1')
  })

  it('reads a young child brought home without her underwear as assault, and a stranger back and still there as now', () => {
    expect(urgencyOf('picked my daughter up today and her underwear was gone')).toBe('P1')
    expect(urgencyOf('上次那个男的又来校门口了 叫她们上他的车 现在还在')).toBe('P1')
    expect(urgencyOf('上次有个陌生人一直跟着她们 后来没再来')).not.toBe('P1')
  })

  it('does not read a phone taken off a child, road danger, exhaustion or a typo as danger now', () => {
    expect(urgencyOf('they took his phone off him and want 300 to give it back')).toBe('P2')
    expect(urgencyOf('校门口过马路很危险 车开得太快')).toBe('P3')
    expect(urgencyOf('补课补到晚上九点 人都要废了')).toBe('P3')
    expect(categoryOf('不是一中是二中 刚才打错了')).toBe('other')
  })

  it('keeps a threat told after a day of things done, or promised every day, set for no hour', () => {
    expect(urgencyOf('今天老师查过他书包了 没有刀 不过他还是说要弄死我')).toBe('P2')
    expect(urgencyOf('明天别来学校了 不然有你好看的')).toBe('P1')
    expect(urgencyOf('今天又被要了二十 说不给就每天都打他')).toBe('P2')
    expect(urgencyOf('周末回家前他们翻我柜子 钱和饭卡都拿走 说敢讲就等着')).toBe('P2')
  })

  it('clears a weapon a search showed was bragging, or that the child saw wrongly in Cantonese', () => {
    expect(categoryOf('都传他书包里有刀 书包翻了 没有 就是吹的')).not.toBe('weapon')
    expect(categoryOf('大家都觉得他只是吹牛 但他今天拿刀出来给我们看了')).toBe('weapon')
    expect(categoryOf('上個禮拜話有人帶刀 其實係我睇錯 唔係刀 係原子筆')).not.toBe('weapon')
  })

  it('reads imitation, jokes at a child’s expense and a name called as insults, not being surrounded as blows', () => {
    expect(categoryOf('他一直学我说话 还拿我的口音开玩笑')).toBe('verbal')
    expect(categoryOf('就是那个天天被叫小瞎子的')).toBe('verbal')
    expect(categoryOf('今日佢哋圍住笑我肥')).toBe('verbal')
    expect(categoryOf('遲早找人蓋你布袋')).toBe('verbal')
  })

  it('reads a head held down, a face put on a pig, lewd photos in Cantonese and pornography shown as what they are', () => {
    expect(categoryOf('three older boys were holding his head down over the toilet')).toBe('physical')
    expect(urgencyOf('someone put her face on a pig body and its in every class group')).toBe('P2')
    expect(categoryOf('有個師兄成日send啲咸濕相畀我個女')).toBe('sexual')
    expect(categoryOf('宿管叫我去他值班室 说要给我看那种片子')).toBe('sexual')
    expect(categoryOf('班主任晚上发消息问她穿的什么 还让她拍一张')).toBe('sexual')
  })

  it('reads a fake nude going round now as harassment, and homework hyperbole in slang as no self-harm', () => {
    expect(urgencyOf('someone photoshopped her face onto a naked body and its going round every gc rn')).toBe(
      'P2',
    )
    expect(categoryOf('3 essays due fri im literally gonna unalive jk')).not.toBe('self_harm')
    expect(categoryOf('i want to unalive myself')).toBe('self_harm')
  })
})

describe('what the county wrote in w112–w117', () => {
  it('reads a bridge to jump from, burning oneself, a bloody wrist posted, and a black profile with pills saved', () => {
    expect(urgencyOf('他说放学要去大桥那里跳下去', 'voice')).toBe('P1')
    expect(urgencyOf('我现在在河边桥上 不想回去了 就想下去算了', 'voice')).toBe('P1')
    expect(categoryOf('有个男孩拿打火机烧自己胳膊')).toBe('self_harm')
    expect(categoryOf('他在群里发了手腕的照片 全是血 说这是最后一次了 让我们别找他')).toBe('self_harm')
    expect(
      categoryOf(
        'her pfp is all black now and she hasnt replied since last night, she has pills shes been saving up',
      ),
    ).toBe('self_harm')
    expect(categoryOf('也不想回学校 想着今晚就从宿舍楼顶跳下去算了')).toBe('self_harm')
  })

  it('reads a harm on a condition told further on, undressing on a live stream, and a fight arranged for tonight', () => {
    expect(urgencyOf('明天我要是不给他带钱 他就叫他那几个人在放学的路上打我', 'voice')).toBe('P1')
    expect(urgencyOf('直播里好几个女生在扒一个小姑娘的衣服 现在还在播')).toBe('P1')
    expect(urgencyOf('两个班约好今晚下晚自习后在后门篮球场打群架')).toBe('P1')
    expect(urgencyOf('明天的架子鼓考级 同桌说我打得跟敲锅一样')).not.toBe('P1')
  })

  it('reads weapons kept at home, at the guard post, as likenesses, or found to be something else as no danger', () => {
    expect(urgencyOf('他家墙上挂着一把开山刀 那个同学从来没带过刀来学校')).toBe('P3')
    expect(urgencyOf('收拾他房间 在抽屉里翻到一把弹弓 他说从来没带去学校')).toBe('P3')
    expect(urgencyOf('孩子说门卫室放着钢叉和棍子 吓哭了')).toBe('P3')
    expect(urgencyOf('a boy had a knife, it was a pencil sharpener made to look like a knife')).toBe('P3')
    expect(urgencyOf('its a plastic water gun for sports day')).toBe('P3')
    expect(urgencyOf('老师拿枪对着他们 后来问清楚了 是量体温的额温枪')).toBe('P3')
    expect(urgencyOf('劳动课学切黄瓜 用的学校的刀 用完老师收走了')).toBe('P3')
    expect(urgencyOf('班主任把他书包翻过了 啥也没有')).not.toBe('P1')
    expect(categoryOf('有人把他的照片P成拿刀的样子发到群里 他根本没有')).toBe('cyber')
    expect(categoryOf('被打了 拿那个棍子 不是棍子 是拿拳头')).toBe('physical')
  })

  it('reads homework hyperbole, a song’s line, a game’s slang and a day off as no self-harm', () => {
    expect(categoryOf('作业留得太多了 写得我都想死了')).not.toBe('self_harm')
    expect(categoryOf('she posted i just wanna disappear, its a line from the song she loves')).not.toBe(
      'self_harm',
    )
    expect(categoryOf('他老喊我要去死了 原来是说他游戏里那个小人')).not.toBe('self_harm')
    expect(categoryOf('周记里写 好累 想消失一天')).not.toBe('self_harm')
    expect(categoryOf('she has not said anything about hurting herself, i asked')).not.toBe('self_harm')
    expect(categoryOf('he says kms lol every time he gets a bad mark')).not.toBe('self_harm')
  })

  it('does not read homework till midnight, a question of danger or tidying a room as danger', () => {
    expect(urgencyOf('孩子作业要弄到十二点多')).toBe('P3')
    expect(urgencyOf('明天消防演习要放烟雾 会不会有危险啊')).toBe('P3')
    expect(categoryOf('他说今晚收拾他房间')).toBe('other')
  })
})

describe('what the county wrote in w118–w123', () => {
  it('reads an alarm resolved in the tip as over: out already, found, the child fine, a mistake owned', () => {
    expect(urgencyOf('刚才说我儿子被关在厕所里 现在已经出来了 他说是同学把门从外面别住了')).toBe('P2')
    expect(urgencyOf('昨晚一夜没回来 今天早上在同学家找到了 他说不敢回家')).not.toBe('P1')
    expect(urgencyOf('女儿半天不回消息 原来是在上课手机交了')).toBe('P3')
    expect(urgencyOf('the teacher found her hiding in the toilet, she is okay')).not.toBe('P1')
    expect(urgencyOf('some boys were hitting him in the hallway, he came home an hour ago, he is okay')).toBe(
      'P2',
    )
    expect(urgencyOf('刚才说有人要打我弟 是我看错了 他们只是骂他')).not.toBe('P1')
    expect(urgencyOf('一大帮孩子在追 过去一看原来是在玩 是我多心了')).toBe('P3')
    expect(urgencyOf('a man followed her home yesterday, turns out hes the new bus helper, all fine')).toBe(
      'P3',
    )
  })

  it('keeps danger when the child only says they are fine, or it is guessed', () => {
    expect(urgencyOf('blood coming out of his ear and he cant hear, he says hes okay')).toBe('P1')
    expect(urgencyOf('four guys waiting outside the gate right now to jump him, i think hes fine')).toBe('P1')
  })

  it('reads a cry of fear, but not fear of telling followed by a plea about the matter, as now', () => {
    expect(urgencyOf('im scared. please help')).toBe('P1')
    expect(urgencyOf('they take his money every day. he is scared to tell anybody. please help us')).toBe(
      'P2',
    )
  })

  it('reads a stranger following until now in Cantonese, a child stripped by others, and pictures of privates', () => {
    expect(urgencyOf('有個唔識嘅阿叔由我出校門跟到而家')).toBe('P1')
    expect(urgencyOf('我同學啱啱畀幾個人拉咗去後樓梯除衫影相')).toBe('P1')
    expect(urgencyOf('叫佢除衫俾佢睇 佢冇理佢')).toBe('P2')
    expect(categoryOf('this guy keeps sending me pics of his private stuff')).toBe('sexual')
    expect(urgencyOf('有个男的站在幼儿园围墙拐角 把裤子脱了 对着小孩')).toBe('P2')
  })

  it('reads edited photos spread in Cantonese as images, and a picture off the internet as no online harm', () => {
    expect(urgencyOf('有人將我個女張相P到好肥 放上IG 成班同學都share咗')).toBe('P2')
    expect(urgencyOf('班上有人開咗個群專登放我啲醜樣相')).toBe('P2')
    expect(categoryOf('it was a pic off the internet, he never had one. hes telling everyone im gay')).toBe(
      'relational',
    )
  })

  it('does not read a name like 阿明 as tomorrow, a vaccine as a blow, or a fear of revenge as a threat', () => {
    expect(urgencyOf('阿明天天推我撞墙')).toBe('P2')
    expect(urgencyOf('她说明天学校要组织打那个疫苗 那个针安不安全啊')).toBe('P3')
    expect(urgencyOf('请问霸凌可以匿名检举吗 我怕被报复')).toBe('P3')
    expect(urgencyOf('my mum is going to kill me when she sees my report card lol')).toBe('P3')
  })

  it('keeps a weapon shown yesterday despite today’s denial, and clears one a search found was not there', () => {
    expect(urgencyOf('他今天沒帶刀來 但他昨天有拿出來嚇人')).toBe('P1')
    expect(categoryOf('当时孩子说对方拿了棍子 后来学校查了是没有棍子 就是用手打了他几下')).toBe('physical')
    expect(categoryOf('佢哋話阿明帶咗刀返學 其實係把梳嚟 唔係刀')).not.toBe('weapon')
    expect(categoryOf('the bb gun thing was fake, he never had one')).not.toBe('weapon')
  })
})

describe('what the county wrote in w124–w129', () => {
  it('reads a fight going on in three words, a stick brought to hit with, and a threat on money not brought', () => {
    expect(urgencyOf('1007 gate fight now blood')).toBe('P1')
    expect(
      categoryOf(
        'a kid has been bringing a big stick to school and says he will hit the little ones with it',
      ),
    ).toBe('weapon')
    expect(urgencyOf('他们说明天再不把两百块带来 放学就在后门打我')).toBe('P1')
    expect(urgencyOf('今儿个那帮人又给他捎话 说放了学在河堤上等他')).toBe('P1')
    expect(urgencyOf('1024 🆘🆘🆘')).toBe('P1')
    expect(categoryOf('sum1 got a kinfe in the toilet')).toBe('weapon')
  })

  it('reads touching a chest, a skirt and underwear pulled down as assault, and a pocket turned out as theft', () => {
    expect(urgencyOf('男老师辅导的时候假装不小心用手蹭女生的胸')).toBe('P1')
    expect(categoryOf('男老师辅导的时候假装不小心用手蹭女生的胸')).toBe('sexual')
    expect(urgencyOf('an older boy pulled her skirt and her underwear down in front of the line')).toBe('P1')
    expect(categoryOf('他说六年级的扒他裤子 细问才知道是扒他裤兜 拿走了五十块钱')).toBe('extortion')
  })

  it('does not read missed lessons, money taken again and again, or a slap two weeks ago as danger now', () => {
    expect(urgencyOf('the teacher keeps him outside the classroom and he is missing all his lessons')).toBe(
      'P3',
    )
    expect(urgencyOf('被同一伙人要了三次钱了 就是几个人围着他要 他每次都给了')).toBe('P2')
    expect(urgencyOf('前个礼拜他回来脸上有巴掌印 说是同学扇的 现在消了')).toBe('P2')
  })

  it('reads a snack taken on pain of friendship as extortion in English', () => {
    expect(
      categoryOf('a big girl tells the little ones to give her their snacks or she wont be their friend'),
    ).toBe('extortion')
  })
})

describe('what the county wrote in w130–w133', () => {
  it('reads a list of weapons denied together, and a consequence of refusing, as no danger now', () => {
    expect(urgencyOf('没打架 也没带什么刀啊棍子啊那些 就是有人叫他矮冬瓜', 'voice')).toBe('P3')
    expect(urgencyOf('他把黄色图片拿给我们看 还硬要我们看 不看就追着我们', 'voice')).toBe('P2')
  })

  it('reads a parent’s anger laughed off a few words on, 没再打 and the winter break as over', () => {
    expect(urgencyOf('考了40分 我妈知道了肯定要杀了我 哈哈')).toBe('P3')
    expect(urgencyOf('寒假前他扇了我两个耳光 现在开学了他没再打我')).toBe('P2')
  })

  it('reads those still waiting at the school gate while the child hides as danger now', () => {
    expect(urgencyOf('他们说今天放学不打我了 可是我看到他们还在校门口蹲着 我不敢出去 我在教室')).toBe('P1')
  })

  it('reads game talk, a made-up debt, others called in, and a threat told on a day gone by', () => {
    expect(urgencyOf('we were playing werewolf online and i will kill u tonight is literally the game')).toBe(
      'P3',
    )
    expect(urgencyOf('他说放学砍我是说王者里面 开玩笑的')).toBe('P3')
    expect(categoryOf('有个人说我欠他五十块 过几天再不给就找人打我')).toBe('extortion')
    expect(urgencyOf('没有带刀什么的 就是他说要找社会上的人弄我 没说什么时候')).toBe('P2')
    expect(urgencyOf('上礼拜他们说放学要打我 结果真的打了我 现在消肿了')).toBe('P2')
    expect(urgencyOf('昨天他说明天放学要打我')).toBe('P1')
  })

  it('reads forced undressing held over a child on a condition as a threat, and done as assault', () => {
    expect(urgencyOf('他们说我要是不帮他们写作业 就让我在全班面前把裤子脱了')).toBe('P2')
    expect(urgencyOf('他们把我裤子脱了')).toBe('P1')
    expect(urgencyOf('我们周末就不让他出去了 有个大孩子说要揍他')).not.toBe('P3')
  })
})

describe('what the county wrote in w134–w137', () => {
  it('reads a search for a painless death, means made ready, and a hint of being gone as self-harm', () => {
    expect(categoryOf('室友说他在网上搜过吃什么药不痛苦')).toBe('self_harm')
    expect(categoryOf('he has been searching how to die painlessly')).toBe('self_harm')
    expect(categoryOf('他在QQ上说药已经买好了 这次是真的')).toBe('self_harm')
    expect(categoryOf('感冒药买好了 明天去上学')).not.toBe('self_harm')
    expect(categoryOf('外婆 我要是不在了你别难过')).toBe('self_harm')
  })

  it('clears weapons listed with a denied one, and a torch for a baton', () => {
    expect(categoryOf('检查了书包和座位 没有发现刀具或棍棒 但他们扬言今天放学要收拾他')).toBe('physical')
    expect(urgencyOf('有学生说隔壁寝有人带甩棍 我去查了 是一支长手电筒')).toBe('P3')
  })

  it('reads strangers phoning a doxxed family, a teacher phoning parents and a neighbour’s call as no blows', () => {
    expect(urgencyOf('有人把他的照片和我们家地址发出去了 现在陌生号码一直打我电话骂人')).toBe('P2')
    expect(categoryOf('班主任打家长电话一直没人接')).not.toBe('physical')
    expect(categoryOf('是邻居帮我打的这个电话')).toBe('other')
  })

  it('reads a face edited onto a cartoon, a phone held for ransom and money handed over each week', () => {
    expect(urgencyOf('a girls face was edited onto a pig cartoon and posted in the class group')).toBe('P2')
    expect(categoryOf('有人拿了我手机不还 说给50才还我')).toBe('extortion')
    expect(categoryOf('some older girls make her hand it over every friday')).toBe('extortion')
  })

  it('reads clothes tugged in daily bullying as blows, and trousers pulled as assault', () => {
    expect(categoryOf('后排三个人每天下课都弹他脑门 扯他衣服')).toBe('physical')
    expect(urgencyOf('三个男生把她堵在器材室里 扯她裤子')).toBe('P1')
  })
})

describe('what the county wrote in w138–w141', () => {
  it('reads those hurting a child at a place as now, unless told as a weekly habit', () => {
    expect(urgencyOf('1019 他们在厕所打我')).toBe('P1')
    expect(urgencyOf('快来 他们在厕所打他')).toBe('P1')
    expect(urgencyOf('他们在厕所打过他')).toBe('P2')
    expect(urgencyOf('有人在厕所堵他要钱 每个礼拜都要交二十块')).toBe('P2')
    expect(urgencyOf('被推到沟里 腿划破了 我们现在放学都绕路走')).toBe('P2')
    expect(urgencyOf('今天放学他们把我按地上打了一顿 他们说明天还要接着来')).toBe('P1')
  })

  it('reads “I want to say I don’t want to live” as the child’s own words', () => {
    expect(triage('我 我想说 我不想活了 他们每天 算了 就这样吧', 'voice').category).toBe('self_harm')
  })

  it('reads a whole bunch of pills, jumping off a block and a hand up a skirt', () => {
    expect(categoryOf('she just texted me saying she took a whole bunch of pills')).toBe('self_harm')
    expect(categoryOf('shes going to jump off the science block')).toBe('self_harm')
    expect(urgencyOf('an older boy put his hand up my friends skirt at the bus stop')).toBe('P1')
    expect(urgencyOf('a boy keeps pulling her trousers and pants down at playtime')).toBe('P1')
    expect(urgencyOf('a guy keeps flashing girls, pulling his pants down at us')).toBe('P2')
  })

  it('keeps a named child locked in with no key found as now, and a child who locked herself in apart', () => {
    expect(urgencyOf('they locked zhang wei in the pe storeroom, no one can find the key')).toBe('P1')
    expect(categoryOf('she locked herself in the bathroom and has been crying')).not.toBe('physical')
  })

  it('does not read homework hyperbole with an adverb as danger', () => {
    expect(categoryOf('the homework tonight is so much i actually wanna die')).not.toBe('self_harm')
  })
})

describe('what the county wrote in w142–w145', () => {
  it('reads a threat to batter, an arm that cannot move, and touching on the bottom or chest', () => {
    expect(urgencyOf('he said hes gonna batter me tomorrow at break time')).toBe('P1')
    expect(urgencyOf('the girls pushed her down the stairs this morning, she cannot move the arm now')).toBe(
      'P1',
    )
    expect(urgencyOf('the pe teacher keeps touching the girls on their bum and their chest')).toBe('P1')
  })

  it('reads scissors taken to a child’s ear as a weapon, and a fight filmed as blows', () => {
    expect(categoryOf('一个大孩子拿剪子说要把他耳朵剪下来')).toBe('weapon')
    expect(categoryOf('一个大孩子拿剪子说要把他耳朵剪下来 我问老师 老师说没看见')).toBe('weapon')
    expect(categoryOf('视频里几个人在厕所里轮流扇一个初一的')).toBe('physical')
  })

  it('reads a pencil case for a knife, a lost pencil case, money not asked, and a gate post as no danger', () => {
    expect(categoryOf('我以为他书包里有刀 后来看清楚了不是刀 是文具盒')).not.toBe('weapon')
    expect(urgencyOf('我的文具盒不见了 可能是我自己掉了')).toBe('P3')
    expect(categoryOf('校门口老有几个小青年 要钱倒是没有要过')).not.toBe('extortion')
    expect(categoryOf('the school-gate post has been empty all week')).toBe('other')
  })

  it('reads money demanded on pain of a video posted as extortion, and a term of it as weeks', () => {
    expect(categoryOf('你再不转两百块过来 就把你那个视频发到班群里')).toBe('extortion')
    expect(urgencyOf('班群里有人天天@我说我是乞丐 从上学期一直到现在了')).toBe('P2')
  })
})

describe('what the county wrote in w146–w149', () => {
  it('reads indirect farewells and plans as self-harm', () => {
    expect(triage('他摔门跑了 走的时候说 说我死了你们就清净了', 'voice').category).toBe('self_harm')
    expect(
      categoryOf('she keeps asking how high the fourth floor is and if youd survive falling from there'),
    ).toBe('self_harm')
    expect(categoryOf('他前天还问我人从七楼掉下去疼不疼')).toBe('self_harm')
    expect(categoryOf('找到几封信 一封给我的 一封给她奶奶 里面写以后不要想我')).toBe('self_harm')
    expect(categoryOf('friday is the last day i have to go there. ive decided.')).toBe('self_harm')
    expect(categoryOf('他把签名改成了明天以后就不用再见你们了 还把他养的鱼送给我了')).toBe('self_harm')
    expect(categoryOf('tell my mom im sorry. they wont have to look at me anymore after tonight')).toBe(
      'self_harm',
    )
    expect(categoryOf('1031 我想永远消失')).toBe('self_harm')
  })

  it('reads kms explained, a post someone else sent, and a game or a match as no danger', () => {
    expect(categoryOf('kms is just what the kids type when they lose in roblox')).not.toBe('self_harm')
    expect(categoryOf('班群里那条我不想活了不是我发的 是同桌发的')).not.toBe('self_harm')
    expect(urgencyOf('他们在群里说今晚八点约他打 是打王者 不是真打架')).toBe('P3')
    expect(urgencyOf('他说的打是打球 误会了')).toBe('P3')
    expect(categoryOf('我同学今天还跟我们去吃麻辣烫了')).toBe('other')
  })

  it('reads a door wedged from outside, a friend pinned down now, and a threat to keep him from home', () => {
    expect(urgencyOf('他们把门从外面用拖把别住了 我出不去')).toBe('P1')
    expect(urgencyOf('is anyone coming?? they have my friend pinned down behind the dorms')).toBe('P1')
    expect(urgencyOf('又在班级群里说 今天晚上放学 让他别想回家')).toBe('P1')
    expect(urgencyOf('they pinned me to the floor last week and sat on me')).toBe('P2')
  })

  it('reads trousers pulled off in Cantonese as assault, a road blocked and an emoji as no blows', () => {
    expect(urgencyOf('幾個男仔喺更衣室扯甩佢條褲')).toBe('P1')
    expect(categoryOf('放学那会 家长都堵在路中间')).toBe('other')
    expect(categoryOf('有几个人跟着发捂嘴笑的表情')).not.toBe('physical')
    expect(urgencyOf('班上有班女仔喺微信群度講佢壞話 已經兩個幾月')).toBe('P2')
  })
})

describe('what a review of the new rules found they talked down or pushed up', () => {
  it('keeps a weapon a guard saw or reported, one that only looked like a gun, and one the child is sure of', () => {
    expect(urgencyOf('门卫看到他带着刀进了学校')).toBe('P1')
    expect(urgencyOf('保安说他书包里有刀')).toBe('P1')
    expect(urgencyOf('a boy showed us something that looked like a gun in his backpack')).toBe('P1')
    expect(urgencyOf('他书包里有把刀 我亲眼看到的 绝对没看错')).toBe('P1')
    expect(urgencyOf('theres a boy with a knife in his bag. i told the teacher but she didnt.')).toBe('P1')
    expect(urgencyOf('他今天没带刀，棍子带了两根 就在书包里')).toBe('P1')
    expect(urgencyOf('刀倒是没有拿出来 但是一直揣在兜里')).toBe('P1')
    expect(urgencyOf('他家里有好多刀 以前没带到学校 但今天带了一把在书包里')).toBe('P1')
  })

  it('keeps an assault done after a condition, despair said as tired of everything, and a doubted explanation', () => {
    expect(urgencyOf('我不去 他就硬把我裤子扒了')).toBe('P1')
    expect(urgencyOf('他们说我不给钱就脱我裤子 然后就真的把我裤子脱了')).toBe('P1')
    expect(categoryOf('im so tired of everything i want to die')).toBe('self_harm')
    expect(categoryOf('她在朋友圈说不想活了 老师说是歌词 但我觉得她是认真的')).toBe('self_harm')
  })

  it('keeps a child missing after an earlier all-clear, one still locked in, and a threat for tonight as P1', () => {
    expect(urgencyOf('我女儿原来在育才中学上学 今天放学到现在还没回家 电话打不通')).toBe('P1')
    expect(
      urgencyOf('she texted me at 4 she is fine. now its 10pm and she hasnt come home and her phone is off'),
    ).toBe('P1')
    expect(urgencyOf('they will beat my son after school today. hes fine at the moment but terrified')).toBe(
      'P1',
    )
    expect(urgencyOf('现在已经出来了一个 还有一个小孩被他们反锁在器材室里')).toBe('P1')
    expect(urgencyOf('他们今晚都在网吧等着 说要打死我')).toBe('P1')
    expect(urgencyOf('emergency please come my friend collapsed')).toBe('P1')
  })

  it('does not read stairs from the top floor, a fishing trip, a PE rope, a burn at the stove or a starting block as self-harm', () => {
    expect(categoryOf('我每天放学从顶楼走楼梯下去 因为电梯人太多')).not.toBe('self_harm')
    expect(categoryOf('放学我们去河边玩 小明想下去摸鱼')).not.toBe('self_harm')
    expect(categoryOf('体育课要用的绳子已经准备好了')).not.toBe('self_harm')
    expect(categoryOf('做饭的时候不小心烫伤自己的手')).not.toBe('self_harm')
    expect(categoryOf('i burned myself on the stove making noodles lol')).not.toBe('self_harm')
    expect(categoryOf('my son was jumping off the starting block at swim practice')).not.toBe('self_harm')
    expect(urgencyOf('上次借的钱已经还给我了 但是他们每个星期都逼我交保护费')).toBe('P2')
  })
})

describe('what the county wrote in w150–w154', () => {
  it('reads the words for taking one’s own life, and a farewell with an ending or wounds kept hidden, as self-harm', () => {
    expect(categoryOf('我姐最近老是一个人发呆 我好怕她想不开')).toBe('self_harm')
    expect(categoryOf('你千万别想不开 我马上去找你')).toBe('self_harm')
    expect(categoryOf('这道题我想了半天还是不会')).not.toBe('self_harm')
    // A farewell (gifts, a pet entrusted) with an ending (a place with nobody, "soon you won't have to").
    expect(categoryOf('我弟把他的玩具都送给同学了 还说要去一个没有人笑他的地方')).toBe('self_harm')
    expect(categoryOf('她说以后你要帮我照顾豆豆 过几天就不用你管我了')).toBe('self_harm')
    expect(categoryOf('he gave away his games and told his brother you can have my room')).toBe('self_harm')
    // Wounds hidden under a wristband in summer, and an ending.
    expect(categoryOf('女儿手上一直戴着个护腕 大夏天也不摘 她说很快就不用管她了')).toBe('self_harm')
    // One sign alone is not enough: sharing toys, or a wristband for sport.
    expect(categoryOf('我们把玩具都分给了山区的小朋友')).not.toBe('self_harm')
    expect(categoryOf('他打篮球一直戴着个护腕')).not.toBe('self_harm')
  })

  it('reads a child whose phone stays off, a call cut in the middle, and a knock nobody answers as not known to be safe', () => {
    expect(urgencyOf('孩子放学没回来 电话一直关机 我们到处找不到')).toBe('P1')
    expect(urgencyOf('喂 我在操场后面 有人 （通话中断）', 'voice')).toBe('P1')
    expect(urgencyOf('she got slapped behind the gym after class and her mum says she isnt home yet')).toBe(
      'P1',
    )
    expect(urgencyOf('he ran off after they hit him and his mum says he isnt home yet')).toBe('P1')
    expect(urgencyOf('有个同学被锁在厕所隔间里了 敲了半天门没人开')).toBe('P1')
    // Found again, or home at some hour since.
    expect(urgencyOf('昨天说孩子没回家 孩子凌晨一点多回来了 在同学家玩')).toBe('P3')
    expect(urgencyOf('the line went dead but the teacher found her, shes out and not hurt')).not.toBe('P1')
  })

  it('reads someone met online who asks a child to meet alone as a child in danger', () => {
    expect(urgencyOf('我妹说网上认识一个哥哥 叫她今晚一个人去公园见面 不许告诉家里')).toBe('P1')
    expect(urgencyOf('a man she met on roblox keeps asking her to meet him alone after school')).toBe('P1')
    expect(urgencyOf('她和网上认识的同学约好周末跟爸妈一起去看展')).not.toBe('P1')
  })

  it('reads a threat cleared up as a misunderstanding, or as a harmless plan, as no danger', () => {
    expect(urgencyOf('说今天放学要在后门揍他的事 是误会 已经说清楚了 不打了')).toBe('P3')
    expect(urgencyOf('有人说放学要在车棚等他 后来问清楚了 是约他一起骑车回家')).toBe('P3')
    // Called off, then on again.
    expect(urgencyOf('说是误会不打了 结果今晚又约在网吧后面打')).toBe('P1')
  })

  it('keeps a threat that an apology, a clearing-up or "nothing happened yet" does not end', () => {
    expect(
      urgencyOf(
        'they said they would get me after school, then they said sorry to the head, but they are outside the gate now',
      ),
    ).toBe('P1')
    expect(
      urgencyOf('he is going to jump my son after school today. he already said sorry to them twice'),
    ).toBe('P1')
    expect(
      urgencyOf('tyler says hes gonna beat me up after school. nothing happened at lunch but i know he will'),
    ).toBe('P1')
    expect(urgencyOf('那几个人说今天放学要在后门堵我 训导主任找他们讲清楚了 可是他们现在就站在校门口')).toBe(
      'P1',
    )
    expect(urgencyOf('有人说今晚要去他家打他 是个误会 可他们已经在他家楼下了')).toBe('P1')
    expect(urgencyOf('他们说明天要把我堵在厕所打 我跟他们说清楚了 还是不放过我')).toBe('P1')
    expect(urgencyOf('他们约我弟今晚去河边打架 我弟跟他们讲不打了')).toBe('P1')
  })

  it('dates a threat by its own time, not by a day that tells a weapon left at home', () => {
    expect(urgencyOf('他今天没带刀 就是说要是我敢告诉老师就弄死我')).toBe('P2')
    expect(urgencyOf('他今天没带刀 但是说放学就弄死我')).toBe('P1')
  })

  it('reads a teacher’s deadline, a run that left him “wanting to die”, and homework not handed in as no harm', () => {
    expect(urgencyOf('my maths teacher is gonna kill me if i dont finish this project by monday')).toBe('P3')
    expect(categoryOf('体育课跑了十圈 跑得他想死')).not.toBe('self_harm')
    expect(categoryOf('老师说不交就叫家长')).not.toBe('extortion')
    expect(categoryOf('他们说不交就揍我')).not.toBe('other')
    expect(urgencyOf('the boys will kill me if i dont give them my homework tonight')).toBe('P1')
  })

  it('reads being made to undress on camera, a wish to watch a child bathe, and pictures of the chest as sexual', () => {
    expect(categoryOf('a guy online keeps asking me to take off my shirt on camera')).toBe('sexual')
    expect(urgencyOf('a guy online keeps asking me to take off my shirt on camera. i said no')).toBe('P2')
    expect(categoryOf('那个教练一直发消息说想看我洗澡')).toBe('sexual')
    expect(categoryOf('家教让我拍胸部的照片发给他')).toBe('sexual')
  })

  it('reads being cut off from others, a face put on a pig, a holiday as the start of weeks, and things borrowed and kept', () => {
    expect(categoryOf('the girls say they will not talk to her anymore')).toBe('relational')
    expect(categoryOf('she tells the other girls not to talk to me')).toBe('relational')
    expect(urgencyOf('they put a picture of my friends face on a pig in the class group chat')).toBe('P2')
    expect(urgencyOf('a boy has been calling me names since before christmas')).toBe('P2')
    expect(categoryOf('a girl borrows her crayons and never gives them back')).toBe('extortion')
    expect(categoryOf('两个高年级的在校门口拦住他 他就把钱掏出来给人家')).toBe('extortion')
    expect(categoryOf('几个大孩子拉着他往小树林那边拖过去了')).toBe('physical')
  })

  it('does not read a dozen calls as blows, a fever as a picture sent, or “no photo of me” as images spread', () => {
    expect(categoryOf('跟她吵完架 打了十几通她都不接')).not.toBe('physical')
    expect(urgencyOf('他妈妈打电话请了病假 发烧了 还被人叫外号')).toBe('P3')
    expect(urgencyOf('班群里骂我丑 有人截图给我看了 没发我照片')).toBe('P3')
  })
})

describe('what the county wrote in w155–w159', () => {
  it('reads despair in English as a second language, cuts drawn on an arm, and a last post with calls not taken as self-harm', () => {
    expect(categoryOf('i want die. nobody like me')).toBe('self_harm')
    expect(urgencyOf('everyone hate me. i want die tonight')).toBe('P1')
    expect(categoryOf('she drew herself with cuts all down her arms')).toBe('self_harm')
    expect(categoryOf('他昨晚发了条动态说谢谢大家 头像换成全黑的 今天打电话也不接')).toBe('self_harm')
    // Hyperbole and game talk stay what they are.
    expect(categoryOf('so much homework i want die lol')).not.toBe('self_harm')
    expect(categoryOf('he says kms every time we lose in fortnite, hes fine')).not.toBe('self_harm')
    expect(categoryOf('i will kms if i lose my best friend too')).toBe('self_harm')
    expect(categoryOf('同桌一直说不想活了 她妈妈说她就是吐槽学习 可我看她不像开玩笑')).toBe('self_harm')
    expect(categoryOf('班群里都叫他自杀哥 天天笑他')).not.toBe('self_harm')
  })

  it('reads a condition said in broken English as the condition of a threat, not a denial', () => {
    expect(categoryOf('they take his money every week, if he not give they will beat him')).toBe('extortion')
    expect(categoryOf('they dont hit him they just shout at him')).not.toBe('physical')
  })

  it('does not read a game of badminton, a call, video games or a cast as blows going on now', () => {
    expect(urgencyOf('她现在就在我旁边跟我们打羽毛球 好好的')).not.toBe('P1')
    expect(urgencyOf('我刚打给他 他在家打电动 很正常')).not.toBe('P1')
    expect(urgencyOf('上礼拜在后山被人打 手骨裂了 现在还打着石膏')).toBe('P2')
    expect(urgencyOf('他们现在还在打他')).toBe('P1')
  })

  it('reads “rn” that tells the child is laughing as no harm now, and where the tipster is as no all-clear', () => {
    expect(urgencyOf('we are at the park rn and jake and his mates said theyre gonna jump us')).toBe('P1')
    expect(urgencyOf('he says kms every time we lose, hes literally laughing rn')).not.toBe('P1')
    expect(urgencyOf('they are beating him behind the gym rn')).toBe('P1')
  })

  it('reads a child who hid and cried for a lesson, and things not given back, as over', () => {
    expect(urgencyOf('照片被P了传来传去 她今天躲在厕所哭了一节课')).toBe('P2')
    expect(urgencyOf('他们把我儿子的球鞋借走了 到现在也不还 还要他每周交二十')).toBe('P2')
  })

  it('reads a school’s code said aloud that runs into its short name', () => {
    expect(triage('喂 幺零零三 三中门口有人打架', 'voice').schoolId).toBe('qh-003')
  })

  it('reads a weapon misheard or denied outright, and a fight that is a match, as no weapon and no fight', () => {
    expect(categoryOf('一开始我们听成是拿刀 后来问清楚了 没有刀 就是推了一下')).not.toBe('weapon')
    expect(urgencyOf('有人造谣说我儿子带刀上学 根本没有 老师也查过了')).not.toBe('P1')
    expect(urgencyOf('孩子说明天放学要跟别班的打一架 问了才知道是学校的跆拳道比赛')).toBe('P3')
    expect(categoryOf('he walked away from a fight, no one touched him, but they call him chicken')).not.toBe(
      'physical',
    )
  })

  it('reads being jumped, a video filmed and posted, being shut out of play, and a child accused of stealing', () => {
    expect(categoryOf('my cousin got like jumped after school')).toBe('physical')
    expect(urgencyOf('她被人拍的 在那哭 配了搞笑音乐 发到快手上了')).toBe('P2')
    expect(categoryOf('the other girls told my daughter she cant play with them')).toBe('relational')
    expect(categoryOf('now no one want to sit with her')).toBe('relational')
    expect(categoryOf('they are telling everybody my daughter is steal money')).not.toBe('extortion')
  })
})

describe('what the county wrote in w160–w164', () => {
  it('reads Cantonese for scissors, dollars, slaps, films, “with him” and a whole month', () => {
    expect(urgencyOf('佢話聽日帶鉸剪嚟剪爛我個面')).toBe('P1')
    expect(categoryOf('佢哋日日問我個仔攞二十蚊 唔畀就收埋佢書包')).toBe('extortion')
    expect(categoryOf('個仔上禮拜畀幾個人摑咗幾巴')).toBe('physical')
    expect(urgencyOf('有人偷影咗我細佬喊嘅片 放咗上抖音')).toBe('P2')
    expect(categoryOf('班上個個都唔同佢玩')).toBe('relational')
    expect(urgencyOf('同學唔理佢 全班玩遊戲都唔叫佢 已經成個月')).toBe('P2')
  })

  it('reads hands up skirts, shorts pulled off, a crotch grabbed, pupils made to strip and underwear on backwards as assault', () => {
    expect(urgencyOf('the older boys put their hands up the girls skirts on the bus')).toBe('P1')
    expect(urgencyOf('they held me down and pulled my shorts and boxers off')).toBe('P1')
    expect(urgencyOf('初三的几个男生老在厕所抓他们下面 说是闹着玩')).toBe('P1')
    expect(urgencyOf('the seniors make the new boys in the dorm strip naked, it happened in september')).toBe(
      'P1',
    )
    expect(urgencyOf('she came home from the bus with her underwear on backwards and wont say why')).toBe(
      'P1',
    )
    // Stroking hair and a face is no touching of intimate parts.
    expect(urgencyOf('音乐老师上课一直摸我朋友的头发跟脸 还私信说想她')).toBe('P2')
  })

  it('reads a hidden camera in a changing room, a bath filmed and bodies talked of as sexual harassment', () => {
    expect(categoryOf('有人在女生更衣室装了个小摄像头')).toBe('sexual')
    expect(categoryOf('宿舍群里有人传女生澡堂的视频')).toBe('sexual')
    expect(categoryOf('科学老师上课老拿女生身材说事')).toBe('sexual')
    // A video taken in a toilet is not by that sexual.
    expect(categoryOf('有人把我弟在厕所被推倒的视频发快手上了')).toBe('physical')
  })

  it('does not read a class’s name as years, shame or the idiom 想死的心都有 as self-harm', () => {
    expect(urgencyOf('班群里有人一直骂我肥猪 清泉小学六年二班')).toBe('P3')
    expect(categoryOf('班里起哄说我喜欢班长 羞得想死哈哈')).not.toBe('self_harm')
    expect(categoryOf('宿舍热水停了三天 想死的心都有')).not.toBe('self_harm')
    expect(categoryOf('我不想活了 想死')).toBe('self_harm')
  })

  it('keeps a weapon the carrier denies, a search that missed it, a missing child not yet found, and a fresh injury', () => {
    expect(urgencyOf('我亲眼看见他书包里有一把西瓜刀 老师问他 他说根本没有')).toBe('P1')
    expect(urgencyOf('他今天带了一把折叠刀来学校 老师搜他书包 都没有 他说藏起来了')).toBe('P1')
    expect(urgencyOf('老师说是我把尺子看成刀了 可我看得清清楚楚')).toBe('P1')
    expect(urgencyOf('my son didnt come home last night and his phone is off. we havent found him yet')).toBe(
      'P1',
    )
    expect(urgencyOf('孩子一晚上没回家 电话一直关机 他爸刚回来了 说还是没找到')).toBe('P1')
    expect(urgencyOf('昨天放学被他们打了头 头晕想吐 现在一个人在家')).toBe('P1')
    expect(urgencyOf('我同学被初三的锁在器材室里了 到现在也不给开门')).toBe('P1')
    expect(urgencyOf('今天他没动手 说晚点叫人来弄死我')).toBe('P1')
    expect(urgencyOf('每天去学校都被她们孤立 心里闷得想死')).toBe('P1')
  })

  it('reads a rumour of a knife said false, a child held until morning weeks back, and fear of telling as no danger now', () => {
    expect(urgencyOf('说车棚有人带刀是瞎传的 他没带')).not.toBe('P1')
    expect(
      urgencyOf(
        'a few weeks back some girls locked her in the shower room and she was stuck till the morning',
      ),
    ).not.toBe('P1')
    expect(urgencyOf('上个星期五他们把我同学关在储物间一下午 他到现在都不敢说')).toBe('P2')
  })

  it('sets a threat on a condition of telling by a time said after it, not by the day of the robbery', () => {
    expect(urgencyOf('they took my phone on the bus today. he said if i tell anyone ill regret it')).toBe(
      'P2',
    )
    expect(urgencyOf('he said if i tell anyone he will beat me after school today')).toBe('P1')
  })

  it('reads a child to be sorted out after school, insults in English, and a class group', () => {
    expect(urgencyOf('几个男生说今天放学要在车站收拾一个姓周的小孩')).toBe('P1')
    expect(categoryOf('the dorm teacher calls the boys pigs and trash every night')).toBe('verbal')
    expect(urgencyOf('kids keep calling her dirty and smelly since early september')).toBe('P2')
    expect(categoryOf('in our class group they keep calling her smelly')).toBe('cyber')
    expect(categoryOf('班主任在家长群里发了通知 明天带水彩笔')).not.toBe('cyber')
  })
})

describe('what the county wrote in w165–w169', () => {
  it('reads a child on a roof asking whether the fall hurts as self-harm', () => {
    expect(categoryOf('他说他站在楼顶上 问我跳下去会不会疼')).toBe('self_harm')
  })

  it('reads a robbery said to go on now as P1, and one told as weeks of it as P2', () => {
    expect(urgencyOf('校门口有高年级的在抢低年级的钱 就现在')).toBe('P1')
    expect(urgencyOf('高年级的把我手表抢走了 说下个星期还 现在两个星期了也没还')).toBe('P2')
  })

  it('does not read being kicked out of a group or a chat, or a child snatcher rumour, as blows or robbery', () => {
    expect(categoryOf('有人拉了个群叫 踢出某某 群里全是骂我的话')).not.toBe('physical')
    expect(categoryOf('they kicked my daughter out of the class chat')).not.toBe('physical')
    // A child snatched is no rumour to talk down.
    expect(urgencyOf('校门口有个像人贩子的人抢了一个小孩就跑')).not.toBe('P3')
  })

  it('reads a child filmed in secret and posted as images spread, and a video deleted before it went out as not', () => {
    expect(urgencyOf('有人偷拍我同桌在宿舍哭 发到年级群')).toBe('P2')
    expect(urgencyOf('同学拍了她摔跤的视频 老师看到已经删了 没有传出去 就是在群里骂她笨')).toBe('P3')
  })

  it('reads a party for all but her, cards taken, pay-or-be-exposed, transfers asked for and indecent pictures', () => {
    expect(categoryOf('全班都请了就没请她')).toBe('relational')
    expect(categoryOf('五年级的哥哥已经拿走我三张卡了')).toBe('extortion')
    expect(categoryOf('they say theyll tell the whole class his family is broke if he doesnt pay')).toBe(
      'extortion',
    )
    expect(categoryOf('a boy keeps asking her to transfer money on wechat')).toBe('extortion')
    expect(categoryOf('有人拿我的不雅照威胁我 要我转一千块')).toBe('sexual')
  })

  it('reads a teacher’s contempt and mimicry as insults', () => {
    expect(categoryOf('老师当着全班说我脑子被门夹了 只配去搬砖')).toBe('verbal')
    expect(categoryOf('the kids copy how i talk and laugh')).toBe('verbal')
  })

  it('reads more of a pinyin tip: nobody talking, money counted, a video of changing', () => {
    expect(categoryOf('ban shang mei ren gen wo shuohua')).toBe('relational')
    // "da jia" is as often a fight (打架) as everyone (大家): read as the danger.
    expect(urgencyOf('ming tian fang xue ta men yao zai cao chang da jia dou jiao le ren')).toBe('P1')
    // And "so much that I could die" is no chore when it is the bullying.
    expect(categoryOf('bei ta men ma de duo dao xiang si')).toBe('self_harm')
    expect(categoryOf('ta men yao wo 5 dian zhi qian kuai qu cao chang')).not.toBe('extortion')
    expect(categoryOf('gaonianji de mei zhou yao wo 20 kuai')).toBe('extortion')
    expect(categoryOf('you ren ba wo huan yifu de shipin fa dao ban qun li le')).toBe('sexual')
    expect(urgencyOf('mingtian tamen shuo yao ba wo kuzi')).toBe('P1')
  })
})

describe('what the county wrote in w170–w174, and a review of the rules since', () => {
  it('reads a burn with a lighter, a blade on the thigh, “I won’t live either” and “says she will go and die” as self-harm', () => {
    expect(
      urgencyOf('my sister burned her arm with a lighter last night and made me swear not to tell'),
    ).toBe('P1')
    expect(categoryOf('她每天晚上拿削铅笔的刀片划大腿')).toBe('self_harm')
    expect(categoryOf('他带了把弹簧刀 说今天放学先捅了他们 然后自己也不活了')).toBe('self_harm')
    expect(categoryOf('班上有个小孩天天说要去死 今天还带了一根绳子')).toBe('self_harm')
    expect(categoryOf('同学骂他 你去死吧')).not.toBe('self_harm')
  })

  it('does not read a story’s hero, a mark thought a wound or a question answered no as self-harm, unless what follows keeps it', () => {
    expect(categoryOf('女儿写小说 写到主人公最后跳河了')).not.toBe('self_harm')
    expect(categoryOf('我还以为是划的伤口 结果是她拿红笔画的')).not.toBe('self_harm')
    expect(categoryOf('我问她有没有想过伤害自己 她说没有 我不会做傻事')).not.toBe('self_harm')
    // ... but not when what follows keeps the danger: a feared thing found real, words said not in jest.
    expect(categoryOf('我以为她是开玩笑说想死 结果她是认真的')).toBe('self_harm')
    expect(categoryOf('我同学说今晚要跳楼 他说他不是随便说说的')).toBe('self_harm')
    expect(categoryOf('i wanna die lol im not even joking i have a plan')).toBe('self_harm')
    expect(categoryOf('my daughter said she would kill herself if she lost another friend')).toBe('self_harm')
    expect(categoryOf('我问她是不是想死 她说没有人在乎她')).toBe('self_harm')
    expect(categoryOf('她天天看那个女主播直播说不想活了')).toBe('self_harm')
    expect(categoryOf('她在作文里写主人公最后跳河了 她说她也想这样')).toBe('self_harm')
  })

  it('reads a head banged with sleepiness after, someone following to the door, and “you get it tonight” as P1', () => {
    expect(
      urgencyOf(
        'some boys banged his head on the wall at lunch. he is very sleepy now and talking a bit slow',
      ),
    ).toBe('P1')
    expect(urgencyOf('有人一直跟着我 从车站跟到我家楼下了 我不敢上楼')).toBe('P1')
    expect(urgencyOf('now theyre texting me tonight you get it worse than last time')).toBe('P1')
    expect(urgencyOf('上个月打我的那几个 说明天早上校门口等我 让我带够钱')).toBe('P1')
  })

  it('keeps a robbery of children, a kick that is a kick, and images whose spreading is only unknown', () => {
    expect(urgencyOf('初三的正在厕所里抢孩子们的手机')).toBe('P1')
    expect(categoryOf('高年级的天天抢孩子手机')).toBe('extortion')
    expect(categoryOf('they kicked his legs out from under him behind the gym')).toBe('physical')
    expect(urgencyOf('有人把我的丑照P成表情包发到班群了 也不知道有没有传出去')).toBe('P2')
  })

  it('does not read a dive, a parent searching a phone, a fee, a rumour of pictures or a game as harm, and keeps a robbery reported now', () => {
    expect(categoryOf('游泳课要从跳台跳下去会不会很疼')).not.toBe('self_harm')
    expect(urgencyOf('他们抢了我的手机 我妈现在在翻我的聊天记录')).toBe('P2')
    expect(urgencyOf('我要举报 就现在 初三的在车棚抢低年级的钱')).toBe('P1')
    expect(categoryOf('the coach asked us to pay cash for the new jerseys')).not.toBe('extortion')
    expect(categoryOf('有人造谣说她有不雅照 其实根本没有')).not.toBe('sexual')
    expect(urgencyOf('他们偷拍我上课睡觉 说要发到群里')).not.toBe('P2')
    expect(categoryOf('课间玩偷桃游戏 有人摔倒了')).not.toBe('sexual')
    expect(categoryOf('以为他兜里是刀 后来看清楚是手机')).not.toBe('weapon')
    expect(categoryOf('体育课跟同学抢球撞一起了')).not.toBe('extortion')
  })
})

describe('what the county wrote in w175–w179', () => {
  it('reads a child locked in and left, ending oneself, a chest touched and clothes made to come off as P1', () => {
    expect(urgencyOf('二小 有人被锁在体育器材室里 锁的人跑了')).toBe('P1')
    expect(urgencyOf('上周被锁在厕所里 后来老师开了门')).not.toBe('P1')
    expect(categoryOf('她手臂上好多割的伤 说这礼拜就要结束自己')).toBe('self_harm')
    expect(urgencyOf('体育老师一直摸一个五年级女生的胸部')).toBe('P1')
    expect(urgencyOf('a volunteer kept him after class and made him take all his clothes off')).toBe('P1')
  })

  it('does not read a nickname, a lesson’s scissors or an inflatable bat as a weapon, and keeps a real one however it is told', () => {
    expect(categoryOf('后桌天天叫我刀疤脸')).not.toBe('weapon')
    expect(categoryOf('班上群里有人一直叫她菜刀妹')).not.toBe('weapon')
    expect(categoryOf('手工课老师让每人带一把剪刀')).not.toBe('weapon')
    expect(urgencyOf('有人拿球棒打他 问清楚了是那种充气的 没受伤')).not.toBe('P1')
    // A teacher's word that it is a toy, doubted, leaves the knife; so do a real knife seen clearly, a quoted
    // one, one told to be called a rumour, and one a class monitor asks everyone to bring.
    expect(urgencyOf('他拿刀捅了同学 后来是用塑料袋包着手送医院的')).toBe('P1')
    expect(urgencyOf('他拿着刀在走廊 我看清楚是真的刀')).toBe('P1')
    expect(urgencyOf('他说“我书包里有刀” 现在在走廊')).toBe('P1')
    expect(urgencyOf('他们把我p到群里,说明天带刀来捅我')).toBe('P1')
    expect(urgencyOf('他书包里藏了一把刀 让我们跟老师说是别人瞎传的')).toBe('P1')
    expect(urgencyOf('我们班劳动委员说放学后让每人带把刀去后山找初三的')).toBe('P1')
    expect(categoryOf('他拿着刀脸上全是血')).toBe('weapon')
    expect(urgencyOf('他书包里有把弹簧刀 班主任说那是玩具刀 可我看照片根本不像玩具')).toBe('P1')
  })

  it('reads money taken from an allowance, and no blow in a greeting or a rumour said false', () => {
    expect(categoryOf('生活费一到账就被他们要走一半')).toBe('extortion')
    expect(categoryOf('可以先跟学校打个招呼吗')).not.toBe('physical')
    expect(urgencyOf('有人说他书包里有刀 老师今天查了 没有 是别人瞎传的')).not.toBe('P1')
  })
})

describe('what the county wrote in w180–w184, and a third review of the rules', () => {
  it('reads despair with “really”, cuts counted, a nose that will not stop bleeding and the same boys back at the gate as P1', () => {
    expect(categoryOf('i dont really want to be alive anymore')).toBe('self_harm')
    expect(categoryOf('我这礼拜割了三次手 不会很深啦')).toBe('self_harm')
    expect(urgencyOf('被打了 鼻子一直流血')).toBe('P1')
    expect(urgencyOf('上周打我的那几个 今天又堵在校门口')).toBe('P1')
    expect(urgencyOf('上个月打过我一次 今天又说放学后山那边等我')).toBe('P1')
    expect(urgencyOf('they messaged him tomorrow after pe ur getting it')).toBe('P1')
    expect(urgencyOf('那个男的现在就在门口 拉着一个小姑娘 往他的电动车那边走了')).toBe('P1')
  })

  it('does not read “you get it” in passing, a career ended or a threat of 不活了 as harm, and keeps what a review showed', () => {
    expect(urgencyOf('idk how to explain, you get it, nobody sits with me at lunch anymore')).not.toBe('P1')
    expect(categoryOf('他结束自己的发言后 同学叫他结巴')).not.toBe('self_harm')
    expect(categoryOf('the older boys burned his arm with a lighter behind the gym last week')).not.toBe(
      'self_harm',
    )
    expect(categoryOf('他们说我再告状就让我不活了')).not.toBe('self_harm')
    // What a review showed the narrower rules had talked down.
    expect(categoryOf('我同桌说她想结束自己的一生 今晚就去')).toBe('self_harm')
    expect(categoryOf('she keeps burning her arm with a lighter')).toBe('self_harm')
    expect(urgencyOf('a guy pretending to be a doctor made her take her clothes off in the toilet')).toBe(
      'P1',
    )
    expect(urgencyOf('体育老师摸了班上女生的胸口 好几次')).toBe('P1')
    expect(urgencyOf('他们把我关在器材室了 因为昨天的事')).toBe('P1')
    expect(urgencyOf('they kicked him in the head at lunch and now hes really sleepy in class')).toBe('P1')
    expect(categoryOf('older kids ask him to transfer money for their game skins every day')).toBe(
      'extortion',
    )
    expect(urgencyOf('ur getting it back tomorrow said the teacher about my phone')).not.toBe('P1')
    expect(urgencyOf('妈妈拉着小姑娘上了电动车走了 我看到是她妈')).not.toBe('P1')
    expect(urgencyOf('他被锁在厕所里一个多小时 是上周五的事')).not.toBe('P1')
    expect(urgencyOf('有个高年级的每次都跟着我到楼下 我都不敢上楼了 好几个星期了')).not.toBe('P1')
  })
})

describe('what the county wrote in w185–w189', () => {
  it('reads a wrist cut deep, pills laid out, a goodbye forever and a pet given for good as self-harm', () => {
    expect(urgencyOf('我在宿舍厕所 手腕划得有点深 血一直流')).toBe('P1')
    expect(categoryOf('我在宿舍厕所 手腕划得有点深')).toBe('self_harm')
    expect(categoryOf('she sent a pic of her pills all lined up and said goodnight forever')).toBe(
      'self_harm',
    )
    expect(categoryOf('she gave him her cat and asked him to look after it for good')).toBe('self_harm')
    expect(categoryOf('he says he has written letters to everyone')).toBe('self_harm')
    // Cut by another, or by accident, is no self-harm.
    expect(categoryOf('他把我手臂划破了')).toBe('physical')
    expect(categoryOf('我手臂被钉子划破了')).not.toBe('self_harm')
  })

  it('reads bleeding that goes on, a child shut in and a sneering “welcome” as P1, and pants pulled down by others as assault', () => {
    expect(urgencyOf('他头上血一直流')).toBe('P1')
    expect(urgencyOf('他们把他关到操场后面那个旧厕所里了 门从外面用拖把顶着', 'voice')).toBe('P1')
    expect(urgencyOf("the year 9s said they're going to 'welcome' him at the bus stop after school")).toBe(
      'P1',
    )
    expect(urgencyOf('他们把他的裤子拉下来给女生看')).toBe('P1')
    expect(triage('一个高年级男生在路边把裤子拉下来给她们几个女生看 没有碰她们')).toMatchObject({
      category: 'sexual',
      urgency: 'P2',
    })
  })

  it('reads a photo edited ugly and spread, a ball game’s “抢” and being left out in English', () => {
    expect(urgencyOf('同学把他的照片P得很丑 配上废物两个字发到抖音')).toBe('P2')
    expect(categoryOf('他的照片p得挺好看的')).not.toBe('cyber')
    expect(categoryOf('儿子跟同学上周抢篮球吵了几句')).not.toBe('extortion')
    expect(categoryOf('他们抢了我的篮球')).toBe('extortion')
    expect(categoryOf('the girls made sure nobody would share a room with me')).toBe('relational')
    expect(categoryOf('this is EXCLUSION and it is unacceptable')).toBe('relational')
  })

  it('does not read a crowd laughing, a volunteer’s word for himself or typing for a grandmother as harm', () => {
    expect(urgencyOf('他今天又叫了好多人都笑', 'voice')).toBe('P3')
    expect(urgencyOf('他叫了好多人来打我')).not.toBe('P3')
    expect(categoryOf('门口老站着一个人 后来问了 他说他是护学的志愿者')).not.toBe('verbal')
    expect(categoryOf('他们说他是小偷')).toBe('verbal')
    expect(categoryOf('这些是我让邻居家小姑娘帮我打的 麻烦你们管一管')).not.toBe('physical')
    expect(categoryOf('这是我请邻居帮忙打的，孩子在柳河中学老被人抢钱')).toBe('extortion')
    expect(categoryOf('那个人是他帮我打的 我没动手')).toBe('physical')
    expect(categoryOf('是他叫人帮忙打的。')).toBe('physical')
    expect(categoryOf('我们几个家长在群里都在问 护学岗是不是取消了')).not.toBe('cyber')
    expect(categoryOf('家长群里有个家长说我儿子是小偷')).toBe('cyber')
  })

  it('reads a werewolf game’s “刀你” as play, and not a knife put to use', () => {
    expect(urgencyOf("有人说'今晚刀你' 问了才知道是她们玩狼人杀的话")).not.toBe('P1')
    expect(urgencyOf('他拿着刀追我们 说是玩狼人杀的话')).toBe('P1')
    expect(urgencyOf('他拿刀在我脖子上比划 说游戏而已')).toBe('P1')
  })
})

describe('what the county wrote in w190–w194, and a review of the rules of w185–w189', () => {
  it('reads Cantonese: money in 廿蚊, pills swallowed, a rooftop, a child shut in, those waiting now', () => {
    expect(categoryOf('職專有班人日日收我廿蚊 唔俾就唔俾我入課室')).toBe('extortion')
    expect(triage('唔想活喇').language).toBe('zh-Hant')
    expect(categoryOf('我best friend喺ig story寫咗佢今晚會食晒屋企啲藥')).toBe('self_harm')
    expect(triage('我而家喺學校天台 我唔想再落去喇', 'voice').category).toBe('self_harm')
    expect(triage('佢哋鎖咗我喺器材室 出唔到嚟')).toMatchObject({ category: 'physical', urgency: 'P1' })
    expect(categoryOf('佢同另外兩個成日喺group度笑我')).toBe('cyber')
    expect(categoryOf('實小門口有個阿伯企喺對面 唔知係乜人 有冇人理下')).not.toBe('relational')
    expect(urgencyOf('今日俾老師罰企咗成堂 呢個係咪體罰??')).not.toBe('P1')
    expect(
      urgencyOf('我個仔上個月俾人打到手骨裂 但係嗰幾個人又嚟 話佢哋而家喺校門口等緊佢 佢唔敢出嚟', 'voice'),
    ).toBe('P1')
  })

  it('reads a wound bleeding after the attackers ran, a child missing in a run-on transcript, and a girl led to a van as P1', () => {
    expect(urgencyOf('我头流血了 他们推我 流了好多血 好痛 老师不在 他们都跑了', 'voice')).toBe('P1')
    expect(urgencyOf('她哭着跑出校门了 现在快三点了还没找着 家里也说没回去 电话手表关机', 'voice')).toBe('P1')
    expect(urgencyOf('她没失联 在奶奶家')).not.toBe('P1')
    expect(urgencyOf('有个不认识的男的 领着她往一辆白色面包车那边走了', 'voice')).toBe('P1')
    expect(urgencyOf('她妈妈领着她往车那边走了')).not.toBe('P1')
    expect(urgencyOf('他说那是玩具枪 但是我看着像真的 刚才在宿舍拿着对着我们')).toBe('P1')
  })

  it('reads a touch typed in pinyin, a child made to look, lock in mixed English, a photo put in a chat and insults by looks', () => {
    expect(urgencyOf('有个五年级的哥哥在厕所还mo我下面')).toBe('P1')
    expect(triage('他让我看他的小鸡鸡')).toMatchObject({ category: 'sexual', urgency: 'P2' })
    expect(categoryOf('昨天被班上几个男生lock在器材室 关了一下午')).toBe('physical')
    expect(urgencyOf('someone put my photo in the class group chat with a pig face on it')).toBe('P2')
    expect(categoryOf('他们叫我大头儿子 我哭了')).toBe('verbal')
    expect(categoryOf('同桌今天又说我黑')).toBe('verbal')
    expect(categoryOf('上次有人说他书包里有刀 老师翻了 没有 是骗人的')).not.toBe('weapon')
    expect(categoryOf('同桌掐我胳膊 胳膊上都是紫的 妈妈问我我说是自己撞的')).toBe('physical')
    expect(
      categoryOf('the school asked every kid to bring a small utility knife for handicraft class'),
    ).not.toBe('weapon')
    expect(urgencyOf('他說下學期開學要找他表哥來打我 現在還沒事')).not.toBe('P1')
  })

  it('keeps what the review showed the last round talked down', () => {
    // "的话" is "if": a threat on a condition is no game's words.
    expect(urgencyOf('他说明天要带刀来，如果我不陪他玩王者的话')).toBe('P1')
    expect(urgencyOf('他说放学后要揍我，如果我不陪他玩王者的话')).toBe('P1')
    expect(urgencyOf('我儿子被那几个初三的叫去后山了，我怕他出事，麻烦你们管一下')).toBe('P1')
    expect(urgencyOf('那个大哥叫了好多人起哄，说今晚就在桥底下解决')).toBe('P1')
    expect(categoryOf('我儿子脸上的伤，是他们班刘某叫初三的帮忙打的。')).toBe('physical')
    expect(urgencyOf('他脖子被勒了现在抬不起头来 就在操场', 'voice')).toBe('P1')
    expect(urgencyOf('他被打得抬不起头，一直趴在桌子上，刚下课的事')).toBe('P1')
    expect(categoryOf('她把她的手臂划伤了好多道，是她自己弄的')).toBe('self_harm')
    expect(categoryOf('我又把我的手腕割开了，这次好深')).toBe('self_harm')
    expect(urgencyOf('几个男生在厕所把他裤子拉下来拍照')).toBe('P1')
    expect(urgencyOf('他们按住小明，把裤子拉下来给女生看')).toBe('P1')
    expect(categoryOf('家长在群里造谣我儿子偷东西')).toBe('cyber')
  })

  it('and the false alarms it found', () => {
    expect(categoryOf('打篮球摔倒了 手臂划破了 老师说没事')).not.toBe('self_harm')
    expect(categoryOf('他们推我，我摔到铁丝网上，胳膊划伤了')).not.toBe('self_harm')
    expect(categoryOf('grandma has her pills laid out on the table every morning')).not.toBe('self_harm')
    expect(
      categoryOf('we are moving so my son asked his best friend to look after his hamster for good'),
    ).not.toBe('self_harm')
    expect(categoryOf('they all said goodnight forever as a joke from a tiktok')).not.toBe('self_harm')
    expect(urgencyOf('下课的时候有个男生总是把我的衣服拽了一下就跑')).not.toBe('P1')
    expect(urgencyOf('校医把他的裤子拉下来打针，他哭了')).not.toBe('P1')
    expect(categoryOf('他在厕所把裤子拉下来给同学看他的伤')).not.toBe('sexual')
    expect(urgencyOf("my mum is going to 'talk to' his parents tomorrow at the school gate")).not.toBe('P1')
    expect(urgencyOf("we're going to 'welcome' the new students tomorrow with a party")).not.toBe('P1')
    expect(urgencyOf('我们学校宿舍晚上门从外面闩着，万一着火了怎么办')).not.toBe('P1')
    expect(urgencyOf('老师把我们的手机都锁到了教导处办公室的柜子里，要期末才还')).toBe('P3')
    expect(urgencyOf('他在王者里拿刀砍我，是游戏里的说法')).not.toBe('P1')
    expect(triage('那帮人之中初二的有三个，放学在后门等我').schoolId).toBe(null)
    expect(triage('一众初三的男生围着我弟打').schoolId).toBe(null)
  })

  it('keeps what a second review showed the round’s narrower rules talked down', () => {
    expect(urgencyOf('those year 9s texted my son we are gonna "welcome" you after school')).toBe('P1')
    expect(urgencyOf('older boys said theyre gonna "take care of" my brother after school today')).toBe('P1')
    expect(urgencyOf('他说明天带刀来捅我 我觉得他是骗人的 但是很怕')).toBe('P1')
    expect(urgencyOf('他们现在还没动手 但是说等下课就把我拖到后山去')).toBe('P1')
    expect(urgencyOf('他们在宿舍把我的上衣扒掉了 还拍照笑')).toBe('P1')
    expect(urgencyOf('那个男的说自己是医生 把她的裤子拉下来了')).toBe('P1')
    expect(urgencyOf('被他们打了后脑勺 好痛就是抬不起头')).toBe('P1')
    expect(triage('尔中初二 有人天天打我').schoolId).toBe('qh-002')
    expect(categoryOf('she asked me to look after her cat forever, she keeps saying she cant move on')).toBe(
      'self_harm',
    )
    // and its false alarms
    expect(urgencyOf('上周他们把我打了 现在妈妈不让我出门')).not.toBe('P1')
    expect(categoryOf('我把手机关了一下午 他们在群里骂我')).not.toBe('physical')
    expect(categoryOf('我每天吃完药才睡得着')).not.toBe('self_harm')
    expect(
      categoryOf('i need to finish everything before friday, the teacher gave us so much homework'),
    ).not.toBe('self_harm')
    expect(urgencyOf('他们拿玩具枪射我 可是真的很痛')).not.toBe('P1')
    expect(urgencyOf('她姐姐领着她往公交车站走')).not.toBe('P1')
    expect(categoryOf('阿妈锁咗我喺屋企温书')).not.toBe('physical')
    expect(categoryOf('他让我看他的下面那道题怎么做')).not.toBe('sexual')
    expect(categoryOf('老师说我黑板没擦干净')).not.toBe('verbal')
  })
})

describe('what the county wrote in w195–w199, and a review of the rules since w185', () => {
  it('reads ways out said without the words as self-harm, and their look-alikes as none', () => {
    expect(categoryOf('他晚上会用跳绳勒自己的脖子 说这样心里比较不难受')).toBe('self_harm')
    expect(categoryOf('我把我的书和攒的钱都给我妹了 以后用不着了 谢谢你 再见')).toBe('self_harm')
    expect(categoryOf('刚刚在三楼走廊窗户那边要往外翻 被老师拉下来了 他说下次没人拦得住他')).toBe('self_harm')
    expect(categoryOf('he tell me he want to hit his head until he die')).toBe('self_harm')
    expect(categoryOf("a letter that says 'thanks for everything, dont be sad when im gone'")).toBe(
      'self_harm',
    )
    expect(categoryOf('她又把手腕划破了')).toBe('self_harm')
    expect(categoryOf('我看到她手腕上又划了好几道新的')).toBe('self_harm')
    expect(categoryOf('文具店天天喇叭喊跳楼价')).not.toBe('self_harm')
    expect(categoryOf('最近新闻好多学生轻生的 我有点担心 但他其实没什么异常')).not.toBe('self_harm')
    expect(categoryOf('作业多得要死 我都想死了 哈哈 不是不是 我开玩笑的')).not.toBe('self_harm')
    expect(categoryOf('i wanna die every time the maths teacher hands out 4 worksheets')).not.toBe(
      'self_harm',
    )
    expect(categoryOf('孩子被打后一直做噩梦 医生开了药 吃完这些药还是不敢去学校')).not.toBe('self_harm')
    expect(categoryOf('她把自己的手划破了 是不小心的 但同学一直笑她')).not.toBe('self_harm')
    expect(
      categoryOf('my friend asked me to look after his dog forever because hes moving to australia'),
    ).not.toBe('self_harm')
    expect(categoryOf('she wrote letters to everyone in our class for christmas')).not.toBe('self_harm')
  })

  it('reads a penknife, trousers pulled down, a coach’s remarks, naked pictures and a wound in hospital', () => {
    expect(categoryOf('the boy bring penknife to school today and show him')).toBe('weapon')
    expect(urgencyOf("boys in the dorm pulled down a girl's trousers tonight and filmed it")).toBe('P1')
    expect(categoryOf("the coach keeps making comments about the older girls' bodies")).toBe('sexual')
    expect(categoryOf('有个男生天天用QQ给她发那种不正经的图 光着身子的那种')).toBe('sexual')
    expect(urgencyOf('my brother is in the hospital because some kids beat him up on saturday')).toBe('P1')
    expect(urgencyOf("he sent 'theyre here im under the stairs' 20 min ago and nothing since")).toBe('P1')
    expect(categoryOf('they beat him up after school yesterday')).toBe('physical')
    expect(categoryOf('i beat him at basketball')).not.toBe('physical')
  })

  it('reads the hotline’s northern words, and no harm in a sale, free internet or a rumour children spread', () => {
    expect(categoryOf('老师当着俺的面搜了他书包 莫得刀 是娃们瞎传的 就是他天天骂俺孙子瘸子')).toBe('verbal')
    expect(urgencyOf('俺早上打过一回电话 说娃不见了 现在娃找着了 在他姥姥家 好好的', 'voice')).not.toBe('P1')
    expect(categoryOf('他说明天带刀来捅我 不像是骗人的')).toBe('weapon')
    expect(categoryOf('他说他带了刀 我不知道是不是骗人的')).toBe('weapon')
    expect(urgencyOf('昨天晚自习下课被高三几个人拖到厕所里打 今天在家没敢去学校 他说要是告老师就再打')).toBe(
      'P2',
    )
    expect(urgencyOf('救命啊!!!后桌当着全班叫我矮冬瓜 全班都笑了 气死我了!!!!')).toBe('P3')
  })

  it('keeps what the third review showed the narrower rules talked down', () => {
    expect(urgencyOf('他们几个围着我弟 老师说完就走了 我弟还被堵在墙角')).toBe('P1')
    expect(urgencyOf('我女儿之前被同学打过 现在同学的爸爸不让她走')).toBe('P1')
    expect(urgencyOf('邻居家的爷爷把我女儿的裤子拉下来了')).toBe('P1')
    expect(categoryOf('我妈男朋友把我裙子拉下来了')).toBe('sexual')
    expect(urgencyOf('他说游戏里输了就拿刀捅我')).toBe('P1')
    expect(
      categoryOf('he said he wants to finish everything before anyone notices and he gave me his xbox'),
    ).toBe('self_harm')
    expect(urgencyOf("theyre going to 'welcome' us at the back gate after school")).toBe('P1')
    expect(urgencyOf("i want to report that they are gonna 'visit' him after school")).toBe('P1')
    expect(urgencyOf('校门口有个男的领着一个小女孩往面包车那边走')).toBe('P1')
    expect(urgencyOf('有个大哥哥拉着我妹妹往一辆面包车那边走')).toBe('P1')
    expect(categoryOf('他们抢足球 不给就打我们')).toBe('extortion')
    // and its false alarms
    expect(urgencyOf('打架的时候他把我的衣服扯了一个口子 上周的事')).not.toBe('P1')
    expect(urgencyOf('体检的时候医生把她的上衣拉了上去听心跳')).not.toBe('P1')
    expect(urgencyOf('我摔倒膝盖破了 伤口不是很深 校医处理过了')).not.toBe('P1')
    expect(urgencyOf("the school counsellor is going to 'talk to' him tomorrow")).not.toBe('P1')
    expect(urgencyOf("we are going to 'welcome' him back to class tomorrow")).not.toBe('P1')
    expect(categoryOf('我的QQ号被他们锁了好几天')).not.toBe('physical')
    expect(categoryOf('同桌要我看他的下面写了什么')).not.toBe('sexual')
    expect(triage('他们在一众初三学生面前骂我').schoolId).toBe(null)
    expect(urgencyOf('他们天天笑他 笑得他在班上抬不起头')).not.toBe('P1')
    expect(categoryOf('头上的包是他们打的 我跟我妈说是自己撞的')).toBe('physical')
  })
})

describe('what the county wrote in w200–w204', () => {
  it('reads pinyin with its tones, a knife in pinyin, a lock-in in pinyin, a naked photo in pinyin', () => {
    expect(triage("wǒ zhēn de bù xiǎng huó le 他们天天骂我打我 yùcái chū'èr")).toMatchObject({
      category: 'self_harm',
      language: 'zh-Hans',
    })
    expect(urgencyOf('tā shūbāo lǐ yǒu yì bǎ dāo 课间他拿出来给我看了 说明天带来捅我')).toBe('P1')
    expect(categoryOf('ta men ba wo suo zai ti yu qi cai shi le 现在还在里面 门打不开')).toBe('physical')
    expect(categoryOf('有人p了我同学的luo照 在qq群里传')).toBe('sexual')
    expect(triage('café').language).toBe('en')
  })

  it('reads a cut again, money as 💰, a photo taken without her pants, and no weapon not seen', () => {
    expect(urgencyOf('她又划了 这次很深 初一3班')).toBe('P1')
    expect(categoryOf('他又划了我的书')).not.toBe('self_harm')
    expect(categoryOf('有个高年级的每周找我要30💰 不给就撕我作业本')).toBe('extortion')
    expect(categoryOf('几个女生从隔板上面拍了她没穿裤子的照片 发到了QQ群里')).toBe('sexual')
    expect(urgencyOf('说要nong si wo 没说啥时候 我也没看到他有刀啥的 就是怕')).not.toBe('P1')
    expect(urgencyOf('我看到他书包里有刀')).toBe('P1')
  })

  it('reads a school corrected, and no harm in fear felt now, a name still called in a chat, a phone call, or being “born to be beaten”', () => {
    expect(
      triage('my last text said Maji Primary, i meant Maji Middle. boys keep asking for pics').schoolId,
    ).toBe('qh-027')
    expect(triage('更正：上一則寫成東坡小學了 其實是清泉中學 我姪子被同學搶了球鞋').schoolId).toBe('qh-029')
    expect(
      urgencyOf('有个同学说你等着 迟早弄死你 就是昨天说的 孩子现在有点怕 不敢一个人走', 'voice'),
    ).not.toBe('P1')
    expect(urgencyOf('之前那个群解散了 但是他们又建了个新群 还在里面叫我肥婆')).toBe('P3')
    expect(categoryOf('上次打电话说有个男的老在学校门口转 今天又看见了')).not.toBe('cyber')
    expect(categoryOf('有个男的老叫我同学沙包 说他天生挨揍的命')).not.toBe('physical')
  })
})

describe('a review of the rules of w195–w199', () => {
  it('keeps what the narrower rules talked down', () => {
    expect(categoryOf('她说想死 还说不是开玩笑的')).toBe('self_harm')
    expect(categoryOf('我想死 他们总以为我是开玩笑的')).toBe('self_harm')
    expect(categoryOf('我女儿看了新闻里那个孩子轻生了 她跟我说她也想这样')).toBe('self_harm')
    expect(categoryOf('我姐吃完了所有的药 现在睡着了叫了她不应')).toBe('self_harm')
    expect(categoryOf('他把自己的胳膊划破了 不是不小心')).toBe('self_harm')
    expect(categoryOf('她把自己的手臂划伤了 说是不小心 可这已经是这个月第三次了')).toBe('self_harm')
    expect(categoryOf('她脸上好几道划痕 她说是她自己弄的')).toBe('self_harm')
    expect(
      categoryOf('i want to die every time the teacher hands out the tests because everyone laughs at me'),
    ).toBe('self_harm')
    expect(categoryOf('she asked me to look after her hamster forever and said she is not moving away')).toBe(
      'self_harm',
    )
    expect(urgencyOf('the biggest kid in school is gonna "welcome" my son tomorrow after school')).toBe('P1')
    expect(urgencyOf('ill beat you up after school - thats what jake texted my son')).toBe('P1')
    expect(categoryOf('they beat him at games yesterday and he couldnt walk properly')).toBe('physical')
    expect(urgencyOf('几个男生在厕所把她的衣服扯了下来 拍了视频')).toBe('P1')
    expect(categoryOf('小宇被初三的锁了一下午 在器材室')).toBe('physical')
    expect(urgencyOf('他今天在学校被打了抬不起头')).toBe('P1')
    expect(urgencyOf('他说伤口不是很深 但是骨头都露出来了')).toBe('P1')
    expect(urgencyOf('我女儿明天不敢去上学 她说那几个女生要在厕所打她')).toBe('P1')
    expect(urgencyOf('孩子还没回家 电话关机 有人说找着了在那个社会青年家 他们不放他回来')).toBe('P1')
    expect(categoryOf('那娃儿莫得良心拿刀吓俺孙子')).toBe('weapon')
    expect(triage('我孩子在二钟初一 被人打了').schoolId).toBe('qh-002')
    expect(categoryOf('他让我看他的下面 问我有什么感觉 是我们的体育老师')).toBe('sexual')
  })

  it('and the false alarms it found', () => {
    expect(urgencyOf('he got punched in september and nothing since, its been fine')).not.toBe('P1')
    expect(urgencyOf('they call him names because he is in the hospital a lot for his asthma')).not.toBe('P1')
    expect(categoryOf('他们逼我掐自己的脖子给他们看 不然就打我')).not.toBe('self_harm')
    expect(categoryOf('那几个男生每天中午从厕所窗户往外翻 出去上网吧')).not.toBe('self_harm')
    expect(categoryOf('the boys said they will hit his head until he dies after school tomorrow')).not.toBe(
      'self_harm',
    )
    expect(categoryOf('dont be sad when im gone to my grandmas for the summer lol')).not.toBe('self_harm')
    expect(categoryOf('打篮球摔了一跤 手腕划破了 流了点血')).not.toBe('self_harm')
    expect(categoryOf('他们笑他家穷 冬天只穿一件单衣 像光着身子一样')).not.toBe('sexual')
    expect(urgencyOf('我大哥领着一个小女孩往面包车那边走 那是我侄女')).not.toBe('P1')
    expect(urgencyOf('有个男的领着她往一辆白色面包车那边走了 那不是她家里人')).toBe('P1')
    expect(urgencyOf('一群人围着他打 看到大人就散了')).not.toBe('P1')
    expect(categoryOf('宿舍楼被封了 我们被关了一晚上 是因为有人发烧')).not.toBe('physical')
    expect(categoryOf('我的QQ号被他们锁了好几天')).not.toBe('physical')
  })
})

describe('what the county wrote in w205–w209', () => {
  it('reads the internet’s words: “catch these hands” a threat, “unalive” one’s own end only', () => {
    expect(
      urgencyOf('catch these hands after school by the bike shed, thats what jayden told my little bro'),
    ).toBe('P1')
    expect(triage('this boy keeps telling me ill catch these hands one day. never says when.')).toMatchObject(
      {
        category: 'verbal',
        urgency: 'P2',
      },
    )
    expect(categoryOf('they told him if he doesnt pay hell get unalived')).not.toBe('self_harm')
    expect(
      categoryOf('a tiktok of my friend with a grave emoji and unalived by math written on it'),
    ).not.toBe('self_harm')
    expect(categoryOf('i want to unalive myself')).toBe('self_harm')
    expect(categoryOf('钱包被隔壁班一个人抢了 他说润了别找我 抢了就跑了')).not.toBe('self_harm')
    expect(categoryOf('班主任当着全班说 就你这个成绩 干脆去跳楼算了')).toBe('verbal')
  })

  it('reads a hand in her knickers, a teacher’s late messages, and no harm in a child changed after wetting herself', () => {
    expect(urgencyOf('the caretaker made her sit on his lap and put his hand inside her knickers')).toBe('P1')
    expect(categoryOf('班主任每天晚上十一二点给她发消息 什么想你了 你穿裙子真好看 还叫她不要跟爸妈说')).toBe(
      'sexual',
    )
    expect(urgencyOf('女儿回来说老师脱她裤子 后来问了老师 是她午睡尿床了 老师给她换的干净裤子')).toBe('P3')
    expect(urgencyOf('他说她尿裤子了要帮她换 就脱了她裤子')).toBe('P1')
  })

  it('reads a video cut into a meme, a class group and a boycott in Cantonese, and no blow in the number dialled', () => {
    expect(urgencyOf('班上有人把我兒子跌倒的影片剪成迷因 PO在IG限動還tag全班')).toBe('P2')
    expect(categoryOf('實驗嘅班group有人笑我係豬')).toBe('cyber')
    expect(categoryOf('现在group project都没人要她')).not.toBe('cyber')
    expect(categoryOf('我個女讀中一 班上啲女仔杯葛佢')).toBe('relational')
    expect(categoryOf('海报上写的是 幺零四五 吧 我打的这个 嗯 他们把我的照片p成猪头 发到班级群里了')).toBe(
      'cyber',
    )
  })
})

describe('a review of the rules of w200–w204', () => {
  it('keeps what the narrower rules talked down', () => {
    // Not seeing it happen denies the seeing, not the deed; not seeing a knife carried denies the knife.
    expect(urgencyOf('大人都没看见他摸她下面 就在教室里')).toBe('P1')
    expect(categoryOf('她爸妈都没发现她割腕 我很担心')).toBe('self_harm')
    expect(urgencyOf('老师没看见他们踢他肚子 他现在在吐')).toBe('P1')
    expect(urgencyOf('他们把他锁在储物间就走了 他还在里面叫')).toBe('P1')
    expect(categoryOf('她摔门进了厕所 手腕划开了 地上有血')).toBe('self_harm')
    expect(urgencyOf('she texted me at 9 saying the boys were following her and nothing since')).toBe('P1')
    expect(urgencyOf('they beat him up after school, hes in hospital now')).toBe('P1')
    expect(urgencyOf('校门口一个男的领着一个小女孩往面包车那边走 他说是她的亲戚 可是小女孩一直在哭')).toBe(
      'P1',
    )
    expect(urgencyOf('他大哥领着我弟弟往车那走 那个大哥是社会上的混混')).toBe('P1')
    expect(categoryOf('他被初三的关了一晚上 第二天就生病了')).toBe('physical')
    expect(urgencyOf('七八个人围着我弟 见到家长就散了几个 剩下的把他拉到车棚后面')).toBe('P1')
    expect(triage('我儿子在育才 其实是被民中的打了好几次').schoolId).toBe('qh-008')
    expect(triage('my last text said 1002, it should be 1003. they are hitting him now').schoolId).toBe(
      'qh-003',
    )
    expect(categoryOf('我同桌说她想死 老师说她就是开玩笑的 她手上有好多伤')).toBe('self_harm')
    expect(
      categoryOf('i want to die every time mr wang hands out tests and i have already picked the bridge'),
    ).toBe('self_harm')
    expect(categoryOf('she moved all her things into boxes and asked me to look after her cat forever')).toBe(
      'self_harm',
    )
  })

  it('and the false alarms it found', () => {
    expect(categoryOf('我又划了一晚上手机 作业没写 老师骂我')).not.toBe('self_harm')
    expect(categoryOf('他又划了小明的新书 还把书包扔了')).not.toBe('self_harm')
    expect(categoryOf('游戏被我妈锁了一天 好烦')).not.toBe('physical')
    expect(categoryOf('wo men xue xiao suo zai de di fang hen pian')).not.toBe('physical')
    expect(categoryOf('Luo Zhaoyang keeps calling my son fat and stupid')).not.toBe('sexual')
    expect(urgencyOf('他们说他瘦得骨头都露出来了 天天笑他是排骨')).not.toBe('P1')
    expect(categoryOf('我妈把我弟小时候没穿裤子的照片发到家族群了')).not.toBe('sexual')
    expect(categoryOf('网上说很多学生轻生 我挺担心我女儿的')).not.toBe('self_harm')
    expect(categoryOf('我发现我女儿在网上搜学生轻生的方法')).toBe('self_harm')
    expect(triage('我站在一众初二的中间被他们推来推去').schoolId).toBe(null)
  })
})

describe('what the county wrote in w210–w214, and a review of the rules of w205–w209', () => {
  it('reads a ransom for a child shut in, a threat on fetching a phone, a correction by a key pressed wrong', () => {
    expect(
      urgencyOf(
        '我儿子刚刚给我打电话 说被几个人关在旧厕所里 门从外面拴上了 让他叫家里转一千块钱才放他出来 他去年就上初中了',
        'voice',
      ),
    ).toBe('P1')
    expect(urgencyOf('昨天同学跟他哥把我关在小屋里 锁着门 关了一下午 天黑才放我出来')).not.toBe('P1')
    expect(urgencyOf('那几个人今天又堵我 要我把我爸手机偷出来给他们 说明天早上不拿来就在校门口揍我')).toBe(
      'P1',
    )
    expect(triage('1016 按错了 是1015 今天中午有人拿棍子打了我同学的头').schoolId).toBe('qh-015')
    expect(
      triage('qinghe no1 middle, i meant to say no2 middle, my son got beaten there today').schoolId,
    ).toBe('qh-002')
    expect(triage('我儿子在一中 其实是二中 我刚才说错了 有人要打他').schoolId).toBe('qh-002')
    expect(
      triage(
        'older boys in vocational school uniforms wait by the gate of Qinghe No.1 Primary and take money',
      ).schoolId,
    ).toBe('qh-004')
  })

  it('reads a game account or a transfer demanded as extortion, and no danger in healed wounds, no news or nothing happening', () => {
    expect(categoryOf('他让我把王者号给他 说不给就让我以后在班上混不下去')).toBe('extortion')
    expect(categoryOf('高二一个人让我后天之前微信转他五百')).toBe('extortion')
    expect(urgencyOf('昨天把我推到地上膝盖都流血了 现在结疤了')).not.toBe('P1')
    expect(urgencyOf('上周四他在厕所被围着打 学校说会调查但一直没消息')).not.toBe('P1')
    expect(
      urgencyOf(
        'he kept taking my lunch money last term. he moved away and it stopped. nothing is happening now',
      ),
    ).toBe('P2')
    expect(urgencyOf('我儿子被同桌天天掐 已经三周多了 孩子现在早上哭着不肯去学校')).not.toBe('P1')
    expect(urgencyOf('有同学在快手留言骂他娘炮 全是文字评论 我不太会弄这些')).toBe('P3')
  })

  it('keeps what the review showed talked down, and leaves the false alarms it found', () => {
    expect(categoryOf('i want to be unalive. i cant do school anymore')).toBe('self_harm')
    expect(categoryOf('im going to be unalived by friday, ive already decided')).toBe('self_harm')
    expect(categoryOf('我跑了别找我 你们都不要我')).toBe('self_harm')
    expect(categoryOf('她又划了手臂 晚上在被子里哭')).toBe('self_harm')
    expect(categoryOf('她又划了 桌上全是血')).toBe('self_harm')
    expect(urgencyOf('几个男生强行脱了他裤子 问了他才知道 他被吓得尿裤子了')).toBe('P1')
    expect(urgencyOf('一幼的男老师脱了她裤子 后来问了别的家长 原来不是尿床 是他经常这样')).toBe('P1')
    expect(urgencyOf('he left school an hour ago and nothing since then, phone goes off')).toBe('P1')
    expect(urgencyOf('she sent me a text 2 hours ago, nothing since, not ok')).toBe('P1')
    expect(categoryOf('the boys beat my son at games every tuesday, hes scared to go')).toBe('physical')
    expect(categoryOf('ta bei tamen guan zai cesuo li yi ge xiao shi le')).toBe('physical')
    expect(categoryOf('他被高年级的关了一晚上小黑屋 宿舍楼下那间')).toBe('physical')
    expect(categoryOf('昨天初三的男生打的那个是我弟弟')).toBe('physical')
    expect(categoryOf('my son keeps catching hands from the year 9s every day for weeks now')).toBe(
      'physical',
    )
    expect(triage('我儿子在二钟初二 人家天天打他').schoolId).toBe('qh-002')
    expect(
      categoryOf('he always stands at the gate with his hands in his pants pockets staring at kids'),
    ).not.toBe('sexual')
    expect(categoryOf('班主任说不要跟爸妈说这次考试成绩 他会单独跟家长谈')).not.toBe('sexual')
    expect(categoryOf('你怎么不去跳楼算了 他天天在班上这样骂我')).not.toBe('self_harm')
    expect(categoryOf('我干脆去跳楼算了')).toBe('self_harm')
  })
})

describe('what the county wrote in w215–w219, and a review of the rules of w210–w214', () => {
  it('reads a plan for tonight, despair with 也, a last night, a farewell from a roof and a search going on', () => {
    expect(urgencyOf('我已经想好了 今天晚上 就 从我们家楼顶 就 嗯 不用找我爸妈', 'voice')).toBe('P1')
    expect(triage('跟我说 活着 也没什么 意思 她 也没说 要干嘛', 'voice').category).toBe('self_harm')
    expect(
      categoryOf('he posted on his story that tonight is his last night and hes sorry to everyone'),
    ).toBe('self_harm')
    expect(categoryOf('他在宿舍楼顶 说谢谢老师 对不起 然后电话就不接了 我们现在在找')).toBe('self_harm')
    expect(categoryOf('宿舍有人说今晚要把我从窗户扔下去')).toBe('physical')
  })

  it('reads a peeping at the bath, a quoted “处理” set for tomorrow, and a drawing pin on a seat', () => {
    expect(triage('女生澡堂後面那個小窗戶 有幾個男的每次女生洗澡都趴在那裡看 還拿著手機')).toMatchObject({
      category: 'sexual',
      urgency: 'P2',
    })
    expect(urgencyOf('那几个人又在传话 说明天中午在食堂后面“处理”一下他')).toBe('P1')
    expect(urgencyOf('班主任说明天要好好「教育」一下上课说话的')).not.toBe('P1')
    expect(categoryOf('有人在女生的凳子上放了图钉 她坐下去流了好多血 去医务室包扎了')).toBe('physical')
  })

  it('does not read game slang, first-aid lessons or a sharp tongue as harm, and keeps a lesson’s blade turned on a child', () => {
    expect(urgencyOf('回家就说谁谁谁被他杀了 还要补刀 是玩吃鸡')).not.toBe('P1')
    expect(urgencyOf('配乐是《刀马旦》 中间大家一起喊')).not.toBe('P1')
    expect(categoryOf('急救课老师要在胳膊上画假的刀伤口练包扎')).not.toBe('self_harm')
    expect(urgencyOf('美术课他天天用刀划我')).toBe('P1')
    expect(urgencyOf('美术课要用刀 他用刀划我')).toBe('P1')
    expect(urgencyOf('the girl behind my daughter has a tongue like a knife, every word cuts')).not.toBe('P1')
    expect(categoryOf('my friend says ill kill u every time i beat him at minecraft lol')).not.toBe(
      'physical',
    )
  })

  it('keeps what the review showed talked down', () => {
    expect(urgencyOf('二中 那帮人说放学要弄那个新来的')).toBe('P1')
    expect(urgencyOf('有同学在快手留言骂他娘炮 全是文字评论 我不太会弄这些')).toBe('P3')
    expect(urgencyOf('我女儿昨天去学校后一直没消息 老师说她没来上课')).toBe('P1')
    expect(categoryOf('她在朋友圈发 我怎么不去跳楼 反正没人在乎我')).toBe('self_harm')
    expect(urgencyOf('我女儿被几个女生堵在厕所里打 现在哭着不敢出来 她们还在门口')).toBe('P1')
    expect(categoryOf('班主任老是单独把她留下 跟她说不要告诉爸妈')).toBe('sexual')
    expect(urgencyOf('有个男的自称校医 脱了她的裤子')).toBe('P1')
    expect(urgencyOf('一幼 老师强行脱她裤子 问了原来是尿床了')).toBe('P1')
    expect(triage('她在一众初二人中间被扒了裤子').schoolId).toBe(null)
    expect(triage('二中 其实是职专的学生打她').schoolId).toBe('qh-002')
    expect(categoryOf('she texted im gonna get unalive tonight bye')).toBe('self_harm')
    expect(categoryOf('我让他转给他妈五百块 买资料用')).not.toBe('extortion')
  })
})

describe('a review of the rules of w215–w219', () => {
  it('keeps what the narrower rules talked down, and leaves the false alarms it found', () => {
    expect(categoryOf('她手上不是假的刀伤口 是真的 昨晚划的')).toBe('self_harm')
    expect(urgencyOf('他说是泡沫刀 其实里面是铁的 今天拿着追我')).toBe('P1')
    expect(urgencyOf('he had something that looked like a knife in his bag and showed it to us')).toBe('P1')
    expect(urgencyOf('切配课要用刀 他拿刀在我脸上比了比 说下次就划你')).toBe('P1')
    expect(urgencyOf('老师看着几个男孩脱了她的裤子 后来问了老师 原来是她尿裤子了')).toBe('P1')
    expect(urgencyOf('老师把她按在床上脱她裤子 后来问了老师 原来她尿床了')).toBe('P1')
    expect(urgencyOf('一 中 学 校 说 她 早 上 没 来 到 现 在 一 直 没 消 息', 'voice')).toBe('P1')
    expect(categoryOf('他们找我要我转给他五百')).toBe('extortion')
    expect(categoryOf('男老师晚上叫她去办公室补课 叫她不要告诉爸妈这次的事')).toBe('sexual')
    expect(categoryOf('他们今晚要从窗户把我扔下去')).toBe('physical')
    expect(urgencyOf('东坡中心小学 一个女生带头孤立她 快俩月了')).toBe('P2')
    // and its false alarms
    expect(categoryOf('我们想好了 周末去楼顶拍毕业照')).not.toBe('self_harm')
    expect(categoryOf('tonight is his last night at the school before he moves')).not.toBe('self_harm')
    expect(urgencyOf('他每次打电话来骂我 后来我电话就不接了')).not.toBe('P1')
    expect(urgencyOf('他的作业本丢了 我们现在在找')).not.toBe('P1')
    expect(categoryOf('他在厕所趴在地上看手机 被老师抓了')).not.toBe('sexual')
    expect(urgencyOf('学校说明天会"处理" 但是他们还在骂我')).not.toBe('P1')
    expect(urgencyOf('美术课要带刀 他用刀划破了我的画')).not.toBe('P1')
    expect(categoryOf('你跳楼啊 他们这样说我')).not.toBe('self_harm')
  })
})

describe('what the county wrote in w220–w224', () => {
  it('reads a note “easier for everyone without me”, and no harm in an idiom, a paper knife, a child brought home or a policy question', () => {
    expect(
      categoryOf('I found a note in his desk drawer: "Sorry Mum, it\'ll be easier for everyone without me."'),
    ).toBe('self_harm')
    expect(urgencyOf('有人匿名投稿说我是绿茶 装可怜 两面三刀 底下好多人评论骂我')).not.toBe('P1')
    expect(urgencyOf('是我看错了 那个是他用纸折的刀 平时拿着玩的 不过他骂我的事是真的')).not.toBe('P1')
    expect(urgencyOf('那几个又在操场把我儿子推倒了 膝盖擦破点皮 现在已经接回家了 上过药了')).toBe('P2')
    expect(urgencyOf('学校不让带电话手表 孩子放学我们联系不上 这个合理吗')).not.toBe('P1')
    expect(urgencyOf('我女儿现在联系不上 电话也不接')).toBe('P1')
    expect(urgencyOf('上学期到现在被同一个孩子打了好几回 踢肚子 拿脚踹')).toBe('P2')
    expect(categoryOf('我是孩子外婆 帮他打的字 同学都笑他讲话有口音')).not.toBe('physical')
    expect(categoryOf('nobody lets me sit with them at lunch since monday')).toBe('relational')
    expect(triage('我是喻才的 初三的 有个人在群里说明天要带甩棍来', 'voice').schoolId).toBe('qh-008')
  })
})
