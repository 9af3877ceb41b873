#!/usr/bin/env node
/**
 * Builds the parsl catalog the linter ships (catalog/parsl-<version>.json, catalog/history.json)
 * from the per-release signature files in research/parsl-signatures (README.md there says how they
 * were read from parsl's source).
 *
 *   node scripts/build-catalog.mjs [signatures-dir] [--out dir]
 *
 * signatures-dir defaults to ../shared/research/parsl-signatures beside the repository, --out to
 * the repository's catalog/. Output has sorted keys and a trailing newline, so a re-run on the same
 * input gives identical bytes. catalog/qiime2-releases.json is written by hand and left alone.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED, EXACT_RELEASES } from './parsl-history-facts.mjs';

/** The parsl packages QIIME 2's `module_paths` searches (research/qiime2.md §1.3). */
const GROUPS = ['executors', 'providers', 'launchers', 'channels', 'monitoring', 'data_provider'];

/**
 * Importable classes the signature files have no entry for, because their constructor is not
 * their own (checked in parsl's source at each tag):
 * - SimpleLauncher up to 2023.12.04 spells its constructor `__init_` (parsl/launchers/launchers.py),
 *   so `Launcher.__init__(debug=True)` is the one Python runs.
 * - Channel (parsl/channels/base.py) is an abstract base class without `__init__`: QIIME 2 finds
 *   the name, and constructing it raises TypeError.
 */
const NOT_IN_SIGNATURES = {
  SimpleLauncher: { inheritFrom: 'Launcher' },
  Channel: { abstract: true },
};

/**
 * Batch-scheduler providers are those built on parsl's ClusterProvider ("behavior common to all
 * cluster/supercompute-style scheduler systems", parsl/providers/cluster_provider.py): they submit
 * a job script to a scheduler, with a walltime. In every catalogued release that is Slurm, PBSPro
 * (via Torque), Torque, LSF, GridEngine, Condor and Cobalt; Local, AdHoc, the cloud providers and
 * Kubernetes derive from ExecutionProvider directly.
 */
const BATCH_BASE = 'ClusterProvider';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  let signatures = path.resolve(repoRoot, '..', 'shared', 'research', 'parsl-signatures');
  let out = path.join(repoRoot, 'catalog');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i] ?? fail('--out needs a directory'));
    else if (argv[i].startsWith('-')) fail(`unknown option ${argv[i]}`);
    else signatures = path.resolve(argv[i]);
  }
  return { signatures, out };
}

function fail(message) {
  throw new Error(message);
}

function readSignatures(dir) {
  const files = readdirSync(dir).filter((name) => /^parsl-\d{4}\.\d{2}\.\d{2}\.json$/.test(name)).sort();
  if (files.length === 0) fail(`no parsl-<version>.json files in ${dir}`);
  return files.map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
}

function condenseParams(params) {
  return Object.fromEntries(
    Object.entries(params).map(([name, p]) => [name, { default: p.default, required: p.required, type: p.type }]),
  );
}

function isBatch(signature, name) {
  const bases = signature.classes[name]?.bases ?? [];
  return bases.includes(BATCH_BASE) || bases.some((base) => isBatch(signature, base));
}

function condenseClass(signature, group, name) {
  const found = signature.classes[name];
  const fallback = NOT_IN_SIGNATURES[name];
  let entry;
  if (found) entry = { group, params: condenseParams(found.params), typechecked: found.typechecked };
  else if (fallback?.inheritFrom) {
    const base = signature.classes[fallback.inheritFrom] ?? fail(`parsl ${signature.parsl}: no ${fallback.inheritFrom} for ${name} to inherit from`);
    entry = { group, params: condenseParams(base.params), typechecked: base.typechecked };
  } else if (fallback?.abstract) entry = { abstract: true, group, params: {}, typechecked: false };
  else fail(`parsl ${signature.parsl}: ${group}.${name} is importable but has no signature`);
  if (group === 'providers') entry.batchScheduler = isBatch(signature, name);
  return entry;
}

/** One release's catalog: the classes QIIME 2 can reach in each group, plus Config. */
function condense(signature) {
  const classes = { Config: condenseClass(signature, 'config', 'Config') };
  const modules = {};
  for (const group of GROUPS) {
    const names = signature.importable[group];
    modules[group] = names !== null && names !== undefined;
    for (const name of names ?? []) classes[name] = condenseClass(signature, group, name);
  }
  return { classes, commit: signature.commit, modules, parsl: signature.parsl, source: `research/parsl-signatures/parsl-${signature.parsl}.json` };
}

/** A change first seen in `release`, somewhere after `after` (the previous catalogued release). */
function between(releases, index) {
  return { after: releases[index - 1], exact: false, release: releases[index] };
}

/** Presence of a subject across the catalogued releases → firstSeen/lastSeen/appeared/removed. */
function lifetime(releases, present, subject) {
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  if (present.slice(first, last + 1).includes(false)) fail(`${subject} disappears and comes back; history cannot express that`);
  const entry = { firstSeen: releases[first], lastSeen: releases[last] };
  if (first > 0) entry.appeared = between(releases, first);
  if (last < releases.length - 1) entry.removed = between(releases, last + 1);
  return entry;
}

