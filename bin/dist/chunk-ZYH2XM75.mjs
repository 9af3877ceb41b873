import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  compareDiagnostics
} from "./chunk-QZA5WI5V.mjs";
import {
  buildJobs,
  buildModel,
  entrySpan,
  stringLocator
} from "./chunk-2EZUSIHK.mjs";
import {
  SourceText,
  decodeToml,
  moduleImportError,
  parseDocument,
  parslCatalog,
  targetDialect
} from "./chunk-ESK643ZF.mjs";
import {
  ruleDocsUrl
} from "./chunk-6VYAT3BE.mjs";

// src/engine/rule-names.ts
function ruleNames(rules) {
  let names = built.get(rules);
  if (!names) {
    names = /* @__PURE__ */ new Map();
    for (const { meta } of rules) {
      names.set(meta.id, meta.id);
      for (const alias of meta.aliases ?? []) names.set(alias, meta.id);
    }
    built.set(rules, names);
  }
  return names;
}
var built = /* @__PURE__ */ new WeakMap();

// src/model/object-class.ts
var TEST_EXECUTOR = "_TEST_EXECUTOR_";
function objectClass(object, target, catalog) {
  if (object.className === void 0 || moduleImportError(target, object.group)) return void 0;
  if (object.group === "executors" && object.className === TEST_EXECUTOR) return catalog.lookup("executors", "ThreadPoolExecutor");
  return catalog.lookup(object.group, object.className);
}

// src/model/arguments.ts
function* keywordArguments(config, target, catalog) {
  for (const entry of config.configParams.values()) yield { entry, spec: catalog.config, siblings: config.configParams, object: void 0 };
  for (const object of config.objects) {
    const spec = objectClass(object, target, catalog);
    if (!spec || spec.abstract) continue;
    for (const entry of object.params.values()) yield { entry, spec, siblings: object.params, object };
  }
}

// src/engine/message.ts
function messageText(parts) {
  let text = parts.headline;
  if (parts.note !== void 0) text += `: ${parts.note}`;
  if (parts.help !== void 0) text += `${parts.note?.endsWith(".") ? " " : "; "}${parts.help}`;
  return text;
}

// src/engine/active-rules.ts
var ActiveRules = class {
  on = { syntaxError: [], config: [], object: [], executor: [], mapping: [], job: [], argument: [], directives: [] };
  catalog;
  /** The ids of all the rules given, on or off, for the `directives` hook. */
  ruleIds;
  current;
  constructor(options) {
    this.catalog = parslCatalog(options.target.parsl);
    this.ruleIds = options.rules.map((rule) => rule.meta.id);
    const settings = settingsById(options);
    const file = () => {
      if (this.current === void 0) throw new Error("a rule reported outside the lint of a file");
      return this.current;
    };
    for (const rule of options.rules) {
      const setting = settings.get(rule.meta.id) ?? rule.meta.severity;
      if (setting === "off") continue;
      const context = {
        get source() {
          return file().source;
        },
        target: options.target,
        catalog: this.catalog,
        requiredFields: options.requiredFields ?? {},
        profile: options.profile,
        slurmPluginOptions: options.slurmPluginOptions ?? [],
        sbatchAnswer: options.sbatchAnswer,
        report: (report) => {
          const { source, diagnostics } = file();
          diagnostics.push(toDiagnostic(rule, setting, report, source));
        },
        locate: (node) => file().locate(node)
      };
      addHooks(this.on, rule.create(context));
    }
  }
  /** Whether a file is being linted with these rules now (a rule that lints a file itself would reach here). */
  get busy() {
    return this.current !== void 0;
  }
  /** Runs `lint` with the contexts standing for `source`; returns what the rules reported, unsorted. */
  lintFile(source, locate, lint) {
    const diagnostics = [];
    this.current = { source, locate, diagnostics };
    try {
      lint();
    } finally {
      this.current = void 0;
    }
    return diagnostics;
  }
  /** Runs the syntax-error hooks for a file that is not valid TOML. */
  lintSyntaxError(source, locate, error) {
    return this.lintFile(source, locate, () => {
      for (const hook of this.on.syntaxError) hook(error);
    });
  }
};
var created = /* @__PURE__ */ new WeakMap();
function activeRules(options) {
  let rules = created.get(options);
  if (rules?.busy) return new ActiveRules(options);
  if (rules === void 0) created.set(options, rules = new ActiveRules(options));
  return rules;
}
function addHooks(on, visitor) {
  if (visitor.syntaxError) on.syntaxError.push(visitor.syntaxError);
  if (visitor.config) on.config.push(visitor.config);
  if (visitor.object) on.object.push(visitor.object);
  if (visitor.executor) on.executor.push(visitor.executor);
  if (visitor.mapping) on.mapping.push(visitor.mapping);
  if (visitor.job) on.job.push(visitor.job);
  if (visitor.argument) on.argument.push(visitor.argument);
  if (visitor.directives) on.directives.push(visitor.directives);
}
function settingsById(options) {
  const names = ruleNames(options.rules);
  return new Map([...options.settings ?? []].map(([name, setting]) => [names.get(name) ?? name, setting]));
}
function toDiagnostic(rule, severity, report, source) {
  const span = "span" in report.at ? report.at.span : report.at;
  if (report.fix && (rule.meta.fix === "none" || rule.meta.fix === "unsafe" && report.fix.safety === "safe")) {
    throw new Error(`rule ${rule.meta.id} reported a ${report.fix.safety} fix but declares fix: ${rule.meta.fix}`);
  }
  const parts = typeof report.message === "string" ? { headline: report.message } : report.message;
  return {
    rule: rule.meta.id,
    severity,
    message: messageText(parts),
    headline: parts.headline,
    note: parts.note,
    help: parts.help,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    docs: ruleDocsUrl(rule.meta.id),
    fix: report.fix,
    suggestions: report.suggestions ?? []
  };
}

