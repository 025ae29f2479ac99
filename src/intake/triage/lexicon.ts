import type { Category } from './types'

// Cues are matched against the tip in its matching form (see normalizeForMatch): simplified Chinese,
// lower case, with English contractions spelt without apostrophes ("didnt", "dont"). Each cue is a
// concept, written in the several ways children and parents put it, not a phrase from one tip.
// Patterns carry the `g` flag because every occurrence is checked for negation.

/**
 * A hand put into or under someone's clothes ("把手伸进她裙子里", "hand up her shirt"): contact with
 * intimate parts, so both a sexual cue and sexual assault.
 */
const CLOTHING_INTRUSION =
  /\b(?:pull(?:s|ed|ing)?|lift(?:s|ed|ing)?|flip(?:s|ped|ping)?) up (?:her|my|their|girls|the girls) (?:skirts?|dress(?:es)?)\b|\btouch(?:es|ed|ing)? (?:her|his|my|their|girls|the girls) (?:bottom|bum|butt|privates|private parts|crotch|chest|breasts?|boobs)\b|(?:手|爪子)?(?:伸|探|塞|摸)(?<!(?:手机|相机|镜头|摄像头)(?:伸|探|塞|摸))(?:进|到|入)(?:了)?[^，。\s]{0,4}?(?:裙|衣服|衣里|上衣|衣领|领口|裤|内衣|内裤|胸罩)|\b(?:hands?|touch(?:ed|es|ing)? (?:her|him|me|them)|(?:reach|put|stuck)(?:ed|es|ing)? (?:his|her|a) hands?|reach(?:es|ed|ing)?) (?:under|up|down|inside|into) (?:her|my|his|their) (?:shirt|skirt|pants|dress|clothes|top|underwear|trousers|shorts)\b/g

/**
 * Contact with intimate parts told as children and parents tell it: a hand moving down or towards the
 * chest ("慢慢往下移", "往她们胸口跟大腿内侧摸"), private parts in a small child's words ("尿尿的地方"), a
 * body check promised by someone who is no doctor, a touch typed in pinyin ("mo我下面"). Both a sexual cue
 * and sexual assault.
 */
const CONTACT_TOLD =
  /\b(?:hand|hands|fingers) (?:inside|in|down|into|up) (?:her|his|my) (?:knickers|pants|underwear|skirt|shorts|trousers)\b(?! pockets?\b)|(?<![a-z])mo(?:了)?(?:我|她|他)(?:们)?(?:的)?(?:下面|胸|屁股|私处|下体|那里|裆)|手(?:放|搭|伸)(?:在|到|进)(?:了)?(?:她|他|我)(?:们)?(?:的)?(?:胸|胸口|胸前|屁股|大腿|裆|下面|裙)|手[^。！？]{0,12}(?:往下|向下)(?:移|摸|滑|伸)|(?:尿尿|小便|嘘嘘)的地方(?:(?!医生|医院|大夫)[^。！？]){0,40}摸|摸[^。！？]{0,8}(?:尿尿|小便|嘘嘘)的地方|(?<!(?:校医|医生|体检|护士|大夫)[^。！？]{0,12})给(?:我|她|他)(?:们)?检查身体|往(?:我|她|他)?(?:们)?的?(?:胸|屁股|下体|隐私|私处|裆|大腿内侧)[^，。！？]{0,8}摸/g

/**
 * What children are made to hand over: money, things, food, and what they own in a game (账号, 皮肤). Only for patterns whose structure ("把 X 给他",
 * "把 X 拿走") already says it is taken; a loose "要…饭" would be "要去吃饭".
 */
/** Whoever is made to hand something over, and the 把 that brings the thing. */
const HANDED = '(?:我|他|她|我们|他们|她们|小孩|孩子)(?:把|将)'
const BELONGINGS =
  '钱|零花钱|饭卡|手机|东西|书包|鞋|球鞋|衣服|外套|耳机|手表|平板|文具|笔|橡皮|铅笔|玩具|零食|辣条|早餐|早饭|午饭|饭|吃的|喝的|饮料|奶茶|账号|帐号|密码|游戏号|王者号|皮肤|装备'

/** Clothes taken off someone by force, also in Cantonese ("除咗佢条裤", "扯下她裤子", "把他的裤子拉下来"): sexual assault. */
const FORCED_UNDRESSING =
  /(?:被|给)[^，。！？\s]{0,12}除(?:了|晒)?衫|(?:掀|撩)(?:起|开)?(?:了)?(?:她|我|他)的?(?:衣服|上衣)|被[^，。\s]{0,6}(?:脱|扒|扯|除)(?:了|掉|下)?(?:衣服|裤子|裙子|内裤|上衣|衫|裤)|(?:除|褪)(?:了|下|掉)?(?:我|他|她|人|别人)(?:的|条|件)?(?:裤|衫|裙|底裤|内裤|衣服)|扯(?:了)?(?:下|掉)?(?:我|他|她|人|别人)(?:的|条|件)?(?:裤|衫|裙|底裤|内裤)|扯(?:了)?(?:下|掉)(?:我|他|她|人|别人)(?:的|条|件)?衣服|(?:裤|衫|裙|内裤)(?:子)?(?:被)?(?:人)?(?:除|褪|扯)(?:了|下|掉)|把(?:(?:我|他|她|人家|别人)(?:们)?的?|[^，。！？,\s]{1,4}的)(?:(?:裤子|裙子|内裤)(?:给)?(?:扒|脱|扯|拉|褪|拽)(?:了|掉|下|光)(?!一下|好几下|几下)|(?:衣服|上衣)(?:给)?(?:(?:扒|脱)(?:了|掉|下|光)|(?:扯|拽|拉)(?:了)?(?:掉|光|下来)))(?<!(?<![的家])(?:妈妈|爸爸|妈|爸|奶奶|爷爷|校医|护士|家长|(?<!(?:自称|说自己是|冒充|假装|装成)[^，。！？,]{0,2})(?:医生|大夫))(?!男朋友|女朋友|的)[^，。！？,]{0,12})|(?:按住|抓住|压住|摁住|架住)[^。！？]{0,12}把裤子(?:给)?(?:扒|脱|扯|拉|褪)/g

/** A game won ("beat him at basketball"): no blow struck. */
const AT_A_GAME = String.raw`(?! at (?:basketball|football|soccer|chess|ping ?pong|badminton|tennis|volleyball|cards|mario ?kart|fifa|minecraft|fortnite|roblox|valorant|\w+ball)\b)`

/** Who is hurt, in English: a pronoun, kids in general, or a child named by relation ("a kid", "my brother"). */
const VICTIM_EN = String.raw`(?:me|him|her|us|them|kids|students|people|(?:a|the|this|that|my|his|her|our|some|other) (?:\w+ )?(?:kid|boy|girl|student|friend|brother|sister|son|daughter|classmate|cousin|child|mate|buddy|grader|pupil)s?)`

/** "作业多到想死", "累得想死": so much of something that one "could die", a figure of speech. */
const SO_MUCH_ZH =
  '(?:多|累|烦|饿|困|热|冷|笑|忙|无聊|难|丑|气|写|做|学|考|练|跑|晒|渴|撑|吵|羞|臊|尴尬)(?:到|得)(?:我|人|他|她)?(?:都)?'

/** Hands on a child's intimate parts, or on them at night, said in Chinese: sexual, and assault (P1). */
const INTIMATE_CONTACT = String.raw`(?:拍|捏|掐|抓|碰|揉|蹭)(?:了|过)?(?:我|她|他|女生|女孩|男生|男孩|同学|小孩|学生)?(?:们)?的?(?:胸|屁股|下体|隐私|私处|裆)(?![^，。！？\s]{0,4}(?:照|相|视频|图))|(?:晚上|半夜|夜里)[^，。！？]{0,4}(?:进|来|钻|爬)(?:到)?(?:我|她|他)的?(?:房间|被窝|床)|(?:抓|摸|捏|掐)(?:了|过)?(?:我|她|他)(?:们)?(?:的)?下面(?!的人|几|那|有|还|一)|摸(?:了|着)?(?:一个)?[^，。！？\s]{0,8}(?:女生|女孩|男生|男孩|同学|学生|孩子)的(?:胸|屁股|下体|隐私|私处|裆)|偷桃(?!游戏)|(?:内裤)(?:穿)?反了|(?:单独|一个人|一个一个)[^。！？]{0,10}(?:检查身体|量身体)|检查(?:她|她们|我|女生|女孩)的?身体`

