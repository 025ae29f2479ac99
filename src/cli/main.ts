import { type Commands, UsageError } from './command'
import { operatorCommands } from './operator'
import { telegramCommands } from './telegram'
import { twilioCommands } from './twilio'

const commands: Commands = { ...operatorCommands, ...twilioCommands, ...telegramCommands }

const usage = () =>
  `usage: npm run whistle -- COMMAND\n\n${Object.entries(commands)
    .map(([name, command]) => {
      const [args = '', summary = ''] = command.usage.trimEnd().split(/\s{2,}/)
      return `  ${`${name} ${args}`.padEnd(46)}${summary}`
    })
    .join('\n')}`

async function main(argv: string[]): Promise<number> {
  const [first = '', second = '', ...rest] = argv
  const command = commands[`${first} ${second}`]
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

process.exitCode = await main(process.argv.slice(2))
