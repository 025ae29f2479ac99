import { startServer } from './runtime/node'

await startServer()
