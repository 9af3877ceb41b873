#!/usr/bin/env python3
"""Record what tomlkit itself answers for the documents test/document/tomlkit-oracle.test.ts
compares the parser with: the toml-test suite (TOML 1.0 and 1.1 lists) and real configs with
mutations aimed at what differs between tomlkit versions.

    python3 scripts/record-tomlkit.py TOMLKIT_SOURCE_DIR... [--corpus DIR] [--out FILE]

Each TOMLKIT_SOURCE_DIR is a checkout of python-poetry/tomlkit at a tag (for example
`git --git-dir=tomlkit.git archive 0.14.0 | tar -x -C /tmp/tomlkit-0.14.0`); its version is
read from the package. Nothing of tomlkit is copied into this repository, only its answers.
--corpus defaults to ../shared/corpus beside the repository, --out to
test/document/tomlkit-answers.json.

Each document is fed to tomlkit as QIIME 2 feeds its config: the bytes decoded as UTF-8 and
read with Python's universal newlines (qiime2/sdk/parallel_config.py opens the file with
`open(config_fp, 'r')`), then `tomlkit.loads(text).unwrap()`. The answer is valid with the
value as tagged JSON (toml-test's convention: scalars are {"type", "value"} with the value as a
string), or invalid with the exception's type and message.
"""
import base64
import datetime
import hashlib
import json
import math
import os
import random
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tag(value):
    if isinstance(value, bool):
        return {"type": "bool", "value": "true" if value else "false"}
    if isinstance(value, int):
        try:
            return {"type": "integer", "value": str(value)}
        except ValueError:  # beyond Python's int-string limit
            return {"type": "integer", "value": "huge"}
    if isinstance(value, float):
        text = "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
        return {"type": "float", "value": text}
    if isinstance(value, str):
        if len(value) > 1000:  # kept short: the digest of its UTF-8 bytes and its length in code points
            return {"type": "string", "sha256": hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest(), "length": len(value)}
        return {"type": "string", "value": value}
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return {"type": "datetime", "value": value.isoformat()}
    if isinstance(value, list):
        return [tag(item) for item in value]
    if isinstance(value, dict):
        return {key: tag(item) for key, item in value.items()}
    raise TypeError(f"unexpected {type(value).__name__}")


def worker(source_dir):
    """Answers for the documents on stdin (JSON: [[id, base64 bytes], ...]) with the tomlkit in source_dir."""
    sys.path.insert(0, source_dir)
    import tomlkit

    answers = {}
    for doc_id, data in json.load(sys.stdin):
        raw = base64.b64decode(data)
        try:
            text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            value = tomlkit.loads(text).unwrap()
            answers[doc_id] = {"valid": True, "value": tag(value)}
        except RecursionError:
            answers[doc_id] = {"valid": False, "error": "RecursionError"}
        except Exception as error:  # noqa: BLE001 - every refusal is an answer
            answers[doc_id] = {"valid": False, "error": f"{type(error).__name__}: {error}"[:300]}
    json.dump({"version": tomlkit.__version__, "answers": answers}, sys.stdout)


def splice(at, remove, *parts):
    """An edit of the file's bytes: remove `remove` bytes at `at` ('end': append), insert the parts (text, count)."""
    return {"at": at, "remove": remove, "insert": [[text, count] for text, count in parts]}


def apply(raw, edit):
    if edit.get("newlines"):
        return raw.replace(b"\n", edit["newlines"].encode())
    at = len(raw) if edit["at"] == "end" else edit["at"]
    insert = "".join(text * count for text, count in edit["insert"]).encode()
    return raw[:at] + insert + raw[at + edit["remove"]:]


def aimed_mutations():
    """Appended to a real config: the forms that differ between tomlkit versions, at their limits."""
    out = {
        "crlf": {"newlines": "\r\n"},
        "lone-cr": {"newlines": "\r"},
        "multiline-inline-table": splice("end", 0, ("\n[toml11]\nprovider = {\n  a = 1,\n  b = 2\n}\n", 1)),
        "inline-trailing-comma": splice("end", 0, ("\n[toml11]\nt = { a = 1, }\n", 1)),
        "escape-e": splice("end", 0, ('\n[toml11]\ns = "a\\e[0m"\n', 1)),
        "escape-x": splice("end", 0, ('\n[toml11]\ns = "q\\x32"\n', 1)),
        "time-no-seconds": splice("end", 0, ("\n[toml11]\nt = 07:32\n", 1)),
        "datetime-no-seconds": splice("end", 0, ("\n[toml11]\nt = 1979-05-27T07:32Z\n", 1)),
        "comment-control": splice("end", 0, ("\n# bell \x07 here\n", 1)),
        "escaped-crlf": splice("end", 0, ('\n[toml11]\ns = "module load x\\r\\nsource activate q"\n', 1)),
        "raw-crlf-multiline": splice("end", 0, ('\n[toml11]\ns = """\r\nline one\r\nline two\r\n"""\n', 1)),
        "long-basic": splice("end", 0, ('\n[long]\ns = "', 1), ("ab\\u0041", 22000), ('"\n', 1)),
        "long-literal": splice("end", 0, ("\n[long]\ns = '", 1), ("x", 130000), ("'\n", 1)),
        "long-multiline": splice("end", 0, ('\n[long]\ns = """\n', 1), ("line \\\n   more\n", 12000), ('"""\n', 1)),
        "long-escape-e": splice("end", 0, ('\n[long]\ns = "', 1), ("a", 130000), ('\\e"\n', 1)),
        "long-key": splice("end", 0, ('\n[long]\n"', 1), ("k", 130000), ('" = 1\n', 1)),
        "long-invalid-escape": splice("end", 0, ('\n[long]\ns = "', 1), ("a", 130000), ('\\q"\n', 1)),
    }
    for n in (100, 101, 492, 493):
        out[f"array-{n}"] = splice("end", 0, ("\n[deep]\nv = ", 1), ("[", n), ("]", n), ("\n", 1))
    for n in (100, 101, 327, 328):
        out[f"inline-{n}"] = splice("end", 0, ("\n[deep]\nv = ", 1), ("{a=", n), ("1", 1), ("}", n), ("\n", 1))
    for n in (196, 197):
        out[f"array-inline-{n}"] = splice("end", 0, ("\n[deep]\nv = ", 1), ("[{a=", n), ("1", 1), ("}]", n), ("\n", 1))
    for n in (100, 101, 494, 495, 5000):
        out[f"dotted-{n}"] = splice("end", 0, ("\n[deep]\nz", 1), (".a", n - 1), (" = 1\n", 1))
        out[f"header-{n}"] = splice("end", 0, ("\n[z", 1), (".a", n - 1), ("]\n", 1))
    return out


