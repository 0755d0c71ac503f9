// The CLI from src/ through tsx, for developing without rebuilding dist/.
import { main } from '../src/cli.js'

process.exitCode = await main(process.argv.slice(2))
