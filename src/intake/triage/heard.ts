/**
 * A coarse key of how Latin letters sound, so that a Chinese place name spelt the way an English
 * speaker hears it ("ma gee", "she chow", "ching chuan", "wong jar zhuang") meets its pinyin ("maji",
 * "shiqiao", "qingquan", "wangjiazhuang"). Consonants fall into classes whose members English and
 * pinyin spell alike (j, q, zh, ch and a soft g; s, sh, x, z, c); a vowel run is one vowel, with the
 * glides and the non-rhotic r and h an English speaker writes after a vowel ("jar", "oh", "her").
 */
export function heardKey(spelt: string): string {
  const word = spelt.toLowerCase().replace(/[^a-z]/g, '')
  let key = ''
  for (let i = 0; i < word.length; i++) {
    const rest = word.slice(i)
    const before = key.at(-1)
    const afterVowel = before === 'V'
    const pair = rest.slice(0, 2)
    let sound: string
    if (rest.startsWith('tch')) {
      sound = 'J'
      i += 2
    } else if (pair === 'zh' || pair === 'ch') {
      sound = 'J'
      i += 1
    } else if (pair === 'sh' || pair === 'ts' || pair === 'dz') {
      sound = 'S'
      i += 1
    } else if (pair === 'gh' || pair === 'wh') {
      // "sigh", "high": silent; "who": the h is the sound.
      sound = pair === 'wh' ? 'h' : ''
      i += 1
    } else if (pair === 'ng') {
      sound = 'N'
      i += 1
    } else {
      const letter = word[i] as string
      const next = word[i + 1]
      if ('aeiou'.includes(letter)) sound = 'V'
      else if (letter === 'j' || letter === 'q') sound = 'J'
      else if (letter === 'g') sound = next !== undefined && 'eiy'.includes(next) ? 'J' : 'K'
      else if (letter === 'x' || letter === 's' || letter === 'z' || letter === 'c') sound = 'S'
      else if (letter === 'k') sound = 'K'
      else if (letter === 'v' || letter === 'f') sound = 'f'
      // "jar", "her", "oh", "chow": after a vowel, r, h and w are part of it; "shh": h after s is s.
      else if ((letter === 'r' || letter === 'h' || letter === 'w') && afterVowel) sound = 'V'
      else if (letter === 'h' && before === 'S') sound = 'S'
      // "gwan", "by": a glide after a consonant, and y anywhere but first, are vowels.
      else if (letter === 'w' && before !== undefined) sound = 'V'
      else if (letter === 'y' && before !== undefined) sound = 'V'
      else sound = letter
    }
    if (sound && sound !== before) key += sound
  }
  return key
}
