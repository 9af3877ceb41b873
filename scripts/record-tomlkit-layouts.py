#!/usr/bin/env python3
"""Record what tomlkit itself answers for table layouts, for test/document/tomlkit-layouts.test.ts,
which checks the tomlkit-key-already-present rule (python-poetry/tomlkit#261) against it.

    python3 scripts/record-tomlkit-layouts.py TOMLKIT_SOURCE_DIR... [--out FILE]

Each TOMLKIT_SOURCE_DIR is a checkout of python-poetry/tomlkit at a tag, as for
scripts/record-tomlkit.py, whose worker reads each document as QIIME 2 does
(`tomlkit.loads(text).unwrap()` after universal newlines). --out defaults to
test/document/tomlkit-layout-answers.json.

The documents:
- layouts: every sequence of up to four headers from QIIME2_HEADERS, 1,500 longer ones (seeded),
  and every sequence of up to four from TOP_LEVEL_HEADERS (an array of tables at the top level,
  as in python-poetry/tomlkit#261), that is valid TOML 1.0 (Python's tomllib reads it). Header i is written `<header>` then
  `k<i> = <i>` and a blank line. A layout is recorded by the indices of its headers.
- the rule's fixtures (fixtures/tomlkit-key-already-present/*.toml), with the sha256 of their
  bytes, so an edited fixture must be recorded again.
Each answer is "read" (tomlkit's value equals tomllib's), "misread" (tomlkit reads a different
value) or tomlkit's exception, `<type>: <message>`.
"""
import argparse
import base64
import hashlib
import importlib.util
import itertools
import json
import os
import random
import sys
import tomllib

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORDER = os.path.join(REPO, "scripts", "record-tomlkit.py")  # its worker and tag() are shared
FIXTURES = os.path.join(REPO, "fixtures", "tomlkit-key-already-present")

# The tables of a QIIME 2 config, an array of tables inside an element, and tables beside them.
QIIME2_HEADERS = [
    "[parsl]",
    "[[parsl.executors]]",
    "[parsl.executors.provider]",
    "[parsl.executors.provider.launcher]",
    "[[parsl.executors.provider.channels]]",
    "[parsl.executors.launcher]",
    "[parsl.executor_mapping]",
    "[other]",
    "[other.sub]",
]
TOP_LEVEL_HEADERS = ["[[fruit]]", "[fruit.apple]", "[[fruit.apple.seeds]]", "[potato]", "[potato.skin]"]
HEADERS = QIIME2_HEADERS + TOP_LEVEL_HEADERS


def layout_text(layout):
    return "".join(f"{HEADERS[h]}\nk{i} = {i}\n\n" for i, h in enumerate(layout))


def layouts():
    found, seen = [], set()

    def add(layout):
        if layout in seen:
            return
        seen.add(layout)
        try:
            tomllib.loads(layout_text(layout))
        except tomllib.TOMLDecodeError:
            return
        found.append(layout)

    qiime2 = range(len(QIIME2_HEADERS))
    top_level = range(len(QIIME2_HEADERS), len(HEADERS))
    for n in range(1, 5):
        for layout in itertools.product(qiime2, repeat=n):
            add(layout)
    rng = random.Random(20261201)
    longer = 0
    while longer < 1500:
        before = len(found)
        add(tuple(rng.choice(qiime2) for _ in range(rng.randint(5, 6))))
        longer += len(found) - before
    for n in range(1, 5):
        for layout in itertools.product(top_level, repeat=n):
            add(layout)
    return found


def load_recorder():
    spec = importlib.util.spec_from_file_location("record_tomlkit", RECORDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    parser = argparse.ArgumentParser(usage="%(prog)s TOMLKIT_SOURCE_DIR... [--out FILE]", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", metavar="TOMLKIT_SOURCE_DIR")
    parser.add_argument("--out", default=os.path.join(REPO, "test", "document", "tomlkit-layout-answers.json"))
    options = parser.parse_args(argv)
    sources, out = options.sources, options.out
    recorder = load_recorder()
    docs = [{"id": f"layout-{n}", "layout": list(layout), "text": layout_text(layout)} for n, layout in enumerate(layouts())]
    for name in sorted(os.listdir(FIXTURES)):
        if name.endswith(".toml"):
            with open(os.path.join(FIXTURES, name), "rb") as fh:
                raw = fh.read()
            docs.append({"id": name, "fixture": name, "sha256": hashlib.sha256(raw).hexdigest(), "text": raw.decode("utf-8")})
    payload = [[doc["id"], base64.b64encode(doc["text"].encode()).decode()] for doc in docs]
    by_version = recorder.answers_by_version(sources, payload)
    versions = sorted(by_version, key=lambda v: tuple(int(p) for p in v.split(".")))
    records = []
    for doc in docs:
        expected = recorder.tag(tomllib.loads(doc["text"]))
        groups = {}
        for version in versions:
            answer = by_version[version][doc["id"]]
            said = answer["error"] if not answer["valid"] else "read" if answer["value"] == expected else "misread"
            groups.setdefault(said, []).append(version)
        record = {k: doc[k] for k in ("id", "layout", "fixture", "sha256") if k in doc}
        record["answers"] = [{"versions": vs, "answer": said} for said, vs in groups.items()]
        records.append(record)
    with open(out, "w") as fh:
        json.dump(
            {
                "about": "What tomlkit answers for table layouts, written by scripts/record-tomlkit-layouts.py (its docstring says how). "
                "A layout lists indices into headers; header i is written as the header, then k<i> = <i> and a blank line.",
                "tomlkit": versions,
                "headers": HEADERS,
                "documents": records,
            },
            fh,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        fh.write("\n")
    print(f"{len(records)} documents, tomlkit {', '.join(versions)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
