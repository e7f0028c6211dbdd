// Validates SARIF files against the official SARIF 2.1.0 JSON schema
// (shipped in the @microsoft/jest-sarif package, a draft-04 schema, hence
// Ajv 6). Offline: everything comes from the repo's node_modules.
//   node tests/tools/validate_sarif.cjs FILE...
// Exit 0 when every file is valid, 1 when one is not, 2 on unusable input.
"use strict";
const fs = require("fs");
const path = require("path");

let Ajv, schemaPath;
try {
  Ajv = require("ajv");
  schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
} catch (e) {
  console.error("validate_sarif: node_modules lacks ajv or @microsoft/jest-sarif: " + e.message);
  process.exit(2);
}
const ajv = new Ajv({ schemaId: "id", allErrors: true, meta: false, validateSchema: false });
ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));

let bad = 0;
for (const file of process.argv.slice(2)) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    process.exit(2);
  }
  if (validate(log)) {
    console.log(`${path.basename(file)}: valid SARIF 2.1.0`);
  } else {
    bad++;
    for (const err of validate.errors) console.log(`${file}: ${err.dataPath || "/"} ${err.message}`);
  }
}
process.exit(bad ? 1 : 0);
