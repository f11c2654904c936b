#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rules the source keeps, checked by ctest (source_rules):

    tests/source/check_rules.py              checks this checkout
    tests/source/check_rules.py --self-test  shows that a broken file fails


- an account is called an account: no "profile" in app/ outside the code
  that reads what earlier versions wrote (legacyaccounts.*);
- the carrier catalog is one object handed in: CarrierCatalog::builtin()
  and CarrierCatalog::installed()
  is called only where the program is wired together;
- no function is longer than 80 lines, except widget builders and data
  tables, listed below by name with the reason.
"""
import pathlib
import re
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]

LEGACY = {"app/core/legacyaccounts.h", "app/core/legacyaccounts.cpp"}
# where objects are made and handed to each other
WIRING = {
    "app/core/carriercatalog.cpp",  # defines it
    "app/core/carriercatalog.h",
    "app/core/appservices.cpp",
    "app/desktopmodule.cpp",
    "app/cli/clisession.cpp",
    "app/main.cpp",
}
MAX_LINES = 80
# Long on purpose: they lay out widgets or list data row by row.
LONG_ALLOWED = {
    "app/gui/credentialseditor.cpp:CredentialsEditor::CredentialsEditor",  # lays out the form
    "app/gui/mainwindow.cpp:MainWindow::MainWindow",  # lays out the window
    "app/sandbox/carrieremulator.cpp:buildCarriers",  # one row per emulated carrier
}


def sources(root):
    for path in sorted((root / "app").rglob("*")):
        if path.suffix in (".cpp", ".h"):
            yield path, path.relative_to(root).as_posix()


def strip(text):
    """Blanks comments and string literals, keeping line breaks."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


FUNCTION_HEAD = re.compile(r"(~?[A-Za-z_][\w:~]*)\s*\([^;{}]*\)\s*(const)?\s*(override)?\s*(noexcept)?\s*(->[^{;]*)?$")


CONSTRUCTOR = re.compile(r"\b((\w+)::\2)\s*\([^;]*\)\s*:(?!:)[^;]*$")


def long_functions(rel, text):
    """Top-level function bodies (and member functions defined in classes)."""
    code = strip(text)
    found = []
    depth = 0
    stack = []  # (depth, name, start line) for function bodies
    line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            head = code[max(0, i - 3000):i]
            head = head[head.rfind(";") + 1:]
            head = " ".join(head.split())
            ctor = CONSTRUCTOR.search(head)
            if ctor:  # the initialisers may hold braces of their own
                head = ctor.group(1) + "()"
            else:
                head = head[head.rfind("}") + 1:]
                init = re.search(r"\)\s*(noexcept\s*)?:(?!:)", head)
                head = head[: init.start() + 1] if init else head
            m = FUNCTION_HEAD.search(head)
            if not stack and m and not re.match(r"(if|for|while|switch|catch)$", m.group(1).split("::")[-1]):
                stack.append((depth, m.group(1), line))
            depth += 1
        elif c == "}":
            depth -= 1
            if stack and stack[-1][0] == depth:
                _, name, start = stack.pop()
                length = line - start + 1
                if length > MAX_LINES:
                    found.append((name, start, length))
    return found


def check(root):
    problems = []
    for path, rel in sources(root):
        text = path.read_text(encoding="utf-8")
        if rel not in LEGACY:
            for n, l in enumerate(text.splitlines(), 1):
                if re.search("profile", l, re.IGNORECASE):
                    problems.append(f"{rel}:{n}: says profile where it means an account")
        if rel not in WIRING:
            for n, l in enumerate(text.splitlines(), 1):
                if re.search(r"CarrierCatalog::(builtin|installed)\(\)", l):
                    problems.append(f"{rel}:{n}: takes the global catalog; hand it in instead")
        for name, start, length in long_functions(rel, text):
            if f"{rel}:{name}" not in LONG_ALLOWED:
                problems.append(f"{rel}:{start}: {name} is {length} lines (at most {MAX_LINES})")
    return problems


def self_test():
    """A file that breaks each rule once must give exactly those problems."""
    body = "\n".join(f"    x += {n};" for n in range(85))
    broken = (
        "// SPDX-License-Identifier: Apache-2.0\n"
        "struct Profile\n{\n};\n\n"
        "int tooLong(int x)\n{\n" + body + "\n"
        "    return x + int(CarrierCatalog::builtin().presets().size());\n}\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "app" / "core").mkdir(parents=True)
        (root / "app" / "core" / "broken.cpp").write_text(broken)
        problems = check(root)
    expected = ["says profile", "takes the global catalog", "tooLong is 88 lines"]
    found = all(any(e in p for p in problems) for e in expected)
    print("\n".join(problems))
    print("self-test:", "ok" if found and len(problems) == 3 else "FAILED")
    return 0 if found and len(problems) == 3 else 1


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    problems = check(ROOT)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
