// `npm run data:readme`: writes data/README.md's field tables from the tables' declarations.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "./read-dataset";
import { withFieldTables } from "./readme-fields";

const file = join(DEFAULT_DATA_DIR, "README.md");
const readme = readFileSync(file, "utf8");
const written = withFieldTables(readme);
writeFileSync(file, written);
console.log(
  written === readme ? "data/README.md is up to date" : "data/README.md: field tables written",
);