// src/engine/suppressions/directives.ts
var DIRECTIVE_KINDS = ["disable", "disable-line", "disable-next-line"];
var DIRECTIVE_PREFIX = "parsl-lint-";
var DIRECTIVE = /^(\s*)(parsl-lint-\S*)(.*)$/s;
var REASON = /\s-{2,}(?:\s|$)/;
function readDirectives(document, source) {
  const layout = documentLayout(document.root, source);
  const directives = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, indent, word, rest] = match;
    const separator = REASON.exec(rest);
    const list = separator ? rest.slice(0, separator.index) : rest;
    const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : "";
    const listStart = comment.span.start + 1 + indent.length + word.length;
    const kind = DIRECTIVE_KINDS.find((candidate) => DIRECTIVE_PREFIX + candidate === word);
    const line = source.positionAt(comment.span.start).line;
    directives.push({
      word,
      kind,
      span: comment.span,
      line,
      rules: ruleNames2(list, listStart),
      reason: reason === "" ? void 0 : reason,
      scope: kind && scopeOf(kind, comment.span, line, source, layout)
    });
  }
  return directives;
}
function ruleNames2(list, start) {
  const rules = [];
  let offset = start;
  for (const part of list.split(",")) {
    const name = part.trim();
    const nameStart = offset + part.indexOf(name);
    if (name !== "") rules.push({ name, span: { start: nameStart, end: nameStart + name.length } });
    offset += part.length + 1;
  }
  return rules;
}
function scopeOf(kind, comment, line, source, layout) {
  if (kind === "disable-line") return linesOf(layout, line, (entry) => entry.first === line || entry.last === line);
  if (kind === "disable-next-line") return linesOf(layout, line + 1, (entry) => entry.first === line + 1);
  if (source.lineText(line).trimStart()[0] !== "#") return void 0;
  const firstStatement = Math.min(layout.headers[0] ?? Infinity, layout.keys[0] ?? Infinity);
  if (comment.end < firstStatement) return { kind: "file" };
  const header = layout.headers.find((start) => start > comment.end);
  const nextKey = layout.keys.find((start) => start > comment.end) ?? Infinity;
  const between = header === void 0 ? "" : source.text.slice(comment.end, header);
  if (header === void 0 || nextKey < header || /\n[ \t]*\r?\n/.test(between)) return void 0;
  const end = layout.headers.find((start) => start > header) ?? source.text.length;
  return { kind: "table", span: { start: header, end } };
}
function linesOf(layout, line, touches) {
  const entries = layout.keyValues.filter(touches);
  return { kind: "lines", first: Math.min(line, ...entries.map((entry) => entry.first)), last: Math.max(line, ...entries.map((entry) => entry.last)) };
}
function documentLayout(root, source) {
  const headers = [];
  const keys = [];
  const keyValues = [];
  const visit = (table) => {
    for (const entry of table.entries.values()) {
      keys.push(entry.keySpan.start);
      const value = entry.value;
      const tables = value.kind === "table" ? [value] : value.kind === "array" ? value.items : [];
      const isKeyValue = value.kind === "scalar" || value.kind === "array" && !value.ofTables || value.kind === "table" && value.origin === "inline";
      if (isKeyValue) {
        const span = entrySpan(entry);
        keyValues.push({ first: source.positionAt(span.start).line, last: source.positionAt(span.end).line });
      }
      for (const child of tables) {
        if (child.kind !== "table") continue;
        if (child.origin === "header" || child.origin === "array-header") headers.push(child.span.start);
        visit(child);
      }
    }
  };
  visit(root);
  return { headers: headers.sort((a, b) => a - b), keys: keys.sort((a, b) => a - b), keyValues };
}

