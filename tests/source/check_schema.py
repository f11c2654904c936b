#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The carrier preset schema holds for what TokenDock ships (ctest: preset_schema):

- docs/carrier-preset.schema.json is a valid JSON Schema (2020-12);
- every built-in preset in resources/carriers.json validates against it;
- every example in docs/examples/ validates;
- every file in tests/data/presets/bad/ fails it (tst_presetfiles checks
  that TokenDock's own reader refuses the same files).
"""
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main():
    schema = json.loads((ROOT / "docs" / "carrier-preset.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    carriers = json.loads((ROOT / "resources" / "carriers.json").read_text())["carriers"]
    for preset in carriers:
        for e in validator.iter_errors(preset):
            problems.append(f"built-in {preset.get('id')}: {list(e.path)}: {e.message}")
    examples = sorted((ROOT / "docs" / "examples").glob("*.json"))
    for path in examples:
        for e in validator.iter_errors(json.loads(path.read_text())):
            problems.append(f"{path.relative_to(ROOT)}: {list(e.path)}: {e.message}")
    bad = sorted((ROOT / "tests" / "data" / "presets" / "bad").glob("*.json"))
    for path in bad:
        if validator.is_valid(json.loads(path.read_text())):
            problems.append(f"{path.relative_to(ROOT)}: passes the schema but should not")
    for p in problems:
        print(p)
    print(f"{len(carriers)} built-in presets, {len(examples)} examples, {len(bad)} broken files: "
          f"{len(problems)} problem(s)")
    return 1 if problems or not carriers or not examples or not bad else 0


if __name__ == "__main__":
    sys.exit(main())
