// After the build: writes dist/cli-licenses.txt, the licence of every package bundled into the
// command (dist/cli.js), from the bundle's metafile, which it then removes (it is not shipped).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const metafileUrl = new URL("../dist/metafile-esm.json", import.meta.url);
const metafile = JSON.parse(readFileSync(metafileUrl, "utf8"));
const output = metafile.outputs["dist/cli.js"];
if (output === undefined) throw new Error("dist/metafile-esm.json does not describe dist/cli.js");

/** The package folder of a bundled input (`node_modules/zod/v4/…` → `node_modules/zod`). */
function packageFolder(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at === -1) return undefined;
  const name = parts[at + 1]?.startsWith("@") ? 2 : 1;
  return parts.slice(0, at + 1 + name).join("/");
}

const folders = [
  ...new Set(
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => packageFolder(path))
      .filter((folder) => folder !== undefined),
  ),
].sort();
const sections = folders.map((folder) => {
  const manifest = JSON.parse(readFileSync(new URL(`../${folder}/package.json`, import.meta.url), "utf8"));
  const file = readdirSync(new URL(`../${folder}/`, import.meta.url)).find((name) =>
    /^(licen[cs]e|copying)(\.|$)/i.test(name),
  );
  if (file === undefined) throw new Error(`${manifest.name} has no licence file to copy`);
  const text = readFileSync(new URL(`../${folder}/${file}`, import.meta.url), "utf8").trim();
  return `${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}`;
});
writeFileSync(
  new URL("../dist/cli-licenses.txt", import.meta.url),
  `The newsmodel command (dist/cli.js) bundles these packages:\n\n${sections.join(`\n\n${"-".repeat(72)}\n\n`)}\n`,
);
rmSync(metafileUrl);