// src/engine/suppressions/suppress.ts
function applyDirectives(diagnostics, directives, ruleNames3) {
  const names = (rule, diagnostic) => ruleNames3.get(rule.name) === diagnostic.rule;
  const counts = directives.map((directive) => directive.rules.map(() => 0));
  const narrowestFirst = directives.map((directive, index) => ({ directive, index })).sort((a, b) => breadth(a.directive.scope) - breadth(b.directive.scope));
  const kept = [];
  const suppressed = [];
  for (const diagnostic of diagnostics) {
    const match = narrowestFirst.find(({ directive: directive2 }) => covers(directive2.scope, diagnostic) && directive2.rules.some((rule) => names(rule, diagnostic)));
    if (!match) {
      kept.push(diagnostic);
      continue;
    }
    const { directive, index } = match;
    counts[index][directive.rules.findIndex((rule) => names(rule, diagnostic))]++;
    suppressed.push({ ...diagnostic, suppressedBy: { directive: directive.kind, line: directive.line, reason: directive.reason } });
  }
  const checked = directives.map((directive, d) => ({
    ...directive,
    rules: directive.rules.map((rule, r) => ({ ...rule, known: ruleNames3.has(rule.name), suppressed: counts[d][r] }))
  }));
  return { kept, suppressed, directives: checked };
}
function covers(scope, diagnostic) {
  switch (scope?.kind) {
    case "lines":
      return scope.first <= diagnostic.start.line && diagnostic.start.line <= scope.last;
    case "table":
      return scope.span.start <= diagnostic.span.start && diagnostic.span.start < scope.span.end;
    case "file":
      return true;
    default:
      return false;
  }
}
function breadth(scope) {
  switch (scope?.kind) {
    case "lines":
      return scope.last - scope.first;
    case "table":
      return 1 + scope.span.end - scope.span.start;
    default:
      return Number.MAX_SAFE_INTEGER;
  }
}

// src/engine/lint.ts
function lintBytes(bytes, options) {
  const decoded = decodeToml(bytes);
  if (decoded.ok) return lintText(decoded.text, options);
  const source = new SourceText(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  return runOnSyntaxError(source, { message: decoded.message, offset: decoded.offset }, options);
}
function lintText(text, options) {
  const source = new SourceText(text);
  const parsed = parseDocument(text, targetDialect(options.target));
  if (!parsed.ok) return runOnSyntaxError(source, parsed.error, options);
  const model = buildModel(parsed.document);
  const locate = stringLocator(text);
  const rules = activeRules(options);
  const { on, catalog } = rules;
  let jobs = [];
  const reported = rules.lintFile(source, locate, () => {
    for (const hook of on.config) hook(model);
    for (const object of model.objects) for (const hook of on.object) hook(object, model);
    for (const executor of model.executors) for (const hook of on.executor) hook(executor, model);
    if (model.mapping) for (const hook of on.mapping) hook(model.mapping, model);
    jobs = buildJobs(model, catalog, locate, options.slurmRelease === void 0 ? {} : { slurmRelease: options.slurmRelease });
    for (const job of jobs) for (const hook of on.job) hook(job, model);
    if (on.argument.length > 0) {
      for (const argument of keywordArguments(model, options.target, catalog)) for (const hook of on.argument) hook(argument, model);
    }
  });
  const directives = options.inlineConfig === false ? [] : readDirectives(parsed.document, source);
  const { kept, suppressed, directives: checked } = applyDirectives(reported, directives, ruleNames(options.rules));
  const unsuppressable = checked.length > 0 ? rules.lintFile(source, locate, () => {
    for (const hook of on.directives) hook(checked, rules.ruleIds);
  }) : [];
  return { source, diagnostics: [...kept, ...unsuppressable].sort(compareDiagnostics), suppressed, syntaxError: false, jobs };
}
function runOnSyntaxError(source, error, options) {
  const diagnostics = activeRules(options).lintSyntaxError(source, stringLocator(source.text), error);
  return { source, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], syntaxError: true, jobs: [] };
}

export {
  TEST_EXECUTOR,
  objectClass,
  ruleNames,
  DIRECTIVE_KINDS,
  DIRECTIVE_PREFIX,
  lintBytes,
  lintText
};