/** Category cues, highest precedence first (TRIAGE.md). `other` has none: it is what is left. */
export const CATEGORY_CUES: readonly { category: Exclude<Category, 'other'>; cues: readonly RegExp[] }[] = [
  {
    category: 'self_harm',
    cues: [
      /(?:帮|替)(?:我|她|他)?照顾(?:好)?(?:我|她|他)?(?:的)?(?:妹妹|弟弟|爸妈|爸爸|妈妈|父母|猫|狗|家人|奶奶|爷爷)|(?:要|想)去(?:河边|江边|桥上|楼顶|天台|水库|湖边|海边)|(?:从)?(?:这个)?世界(?:上)?消失|(?:不要|别)(?:来)?找我(?<!(?:抢|偷|拿)[^。！？]{0,16}(?:润|溜|跑)了?(?:不要|别)(?:来)?找我)|活着(?:真|好|太|很|都|也)?(?:没劲|没意思|没意义|没盼头|有什么用|没什么用)|(?:楼顶|天台|房顶|窗台|栏杆|阳台|桥)(?:上|边)?.{0,6}(?:坐着|站着|爬上|翻过)|(?:腿|脚)(?:伸|悬|挂|吊)在(?:外面|外边|半空)|翻(?:过)?(?:了)?栏杆|自杀(?!哥|姐|王)|自尽|轻生(?:(?<!(?:新闻|报道|网上)[^。！？]{0,6}(?:好多|很多|有些|有)?(?:学生|孩子|小孩)(?:们)?轻生)|(?=[^。！？]{0,24}(?:也想|也要|想这样|懂他们|的方法|羡慕|理解他们)))|寻死|不想活|活不下去|活着(?:真|也|都)?没(?:有)?(?:什么)?意思|活着有什么意思|活着好累|不如死了|死了算了|一死了之|想去死|想过(?:要)?(?:去)?死(?!你|了你)|(?<!叫|让|骂|喊|逼|要)(?:我|他|她)(?:就|真的|也)?(?:要|会)?去死(?!吧)/g,
      new RegExp(
        String.raw`想死(?!你|了你|的心都有)(?<!${SO_MUCH_ZH}想死)(?![^。！？]{0,16}(?<![不没别当]|以为|以为我|以为她|以为他|觉得|说她|说他|当她|当他)(?:我是|我|只是|就是)开玩笑(?:的|啦|呢)(?![^。！？]{0,12}(?:其实|但是|可是|不过|认真|不像)))`,
        'g',
      ),
      /想消失(?!一天|一下|几天|一会)|消失(?:算了|就好)|离开这个世界|结束(?:自己的?)?生命|结束自己(?!的(?:工作|作业|任务|演讲|发言|比赛|表演|报告|讲话|职业|运动))|结束(?:这)?一切|写好了(?:信|遗书)|想解脱|撑不下去|交代后事|永别/g,
      /跳楼(?!价|大甩卖|甩卖)(?<!你怎么不去跳楼|你跳楼)|(?:想|要)?从(?!跳台|跳板|泳池)[^。！？]{0,8}跳下(?:去|来)|(?:想|要)?由(?!跳台|跳板|泳池)[^。！？]{0,8}跳下去|(?:想|要|准备|打算)(?:就这样|就|直接|干脆)?跳(?:下去|河|江|湖)|跳下(?:去|来)算了|(?<!(?:游泳|跳台|跳水|泳池)[^。！？]{0,16})(?:会|要|想|准备)(?:直接)?跳下去|跳河|跳江|上吊|烧炭|喝药|农药|安眠药|攒药(?!盒|瓶)|吞药|吃了(?:很多|一瓶)药|(?:楼顶|天台|屋顶|楼上|窗台|窗边|阳台|栏杆|桥上|楼边)[^，。！？\s]{0,6}?(?:要|想|准备|打算|说要)跳(?!绳|舞|远|高|操|水|起|皮筋|过|街舞|一段|个舞|支舞)|从[^，。！？\s]{0,6}(?:楼顶|天台|屋顶|顶楼)(?:上)?(?:走|下去)(?!下来|过来|回|出来|进|到|了|楼梯|下楼)|(?:要|想|准备|打算|说要)[^，。！？\s]{0,12}(?:桥|河|江|湖|海|楼顶|天台|楼上|窗户|水库)[^，。！？\s]{0,4}(?:跳下去|跳下来|跳河|跳江|跳湖|跳海)|(?:桥上|桥边|楼顶|天台|河边|江边|窗台|栏杆)[^。！？]{0,30}(?:想|要)(?:跳下去|下去算了)|(?:烧|烫|割|划|掐|咬)(?:伤)?自己(?:的)?(?:胳膊|手臂|手腕|手|腿|大腿)(?<!不小心[^，。！？\s]{0,12})|手腕[^。！？]{0,8}(?:全|都)是血|(?:说)?我死了(?:你们|大家|他们)?(?:就)?(?:都)?(?:清净|清静|开心|高兴|省心|轻松|满意)了|(?:你们|大家)(?:就)?当没生过我|(?:从|掉)[^。！？]{0,8}(?:楼|桥)[^。！？]{0,6}(?:掉下去|跳下去)[^。！？]{0,6}(?:疼不疼|会不会死|能不能活)|(?:想|要)永远消失|(?:搜|查|问)(?:过|了)?[^。！？]{0,10}(?:怎么死|怎样死|自杀|(?:吃|喝)什么药[^。！？]{0,4}(?:不痛苦|会死|能死)|不痛苦的?(?:死法|方法))|安眠药(?:我)?(?:已经|都|也)?(?:买好|准备好|备好)了|药(?:我)?(?:已经|都)(?:买好|准备好|备好)了[^。！？]{0,8}(?:这次|真的|不会)/g,
      // "我很怕她想不开", "你千万别想不开": the words for taking one's own life, feared or pleaded against.
      /(?:怕|担心|就怕|害怕|生怕|万一|千万别)(?:她|他|我|孩子|你)?(?:会)?(?:一时)?想不开/g,
      /(?:刀片|小刀|美工刀)[^，。！？\s]{0,2}(?:划|割)(?:自己的?)?(?:大腿|手腕|手臂|胳膊)|(?<!让|叫)(?:自己|我|他|她)也?不活了(?![^，。！？\s]{0,2}(?:哈|嘻|😂))|(?<!你|叫|让|骂|喊)说(?:要|想)去死(?!吧|磕)|\b(?:she|he|i) (?:burned|burnt|burns|cuts|cut) (?:her|his|my) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin)\b(?! (?:on|by accident|accidentally|while|cooking|making))|\b(?:(?:she|sister|daughter)(?: \([^)]{0,40}\))? (?:burned|burnt|burns) her|(?:he|brother|son)(?: \([^)]{0,40}\))? (?:burned|burnt|burns) his|i (?:burned|burnt|burn) my) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|hands?)\b(?![^.!?]{0,30}\b(?:by accident|accidentally)\b)|\b(?:keeps?|kept|has been|have been|is|was|been|has|have) (?:burning|burned|burnt) (?:her|his|my) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|hands?)\b|(?:[一二三四五六七八九十\d]+楼|楼顶|天台|楼上)[^，。！？\s]{0,2}跳下去(?:会不会|会)(?:很)?(?:疼|痛|死)|(?<!(?:游泳|跳台|跳水|泳池|跳箱|蹦床|滑梯|沙坑|跳远|跳高)[^。！？]{0,16})(?:跳下去|跳楼)(?:会不会|会)(?:很)?(?:疼|痛|死)|割腕|割手|割(?:伤)?自己|划(?:伤)?自己|划手|自残|自伤|伤害自己|弄伤自己|打自己|遗书|自己.{0,4}划的/g,
      /(?:手腕|手臂|胳膊)上(?:全|都)?是血|(?:手腕|手臂|胳膊)[^。！？]{0,10}(?:割痕|划痕|刀痕|(?:划|割)的口子)|(?:大家|你们|他们|爸妈|家里)没有我(?:会|就)(?:比较|更)?(?:好|开心|轻松)|\b(?:everyone|everybody|they|we|you) (?:would|will|d) be better off without (?:me|her|him)\b|\bcut (?:her|his|my) (?:own )?(?:arms?|wrists?|legs?|thighs?)\b|\bdo it properly\b|\bi wont need it\b|(?:药丸|药片|安眠药)[^。！？]{0,20}(?:已经)?(?:吃|食)(?:了|咗)|\b(?:got|have|has|had) (?:the |my |her |his )?pills ready\b|\bcuts on (?:her|his|my) (?:\w+ )?(?:arms?|wrists?|legs?|thighs?)\b|\bcutting is (?:the only|what)\b|划(?:了|完)?(?:以后|之后)?心里(?:就)?(?:不难受|舒服|好受|好过|痛快)|(?:坐|站|蹲|爬)(?<!(?:让|逼|叫|强迫|要)[^，。！？\s]{0,4}(?:坐|站|蹲|爬))(?:在|到|上)[^，。！？\s]{0,12}栏杆(?:外面|外边|外侧|外)|\b(?:her|his|my) (?:arms?|wrists?|thighs?|legs?)\b[^.!?]{0,24}\bcuts\b|袖子(?:下面|里|底下)[^。！？]{0,6}(?:一道一道|一条一条|划痕|刀痕|伤疤|疤)|(?:手腕|手臂|胳膊|腿|手|手背|大腿)上[^。！？]{0,14}(?:划痕|刀痕|割痕|血痕|伤疤|疤痕|一道一道|一条一条|口子|(?:割|划|刀)(?<!(?<!不是)假的?(?:割|划|刀))[^，。\s]{0,3}(?:痕迹|印子|伤口|痕|伤))|在(?:自己的?)?(?:腿|手|胳膊|手臂|手腕|身)上划|(?:东西|宝贝).{0,4}都送人/g,
      /\bsuicid|\bsu(?:i|ie)?[cs]i?d(?:e|es|al|ed)?\b|\bkill(?:ing)? (?:my|him|her|them) ?sel(?:f|ves)\b|\bend (?:my|his|her) life\b|\bend it all\b|\b(?:gonna|going to|wants? to|wanna|will) end it\b/g,
      // "thinking about ending it", "has a plan to end her life", "i cut again last night".
      /\b(?:thinking|thought|talking|talks|talked|think|thinks) (?:about|of) (?:ending (?:it|it all|(?:her|his|my) life|everything)|killing (?:her|him|my)self|suicide)\b(?! with\b)|\b(?:wants?|going|gonna|plans?|planning) (?:to )?end (?:it|it all|(?:her|his|my) life)\b(?! with\b)|\b(?:i|she|he) (?:cut|cuts|burned|burnt) (?:again|myself|herself|himself)\b(?! on (?:the|a)\b| by accident| accidentally)|\b(?:survive|surviving) (?:falling|a fall|jumping)\b|\blast day i (?:have to|ever have to)\b[^!?]{0,40}\bi(?:ve| have) decided\b|\b(?:searched|googled|looked up|searching) (?:for )?(?:how to (?:die|kill (?:my|him|her)self)|painless ways? to die|suicide methods?)\b|\b(?:started|start|starting) cutting again\b/g,
      // "so much homework i want to die": hyperbole, as "作业多到想死" is.
      /\b(?:want(?:s|ed)? (?:to )?die|wanna die)\b(?<!(?:\b(?:so|too) (?:hungry|sleepy|hot|cold|embarrass\w*|busy|funny) (?:that )?i (?:really |actually |literally |just )?|\b(?:homework|tests?|exams?|studying|revision)\b[^.!?]{0,30}\b(?:so|too) (?:much|many)(?: \w+){0,2} (?:that )?i (?:really |actually |literally |just )?|\b(?:so|too) (?:much|many) (?:homework|tests|exams|revision)(?: \w+){0,2} (?:that )?i (?:really |actually |literally |just )?)(?:want(?:s|ed)? (?:to )?die|wanna die))(?! (?:every time|whenever|when) (?:\w+ ){0,4}(?:hands? out|gives?|assigns?|sets?) (?:\w+ ){0,3}(?:homework|worksheets?|tests?|exams?|quizz?es)\b(?![^.!?]{0,80}\b(?:i mean it|for real|not joking|im serious|seriously|because|really do|already|picked|stopped eating|plan)\b))|\b(?:(?:doesnt|dont|didnt|cant|do not|does not) see (?:the|any)|(?:there is|theres|is) no|whats the|what is the) point (?:in|of) (?:being alive|living|life|going on|staying alive|being here)\b|\bcant (?:do (?:this|it)|go on|keep going|keep doing this)(?: like this)? any ?more\b|\b(?:dont|doesnt|do not|does not|didnt) (?:really |even )?(?:want|wanna) (?:to )?(?:live|be alive|be here)\b/g,
      /\bbetter off dead\b|\b(?:rather|sooner) be dead\b|\bwish (?:i|she|he) (?:was|were) dead\b|宁(?:愿|可)(?:去)?死|\bno reason to live\b|\bnot worth living\b|\bsuicide note\b|\bgoodbye (?:letter|note)\b/g,
      /\bhurt(?:ing)? (?:my|him|her|them)sel(?:f|ves)\b|\bcut(?:s|ting)? (?:my|him|her|them)sel(?:f|ves)\b|\bself[- ]?harm/g,
      /\boverdose\b|\b(?:saving|stockpiling|collecting|hoarding|saved|stockpiled|hoarded) (?:up )?(?:\w+ ){0,2}(?:sleeping |sleep )?(?:pills|meds|tablets|medication)\b|\bjump(?:ing)? (?:off|from) (?:the|a|that|this) (?:\w+ )?(?:roof|bridge|building|balcony|window|cliff|tower|ledge|top floor|stairwell|science block|school block)\b|\bpills? (?:\w+ ){0,5}(?:been saving|saving|saved|stockpiling|collecting|hoarding)(?: up)?\b|\b(?:on|at) (?:the|a) (?:roof|rooftop|ledge|railing|bridge|balcony|window)\b[^.!?]{0,30}\b(?:going|wants?|trying|about|threatening|gonna|says? (?:he|she|they) will) (?:to )?jump(?: off| out)?\b(?! the queue| the line| in)/g,
      /\bgave away (?:all )?(?:his|her|my) (?:stuff|things)\b|\bgiv(?:e|es|ing) (?:away )?(?:all )?(?:his|her|my) (?:stuff|things|belongings) away\b|\bgiving away (?:all )?(?:his|her|my) (?:stuff|things|belongings)\b/g,
      /(?:以后|之后|过后)[^。！？]{0,4}(?:就)?不会再(?:麻烦|打扰|拖累|烦)(?:大家|你们|你|任何人|别人)|怎么死|怎样死|死了就|不想再活|活够了|活腻了|不想存在|不想醒来|遗言|告别信|晚安[^。！？]{0,4}永远|永远晚安|\bgoodbye everyone\b|\bits been nice\b|(?:写给|留给)(?:她|他|我)?(?:爸妈|爸爸妈妈|爸爸|妈妈|家里人|家人)的(?:信|话)?[^。]{0,40}(?:以后|再也|不会再|永别|再见|谢谢你们)|(?:如果|要是|假如|等)(?:我|她|他)(?:消失|不在|死)(?:掉)?了|(?:如果|要是|假如)(?:我|她|他)死掉|(?:如果|要是|假如)(?:我|她|他)(?:哪天|有一天)(?:消失|不在|死)了|(?:日记|本子|纸上)[^。]{0,30}倒计时[^。]{0,60}药瓶|画了(?:个|一个)?药瓶|(?:不想|不愿|不要)(?:再)?(?:待|留|呆|活)(?:在)?(?:这个)?世界(?:上)?|对不起大家|下辈子|绝食|拿刀.{0,4}(?:割|划)(?:自己|手|腕)/g,
      /活着(?:太|好|真|很)?累|(?:不知道)?活着(?:是|到底是)?为了什么|(?:楼顶|天台|房顶|屋顶)[^。！？]{0,30}(?:以后(?:也)?不用(?:回|来)|再也不(?:回|来)|不想再回|谢谢[^。！？]{0,6}对不起|对不起[^。！？]{0,6}(?:谢谢|再见))|(?:楼顶|天台|房顶|楼上|桥上)(?:上)?[^。！？]{0,8}不(?:想|肯|愿意|愿)(?:再)?(?:下(?:去|来))|\bon (?:the|a) (?:\w+ ){0,3}(?:roof|rooftop|ledge|bridge)\b[^.!?]{0,40}\b(?:wont|doesnt want to|refuses to|will not) (?:come|get) (?:down|off)\b|(?:睡|一觉).{0,4}不(?:再|要)?醒|做傻事|干傻事|没(?:有)?人会(?:想|在乎|记得|发现)(?:我|她|他)|(?:跟|和|向)(?:大家|所有人|我们)(?:告别|道别|说再见)|割(?:了|过)(?:[一二三四五六七八九十两几\d]+|好几|很多|好多)次|(?:我|她|他)(?:又|已经|刚)?割(?:了|过)(?=$|[\s，。！？,.!?]|手|腕|自己|一下)|(?:又|想|要|还要)(?:说要)?割(?:自己|手|腕|腿|胳膊)?(?![草麦肉稻断])|永远睡|撑不(?:过|住了)|(?:吞|吃|喝)了?(?:一把|一瓶|一整瓶|整瓶|好多|很多|一堆|一板|一盒).{0,3}药/g,
      /(?:以后|再也|永远|明天开始|从明天起)(?:你们|大家|你|妈妈|爸爸)?(?:就)?(?:再也)?(?:见不到|看不到|找不到)我|(?:吃|吞|喝)了?[^，。\s]{0,4}[瓶板盒把片](?:的)?药|(?:吃|吞)(?:光|完|掉)了(?:家里|所有|全部|那些|这些)?(?:的|些)?(?:药|药片|安眠药)|(?:吃|吞)(?:光|掉)(?:家里|所有|全部)(?:的|些)?(?:药|药片|安眠药)|药(?:全|都|全部)(?:吃|吞)(?:了|掉|光)|药(?:吃|吞)(?:了|掉|光)(?:半|一|好几|几)[瓶板盒把片粒]|(?:药|药片|药丸)(?:全|都|全部)?(?:倒|拿|藏)(?:出来|起来|了)|吃了就(?:不用|解脱|不会|再也|一了百了)|(?:是)?(?:她|他|我)?自己(?:用.{0,6})?(?:划|割|烫|烧|掐|咬|扎)(?:的|伤|了)|(?:是)?(?:她|他|我)?(?<!(?:老师|宿管|校医|学校|班主任|园长|保育员)[^，。！？]{0,4}(?:说|讲|解释|称)(?:是)?(?:她|他|我)?)(?<!(?:我|他|她)(?:就)?(?:跟[^，。！？,]{1,4})?(?:说|骗(?:她|他|妈妈|爸爸)?说)(?:是)?)自己(?:用.{0,6})?撞(?:的|伤|了)|把自己.{0,4}(?:结束|了断|解决|弄死|杀)|(?:自我)?了断|结束掉自己|不想(?:再)?醒(?:过来|来)?|(?:攒|存|储|囤)(?:了)?.{0,6}药(?!盒|瓶|店)|药.{0,6}(?:攒|存|储|囤)(?:好|够)?(?:了|起来)|(?:我|她|他|自己|活着)(?:就)?(?:是|只是|就是)?(?:大家|家里|爸妈|父母|别人)?的?(?:拖累|累赘|负担)|没有我.{0,6}(?:更好|会更|都会|就好|开心)|(?:猫|狗|宠物|东西|宝贝|手机).{0,4}托付|(?:手腕|手臂|胳膊|腿)上.{0,6}(?:一道道|一条条|好多道|很多道)|哪(?:座|个)(?:桥|楼).{0,4}(?:最)?高|几楼.{0,4}(?:死|摔)/g,
      // A life called worthless or others' lives imagined better without it. An insult hurled at the child
      // ("骂我活着就是浪费空气") is not the child's own word.
      /(?<!(?:骂|笑|嘲笑|讽刺)(?:我|他|她|你)?(?:说)?)(?:活着|存在)(?:就是|只是|也是)?(?:在)?浪费(?:空气|粮食|氧气)|(?:我|她|他)(?:就)?(?:不该|不应该|根本不该)(?:出生|活着|来到这个世界)|(?:我|她|他)(?:死了|不在了|消失了)(?:以后)?[^。！？]{0,6}(?:会|就)?(?:更|都)?(?:开心|轻松|好过|高兴)/g,
      /\b(?:if|when|once) (?:i|im|i am|she|shes|he|hes) (?:was |were |is )?(?:gone|dead|not here|not around|no longer here)\b|\bif (?:i|she|he) (?:died|disappeared)\b(?! (?:in|of|from) )|\bwaste of (?:space|air|oxygen)\b(?<!\b(?:called|calls|calling|call|said|says|saying|told|tells|telling)\b[^.!?]{0,24}waste of (?:space|air|oxygen))|\b(?:got|get|getting) hit by a (?:bus|car|truck|train)\b[^.!?]{0,30}\b(?:relieved|fine with it|happy|glad|wouldnt mind)\b|\bwouldnt mind (?:dying|if i died|not waking up)\b|\bshould(?:nt| not|ve never| never) (?:have )?been born\b|\b(?:a|just a|only a) burden\b|\b(?:happier|better|easier) without (?:me|her|him)\b|\bwhich (?:bridge|building|roof) is (?:the )?(?:highest|tallest)\b|\bhow many (?:of )?(?:my |her |his |these |the )?(?:\w+ )?(?:pills|tablets|meds)\b|\bend (?:myself|herself|himself)\b|\b(?:take|taking|took) (?:my|her|his) (?:own )?life\b/g,
      // All the pills meant to be taken at once ("想把药都吃掉"), someone out by a window or on a roof who
      // will not come back in ("站在窗户外面的台子上 喊她也不下来"), wounds a child says they made themselves.
      /(?:想|准备|打算)(?:把)?(?:这些|那些|所有的?|家里的?)?(?:药|药片|安眠药)(?:都|全|全部|一次|一下子)(?:吃|吞)(?:掉|光|下去|完)|(?:站|坐|蹲|爬)(?:在|到|上)[^。！？]{0,12}(?:窗|楼顶|屋顶|天台|栏杆|阳台|楼边)[^。！？]{0,20}不(?:肯|愿意?|想)?(?:下来|进来|回来)|\b(?:cuts|scars|wounds|burns|marks)\b[^.!?]{0,60}\b(?:did|made|does|makes|done) (?:them|it|those|these|that)(?: to)? (?:him|her|my|them)sel(?:f|ves)\b/g,
      /\bhow many (?:\w+ )?(?:pills|paracetamol|tablets|sleeping pills)\b[^.!?]{0,20}\b(?:too many|to die|kill)\b|(?:\bkms\b(?! ?(?:lol|lmao|jk|haha))(?![^.!?]{0,30}\b(?:every time (?:we|i|he|she|they) (?:lose|lost)|in (?:valorant|fortnite|minecraft|roblox|league|the game|games?))\b)|\bunalive(?!d by (?:math|maths|homework|school|tests?|exams?|the test)\b)(?<!\b(?:he|she|they|you|u) (?:will|would|gonna|going to|is gonna|is going to) get unalive))(?<!\b(?:homework|essays?|tests?|exams?|quiz(?:zes)?|revision|assignments?)\b[^.!?]{0,40}(?:kms|unalive))|\bdont (?:try to |come )?(?:look|search) for me\b|\bwant (?:it|the pain|everything|this|it all) to (?:stop|end)[^a-z]{0,4}forever\b|\b(?:took|swallowed|swallow|taken|take|ate|eat|eaten) (?:(?:like|about|around|maybe|over|almost|at least) )?(?:a (?:whole )?(?:bunch|lot|handful) of|(?:so )?many|lots of|(?:a |the |her |his |my )?(?:whole |entire |full )?(?:box|bottle|pack|packet|strip|jar)s? of|all (?:of )?(?:her|his|my)|too many|\d+(?: of)?) (?:\w+ ){0,3}(?:pills|meds|tablets)\b|\boverdos/g,
      /\bhang(?:ed|ing)? (?:my|him|her)self\b|\b(?:dont|doesnt) (?:want|wanna) to (?:wake up|exist)\b|\bcuts on (?:her|his|my) (?:left |right )?(?:arms?|forearms?|wrists?|legs?|thighs?)\b(?! from (?:our|the|a|her|his|my) (?:new )?(?:cat|kitten|dog|puppy))|\b(?:been|started|is|was|keeps?|still) cutting\b|\bcutting (?:again|herself|himself)\b|\bcuts (?:all )?(?:down|up|along|over) (?:her|his|my) (?:arms?|wrists?|legs?|thighs?)\b|\b(?:wrists?|arms?) (?:all )?(?:cut|scarred)\b|\bsorry for everything\b|\bslit\b|\bdisappear forever\b|\b(?:wont|will not|not gonna|not going to) be (?:around|here|alive) (?:much )?(?:longer|anymore|tomorrow|next week)\b|\b(?:i|she|he) (?:wont|will not|is not gonna|am not gonna|not gonna) be a (?:problem|burden|bother)(?: to (?:you|anyone|anybody))? (?:much )?(?:longer|anymore|for long)\b|\b(?:goodbye|farewell) (?:letters?|notes?|messages?)\b|\bdo something stupid\b|\bdo (?:something|anything|stuff) (?:stupid )?to (?:my|her|him|them)sel(?:f|ves)\b|\bwants? to disappear\b|\b(?:nobody|no one) (?:would|will|is going to|gonna) (?:even |really |ever )?(?:miss|notice|care)\b|\b(?:not|stop|stopped) existing\b|\bif i (?:just |simply |even )?(?:wasnt|werent|was not|were not) (?:here|around|alive)\b|\b(?:everyone|everybody|they|you all|my (?:family|parents|mom|dad)) (?:would|will|d) be (?:so )?(?:much )?better off if (?:i|she|he)\b|\b(?:so )?done (?:w|with) (?:everything|life|it all)\b|\bsleep and (?:not|never) wake up\b|\bsa(?:id|ying|ys) goodbye to (?:everyone|everybody|us all|all of us)\b/g,
      // Cuts made in one's own arm ("在手臂上用美工刀割了好几条"), a wrist seen bleeding, someone sitting out
      // on a balcony's or a roof's edge ("坐在阳台外沿").
      /(?<![我你他她的])在(?:自己的?)?(?:手臂|胳膊|手腕|手背|手|大腿|腿)上(?:(?!笔)[^，。！？]){0,6}(?:割|划|刻)|花(?:了)?自己(?:的)?(?:胳膊|手臂|手腕|手|腿)|(?<!(?:逼|让|叫|强迫|要)[^，。！？]{0,8})(?:扎|划|割|刺|戳|烫|咬|掐)(?:了)?(?:自己|我自己)(?!的(?:同学|朋友|小?辫子|头发|马尾))|(?:拿|用)(?:头|脑袋|额头)(?:去)?(?:撞|磕)(?:墙|地|桌子?|门|柜子?|柜门)|不想(?:再)?做人(?!们|家|的)|(?:哪里|哪儿|哪)(?:能|可以)?买(?:到)?(?:好多|很多|大量)?(?:的)?(?:安眠)?药|(?:坐|站|蹲|爬)(?:在|到|上)(?:了)?[^，。！？\s]{0,6}(?:阳台|楼顶|天台|窗台|屋顶)(?:的)?(?:外沿|外侧|边上|边缘|栏杆外)(?![^，。！？]{0,4}(?:扔|聊|玩|晒|晾|吃|看|砸))|(?<!\b(?:grabb?ed|twisted|stepped on|stomped on|kicked|hit|bit|scratched|broke|hurt) (?:\w+ )?)\b(?:her|his|my) wrists?\b[^.!?]{0,24}\bbleed|\b(?:sitting|standing|sat|stood) on the (?:edge|ledge|railing) of\b/g,
      // A wrist cut deep by the child's own hand ("手腕划得有点深"), not by another or by accident; pills laid
      // out and a goodbye "forever"; a pet handed over for good, letters left for everyone.
      /手腕(?<!(?:把|被|给|帮|替)(?:我|他|她|人)?(?:的)?手腕|(?:不小心|不注意|摔|跌|碰|刮|撞|玻璃|铁丝网?|钉子)[^，。！？,]{0,3}手腕|(?:摔了一跤|摔倒了|跌倒了|玻璃碎了)\s?(?:她|他|我)?(?:的)?手腕)(?:上)?(?:又|也|自己)?(?:割|划)(?:得|开|破|出血)|(?:手臂|胳膊|大腿)(?:上)?(?:又|自己)(?:划|割)|(我|他|她)(?:又|也|还|就)?把(?:自己|\1)的?(?:手腕|手臂|胳膊|大腿|腿|手)(?:又|也)?(?:划|割)(?:破|伤|开|出|了)(?![^。！？]{0,8}(?<!不是|并不是|绝对不是)(?:不小心|不注意|意外)(?![^。！？]{0,16}(?:(?:可|但|不过)[^。！？]{0,6}(?:第[二三四五几]次|又|已经|总是|老是)|第[二三四五几]次)))|(?:手|胳膊|手臂|手腕|腿|身上|脸|肚子|背)[^。！？]{0,4}(?:划|割)[^。！？]{0,12}(?:是)?(?:她|他|我)自己(?:弄|划|割|搞)的|(?:她|他|我)(?:又|就|还)?把手腕(?:又)?(?:割|划)(?:破|开|伤|了|出)|手腕(?:上)?(?:被(?:她|他|我)?自己|又)(?:割|划)/g,
      /\bpills? (?:all )?lined up\b|\b(?:good ?night|goodbye|bye) forever\b(?! (?:as a joke|lol|jk|haha|from))|\blook after (?:it|him|her|them|(?:my|her|his) \w+) (?:for good|forever|from now on)\b(?<!(?<!\b(?:not|isnt|arent) )\b(?:moving|move (?:to|away|house|schools?|abroad))\b[^.!?]{0,90})(?![^.!?]{0,60}(?<!\b(?:not|isnt|arent) )\b(?:moving|move (?:to|away|house|schools?|abroad))\b)|\bfinish everything\b(?! (?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the deadline|class|school)\b| for (?:school|class|homework)\b| on time\b)(?=.{0,160}\b(?:give|gave|given|giving)\b)|\bfinish everything\b(?! (?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the deadline|class|school)\b| for (?:school|class|homework)\b| on time\b)(?<=\b(?:give|gave|given|giving)\b.{0,160}finish everything)|\b(?:written|wrote|left|writing) (?:\w+ )?(?:letters|notes) (?:to|for) (?:everyone|everybody|all of us|us all|the family|her family|his family)\b(?![^.!?]{0,30}\bfor (?:christmas|new year|birthdays?|valentines|graduation|the holidays|teachers day)\b)/g,
      // Ways out said without the words: a rope round one's own neck, "她又划了", a head hit "until he die", a window
      // climbed out of and "下次没人拦得住", things given away "以后用不着了 … 再见", "dont be sad when im gone".
      /(?:想好了|决定了)[^。！？]{0,20}(?:从[^。！？]{0,8})?(?:楼顶|天台|河边|桥上|江边)(?![^。！？]{0,8}(?:拍|挂|玩|晒|照相|横幅|野餐|烧烤))|(?:今天晚上|今晚)[^。！？把被]{0,6}(?:就)?从[^。！？把被]{0,8}(?:楼顶|天台)(?![^。！？]{0,4}(?:把|推|扔|丢|挂|拍))|(?:勒|掐)(?:住)?自己(?:的)?脖子(?<!(?:逼|让|叫|强迫|要)(?:我|他|她)?(?:勒|掐)(?:住)?自己(?:的)?脖子)|(?:她|他|我)又(?:偷偷)?(?:划|割)(?:了|伤|破|开)(?!(?:一)?(?:晚上|下午)(?:的)?手机|一道线|(?:[^，。！？\s]{1,6}的)?(?:书|新书|本子|作业|衣服|校服|头发|桌子|桌面|墙|屏幕))|(?:窗户|窗台|栏杆|阳台)[^。！？]{0,6}(?:要|想)?往外(?:翻|爬|跳)(?![^。！？]{0,8}(?:出去|溜出去|逃课|上网))|下次(?:就)?没人拦得住(?:他|她|我)|(?:以后|之后)(?:也|都|就)?(?:用不着|用不上)(?:了)?(?=[^。！？]{0,40}(?:再见|永别|拜拜|别了))|\b(?:hit|hits|hitting|bang|bangs|banging) (?:his|her|my) (?:own )?head\b(?<!\b(?:they|boys|gonna|will|going to) (?:\w+ ){0,3}(?:hit|hits|hitting|bang|bangs|banging) (?:his|her|my) (?:own )?head)[^.!?]{0,30}\b(?:until|till|til) (?:he|she|i) (?:die|dies|died|is dead)\b|\b(?:easier|better) (?:for (?:everyone|everybody|you|them|all of you) )?without me\b|\b(?:tonight|today) (?:is|will be|is gonna be) (?:his|her|my) last (?:night|day)\b(?! (?:at|in|of|with|before|here)\b)|\b(?:dont|do not) (?:be sad|cry|worry|miss me)\b[^.!?]{0,10}\b(?:when|if|after) (?:im|i am) (?:gone|dead|not here)\b(?! (?:to|on|for|at)\b)/g,
    ],
  },
  {
    category: 'weapon',
    cues: [
      // A blade held to a neck ("拿美工刀抵着我同桌的脖子"): no lesson's tool, whatever it was brought for.
      /(?:刀|剪刀|圆规)[^，。！？]{0,4}(?:抵|顶|架)(?:着|在)[^，。！？]{0,6}(?:脖子|喉咙)/g,
      /刀(?<!(?:玩具|塑料|塑料的|木头|木头的|纸|纸折的|纸做的)小?刀|补刀|两面三刀)(?!子嘴|削面|叉|疤|妹|哥|姐|马旦)|(?:拿着|拿了|带着|带了|掏出|亮出|一把)倒(?![了下地])|(?:一把|掏出|亮出|小|水果)(?:到|道)(?![了手家底处理大具])|砍(?:人|我|你|他|她|谁|死|伤)|(?:拿|用|掏出)圆规|圆规.{0,10}(?:扎|刺|戳|吓)|(?:带|抄|拿)(?:着|了|上)?家伙|匕首|(?:往|朝|向)[^，。！？\s]{0,6}(?:扔|砸|丢)[^，。！？\s]{0,4}(?:酒瓶|啤酒瓶|玻璃瓶)|(?:点|扔|丢)[^，。！？]{0,6}(?:鞭炮|炮仗|烟花|摔炮)[^，。！？]{0,3}(?:往|朝)[^，。！？]{0,6}(?:床|人|身上|我|他|她|脸|头|窗|宿舍|被子)|棍|球棒|铁棒|木棒|棒子|钢管|铁管|(?:带|拿|揸|支|条)铁通|砖头|板砖|玩具枪[^。！？]{0,12}(?:但是?|可是?|不过)[^。！？]{0,10}(?:像真的|是真的(?![很好太挺])|不像(?:是)?玩具|真枪)|枪(?<!(?:水|玩具|泡泡|呲水|额温|测温|体温|胶|射钉|喷)枪|(?:外号|绰号|叫他|叫我|叫她|喊他|喊我|喊她)[^，。！？\s]{0,4}枪)|弩|电击|指虎|斧头|斧子|锤子|铁锹|凶器|武器|汽油|放火|纵火|\b(?:burn|set fire to|torch) (?:it|it down|the house|(?:my|our|his|her|their) (?:house|home|flat|room))\b|点火烧|(?:拿着|举着|抡着|挥着|提着|拿了)(?:一?[个根把块只])?(?:酒瓶|瓶子|石头|铁链|链子|凳子|椅子|砖)|(?:用|拿|抄起|举起|抡)(?:起)?(?:了)?(?:凳子|椅子|板凳|石头|酒瓶|瓶子|铁链|链子|水管|拖把|扫把|衣架|晾衣杆|竹竿|木板)(?:往|朝|对着)?.{0,6}(?:砸|打(?!不开|开)|抡|捅|敲|抽|戳|揍)/g,
      /🔪|🗡|🔫|💣|\b(?:stick|bat|pipe|rod)s?\b[^.!?]{0,60}\bhit (?:\w+ ){0,4}with (?:it|them)\b|(?:拿|用)(?:剪子|剪刀|圆规|美工刀|小刀)[^。！？]{0,12}(?:剪|扎|戳|捅|划)(?:我|他|她)?|\bkinfe\b|\bknife\b(?<!\b(?:tongue|words|mouth|voice) (?:is |are |was )?like a knife)(?<!\b(?:toy|plastic|rubber|fake|butter) knife)|\bknives\b|\b(?:pen|pocket|flick)knife\b|\bblade\b|\bbox ?cutter\b|\brazor\b|(?<!\b(?:glue|nerf|water|toy|staple|heat|squirt|spray|paint|gel) )\bguns?\b|\brifles?\b|\bshotguns?\b|\bfirearms?\b|\bpistol\b|\bshanks?\b|\bshiv\b|\bglock\b|\bswitchblade\b|\bpocket ?knife\b|\bbb gun\b|\bairsoft\b|\bbats?\b|\bpipe\b|\bcrowbar\b|\b(?:with|holding|carrying|had|has|brought|swinging|got) (?:a |some )?(?:metal|iron|steel) (?:bar|rod|pipe)s?\b/g,
      /\bbrass knuckles\b|\btaser\b|\bmachetes?\b|\bweapons?\b|\bhammer\b|\bslingshot\b|\b(?:with|a|carrying|brought|bring|brings|had) (?:\w+ )?sticks?\b|\bscissors\b|\bbricks?\b|\bpepper spray\b|\bnunchucks\b|\bcompass\b|\b(?:wants?|going|gonna|will|plans?|planning|threaten\w*) to shoot\b|\bshoot (?:up|people|everyone|us|them|him|her|me)\b|\bhit ?list\b|\blist of (?:ppl|people|kids|names|students|targets)\b|\bstab(?:bed|bing|s)?\b|弹弓/g,
      // A bomb, or a place said to be blown up ("说明天要炸学校", "blow up the school"); 炸 alone is also frying.
      /炸弹|(?:要|想|会|去|准备|扬言|说)炸(?:掉|平|了|飞)?(?:学校|教室|宿舍|食堂|你们|他们|我们|大家|全班)|把(?:学校|教室|宿舍|食堂)(?:给)?炸(?:了|掉|平|飞)|\bbombs?\b(?<!\b(?:bath|photo|stink|glitter|water|f) bombs?)|\bblow(?:ing)? up (?:the|our|this|my|his|her) (?:school|class|classroom|building|gym)\b/g,
    ],
  },
  {
    category: 'sexual',
    cues: [
      // An adult's remarks on girls' bodies, or asking a child whether she is "developed".
      /\b(?:comments?|commenting|remarks?|jokes?) (?:about|on) (?:the )?(?:\w+ )?(?:girls|her|their|students) (?:bodies|body|chests?|breasts?|figures?)\b|\basked (?:my daughter|her|me|the girls) (?:if|whether) (?:she|i|they) (?:is|am|are|was|were) ["“]?developed\b/g,
      /(?:更衣室|厕所|浴室|澡堂|宿舍|女厕|男厕)[^。！？]{0,10}(?:装|藏|放)(?:了)?[^。！？]{0,4}(?:摄像头|摄像机|针孔)|针孔摄像|(?<!(?:造谣|谣传|传|说)(?:她|他)有)不雅(?:照|视频|图)|把(?:我|她|他)\s?(?:在)?(?:换衣服|洗澡)\s?的?\s?(?:视频|照片)|(?:女生|男生|女|男)(?:澡堂|浴室|更衣室|厕所)的?(?:视频|照片)|偷拍[^，。！？\s]{0,6}(?:澡堂|浴室|更衣室|裙底)|拿[^，。！？\s]{0,6}(?:身材|胸|屁股|发育)[^，。！？\s]{0,2}(?:说事|开玩笑|开涮|取笑)|\b(?:hidden )?cameras?\b[^.!?]{0,30}\b(?:changing rooms?|locker rooms?|toilets?|bathrooms?|showers?)\b/g,
      /\b(?:ask\w*|tell\w*|want\w*|beg\w*|get\w*) (?:me|her|him) to (?:\w+ ){0,6}(?:take off|remove|lift|show (?:him|her) (?:my|her|his)?)\b[^.!?]{0,12}\b(?:shirt|top|clothes|pants|trousers|bra|underwear|skirt|body|chest)\b|想看(?:我|她|他)(?:洗澡|换衣服|光着|裸|的?身体)|拍[^，。！？]{0,4}(?:胸|下面|下体|私处|隐私部位|屁股|裸)[^，。！？]{0,4}(?:照|相|视频)/g,
      /(?:相|照片|图片?)[^。！？]{0,10}(?:佢|他)自己(?:的|嘅)?下面|(?:佢|他)(?:自己)?(?:的|嘅)?下面(?:的|嘅|嗰啲|啲|些|那些)?(?:相|照片|图片?)/g,
      /光(?:屁股|身子)[^，。！？\s]{0,4}(?:图|照|相|视频)|(?:厕所|男厕|女厕|浴室|更衣室|隔间|隔板)[^。！？]{0,16}(?:伸|举)[^。！？]{0,6}手机[^。！？]{0,6}拍|\b(?:phone|camera)\b[^.!?]{0,20}\bover the (?:stall|cubicle|partition|door)\b/g,
      /\b(?:sent|send|sending) (?:him|her|them) (?:some |my )?(?:pics|photos|pictures|nudes)\b(?=[^]{0,80}\b(?:post|posts|leak|leaks|share|shares)\b)|(?:要|让|叫)(?:她|他|我)(?:们)?(?:也)?(?:传|发|拍)(?:穿)?[^，。！？\s]{0,3}(?:睡衣|内衣|泳衣|裙子|没穿衣服|身体)/g,
      /(?:伸|放)(?:到|进)[^，。！？\s]{0,3}裙(?:子)?(?:底下|下面|里)[^，。！？\s]{0,2}拍/g,
      // Pictures of genitals sent, the word censored as children type it ("pics of his d***", "d*ck pics").
      /\b(?:pics?|photos?|pictures?|images?|videos?) of (?:his|him|her) (?:d[*]{2,3}|d[i*!1]ck|c[o*]ck|privates|private parts|junk)|\bd[i*!1][c*]k ?pics?\b|\bnudes\b/g,
      // Filming where children undress, or watching them change ("男厕有人偷拍", "staring when we change").
      /(?:厕所|男厕|女厕|浴室|更衣室)[^，。！？]{0,6}偷拍|偷拍[^，。！？]{0,6}(?:洗澡|换衣服|裙底)|(?:换衣服|洗澡|更衣)[^。！？]{0,12}(?:偷拍|被拍)|\bstar(?:e|es|ing)\b[^.!?]{0,20}\bwhen (?:we|they|girls|boys) (?:change|get changed|shower)\b|\bcomments? about (?:girls|her|my|our) bod(?:y|ies)\b/g,
      CONTACT_TOLD,
      // A man exposing himself, staring, remarks on a body.
      /露(?:给|出)[^，。！？]{0,6}看|盯着[^，。！？]{0,6}(?:胸|胸口|胸部|屁股)|发育得(?:不错|很好|挺好)|穿这么少/g,
      CLOTHING_INTRUSION,
      FORCED_UNDRESSING,
      // Pictures of a boy's private parts sent unasked ("keeps sending me pics of his private stuff").
      /\b(?:pics?|photos?|pictures?|videos?) of (?:his|her|their) (?:private|privates|private parts|private stuff|junk|dick)\b|\bsend(?:s|ing)? (?:me |her |him )?(?:nudes|dick pics)\b/g,
      // An adult showing a child pornography, or asking what she wears and for a photo of it.
      /(?:看|放|给[^，。！？\s]{0,3}看)\s?(?:那种|黄色|色情|成人)的?(?:片子|视频|电影|片)|问(?:她|他|我)?[^，。！？]{0,6}穿(?:的|着)?(?:是)?什么[^。！？]{0,12}(?:拍|照)/g,
      /性骚扰|性侵|强奸|猥亵|强吻|耍流氓|动手动脚|摸来摸去|乱摸|摸(?:了|过|着)?(?:她|我|他)|摸.{0,3}(?:胸|屁股|下体|隐私|私处|大腿|裆|下面)|扒[^，。！？\s]{0,8}(?:衣服|裤子|裙子)(?![^。！？]{0,20}(?:才知道|原来|其实)是[^，。！？\s]{0,4}(?:裤兜|口袋))|脱.{0,4}(?:衣服|裤子|裙子)|(?:衣服|裤子|裙子|内裤).{0,3}(?:扒|脱)|拍.{0,6}(?:洗澡|换衣服|裙底|上厕所|裸)/g,
      /(?:那种|不好|不雅|露骨|黄|色情)的?(?:图片?|照片|相片|视频|相)|没穿(?:衣服|衣|裤子)的?(?:照|相)(?<!小时候[^，。！？]{0,4}没穿(?:衣服|衣|裤子)的?(?:照|相))|裙子?.{0,3}(?:撩|掀)|掀[^，。\s]{0,6}裙|撩[^，。\s]{0,6}裙|裙底|(?<![父母双乡相])亲(?:你|我|她|他)(?:们)?(?!戚|人|自|手|爱|生)|亲(?:女生|男生|同学|女孩|男孩)|亲嘴|色狼|色色|色眯眯|好色|约炮|性器|性暗示|内衣|内裤|胸罩|文胸|大胸|(?:穿得|穿的)(?:太少|太露|很露|暴露|性感|骚)|(?:胸|屁股|身材)(?:很|好|真|太|那么)?(?:大|小|翘|丰满)|强行亲|(?:按|压|抱|搂)(?:住|着|在)[^，。！？\s]{0,6}亲(?!戚|人|自|手|爱|生)|被[^，。！？\s]{0,6}摸(?:了|过)(?![^，。！？\s]{0,3}(?:头|脸|手|肩))|扒光|脱光|(?:强行|强迫|逼迫|被迫|逼|硬)(?![^，。！？]{0,6}(?:鞋|袜|帽|眼镜|手表|外套)).{0,6}脱|黄色|黄图|黄片|色情|裸照|裸体|裸聊|p成裸|裸的|(?:让|叫|要)[^，。\s]{0,8}(?:脱|除)(?:了|掉|下)?(?:衣|裤|裙|光|衫)|对着(?:我|我们|她|她们|小孩|孩子)[^，。！？]{0,2}脱(?:了)?裤子|成人片|成人视频|a片|坐(?:他|她)?的?(?:腿上|大腿)|陪(?:他|她|我)?睡|(?:女厕|澡堂|浴室|更衣室|洗澡)[^。！？]{0,16}(?:趴在|往里|偷)[^。！？]{0,6}(?:看|拍|照)(?!手机|我笑)|没穿衣服|不穿衣服|光着身子(?<!像光着身子)(?!一样)|(?<![a-z])luo ?(?:照|ti\b)|暴露狂|露(?:出)?(?:了)?(?:下体|生殖器|私处|下面|小鸡鸡|鸡鸡|那个|那里)|脱(?:了)?裤子给.{0,3}看|(?:让|叫|逼|要)(?:我|她|他)(?:们)?看(?:他|她)的?(?:小鸡鸡|鸡鸡|下面(?![^，。！？,]{0,3}(?:题|的字|那|这|写))|下体|私处)|把裤子(?:拉|脱|褪)(?:了|下|掉)(?:来)?给[^，。！？\s]{0,8}看(?![^，。！？,]{0,4}(?:伤|淤青|疤|伤口|针眼))|黄段子|开黄腔|下流|(?:老师|教练|叔叔|校长|宿管|男的)[^。]{0,16}(?:说喜欢(?:她|我)|(?:单独|一个人|自己|晚上|偷偷)[^，。！？]{0,4}去(?:他|她)家|去(?:他|她)家[^。！？]{0,12}(?:别|不要|不许|不准)告诉|单独见面|开房|按摩)|(?:老师|教练|叔叔|校长|宿管|男的|家教)[^。！？]{0,24}(?:说(?:她|我)(?:很|好|真|特别)?(?:漂亮|性感|身材好)|约(?:她|我)[^。！？，]{0,6}单独(?:出去|见面|吃饭|去))/g,
      new RegExp(
        String.raw`(?:拍|发|要)[^，。！？\s]{0,4}(?:胸|胸部|下体|私处|屁股|裸体?)的?(?:照片|照|相片|视频)|${INTIMATE_CONTACT}|\b(?:comes?|coming|came|goes|going|went|gets?|getting|got) (?:in|into) (?:her|his|my) (?:room|bed|bedroom) at night\b|\b(?:slap|pinch|smack|touch|grab)(?:s|es|ed|ped|bed|ing|ping|bing)? (?:her|his|my|their|girls|the girls|other girls|peoples?) (?:butts?|bums?|ass|chests?|boobs|breasts?)\b|(?:女厕|女生厕所|女生宿舍|浴室|更衣室).{0,8}(?:偷看|偷拍|拍照)|偷窥|(?:厕所|洗澡|澡堂|宿舍).{0,6}(?:偷看|偷拍)|(?:偷看|偷拍)(?:女生|女孩|女同学|男生|别人)(?:上厕所|洗澡|换衣服)?|偷看.{0,8}(?:厕所|洗澡|换衣服|裙)|偷拍.{0,8}(?:裙底|换衣服|洗澡|厕所(?![^，。！？]{0,4}哭))|(?:我|她|他)(?:们)?在(?:厕所|浴室|澡堂|更衣室)(?:里)?的(?:照片|视频|录像|照)|(?:泳衣|内衣|内裤|比基尼|私密|隐私|身体|换衣服|洗澡|上厕所|光着身子|光身子|没穿衣服)的?(?:照|图|视频|录像)`,
        'g',
      ),
      /\btouch(?:es|ed|ing)? (?:me|him|her) (?:at night|in bed|when (?:no one|nobody)|in (?:his|her|my) (?:room|bed))\b|\bsexual|\brape|\bmolest|\bgrop(?:e|ed|es|ing)\b|\bnudes?\b|(?:他|她)?下面的(?:照片|照|图|视频)|\b(?:pics?|photos?|pictures?) (?:of her |of him )?(?:without|with no|in) (?:her|his|a) (?:shirt|top|clothes|bra|swimsuit|bikini|underwear)\b|\bdont tell (?:ur|your) (?:mom|mum|dad|parents)\b|\byou look so grown up\b|\bnaked\b|\bporn|\bd[i*]ck\b|\bprivate parts?\b|\b(?:private|intimate) (?:pics|photos|pictures|videos|images)\b|\bupskirt|\bgroom(?:ed|ing|s)\b|\brat(?:e|es|ed|ing) [^.!?]{0,20}\bbod(?:y|ies)\b/g,
      /\b(?:girls?|boys?|her|him|them|me) (?:changing|undressing|showering)\b|\blocker room\b|\bflash(?:ed|es|ing)\b/g,
      // Remarks on a body's parts ("says she has nice legs"), kissing noises made at someone: harassment without contact.
      /\b(?:nice|hot|sexy|juicy|big) (?:legs|butt|ass|boobs|chest|rack|thighs)\b|\b(?:nice|hot|sexy) (?:body|figure)\b|\bkiss(?:ing|y) (?:noises|sounds)\b|\b(?:gets?|got|getting|climbs?|climbed|climbing|crawls?|crawled|crawling|comes?|came|coming) (?:in|into) (?:bed|her bed|his bed|my bed) with (?:her|him|me)\b|\blift(?:ed|s|ing)? (?:up )?(?:her|my|their|the|a|\w+s) skirts?\b|\bkiss(?:ed|es|ing)? (?:me|her|him)\b|\bsext|\b(?:dirty|sexual|sexy|inappropriate|explicit|lewd|x-rated) (?:messages|texts|dms|pics|photos|jokes|comments|videos|stuff)\b|\bsend (?:me )?(?:pics|photos|pictures|nudes)\b|\b(?:without|no) clothes\b|\bexposed (?:him|her)self\b|\babout (?:my|her|his) body\b|\bboobs\b|\bbra\b|\bgrab(?:bed|s|bing)? (?:\w+ ){0,3}(?:butt|ass|boobs?|breasts?|chest|crotch)\b|\bsit on (?:his|her) lap\b|\bask(?:s|ed|ing)? (?:\w+ )?for (?:pics|nudes|photos|pictures)\b|\bunderwear\b|\bperv(?:ert)?s?\b/g,
      // Pictures held over a child to make them send more: sextortion, whatever the pictures are called.
      /\bunless (?:i|you|she|he|we) (?:send|sends|give|gives) (?:him |them |her )?(?:more|another|again|new ones)\b|(?:不|再不|要是不|如果不)(?:继续|再)?(?:给他|给他们|给她)?(?:发|拍)(?:更多|几张|一些|点)?的?(?:照片|视频|图|自拍)?[^，。！？]{0,4}就(?:要)?(?:把|将)[^，。！？]{0,8}(?:照片|视频|图)/g,
      // An adult courting a child (flattery, an invitation home) is harassment without contact.
      /\b(?:teacher|coach|tutor|principal|man|guy|uncle|adult)\b[^.!?]{0,80}\b(?:(?:come|go|visit) (?:over )?to (?:his|her) (?:flat|apartment|place|house|home|room|car)|(?:be|become) his girlfriend|(?:says|said|saying|tells her|told her|telling her) (?:shes|she is|she looks) (?:so )?(?:pretty|sexy|hot|beautiful)|(?:says|said|saying|tells?|told|telling) (?:her|them|the girls|the boys|us)(?: that)? (?:her|their|our|his) (?:body|bodies|figure|chest) (?:is|are|looks?) (?:developing|growing|nice|hot|sexy))\b/g,
      // ... and in Chinese: an adult praising a child's body, asking them alone or by night to a video call
      // or his home, or to delete their chat.
      /(?:老师|班主任|教练|家教|校长|主任|叔叔|男的|大人)[^。！？]{0,40}?(?:想你了|(?:不要|别)(?:跟|和|告诉)(?:爸妈|爸爸妈妈|家里|你妈|父母)(?:说|讲)?(?![^。！？]{0,4}(?:成绩|考试|分数))|穿(?:裙子|这样)(?:真|很|好)?(?:好看|漂亮|性感)|(?:色|黄)(?:色)?的?笑话|说(?:她|我|你)[^，。！？]{0,6}(?:很|好|真)?性感|(?:说|夸)(?:她|我|你|我们|她们|女生)(?:的)?(?:身材|腿|身体)(?:很|真|好|特别)?(?:好|漂亮|性感|不错)|(?:叫|让|要|约|喊)(?:我|我们|她|她们|女生)[^，。！？]{0,6}?(?:晚上|半夜|深夜|单独|自己|一个人|偷偷|周末)[^，。！？]{0,4}?(?:跟|和|陪|给|去|来)(?:他|老师)(?:家|宿舍|办公室|房间)?(?:视频|开视频|打视频|语音|见面|补习|补课)?|(?:叫|让|要)(?:我|她|我们|她们)(?:把)?(?:聊天|微信|私信)?(?:记录|纪录|消息|信息)删|问(?:我|她|女生)(?:们)?有没有(?:男朋友|谈恋爱)|暧昧|(?:自拍|照片)给(?:老师|他|叔叔)看|是不是一个人)/g,
      /\btouch(?:ed|es|ing)? (?:her|my|his|me|him|their|a|the)(?: \w+s)? (?:private|privates|breasts?|chest|butt|crotch|body|down there|inappropriately)/g,
      /(?:裤|裙|衣服|内裤)(?:子)?\s*pull(?:ed|s)? (?:down|off)\b|\bpull(?:ed|s)? (?:down|off) (?:her|my|his|their) (?:pants|skirt|clothes|underwear|trousers)\b|\b(?:pull|tear|rip)\w* (?:\w+ ){0,4}(?:pyjamas|pajamas|pants|skirt|clothes|underwear|trousers|shorts) off\b|\bpull\w* down (?:the |a |an )?(?:girls|boys|kids|other kids|\w+s) (?:pants|skirts|trousers|shorts)\b|\b(?:pull(?:ed|s)? (?:her|my|his|their)|pulling (?:her|my|their)) (?:pants|skirt|clothes|underwear|trousers|shorts|boxers|briefs)(?: and (?:(?:her|my|his|their) )?(?:pants|skirt|clothes|underwear|trousers|shorts|boxers|briefs))? (?:down|off)\b|\bstrip(?:ped)?\b|\bundress|\b(?:pants|skirt|clothes|underwear|trousers|shorts) (?:\w+ )?(?:pulled|yanked|ripped|taken) (?:down|off)\b/g,
    ],
  },
  {
    category: 'physical',
    cues: [
      /(?:拉着|拽着|扯着)[^。！？]{0,12}往[^。！？]{0,10}(?:拖|拽|拉)(?:过去|走|进)/g,
      /(?<!(?:电话|号码|号)[^，。！？\s]{0,2})(?<!替[^，。！？\s]{0,6})(?<!要|会|想|迟早|早晚|准备|找人|叫人|敢|别|不要|说要|打算|不给就|不交就|不带就|不还就|不听话就|不借就|不然就|否则就|再.就|演|假装|装作|表演)打(?<!(?:有没有|是不是|有没)打)(?<!(?:海报|号码|热线)[^，。！？]{0,12}(?:就|才|便)打)(?<!我(?:上礼拜|上周|上次|之前|昨天|前天|刚才|已经|下午|上午|早上|中午|晚上|刚刚)?打(?=过(?:一次|两次|几次|一回)(?:[\s，。！？]|$|说|了|电话)))(?!不通|(?:个|声)?招呼|(?:了)?(?:好|几|[一二三四五六七八九十两\d])+(?:通|个电话)|给(?:他|她|我|你)(?:们)?(?![^，。！？\s]{0,2}(?:一顿|几下|一拳|一巴掌|耳光))|电动|电玩|着?石膏|(?:就)?没人接|(?:家长|家里)的?电话|不开|错|易拉罐|瓶子|罐子|(?:她|他|我|你)(?:的)?(?:电话|手机)|小报告|报告|(?:那个|这个|个)?(?:疫苗|预防针)|的电话|的(?:这个|那个|这通)电话|的(?:这个|那个)(?=\s*(?:是\s*)?(?:幺|一|\d|号|电话|对吧|嗯|吧))|的\s*$|的(?=[\s，。！？,.!?])(?<=(?:这些|这条|这段|这|短信|信息|消息|字)(?:是|都是)?(?:我)?(?:让|叫|请)[^，。！？,\s]{1,8}帮(?:我|忙)打的)|(?:过|了|了个|个)?电话|乒乓|羽毛球|篮球|排球|台球|网球|蛋仔|吃鸡|排位|扑克|牌|麻将|比赛|联赛|(?:这个|那个|这|那|个|你们的?)(?:电话|号码|热线)|游戏|王者|开|不开|算|扫|听|扰|卡|车|字|的字|针|球|工|印|折|包|饭|水|招呼|扮|赌|交道|分|量|喷嚏|哈欠|雷|通|给|过来|来|篮|排|比赛|牌|麻将|闹|理|气|断(?!(?:了|过)?(?:他|她|我|你)?(?:的)?(?:腿|胳膊|手|鼻梁|鼻子|肋骨|骨头|牙))|自己|火机|瞌睡|盹|手语|手势|拍子|节拍|草稿|包票|麻雀|鸟|苍蝇|蚊子|蟑螂|雪仗|水仗|倒(?!在))/g,
      /(?<!要|会|就|想|准备|找人|叫人)(?:揍(?!的命)|踢(?!出(?:去|群|来|局|队|某)|出[^，。！？\s]{0,6}群|球|足球|毽子)|踹|削(?=(?:了|过)?(?:我|你|他|她|人|死|一顿))|修理(?=(?:了|过)?(?:我|你|他|她|一顿))|(?:打|揍)扁)|扇(?:了|他|她|我|耳光|巴掌)|抽(?:了|过)?(?:我|他|她)?(?:的)?(?:脸|嘴巴|耳光|巴掌|屁股|后背|手心)|抽了[^，。！？\s]{0,3}(?:下|鞭|顿)|耳光|巴掌|拳头|拳打脚踢|掐|咬(?!牙)|抓伤|抓破|挠(?:我|他|她)|揪|扯.{0,2}头发|薅|戳|(?<!挣|包)扎(?!头发|辫|马尾|堆|根|实)(?<!(?:胎|气球)扎)|拧|捏(?!着?(?:自己的?)?鼻子)|夹(?:我|他|她)|剪.{0,3}头发|头发.{0,3}剪|塞(?<!(?:桌|抽屉|书包|柜|桌肚|桌洞|盒|箱)子?里塞).{0,4}(?:嘴|沙|土|垃圾)|弄伤|伤(?:了|到)(?:我|他|她)/g,
      /推(?:倒|到|下|落|进|入|我|他|她|人|搡|了|翻)|不让(?<!(?:就|才)不让)(?:我|他|她)?出(?:来|去)|撞(?<!(?:差点|差一点|险些|差点儿)撞)(?:到|倒|墙|我|他|她)(?!的?(?:桌|椅|凳|书|东西|柜))|(?:在后面|一直|拼命|在)追(?:我|他|她)|追着(?:我|他|她)(?:打|跑)?|按(?:在|进|到|倒|住|着)|往.{0,4}(?:水|马桶|池|河|泥)里(?:按|摁|压|塞|推)|往.{0,4}(?:墙|地|桌子?|柜子?|门|玻璃|黑板)上?(?:撞|磕|砸|摔|按)|摁|推(?:了)?一(?:下|把)|把(?:我|他|她)(?:塞|扔|关|放|按)(?:进|到)(?:了)?(?:垃圾桶|柜子|箱子|桶里|垃圾箱)|被[^，。！？\s]{0,6}推|被[^，。！？\s]{0,8}逼着?(?:喝|吃|舔)|(?:喝|吃|舔)(?:了)?(?:厕所|马桶|拖把)(?:里)?的?水|勒痕|门(?:被[^，。！？\s]{0,6})?(?:从外面)?(?:锁|反锁|堵|顶|扣)(?:住|上|了)|门(?:被[^，。！？\s]{0,6})?从外面(?:用[^，。！？\s]{1,4})?(?:(?:别|插|闩|拴|顶)(?:住|上|了)|(?<=用[^，。！？\s]{1,4})顶着)|锁在|关在|(?:锁|关|困)了(?:我|他|她)(?:们)?在(?<!(?:妈|爸|家长|奶奶|爷爷)[^，。！？,]{0,2}(?:锁|关|困)了(?:我|他|她)(?:们)?在)|(?:关|锁)进|(?:关|锁)到[^，。！？\s]{0,6}里|把(?:我|他|她)(?:们)?(?!的)[^，。！？,的]{0,6}(?:关|锁)到[^，。！？\s]{0,12}里|被(?:锁|关)(?:了)?(?:厕所|教室|仓库|器材室|宿舍|房间|柜子)|锁起来|关起来|反锁|绊|勒(?:住|脖子)/g,
      /(?:嘴|手|脚|眼睛)[^，。\s]{0,4}(?:胶带|胶布)|(?:胶带|胶布)[^，。\s]{0,6}(?:封|粘|缠|绑)|围殴|群殴|殴打|被[^，。！？\s]{0,8}围在|暴打|毒打|围起来|围住(?![^，。！？\s]{0,2}(?:笑|骂|说|看|起哄|喊|叫))|掌掴|(?<!(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公|姥姥|老师|姐姐|哥哥|阿姨)[^，。！？\s]{0,2})(?:拉|拽|拖|架)着(?:我|他|她)(?:们)?(?:往|到|去)(?!找老师|找家长|医院)|(?<!(?<![一那这几成整合])群[^。！？]{0,40})(?:被|把).{0,8}拉进(?![^，。\s]{0,8}群)|(?:被|把).{0,8}(?:拽|拖)进|(?:被|把)(?!裤|衣|裙|窗|帘|门).{0,8}(?:拉|拽|拖)(?:到|去|走|下|出)(?![^，。\s]{0,8}群)|砸(?<!(?:考|搞|弄|办|演)砸)|烫(?<!麻辣烫)(?!发|头发)|烧(?:伤|我|他|她|头发)|(?:打火机|火机|烟头|蜡烛)[^，。！？\s]{0,8}(?:烧|烫|点)|烧(?:了)?[^，。！？\s]{0,4}(?:头发|手|脸|皮肤|胳膊|腿)|泼|扔.{0,6}(?:砸|打)?(?:我|他|她)(?:身上|头上|脸上)|吐口水|打伤|淤青|青一块|都是青的|牙印|骨折|缝了|缝针|流血|受伤/g,
      /当沙袋|捶(?:我|他|她|打)|推(?:了)?[^，。！？\s]{0,2}(?:沟|河|水|坑|池塘)里/g,
      // "把我带到桥底下打的": where the child was taken to be beaten, told at the end.
      /把(?:我|他|她)(?:们)?[^，。！？\s]{1,10}打的/g,
      /(?:轮椅|椅子|凳子)[^，。！？\s]{0,4}(?:掀翻|推翻|推倒|踢翻)|\b(?:tipped|pushed|knocked) (?:\w+ ){0,2}wheelchair over\b/g,
      // Beaten, in a run-on transcript ("被宿舍几个人打了电话里我听见"): the passive makes it a blow, not a call.
      /被[^，。！？\s]{1,8}打了(?=电话)/g,
      // A child hiding from those who look, guard or wait for them: hunted, before any blow is struck.
      /躲(?:在|进)[^。！？]{0,12}(?:他们|那些人|那几个人|那帮人|有人)[^。！？]{0,8}(?:找|守|堵|等|追)|(?<=(?:他们|那些人|那几个人|那帮人|有人)[^。！？]{0,10}(?:找|守|堵|等|追)[^。！？]{0,12})躲(?:在|进)|\bhiding\b[^.!?]{0,40}\b(?:they|theyre|they are|those (?:boys|girls|kids|guys))\b[^.!?]{0,12}\b(?:looking for|waiting|outside|searching|coming)\b|\b(?:theyre|they are|they were)\b[^.!?]{0,20}\b(?:looking for|waiting for|searching for) (?:me|him|her)\b[^.!?]{0,40}\bhiding\b/g,
      // Made to stay in the cold ("让他跪在雪地里", "不准穿外套站在风口"), and the dialect passive of a blow
      // taken ("叫人打过", "让人给揍了" = was beaten), an arm cut by another ("把我手臂划破了"), a child shut in
      // for an afternoon ("被…关了一下午", "lock在器材室"): a body hurt, no blow needing to be named.
      /(?:跪|站|蹲|趴|躺|坐)(?:在|到)(?:了)?(?:雪地|雪里|雪堆|冰上|冰面|冷水|水坑|泥地|泥水)|(?:不准|不让|不许)(?:我|他|她)?穿(?:外套|棉袄|棉衣|羽绒服|鞋|袜子|厚衣服)|(?:让|逼|叫|罚)(?:我|他|她|我们|他们)[^，。！？]{0,12}?(?:吹(?:冷)?风|淋雨|挨冻|受冻)|(?:叫|让|给)(?:人|人家|同学|他们|她们)(?:给)?(?:打|揍|踢|踹)(?:了|过|伤)|(?<![a-z])lock(?:ed)?\s?(?:在|进)|被(?<!(?:号|账号|手机|门|楼|教室|电脑|平板|qq|微信|群|游戏|评论区|评论|直播间|直播|朋友圈|空间)(?:也|都)?被)(?!老师|班主任|学校|宿管|管理员|我妈|我爸|妈妈|爸爸)[^，。！？,]{0,10}(?:关|锁)了(?:一|半|好几|几)(?:个)?(?:下午|上午|晚上|小时|节课|天|夜)(?![^。！？]{0,16}(?:因为[^。！？]{0,6}(?:发烧|生病)|疫情|封控|隔离))|(?:把|被)(?:我|他|她)的?(?:手|手臂|胳膊|手腕|脸|腿|脖子)(?:给)?(?:划|割)(?:破|伤|开|出血)/g,
      // A chair pulled away as someone sits down, a head knocked against something: a body hurt, prank or not.
      /(?:椅子|凳子)[^，。！？\s]{0,4}(?:抽走|抽掉|拉开|踢开|撤走|撤掉)|(?:抽|撤|踢)(?:走|掉|开)(?:了)?[^，。！？\s]{0,6}(?:椅子|凳子)|(?:头|后脑勺|后脑|脑袋|额头)(?:都|被)?(?:撞|磕|摔)(?:到|在|破|伤|出血|肿)|\bpull(?:s|ed|ing)? (?:out |away )?(?:the|her|his|my|their) (?:chair|seat|stool)(?: out| away)?\b|\bhit (?:her|his|my|their) head (?:on|against)\b|\b(?:throw\w*|threw|chuck\w*|pelt\w*) (?:\w+ ){0,2}(?:rocks|stones|bricks|eggs) (?:at|through)\b/g,
      /堵(?<!(?:通道|路|出口|入口)(?:全|都|给)?堵|(?:车|门口)(?:全|都|给)堵)(?!车|塞|心|得|着慌|路|在(?:路|马路|道))|约架|干架|干仗|干(?:了)?一架|干起来|(?<!演|扮演|假装|装作|表演|排练)打架|单挑|体罚(?<!(?:算不算|是不是|是否|这算|不算|这不是)体罚)|罚跪|往.{0,6}(?:水杯|杯子|水壶|水瓶|保温杯|饮水机|水桶|饭盒|碗|水|饭|菜|饮料|汤)里(?:放|加|倒|撒|掺)|捂(?:住)?(?:我|他|她)?的?(?:嘴|鼻|口鼻|脸)(?!笑)|闷(?:住|死)|绑(?:在|起来|住)|捆(?:在|起来|住)|灌(?:酒|水|尿)|(?:往|朝)(?:我|他|她|人)?的?(?:嘴|嗓子|喉咙)里?(?:灌|倒|喂)|灌(?:我|他|她)(?:喝)?|给(?:我|他|她)灌|(?:倒|泼|扣|浇|扔)(?:在|到)(?:我|他|她)?的?(?:头上|身上|脸上)|抽(?:我|他|她|人|打)|皮带|鞭子|一拳|一脚|一巴掌|挨打(?!的命)|挨揍(?!的命)|(?:放|塞|撒)(?:了)?(?:一颗|几颗|好几颗|好多|很多)?图钉|被k|动手|打晕|摔(?:我|他|她|在)|(?:把|被)[^，。！？\s]{0,6}摔倒|扭(?:我|他|她)?的?(?:手|胳膊)|踩(?:我|他|她|在)|压(?:在|住)|骑在|淹|呛(?:水|到|着|死)|烟头(?=烫|烧|按|戳)|用烟头|(?:撕|扯)(?:我|他|她)?的?(?:衣服|头发)|弹(?:我|他|她)(?:的)?(?:脑门|脑壳|额头)|轮流(?:打|扇|踢|揍)|(?:关|锁)在门外|往.{0,6}(?:身上|脸上|头上|被子|床上).{0,2}(?:扔|砸|泼|吐|倒|浇|扣|撒)|(?:水杯|杯子|水壶|水瓶|保温杯|饮水机|水桶|饭盒|喝的水|水|饭|菜|饮料|汤|奶茶)里(?:被)?(?:偷偷)?(?:放|加|倒|撒|掺|下)了?|(?:逼|强迫|硬要)(?:我|他|她).{0,4}(?:喝|吃|舔)|(?:让|叫)(?:我|他|她)(?:捡(?!破烂)|舔)(?:起来)?(?:吃|喝)?|(?:按|摁|压)(?:我|他|她)?(?:在|到|落)(?:地|墙|桌)/g,
      /\bhit(?:s|ting)?\b|\bpunch|\bkick(?!(?:ed|s|ing)?(?: (?:me|him|her|them|us))? out)(?!(?:ed|s|ing)? (?:my|his|her|our) \w+ out of (?:the |our |their |a )?(?:\w+ )?(?:group|chat|gc|team|club)\b)|\bslap|\bbeaten\b|\bbeat up\b|\bshov(?:e|ed|es|ing)\b/g,
      /\b(?:hold\w*|held|push\w*|shov\w*|dunk\w*|stuck|stick\w*|forc\w*) (?:\w+ ){0,2}heads? (?:in|into|under|down) (?:the |a )?(?:toilet|water|sink|bucket|pool|river)\b|\bswirl(?:y|ies)\b|\bpush(?:ed|es|ing)? (?:me|him|her|them|us)\b|\bpushed\b|\btrip(?:ped|ping|s)? (?:me|him|her)\b|\btripping\b|\bpinch|\bscratch/g,
      /\bcut (?:off )?(?:her|his|my) hair\b(?! off (?:her|him|my)self)|\bhair (?:cut|chopped|ripped|pulled) off\b|\bpull(?:ed|s|ing)? (?:her|his|my) hair\b|\bhands? around (?:my|his|her) (?:neck|throat)\b|\bchok(?:e|ed|es|ing)\b|\bstrangl|\bjump(?:ed)? (?:me|him|her)\b|\b(?:got|get|gets|getting|was|were|been|be) jumped\b|\bjumped by\b|\bsmother|\bsuffocat|\b(?:caught|catching|catches) (?:these |some )?hands\b|\b(?:made|make|makes|making|forced?|forcing) (?:me|him|her|them|(?:my|his|her) \w+) (?:to )?(?:eat|drink|lick|swallow)\b|\bsw(?:ung|ing|ings) on (?:me|him|her|us|(?:my|his|her|our) \w+)\b|\b(?:hold|held|holds|holding) (?:me|him|her|them) down\b|\blocked in\b|\b(?:got|get|getting|was|were|been) (?:like )?jumped\b|\b(?:bang|slam|smash)(?:ed|s|ing)? (?:his|her|my|their) head\b|\blocked (?:the )?(?:\w+ )?door on (?:her|him|me|them)\b|\b(?:was|were|got|get|is|be) lock in\b|\blocked (?!(?:herself|himself|myself|themselves|itself|yourself)\b)(?:[a-z]+ ){1,2}in (?:the|a)\b|\b(?:holding|held|holds|hold|pushed|pushing|shoved|shoving) (?:a |the |his |her |my )?(?:\w+ ){0,3}(?:head|face)s? (?:down|into|under|in)\b|\b(?:they|guys|boys|girls|kids|someone|somebody|some \w+) locked (?:the|that) door\b(?= [^.!?]{0,40}\b(?:me|im|i am|him|her|inside|in here|in there)\b|[^.!?]{0,6}$)|\b(?:im|i am|hes|shes|he is|she is) (?:still )?(?:locked|stuck|trapped) in\b/g,
      // Injuries say a body was hurt even when no blow is named ("came home with a bloody nose").
      /\bbloody (?:nose|lip|face|mouth)\b|\b(?:rope|tie|belt) marks?\b|\btied (?:him|her|me|them|\w+ hands) up\b|\b(?:rush|ambush|jump)(?:es|ed|ing)? (?:the|those|some) (?:\w+ )?(?:graders|kids|boys|girls|freshmen|first years)\b|\bblack eye\b|\b(?:split|cut|busted|swollen|fat) (?:lip|nose)\b|\bpull(?:ed|s|ing)? (?:off )?(?:my|his|her) (?:hijab|headscarf|scarf|wig|glasses)(?: off)?\b|\bhair\b[^.!?]{0,30}\bcut (?:it|them|some) off\b|\bnosebleed\b|\bconcussion\b|\bstitches\b|鼻血|鼻青脸肿|熊猫眼|(?:嘴角|嘴唇|嘴)(?:被打)?(?:破|肿)了|(?:脸|眼睛)(?:都|被打)?肿了/g,
      /\bspik(?:e|ed|ing) (?:my|his|her|their|our) (?:drink|water|juice|food|coffee|tea)\b|\bput (?:something|stuff|drugs) in (?:my|his|her|their) (?:drink|water|food)\b|\bbleed|\bbruis|(?<!\b(?:had|have|has|having) (?:a |an )?(?:big |huge |little |small |stupid |bad )?)(?<!\b(?:walked|walks|walking|ran|run|backed|backs|stayed|stays) away from (?:a|the) )\bfight(?! with (?:my|his|her) (?:mom|mum|dad|parents|mother|father))|\battack|\bgrab(?:s|bed|bing)? (?:\w+ )?by the (?:ear|hair|neck|collar|arm)s?\b|\bspit (?:on|at)\b|\bheadlock\b|\bstomp|\bbit (?:me|him|her)\b|\bburn(?:ed|t|s|ing)?\b|\belbow|\bsmack|\bwhack|\bkneed\b|\bslam(?:med|s|ming)? (?:\w+ ){0,2}(?:head|face|into|against|on)\b|\bcut(?:ting|s)? (?:off )?(?:her|his|my) hair\b(?! off (?:her|him|my)self)|\bhurt (?:me|him|her|them|us)\b|\binjur|\bdrown|\bdunk(?:ed|s)? (?:my|his|her) head|\bswirlie|\bwedgie|\block(?:ed|s)? (?:me|him|her|them) out\b|\b(?:dump|dumped|pour|poured|throw|threw|thrown) (?:\w+ ){0,3}(?:water|food|milk|drink|juice) (?:on|over)\b/g,
      new RegExp(
        String.raw`\bpin(?:s|ned|ning)? ${VICTIM_EN} (?:down|to|against|on)\b|\bcorner(?:s|ed|ing)? ${VICTIM_EN}\b|\b(?:have|has|got) ${VICTIM_EN} (?:cornered|surrounded|pinned)\b|\b(?:put|puts|putting|shoved?|stuff(?:ed|s)?|thr(?:ew|ow|ows)) ${VICTIM_EN} in(?:to)? (?:a |the )?(?:trash ?can|bin|dumpster|locker|closet|box|toilet|cupboard|pond|river|lake|pool|canal|ditch|mud|fountain|water)\b|\b(?:sat|sit|sits|sitting) on ${VICTIM_EN}\b|\b(?:push(?:es|ed|ing)?|trip(?:s|ped|ping)?|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|sock(?:s|ed|ing)?|deck(?:s|ed|ing)?|roll(?:s|ed|ing)?(?! (?:his|her|my|their|your) eyes)|rough(?:s|ed|ing)? up|whoop(?:s|ed|ing)?) ${VICTIM_EN}\b(?! out\b)|\b(?:got|get|gets|getting|was|were|been) (?:rolled|roughed up|whooped|decked|socked)\b|\bfought\b|\bbeat (?:the (?:crap|shit|hell) )?out of\b|\bbeat(?:s|ing)? (?:${VICTIM_EN}|up|(?:my|his|her|a|the) \w+)\b${AT_A_GAME}|\b(?:throw(?:s|ing)?|threw|thrown) (?:\w+ ){0,2}at ${VICTIM_EN}\b|\bdrag(?:s|ged|ging)? ${VICTIM_EN}\b|\bchas(?:e|es|ed|ing) (?:after )?${VICTIM_EN}\b|\block(?:ed|s|ing)? ${VICTIM_EN} (?:in|up)\b`,
        'g',
      ),
    ],
  },
  {
    category: 'extortion',
    cues: [
      // A debt made up ("说我欠他五十块 … 其实我根本没借过"): money demanded under the name of a loan.
      /(?:再)?不(?:转|给|交|带)[^，。！？\s]{0,8}(?:块|元|钱)(?:过来|来)?[^。！？]{0,4}就|(?:说|非说|硬说)(?:我|他|她)欠(?:他|她|他们|她们)[^，。！？\s]{0,6}(?:钱|块|元)|(?:拿|抢|收)(?:了|走)?(?:我|他|她)的?[^，。！？\s]{0,6}不还[^。！？]{0,8}给[^，。！？\s]{0,6}(?:才|就)(?:还|给)/g,
      // "tells the little ones to give her their snacks": made to hand over what they have, in English.
      /\b(?:tells?|told|makes?|made|forces?|forced) (?:\w+ ){0,4}(?:to )?give (?:her|him|them) (?:their|his|her|my) (?:snacks|money|lunch(?: money)?|pencils|things|stuff|food|sweets|candy)\b|\b(?:make|makes|made|force|forces|forced) (?:her|him|me|them) (?:to )?hand (?:it|them|(?:it |them )?over|the money)\b/g,
      // Made to hand over what they have ("逼我把新买的鞋脱下来给他们", "让他们把饭卡交出来"), or all of it taken.
      new RegExp(
        String.raw`(?:(?:逼|强迫|硬要|非要)${HANDED}[^，。！？\s]{1,10}?|(?:让|叫)${HANDED}[^，。！？\s]{0,6}?(?:${BELONGINGS}))(?:交出来|拿出来|掏出来|脱下来|给(?:他们|她们|自己))|(?:${BELONGINGS})(?:[和跟与、](?:${BELONGINGS}))?(?:都|全)(?:被)?(?:拿走|抢走|搜走)`,
        'g',
      ),
      // Fees the older ones levy ("每个月要给高三那帮人交50"), a loan grown by interest, a thing demanded ("要我的电话手表").
      new RegExp(
        `(?:给|向)(?:他们|她们|那帮人|那些人|那几个人?|高年级的?|学长|学姐|老大|高[一二三]的?|初[一二三]的?)[^，。！？\\s]{0,6}交(?!作业|卷子|手机|朋友)|收(?:保护费|管理费|过路费|份子钱|会费)|(?<!老师[^，。！？\\s]{0,4})不交(?!作业|卷子|手机)(?:钱)?就(?!叫家长|请家长|找家长|告诉家长|罚|扣分|零分|重写)|利息|高利贷|利滚利|(?<![不也])要(?:我|他|她)的(?:电话)?(?:${BELONGINGS})|堵(?:我|他|她)[^，。！？\\s]{0,2}要(?:${BELONGINGS})|(?:${BELONGINGS})[^，。！？\\s]{0,4}被[^，。！？\\s]{0,8}(?:要|抢|拿|收|骗)(?:走|去)`,
        'g',
      ),
      /\b(?:pay|give) (?:\w+ )?\d+ (?:\w+ )?to get (?:it|them|\w+ \w+) back\b|\binterest\b(?=[^.!?]{0,40}\b(?:owe|loan|borrow|pay))/g,
      /(?<!(?:^|[\s，。！？,])我)(?:让|叫|要|逼)(?:我|他|她)[^，。！？]{0,10}转(?:给)?(?:他|她|他们)[^，。！？]{0,4}[一二三四五六七八九十百千两\d]+|保护费|勒索|敲诈|讹|坑钱|过路费|上供|上贡|孝敬|进贡|抢劫|拦路|拿(?:走|了)(?:我|他|她)的|(?<!不)要钱|零花钱|零用钱|(?:要(?!给(?:她|他|我|你)(?:们)?买)|拿|收|抢|交|讹|骗|赔)(?:了)?(?:我|他|她|你|我们|他们|低年级的|小学生|小孩)?的?[^去]{0,6}?(?:钱|块|元|💰|饭卡|吃的|喝的|零食|辣条|早餐|饮料|奶茶|文具|玩具)|拦(?:着|住|下)?(?:我|他|她|我们)?.{0,4}要|收(?:我们|他们)?.{0,6}(?:块|元)|(?:让|逼|要|叫)(?:我|他|她|我们|低年级的?|小学生|新生|小孩)(?:每天)?(?:去)?(?:帮|给|替)?(?:他|她|他们)?(?:买|带|请)|借钱|借了.{0,6}(?:块|元|钱)|(?:逼|强迫|让|叫|要)(?:我|他|她|我们)(?:每天|每周|每个月)?(?:交|给|拿)[^，。\s]{0,6}(?:钱|费|块|元)|收(?:了)?[^，。！？\s]{0,8}?的(?:早饭|早餐|午饭|饭|零花|零用|车)钱|交钱|收钱|给钱|拿钱|赔钱|把钱(?:准备好|带来|带上|拿来|交出来|交上来)|(?:准备好|带好)钱|会费|充值|充.{0,4}(?:游戏|皮肤|钻|点券|会员)/g,
      new RegExp(
        `把(?:我|他|她)的?.{0,4}(?:${BELONGINGS})(?:给)?(?:拿|抢|收|骗|偷)(?:走|了)|(?:抢|拿走|收走|没收)(?:了)?(?:我|他|她)?的?(?:钱|手机|书包|东西|饭卡|鞋|衣服|耳机|平板|手表)|抢(?<!是不是[^，。！？\\s]{0,3}抢)(?!答|着|先|救|位|座|(?:篮|足|排|乒乓|羽毛)?球(?!鞋|衣|拍|服)(?![^，。！？,]{0,6}(?:不给|给我|交出))|篮板|(?:了)?[^，。！？\\s]{0,2}(?:女朋友|男朋友|对象))`,
        'g',
      ),
      new RegExp(`(?:要|抢|骗)(?:了)?(?:我|他|她|我们|他们)的(?:${BELONGINGS})`, 'g'),
      /(?:让|逼|叫)[^，。！？]{0,12}(?:给|帮|替)(?:他|她|他们|她们)(?:刷(?:饭)?卡|付钱|买单|结账|充值|买(?:[^，。！？\s]{0,6}皮肤)?)|(?:逼|让|叫|要)[^，。！？]{0,12}(?:借贷|网贷|贷款|借呗|花呗|白条|信用卡)|\b(?:mak(?:e|es|ing)|made) (?:me|him|her|us) (?:transfer|send|pay) (?:\w+ )?(?:money|cash|them|him|her)\b/g,
      // "借去穿 说穿几天就还 已经两个礼拜了也不还": a thing "borrowed" and kept is a thing taken.
      /借(?:去|走|穿|用|玩)[^。！？]{0,30}(?:不还|没还|不给了)|拿走(?:了)?(?:我|他|她)(?:的)?[一二三四五六七八九十两几\d]+张卡|(?:钱|生活费|零花钱|饭钱)[^，。！？\s]{0,6}被[^，。！？\s]{0,6}要走|\bif (?:he|she|i|you) (?:doesnt|dont|does not|do not|didnt|wont) pay\b(?! attention)|\bask\w* (?:me|him|her|us) to (?:transfer|send) (?:\w+ )?(?:money|cash)\b|\bask\w* (?:me|him|her|us) to pay (?:\w+ )?(?:money|cash)\b(?! for\b)|(?:拦住|堵住|围住)(?:他|她|我)[^。！？]{0,12}把钱(?:掏|拿|交)(?:出来)?给|\b(?:borrows?|borrowed|takes?|took)\b[^.!?]{0,20}\bnever (?:gives?|gave|returns?|returned|brings?|brought) (?:them|it) back\b|(?:鞋|衣服|外套|书包|手机|钱|耳机|手表)[^。！？]{0,12}被[^。！？]{0,10}(?:扒|抢|拿|骗)走|\bborrow(?:ed|s)? (?:my|his|her) \w+ and (?:never|wont|didnt|did not|will not) (?:give|gave|bring|brought) (?:it|them) back\b/g,
      new RegExp(`(?:要|让|逼|叫)(?:我|他|她|我们)把.{0,6}(?:${BELONGINGS}).{0,4}(?:给|交)`, 'g'),
      /每(?:天|周|个?月|个?星期|人|个人)?.{0,6}(?:交|给|拿|上交)[一二三四五六七八九十百千两几\d]+(?:块|元|毛)?(?![年级班次天个])|拿.{0,4}(?:块|元)来|(?<!去|来)(?:带|买)(?:早餐|早饭|奶茶|零食|饮料|烟)|请客|欠(?:他|她|他们)|每(?:天|周|个月|星期).{0,6}(?:交|给|拿).{0,4}(?:块|元|钱)/g,
      // Money demanded online: red packets (红包), transfers, game currency ("让我每天发红包给他", "逼我转q币").
      /(?:让|逼|要|叫|强迫|逼着)(?:我|他|她|我们|你|他们)[^，。！？\s]{0,12}?(?:发(?:个|了)?红包|转(?:了)?(?:账|钱|q币|点券|钻石)|充(?:值|钱|q币|点券))|不(?:发|转|充)(?:红包|钱|q币)?就|(?:发|转)(?:了)?[^，。！？\s]{0,6}红包给(?:他|她|他们|她们)|(?:转|给|充|送)(?:了)?[^，。！？\s]{0,4}(?:q币|点券|游戏币)|(?:微信|支付宝|qq)(?:上)?(?:给)?(?:他|她|他们)?转(?:了)?(?:\d+|[一二三四五六七八九十百千两几]+)?(?:块|元|钱|账)/g,
      /\b(?:send|sends|sent|sending|transfer\w*|pay(?:s|ing)?|paid|giv(?:e|es|ing)|gave) (?:\w+ ){0,2}(?:transfers?|money|cash|red (?:packets|envelopes)|hongbao|robux|v-?bucks|gift ?cards?|coins|diamonds|gems) to (?:him|her|them|em|(?:an?|the|this|that|some|these|those) (?:\w+ ){0,2}(?:boy|girl|kid|guy|student|senior|classmate|bully|man|person)s?)\b|\b(?:wechat|alipay|paypal|venmo) (?:transfers?|payments?)\b|\b(?:account|password|login|skins?) (?:\w+ )?(?:taken|stolen)\b|\bgive (?:it|them|\w+) back (?:if|unless|once|when) (?:he|she|i|we|you|they) (?:pays?|sends?|gives?|transfers?)\b/g,
      /\bsend (?:\w+ )?\d+\b[^.!?]{0,20}\bor (?:he|she|they)(?:ll| will| would)?\b|\blunch money\b|\bprotection money\b|\b(?:gift|give|hand over|transfer) (?:them|him|her) (?:every|all|his|her) (?:skins?|items?|coins|gems)\b|\bwant (?:his|her|my) (?:account )?password\b|\b(?:take|takes|took|taking) (?:them|it|things|stuff) off (?:him|her|me)\b|\bextort|\bblackmail|\b(?:make|makes|made|making) (?:me|him|her) pay\b|\bowe\b|\brob(?:bed|bing|s)?\b|\bmugg/g,
      /\b(?:took|take|takes|taking|stole|steal|steals|stealing|grab|grabs|grabbed|grabbing) (?:\w+ ){0,3}(?:money|phone|stuff|lunch|airpods|shoes|bag|things|food|snacks|headphones|watch|bike)s?\b|\bhand(?:s|ed|ing)? over\b|\b(?:mak(?:e|es|ing)|made) (?:\w+ ){1,3}(?:buy|give) (?:them|him|her)\b|\b(?:mak(?:e|es|ing)|made) (?:me|him|her) (?:buy|give)\b|\bpress(?:ed|es|ing)? (?:me|him|her|us) for\b|\b(?:took|takes|taking|stole|steals|stealing|snatch(?:es|ed|ing)?) (?:my|his|her|our) (?:(?:son|daughter|brother|sister|friend|kid|child)s )?(?!(?:son|daughter|brother|sister|friend|kid|child|turn|place|seat|side|time|photo|pic|picture)s?\b)\w+|\b(?:comes?|coming|came) home without (?:his|her|my) (?:lunch|money|phone|bag|shoes|jacket|coat|watch|bike|snacks?)\b|\bsh(?:ake|akes|aking|aken|ook) (?:me|him|her|us|kids) down\b|\bshake ?down\b/g,
      /\b\d+ (?:yuan|rmb|bucks|dollars|kuai)\b|\bdemand(?:ed|ing|s)? money\b|\bborrow(?:ing)? money\b|\bborrowing\b|\bpocket money\b|\b\d+ (?:robux|v-?bucks|coins|diamonds|gems)\b|\b(?:charge|charges|charging) (?:kids|us|people|students|everyone)\b|\bmak(?:e|es|ing) (?:kids|us|people|students|everyone|me|him|her) pay\b|\brobbery\b|\bpay (?:for his|for her|him|her|them)\b|\b(?:send|sends|sent|sending|give|gives|gave|giving|pay|pays|paid|paying|transfer\w*|bring|brings|brought|hand) (?:them|him|her|em|those (?:guys|girls|kids)) (?:\$|¥)?\d+\b|\b(?:want|wants|wanted|asking|asked|asks|demand\w*) (?:\$|¥)?\d+\b/g,
    ],
  },
  {
    category: 'cyber',
    cues: [
      /(?<![一那这几成整合])群(?:(?<!家长们?在?群)|(?=[^。！？]{0,16}(?:说|骂|造谣|诽谤|传|发|挂|晒|收拾|把)[^。！？]{0,8}(?:我|我家|我们家|他|她|他家|她家)(?:儿子|女儿|孩子|闺女)))(?!殴|众|架|里(?:发了|发过)?(?:的)?通知|(?:里)?发的通知)|网上(?!认识|交的|找的|聊的|买|购|订|下单|查|搜)|dcard|ptt|脸书|\bfb\b|threads|推特|油管|发文|po文|网络|贴吧|表白墙|抖音|快手|小红书|微博|b站|朋友圈|(?<![a-z])qq(?![a-z])|微信|评论|留言|私信|帖子|发帖|截图|p图|p成|表情包|小号|刷屏|吃鸡|王者|和平精英|我的世界|迷你世界|蛋仔|原神|开黑|(?:网游|手游|游戏)(?:里|中|上)(?!认识)/g,
      /挂(?:我|他|她|人|到网)|开盒|被盒|盒了(?:我|他|她)|公布|曝光|泄露|网暴|点赞|播放量|人肉|直播|弹幕|聊天记录|@全|账号|帐号|转发|\bins\b|\big\b|(?<=[\u4e00-\u9fff]\s?)group(?:度|里|上|入面|chat)|班\s?group|discord/g,
      /\b(?:made|created|started|make|making) a group\b|\b(?:class|year|grade|form) group\b|\bgroup ?chat|\bgc\b|\bchat\b|\bonline\b|\bpost(?:ed|s|ing)?\b(?<!\bgate[- ]post)|\binsta(?:gram)?\b|\bsnap(?:chat)?\b|\btiktok\b|\bdouyin\b|\bwechat\b|\bweibo\b/g,
      /\bwhatsapp\b|\bconfessions?\b|\b(?:school|class|facebook|fb|ig|insta|gossip) (?:page|account)\b|\bcomments?\b|\bdms?\b|\baccount\b|\bprofile\b|\bmemes?\b|\bstickers?\b|\bhome address\b|\bphone number\b|\b(?:send|sends|sending|sent|give|giving|gave|post\w*|shar\w*) (?:out )?(?:my|her|his) (?:phone )?number\b|\bdox|\bphotoshop/g,
      /\b(?:send|sends|sending|sent) (?:me |her |him |them |us |my \w+ )?(?:\w+ )?(?:messages|texts|dms)\b|\btext(?:s|ed|ing)? (?:me|him|her|them|my \w+)\b|\bfake (?:number|phone)\b|\bfake (?:account|profile)\b|\binternet\b(?<!\b(?:off|from|on) the internet)|\bwebsite\b|\bforum\b|\bserver\b|\bun(?:follow|friend)(?:ed|s)?\b|\bgroup without (?:me|him|her)\b|\bstory\b(?! that)|\breels?\b|\blivestream|\bshar(?:e|ed|es|ing)\b/g,
    ],
  },
  {
    category: 'relational',
    cues: [
      // "they will not talk to her anymore and tell other girls also not talk", "she cant play with them".
      /(?:都请了|全班都请)[^。！？]{0,6}(?:就)?没(?:有)?请(?:她|他|我)|\b(?:cant|can not|cannot|isnt allowed to|not allowed to) play with (?:them|us)\b|\b(?:no one|nobody|noone) (?:wants?|will|would) (?:to )?(?:sit|play|talk|hang out|share|room|pair up)(?: a (?:room|table|desk|tent|bed))? with (?:her|him|me)\b|\b(?:will|would|wont|are not|arent) (?:not )?(?:talk|speak) to (?:her|him|me) (?:anymore|any more|again)\b|\btell(?:s|ing)? (?:the )?(?:other|all the) (?:girls|boys|kids|people|students)(?: also| too)? (?:to )?not (?:to )?(?:talk|speak|play|sit)\b/g,
      /孤立|排挤|排斥|冷暴力|疏远|造谣|谣言|传谣|(?:到处|四围|四处)(?:跟|和|对|向|同)?(?:别人|人|大家)?(?:说|传|讲|散播)|背后(?:说|议论)|坏话|拉帮结派|(?:全校|全班|全年级)(?:的人)?都知道了|绝交|一个人吃饭|躲着|没(?:有)?(?:一个)?朋友|(?:都|总是|老是)一个人|没人要(?:跟|和)(?:我|他|她)|自己一个人(?:坐|吃饭|玩)/g,
      /不(?:跟|和|让|带|理|准|许)(?:我|他|她|我们|别人|大家)?.{0,12}(?:玩|说话|一起|加入|坐|吃饭)|没人(?<!有没人)(?:想|愿意)?(?:理|跟|和|敢|愿意|陪|要(?=$|[\s，。！？,.!?了的啊呀]|(?:我|他|她)(?:$|[\s，。！？,.!?了的啊呀])))|都不理|不理(?:我|他|她)|(?:别|不要)(?:跟|和|同|理)(?:我|他|她)(?:说话|玩|坐)?|故意(?:漏掉|不叫|不带|不算)(?:我|他|她)/g,
      /带头.{0,6}(?:不|孤立|排挤)|(?:都在|到处|全班|全校|他们|她们|大家)[^。！？\s]{0,4}传(?:我|他|她)(?!球|纸条)|编排|有一腿|(?:整层楼|整个年级|全校|全班)(?:都)?在?传|\b(?:agreed|decided|planned|all said) (?:not to|to not|they wont|they would not) (?:pick|choose|invite|sit with|talk to|play with|room with) (?:me|him|her)\b|(?:只有|唯独|就|单单)(?:我|他|她)(?:一个人)?没(?:有)?(?:被)?(?:邀请|请|叫|喊|通知)|\b(?:everyone|the whole class|all (?:the|of the) \w+)\b[^.!?]{0,30}\binvited\b[^.!?]{0,20}\bexcept (?:me|him|her)\b|\b(?:only|the only) (?:one|kid|girl|boy) (?:not|who wasnt|who was not) invited\b|不让(?:我|他|她)?(?:参加|加入|进)|联合起来|都不(?:跟|和)(?:我|他|她)|拉黑|冷落|杯葛|无视(?:我|他|她)|被无视|孤零零|说(?:我|他|她)身上有|谁.{0,6}就不跟谁玩|谁(?:和|跟|同)[^，。！？\s]{1,4}(?:玩|说话|坐|一组)谁就|(?:全班|大家|所有人|每个人|全组|全宿舍|都)[^。！？]{0,14}除了(?:我|他|她)(?!以外没|之外没|没)|除了(?:我|他|她)(?:以外|之外)?(?:都|全|大家|所有人|每个人)/g,
      /\bignor(?:e|es|ed|ing)\b|\bexclu(?:d|sion)|\b(?:nobody|no one|noone) (?:lets|let) (?:me|him|her) (?:sit|play|join|hang out)\b|\bleft out\b|\bleave (?:me|him|her) out\b|\b(?:nobody|no one) (?:ever |even |really )?(?:talks|sits|plays|wants|likes|picks|chooses|invites|includes|hangs out)\b|\b(?:nobody|no one|none of (?:them|us)) (?:can|could|is allowed to|may|gets to|is supposed to) (?:talk|sit|play|hang out|speak)\b|\b(?:not allowed|banned|forbidden) (?:to talk|from talking|to sit|from sitting|to play|from playing|to hang out|from hanging out) (?:to|with|next to|near) (?:me|him|her|them|us)\b/g,
      /\b(?:wont|dont|doesnt|didnt) let (?:me|him|her|(?:my|his|her) (?:\w+ )?(?:son|daughter|kid|child|brother|sister|friend)) (?:sit|play|join)\b|\bnot to play with\b|\b(?:everyone|everybody|the whole (?:class|team|group|grade)|all (?:the )?(?:girls|boys|kids|others)) (?:\w+ ){0,3}(?:but|except|apart from) (?:me|him|her|(?:my|his|her) (?:\w+ )?(?:son|daughter|kid|child|brother|sister|friend))\b|\brumou?rs?\b|\b(?:tell|told|tells|telling) (?:everyone|the whole (?:class|grade|school))\b|\b(?:nobody|no one) should (?:sit|play|talk)\b/g,
      /\bspread(?:ing|s)? (?:that|it|around|rumou?rs|lies|stories|stuff)\b|\b(?:made|make|makes|making) up (?:a )?(?:story|stories|lies|rumou?rs)\b|\btelling (?:people|everyone|the whole \w+) (?:that|im|shes|hes)\b|\b(?:nobody|no one) (?:will|wants to) (?:sit|play|talk)\b|\bsilent treatment\b|\bfreeze (?:me|him|her) out\b|\bwont (?:talk|sit|play) (?:to|with)\b|谁(?:跟|和|同)(?:她|他|我)(?:玩|说话|坐|一起)[^，。！？\s]{0,3}就(?:不(?:跟|和)谁|一起不理|不理)|\b(?:nobody|no one|dont|do not|doesnt|dont want to|they not) (?:play|sit|talk|eat)s? (?:to|with|near) (?:her|him|me|my \w+)\b|\bshun|\bisolat|\bnot invited\b|\b(?:cant|can not|cannot) sit with (?:them|us)\b|\bnot to (?:talk|speak|sit|play) (?:to|with) (?:me|him|her)\b|\b(?:eats?|eating|ate|sits?|sitting|sat) (?:his |her |my )?(?:lunch )?(?:alone|by (?:him|her|my)self)\b|\b(?:nobody|no one) (?:will|wants to|would) (?:pair|partner|team|work) (?:up )?with\b|\bkicked out of the group\b/g,
    ],
  },
  {
    category: 'verbal',
    cues: [
      /你(?:这种人)?活着(?:就是|只是)?浪费(?:空气|粮食|氧气)|说(?:我|他|她|你)(?:的)?脑子被门夹|说(?:我|他|她|你)[^，。！？\s]{0,6}只配(?:去)?(?:搬砖|扫地|要饭)|\bcopy (?:how|the way) (?:i|he|she|we) (?:talk|walk|speak)s?\b|\bsay (?:i|he|she) talks? funny\b/g,
      /\bcall(?:s|ed|ing)? (?:\w+ ){0,3}['"‘“]?(?:pigs?|trash|rubbish|dirty|smelly|stupid|idiots?|losers?|dogs?|animals?)\b/g,
      // "你妈死了" said in English: the insult of a parent's death.
      /\b(?:say|said|says|saying|tell|told|tells) (?:him |her |me )?(?:his|her|my|your) (?:mother|mom|mum|mama|father|dad|parents?) (?:is |are |was )?dead\b/g,
      /骂|嘲笑|笑(?:我|他|她|话)|(?:还|都|一直|哈哈)(?:在)?(?:大)?笑(?=$|[\s，。！？!?])|说(?:我|他|她)(?:身上)?(?:很|好|真|太|又)?(?:臭|脏|丑|胖|肥|笨|蠢|恶心|土|穷|小气|抠门|矫情|有病|黑(?!板)|矮)|取笑|讽刺|羞辱|侮辱|外号|绰号|说(?:我|他|她)是(?<!他说他是|她说她是|我说我是)|废物|傻子|傻逼|\bsb\b|残废|笨蛋|蠢|猪|狗|娘娘腔|土包子|哑巴|结巴|矮子|黑炭|四眼|丑|杂种|野种|婊|贱|白痴|弱智|脑残|智障|去死|(?:去|你)跳楼(?:算了|吧)|垃圾(?!桶|箱|堆|站|袋|篓|车)|畜生|胖墩|(?:死|臭)(?:胖子|肥婆|八婆|娘炮|鬼)|(?:(?:叫|喊)(?:我|他|她|人家)|被(?:人|同学|他们|她们|大家)?(?:叫|喊)(?:成|做)?)(?:是)?(?:[小老死臭胖矮黑丑蠢笨傻土穷肥瞎聋哑瘸]|大头)|(?:叫|喊)(?:我|他|她|人家)?(?:是|做)?['"“‘「](?:死|臭|胖|矮|黑|丑|蠢|笨|傻|土|穷|肥|野|贱|废|猪|狗)/g,
      /被(?:人|同学|他们|她们|大家)?(?:笑|嘲笑|取笑|讥笑)|难听的?话|说(?:了)?(?:些|几句|很多)?难听的|模仿|学(?:我|他|她)(?:讲话|说话|口音|走路)|拿(?:我|他|她)(?:的[^，。！？\s]{0,4})?开玩笑|开(?:我|他|她)的玩笑|讥笑|挖苦|辱骂|脏话|乡巴佬|飞机场|太平公主|男人婆|肥猪|死胖子|矮冬瓜|丑八怪|土鳖|蛮子|土包子|山里来的|乡下来的|肥婆|跪下|跪着|下跪|叫(?:他|他们|她)?爸爸|学狗叫|穷鬼|学(?!校|生|习|期|年|院|堂)[^，。！？\s]{0,4}(?:说话|走路|叫)|口音(?<!(?:外地|外省|南方|北方|一口|带着?|有(?:点)?|本地)口音)|阴阳怪气|嘲讽|\bdiss|\bcalled names\b|\b(?:copy|copies|copying|copied|mock\w*|imitat\w*) (?:\w+ ){0,2}(?:stutter|stammer|accent|voice|lisp)\b|\bcall(?:s|ed|ing)? (?:a|the|this|that|some|my|his|her|our) (?:\w+ )?(?:boy|girl|kid|student|child)s? names\b|\bcall(?:s|ing)? (?:me|him|her) names\b|\bname[- ]calling\b|威胁|恐吓|没娘|没爹|野孩子|孤儿|留守儿童|怪物|神经病|人妖|娘炮|怪胎|疯子/g,
      /\bcall(?:s|ed|ing)? (?:me|him|her|them|us|(?:my|his|her|our) (?:\w+ )?(?:kid|son|daughter|brother|sister|friend|child)s?)\b(?! (?:crying|sobbing|screaming|in tears|from|on|at|and|to|back|last|this|yesterday|today|tonight|earlier|just|right|again|late|after|before|when|about|yet|at all|or|asap|now|please|pls)\b)(?![.,!?]|$)|\b(?:getting|got|being|been|gets|get) called\b|呛(?:我|他|她|人)|被.{0,4}呛|\bname[- ]?calling\b|\b(?:made|make|makes|making) (?:up )?(?:a )?(?:song|songs|rhymes?|chants?|jokes?) about (?:me|him|her|them|(?:my|his|her) \w+)\b|编(?:了)?(?:首|个|一首|一个)?(?:歌|顺口溜|段子|儿歌)|\bmock|\blaugh(?:s|ed|ing)? at\b|\bmak(?:e|es|ing) fun\b|\bmade fun\b/g,
      /\bteas(?:e|es|ed|ing)\b|\binsult|\bstupid\b|\bugly\b|\bfat\b|\bloser\b|\bidiot\b|\bdumb\b|\bretard|\bslurs?\b|\bswear(?:s|ing)? at\b/g,
      /\byell(?:s|ed|ing)? at\b|\b(?:told|tells|says|said|calls?|called|calling) (?:him|her|me|them|my \w+)(?: that)? (?:(?:hes|shes|im|i am|he is|she is|theyre|they are|is|are|a) )?(?:worthless|useless|good for nothing|failure|trash|garbage)\b|\b(?:say|says|said|saying|wrote|write|writes) (?:that )?(?:they|everyone|we|all of them) hate (?:me|him|her|you)\b|\b(?:tell(?:s|ing)?|told) (?:me|him|her|them|my \w+) to (?:go )?(?:die|unalive|kill (?:my|him|her|them|your)sel(?:f|ves))\b|\bmean (?:things|stuff|names|comments|notes|messages|texts)\b|\bcurs(?:e|es|ed|ing) at\b|\bthreat|\bmimic|\bimitat|\bkneel|\bbark like\b|\bhumiliat|\bslut|\bwhore|\bfreak\b|\bweirdo\b|\bkys\b|\bkill yourself\b|\bshould (?:just |go )?kill (?:myself|yourself)\b|\b(?:notes?|messages?|texts?|letters?) (?:\w+ ){0,4}saying\b|\bshould (?:just )?(?:die|disappear|go away)\b|纸条|字条|写(?:了)?(?:个|一个)?(?:死|滚|贱|脏)字|在(?:我|他|她)的?[^，。\s]{0,4}上(?:面)?(?:乱)?(?:写|画|涂)|(?:叫|让|喊|骂)(?:我|他|她|人)滚|滚(?:开|蛋|出去|远点)|\bget lost\b/g,
    ],
  },
]

/** Cornering ("堵在厕所"): physical only when nothing else says what was done there (robbery is extortion). */
export const CORNERING = /^堵|^corner/

/** After a weapon the tip denies: a promise to bring it next time is a threat with a weapon. */
export const WEAPON_NEXT_TIME =
  /下次|下回|明天(?!天)|改天|以后(?=[^，。！？\s]{0,4}(?:带|拿|还|再))|迟早|(?:说|要|会|还)(?:再)?带|\bnext time\b|\btomorrow\b|\bsaid (?:he|she|they)(?: will| would|ll|d)\b|\b(?:will|gonna|going to) bring\b/
/** Not today, "但他昨天有拿出来吓人": the weapon was shown before, and the denial covers today only. */
export const WEAPON_SHOWN_BEFORE =
  /(?:但|可是|不过)[^，。！？]{0,6}(?:昨天|前天|之前|上次|上周)(?:有|还)?(?:拿|掏|亮)(?:出来|出)|\bbut (?:he|she|they) (?:showed|pulled) (?:it|one|a knife)\b/
/** The weapon brought or had again, in a sentence after its denial. */
export const WEAPON_BROUGHT = /带|拿|买|\b(?:bring|get|buy)\b/
/** Another weapon to be had ("再买一把", "gonna get another one"): said further on than a next time may be. */
export const WEAPON_ANOTHER =
  /(?<!(?:妈妈|爸爸|家长|妈|爸|家里)[^，。！？]{0,6})再(?:买|带|拿|弄)(?:一)?把|\b(?:get|bring|buy|find|got) (?:another|a new) (?:one|knife|blade|gun)\b/

/**
 * A weapon named with no one it is meant for: inside the story of a film or a book ("看了一部电影 里面有人拿刀",
 * "a movie where a boy brings a gun"), a tool a lesson asks for ("烹饪课要带菜刀", "scissors for art class"),
 * aimed at birds or cans ("拿弹弓打麻雀"), or taken away and dated in the past. A likeness ("像电影里那样")
 * is no story: it says what someone does.
 */
export const WEAPON_FICTION_BEFORE =
  /(?<!像|跟|和)(?:电影|电视剧|动画片?|动漫|漫画|小说|短剧)\s?(?:里面|里|中)(?:有|讲|演|说)[^。！？!?]{0,24}$|\b(?:movie|film|cartoon|anime|novel|video game|tv show|series|episode)s? (?:\w+ ){0,3}(?:where|in which|about)\b[^.!?]{0,40}$/
/** Violence the tipster saw in the news or online ("saw on tiktok a kid got stabbed"), told of another place. */
export const MEDIA_SEEN_BEFORE =
  /(?:新闻|网上|抖音|快手|微博|视频号|小红书|朋友圈)(?:上|里)?(?:看到|刷到|看见|说|报道)(?:了)?[^。！？!?]{0,30}$|\b(?:saw|seen|read|watched|heard)\b[^.!?]{0,12}\b(?:on|in) (?:the )?(?:news|tiktok|youtube|insta(?:gram)?|twitter|facebook|reddit|online|internet)\b[^.!?]{0,40}$/
export const ELSEWHERE =
  /外地|外省|别的(?:城市|地方|省|县)|其他(?:城市|地方|省|县)|国外|\b(?:another|other|different) (?:city|town|state|country|county|province)\b|\boverseas\b|\babroad\b/
export const AGAIN_AFTER = /^[^.!?]{0,12}\bagain\b/
/** Said before a theft: what the child is accused of, not what was taken from them ("spreading a rumor that she stole"). */
export const ACCUSED_BEFORE =
  /\b(?:rumou?rs?|lies|lying|claim\w*|accus\w*|spread\w*|stor(?:y|ies)|made up|makes? up)\b[^.!?]{0,16}$|\b(?:told|tells?|telling|said|says|saying) (?:them|everyone|everybody|people|the others|the teacher|the class|all)(?: that)? (?:i|he|she) $|\b(?:told|tells?|telling|said|says|saying) (?:everyone|everybody|people|the class|all)(?: that)? (?:my|his|her|our) \w+(?: is| was)? $|(?:造谣|诬陷|冤枉|谣言|谣传)[^，。！？]{0,4}$|说(?:我|他|她)(?:是)?$/
/** The child's own parent as the one who speaks or acts, just before. */
export const PARENT_BEFORE =
  /(?:我|我的)(?:妈|爸|妈妈|爸爸|爸妈)[^，。！？\s]{0,6}?(?:肯定|会|要|真的|非)?$|\bmy (?:mom|mum|dad|mother|father|parents) (?:is going to|will|is gonna|gonna|would|is)? ?$/
/** A parent or teacher, just before, as the one whose anger a child makes a figure of speech of. */
export const ADULT_BEFORE_EN =
  /\b(?:my|our) (?:\w+ )?(?:mom|mum|dad|mother|father|parents|teacher|tutor|coach)(?: (?:at|from) \S+)? (?:is going to|will|is gonna|gonna|would|is)? ?$/
/** "…will kill me if i dont finish this essay": the condition is schoolwork left undone. */
export const UNDONE_WORK_AFTER =
  /^[^.!?]{0,8}\bif (?:i|we) (?:dont|do not|didnt|cant|dont even) (?:finish|do|hand in|turn in|submit|pass|get)\b[^.!?]{0,30}\b(?:homework|essay|project|assignment|test|exam|revision|work|grades?|marks|coursework)\b/
/** Laughter (typed over and over, it reads as one 哈): "救命 数学作业太多了哈哈" cries for help in jest. */
export const LAUGHTER =
  /(?<!大)哈(?:哈|(?=$|[\s，。！？!?~]))(?!大|笑)|嘻嘻|笑死|😂|🤣|\b(?:lol|lmao|ha(?:ha)?\w*|jk)\b/
/** Internet slang of a mood (社死, 破防): a cry beside it is a figure of speech. */
export const MOOD_SLANG =
  /社死|破防|xswl|无语|离谱|栓q|绝了|崩溃了|气死我了|烦死了|\bsmh\b|\bomg\b|\bnot true\b/
/** Hyperbole of a chore ("作业多到想死", "是人写的吗", "so much homework"): a cry beside it is exasperation. */
export const HYPERBOLE = new RegExp(
  String.raw`${SO_MUCH_ZH}想死|是人(?:写|做|干|吃)的吗|\bso much homework\b|\btoo much homework\b`,
)
/** "不是开玩笑", "idk if shes joking": said to be serious, or not known to be a joke. */
export const NOT_A_JOKE =
  /不是开玩笑|没开玩笑|不是闹着玩|认真的|不知道是不是(?:开玩笑|玩笑|真的)|\bnot (?:joking|kidding)\b|\bseriously\b|\bif (?:s?hes|theyre|it is|its) (?:joking|kidding|serious)\b|\bno joke\b/
/** A thing taken and said right after to be lent and given back ("拿了我的橡皮 不是抢的 是借的"). */
export const LENT_AFTER =
  /^[^。！？]{0,6}(?:不是抢的|是借的)|^[^。！？]{0,12}(?:后来|已经)还(?:给)?(?:我|他|她)了/
/** "没人逼他", "nobody made her": money spent of the child's own will is no extortion. */
export const NO_ONE_FORCED =
  /没(?:有)?人逼|没人强迫|不是被逼|\bnobody (?:made|forced)\b|\bno one (?:made|forced)\b/
/** Fear of what reporting brings ("我举报了会不会被他们打"): the harm feared is a consequence, not yet a threat. */
export const REPORTING_FEARED = /举报|匿名|告发|告状|知道是我|\banonymous|\breport|\bfind out\b|\bsnitch/
export const LESSON_TOOL_BEFORE =
  /(?:烹饪|美术|手工|劳动|科学|木工|厨艺|家政)课[^，。！？]{0,10}(?:切|削|剪|雕|刻)[^。！？]{0,12}$|(?:烹饪|美术|手工|劳动|科学|实验|雕刻|木工|厨艺|家政)(?!委员|课代表)(?:课|活动|社团)?[^，。！？]{0,8}?(?:要|得|需要|需|让我们|叫我们|让大家|让每人|让每个(?:孩子|学生|人|同学))(?:自己)?(?:带|用|准备|拿)(?:的|着|上)?[^，。！？\s]{0,4}$/
export const LESSON_TOOL_AFTER =
  /^[^，。！？]{0,12}(?:做手工|手工课|美术课|劳动课|科学课)|^[^，。！？\s]{0,4}(?:来|去)?上(?:美术|手工|劳动|科学|实验|雕刻|木工|烹饪|厨艺|家政)课|^[^.!?]{0,20}\bfor (?:the |a |our |my |his |her )?(?:cooking|art|craft|crafts|handicrafts?|woodwork|science|drama|shop|school play|play|home ec)(?: class| lesson| project| club)?\b/
/** The tool explained later in the tip as a lesson's ("she says its for the cooking elective", "说是劳动课用的"). */
export const LESSON_TOOL_LATER =
  /\b(?:its|it is|it was|theyre|they are|they were) for (?:the |a |their |his |her |our )?(?:cooking|food tech|home ec|art|craft|crafts|handicrafts?|woodwork|science) (?:class|lesson|elective|club)\b|(?:是|说是)(?:上)?(?:烹饪|美术|手工|劳动|科学|木工|厨艺|家政)课(?:要)?用的/
/** A weapon kept at home ("他家墙上挂着", "在抽屉里翻到"), said just before it. */
export const KEPT_AT_HOME_BEFORE =
  /(?:家里|家中|他家|她家|墙上|抽屉|柜子里|外婆家|奶奶家|爷爷家|\bat (?:his|her|their) (?:house|home|place)\b)/
/** Never brought to school, said anywhere in the tip. */
export const NEVER_BROUGHT =
  /(?:从来)?(?:没|没有)(?:带|拿)(?:过)?[^，。！？\s]{0,4}(?:来|去|到)学校|\bnever (?:brought|took|taken|brings) (?:it|them|one|any) (?:in)?to school\b/
/** Brought after all, told after a weapon kept at home ("但今天带了一把在书包里"). */
export const BROUGHT_NOW_AFTER =
  /(?:但|可是|不过|今天)[^。！？]{0,8}(?:带了|拿了|带来了|拿来了)|\bbut (?:today )?(?:he|she) brought\b/
/** The school's own guard post: its batons and forks are the guard's. */
export const GUARD_POST_BEFORE =
  /(?:门卫|保安|保卫)(?:室|处|亭)(?:里|里面)?(?:放着|挂着|配着|有)[^。！？]{0,6}$|\bsecurity (?:booth|office) (?:has|keeps)\b[^.!?]{0,20}$/
/** A despairing line explained as a song's, a game's or a show's. */
export const FICTION_EXPLAINED =
  /不是我(?:发|写|说)的|\bis just what (?:the )?(?:kids|they|people|everyone) (?:type|say|write)\b|(?:就是|是)[^。！？]{0,4}送人头的意思|游戏(?:里)?的?(?:说法|黑话|术语)|\b(?:a |the )?(?:line|lyrics?|quote) from (?:a|the|that|this|her|his) (?:song|film|movie|show|game|book)\b|\bsong lyrics?\b|歌词|(?:原来|其实)是(?:说|在说)?[^。！？]{0,8}游戏里|游戏里(?:的|那个)(?:人物|角色|小人)|(?:电视剧|动漫|电影|小说)里的?(?:台词|那句)/
/** A weapon named only as what a thing looks like, or in an edited picture ("made to look like a knife", "P成拿刀的样子"). */
export const LIKENESS_BEFORE =
  /\b(?:shaped|made to look) like (?:a|an) $|(?<![a-z])(?:p|ps)(?:成|到)[^，。！？,\s]{0,6}$/
/** A blade's names: the same tool named again. */
export const BLADE = /^(?:刀|knife|knives|blade)$/
/** A gun is no lesson's tool, whatever class it is brought to. */
export const FIREARM = /枪|🔫|\b(?:guns?|rifles?|pistols?|shotguns?|firearms?|glock)\b/
export const HARMLESS_TARGET_AFTER =
  /^[^，。！？\s]{0,4}(?:打|射|弹)(?:麻雀|鸟|罐子|瓶子|靶子?|树叶|果子)|^[^.!?]{0,16}\b(?:at|shoot(?:ing)?|hunt(?:ing)?) (?:birds|cans|bottles|targets|squirrels)\b/
export const WEAPON_TAKEN_AFTER =
  /^[^。！？!?]{0,16}?(?:没收|收走|收缴|缴了|转学|转走|退学|开除|劝退|休学)|^[^.!?]{0,40}\b(?:confiscated|taken away|took (?:it|them) away|(?:got|was|been) (?:expelled|suspended|arrested)|(?:moved|transferred|changed) (?:to another|to a different|schools?))\b/

/** Asked about and found to be a small child changed after wetting or soiling ("问了老师 是她午睡尿床了"): care, not undressing. */
export const CHANGED_AFTER_ACCIDENT =
  /(?:问了|问清楚|原来)[^。！？]{0,16}(?<!不是|没有|没)(?:尿床|尿裤子|拉裤子|拉在裤子)/
/** Who changes a small child: a teacher, a carer, a parent, giving a hand, and no force said. */
export const CARER_UNDRESSING = /(?:老师|阿姨|保育员|妈妈|爸爸|家长|奶奶|爷爷)(?:给|帮)?(?:她|他|孩子|小孩)?$/
/** "是他自己儿子": the one changing the child is its parent. */
export const OWN_CHILD_EXPLAINED = /是(?:他|她)(?:自己)?(?:的)?(?:儿子|女儿|孩子)/
/** "给一个小孩脱裤子": someone's hands on the child, who they are not said. */
export const HANDS_ON_BEFORE = /给[^，。！？]{1,6}$/
/** Force said with an undressing ("强行", "按着", "拽着"): no care, whatever is explained after. */
export const FORCE_SAID = /强行|按|逼|硬|拽|抓着|拉着/
/** A weapon put to use on people ("拿着刀追我们", "刀在我脖子上比划"): no game's words explain it away. */
export const WIELDED_AFTER =
  /^(?:子)?[^，。！？\s]{0,6}(?:追|砍|捅|扎|刺|抵|顶|架|比划|比画|比了比|晃|挥|指着|对着|(?:划|割)(?:我|他|她|人)(?![^，。！？\s]{0,4}的)|(?:划|割)伤)|^\b[^.!?]{0,20}\b(?:chas\w*|stab\w*|swing\w*|wav\w*|point\w*|held (?:it )?(?:to|against))\b/
/** A weapon held inside a game, or played with ("在王者里拿刀砍我", "拿笔当枪"): put to use in play. */
export const IN_PLAY_BEFORE =
  /(?:王者|吃鸡|游戏|和平精英|狼人杀|我的世界|蛋仔)(?:里|中)[^，。！？,]{0,2}$|当$/
/**
 * Play, not harm: a toy named as the means ("shoot us with his nerf gun", "拿水枪射我们"), or the weapon word
 * explained as a game's slang ("狼人杀里的说法", "刀你" in a werewolf game means voting someone out).
 */
export const TOY_MEANS_AFTER =
  /^[^.!?。！？]{0,24}?(?:\bwith (?:a|an|his|her|their|my|the|some) (?:(?:nerf|water|toy|squirt|foam|bubble|cap|plastic) (?:gun|pistol|sword|blaster|knife|rifle)s?|snowballs?|pillows?)\b)|^(?:用|拿)?(?:玩具|水枪|泡泡)/
export const GAME_SLANG =
  /(?:原来|才知道|问了|问清楚)[^，。！？,]{0,6}是(?:她们|他们|我们)?(?:在)?玩(?:狼人杀|剧本杀)(?:时|的时候)?的(?:话|说法|黑话|台词)|(?:是|就是|说的打是)(?:打)?(?:王者|游戏|吃鸡|和平精英|球|篮球|排球|篮球赛|拔河比赛?)|(?:游戏|狼人杀|王者荣耀|王者|吃鸡|和平精英|我的世界|蛋仔派对|剧本杀)(?:里|中)(?:面)?的(?:说法|术语|黑话|台词|意思|玩法|梗)|(?:是)?说(?:的是)?(?:游戏|狼人杀|王者荣耀|王者|吃鸡|和平精英|我的世界|蛋仔派对|剧本杀)(?:里|中)(?:面)?|\b(?:playing|play|played) (?:werewolf|mafia|among us)\b|\bis (?:literally |just )?(?:the|part of the|from the) game\b|\b(?:slang|a term|an expression|talk) (?:from|in) (?:a|the|that) (?:video )?game\b/

/** A weapon named, then denied further on ("说要带刀来，结果没带"): not carried, only talked of. */
export const WEAPON_LATER_DENIED =
  /(?:结果|最后|但是?|后来|其实|可是|现在|(?:他|她)今天|这学期|最近|之后|以后|被收走)[^。！？!?]{0,6}(?:并)?没(?:有)?再?(?:带|拿|掏|用|有过|出现)|(?:翻|搜|查|检查)(?:了|过)?[^。！？!?]{0,10}?(?:没有|没|并没有)(?:找到|发现|看到)?(?:什么)?(?:刀|棍|枪|凶器|武器)|(?:翻|搜|查|检查)(?:了|过)?[^。！？!?]{0,10}?(?:什么|啥)(?:都|也)没(?:有|找到)|根本没(?:有)?(?:刀|枪|棍|凶器|武器)|问清楚了[^。！？!?]{0,8}没(?:有)?(?:刀|枪|棍|凶器|武器)(?![^，。！？\s]{0,2}(?:吗|吧))|(?:听成|听错|看成)[^。！？!?]{0,6}(?:是)?(?:拿)?(?:刀|枪|棍)|看清楚(?:了)?(?:那)?是(?:个|把|一个|一把)?(?:手机|梳子|尺子|笔|打火机|文具盒|铅笔盒|玩具)|(?<!(?:他|她)(?:自己)?(?:说|讲)[^，。！？\s]{0,2})根本(?:就)?没(?:有)?(?:这回事|这事)?(?=$|[\s，。！？])|(?:翻|搜|查|检查)(?:了|过)?[^。！？!?]{0,10}?(?:根本|并)(?:没有|没)(?=$|[\s，。！？])|(?:是)?(?:他|她)自己瞎(?:吹|说|编)(?:的)?|(?<!说|讲|不|像|会)(?<!(?:觉得|以为|感觉|猜|怀疑)(?:他|她|他们)?)是(?:别人|娃们|孩子们|同学们?|他们)?(?:瞎传|谣传|乱传|瞎说|乱说|造谣|骗人)的?|(?:是|就是)[^，。！？]{0,10}(?:额温枪|测温枪|体温枪|水枪|玩具枪)|问清楚(?:了)?是[^，。！？\s]{0,4}充气|(?:翻|搜|查|检查)(?:了|过)?[^。！？!?]{0,10}?(?:并)?未(?:发现|找到|见)|核实[^。！？!?]{0,8}(?:并)?(?:未|没有?)(?:携带|带)|系[^。！？!?]{0,6}传言|看错(?:了)?(?<!(?:以为(?:自己)?|没|不|不会|绝对没)看错(?:了)?)|(?:结果|其实)(?:是|发现是)?[^。！？!?]{0,10}(?:塑料|玩具|假的|打火机|模型|自拍杆|水枪|笔|尺子|梳)|(?:查|看|问)(?:了|过)[^。！？]{0,4}(?:是|就是)(?:一支|一把|一个|个|一根|根)?[^，。！？\s]{0,4}(?:手电筒|手电|雨伞|伞|晾衣杆|拖把|自拍杆)|(?:看|查|找)[^。！？!?]{0,6}(?:没有|没|并没有)(?:什么)?(?:刀|凶器|武器)|(?:没有|并没有)(?:刀|凶器|武器)[^。！？!?]{0,4}是(?:一个|个|一把|把)|(?:没有|并没有)(?:刀|凶器|武器)[^。！？!?]{0,10}(?:瞎传|乱传|谣言|乱说|瞎说|假的|搞错)|虚惊一场|(?:翻|搜|查|检查)(?:了|过)?[^。！？!?]{0,14}(?:就是|都是|只是|原来是)(?:在)?(?:吹|吹牛)(?:的|而已)?(?=$|[\s，。！？])|其实(?:并)?没(?:有)?(?=$|[\s，。！？])|\b(?:it was|its|it is) (?:just )?(?:a|an) (?:(?:plastic|fake|rubber|wooden|toy|water|nerf) )*(?:ruler|pen|toy|comb|phone|pencil case|pencil sharpener|sharpener|keychain|lighter|knife|gun|pistol)\b(?<!\b(?:a|an) (?:knife|gun|pistol))|\bthere (?:wasnt|was not|werent|were not) (?:one|any)\b|\b(?:searched|checked)\b[^.!?]{0,30}\b(?:there (?:was|were) |found )?no (?:knife|knives|weapon|weapons|blade|gun)\b|\bthing (?:was|is) fake\b|\b(?:he|she|they) never had (?:one|it|any)\b|是谣言|谣言而已|根本没(?:这回事|有的事)|问清楚(?:了)?不是|其实不是|原来不是|(?<!不)是(?:个|一把|把|一根|根)?[^，。！？\s不]{1,6}不是(?:真的?)?(?:刀|枪|棍)|不是(?:真的?)?(?:刀|枪|棍)(?:子)?[\s，,]{0,2}(?:而|只)?是(?:拿|用)?(?:一把|把|一个|个|一根|根|一支|支)?[^，。！？\s]{0,4}(?:塑料|玩具|假的?|木头|尺|笔|梳|打火机|模型|自拍杆|水枪|拳头|文具盒|铅笔盒|笔盒)|(?:说|答|回答)(?:没有|没)(?!人|关系|事|什么|啥|所谓|看见|看到|注意)|\bbut (?:he |she |they )?(?:didnt|never|did not) (?:bring|have|show|use)|\b(?:searched|checked|went through) (?:his|her|their|the) (?:bag|backpack|locker|desk)\b[^.!?]{0,50}\b(?:no|nothing|didnt find|found nothing)\b/

/** "notes saying i should kill myself": self-harm words put to the child by others are an insult, not intent. */
export const TOLD_TO_HARM_SELF =
  /(?:说|骂|喊|写|叫)[^。！？]{0,6}你[^。！？我]{0,14}$|\b(?:tell(?:s|ing)?|told) (?:me|him|her|my \w+) to (?:go )?$|\b(?:saying|says|said|tell(?:s|ing)? me|told me|wrote|writing)(?: that)? (?:i|you) should (?:just |go )?$|\b(?:saying|says|said|tell(?:s|ing)? (?:me|her|him)|told (?:me|her|him)|wrote|writing)(?: that)? (?:i|you|she|he) should (?:just |go )?(?:die|disappear|kill \w+)\b[^.!?]{0,60}$|\b(?:(?:says|said|saying|tells me|told me)(?: that)? (?:im|i am|i was)|calls me|called me|calling me) $/

/**
 * "骂我是猪脑子，说我拖累全班": a worthless life said of the child by someone else is an insult. "她说她是
 * 大家的负担" is her own word, and stays self-harm.
 */
export const ZH_INSULTED_AS =
  /(?:骂|嫌弃?|怪|嘲笑|笑话|讽刺|讥笑|数落|羞辱)(?:我|他|她|你)?(?:说)?(?:是)?$|(?<!我(?:想|要|就是想|就想|只想)?)说我(?:是)?$/
/** "说我拖累全班", "说她拖累全班": the self-harm cue begins with the child, said by someone who is not the child. */
export const ZH_SAID_OF_ME = /(?<![我她他])说$/

/**
 * A harm inside the condition of a question ("what should i do if someone hits a kid", "如果有人打我怎么办"):
 * asked, not told. A habit, a repeat or a time in it ("again", "every day", "又", "明天") makes it real.
 */
export const HYPOTHETICAL_BEFORE =
  /\b(?:what (?:should|would|do|can|could|shall) (?:\w+ ){1,3}do (?:if|when)|what if|who (?:do|should|can) (?:i|we|you) (?:tell|call|talk to) (?:if|when)|how (?:do|should|can|would) (?:i|we|you) (?:\w+ ){1,5}(?:if|when))\b[^.!?]*$|(?:如果|假如|万一|要是|假设|假若)[^。！？!?]*$/
/** A question of what is done in general ("初中生打架学校一般怎么处理"): with no child of the tipster's in it, asked. */
export const GENERAL_QUESTION =
  /(?:一般|通常|一般来说)(?:会)?(?:怎么|如何)(?:处理|办|管|处罚)|\bwhat (?:do|does|would|will) (?:schools?|teachers|the police|you) (?:usually|normally|generally|typically) do\b/
export const CHILD_OF_TIPSTER = /我|孩子|儿子|女儿|闺女|弟|妹|哥|姐|\b(?:i|me|my|im|mine)\b/
export const HYPOTHETICAL_QUESTION_AFTER = /^[^。！!]*?(?:怎么办|咋办|怎么做|该怎么|怎么处理|找谁|吗|[?？])/
export const HYPOTHETICAL_REAL =
  /\b(?:again|every|keeps?|kept|always|still|already|yesterday|today|tonight|tomorrow|last|ago|did|was|were|has|have|had)\b|又|再|还|每|天天|老是|经常|总是|一直|已经|昨天|今天|明天|今晚|放学|上次|了|过/

/**
 * A harm the child does not want or fears ("我不想被他们打", "scared of getting hit"): feared, not done.
 * Feared again ("不想再被打了", "getting hit again") it has been done.
 */
export const FEARED_HARM_BEFORE =
  /(?:不想|不愿意?|不要|怕|害怕|担心|免得|以免|省得)(?:被|挨)[^，。！？\s]{0,5}$|\b(?:dont|do not|doesnt|does not) want to (?:get|be) $|\b(?:afraid|scared|worried|terrified) (?:of|about) (?:getting|being) $/

/**
 * Reported words of someone else running on ("he keeps saying im stupid and that i …"): what follows the
 * "that" is theirs. A bare "and i" is the child speaking again ("they say im ugly and i want to die").
 */
export const TOLD_LIST_BEFORE =
  /\b(?:he|she|they|people|kids|everyone|everybody|(?:my|her|his) \w+) (?:\w+ )?(?:saying|says|said|tells me|told me|calls me|called me)\b[^.!?]{0,50}\band that (?:i|im) $/

/** "说我是…没人要", "saying no one likes me": exclusion words inside a reported insult are the insult. */
export const INSULT_QUOTE =
  /(?:说|骂|叫|笑)(?:我|他|她|人家)(?:是|为)(?<!他说他是|她说她是|我说我是)[^，。\s]{0,8}$|\b(?:(?:they|people|kids|everyone|everybody|girls|boys|others|someone|somebody|ppl)(?: keep| always)? (?:saying|say|says|said)|saying|telling (?:me|him|her)|tells (?:me|him|her))(?: that)? $/

// What makes a visit friendly: "找我玩", "来找他帮忙".
const NOT_A_HOSTILE_VISIT = '(?!(?:我|你|他|她|我们)?(?:玩|聊|谈|说|借|问|帮|一起|写|做|吃|道歉))'

/** A condition of paying or handing over ("不交就…", "不给就…"): what a threat waits on. */
const UNPAID = String.raw`不(?:交|给|带|还|借|转|发|拿(?:来|过来)?|把[^，。！？\s]{1,8}(?:带来|拿来|交来|交上来|给))`
/** A threat of harm to come. With a near time it is violence about to happen (physical, P1); alone, a verbal threat (P2). */
export const THREAT_CUES: readonly RegExp[] = [
  /\b(?:ur|youll|you will|youre|you are|u r) (?:gonna )?(?:get|getting) it\b(?! back| for)|\byou get it worse\b|(?:说|放话)[^，。！？\s]{0,16}?等着?(?:我|他|她)(?![^，。！？\s]{0,3}一起)|又(?:来)?(?:堵|守|蹲)在[^，。！？\s]{0,6}(?:门口|楼下|路口|车站|车棚)/g,
  /收拾(?:一个|那个|一下)[^，。！？\s]{0,6}(?:小孩|孩子|同学|学生|男生|女生)/g,
  // "让他别想回家": kept from getting home, promised.
  /(?:让|叫)(?:他|她|我|你)别想(?:回家|走|好过)|别想(?:活着)?(?:回家|离开)/g,
  // "他们说明天还要接着来": more of what was done, promised.
  /(?:还要|还会|要)(?:接着|继续|再)(?:来|打|收拾|找(?:我|他|她))/g,
  // "找人蓋你布袋": to be jumped with a sack over the head, as Taiwan says it.
  /(?:找人|叫人)?(?:盖|套)(?:你|他|她|我)?(?:的)?布袋/g,
  // Others set on the child ("说让大家去我家楼下堵我"): a harm called for, not one done.
  /(?:让|叫|号召|喊)(?:大家|别人|同学们?|所有人)(?:都|一起)?(?:去|来)?[^，。！？\s]{0,8}?(?:堵|打|揍|收拾|教训)(?:我|他|她)(?:(?:堵|打|揍|收拾|教训)(?:我|他|她))*/g,
  // A harm promised as the consequence of a condition ("如果我告诉老师，他就要叫他哥哥来打我", "要是敢告状
  // 就让我死得很难看"): what follows 就 is threatened, not done.
  new RegExp(
    String.raw`(?:如果|要是|假如|万一|(?<!不)敢|谁|只要|${UNPAID}|告状|告诉(?:老师|家长|别人|大人|家里|爸妈|爸爸|妈妈|任何人|你们|警察)|(?:跟|和|对)(?:老师|家长|大人|家里|爸妈|爸爸|妈妈)(?:说|讲)|说出去|报警)[^。！？!?]{0,14}?就(?:要|会|让|叫|找)?[^。！？!?\s]{0,12}?(?<![没不别])(?:打|揍|踢|弄|收拾|砍|捅|死|废|教训|好看|难看|堵|等着)`,
    'g',
  ),
  /弄死|打死|砍死|捅死|杀了|(?:要|会|准备|打算|想)搞(?:我|你|他|她)|(?:不|如果|要是|敢)[^。！？]{0,10}就(?:要|会)?把(?:我|你|他|她)的[^，。！？\s]{0,4}(?:告诉|说出去|发出去|公开|传出去|曝光)|下一个就是(?:你|我|他|她)|\b(?:ur|youre|you are|im|i am) next\b(?! (?:in|to|for|week|year|time))|收拾(?:你|我|他|她)(?!们?的?(?:房间|屋子|东西|书包|桌子|床|衣服|行李|书桌|柜子))|让(?:你|我|他|她)好看|给(?:你|我|他|她)(?:们)?(?:点)?好看(?!的|点|些)|(?<!(?:家长|父母|爸爸|妈妈|爷爷|奶奶|司机)[^，。！？]{0,8})等着(?!接|送)|小心点|小心(?:你|我|他|她)|打断.{0,4}腿|腿.{0,2}打(?:断|折)|废了(?:你|我|他|她)/g,
  // Damage promised to someone's home or things ("要去我家砸玻璃", "说要把他的车砸了"): a threat, not a deed.
  /(?:要|会|准备|打算|想)(?:去|来|到)?[^，。！？\s]{0,6}?砸(?:了|烂|碎|掉)?(?:我|你|他|她)?(?:们)?(?:家)?的?(?:玻璃|窗户|窗|门|车|东西|店|摊)|(?:要|会|准备|打算|想)(?:把|将)[^，。！？\s]{1,8}?(?:玻璃|窗户|窗|门|车|东西|店|摊)(?:给)?砸/g,
  // A place may stand between the intent and the harm ("要在后门弄我", "准备去网吧堵他"); the one harmed is named.
  /(?:要|会|准备|打算|想)(?:在|去|到|来)[^，。！？\s把将]{1,10}?(?:打|揍|削|修理|扁|弄|砍|捅|杀|堵|围|教训|收拾|淹|烧|废|整|干|踢|扎|埋|群殴|围殴)(?:死|残|废|一顿)?(?:我|你|他|她|一个人|个人)/g,
  /(?:要|会|准备|打算|想)[^，。\s]{0,8}?(?:把|将)[^，。\s]{1,8}?(?:打|揍|踢(?!出)|踹|推|摔|扔|拖|拽|按|摁|锁|关|泼|烫|教训|收拾|弄|废|砍|捅|淹|烧|扒)|(?:找|叫|带|喊|摇)(?:社会上的|外面的|校外的|外校的)?(?:人|几个人|哥)(?:来|去)?(?:打|弄|收拾|揍|堵)(?![了过伤])|(?:找|叫|带|喊|摇)(?:了)?(?:人|几个人|一帮人|一群人|哥)(?:回|过)?来(?![^，。！？\s]{0,3}(?:帮|玩|陪|说|聊|接|看|开))|(?:要|会|准备|打算|想)(?:来)?(?:打(?!出来|印|字|电话|游戏|球)|揍|削|修理|扁|弄(?<!(?:不|不太|不大)会弄)(?!到|完|好|懂|清楚|明白|不来|不懂)|砍|捅|杀|堵|教训|收拾|淹|烧|废(?!了(?:$|[\s，。！？吧啊呀]))|整|干|灭|踢|扎|埋|群殴|围殴|报复)(?!嘛|什么|啥|吗)|弄(?:死|残|废)|打(?:残|废)|干掉|搞死|做掉|报复|再.{0,10}就(?:打|揍|弄)|不(?:给|交|带|还|听话|听|借|买|让|抄|去|来|做|写|帮)[^就\s]{0,3}就(?:要|会)?[^，。\s]{0,6}?(?:挨|被)?(?:打(?!火)|揍|弄|砍|捅|收拾|烧|烫|扎|堵(?:我|他|她))/g,
  // A fight arranged between groups ("我们班跟初三约的", "那帮人约了我们班几个去河堤那边").
  /(?:我们班|我们|他们|咱们)[^，。！？\s]{0,4}(?:跟|和|与)[^，。！？\s]{1,8}约(?:的|了|好)|(?:那帮|那几个|那群|那些|那伙)[^，。！？\s]{0,6}约(?:了)?[^，。！？\s]{0,8}去[^，。！？\s]{1,8}(?:那边|后面|后山|河堤|河边|桥下|树林|网吧|操场|天台|厕所)/g,
  /(?:放学|下课|晚上|中午|今晚|明天)(?:你)?(?:别走|等着|别跑)|(?:抓到|找到|逮到|看到|碰到)(?:我|你|他|她).{0,3}就(?:要)?(?:打|揍|弄|砍|捅|收拾|废|干)|在.{0,10}等(?:我|他|她)|找(?:我|你|他|她)(?:的)?麻烦|(?:会|让你|让我|让他|让她)后悔|让(?:我|你|他|她)(?:在.{0,4})?(?:待|混|呆)不下去|约架|单挑|(?:不来|不敢来|不去)就是(?:怂|孬|狗|孙子|胆小鬼)|威胁|恐吓|(?<!(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸妈|爸爸|妈妈|亲戚|老师|家长|叔叔|阿姨|舅舅|姑姑|哥哥|姐姐)[^，。！？\s]{0,2})(?:他们|她们|那帮人|那群人|那几个人?|那些人|那伙人)(?!(?:的)?(?:爸妈|爸爸|妈妈|家长|父母|家里人))[^，。！？\s]{0,4}(?:要|会|准备|打算)(?:来|去|到)(?:我|他|她)(?:们)?家(?!玩|吃|写|做|聊|借|道歉|拜年|作客|做客)(?![^，。！？]{0,10}(?<![「“"'‘])(?:道歉|道个歉|赔礼|赔不是|谈谈|聊聊|商量)(?![」”"'’]))|(?:喊|叫|找|摇)(?:了|来)?(?:十几个|二十个|好几个|一帮|一群|很多|好多|一堆|几十个|一车)人(?!都?(?:在)?(?:笑|哄笑)(?![^，。！？,]{0,12}(?:说|让|叫|逼|要)))|摇人|死定了|等死吧|你完了|(?:扬言|放话|说)(?:要|会|下次)(?:带|拿)(?![我你他她]|孩子|小孩|同学)|(?:不然|否则)就(?!骂|告诉|说|不理|不跟|不带|不让|拉黑|孤立|告)|说出去|下次(?:就|再)?.{0,4}(?:打|揍|弄|砍|烧|轮到)/g,
  /\bthreat(?:en(?:s|ed|ing)? to(?: \w+){1,3})?|\b(?:gonna|going to|will|wanna|would|plan(?:s|ning)? to) (?:get|catch|jump|rush|ambush|attack|beat|hit|hurt|kill|stab|fight|shoot|deal with|break|find|use it|drown|burn|cut|punch|kick|smash|murder|mess|choke|bring|batter|deck|thump|knock out|rough up)\b|\bjump (?:me|him|her)\b|\b(?:gonna|going to|will|would|wanna) (?:throw|push|shove|dunk) (?:me|him|her|us|them|you)\b|\b(?:gonna|going to|will|wanna) do (?:it|that) again\b|\b(?:gonna|going to|will|wanna|would) (?:be |get )?["'“”‘’]?taught a lesson\b|\b(?:gonna|going to|will|wanna|would) (?:teach (?:him|her|me|you|them) a lesson|give (?:him|her|me|you|them) a (?:blanket party|beating|beatdown|kicking))\b|\b(?:gonna|going to|will|wanna|plan(?:s|ning)? to) (?:come|wait|meet|find|catch|get) [^.!?]{0,30}?\bto (?:beat|hit|hurt|kill|stab|jump|punch|kick|fight) (?:me|him|her|us|you)\b|\b(?:gonna|going to|will|wanna|plan(?:s|ning)? to) do (?:something|stuff|things) to (?:me|him|her|them|you)\b/g,
  // A group lying in wait with no one named as waited for ("那几个初三的在网吧门口等了半天", "some 8th graders
  // were waiting outside"): the one they wait for is the tipster.
  /(?:那几个|那帮|那群|那些|那伙|几个|一帮|一群)(?!家长|老师|大人|阿姨|叔叔|爷爷|奶奶|妈妈|爸爸)[^，。！？\s]{0,6}在[^，。！？\s]{1,8}(?:等|守|蹲)(?:着|了)(?![^，。！？\s]{0,2}(?:接|送|排队|上车|公交|车|开门|上课|抽烟|玩手机|聊天))|\b(?:boys|girls|kids|guys|graders|seniors|bullies|they) (?:were|are) (?:still )?(?:waiting|hanging around|lurking) (?:right )?(?:outside|by the|at the)\b(?! (?:\w+ )?for (?:the|their|a|his|her|my|our|class|school|parents?)\b)/g,
  // Idioms of revenge and finishing off: no harm verb is said, the threat is in the idiom.
  /\bfinish (?:the job|(?:me|you|him|her|them) off)\b|\bteach (?:me|you|him|her|them) a lesson\b|\bmake (?:me|you|him|her|them) pay\b|\bget (?:me|you|him|her|them) back\b|\bpay for (?:it|this|that)\b|\b(?:f\w*|mess|beat) (?:me|you|him|her|them) up\b(?<=\b(?:gonna|going to|will|wanna|want to|would|to|or|else|ill|imma|ima)\s(?:\w+\s)?(?:f\w*|mess|beat) (?:me|you|him|her|them) up)|\bcom(?:e|ing) (?:for|after) (?:me|you|him|her|them)\b|\bget even\b|\bcatch (?:these |some )?hands\b|\bsort (?:him|her|you|them|me) out\b|叫(?:我|他|她)[^。！？]{0,12}(?:去|到)[^，。！？\s]{0,10}(?:谈谈|聊聊|倾下|倾倾|谈一下|聊一下|说清楚)|盖(?:麻)?布袋|套(?:麻)?袋|\b(?:theyll|they will|theyre gonna|they are gonna|well|hell|gonna) finish (?:it|this|the job)\b|\bor (?:we|well|they|theyll|ill|he|hell)(?: will)? come (?:find|get|for)\b|\bor (?:we|well|theyll|they)(?: will)? come to (?:yours|your (?:house|place|home))\b|\bknow (?:his|her|your|my) (?:route|way) home\b|(?<!(?:老师|班主任|校长|家长|爸|妈)[^，。！？]{0,12})(?:要|会|准备|打算|想)[^，。！？\s]{0,6}[「“"'‘](?:教育|招待|照顾|关照|问候|送)[」”"'’]|\b(?:the|a|their) fight (?:is|will be|is gonna be|is going to be)\b(?![^.!?]{0,40}\b(?:against|tournament|competition|match|boxing|club)\b)|(?<=(?:今天|今晚|明天|放学|下课|晚上|中午)[^，。！？\s]{0,2})的(?:架(?!子)|约架)|\b(?:be|come|coming) back\b[^.!?]{0,24}?\b(?:with (?:his |her |their )?(?:more|older|bigger)\b(?: \w+)? ?(?:guys|people|ppl|friends|boys|girls|kids|brothers|mates)|with (?:backup|(?:his|her|their) (?:gang|boys|crew)))\b|\bbring(?:ing)? (?:backup|more (?:guys|people|ppl|kids|boys))\b|\b(?:gonna|going to|will|wanna|want to|plan(?:s|ning)? to)\b(?<!\b(?:i|im|i am|mum|mom|mother|dad|father|parents?|teachers?|principal|head|counsell?or|head of year)\s(?:(?:is|are|am)\s)?(?:gonna|going to|will|wanna|want to|plan(?:s|ning)? to))[^.!?]{0,12}["“](?:welcome|greet|visit|look after|take care of|talk to|chat with|say hi to)\b[^"”]{0,6}["”] (?:him|her|me|you|us|(?:my|his|her) \w+|the new (?:kid|boy|girl))\b(?! back to (?:class|school)\b)/g,
  // Harm the child fears from someone ("因为怕他们打我") hangs over them, it is not done; a parent's
  // general worry ("担心他被欺负") names no one who would do it.
  /(?:怕|害怕)(?:他|她|他们|她们)[^，。\s]{0,4}(?:打|揍|踢|报复)/g,
  // Coming back for someone ("明天还要来", "今天还要找他"), unless to play, talk or help.
  new RegExp(
    `(?:(?:明天|明早|明晚|下午|今晚|晚上|放学|一会儿?|待会儿?|等会儿?)(?:还|再|又)(?:要|会)?(?:来|找)|(?:还|再|又)(?:要|会)(?:来)?找(?:我|你|他|她)|(?:说|扬言|放话)[^，。\\s]{0,8}(?:要|会|就)(?:来|去)?[^，。\\s]{0,4}?找(?:我|你|他|她)|(?:说|扬言|放话)[^，。\\s]{0,6}?(?:来|去|过来)(?:我家|学校)?找(?:我|你|他|她)|(?:说|扬言|放话)[^，。\\s]{0,6}?(?<!(?:要|让|叫|逼)(?:我|你))(?:来|去|到)(?:我|你|他|她)(?:们)?家)${NOT_A_HOSTILE_VISIT}`,

    'g',
  ),
  // A kindness in scare quotes after an intent ("今晚要来我家'道歉'", "要把她叫到厕所「收拾」"): a threat.
  /(?:要|会|准备|打算|想)(?<!(?:老师|班主任|班导|校长|主任|教练|宿管|家长|爸|妈)[^。！？]{0,8}(?:要|会|准备|打算|想))[^。！？]{0,16}["“'‘「『](?:道歉|谈谈|聊聊|谈心|教育|沟通|讲道理|招待|照顾|关照|问候|拜访|做客|玩玩|收拾|修理|帮忙)["”'’」』]|(?:明天|今天|今晚|放学|下课)(?<!(?:老师|班主任|班导|校长|主任|教练|宿管|学校|家长|爸|妈)[^。！？]{0,8}(?:明天|今天|今晚|放学|下课))[^。！？]{0,12}["“'‘「『](?:处理|招待|照顾|关照|问候|教育|谈谈|聊聊)["”'’」』]/g,
  /(?:迟早|早晚)(?:要|会)?[^，。！？\s]{0,4}(?:打|揍|弄|收拾|废|干)(?:到|死|残|你|我|他|她)|给(?:你|我|他|她)(?:点)?颜色(?:看看|瞧瞧)|走着瞧|(?:站着|竖着|走着)(?:进来|进去|来)[^。！？]{0,3}(?:躺着|横着|爬着)(?:出去|出来|回去)|(?:躺着|横着|爬着)(?:出去|回去|出校门)|教(?:你|我|他|她)做人|(?<!(?:老师|家教|教练|辅导|补课)[^，。！？\s]{0,4})给(?:你|我|他|她)(?:好好)?上(?:一)?(?:课|堂课)|让(?:你|我|他|她)长(?:长)?记性|(?:找|跟|和|同)(?:你|我|他|她)(?:们)?(?:算账|没完)|有(?:你|我|他|她)好(?:受|果子吃|看)|让(?:你|我|他|她)尝尝(?:厉害|滋味|苦头)|给(?:你|我|他|她)点厉害(?:瞧瞧|看看)/g,
  /\b(?:they will|he will|she will|gonna|going to) do (?:it|this|that) again\b|\b(?:tomorrow|tonight|later) (?:theyre|they are|hes|he is|shes|she is) doing (?:it|this|that) again\b|\b(?:theyre|they are|hes|he is|shes|she is) doing (?:it|this|that) again (?=tomorrow|tonight|later|after school)|\b(?:its|it is|its been|it has been|theyve|they have) (?:been )?(?:arranged|set up|planned|organi[sz]ed)\b|\bor (?:they|he|she)(?: will| are gonna| gonna| would)? (?:beat|hit|hurt|jump|kill|get|stab|punch|kick) (?:me|him|her|us)\b|\bkill (?:me|you|him|her)\b|\bbreak (?:my|his|her|your) (?:legs?|arms?|neck|face|nose)\b|\bdeal with (?:me|him|her|you)\b/g,
  /\bfind (?:ppl|people|some guys|his friends)\b|\bwatch (?:your|my|his|her) back\b|\bor else\b|\b(?:said|saying|says)\b[^.!?]{0,40}\b(?:im|youre|ur|hes|shes|you are|i am|we are|were) (?:so )?dead\b|\bknow(?:s)? where (?:you|he|she|i|we|they) lives?\b|\b(?:youre|ur|you are) (?:so )?dead\b|\b(?:will|ill|youll|hell|shell|theyll|gonna|going to) regret\b|\bsnitches get\b|\bnext time (?:\w+ ){0,4}(?:will|gonna|be)\b|\bwait(?:ing)? for (?:me|him|her|(?:my|his|her) (?:\w+ )?(?:son|daughter|kid|child|brother|sister|friend|cousin))\b|\b(?:theyll|they will|they would|hell|he will|he would|shell|she will|she would|theyre gonna|hes gonna|shes gonna) be (?:there|waiting)\b|\bmeet me after\b|\bmake (?:me|you|him|her|them) disappear\b|让(?:你|我|他|她)消失(?!了|在人海)/g,
]

/** A consequence with no will or shall in it ("不写就打我"): with a habit said, it is done each time. */
export const HABIT_CONSEQUENCE = /^不[^就]{0,3}就(?!要|会)/
/** "午睡时老师会把不睡的关进小黑屋": what is done whenever a time comes is a habit told, not a threat made. */
export const WHENEVER_BEFORE = /(?:时|的时候|时候|每次|每当)[^，。！？\s]{0,6}$/
/** "喝醉了会打我": once the condition is met, it happens, as a habit does. */
export const WHEN_THEN = /^了会/
/** Said in the clause before a consequence: it is quoted, a threat ("说不给就天天打他", "他说输了会打我"). */
export const QUOTED_BEFORE =
  /说|讲|威胁|扬言|放话|\b(?:said|says|told|tells|texted|messaged|threatened|warned|posted)\b/
/** Threats that are deeds when dated: lying in wait for a child, calling others to corner them. */
export const AMBUSH_THREAT = /堵|找人|叫人|喊人|等着?(?:我|他|她)|守着|埋伏|\bjump|\bwait|\bcorner/

/** A threat to expose the child (tell everyone, post their things): a threat, but of no violence. */
export const EXPOSURE_THREAT = /把(?:我|你|他|她)的[^，。！？\s]{0,4}(?:告诉|说出去|发出去|公开|传出去|曝光)$/

/** A time too far off for harm to come within hours ("next week", "下周", "迟早"): a threat set for it is not P1. */
export const FAR_TIME_CUES: readonly RegExp[] = [
  /下(?:个)?(?:周|星期|礼拜|月|学期)|以后|改天|迟早|早晚|总有一天|哪天|开学后|寒假|暑假/g,
  /\bnext (?:week|month|term|semester|year)\b|\bsomeday\b|\bone day\b|\bsometime\b|\beventually\b|\bafter (?:the )?(?:holidays?|break|vacation)\b/g,
]

/**
 * A time within the next hours. A past marker right before ("昨天下午放学", "上周五放学") makes it the past.
 */
export const NEAR_TIME_CUES: readonly RegExp[] = [
  /(?<!昨天|前天|上周.?|下周.?|上次|那天|下个)(?:(?<![下上])周[一二三四五六日末](?![十百千块元])|(?<![上下]个?|[两几三四五六七八九十]个)(?:星期[一二三四五六日天]|礼拜[一二三四五六天])(?![十百千块元]|直)|今天|今晚|今早|今儿个|今儿|明儿个|明儿|赶明儿|明天(?<![阿小老]明天)|明早|明晚|(?:放学|下课|熄灯|午饭|晚饭|午休|晚自习)(?:后|以后|之后)|放(?:了)?学|下课|一会儿?|待会儿?|等会儿?|上午|中午|下午|晚上|午休|晚自习|马上|体育课|课间)/g,
  /\b(?:on |this )?(?<!\blast )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|\btonight\b|\btoday\b|\btomorrow\b|\btmrw?\b|\btmw\b|\bafter (?:school|class|lunch|pe|practice|gym|break)\b|\bat (?:lunch|recess|break)\b/g,
  // A clock time ("at 3", "三点半"), a period of the day, the end of school or the way home.
  /\b(?:at|by|around) \d{1,2}(?::\d{2})?(?: ?(?:am|pm|oclock))?(?! (?:years?|kids|people|of|times|schools|grade))\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b(?<!\b(?:at|by|around) \d{1,2}(?::\d{2})? ?(?:am|pm))|\bafter lights[- ]?out\b|(?:下午|晚上|中午|早上)?(?:[一二三四五六七八九十]|十[一二])点(?:钟|半|多)?(?!点)|\bafter (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|last) (?:period|class|lesson|block|hour)\b|\b(?:at )?(?:the )?end of (?:the )?(?:day|school)\b|\bat dismissal\b|\bwhen (?:school|class) (?:lets out|gets out|ends|is over)\b|\bwhen (?:i|he|she|we|you) (?:get|gets) (?:off|out of) (?:the )?(?:bus|school|class)\b|\bon (?:the|my|his|her) way home\b/g,
  /\blater today\b|\bthis (?:afternoon|evening)\b|\bafter (?:this|the next|next) (?:class|period|lesson)\b|\b(?:at|in|after) (?:the )?(?:pe|gym|recess|evening study|self study)\b|\bin an hour\b|\bnext period\b|\b(?:its|it is) (?:lunch|lunchtime|recess|break time)\b/g,
]

/** Said of a plan rather than a deed: with a near time and a harm, it is about to happen. */
export const FUTURE_INTENT_CUES: readonly RegExp[] = [
  // "要我带零食": 要 before the one made to do something is a demand, not a plan.
  /要(?!反映|举报|报告|说|问|投诉|求|(?:我|他|她|你)(?:们)?(?:每天|天天)?(?:带|买|给|交|帮|替|请|写|拿|洗|跑腿))|准备|打算|会来|约好|约了|商量(?:着)?|计划|照样|照旧/g,
  /\bgonna\b|\bgoing to\b|\bwill\b|\bplan/g,
]

/** "i need to report this right now": the now of the telling, not of what is told. */
const RIGHT_NOW_TOLD = String.raw`\bright now\b(?<!\b(?:report|tell|say|ask|talk|writ|text|call|messag|contact)\w* (?:(?:this|it|you|someone|somebody|anyone) )?right now)`
/** "rn", unless it tells how the child is ("hes fine", "hes literally laughing rn"). */
const RN = String.raw`\brn\b(?<!\b(?:hes|shes|he is|she is|theyre|im) (?:\w+ )?(?:laughing|fine|ok|okay|chilling|playing|home|asleep|sleeping|eating|gaming) rn)`
/** Violence happening while the tipster writes, or a call for help now. */
export const ONGOING_CUES: readonly RegExp[] = [
  /(?:会不会|能不能|肯不肯)放(?:我|他|她)(?:走|回家|离开)|(?:现在(?<!到现在)|(?<![反真公])正在|还在|又在)[^，。！？]{0,8}?(?:(?<!号码|电话|号|[没不别])(?<!电话[^，。！？]{0,3})打(?!字|电话|游戏|球|卡|扰|羽毛球|乒乓|网球|台球|牌|麻将|电动|电玩|着?石膏|给(?:我|他|她|你)|(?:我|他|她|你)(?:的|们)?(?:电话|手机))|揍|踢|欺负|围|堵|锁|关(?!灯|机|心|注|系|于)|按)|还被[^，。！？\s]{0,4}(?:锁|关|困|绑|按)|快来|快点来|快(?:点)?(?:派|叫)(?:人|警察)(?:来|过来|过去)?|赶紧来|马上来|救命|救救|快报警|正被|还没醒|还没放出来|打不开|出(?:不来|不去)|被困|还在里面(?![^，。！？\s]{0,2}(?:说|骂|发|聊|讲|笑|叫(?:我|他|她)|喊(?:我|他|她)))|还被(?:锁|关)|还在(?:找|追|等)(?:我|他|她)|他们还没走|(?:正)?在追|躲在(?![^，。！？\s]{0,8}(?:抽烟|抽|玩|吃|偷|哭了(?:一|两|半|好几|几|整)))(?:(?!被子|被窝|我(?:的)?(?:后面|身后|怀里|背后)|(?:自己的?)?房间(?:里)?(?:哭|不出来))|(?=[^。！？]{0,20}(?:他们|有人|那些人|那帮人|那几个(?:人|女生|男生)?)[^。！？]{0,6}(?:敲|踹|砸|找|等|打|撞|守|喊|叫|追|堵|拖)))|躲着(?!我|他|她|走)/g,
  new RegExp(
    String.raw`${RIGHT_NOW_TOLD}|\bhappening now\b(?<!\b(?:nothing|nothings|not|isnt)(?: is)? happening now)|\b(?:fight|fighting|beating|hitting|kicking|jumping|stabbing) (?:is )?(?:happening )?now\b|\bs\.?o\.?s\b|\bsend (?:someone|help|the police)\b|\bhelp (?:me|us|him|her) (?:now|please|pls)\b|\bcome (?:quick|fast|now)\b|\bhurry\b|\basap\b|\bemergency\b|\bstill (?:hitting|beating|locked|there|going)\b|\bcant get out\b|\btrapped\b|\bhiding (?:in|from|under)\b|\b(?:waiting|outside) (?:outside|for me|the door)\b(?<!\b(?:little ones|kids|children|students|we|us|i|im|them|(?:my|our) \w+) (?:waiting|outside) (?:outside|for me|the door))(?! for (?:the|their|a|his|her|our|my) (?:parents?|mum|mom|dad|bus|car|ride|teacher))|${RN}`,
    'g',
  ),
]

/** A child hurt badly enough to need help; with a "now" it is P1. */
export const INJURY_CUES: readonly RegExp[] = [
  /流血|出血|血止不住|(?:很|好|特别|非常)(?:疼|痛)|(?:疼|痛)得|昏迷|晕倒|晕过去|骨折|头破|不省人事|喘不过气|站不起来|起不来|倒在地上|不动了|叫不醒|没反应/g,
  /\bbleed|\bunconscious\b|\bpassed out\b|\bthrowing up\b|\bvomit\w*|\bdizzy\b|\bcant stop (?:shaking|crying)\b|头晕|想吐|呕吐|一直吐|发抖(?!音)(?<!(?:气|急)(?:到|得)发抖)|\bbroken (?:arm|leg|nose|bone)|\bcant breathe\b|\bnot breathing\b/g,
]
/** A "now" strong enough to say violence may still be going on ("反正在" is "anyway, at", not "now"). */
export const RIGHT_NOW = new RegExp(
  String.raw`现在(?<!到现在)|(?<![反真公])正在|刚才|刚刚|${RIGHT_NOW_TOLD}|\brn\b|\bjust now\b|\bhappening now\b(?<!\b(?:nothing|nothings|not|isnt)(?: is)? happening now)`,
  'g',
)
/** "Now" itself, not "just now": what it stands next to happens as the tip is written. */
export const NOW_ITSELF = /^(?:现在|正在|rn\b|right now)/
/**
 * After a "now": the child's state ("现在瘦得不成样子", "现在很害怕", "现在还没事") or how they keep away
 * ("现在都绕路走", "现在只能请假"), not a deed going on.
 */
export const NOW_STATE_AFTER =
  /^(?:倒是|还|也|都)?没事|^(?:已经)?(?:被)?(?:接回家|回家|回到家|在家)|^(?:[她他我]|孩子)?(?:早上|每天|天天|都)?哭着(?:不肯|不想|不愿|不敢去)|^(?:[她他我]|孩子)?(?:晚上|白天|每晚|夜里|下课|上学|放学)?(?:已经|都|也|还|完全|根本|一点(?:都|也)|只能|只好|宁可|宁愿)?(?:一(?:看到|看见|见到|听到|想到|提到|到)[^，。！？\s]{0,8}就|不(?:疼|痛)了|还(?:肿|疼|痛|青|紫|有印)|瘦|胖|变|很|好多|好(?:一)?(?:点|些)|特别|非常|不敢|不想|不愿|不肯|害怕|怕|成绩|心情|每天|天天|绕|换(?:条)?路|走(?:别的|另一条|后门)|请假|不去学校|不上学)/
export const NOW_CUES: readonly RegExp[] = [
  /刚才|刚刚|现在|(?<![反真公])正在|快来|马上|赶紧/g,
  /\bjust now\b|\bright now\b|\bnow\b|\brn\b|!!|\bhelp (?:pls|plz|please|me|us)\b|\b(?:pls|plz|please) help\b/g,
]

/** A robbery told as going on now ("在抢低年级小孩的钱 就现在"). */
export const ROBBING_NOW =
  /就现在(?=$|[\s，。！？!?])|(?<!班长|老师|班主任)(?:现在|正|还)在(?:抢|要|收)[^，。！？\s]{0,6}(?:钱|手机|东西|书包|鞋|耳机|饭卡)|(?:现在|正|还)在(?:收钱|要钱|抢(?:他|她|我|人|小孩|孩子))/g
/** A story's hero, just before a self-harm cue ("写小说 写到主人公最后跳河了"). */
export const FICTION_SUBJECT_BEFORE =
  /(?:主人公|主角|\b(?:the )?(?:main )?(?:character|protagonist)\b)[^。！？.!?]{0,10}$/
/** After a wound thought to be one: what it was instead ("结果是她拿红笔画的"). */
export const MARK_EXPLAINED_AFTER =
  /^[^。！？]{0,20}(?:结果|其实|原来)[^。！？]{0,12}(?:红笔|彩笔|笔|颜料|贴纸|纹身贴|画的|歌词|游戏)/
/** After a story's self-harm: the child wanting the same ("她说她也想这样"). */
export const ALSO_WANTED_AFTER = /^[^。！？]{0,24}(?:也|一样)(?:想|要)/
/** Asked whether, just before a self-harm cue ("问她有没有想过伤害自己"), */
export const ASKED_WHETHER_BEFORE =
  /(?:问|问问|问过)(?:了)?(?:她|他|孩子)?(?:有没有|是不是|会不会)(?:想过|要|在)?$/
/** … and answered no ("她说没有", "我不会做傻事"). */
export const ANSWERED_NO_AFTER =
  /^[^。！？]{0,6}(?:她|他)?(?:说|回答|答)(?:了)?(?:没有|不会|没想过)(?!人)(?![^。！？]{0,24}(?:但|可|不过|却|\bbut\b))/
/** Afraid to go on where someone follows ("我不敢上楼"): said now, as the child is there. */
export const AFRAID_TO_GO_ON = /(?<!都)不敢(?:上楼|回家|进门|下车|出去|开门)(?!了)/g
/** Nobody knows where a child is: read towards the higher urgency (TRIAGE.md). */
export const UNREACHABLE_CUES: readonly RegExp[] = [
  // Alone somewhere wild as night falls, or the phone dying there.
  /(?:现在|还)[^，。！？\s]{0,2}(?:一个人|独自)在[^，。！？\s]{0,4}(?:山|河|水库|野外|树林|荒地)[^。！？]{0,12}(?:天(?:快|都)?黑|没电|回不来)/g,
  // A child an adult means to take away tonight: to a hotel, or alone to his home.
  /(?<!(?:老师|带队|导游|爸爸|妈妈|家长)[^，。！？]{0,4})(?:接|带)(?:她|他|我)(?:们)?(?:去|到)(?:酒店|宾馆|旅馆|开房)|(?:今晚|今天晚上|晚上|半夜)[^。！？]{0,10}(?:叫|让|要|约)(?:我|她|他)(?:们)?[^。！？]{0,6}(?:去|到)(?:他|她)(?:家|宿舍|房间)|(?:叫|让|要|约)(?:我|她|他)(?:们)?[^。！？]{0,4}(?:今晚|今天晚上|晚上|半夜)[^。！？]{0,10}(?:一个人|单独|偷偷)(?:去|到)(?:他|她)(?:家|宿舍|房间)|\b(?:come|go) (?:to|over to) (?:his|her) (?:flat|apartment|place|house|room)\b[^.!?]{0,40}\b(?:when (?:nobody|no one)|alone|by (?:her|him)self)\b/g,
  // A child led off by the hand towards someone's vehicle.
  /(?<!妈妈|爸爸|奶奶|爷爷|外婆|姥姥|老师|家长|她妈|他妈)(?:拉着|牵着|抱着)[^，。！？\s]{0,6}(?:小姑娘|小女孩|小男孩|小孩|孩子|女孩|男孩)[^。！？]{0,20}(?:电动车|摩托车|面包车|车)/g,
  // Someone met online or in a game asking a child to meet them alone or in secret.
  /(?:网上|网友|网络上|游戏里|游戏上|游戏中)[^。！？]{0,12}(?:叔|哥哥|大哥|男的|男人|大人|陌生人|网友)[^。！？]{0,24}(?:叫|让|约|要)(?:她|他|我)(?:们)?[^。！？]{0,16}(?:一个人|单独|偷偷)[^。！？]{0,16}(?:见面|去见|出去|出来)|\b(?:online|(?:in|from|on) (?:a|the|this|that) game|on (?:roblox|discord|snapchat|snap|insta|instagram|tiktok|wechat|qq))\b[^.!?]{0,60}\bmeet (?:him|her|up|them)?\b[^.!?]{0,30}\b(?:alone|by (?:her|him)self|without telling)\b/g,
  // A child taken away by those who hurt them ("被他们拖走了", "they took my brother with them", "they still have my sister").
  /(?:锁|关)在[^。！？]{0,16}钥匙(?:也|都)?(?:被[^，。！？\s]{0,6})?(?:拿走|带走|抢走|扔)|被[^，。！？\s]{0,4}(?:拖走|拉走|带走|拽走|抓走|架走)了|\btook (?:my|his|her|our) (?:brother|sister|son|daughter|friend|kid|child|cousin) (?:with them|away)\b|\bstill (?:isnt|is not|not) answering\b|\b(?:phone|call|line) (?:got |was |just )?(?:cut(?: off)?|dropped|went dead)\b[^.!?]{0,40}\b(?:no answer|not answer(?:ing)?|nobody (?:answer|pick)|(?:doesnt|didnt|wont) (?:answer|pick up))|电话(?:突然)?(?:就)?(?:断了|挂了|没声了)[^。！？]{0,12}(?:再打|打回去|回拨)[^。！？]{0,6}(?:没人接|打不通|不接|关机)|往(?:他|她)(?:的)?车(?:上|里)(?:拽|拉|拖|推)|\bwont let (?:me|him|her|us|them|(?:my|his|her) (?:little )?\w+) out\b|\bstill (?:have|has|got) (?:my|his|her|our) (?:brother|sister|son|daughter|friend|kid|child|cousin)\b/g,
  /联系不上(?!家里|家人|老家|我们|我爸|我妈)(?![^。！？]{0,8}(?:合理吗|合理不|正常吗|可以吗|行吗))|失联|电话(?:就|突然)?(?:断了|挂了|被挂)|把自己(?:反)?(?:锁|关)在[^。！？]{0,20}(?:不(?:开门|出来|说话|应|回)|没(?:有)?(?:反应|声音|动静)|叫(?:也|都)?不)|没回(?:消息|信息|微信|家|讯息)|不回(?:消息|信息)|(?:电话|手机|电话手表|手表)(?:也|一直|还是|都|始终)*(?:关机|没人接|打不通|不接)|我们到处(?:都)?找(?:不到|不着|遍了)|到处(?:都)?找(?:不到|不着)(?:他|她|人|孩子)|[（(]\s*通话(?:中断|断了|断开)\s*[)）]|打电话(?:也|都)?不接|电话(?<!我电话)(?:就|也|都)?不接了|(?:我们|大家|老师们?)(?:现在)?(?:都)?(?:正)?在(?:到处)?找(?:他|她|孩子|人)(?=\s|$|[，。！？,])|(?:到现在|一直)(?:都|还)?没(?:有)?(?:消息|音讯|联系上)(?<!(?:会处理|会调查|处理|调查)[^，。！？]{0,8}(?:到现在|一直)(?:都|还)?没(?:有)?(?:消息|音讯|联系上))|不接电话|再也没(?:有)?回(?:消息|信息|微信|复|了)?|人(?:也|都)?找不(?:着|到)|找不着(?:他|她|人)|(?:到现在|现在|至今|这会儿|昨晚|一晚上|一夜)(?:都|还|也)?没(?:有)?回(?:来|家|宿舍)|找了(?:一圈|半天|好久|很久|一晚上)(?:都|也|还)?没找(?:着|到)|没人接|找不到(?:他|她|人)|不见了(?<!(?:钱|东西|手机|书|本子|笔|文具|文具盒|笔盒|铅笔盒|作业|衣服|鞋|包|手表|卡|零食|玩具|水杯|橡皮|尺子)(?:都|也|又|全)?不见了)|失踪|还没(?:回|到)(?:到)?家|离家出走|不敢回家|在外面过夜|(?<!太|安)不安全(?!了吧|吧)(?<!(?:担心|怕会|觉得|总觉得)[^，。！？\s]{0,8}不安全)|怕(?:她|他|我)?(?:会)?出事|(?:害怕|好怕|很怕).{0,6}(?:救|帮帮)|不知道(?:他们|她|他)?在(?:里面|那里|房间里|宿舍里|厕所里)(?:干|做|对她|对他)(?:了)?(?:什么|啥)|(?:让|叫|要|带)(?:她|他|我|孩子|小孩|小朋友)(?:们)?(?:跟|和)(?:他|她)走|(?:陌生|不认识|叔叔|阿姨|男人|女人|男的|女的|大人|社会上的|校外的)[^，。！？]{0,10}(?:拉|抱|拽|拖|牵|扛)(?!下|开)(?:着|走|住)?(?:了)?(?:[^，。！？\s]{0,6}?(?:孩子|小孩|女孩|男孩|女生|男生|学生|朋友|同学)|她|他|我)|往(?:一辆)?(?:车|面包车|汽车|小车|轿车|车子)(?:上|里)(?:拉|拽|拖|走|塞|推|抱|带|扛)|(?:领|拉|牵|带|抱)着(?:她|他|小孩|孩子|小女孩|小男孩|小朋友|一个小(?:女孩|男孩|孩|朋友)|(?:我|她|他)?(?:妹妹|弟弟))(?<!(?:妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|家长|老师|(?:我|她|他)(?:妈|爸)|我(?:大哥|大姐)|(?<!大)姐姐|(?<!大)哥哥)[^，。！？,]{0,6}(?:领|拉|牵|带|抱)着(?:她|他|小孩|孩子|小女孩|小男孩|小朋友|一个小(?:女孩|男孩|孩|朋友)|(?:我|她|他)?(?:妹妹|弟弟)))[^，。！？,]{0,4}往[^，。！？,]{0,10}(?:(?<!公交)车|面包车|汽车|小车|轿车)(?![^。！？]{0,16}(?<!不|说)(?:是我|是她|是他)(?:的)?(?:侄女|侄子|女儿|儿子|妹妹|弟弟|家里人|亲戚))|(?:拉|拽|拖|抱|塞|推|骗)(?:上|进)(?:了)?(?:一辆|他的|她的|他们的)?(?:车|面包车|汽车|小车|轿车)|还没回(?:来|宿舍)|没回(?:教室|班|宿舍|家)|不知道(?:他|她)?去哪(?:了|儿|里)?|(?:叔叔|陌生人|陌生的|男的|男人|阿姨|大人).{0,20}(?:(?:带|接|领|抱)(?:我|她|他|小孩|孩子)走|上(?:他的)?车)|(?:陌生|不认识的?|男的|男人|女的|大人|社会上的)[^。！？]{0,20}(?:带|接|领)(?:我|她|他|小孩|孩子)(?:们)?去(?!上学|学校|医院)|(?:到现在|现在|一直)(?:都)?还?没(?:有)?(?:出来|放出来|开门)|到现在(?:还)?没回/g,
  /\bmissing\b(?! (?:(?:all|his|her|the|a|some) ){0,2}(?:lessons?|class(?:es)?|school|lunch|homework|breakfast|meals?|the bus))(?<!\b(?:trainers|shoes|phone|money|bag|stuff|things|jacket|bike|books?|it|they|them|lunch|snacks?) (?:went |go |goes |are |is |were |was |keep going |kept going )?missing)|\bcant reach\b|\b(?:she|he) (?:still )?(?:isnt|is not|hasnt (?:come|got|gotten)) (?:back )?home\b(?! (?:till|until|before|on|at|when|because|from)\b)|\b(?:goes|went|going) (?:straight )?to voicemail\b|\bnever (?:arrived|got there|made it) (?:at|to) school\b|\bschool says (?:she|he) never arrived\b|\b(?:(?:a|some|the) (?:man|woman|stranger|guy)\b[^.!?]{0,60}|him |her |them )\b(?:took|take|taking|led|leading|lead|pulled|pulling|pull) (?:a|the|my|our) (?:little )?(?:girl|boy|child|kid|daughter|son)\b[^.!?]{0,50}\b(?:car|van|vehicle)\b|\b(?:call|line|phone) (?:got cut off|cut off|went dead|dropped)\b|\b(?:dont|do not|doesnt|does not|didnt) know where (?:he|she|they|my \w+|our \w+) (?:is|are|went|was)\b|\blocked (?:her|him|my|them)sel(?:f|ves) in\b[^.!?]{0,60}\b(?:wont|not|doesnt|isnt|no) (?:answer|answering|respond|responding|come out|coming out|open|opening)\b|\b(?:not|hasnt|hadnt|havent|isnt|wont|didnt|never) (?:been )?(?:answer(?:ed|ing)?|pick(?:ed|ing)? up)(?: (?:her|his|my|the))? (?:phone|calls?)\b|\bphone (?:is )?off\b(?! (?:him|her|me|them|us|my|his|the)\b)|\b(?:hasnt|didnt|not) (?:come|came) home\b|\bdisappeared\b|\b(?:ran|run|running) away\b|\bsleep(?:ing)? outside\b|\bscared to go home\b|\bnot safe\b|\b(?:offered|offers|offering) (?:him|her|them|me|my \w+) (?:money|candy|sweets|a ride|gifts?) to (?:go|come|get)\b|\b(?:man|guy|stranger|adult|grown ?up|lady|woman|someone|somebody|person|driver)\b[^.!?]{0,60}\b(?:ask|asks|asked|asking|invit\w*|tell\w*|told|want\w*|beg\w*) (?:him|her|them|me|us|kids|children|the kids|(?:my|his|her|our) \w+) to (?:come|go|get|look|see|sit|ride)\b[^.!?]{0,40}\b(?:in|into|to|at) (?:his|her|their|a) (?:car|van|truck|house|home|place|flat|apartment)\b|\bscared for (?:my|his|her) life\b|\b(?:tried|try|trying|wanted) to (?:take|grab|lure|drag) (?:her|him|me|us|(?:my|our|his|her) (?:son|daughter|child|kid|kids|brother|sister|girl|boy|friend|cousin))\b|\b(?:get|got|getting|pull(?:ed)?|lur(?:e|ed)) (?:(?:her|him|me|my \w+) )?in(?:to)? (?:his|their|a) (?:car|van)\b|\b(?:scared|afraid|terrified)\b[^.!?]{0,20}\b(?:help|save) (?:me|us)?\b|\b(?:scared|afraid|terrified)\b(?:[^.!?]{0,20}\b|[.!?\s]{1,4})(?:please|pls|plz) help\b|\b(?:and )?(?:nothing|no (?:reply|answer|word|message)) since\b(?! (?:the (?:teacher|school)|that day)\b)(?![^.!?]{0,20}(?<!\bnot )\b(?:fine|ok|okay|good|better|calm|quiet)\b)(?<!\b(?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|term|year)) (?:and )?(?:nothing|no \w+) since)/g,
]

/** Contact with intimate parts or forced undressing: sexual assault, P1 whenever it happened. */
export const ASSAULT_CUES: readonly RegExp[] = [
  CLOTHING_INTRUSION,
  FORCED_UNDRESSING,
  CONTACT_TOLD,
  /性侵|强奸|猥亵|强吻|摸(?:了|过|着)?(?:她|我|他)(?![^，。！？\s]{0,4}?的?(?:头|脸|手|肩|额|背|腰|胳膊|手臂|tou|lian))|摸.{0,3}(?:胸|屁股|下体|隐私|私处|裆|下面)|(?:让|叫|逼)(?:她|他|我|她们|他们|我们|小孩|孩子)(?:们)?(?:摸|碰)(?:他|她)?(?:的)?(?:那里|下面|下体|裤裆|身体|胸)|抓着(?:她|他|我)的手往(?:他|她)(?:的)?(?:那里|下面|下体|裤裆|身上)|乱摸|摸来摸去|动手动脚|扒光|脱光|强行亲|(?:按|压|抱|搂)(?:住|着|在)[^，。！？\s]{0,6}亲(?!戚|人|自|手|爱|生)|被[^，。！？\s]{0,6}摸(?:了|过)(?![^，。！？\s]{0,3}(?:头|脸|手|肩))|扒[^，。！？\s]{0,8}(?:衣服|裤子|裙子)(?![^。！？]{0,20}(?:才知道|原来|其实)是[^，。！？\s]{0,4}(?:裤兜|口袋))|(?:衣服|裤子|裙子|内裤)(?<!(?:男的|男人|叔叔|大人|老头|大爷|那人)[^。！？我她他]{0,20}(?:就|又)?把(?:衣服|裤子|裙子|内裤)).{0,3}(?:扒|脱)(?:(?![^，。！？\s]{0,3}给[^，。！？]{0,8}看)|(?<=(?:叫|让|逼|要|强迫|被)[^，。！？]{0,12}))|脱(?:了|掉)?(?:他|她|我|人|别人)的?(?:衣服|裤子|裙子|内裤)|(?:强行|强迫|逼迫|被迫|逼|硬)(?![^，。！？]{0,6}(?:鞋|袜|帽|眼镜|手表|外套)).{0,6}脱|(?:让|叫|要)[^，。\s]{0,8}脱(?:了|掉|下)?(?:衣|裤|裙|光)(?![^。！？]{0,12}(?:没理|不理|没有理|拒绝|没脱|没答应)(?![^。！？]{0,16}(?:按|硬|强|拽|扒|脱|撕)))/g,
  // A hand put up a skirt or down trousers; touching on the bottom or the chest.
  /\btouch(?:es|ed|ing)? (?:\w+ ){0,5}(?:on |their |her |his |my )*(?:bums?|butts?|bottoms?|chests?|breasts?|boobs|privates|crotch)\b/g,
  /\b(?:put|puts|putting|stuck|sticks) (?:his|her|a|their) hands? (?:up|under|inside|down) (?:\w+ ){0,3}(?:skirt|dress|shirt|top|pants|trousers|shorts|underwear|bra)s?\b|\btouch(?:es|ed|ing)? (?:me|her|him|them) (?:down )?there\b|\b(?:make|makes|made|making|forc\w*) (?:\w+ ){0,6}(?:strip|undress|get naked)\b(?! to change| for (?:swimming|pe|the pool))|\b(?:made|make|makes|making|forced?|forcing) (?:him|her|them|me|\w+) (?:to )?take (?:all |off )?(?:of )?(?:his|her|their|my) (?:clothes|pants|trousers|shirt|top|underwear)\b|\bunderwear (?:on )?(?:backwards|inside out)\b(?![^.!?]{0,30}\bdressed (?:her|him)self\b)/g,
  // A young child brought home with her underwear gone: what was done is plain, whoever says it.
  /\b(?:underwear|knickers|panties) (?:was|were|is|are) (?:gone|missing|off|taken off|removed)\b|(?:内裤|底裤)(?:不见了|没了|被脱了)/g,
  // Touched by night or in bed, said of a child: nothing else needs saying.
  /\btouch(?:es|ed|ing)? (?:me|him|her) (?:at night|in bed|when (?:no one|nobody)|in (?:his|her|my) (?:room|bed))\b/g,
  new RegExp(INTIMATE_CONTACT, 'g'),
  // ... or getting into a child's bed with them ("gets into bed with her when her mom works nights").
  /\b(?:gets?|got|getting|climbs?|climbed|climbing|crawls?|crawled|crawling|comes?|came|coming) (?:in|into) (?:bed|her bed|his bed|my bed) with (?:her|him|me)\b|\b(?:comes?|coming|came|goes|going|went|gets?|getting|got) (?:in|into) (?:her|his|my) (?:room|bed|bedroom) at night\b|\b(?:slap|pinch|smack|touch|grab)(?:s|es|ed|ped|bed|ing|ping|bing)? (?:her|his|my|their|girls|the girls|other girls|peoples?) (?:butts?|bums?|ass|chests?|boobs|breasts?)\b/g,
  /\brape|\bmolest|\bgrop(?:e|ed|es|ing)\b|\btouch(?:ed|es|ing)? (?:her|my|his|me|him|their|a|the)(?: \w+s)? (?:private|privates|breasts?|chest|butt|crotch|down there)/g,
  /(?:裤|裙|衣服|内裤)(?:子)?\s*pull(?:ed|s)? (?:down|off)\b|\bpull(?:ed|s)? (?:down|off) (?:her|my|his|their) (?:pants|skirt|clothes|underwear|trousers)\b|\b(?:pull|tear|rip)\w* (?:\w+ ){0,4}(?:pyjamas|pajamas|pants|skirt|clothes|underwear|trousers|shorts) off\b|\bpull\w* down (?:the |a |an )?(?:girls|boys|kids|other kids|\w+s) (?:pants|skirts|trousers|shorts)\b|\b(?:pull(?:ed|s)? (?:her|my|his|their)|pulling (?:her|my|their)) (?:pants|skirt|clothes|underwear|trousers|shorts|boxers|briefs)(?: and (?:(?:her|my|his|their) )?(?:pants|skirt|clothes|underwear|trousers|shorts|boxers|briefs))? (?:down|off)\b|\bstripped\b|\bforced? .{0,12}undress|\b(?:pants|skirt|clothes|underwear|trousers|shorts) (?:\w+ )?(?:pulled|yanked|ripped|taken) (?:down|off)\b|\bgrab(?:bed|s|bing)? (?:\w+ ){0,3}(?:butt|ass|boobs?|breasts?|chest|crotch)\b/g,
]

/**
 * Photos, videos or personal details spread online: cyber bullying that is P2, not routine. A single space
 * is a pause in a transcript ("拍了视频 发到 抖音上"), not the end of a clause.
 */
export const IMAGES_SPREAD_CUES: readonly RegExp[] = [
  // Recorded, then put up ("被后面的同学偷偷录了 配了音乐 发到快手上").
  /偷拍[^。！？]{0,16}?(?<!要|会|准备|打算)(?:发|传|挂|放)(?:到|在|上|出|给)|(?:录|拍)(?:了|下|成|的)[^。！？]{0,20}?(?:发|传|放|挂)(?:到|在|上|出|给)|(?:录|拍)(?:了|下)[^。！？]{0,8}(?:视频|照片|录像)[^。！？]{0,30}?(?:发|传|放|挂)(?:到|在|上|出|给)/g,
  /(?:照|图|视频|影片|录像|录屏|截图|表情包|地址|手机号|(?<!打)电话)(?:[^\s，。！？,.!?]| (?! )){0,12}?(?:发(?!烧|抖(?!音)|火|呆|现|生|育|芽|言|愁|脾气|誓)|传|转|挂|贴|上传|曝光|卖)|(?:发|传|转|挂|贴|放(?=了|出|到|在|上|我|他|她)|上传|曝光|偷拍|卖|(?<![a-z])po(?![a-z]))(?:[^\s，。！？,.!?]| (?! )){0,12}?(?:照|图(?!钉)|视频|影片|录像|录屏|截图|表情包|自拍|(?<=[些的张][^，。！？\s]{0,3})相)|(?:张|些|的)相[^，。！？\s]{0,4}(?:p到|p成|放上|发上|share)|播放量|转发量|(?:公布|曝光|泄露|发|挂|贴)[^\s，。！？,.!?]{0,8}?(?:地址|电话|手机号|住址|身份证)|人肉|网暴|p图|p成|(?:剪成|做成)(?:了)?(?:迷因|表情包|鬼畜|meme)|换脸|开盒|(?:脸|头|头像|照片|相片)(?:p(?:到|在|成)|p得(?=[^，。！？\s,]{0,3}(?:丑|难看|恶心|像|变态|吓人|猥琐|怪)))|(?:用|拿)(?:我|他|她)的?(?:照片|相片|头像|图片|自拍)(?:去)?(?:注册|做|开|当|冒充|发)|被p(?:了|过|成)|(?:改|修|p|ps)(?:了|过)?(?:我|他|她)(?:的|张|那张)?(?:相片?|照片?|图片?)/g,
  /起底|(?<![a-z])ai[^。！？]{0,12}(?:改|换|p)[^。！？]{0,10}(?:图|相|照片|视频)|(?<![a-z])post[^，。！？\s]{0,6}相|\b(?:video|vid|clip|photo|pic)s? (?:\w+ ){0,3}(?:going round|going around|being shared|spreading)\b|\b(?:took|taking|filmed|recorded|made) (?:a )?(?:video|vid|clip|photo|pic)s?\b[^.!?]{0,100}\b(?:posted|shared|sent|spread|put (?:it|them) (?:on|in|up))\b|\bfilm(?:ed|s|ing)? (?:him|her|me|them)\b[^.!?]{0,40}\b(?:shar(?:e|ed|es|ing)|post(?:ed|s|ing)?|sen(?:d|t|ding))\b|\b(?:edited|fake|photoshopped|doctored|altered) (?:pic|photo|picture|image|video|vid)s? of\b|\b(?:put|puts|posted|shared|sent) (?:my|his|her) (?:photo|pic|picture|video|vid)s? (?:in|on|into|to) (?:the |a |our |their )?(?:class |school |year )?(?:group|chat|gc|story)\b|\bfake (?:pic|photo|picture|image)s? of (?:me|him|her)\b|\b(?:put|puts|stuck|pasted|photoshopped|edited) (?:my |his |her |their )?(?:\w+s? )?faces? on(?:to)? (?:a |an |the )?\w+|\bfaces? (?:was |were |got )?(?:edited|photoshopped|pasted|put) on(?:to)?\b|\b(?:put|puts|stuck|pasted|photoshopped|edited) (?:a )?(?:picture|photo|pic) of (?:my |his |her |their )?(?:\w+ ){0,2}faces? on(?:to)?\b|\b(?:pic|photo|picture)s? of (?:me|him|her)\b[^.!?]{0,40}\b(?:group chat|gc|group|story|online)\b|\bphotoshop\w*|\bdeepfake|\bfake (?:\w+ ){0,2}(?:acc|account|profile|page)s? (?:w|with|using|of) (?:my|her|his) (?:face|photos?|pics?|pictures?|selfies?)\b|\b(?:using|used|uses|use) (?:my|her|his) (?:photos?|pics?|pictures?|selfies?|face) (?:for|on|to make|as|in)\b|\b(?:account|profile|page)s? (?:with|using|of) (?:my|her|his) (?:face|photos?|pics?|pictures?|selfies?)\b|\b(?:put|puts|putting|pasted|pastes|stuck) (?:my|her|his) face (?:on|onto|into)\b|\bedited (?:pics|photos|pictures|videos?)\b|\bdox\w*|\b(?:send|sends|sending|sent|give|giving|gave|post\w*|shar\w*) (?:out )?(?:my|her|his) (?:phone )?number\b|\b(?:photos?|pics?|pictures?|videos?|vids?|clips?|screenshots?|memes?|address|phone number|nudes)\b.{0,60}\b(?:post|shar|spread|send|sent|upload|sell|sold|show)/g,
  /\bfilm(?:ed|ing|s)? (?:me|him|her|them|us|my (?:\w+ )?\w+)\b[^.!?]{0,120}\b(?:story|stories|posted|post|online|shared|sent|everywhere|tiktok|insta|snap|gc|group)\b|\b\d+k? (?:views|likes|shares)\b|\b(?:mak(?:e|es|ing)|made) (?:a |an )?(?:\w+ )?(?:video|vid|meme|tiktok|edit)\b|\b(?:post|shar|spread|send|sent|upload|sell|sold)\w*\b.{0,40}\b(?:photos?|pics?|pictures?|videos?|vids?|clips?|screenshots?|memes?|address|phone number)\b/g,
]

/** "Repeated over weeks", said in so many words. */
export const REPEATED_CUES: readonly RegExp[] = [
  /这一个?多?(?:月|学期)|(?<![上下这本每])俩月|这(?:两|俩|几|[三四五六七八九十])个?多?(?:月|星期|礼拜|周|学期)|(?<![上下这本每])(?:[一二三四五六七八九十两俩几半多]+|好几)整?(?:个多?月(?!来?[一二两三四五六几\d]次)|个?多?(?:星期|礼拜|学期)|个?多?年(?!级|班|[一二三四五六七八九十\d]+班))|(?<![上下这本每一])(?:好几|几|[两三四五六七八九十]+)个?多?周|[两三四五六七八九十]个几(?:月|星期|礼拜)/g,
  /(?<!哭了?|等了?|想了?)(?:好久|很久)|长期|一直以来|(?:自从|从)开学(?:以后|后|起|开始)?|开学(?:到现在|以来)|(?:自从|从)(?:上|这)(?:个)?(?:学期|月)(?:以后|后|起|开始|以来|一直到现在|到现在)|整个学期|这个?学期(?!的)/g,
  /\b(?:\d+|a few|few|couple of|several|many|two|three|four|five|six|seven|eight|nine|ten) (?:weeks|months|years)\b/g,
  /\bsince (?:before )?(?:early |late |mid )?(?:january|february|march|april|may|june|july|august|september|october|november|december|last|the start|the beginning|school started|christmas|easter|half term|the (?:summer|winter|spring) (?:break|holidays?))\b/g,
  /\b(?:all|whole|entire) (?:year|term|semester)\b|\bfor (?:weeks|months|ages)\b|\b(?:weeks|months) now\b|\b(?:for |already )?(?:about |almost |nearly |over |more than |like )?(?:a|one) (?:whole )?(?:month|term|semester|year)\b(?! ago\b)(?<=\b(?:for|already|about|almost|nearly|over|more than|like) (?:a|one) (?:whole )?\w+)/g,
]

/** Who works at a school and is not a pupil: carers and guards act as staff too. */
const STAFF = '老师|班主任|班导|导师|教练|校长|宿管|护工|保育员|保安|门卫|校车司机'

/** A teacher (or other staff) as the one who acts: their conduct takes the category of what was done. */
export const STAFF_ACTOR_CUES: readonly RegExp[] = [
  new RegExp(
    `有(?:个|一个|位)(?:男|女)?(?:${STAFF})|(?:${STAFF})(?:太|很|特别|好|可|非常|超)?(?:凶|严)|(?<!告诉|告|跟|和|给|找|叫|向|对|问|报告)(?:${STAFF})(?:在?[^，。！？\\s]{1,8}?(?:的时候|时)|\\s*(?:中午|早上|晚上|上课|下课|每天|刚刚|刚才|今天|昨天|[一二三四五六七八九十两\\d]+点(?:半|多)?))?(?:会|都|就|也|还|经常|总是|老是|天天|常常|一直)?(?:让(?:每个|全班|我们|学生|孩子|家长)|把(?!(?:他们|她们|那几个人?|那些人|那帮人|打人的|欺负人的)[^，。！？\\s]{0,3}(?:叫|带|喊|请|拉开|分开|批评|送)|(?:我|他|她)(?:分|塞|安排|放)(?:到|进|在)[^，。！？\\s]{0,3}组)|罚|打(?!电话|了电话|过电话|给|(?:家长|他|她|我|你|家里)的?电话)|骂|摸|体罚|扇|踢|揍|留|吼|凶|用|拿|揪|掐|拧|推|踹|扯|拽|抽|戳|捏|敲|关|锁|没收)|被(?:${STAFF})(?:打|骂|摸|体罚|扇|踢|揍|罚|吼|揪|掐|拧|推|踹|扯|拽|抽|关|锁)|(?:${STAFF})[^，。\\s]{0,4}(?:不让|罚)|(?:${STAFF})(?:让|要求|逼)(?:我们|学生|全班|大家|孩子)`,
    'g',
  ),
  /\b(?:a|the|one|his|her|my|our)? ?(?:(?:homeroom|class|form|pe|math|maths|english|music) )?(?:(?:mr|mrs|ms|miss) [a-z]+|teacher|coach|principal|staff member|staff|aide|caretaker|carer|security guard|guard|bus driver)\b(?: (?:at|from|in) [#\w]+(?: [#\w]+){0,2})?(?: (?:used to|would|still|also|even))? (?:keeps|always|often|hits|hit|yells|yelled|touches|touched|punishes|punished|makes|made|grabbed|slapped|locks|locked|kept|shoved|pushed|kicked|hurt|pinched|dragged|grabs|drags|throws|threw|chokes|choked|strangled|burned|bit|twisted|pulled|takes|took|reads|read)\b/g,
]

/** Pupils named as the ones who act, just before a deed ("有人", "同学们", "班上几个男生"). */
export const PUPIL_ACTOR_BEFORE =
  /(?:有人|同学(?:们)?|(?:几|两|三)个(?:男生|女生|人|同学)?|大家|全班)[^，。！？]{0,6}$/

// Words that negate a danger named right after them ("没带刀", "didnt bring a knife"), and the
// phrases that look like negation but are not ("没少打他" = hit him a lot, "wont stop hitting").
/** "she has not said anything about hurting herself": nothing said of what follows. */
export const EN_NOT_SAID_BEFORE =
  /\b(?:not|never|hasnt|didnt|doesnt|havent) (?:said|say|mentioned|mention|talked|talk|spoken) (?:anything |a word )?(?:about|of) $/
export const ZH_NEGATION = /没有|没|未|并非|(?<!是)不是|不会|不打算|不再|再也不|(?<![无毫])无$/
/** After a denial, a verb and its object ("没打我"): the denial ends there, unless a preposition leads ("没对我"). */
export const ZH_DENIED_DEED_DONE = /(?![把对跟和给向被让叫替帮为与同将])\p{Script=Han}(?:我|他|她|你)(?:们)?/u
export const ZH_NOT_NEGATION =
  /没有?良心|没有?人性|没少|没事|没完|没停|没断|没多久|没几天|没人管|没办法|不是第|不止/g
export const EN_NEGATION =
  /\b(?:no|not|didnt|never|without|hasnt|havent|hadnt|wasnt|werent|isnt|arent|dont|doesnt|wont|nobody|neither|nor)\b/
// "if i dont send them 50" sets a condition: it denies nothing.
export const EN_NOT_NEGATION =
  /\b(?:wont|dont|doesnt|didnt|never|not|cant)\s+(?:stop|stopped|only|just)\b|\bno\.? ?(?=[\d#])|\b(?:if|unless) (?:i|u|you|he|she|we|they) (?:dont|doesnt|do not|does not|wont|not)\b|\b(?:not|dont|doesnt) (?:give|pay|bring|do|hand|listen|come|go|obey)\w*(?= (?:they|he|she|we|i|you)$)/g

/** Cries of a child being hurt, heard by the tipster. */
export const DISTRESS_CUES: readonly RegExp[] = [
  /惨叫|尖叫|哭喊|哭着喊|喊救命|求救|求饶|\bscream(?:s|ed|ing)?\b|\bcrying for help\b|\bbegging (?:them |him |her )?to stop\b|\byelling for help\b/g,
]

/**
 * Fear or a plea said as the child writes ("我好怕 怎么办", "im so scared what do i do"): with a harm named,
 * a habit not told and nothing placing it in the past, nobody knows yet whether the child is safe (P1).
 */
export const PLEA_CUES: readonly RegExp[] = [
  // A fear of what may come ("我怕他们打我", "afraid of getting kicked") is no fear of now.
  /怎么办|咋办|点算|点办|谁能帮|求求你|求你们|帮帮我|(?:好怕|好害怕|很害怕|很怕|怕死了|吓死|我害怕|我怕)(?![他她被会去])/g,
  /\bwhat (?:do|should|can) (?:i|we) do\b|\bidk what to do\b|\bdont know what to do\b|\b(?:im|i am|were|we are) (?:so |really |rly |very )?(?:scared|terrified|afraid|frightened)\b(?! (?:of|to|that)\b)|\bhelp\b/g,
]
/**
 * A deed said in the English progressive ("theyre banging on the door", "two girls are pulling her hair"),
 * also with the place said first ("are outside her house throwing rocks").
 */
export const PROGRESSIVE_EN =
  /\b(?:theyre|they are|hes|he is|shes|she is|is|are) (?:still )?(?:(?:outside|inside|in front of|behind|at|by|near|in) (?:\w+ ){1,3}?)?(?!going\b|gonna\b|being\b|getting\b|having\b|doing\b|using\b|saying\b|telling\b|talking\b|asking\b|trying\b|feeling\b|threatening\b|bullying\b|calling\b|spreading\b)[a-z]{2,}ing\b/g
/** A stranger's presence said to be now, whatever earlier visit the tip tells ("上次那个男的又来了 … 现在还在"). */
export const STRANGER_STILL_THERE = /现在还在|\bstill there\b|\bright now\b|\brn\b/
/** An unknown adult by a child and there now ("有个男的在校门口一直盯着我 现在还在"): nobody knows yet what they want. */
export const STRANGER_NOW_CUES: readonly RegExp[] = [
  /(?:陌生人|陌生的|不认识的|有个(?:男的|男人|女的|大人|叔叔)|那个(?:男的|男人|怪叔叔))[^。！？]{0,20}(?:现在还在|还在(?:门口|外面|那儿|这儿|那里|这里)|一直(?:盯着|跟着|看着)|叫(?:她|他|我)们?上(?:他的?)?车|跟(?:到|着我到)现在)/g,
  /\b(?:a stranger|some (?:man|guy|adult)|a (?:man|grown man|guy|adult) (?:i dont know|in a car|by the gate|at the gate))\b[^.!?]{0,40}\b(?:still there|rn|right now|watching (?:me|us|her|him))\b/g,
]
/**
 * Those the child fears just outside where the child is ("我在厕所 他们在外面", "im in the bathroom they are
 * outside the door"): cornered now. Someone outside to queue, play or wait for a bus is not.
 */
export const THEY_OUTSIDE_CUES: readonly RegExp[] = [
  /(?:他们|她们|那几个人?|那些人|那帮人|那群人|几个人)(?:还|都|就|一直|又)?(?:在|守在|堵在|站在|等在|围在)(?:厕所|宿舍|教室|门|楼道|校)?(?:外面|门口|门外|外边|楼下)(?![^，。！？\s]{0,3}(?:玩|吃|聊|排队|上课|等车|等公交|踢球|打球|打篮球|打羽毛球|跳绳|发传单|等我一起|一起))/g,
  /\b(?:theyre|(?:they|the (?:\w+ )?(?:boys|girls|kids|guys)|some (?:\w+ )?(?:boys|girls|kids|guys)) (?:are|is)) (?:still )?(?:right )?(?:outside|at the door|by the door|outside the (?:door|stall|bathroom|toilet|room|classroom))\b(?! (?:\w+ ){0,2}(?:playing|chatting|talking|eating|having lunch|waiting for (?:the|a|us) (?:bus|car|teacher|ride)|waiting for (?:me|us) to (?:play|eat|go)))/g,
]
/** The child saying where they are ("我在厕所", "我躲在隔间", "im in the bathroom"). */
export const CHILD_PLACE =
  /\b(?:called|calling|texted|texting|messaged) (?:me )?from (?:inside )?(?:the|a) (?:school )?(?:toilets?|bathroom|stall|storeroom|closet)\b|我(?:现在|还|正)?(?:在|躲在|藏在|被关在|被锁在|困在)(?!家)[^，。！？\s]{1,8}|\b(?:im|i am) (?:still )?(?:hiding |stuck |locked )?(?:in|inside|under|behind) (?:the|a|my)\b/
/** A tip that is a cry and nothing else ("help", "救命", "they r here"): nobody knows yet what is wrong. */
export const CRY_ONLY =
  /^(?:(?:pls|plz|please|someone) )?(?:help(?: me| us)?(?: (?:pls|plz|please|now))?|sos|(?:they are|theyre) here(?: again| now)?|救命|救我|救救我|快来|来人|他们(?:又)?来了)$/

/** The road before a danger word: traffic, crossings, cars driven fast. */
export const ROAD_BEFORE =
  /马路|过马路|红绿灯|路口|车(?:开|速)|车辆|交通|斑马线|\b(?:road|traffic|crossing|cars?)\b/
/** A child who says they are in danger or hiding: P1 unless the tip places it in the past. */
export const DANGER_CUES: readonly RegExp[] = [
  // Under the covers a child hides from the day ("躲在被子里哭"), unless someone is at the door.
  /有危险(?<!(?:会不会|会|怕|担心|可能)有危险)|很危险|我(?:现在|正|还|只能|偷偷)?(?:躲|藏|匿)(?:起来|进|在|埋)(?:(?!被子|被窝)|(?=[^。！？]{0,20}(?:他们|有人|那些人|那帮人|那几个(?:人|女生|男生)?)[^。！？]{0,6}(?:敲|踹|砸|找|等|打|撞|守|喊|叫|追|堵|拖)))/g,
  /\bin danger\b|\b(?:im|i am|were|we are|hes|shes|is) hiding\b/g,
]

/**
 * A sign of now denied within its own words ("现在不打了", "still not there"). A potential complement
 * ("打不开", "出不来": cannot open, cannot get out) is no denial.
 */
export const NEGATED_INSIDE =
  /^(?:现在|正在|还在|一直)(?:已经|也|都)?(?:不|没|别)|(?:没|不)(?:有)?再(?=打|踢|揍|欺负|找|骂|堵)|\b(?:not|no longer|never)\b/

/** Injuries that need help whenever they are reported, unless the tip places them in the past. */
export const SEVERE_INJURY_CUES: readonly RegExp[] = [
  // Bleeding as the tipster speaks, or an ambulance asked about now ("头上在流血 … 要不要叫120").
  /(?:正|还|一直)?在流血|(?:要不要|该不该|快|赶紧|需要|得)(?:帮忙)?(?:叫|打)(?:个)?(?:120|救护车)|\b(?:should i|do i|do we|should we|need to|someone) call (?:an )?(?:ambulance|120)\b|耳朵(?:里)?(?:流血|出血)|听不见了|\bbleeding from (?:his|her|my|the) (?:head|ears?|mouth)\b|\bblood (?:coming )?(?:out of|from) (?:his|her|my) (?:ears?|nose|mouth)\b|\bcant hear\b|(?:一直)?躺在[^，。！？]{0,8}(?:没人管|起不来|不动)|(?:一直|不停|还在)(?:吐|呕吐)|满脸(?:是)?血|脸上(?:都|全)是血|一脸(?:的)?血|\bbent (?:weird|funny)\b|\b(?:arm|leg|wrist|ankle|elbow|knee)s?\b[^.!?]{0,20}\bbent the wrong way\b|\bcovered in blood\b|\b(?:wont|cant|doesnt|will not) stop bleeding\b/g,
  /(?:腿|胳膊|手臂|手|骨头|鼻梁|肋骨)(?:都)?(?:被)?(?:摔|打|踢|踩|撞)?(?:断|折)了|骨折|动不了|走不了路|走不动路?|站不起来|起不来|抬不起(?:手|胳膊)|抬不起头(?<!(?:就是|觉得|感觉|让(?:他|她|我)|面前|羞得|笑得|笑话得|骂得|说得|丢人|丢脸|没脸|羞愧得?|自卑得?|在(?:班上|班里|学校|全班|同学|大家)[^，。！？,]{0,4})抬不起头)|抬不起头(?<=(?:疼|痛|晕|打|踢|揍)[^，。！？,]{0,4}抬不起头)|骨头(?:都)?露(?:出来|在外面)(?<!瘦得?[^，。！？]{0,3}骨头(?:都)?露(?:出来|在外面))|血(?:一直|还在|还|不停地?|止不住地?)(?:在)?(?:流|往外冒|冒)|(?:划|割|伤口|口子)[^，。！？\s]{0,3}(?:很|好|特别|太|有点)深(?<!(?:不|没|不是|没有)(?:很|好|特别|太|有点)深)|一直(?:想)?吐|没醒|醒不过来|昏迷|晕过去|打晕|晕倒|不省人事|叫不醒|没有呼吸|没呼吸|喘不(?:过|上|了)气|透不过气|满脸是血|血流不止|止不住|流了?(?:好多|很多|一地)血|吐血|(?:还|一直|现在)(?:躺|倒|趴)在地上|头很晕|头好晕|(?:没|没有|失去)(?:了)?知觉|冻僵|冻伤|救护车|叫了120|送(?:去|到)?(?:医院)?急诊|送医院/g,
  /\bbroke(?:n)? (?:his |her |my )?(?:arm|leg|nose|ribs?|wrist|jaw)\b|\b(?:cant|cannot|can not) (?:move|get up|breathe|stand(?: up)?|walk)\b|\b(?:arm|leg|wrist|ankle|nose) (?:looks|is|seems) broken\b|\bunconscious\b|\bnot waking up\b|\b(?:not|isnt|wont) (?:getting|get) up\b|\bwont wake up\b|\bpassed out\b|\b(?:not|isnt|wasnt) breathing\b|\bknocked out\b|\bambulance\b|\b(?:not|isnt|wasnt|stopped) moving\b|\bwont (?:move|respond)\b|\bnot responding\b|\bstill (?:lying|laying) (?:there|on the (?:ground|floor))\b|\bbleeding (?:a lot|badly|heavily|everywhere)\b|\b(?:(?:my (?:son|daughter|brother|sister|friend)|he|she) (?:is|s)|hes|shes) (?:still |now )?in (?:the )?hospital\b(?! (?:a lot|(?:again )?for (?:his|her) (?:asthma|appendix|allergies|operation|illness|check ?up))\b)(?![^.!?]{0,20}\brecover)/g,
]
/**
 * Signs that an injury needs help now (sleepy or confused after a blow, slurred words, sight dimmed,
 * vomiting, blood in the urine, pain at every breath): read only where a blow is named, whatever is
 * said of the pain.
 */
export const INJURY_DANGER_SIGNS: readonly RegExp[] = [
  /一直(?:在)?(?:流血|出血)|流血不止|血(?:一直)?止不住|一直(?:说)?想睡觉|迷迷糊糊|说话(?:都|也)?(?:有点)?说不清|看不清(?:东西)?|看东西(?:都)?(?:是)?模糊|眼前发黑|一(?:站起来|走路|动)就(?:想吐|晕|疼得受不了)|吐了(?:一|两|好几)?次|(?:一直|不停|还在)(?:吐|呕吐)|尿(?:出来)?(?:是)?(?:红的|血)|尿血|喘气都疼|呼吸都疼|一碰就(?:喊)?疼/g,
  /\b(?:sleepy and confused|confused|keeps asking what day|cant see properly|blurry|threw up|throwing up|vomit\w*|blood when (?:he|she|i) pees?|blood in (?:his|her|my) (?:pee|urine)|hurts to breathe|bent sideways|white as a sheet|(?:very |really |so )?sleepy|talking (?:a bit |really |very |so )?slow(?:ly)?|slurr\w*)\b/g,
]
/** A severe injury told as how the child is now ("he wont wake up", "还没醒"): no date elsewhere makes it past. */
export const SEVERE_STILL =
  /没醒|醒不过来|叫不醒|昏迷|不省人事|没有?呼吸|还|一直|现在|在流血|要不要|该不该|快|赶紧|需要|\bcall\b|\b(?:wont|isnt|still)\b|\bnot (?:waking|breathing|responding|moving)\b|\bunconscious\b|\bin (?:the )?hospital\b/
/** A date in the past: whatever it is said of, the tip tells of then. */
export const DATED_PAST =
  /昨天|前天|(?:寒假|暑假)(?:前|以前|之前)(?![^，。！？\s]{0,4}(?:要|会|准备|打算))|前个(?:礼拜|星期)|前几天|前些天|前年|(?:[一二三四五六七八九十两几半\d]{1,3}|好几)(?:年|个月|个星期|个礼拜|周|天)(?:以)?前|昨儿|前儿|昨个|上周|上个?(?:星期|礼拜)|上个月|上次|上学期|去年|\byesterday\b|\blast (?:week|month|time|term|year|night|weekend|semester|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<!\b(?:mins?|minutes?|hours?|hrs?) )\bago\b|\b(?:weeks|months|a few weeks|a few months|a while) back\b/
export const PAST_DATES: readonly RegExp[] = [new RegExp(DATED_PAST.source, 'g')]
/** A harm held over the child on a condition, said just before it ("要是不帮他们写作业 就让我在全班面前把"). */
export const ON_CONDITION_BEFORE =
  /(?:如果|要是|假如|万一|只要|敢|不(?:帮|给|交|带|听话|写|去|来))[^。！？]{0,20}就(?:要|会|让|叫|逼)[^，。！？\s]{0,10}$|\bif (?:i|you|he|she) (?:dont|don't|do not|tell|refuse)\b[^.!?]{0,30}$/
/** What follows "如果…就": the consequence of a condition, not what is going on ("如果我告老师 就在路上堵我"). */
export const CONSEQUENCE_BEFORE = new RegExp(
  String.raw`(?:如果|要是|假如|万一|只要|敢|${UNPAID}|不(?:看|听话|听|去|来|做|写|帮|答应|同意))[^。！？!?]{0,20}就[^，。！？\s]{0,2}$`,
)
export const PAST_CUES = new RegExp(
  String.raw`${DATED_PAST.source}|之前|以前|(?:打|揍|踢|扇|推|欺负|关)过|后来|已经好了|已经没事`,
)
/** An earlier report referred to ("上次说的那个事", "like i said last time"): a date of the telling. */
export const EARLIER_REPORT =
  /(?:上次|之前|以前|昨天)(?:跟你们|和你们|给你们|向你们|我)?(?:说|讲|提|反映|举报|报)(?:过)?的|\b(?:like i|as i|what i) (?:said|told you|reported) (?:last time|before|yesterday)\b/g
/** The past told as the pattern of what goes on now ("上次他们就是这样…"): a warning, not a date. */
export const PRECEDENT =
  /(?:上次|上回|之前|以前)(?:他们|她们|他|她)?(?:也|就)(?:是)?(?:这样|这么)|\blast time (?:they|he|she) did (?:this|that|the same)\b|\bthats (?:what|how) (?:they|he|she) (?:did it|got (?:me|him|her)) last time\b/g
/** A time that dates the telling ("she told me tonight that…", "今天才跟我说"), not the harm. */
export const TOLD_BEFORE_TIME =
  /\b(?:told|tells|said|says|texted|messaged|mentioned|admitted|confided|asked)(?: (?:it|that|this))?(?: to)?(?: (?:me|us|him|her|them|my \w+))?(?: (?:this|on))? $/
/** The tip says the threat gave no time ("没说什么时候", "didnt say when"): no time set, whatever else it dates. */
export const NO_TIME_SAID =
  /(?:没|没有|未)(?:说|提|讲)(?:具体)?(?:什么时候|啥时候|哪天|几点|时间)|\b(?:didnt|did not|doesnt|does not|never) say when\b|\bno (?:time|day) (?:was )?(?:said|given|set)\b/
/** A time said as a clause ("said when i get off the bus"): what was said, not when it was said. */
export const CLAUSE_TIME = /^when\b/
/** What follows a time that was said, not when it was said: "said tonight they will come". */
export const FUTURE_SAID_AFTER =
  /^\s*(?:they|he|she|we|you|i) (?:will|are going to|is going to|am going to|gonna|are gonna|is gonna)\b/
/** A telling just after a time in English ("today in class the classmate tell him i will kill you"). */
export const TOLD_AFTER_TIME_EN =
  /^(?:(?!\b(?:will|gonna|going to|wanna)\b)[^.!?]){0,24}?(?<!\b(?:cant|dont|didnt|wont|not|to|cannot|never|should|can|could) )\b(?:tell|told|tells|said|say|says)\b(?= (?:him|her|me|us|them|my)\b)/
export const TOLD_AFTER_TIME =
  // A call or video call gives the time of the telling ("晚上打电话的时候说").
  /^[^，。\s]{0,2}?(?:才|刚)(?:说|讲)(?:了)?(?:实话|出来|真话)|^[^，。！？]{0,12}?(?:才肯(?:说|讲)|才知道|才发现)|^[^，。\s]{0,2}?(?:打电话|视频|通电话|开视频|语音)(?:的时候|时)|^[^，。\s]{0,4}?(?:才|刚)?(?:(?:跟|和|对|向)(?:我|我们|妈妈|爸爸|老师|家里)(?:说|讲|哭诉)|告诉(?:我|我们))|^[^，。\s]{0,4}?(?:后|以后)?(?:一)?回(?:来|家|到家)(?:后|以后)?(?:就)?(?:哭着)?(?:跟我|和我|对我)?(?:说|讲|哭)/

/**
 * A near time dated after it ("after school yesterday", "at lunch last friday"), or said as the hour the
 * tipster writes in ("its after school now", "现在放学了"): no time set for harm to come.
 */
export const TIME_PAST_OR_NOW_AFTER =
  /^\s*(?:yesterday|last (?:night|week|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the other day|now\b(?! (?:theyre|they are|he is|hes|she is|shes|they will|he will|she will)\b))|^了(?![^，。！？\s]{0,4}(?:要|会|就|再|还))/
export const NOW_BEFORE_TIME = /\b(?:its|it is) (?:already )?$|(?:现在|已经|都)$/

/** Escaped narrowly: "差点喘不过气" did not happen. */
export const NEAR_MISS = /(?:差点|差一点|险些|几乎|\balmost|\bnearly)[^，。,.]{0,4}$/

/** The tipster says it is over and all is well now: the day's earlier times are past ("现在没事了"). */
export const ALL_CLEAR =
  /(?:现在|已经)(?:人)?(?:在|回)(?:到)?(?:我|她|他)?(?:们)?家(?:了|里)?(?![楼门外附里的])(?![^。！？]{0,20}(?:楼下|门口|门外|单元门|按门铃|敲门))|现在没事|是我多心了|原来是在玩|(?:今天|目前|暂时)(?:还)?没事|已经没事|没事了|(?:弟弟|妹妹|哥哥|姐姐|孩子|儿子|女儿|人)(?:人)?没事(?!吧|吗|啊\?)(?![\s，,]{0,2}(?:可|但|不过))|(?:现在|如今)[^，。！？\s]{0,6}过得(?:很|挺|还)好|已经解决|已经好了|现在(?:是|也)?好了|\b(?:im|were|hes|shes|everyones|everyone is|we are|i am) (?:all )?(?:ok|okay|fine|safe) now\b|自己出来了|\bits over now\b|\b(?:its|it is|thats) (?:all )?over but\b|\ball (?:fine|good|ok|okay)\b(?<!\bnot all (?:fine|good|ok|okay))|\b(?:shes|hes|she is|he is) (?:ok|okay|fine|safe|alright)\b(?<!\b(?:says|said|insists|claims|tells me|told me|think|thinks|hope|guess|suppose) (?:shes|hes|she is|he is) (?:ok|okay|fine|safe|alright))(?! now\b)(?! (?:at the moment|for now|yet|right now|so far))(?![^.!?]{0,6}\bbut\b)|\b(?:he|she|they|the (?:boy|girl|kid|child)) (?:went|has gone|is) back (?:to|in|into) (?:class|lessons?|school)\b|\b(?:hes|shes|he is|she is) (?:back )?home (?:with (?:me|us)|now|safe)\b|回(?:去)?(?:教室)?上课了/
/** A missing child found, said before the telling of why they went ("今天早上在同学家找到了 他说不敢回家"). */
export const FOUND_BEFORE = /找到了(?:他|她|孩子|人)?(?=$|[\s，。！？])/
/** The missing child found or back ("找到了 在他姥姥家", "她回来了", "hes fine"): it ends the alarm whoever raised it. */
export const FOUND_AGAIN =
  /原来是(?![^。！？]{0,10}(?:吗|\?|？|不确定))|\b(?:hes|shes|he is|she is) (?:fine|ok|okay|safe|home)\b|(?:她|他|孩子)(?!们|爸|妈|哥|姐|弟|妹)(?:已经|后来)?(?:昨晚|昨天晚上|半夜|晚上|夜里|凌晨|早上|今早)?(?:[一二三四五六七八九十两\d]+点(?:多|半)?)?回来了(?![^。！？]{0,16}(?:又|但|可|却))|(?<!\b(?:havent|hasnt|have not|has not|not|never|cant|couldnt|didnt|yet to) (?:\w+ )?)\bfound (?:her|him)\b(?! (?:crying|hurt|bleeding|unconscious|injured|lying|in a|on the|with (?:cuts|blood|bruises)|phone|bag|bike|coat|shoes?|jacket|backpack|things|stuff))|(?:找到|找着)了(?=[^。！？]{0,6}在[^，。！？\s]{0,6}家)(?![^。！？]{0,30}(?:不放|不让|不肯|不给|扣着|关着))|在[^，。！？\s]{1,10}找到(?:了)?(?:他|她|孩子|人)?(?:了)?(?=$|[\s，。！？])|\b(?:she|he) (?:just )?(?:walked in|came home|is home)\b/
/** The child said to be safe ("人没事", "已经接到了", "false alarm"): not a correction of what was written. */
export const SAFE_NOW =
  /人(?:都|也)?没事(?!吧|吗)|已经接到(?:了|孩子|她|他)|(?:已经)?接回来了|虚惊一场|\bfalse alarm\b/
/** A mistake owned ("是我搞错了", "my bad"): what the tipster wrote before was wrong. */
export const MISTAKE_OWNED = /(?:是我|我)(?:搞错了|弄错了|误会了)|\bmy (?:bad|mistake)\b/
/**
 * The tipster's own alarm settled: the child safe, or a mistake owned. It ends a missing child told
 * before it, unless another child was named there ("有个同学被带走了 … 我这边已经接到孩子了").
 */
export const ALARM_RESOLVED = new RegExp(`${SAFE_NOW.source}|${MISTAKE_OWNED.source}`)
/** Staff or the school not answering the tipster's call is no child unreachable. */
export const STAFF_CALLED_BEFORE =
  /(?:老师|班主任|班导|导师|学校|校长|宿管|主任)(?:的)?(?:电话|手机)?(?:也|都)?$/
/** Another child named just before a missing child ("有个同学被带走了", "the boy they jumped"): resolving the tipster's alarm is not theirs. */
export const OTHER_CHILD_BEFORE =
  /(?:有个|那个|另一个|别的)(?:同学|孩子|小孩|男生|女生|男孩|女孩|朋友|室友)|我(?:的)?(?:同学|朋友|室友|同桌)|(?:跟他|跟她)一起[^，。！？\s]{0,4}(?:的)?(?:那个)?同学|\b(?:her|his|my) friend\b|\b(?:the|that|another|some) (?:boy|girl|kid|student)\b/
/** After a harm someone thought had happened: that it did ("问了才知道是真的"). */
export const CONFIRMED_AFTER = /是真的|真的被|\bit was true\b|\bturns out (?:he|she|they) (?:was|were|had)\b/
/** After an accident told: what doubts it ("可她两条胳膊全是淤青", "像被人勒过"). */
export const ACCIDENT_DOUBTED = /^[^。！？.!?]{0,30}(?:可|但|不过|像被|\bbut\b|\blike someone\b)/
/** The tipster's own child, named where an alarm is resolved ("我这边已经接到孩子了", "about my daughter"). */
export const OWN_CHILD =
  /我(?:的|家)?(?:女儿|儿子|孩子|孙子|孙女|闺女|弟弟|妹妹)|接到孩子|\bmy (?:daughter|son|kid|child|brother|sister)\b/
/** An injury the child says no longer hurts ("现在不疼了"): it ends pain and bleeding, not worse. */
export const NOT_HURTING =
  /(?:现在|已经)(?:也)?不(?:疼|痛)了|(?:现在|已经)(?:都|也)?(?:结疤|结痂|消肿)了|\b(?:doesnt|does not|dont) hurt (?:anymore|now)\b/
export const PAIN_OR_BLEEDING = /疼|痛|流血|出血|bleed|hurt/
/**
 * Those who did it gone ("他们都散了", "they ran off"): it ends what they were doing, not an injury, a
 * threat for later or harm to someone they took.
 */
export const AGGRESSORS_GONE =
  /(?<!跟|和|同|随)(?:他们|她们|那几个人?|那些人|那帮人|那群人|那个人)(?:已经|都|就|才)?(?:走了|跑了|散了|离开了)(?!过来|过去|进来|进去|上来|回来)|\bthey (?:all )?(?:left|ran off|went away|are gone|were gone)(?=$|[.,!?;]| and\b| but\b| so\b| after\b| when\b)/
/** All calm now ("现在班里很平静", "its been calm since"): said of a matter long settled. */
export const CALM_NOW = /很平静|挺平静|平静了|\b(?:calm|quiet) (?:now|since)\b|\bbeen calm\b/

/**
 * After a time, how the child sleeps since ("这几天晚上老做噩梦") or the day they stay away ("今天在家没敢去学校"):
 * a state, whatever else is said.
 */
export const SLEEP_OR_STAYING_AWAY_AFTER_TIME =
  /^(?:都|老|总|老是|总是|经常)?(?:做噩梦|睡不着|失眠|哭醒|惊醒|尿床)|^(?:都|也|就)?(?:在家|请假|请了假)?(?:没敢去|没去)(?:上学|学校)/
/** After a time of day, how the child has been since ("现在晚上都不敢关灯睡觉"): a state, not a time set for harm. */
export const STATE_SINCE_AFTER_TIME = /^都(?:不敢|不肯|睡不着|做噩梦|哭|失眠|尿床|吓醒)/
/** After a harm: it has stopped ("the boys who were taking his money stopped after the officer came"). */
export const STOPPED_AFTER =
  /^[^.!?。！？]{0,40}\b(?:stopped|have stopped|has stopped)\b|^[^。！？]{0,16}(?:已经|后来|现在)(?:都)?(?:停了|不再|没再|不敢了)/
/** What was thought, then what turned out ("以为…结果", "thought they would … but they just"). */
export const TURNED_OUT_AFTER =
  /^[^。！？.!?]{0,12}(?:是我看错了|我看错了|搞错了|是误会|误会了)|^[^。！？.!?]{0,20}(?:结果|其实|原来|没想到)|^[^.!?]{0,30}\b(?:turns out|turned out|but (?:they|he|she) (?:just|only))\b/
/** Before a harm: only what someone feared had happened ("我还以为叫人打了", "thinking he was being beaten up"). */
export const MISTAKEN_BEFORE =
  /(?:还|本来)?以为[^，。！？]{0,10}$|\b(?:thought|thinking|assumed|worried that)\b[^.!?]{0,24}$/
/** An injury from an accident or a game ("是自己在操场摔的", "it was from a basketball game"). */
export const ACCIDENT =
  /(?:骑|玩|跑|打球)[^，。！？\s]{0,6}摔(?:的|伤|倒)|自己(?:在[^，。！？\s]{0,6})?(?:摔|撞|磕|碰)(?:的|伤|倒)|不小心(?:摔|撞|磕|碰)|\b(?:it was|was) (?:from|during) (?:a |the )?(?:\w+ )?(?:game|match|practice|fall|accident)\b|\ban accident\b|\b(?:it was|from|during|playing) (?:football|soccer|basketball|pe|sports?)\b|\bfell (?:over |down )?(?:on|by) (?:his|her|my) own\b|\b(?:nobody|no one|noone) did (?:it|this|that) to (?:him|her|me)\b/
/** Marks on the body that tell of an injury, not of what caused it. */
export const INJURY_MARK = /bruis|青一块|青了|淤青|发紫|肿/
/** After a wait: the waiting is to go somewhere together ("等我一起去吃饭"). */
export const TOGETHER_AFTER =
  /^[^，。！？]{0,4}一起(?:去)?(?:走|吃|玩|回家|上学|食堂|上课|书店|补习|写作业|打球|逛)/
/** Words of a threat being made ("放话", "扬言", "说要"): what follows is threatened, even when set for a time. */
export const THREAT_SPEECH =
  /放话|扬言|威胁|说要|说会|\bthreaten\w*\b|\bsaid (?:they|he|she)(?: will| would|ll|d)\b/
/** After a weapon denied: a "but" that leaves it in doubt ("没找到刀 可他一直摸着口袋"). */
export const DOUBT_AFTER =
  /^[^。！？!?]{0,16}(?:可|但是?|不过|却|结果)[^。！？]{0,16}(?:刀|亲眼|看见|看到|看得|清清楚楚|藏|摸|掏|开过刃|真的|其实有|拿出来)|^[^.!?]{0,40}\b(?:but (?:he|she) (?:keeps|still|is|really)|keeps? (?:patting|touching|checking|reaching|staring)|i saw (?:it|him))\b/
/** A wound or its marks, as a self-harm cue names them. */
export const WOUND_MARK = /口子|划痕|割痕|刀痕|伤口|疤|血|\b(?:cuts?|scars?|wounds?|marks?)\b/
/** Another child cutting the one the tip is about ("同学拿美工刀划他的手背", "he cut my son with a blade"). */
export const CUT_BY_OTHERS =
  /(?:拿|用)[^，。！？]{0,8}(?:刀|刀片|圆规|剪刀|玻璃)[^，。！？]{0,4}(?:划|割|扎|戳)(?:了|伤|破)?(?:他|她|我)|被(?:同学|他们|她们|人|那几个人?|几个人)[^，。！？]{0,6}(?:划|割)(?:伤|破|了)|\b(?:cut|slashed|sliced|scratched) (?:him|her|me|my \w+) with\b/
/** Insults or pictures put in a group ("群里骂她", "posted pics of him"): abuse in the group, not only being left out of one. */
export const IMAGES_OR_WORDS_POSTED =
  /群里[^。！？]{0,8}(?:骂|笑|嘲|发|传|说(?:我|他|她))|在(?:群)?里面[^。！？]{0,6}(?:骂|笑|嘲|说(?:我|他|她))|(?:发|传|p)[^，。！？\s]{0,4}(?:照|图|视频)|\b(?:post\w*|shar\w*|sent|sending)\b[^.!?]{0,20}\b(?:pics?|photos?|videos?|memes?|mean|insults?)\b|\btrash about\b|\btalk\w* about (?:me|him|her)\b|\bunfollow/
/** A group made to leave a child out ("建了个小群 就没拉我", "a new group chat without me"): exclusion, not cyber abuse. */
export const GROUP_WITHOUT =
  /(?:群|group|gc)[^。！？]{0,12}(?:没拉|不拉|不带|没有)(?:我|他|她)|(?:没拉|不拉|不带)(?:我|他|她)(?:进群|进去)?|\b(?:group|gc|chat)\b[^.!?]{0,12}\bwithout (?:me|him|her)\b/
/** Past events named as such ("前天晚上的事"): a cry about them is no cry of now. */
export const PAST_EVENT_SAID =
  /(?:昨天|前天|上周|上个?礼拜|上星期|上个月|那天)[^，。！？\s]{0,4}的事|\b(?:happened|was) (?:yesterday|last (?:week|night|month))\b/
/** An earlier one of the same ("上次那场取消了"): not this one. */
export const EARLIER_ONE = /上次|上回|之前|\blast (?:time|one)\b/
/** A fight arranged rather than fought: called off after it, it never happened. */
export const ARRANGED_FIGHT = /约架|干架|打架|打(?:一|个)架|单挑|\bfight\b/
/** A fight or plan called off after its time ("本来说好今天放学约架的 后来取消了"). */
export const CALLED_OFF =
  /(?<!(?:说|上次|上回|那场|那次|假装|骗)[^，。！？\s]{0,6})(?:(?:架|约|打|那场|计划|见面)[^，。！？]{0,16}(?:取消了|作罢)|没打成|没(?:有)?打起来|是(?:个|一场)?误会|(?<!(?:跟|和|对)(?:他们|她们|他|她)(?:讲|说)[^，。！？\s]{0,2})不打了|(?:才知道|原来)是[^，。！？\s]{0,12}(?:比赛|训练|表演|活动)|(?:问|说|讲)清楚了[^。！？]{0,4}(?:是|原来)[^，。！？\s]{0,8}(?:一起|比赛|玩|打球|误会|开玩笑)|(?:是|都是|只是)谣言|啥事(?:也|都)没有|什么事(?:也|都)没(?:有|发生))|(?<!\b(?:said|say|says|saying|claim\w*|pretend\w*|last time|last one)\b[^.!?]{0,12})\b(?:fight|it|plan|meet\w*)\b[^.!?]{0,20}\b(?:called (?:it )?off|cancel(?:l)?ed)\b/
/** After a plan called off, what says it is on after all ("其实是骗老师的 改在网吧后面打", "now theyre saying tonight"). */
export const STILL_ON_AFTER =
  /结果|又(?:打电话)?(?:叫|约)|其实|骗|假的|(?:可是|可|但是?|\bbut\b)[^。！？.!?]{0,12}(?:现在|又|还是要|私下|\bnow\b|\boutside\b|\bstill\b|\bwill\b)|已经在[^，。！？\s]{0,4}(?:楼下|门口|外面)|还是不放过|改(?:在|到|成)|还是要|照样|又约|不听|今晚|明天|晚上|\bonly said\b|\binstead\b|\bstill (?:on|gonna|going)\b|\b(?:tonight|tomorrow|later)\b/
/** "要钱倒是没有要过": a thing named and denied at once. */
export const TAKEN_BACK_AFTER = /^(?:倒是|倒)(?:没有|没)/
/** Sent on to whoever reads the tip: evidence, not a spreading. */
export const TO_THE_POLICE_AFTER =
  /^(?:给|过来给|到)?(?:你们|您|警察|警官|这里|这边)|^\s*(?:it |them |these |those )?(?:to )?(?:you|u|the police|the officer)\b/
/** "全是文字没图", "no photos just words": the tip says no images went round. */
export const STICKERS = /(?:笑脸|表情|可爱|搞笑|哈哈)(?:贴图|贴纸)|\b(?:stickers?|emojis?|gifs?)\b/
/** Stickers sent after an insult ("跟着贴笑脸贴图", "spamming laughing stickers"): no picture of anyone. */
export const NO_IMAGES =
  /没(?:有)?(?:发)?(?:图|照片|视频)|没(?:有)?发(?:我|他|她)的?(?:图|照片|视频)|删(?:了|掉)[^。！？]{0,8}没(?:有)?(?:传|发)出去|全是文字|只是文字|\bno (?:photos|pics|pictures|images|videos|vids)\b|\bjust (?:words|text)\b/
/** A "but": what follows it turns what came before. */
export const CONTRAST = /但是|可是|不过|\bbut\b/
/** A threat's condition of telling or paying ("不交就揍", "敢讲就找他", "如果告诉老师就…"). */
export const TELL_OR_PAY_CONDITION = new RegExp(
  String.raw`^(?:说|还说|扬言|放话)?(?:(?:如果|要是|假如|万一)(?:你|我|他|她)?(?:敢)?)?(?:敢(?:讲|说|告|报)|告状|告诉|说出去|讲出去|报警|${UNPAID})[^。！？]*就`,
)
/** The condition of telling said before the threat, in English ("if i tell anyone ill regret it"). */
export const TELL_CONDITION_BEFORE =
  /\b(?:if|when|once) (?:i|you|he|she|we) (?:tells?|told|reports?|snitch(?:es)?|grass(?:es)?|says? anything)\b[^.!?]{0,16}$/
/** The same condition said after the threat, in English ("hell smash it if he tells"). */
export const TELL_CONDITION_AFTER =
  /^[^.!?]{0,12}\b(?:if|when|once) (?:i|you|he|she|we|they) (?:tells?|told|reports?|snitch(?:es)?|grass(?:es)?|says? anything)\b/
/** A threat on a condition ("告诉老师就打我", "if i tell"): it waits for the condition, not for an hour. */
export const CONDITIONAL_THREAT =
  /如果|要是|假如|告诉[^，。！？]{0,6}就|\bif (?:i|you|she|he|we) (?:tell|tells|told|report|reports|snitch|snitches|grass|grasses)/
/** "明天再说吧": a talk put off until then ("let's see tomorrow"); after 放学 it is a threat ("放学再说"). */
export const PUT_OFF_AFTER = /^(?:再说|再聊|再讲|再谈)/
export const PUT_OFF_DAY = /明天|明早|明晚|改天|下次|\btomorrow\b/
/** Days, as opposed to times of a day: a past day right before one does not date it ("yesterday tomorrow"). */
export const DAY_TIME = /今天|今晚|今早|明天|明早|明晚|\b(?:today|tonight|tomorrow|tmrw?|tmw)\b/
/** After an all-clear, a "but" with what is still there takes it back ("现在没事了 但是他们还在门口"). */
export const ALL_CLEAR_TAKEN_BACK =
  /^[^。！？!?]{0,8}?(?:但是|但|可是|不过|\bbut\b)[^。！？!?]{0,16}?(?:还在|还没走|又来了|\bstill\b|\bback\b)/

/** "每天放学": a habit, not a time set for harm. */
export const HABITUAL_BEFORE_TIME =
  /每天|天天|每次|老是|老在|总是|经常|每个?(?:周|礼拜|星期)|每个?$|每晚|每逢|逢|一到|\bevery ?(?:day|time)?\b|\balways\b|\busually\b|\beach day\b|\boften\b/

/**
 * Signs that harm is going on while the tipster writes: progressive aspect (正在, 在 before a harm verb,
 * "theyre kicking"), a time running up to now ("已经一个小时了", "到现在"), a child crying out now.
 * With a harm named and nothing placing it in the past, the child may be in danger now (P1).
 */
export const PRESENT_CUES: readonly RegExp[] = [
  // "他们在厕所打我": those who hurt, at a place, hurting the child as the tipster writes (TRIAGE.md: a
  // child who may be hurt now leans to P1), unless it is told as a habit.
  /(?:他们|她们|那几个人?|那些人|那帮人|几个人|有人)(?:正|又)?在(?!学校|班上|班里|宿舍)(?:(?!天天|每天|经常|老是|总是|一直)[^，。！？\s]){1,6}?(?:打|揍|踢|扇|围|欺负|堵|按)(?:我|他|她)(?![过了])(?![^。！？]{0,16}(?:每(?:个)?(?:礼拜|星期|周|天|次)|天天|经常|老是|总是))/g,
  // Pain said as its own words ("好痛", "it hurts so bad"): the child hurts as they write.
  /(?<![^\s，。！？,.!?#])(?:好|很|太|特别)(?:痛|疼)(?:啊|呀|哦)?(?=[\s，。！？,.!?]|$)|\bit (?:really )?hurts (?:so )?(?:bad|much|a lot)\b/g,
  /\b(?:they|theyre|he|hes|she|shes)(?: are| is)? (?:outside|here|at the door|by the door|downstairs)\b[^.!?]{0,30}\bnow\b|(?<![反真公])正在|此刻|这会儿|(?:他们|那几个(?:人|男生|女生|初[一二三]的|高年级的)?|那些人|那帮人)(?:就|还|正)在(?:我家)?(?:楼下|门口|门外|外面|楼道|校门口)|围着(?:我|他|她|一个)(?![^。！？]{0,30}(?:(?<!老师|保安|门卫|大人|家长)(?:说完就走|说完就跑|然后就?走了)|就散了(?!几个|一些|一半)|都散了)(?![^。！？]{0,16}(?:还(?:被|在|围)|剩下的|还拽|还拉)))|我(?:现在)?(?:好|很|特别|非常)(?:痛|疼)|现在(?:有(?!点|些)|人还|还在)|追着|不敢(?:跟上去|跟过去|跟进去|过去|上去|进去|出去|出声)|(?:拽|拖|拉|架|带)(?:到|进)[^，。\s]{0,8}(?:去了|里去了)|(?:这里|这边|这儿)(?:有|正)|(?:一直|还)在(?:打|踢|揍|扇|喊|哭|叫|流|锁|关|欺负|围|追|找|拍)|(?<!(?:开学|学期|以来|从[^，。！？\s]{1,6}))到现在(?!(?:都|也)?还(?:肿|疼|痛|青|紫|有(?:印|疤))|(?:都|也|还)?(?:想不通|不明白|不理解|忘不了|咽不下|耿耿于怀|没想通)|(?:已经|为止|一共|总共|前前后后|给了|交了|花了|被拿了|(?:也|都|还)没(?:还|给|退)|(?:也|都|还)?不(?:还|退|敢(?:说|讲|告诉))))|(?:已经|快|都)(?:有)?.{0,4}(?:小时|分钟|钟头|半天|节课)了|一直(?:在)?(?:拍门|敲门|砸门|喊救命)|还在(?:敲门|拍门|砸门|喊救命)|(?:他们|那帮人|那几个人|那些人|那群人)(?:又|还)来了|(?<![现正还存实好所自都也])在(?=打|扇|踢|踹|揍|掐|按|拖|拽|围|欺负|推|扯|砸|追|哭|喊|叫|流血|锁|扒|摸)|(?<![现正还存实好所自都也])在(?:外面|门口|门外|里面|楼下|楼上|这儿|这里)(?:一直)?(?=踹|砸|打(?!工|电话|球|游戏)|踢|撞|堵|等)|刚(?:才|刚)?(?=被|把|打|有人)/g,
  new RegExp(
    String.raw`${RIGHT_NOW_TOLD}|${RN}|\bcurrently\b|\bas we speak\b|\bstill (?:standing|waiting|sitting|parked)\b[^.!?]{0,30}\b(?:watching|outside|across)\b|\b(?:theyve|they have|theyre|they are) got (?:him|her|me) (?:behind|in|at|cornered)\b|\b(?:hes|shes|theyve|ive|weve|has|have) been (?:banging|knocking|locked|stuck|trapped|crying|screaming|yelling)\b[^.!?]{0,30}\bfor (?:like |about |almost |over )?(?:an|a|half an|\d+) (?:hour|hours|minutes?|mins?)\b|\bstill (?:there|going|happening|inside|in there)\b|\b(?:are|is|theyre|hes|shes|were) (?:\w+ )?(?:hitting|kicking|beating|punching|dragging|choking|hurting|chasing|attacking|jumping|cornering|holding|pinning|stomping|slapping|following|surrounding|locking)\b`,
    'g',
  ),
  // A fight breaking out (打起来了, 动手了) or called out as it starts ("打架了！", "打人了打人了"): an alarm.
  /(?:打|干|掐|揍)起来了|动起手来了|(打架了|打人了)[\s，,]*\1|(?:打架|打人|动手)了[!！]/g,
  // ... or announced of someone unnamed ("有人打人了", "有人在打架了"): said as news, not told as a story.
  /有(?:人|几个人|一群人|一帮人|好多人)(?:在)?(?:打人|打架|打群架|干架|动手)了/g,
  // ... or said alone, as words of their own ("打架了 二中门口").
  /(?<![^\s，。！？,.!?#])(?:打架|打人|打群架|干架)了(?=[\s，。！？,.!?]|$)/g,
  // Harm in the passive progressive ("someone is getting jumped", "hes being beaten"), not feared ("scared
  // of getting hit") and not a state ("being bullied").
  /(?<!\b(?:of|about|avoid|from) )\b(?:getting|being) (?:jumped|beaten|beat up|hit|attacked|kicked|punched|stabbed|choked|dragged|stomped|slapped)\b/g,
]
/** A call for help sent while it happens: with a harm named, it is not a report of the past. */
export const HELP_CUES: readonly RegExp[] = [
  /\bis (?:anyone|anybody|someone) coming\b|\b(?:theyve|they have|theyre|they are) (?:got )?(?:\w+ ){0,2}pinned\b/g,
  /(?:^|[\s，。！!])快(?=[\s，。！!]|$)|救命|救救|救我|来救|快来|快点|快救|快报警|要报警|快叫|谁来|来人|帮帮我(?!们)|求求你们?快/g,
  // The tipster on the way there, asking that someone go first ("我现在往那边赶 你们能不能先去个人").
  /(?:先|快|赶紧|马上)(?:派|去|过去)(?:个|一个|几个)?人|(?:往|朝)[^，。！？\s]{1,6}赶(?:过去|过来)?|正在赶过去/g,
  /\bhelp (?:me|pls|plz|please)\b|\b(?:pls|plz|someone) help\b|\bs\.?o\.?s\b|\bhurry\b|\bplease come\b|\bcome quick/g,
]
/** A plea for help with what is done to someone ("帮帮我们", "求求你们"): a parent's, about the matter, not a cry now. */
export const PLEA_FOR_OTHERS_CUES: readonly RegExp[] = [
  /帮帮(?:我们|他|她|忙)|求求/g,
  /\bhelp (?:us|him|her)\b|\bplease help (?:us|him|her|my)\b/g,
]

/** A near time said of what is to come ("今晚去我家砸窗户"), not of what happened earlier today. */
export const PLAN_TIME =
  /^(?:今晚|明天|明早|明晚|一会儿?|待会儿?|等会儿?|tonight|tomorrow|tmrw?|tmw|later today)/
/** Said after a harm: it is planned, not done ("a fight planned for friday", "打群架约在今晚"). */
export const PLANNED_AFTER =
  /^\s*(?:is |was )?(?:planned|scheduled|set up|arranged|organi[sz]ed|going down|happening)\b|^\s*(?:set for |planned for )?(?:tomorrow|tonight)\b|^(?:约在|约了|定在|安排在)/

/** Said before a near time: the time is of a plan ("说今晚", "要放学后"). */
export const PLAN_BEFORE_TIME = /(?:说|要|会|准备|打算|约|约好|约了|约定)$/

/**
 * A harm named as what a photo or video shows ("我被关在厕所里的视频", "a video of him being locked in"):
 * the recording is of the past, whatever tense its caption has.
 */
export const RECORDING_AFTER = /^[^，。！？,.!?]{0,12}的(?:视频|影片|照片|录像|图片|截图|小视频)/
export const RECORDING_BEFORE =
  /(?:\b(?:videos?|vids?|clips?|photos?|pics?|pictures?) of\b[^,.!?]{0,24}|(?:视频|照片|录像)(?:里|中|上)[^，。！？]{0,8})$/

/** Shut in somewhere: held until the tip says the child got out. */
export const SHUT_IN = /关|锁|困|别上|扣上|插上|闩|\b(?:locked|trapped|stuck)\b/
/** Out already, said before the telling of how it happened ("现在已经出来了 … 他说是几个同学把门从外面别住了"). */
export const RELEASED_BEFORE =
  /(?:现在|已经)(?:已经)?(?:被)?(?:放)?出来了(?!(?:一个|几个|两个))(?![^。！？]{0,20}(?:还有|但是|可是|还被))|\b(?:hes|shes|he is|she is) out now\b/
/** What lets a shut-in child out ("后来保安开了门", "老师把我放出来了", "got out"). */
export const RELEASED_AFTER =
  /出来(?<!(?:钱|转|交|给)[^，。！？]{0,10}才(?:放|让)(?:他|她|我)出来)|放(?:了|出)|开(?:了)?(?:门|锁)|救(?:了|出)|后来|才(?<!(?:钱|转|交|给)[^，。！？]{0,10}才)(?:被)?|回(?:到)?家|回来(?!找)|(?:老师|保安|宿管|家长|妈妈|爸爸)(?:[^，。！？\s]{0,4})?来了|\b(?:got out|let (?:me|him|her|us) out|opened (?:it|the door)|came and|eventually|finally)\b|\b(?:shes|hes|she is|he is) out\b(?! (?:of|there|alone|somewhere|with)\b)|\bback in class\b/
/**
 * Held for a span told whole ("锁在隔间里一整节课"): it is over ("一天了" runs up to now and is not);
 * shut out ("锁在教室外面") is not held in.
 */
export const HELD_NOT_NOW_AFTER =
  /^[^，。！？,.!?]{0,6}(?:外面|外边|门外)|^[^，。！？,.!?]{0,4}不让(?:我|他|她)?进|^[^，。！？,.!?]{0,12}(?:一整|整整|一)(?:节课|上午|下午|晚上|夜|天|个?小时)(?![了多还])|^[^,.!?]{0,30}\b(?:for|the) (?:the )?whole (?:lesson|class|period|morning|afternoon|day|night)\b|^[^.!?]{0,40}\b(?:till|until) (?:the )?(?:morning|next day)\b|^[^。！？]{0,24}(?<!因为|为了|为)(?:昨天|前天|上周|上个?礼拜|上星期|上个月|那天)[^，。！？\s]{0,4}的事/
/**
 * Two finished deeds told after it ("把我堵在车棚 抢了我二十块 还踢了我两脚"): told after the fact; what
 * is about to be ("天快黑了") and the battery left ("只有8%的电了") are the plight now, no deed.
 */
export const DEEDS_TOLD_AFTER =
  /^[^。！？!?]*?(?<![快要])(?!电)[\u4e00-\u9fff](?:了|过)(?!解)[^。！？!?]*?(?<![快要])(?!电)[\u4e00-\u9fff](?:了|过)(?!解)/

/**
 * Weaker signs of now: the tipster writing from where they are held ("把我关在仓库", "手机快没电了")
 * or where bullies lie in wait for them ("他们在巷子口等我").
 * A habit ("经常把我关在厕所") is not now, so these count only in a tip that names no habit.
 */
export const HELD_NOW_CUES: readonly RegExp[] = [
  // Held until a ransom is paid ("让他叫家里转一千块钱才放他出来").
  /(?:钱|转|交|给)[^，。！？]{0,10}才(?:放|让)(?:他|她|我)(?:出来|走|回家|离开)/g,
  /(?:把|将)我(?:关|锁|反锁|困|堵)在|被(?:他们|她们|人|那几个人?|同学)(?:关|锁|反锁|困|堵)在|喊(?:了)?(?:也|都|半天)?没人(?:应|理|听见|来)|手机(?:还|只)?(?:有|剩)(?:\d+|百分之[一二三四五六七八九十]+)[^，。！？\s]{0,3}(?:电|%)|门(?:被[^，。！？\s]{0,6})?(?:从外面)?(?:锁|反锁|堵|顶|扣)(?:住|上|了)|门(?:被[^，。！？\s]{0,6})?从外面(?:用[^，。！？\s]{1,4})?(?:(?:别|插|闩|拴|顶)(?:住|上|了)|(?<=用[^，。！？\s]{1,4})顶着)|我(?:被)?(?:人)?(?:关|锁|反锁|困|堵)在|(?<!就|才)不让(?:我|他|她)(?:走|离开|出去|回家|下楼|出门|过去)|被(?:关|锁|反锁|困)在(?![^，。！？\s]{0,4}外)[^，。！？\s]{1,10}(?:里)?(?=\s|$|[，。！？])|手机(?:快|要)?没电|敲(?:了)?(?:半天|好久|很久)?(?:的)?门(?:也|都)?没(?:人)?(?:开|应|理|反应)|灯(?:也|都)?(?:被)?关了|(?:守|蹲|堵)?在[^，。\s]{0,8}(?:等|守|蹲|堵)着?(?:我|他|她)/g,
  /\b(?:no one|nobody|noone) can find the key\b|\b(?:locked|trapped|stuck) (?:me )?in (?:the|a|here)\b|\b(?:nobodys|nobody is|no ones|no one is|noones) (?:around|here|coming)\b|\b(?:hes|shes|ive|he has|she has|i have) been (?:in there|in here|stuck|locked in|trapped) (?:since|for)\b|\b(?:the )?(?:teachers|everyone|everybody) (?:are |is )?(?:all )?gone\b|\b(?:nobody|no one) (?:can )?hears? me\b|\blocked (?:him|her|them|me) in\b|\bphone (?:is )?(?:dying|about to die|almost dead)\b/g,
]

/**
 * Self-harm told obliquely, by families of weak signs: no one word says it, two together do ("好累…
 * 想消失", "照顾好我妹妹…去河边"). A farewell or an ending must be one of them (TRIAGE.md: unclear is
 * read towards the higher urgency).
 */
export const SELF_HARM_SIGNALS: readonly {
  family: 'ending' | 'farewell' | 'hopeless' | 'silence' | 'means' | 'withdrawn' | 'hidden'
  cue: RegExp
}[] = [
  {
    family: 'ending',
    cue: /(?:签名|个签|头像|朋友圈|状态|空间)[^。！？]{0,8}倒计时|以后(?:就)?不用(?:再)?担心(?:她|他|我)了|(?:今晚|今天|明天)(?:就)?(?:要)?结束了|\byou(?:ll| will) know when to open (?:it|them)\b|终于(?:可以)?(?:结束|解脱)了|一切都(?:要)?结束了|\b(?:gonna|going to|will) do it (?:tonight|today|now|soon)\b|以后(?:也|都|再也)?(?:用不(?:上|着)|不需要)了|\b(?:wont|will not|dont|do not) need (?:it|them|these|those|this|any of (?:it|this)) (?:anymore|any more)\b|(?:今晚|今天)就(?:动手|做了|结束)|消失(?!一天|一下|几天|一会)|了断|解脱|(?:我的)?最后一天|\bmy last day\b|最后一条(?:消息|信息|短信)|\b(?:my|this is my) last (?:text|message|msg)\b|\bim (?:so )?done\b(?! with (?:my |the |this )?(?:homework|work|class|school|lunch|it)\b)|想让一切(?:都)?(?:停下来|结束)|\bwant (?:everything|it all|this) to (?:stop|end)\b|(?:不会|不用|不必)再(?:麻烦|打扰|拖累|烦)(?:你们|我们|他们|大家|你|任何人|谁)|不用再见(?:到)?(?:你们|他们|大家)|(?:以后)?(?:不要|别)想我|\b(?:wont|will not|dont) have to (?:look at|see|deal with|put up with) me (?:anymore|any more|again)\b|离开(?:这个)?(?:世界|你们|大家)|不在了|我(?:先)?走了(?![^，。！？\s]{0,2}(?:啊|哈|拜|明天|回家))|一了百了|永远(?:睡|离开|闭上)|不(?:想|会)再?醒|睡过去|另一个世界|\bdisappear|\bend it\b|(?:别|不要|不用)(?:再)?(?:来)?找(?:我|他|她)(?:了)?(?=$|[\s，。！？])|\bsee you never\b|\bgoodbye forever\b|\bgone forever\b|\b(?:not|wont) be (?:here|around)\b|\bsleep forever\b|\bbe gone\b|(?:很快|马上|过几天|过不了多久|以后)(?:就)?(?:再)?不用(?:你|你们)?(?:再)?管(?:我|她|他)?了|去一个没(?:有)?人[^，。！？\s]{0,6}的地方|\byou can have (?:all )?my (?:room|stuff|things|bed|clothes)\b/g,
  },
  {
    family: 'farewell',
    cue: /(?:几|好几|两|三)封信|(?:猫|狗|宠物|仓鼠|鱼|兔子)[^。！？]{0,4}送给|\bgave (?:me|us) (?:all )?(?:his|her) (?:\w+ ){1,3}and all (?:his|her) \w+|不在了[^。！？]{0,6}(?:你|你们)?(?:别|不要)(?:难过|哭|伤心|想我)|\bif i(?:m| am) (?:gone|not here)\b[^.!?]{0,20}\bdont (?:be sad|cry)\b|\b(?:profile (?:pic|picture|photo)|pfp|avatar)\b[^.!?]{0,20}\b(?:all )?black\b|(?:头像|朋友圈|空间|动态)[^。！？]{0,6}(?:换成(?:全)?黑|全删|删光|清空)|再见(?:了)?[^。！？]{0,4}(?:多谢|谢谢)大家|(?:猫|狗|宠物|仓鼠)[^。！？]{0,4}托(?:给|付)|谢谢我[^。！？]{0,6}陪|\bnote\b[^.!?]{0,30}\b(?:saying|says|said) sorry\b|\bthanks for being (?:nice|kind|there|a friend)\b|(?:东西|玩具|书)[^。！？]{0,6}(?:都)?(?:已经)?分给|(?:东西|玩具|书)(?:都|全|全部)(?:已经)?送(?:给|人)|信(?<![作业试卷]信)(?:都|也)?写好了|\b(?:wrote|written|writing|left) (?:\w+ ){0,2}letters? (?:to|for) (?:her|his|my) (?:mom|mum|mother|dad|father|parents|family)\b|告别|道别|说再见|再见了|永别|对不起(?:大家|爸妈|妈妈|爸爸|你们|所有人)|谢谢(?:你|大家|你们)?.{0,8}(?:照顾|陪伴|陪(?:着)?我|听我(?:说话|说|讲|倾诉))|照顾好|送人|托付|谢谢(?:你们|大家)(?:了)?(?=$|[\s，。！？!?])|把(?:他|她|我)(?:自己)?的?[^，。！？\s]{1,6}(?:都|全)?(?:送|分)(?:给|人)|(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|妈妈|爸爸|爸妈|妈|爸)(?:你们)?(?:不要|别)(?:哭|难过|伤心|想我|怪我)|最后一次|遗言|给(?:家人|爸妈|妈妈|爸爸|每个人|大家)(?:都)?写了(?:信|一封信|纸条)|\bgoodbye\b|\bfarewell\b|\btell (?:my|her|his) (?:mom|mum|dad|parents|family|sister|brother|mother|father) (?:that )?(?:im|i am|she is|shes|he is|hes) sorry\b|\bsorry for everything\b|\bthank(?:s| you) for everything\b|\btake care of (?:my|her|his)\b|\bgave away\b|\bwrote (?:letters?|notes?) (?:to|for) (?:my|everyone|everybody|her|his|all)\b|\blove you all\b|以后(?:你)?(?:要)?(?:帮|替)我照顾|把[^，。！？\s]{0,8}(?:娃娃|玩具|东西|宝贝|文具|衣服|零花钱|压岁钱|游戏机|手办|卡片|书)(?:都|全|全部)(?:送|分)(?:给|人|掉)/g,
  },
  {
    family: 'hopeless',
    cue: /撑不(?:下去|住|动)|受不了了|好累|太累了|心累|没意思|没意义|没希望|绝望|崩溃|多余|拖累|累赘|没人在乎|没人爱|痛苦|emo|\bhopeless\b|\bpointless\b|\bworthless\b|\btired of (?:everything|it all|life|living)\b|\bcant (?:do|take) (?:this|it) anymore\b|\bno point\b|\bwhats the point\b|\bwhat is the point\b|\bburden\b|\bdone with everything\b/g,
  },
  {
    // Gone quiet right after a farewell: the farewell is not a figure of speech.
    family: 'silence',
    cue: /\b(?:hasnt|havent|has not|have not|hadnt) (?:replied|answered|responded|texted back)\b|不回(?:消息|信息|微信)|联系不上|失联|打电话(?:也|都)?不接|\bnever (?:arrived|came|showed up|got there)\b|把(?:我们|大家|所有人)[^，。！？\s]{0,4}(?:都)?删了|(?:到处)?找不到(?:她|他|人)|(?:电话|手机)(?:也)?(?:关机|打不通|没人接)|不接电话|\bnot (?:answering|replying)\b|\bphone (?:is )?off\b(?! (?:him|her|me|them|us|my|his|the)\b)|\bwont (?:answer|reply)\b|\bleft (?:me )?on read\b/g,
  },
  {
    // Arms kept covered ("sleeves always down", "总穿长袖", "贴着创可贴"): with the means found, wounds hidden.
    family: 'hidden',
    cue: /\bsleeves (?:are |r )?(?:always )?(?:down|long|pulled down)\b|\b(?:always )?(?:wears?|wearing) long sleeves\b|\bwont (?:roll up|show) (?:her|his) (?:sleeves|arms|wrists)\b|总(?:是)?穿(?:着)?长袖|不(?:肯|让人?)(?:挽|卷|撸)(?:起)?袖子|(?:手腕|胳膊|手臂)(?:上)?(?:总是|一直|老是)?(?:贴着|缠着|包着)(?:创可贴|纱布|绷带)|戴(?:着)?(?:个)?护腕[^。！？]{0,10}(?:不摘|不肯摘|不让(?:人)?看|不脱)|(?:大)?(?:夏天|热天)(?:也|都)(?:不摘|不脱)/g,
  },
  {
    // Stopped eating or talking: the body's signs, as parents see them.
    family: 'withdrawn',
    cue: /不吃(?:饭|东西)|不(?:肯|愿意)?(?:吃饭|说话|出门)|\b(?:not|stopped|isnt|wont) (?:eating|eat|talking|talk|sleeping)\b|\bhavent eaten\b/g,
  },
  {
    family: 'means',
    cue: /药|楼顶|天台|河边|江边|桥上|水库|湖边|海边|铁轨|绳子|刀片|美工刀|煤气|\bpills?\b|\bbridge\b|\broof\b|\brope\b|\bblades?\b|\brazors?\b/g,
  },
]

/**
 * A scene told as it is seen: someone not named (有人, 一群人, 几个人) at a place doing harm
 * ("有人在厕所打人", "操场上一群人在打一个小孩"). With no past, habit or completion said, it is going on
 * now (TRIAGE.md: unclear whether a child is safe reads towards the higher urgency). The named actor of a
 * description ("他是在厕所打人的那个") is not a scene.
 */
export const SCENE_CUES: readonly RegExp[] = [
  /(?:有人|(?:有)?(?:一|好|几)?(?:群|帮|伙|些|几个|堆)(?:人|男生|女生|学生|同学|高年级的?|初三的?|大孩子|混混|社会青年)|(?:一|几)(?:群|帮|伙))(?:也|还|又)?在[^，。！？\s把将]{1,8}?(?:打|揍|踢|踹|扇|围|欺负|推|掐|按|拖|拽)(?!我)/g,
]
/**
 * After a scene's harm verb: it is done (了, 过, "打完就跑了") or it describes who someone is (打人的).
 */
export const SCENE_DONE_AFTER =
  /^[^，。！？,.!?\s]{0,4}?[了过]|^(?:人|架)?的|^[^。！？!?]{0,16}?(?:[打踢揍]完|完了|结束|跑了|走了|散了)/

/**
 * Being followed, watched at home or waited for on the way ("跟踪我回家", "一路跟着我", "在我家楼下",
 * "they follow me home", "waiting for me outside my house"): a threat to the child's safety (P2), at
 * once (P1) when it goes on now or is set for a near time.
 */
export const FOLLOWING_CUES: readonly RegExp[] = [
  // A vehicle or a stranger following children ("面包车一直跟着我们"): no destination needs saying.
  /跟踪(?:我|他|她|我们)?|(?:他们|那帮人|那几个人|那些人|那群人)(?:又|还)来了|(?:车|面包车|男的|男人|陌生人|不认识的人|大人|大的|大孩子|高年级的|混混)[^，。！？\s]{0,4}(?:一直|一路|老是)?跟着(?:我|他|她)(?:们)?(?![^，。！？]{0,8}(?:介绍|带路|参观|帮))|一路(?:跟|尾随)(?:着|在)?(?:我|他|她)|尾随|跟(?:着|在)?(?:我|他|她)(?:们)?(?:后面)?(?:一直|一路)?(?:回家|到家|到(?:我|他|她)家|出校门|到(?:校门口|车站|小区|楼下))|(?:放学|回家)(?:的)?(?:路上|以后|后)?[^，。\s]{0,4}跟着(?:我|他|她)|(?:在|来|到)(?:过|了)?(?:我|他|她)(?:们)?家(?:楼下|门口|外面|附近|小区|楼道|巷子)(?![^，。！？\s]{0,3}(?:玩|吃|写|做|接))/g,
  /\bfollow(?:s|ed|ing)? (?:me|him|her|us|them)\b (?=into\b)|\bfollow(?:s|ed|ing)? (?:me|him|her|us|them|(?:my|his|her|our) (?:\w+ )?(?:son|daughter|kid|child|brother|sister|friend))(?= (?:home|around|everywhere|to|from|after|out|all the way|on the way|right now|rn|again)\b)|\bstalk(?:s|ed|ing)? (?:me|him|her|us)\b(?! on| online)|\b(?:wait\w*|hang\w* (?:around|out)|stand\w*|lurk\w*|sitting) (?:\w+ ){0,3}(?:outside|near|by|at|in front of) (?:my|his|her|our) (?:house|home|door|building|flat|apartment|street)\b/g,
]
/** An escort home offered ("今天还说要送我回家"): being followed, but only from someone who already follows. */
export const ESCORT_CUES: readonly RegExp[] = [/要(?:送|陪|跟)(?:我|他|她)回家/g]
/** A lying in wait said as a threat ("在车棚等我", "waiting for me"): it is no insult, so not verbal. */
export const WAITING_THREAT =
  /等着?(?:我|他|她)$|在[^，。！？\s]{1,8}(?:等|守|蹲)(?:着|了)$|\bwait(?:ing)? for\b|\b(?:waiting|hanging around|lurking) (?:right )?(?:outside|by the|at the)$/
/** A habit said before a sign of now, in the words of a habit that goes on ("keep waiting for me"). */
export const HABIT_BEFORE_NOW = new RegExp(`${HABITUAL_BEFORE_TIME.source}|\\bkeeps?\\b|\\bkept\\b`)

/** "见到他就发抖", "一看到校车就发抖": what comes over the child whenever they see or hear something. */
export const WHENEVER_THEN_BEFORE =
  /(?:一(?:到|看到|看见|见到|听到|想到|提到)|看到|看见|见到|听到)[^，。！？\s]{0,8}就$/
/** "不知道会不会真的动手": a harm wondered about, not one done. */
export const WONDERED_BEFORE = /(?:会不会|是不是会|怕会|担心会)(?:真的)?$/
/** "wakes up screaming", "半夜哭醒": a child's sleep, not a cry for help now. */
export const WAKING_BEFORE = /\bwak(?:e|es|ing) up\s*$|(?:半夜|夜里)(?:哭)?(?:醒|惊醒)$|噩梦$/
/** Something passed round, just before a "now": the spreading is what goes on. */
export const SPREADING_BEFORE =
  /(?:going (?:round|around)|spreading|being shared|getting shared|in every (?:gc|group|chat)|在传|到处传|疯传|被转发)[^.!?。！？]{0,30}$/
/** Cries that may be of exasperation as well as of danger ("救命", "快来", "urgent"). */
export const EXCLAIMED = /救命|救救|救我|快报警|快来|\bhelp\b|\bsos\b|\bemergency\b|\burgent\b|\basap\b/
