// Triage at province scale: 20,000 synthetic schools across many towns, a few thousand synthetic tips.
// Run: node --expose-gc --import tsx bench/triage.ts   (or npx tsx bench/triage.ts, without the heap figure after gc)
import { availableParallelism, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { pinyin } from 'pinyin-pro'
import { buildSchoolIndex, type Channel, type SchoolRecord, triageTip } from '../src/intake/triage/index'

export interface Row {
  metric: string
  value: string
  target: string
  ok: boolean
}

const SCHOOL_COUNT = 20_000
const TIP_COUNT = 5_000

// Characters common in Chinese place names; pairs of them make towns, villages and counties.
const PLACE_CHARS = [
  ...'东西南北中上下新老大小长高平安宁和兴隆福寿康泰丰盛昌明光华阳春秋山川河湖江海港湾桥塘坝堡寨庄集店铺屯营',
  ...'岭峰岗坡沟溪泉林松柏桃李杏柳梅竹石金银铜铁玉青红白黄绿清水云龙凤鹤马牛羊鹿望仁义礼信德善乐永定远',
]

/** A deterministic generator, so every run measures the same county. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

const random = seededRandom(20_240_601)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const placeName = () => pick(PLACE_CHARS) + pick(PLACE_CHARS)
const romanise = (han: string) => {
  const spelt = pinyin(han, { toneType: 'none', separator: '' })
  return spelt.charAt(0).toUpperCase() + spelt.slice(1)
}
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八']
const ENGLISH_ORDINALS = ['1', '2', '3', '4', '5', '6', '7', '8']

/** Schools as a county education bureau lists them: county schools, then each town's. */
export function syntheticSchools(count: number): SchoolRecord[] {
  const schools: SchoolRecord[] = []
  const add = (nameZh: string, nameEn: string, aliases: string[], town: string) => {
    const n = schools.length
    schools.push({ id: `s-${n}`, code: String(10_000 + n), nameZh, nameEn, aliases, town })
  }
  while (schools.length < count) {
    const county = placeName()
    const countyEn = romanise(county)
    const seat = `${placeName()}镇`
    for (let i = 0; i < NUMERALS.length && schools.length < count; i++) {
      const numeral = NUMERALS[i] as string
      add(
        `${county}县第${numeral}中学`,
        `${countyEn} No.${ENGLISH_ORDINALS[i]} Middle School`,
        [`${county}${numeral}中`, `县${numeral}中`],
        seat,
      )
    }
    add(`${county}县实验小学`, `${countyEn} Experimental Primary School`, [`${county}实小`], seat)
    for (let t = 0; t < 12 && schools.length < count; t++) {
      const town = placeName()
      const townEn = romanise(town)
      add(`${town}镇中心小学`, `${townEn} Central Primary School`, [`${town}小学`], `${town}镇`)
      add(`${town}镇初级中学`, `${townEn} Junior Middle School`, [`${town}中学`, `${town}初中`], `${town}镇`)
      for (let v = 0; v < 4 && schools.length < count; v++) {
        const village = placeName()
        add(
          `${town}镇${village}小学`,
          `${townEn} ${romanise(village)} Primary School`,
          [`${village}小学`],
          `${town}镇`,
        )
      }
    }
  }
  return schools.slice(0, count)
}

const TIP_BODIES = [
  '有人在厕所打我 现在还在打',
  '他们说放学后要在校门口堵我',
  '班上同学都不跟我说话 已经一个多月了',
  '有人在班群里发我的丑照',
  '初三的每周找我要二十块钱',
  '我不想活了 真的好累',
  '有个男生书包里藏了一把刀',
  'some kids keep calling me names at lunch',
  'a boy pushed me down the stairs yesterday',
  '請問這裡可以檢舉霸凌嗎',
]

function syntheticTips(
  schools: readonly SchoolRecord[],
  count: number,
): { text: string; channel: Channel }[] {
  const channels: Channel[] = ['sms', 'telegram', 'voice']
  const tips: { text: string; channel: Channel }[] = []
  for (let i = 0; i < count; i++) {
    const school = pick(schools)
    const naming = pick([school.code, school.nameZh, pick(school.aliases), school.nameEn, ''])
    tips.push({ text: `${naming} ${pick(TIP_BODIES)}`, channel: pick(channels) })
  }
  return tips
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** Index build time, per-tip triage latency and heap for a 20,000-school index, against the targets. */
export async function benchTriage(): Promise<Row[]> {
  const schools = syntheticSchools(SCHOOL_COUNT)
  const tips = syntheticTips(schools, TIP_COUNT)
  const collect = (globalThis as { gc?: () => void }).gc

  const buildCpu = process.cpuUsage()
  const buildStart = performance.now()
  const index = buildSchoolIndex(schools)
  const buildMs = performance.now() - buildStart
  const buildCpuMs = cpuMs(process.cpuUsage(buildCpu))

  // Warm up the JIT and the per-character pinyin caches the way a running service would be.
  for (const tip of tips.slice(0, 500)) triageTip(tip, index)
  const wall: number[] = []
  const cpu: number[] = []
  for (const tip of tips) {
    const startCpu = process.cpuUsage()
    const start = performance.now()
    triageTip(tip, index)
    wall.push(performance.now() - start)
    cpu.push(cpuMs(process.cpuUsage(startCpu)))
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)

  collect?.()
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024
  // Used once more after the measurement, so that the collector cannot take the index before it.
  if (tips[0]) triageTip(tips[0], index)
  const load = `load ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs`
  return [
    {
      metric: `index build, ${SCHOOL_COUNT} schools (wall / CPU)`,
      value: `${(buildMs / 1000).toFixed(2)} s / ${(buildCpuMs / 1000).toFixed(2)} s`,
      target: '< 2 s',
      ok: buildMs < 2000,
    },
    {
      metric: `triage p50, ${TIP_COUNT} tips (wall)`,
      value: `${percentile(wall, 50).toFixed(3)} ms`,
      target: '—',
      ok: true,
    },
    {
      metric: `triage p99, ${TIP_COUNT} tips (wall / CPU)`,
      value: `${percentile(wall, 99).toFixed(3)} ms / ${percentile(cpu, 99).toFixed(3)} ms`,
      target: '< 1 ms',
      ok: percentile(wall, 99) < 1,
    },
    {
      // The whole process after a full gc: index, caches, dictionaries and the bench's own data.
      metric: collect ? 'heap used after gc (whole process)' : 'heap used, no --expose-gc (whole process)',
      value: `${heapMb.toFixed(1)} MB`,
      target: '< 100 MB',
      ok: heapMb < 100,
    },
    { metric: 'machine while measuring', value: load, target: '—', ok: true },
  ]
}

/** CPU time (user + system) of a process.cpuUsage() delta, in ms: unlike wall time, not stretched by other processes. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| metric | value | target | ok |', '| --- | --- | --- | --- |']
  for (const r of rows) lines.push(`| ${r.metric} | ${r.value} | ${r.target} | ${r.ok ? 'yes' : 'NO'} |`)
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchTriage()
  console.log(markdownTable(rows))
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1
}
