// After the build: writes dist/schema.json (the `newsmodel/schema.json` export) from the built library.
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../dist/schema.json", import.meta.url),
  `${JSON.stringify(articleJsonSchema(), null, 2)}\n`,
);
