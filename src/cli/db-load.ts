// `npm run db:load`: the network (data/ or --network FILE) into PostgreSQL, for pgRouting.
import { writeCommandOutput } from "./command-output";
import { runDbLoadCommand } from "./db-load-command";

writeCommandOutput(await runDbLoadCommand(process.argv.slice(2)));