RANDOM_INSERTS = ["[", "]", "{", "}", "=", ",", ".", '"', "'", "#", "\n", " ", "\\", "x", "1", ":", "-", '"""']


def documents(corpus):
    docs = []
    suite = os.path.join(corpus, "toml-test", "tests")
    names = set()
    for listing in ("files-toml-1.0.0", "files-toml-1.1.0"):
        with open(os.path.join(suite, listing)) as fh:
            names.update(line.strip() for line in fh if line.strip().endswith(".toml"))
    for name in sorted(names):
        docs.append({"id": f"toml-test/{name}", "source": f"toml-test/tests/{name}"})
    real = sorted(name for name in os.listdir(os.path.join(corpus, "real")) if name.endswith(".toml"))
    aimed = aimed_mutations()
    rng = random.Random(20261130)
    for index, name in enumerate(real):
        source = f"real/{name}"
        docs.append({"id": source, "source": source})
        # Each aimed mutation on two of the real configs, in turn.
        for k, (label, edit) in enumerate(aimed.items()):
            if k % len(real) in (index, (index + 7) % len(real)):
                docs.append({"id": f"{source}#{label}", "source": source, "edit": edit})
        size = os.path.getsize(os.path.join(corpus, source))
        for m in range(6):
            at = rng.randrange(size)
            if rng.random() < 0.4:
                edit = splice(at, rng.randint(1, 3))
            else:
                edit = splice(at, 0, (rng.choice(RANDOM_INSERTS), 1))
            docs.append({"id": f"{source}#random-{m}", "source": source, "edit": edit})
    return docs


def answers_by_version(sources, payload):
    """Each tomlkit's answers (worker) to the documents in payload ([[id, base64 bytes], ...]), by its version."""
    by_version = {}
    for source in sources:
        run = subprocess.run([sys.executable, __file__, "--worker", source], input=json.dumps(payload), capture_output=True, text=True, check=True)
        result = json.loads(run.stdout)
        by_version[result["version"]] = result["answers"]
        print(f"tomlkit {result['version']}: {sum(a['valid'] for a in result['answers'].values())} of {len(payload)} valid", file=sys.stderr)
    return by_version


def main(argv):
    if argv[:1] == ["--worker"]:
        worker(argv[1])
        return
    corpus = os.path.join(os.path.dirname(REPO), "shared", "corpus")
    out = os.path.join(REPO, "test", "document", "tomlkit-answers.json")
    sources = []
    args = iter(argv)
    for arg in args:
        if arg == "--corpus":
            corpus = next(args)
        elif arg == "--out":
            out = next(args)
        else:
            sources.append(arg)
    if not sources:
        sys.exit(__doc__)
    docs = documents(corpus)
    payload = []
    for doc in docs:
        with open(os.path.join(corpus, doc["source"]), "rb") as fh:
            raw = fh.read()
        if "edit" in doc:
            raw = apply(raw, doc["edit"])
        payload.append([doc["id"], base64.b64encode(raw).decode()])
    by_version = answers_by_version(sources, payload)
    versions = sorted(by_version, key=lambda v: tuple(int(p) for p in v.split(".")))
    for doc in docs:
        groups = []
        for version in versions:
            answer = by_version[version][doc["id"]]
            same = next((g for g in groups if {k: v for k, v in g.items() if k != "versions"} == answer), None)
            if same:
                same["versions"].append(version)
            else:
                groups.append({"versions": [version], **answer})
        doc["answers"] = groups
    record = {
        "about": "What tomlkit answers for each document, written by scripts/record-tomlkit.py (its docstring says how); "
        "source is a path under ../shared/corpus, edit the change made to its bytes.",
        "tomlkit": versions,
        "documents": docs,
    }
    with open(out, "w") as fh:
        json.dump(record, fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        fh.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