function differences(a, b) {
  const from = {};
  const to = {};
  for (const field of ['default', 'required', 'type']) {
    if (a[field] !== b[field]) {
      from[field] = a[field];
      to[field] = b[field];
    }
  }
  return Object.keys(to).length ? { from, to } : undefined;
}

function deriveHistory(catalogs) {
  const releases = catalogs.map((catalog) => catalog.parsl);
  const names = [...new Set(catalogs.flatMap((catalog) => Object.keys(catalog.classes)))];
  const classes = {};
  const params = {};
  for (const name of names) {
    const specs = catalogs.map((catalog) => catalog.classes[name]);
    const klass = lifetime(releases, specs.map(Boolean), name);
    klass.group = specs.find(Boolean).group;
    classes[name] = klass;
    const paramNames = [...new Set(specs.flatMap((spec) => Object.keys(spec?.params ?? {})))];
    for (const param of paramNames) {
      const subject = `${name}.${param}`;
      const values = specs.map((spec) => spec?.params[param]);
      const present = values.map(Boolean);
      // Within the class's own lifetime: a param that comes and goes with its class has no
      // appeared/removed of its own.
      const entry = lifetime(
        releases.filter((_, i) => specs[i]),
        present.filter((_, i) => specs[i]),
        subject,
      );
      entry.changes = [];
      for (let i = 1; i < values.length; i++) {
        const diff = values[i - 1] && values[i] ? differences(values[i - 1], values[i]) : undefined;
        if (diff) entry.changes.push({ ...between(releases, i), ...diff });
      }
      (params[name] ??= {})[param] = entry;
    }
  }
  applyFacts(classes, params);
  return { classes: pruneClasses(classes), params: pruneParams(params), releases };
}

function subjectEntry(classes, params, subject) {
  const [name, param] = subject.split('.');
  const entry = param === undefined ? classes[name] : params[name]?.[param];
  return entry ?? fail(`history fact for ${subject}, which no catalogued release has`);
}

/** Overlay the exact releases and curated facts, checking each against the derived interval. */
function applyFacts(classes, params) {
  for (const [subject, event, release, reference] of EXACT_RELEASES) {
    const entry = subjectEntry(classes, params, subject);
    const derived = event === 'changed' ? entry.changes?.find((c) => c.after < release && release <= c.release) : entry[event];
    if (!derived || !(derived.after < release && release <= derived.release)) {
      fail(`${subject} ${event} ${release}: not within a change derived from the signature files`);
    }
    delete derived.after;
    derived.exact = true;
    derived.release = release;
    if (reference) derived.reference = reference;
  }
  for (const [subject, facts] of Object.entries(CURATED)) {
    const entry = subjectEntry(classes, params, subject);
    if (facts.deprecated) entry.deprecated = { exact: true, ...facts.deprecated };
    if (facts.renamedTo) entry.renamedTo = facts.renamedTo;
    if (facts.note) entry.note = facts.note;
  }
}

const isPlain = (entry) => !entry.appeared && !entry.removed && !entry.deprecated && !entry.renamedTo && !entry.note && !entry.changes?.length;

/**
 * Keep only entries with something to say: the API reads a missing class entry as "in every
 * catalogued release", a missing param entry or missing firstSeen/lastSeen as "as long as its class".
 */
function pruneClasses(classes) {
  return Object.fromEntries(Object.entries(classes).filter(([, entry]) => !isPlain(entry)));
}

function pruneParams(params) {
  const kept = {};
  for (const [name, byParam] of Object.entries(params)) {
    for (const [param, entry] of Object.entries(byParam)) {
      if (isPlain(entry)) continue;
      if (!entry.appeared) delete entry.firstSeen;
      if (!entry.removed) delete entry.lastSeen;
      if (!entry.changes.length) delete entry.changes;
      (kept[name] ??= {})[param] = entry;
    }
  }
  return kept;
}

/**
 * JSON with keys sorted at every level (arrays keep their order), two-space indent and a final
 * newline; an object or array holding only scalars goes on one line, so a param is one line.
 */
function stableJson(value) {
  const isScalar = (v) => v === null || typeof v !== 'object';
  const render = (v, indent) => {
    if (isScalar(v)) return JSON.stringify(v);
    const inner = `${indent}  `;
    const items = Array.isArray(v)
      ? v.map((item) => [undefined, item])
      : Object.keys(v).sort().map((key) => [key, v[key]]);
    const parts = items.map(([key, item]) => `${key === undefined ? '' : `${JSON.stringify(key)}: `}${render(item, inner)}`);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return `${open}${close}`;
    if (items.every(([, item]) => isScalar(item))) return `${open}${parts.join(', ')}${close}`;
    return `${open}\n${parts.map((part) => inner + part).join(',\n')}\n${indent}${close}`;
  };
  return `${render(value, '')}\n`;
}

function main() {
  const { signatures, out } = parseArgs(process.argv.slice(2));
  const catalogs = readSignatures(signatures).map(condense);
  mkdirSync(out, { recursive: true });
  for (const catalog of catalogs) writeFileSync(path.join(out, `parsl-${catalog.parsl}.json`), stableJson(catalog));
  writeFileSync(path.join(out, 'history.json'), stableJson(deriveHistory(catalogs)));
  console.log(`wrote ${catalogs.length} parsl catalogs and history.json to ${out}`);
}

main();
