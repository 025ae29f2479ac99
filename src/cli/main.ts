import { caseworkCommands } from './casework'
import { type Commands, UsageError } from './command'
import { operatorCommands } from './operator'
import { posterCommands } from './poster'
import { telegramCommands } from './telegram'
import { triageCommands } from './triage'
import { twilioCommands } from './twilio'
import { voiceCommands } from './voice'

const commands: Commands = {
  ...operatorCommands,
  ...triageCommands,
  ...twilioCommands,
  ...voiceCommands,
  ...telegramCommands,
  ...posterCommands,
  ...caseworkCommands,
}

const usage = () => {
  const lines = Object.entries(commands).map(([name, command]) => {
    const [args = '', summary = ''] = command.usage.trimEnd().split(/\s{2,}/)
    return [`${name} ${args}`, summary] as const
  })
  const width = Math.max(...lines.map(([left]) => left.length)) + 2
  return `usage: npm run whistle -- COMMAND\n\n${lines.map(([left, summary]) => `  ${left.padEnd(width)}${summary}`).join('\n')}`
}

async function main(argv: string[]): Promise<number> {
  const [first = '', second = ''] = argv
  const twoWords = commands[`${first} ${second}`]
  const command = twoWords ?? commands[first]
  const rest = argv.slice(twoWords ? 2 : 1)
  if (!command) {
    console.error(usage())
    return first && first !== 'help' ? 2 : 0
  }
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof UsageError || ['KeyConfigError', 'ConfigError'].includes((error as Error).name)) {
      console.error((error as Error).message)
      return 2
    }
    throw error
  }
}

// A reader that stops early (`whistle triage … | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(process.argv.slice(2))
