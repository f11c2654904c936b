#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that TokenDock's translations are complete and current.

Fails when
  * a .ts file, refreshed from the sources by lupdate, has unfinished,
    obsolete or vanished entries (a string was added, changed or removed and
    the translations were not updated), or
  * a source file holds a human-readable string that does not go through
    tr() / QCoreApplication::translate (so it could never be translated).

    translations/check.py [--lupdate PATH] [--sources DIR ...] [--ts-dir DIR]

A literal that is meant to stay English (a log line, a protocol word) is
either inside a logging call or marked on its line with `// untranslated:`
and a reason.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ["en", "de", "es", "fr"]

# literals that bypass translation
LITERAL = re.compile(
    r'(?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8)'
    r'\(\s*"((?:[^"\\\n]|\\.)*)"\s*\)'
    r'|u"((?:[^"\\]|\\.)*)"_s')
PROSE = re.compile(r"[A-Za-z]{2,}[ ,;:!?][ ]?[A-Za-z]{3,}")
LOGGING = re.compile(r"\bq(?:C?(?:Debug|Info|Warning|Critical)|Fatal)\b")
NOT_PROSE = [
    re.compile(r"^[a-z][a-z0-9_.-]*( [a-z0-9_.-]+)*$"),  # identifiers, "grant_type client_id"
    re.compile(r"://"),                                   # URLs
    re.compile(r"^[%\d\s\W]*$"),                          # only placeholders and punctuation
    re.compile(r"^(?:application|text|image)/"),         # MIME types
    re.compile(r"^[A-Z][A-Za-z-]+: "),                    # HTTP header lines
]


def looks_like_prose(text):
    if not PROSE.search(text):
        return False
    return not any(p.search(text) for p in NOT_PROSE)


def source_files(paths):
    """Every C++ source among the given files and under the given folders."""
    files = []
    for base in paths:
        if os.path.isfile(base):
            files.append(base)
        for folder, _, names in os.walk(base):
            files += [os.path.join(folder, n) for n in sorted(names) if n.endswith((".cpp", ".h"))]
    return files


def untranslated_literals(sources):
    problems = []
    for path in source_files(sources):
        with open(path, encoding="utf-8") as handle:
            content = handle.read()
        lines = content.split("\n")
        # calls are often wrapped over several lines: match on the whole file
        for match in LITERAL.finditer(content):
            first = content.count("\n", 0, match.start())
            last = content.count("\n", 0, match.end())
            span = lines[first:last + 1]
            # a marker on the statement's lines, or a logging call just before
            context = "\n".join(lines[max(0, first - 2):last + 1])
            if any("// untranslated:" in line for line in span) or LOGGING.search(context):
                continue
            text = match.group(1) if match.group(1) is not None else match.group(2)
            if looks_like_prose(text):
                problems.append(f"{os.path.relpath(path, ROOT)}:{first + 1}: \"{text}\"")
    return problems


def refresh_and_read(lupdate, ts_dir, sources, scratch, catalog=True):
    """Runs lupdate into copies of the .ts files; returns {language: [problems]}."""
    files = source_files(sources)
    if catalog:
        generated = os.path.join(scratch, "carrierstrings.cpp")
        subprocess.run(["cmake", f"-DCATALOG={os.path.join(ROOT, 'resources', 'carriers.json')}",
                        f"-DOUTPUT={generated}", "-P",
                        os.path.join(ROOT, "translations", "carrierstrings.cmake")],
                       check=True, stdout=subprocess.DEVNULL)
        files.append(generated)
    listing = os.path.join(scratch, "sources.lst")
    with open(listing, "w", encoding="utf-8") as handle:
        handle.write("\n".join(files))
    report = {}
    for language in LANGUAGES:
        original = os.path.join(ts_dir, f"tokendock_{language}.ts")
        copy = os.path.join(scratch, os.path.basename(original))
        shutil.copy(original, copy)
        options = ["-locations", "none", "-no-ui-lines", "-source-language", "en"]
        if language == "en":
            options += ["-pluralonly", "-target-language", "en"]
        result = subprocess.run([lupdate, *options, f"@{listing}", "-ts", copy],
                                capture_output=True, text=True)
        if result.returncode != 0:
            report[language] = [f"lupdate failed: {result.stderr.strip()}"]
            continue
        problems = []
        for context in ET.parse(copy).getroot().iter("context"):
            context_name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else None
                plural = message.get("numerus") == "yes"
                if kind in ("obsolete", "vanished"):
                    problems.append(f"[{context_name}] no longer in the sources: {message.findtext('source')!r}")
                elif kind == "unfinished" and (language != "en" or plural):
                    problems.append(f"[{context_name}] not translated: {message.findtext('source')!r}")
        report[language] = problems
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", default=shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--sources", nargs="+",
                        default=[os.path.join(ROOT, "app", d) for d in ("core", "gui", "cli")]
                        + sorted(glob.glob(os.path.join(ROOT, "app", "*.cpp")) + glob.glob(os.path.join(ROOT, "app", "*.h"))))
    parser.add_argument("--ts-dir", default=os.path.join(ROOT, "translations"))
    parser.add_argument("--no-catalog", action="store_true",
                        help="leave out the carrier catalog's texts (for checking other sources)")
    args = parser.parse_args()
    dirs = [s for s in args.sources if os.path.exists(s)]

    failed = False
    literals = untranslated_literals(dirs)
    if literals:
        failed = True
        print(f"{len(literals)} user-visible string(s) not marked for translation (use tr()):")
        for line in literals[:50]:
            print("  " + line)
    with tempfile.TemporaryDirectory() as scratch:
        for language, problems in refresh_and_read(args.lupdate, args.ts_dir, dirs, scratch,
                                                      not args.no_catalog).items():
            if problems:
                failed = True
                print(f"tokendock_{language}.ts: {len(problems)} problem(s); run the "
                      f"update_translations target and translate:")
                for line in problems[:30]:
                    print("  " + line)
    if failed:
        return 1
    print("translations: complete and current; no untranslated user-visible strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
