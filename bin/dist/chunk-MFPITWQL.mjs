import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  ConfigError,
  ConfigResolver,
  NO_CONFIG,
  cite,
  displayPath,
  loadConfig,
  megabytesText,
  walltimeText
} from "./chunk-6COYS2UR.mjs";
import {
  DIRECTIVE_KINDS,
  DIRECTIVE_PREFIX,
  TEST_EXECUTOR,
  objectClass,
  ruleNames
} from "./chunk-ZYH2XM75.mjs";
import {
  printable
} from "./chunk-L5WMFRBK.mjs";
import {
  requestedValue,
  slurmRequest,
  slurmScript
} from "./chunk-FZJTSNHP.mjs";
import {
  booleanSetting,
  describeSetting,
  entryAnchor,
  isString,
  moveEntryEdits,
  numberSetting,
  numberText,
  providerLauncher,
  removeEntryLine,
  replace,
  scalarText,
  settingText,
  tomlBasicString,
  workerFit
} from "./chunk-2EZUSIHK.mjs";
import {
  OBJECT_KEYS,
  QIIME2_RELEASES,
  SCHEDULERS,
  STRATEGIES,
  classHistory,
  closestMatch,
  describeChange,
  describeLoader,
  describeReader,
  describeReleaseRun,
  describeSlurmSubstitution,
  describeSubstitution,
  describeTarget,
  directiveText,
  editDistance,
  isBareShortOption,
  isUserLine,
  moduleImportError,
  optionHistory,
  paramHistory,
  parseAnnotation,
  parseSlurmMemory,
  parseSlurmNodeCount,
  parseSlurmPositiveInteger,
  parseSlurmTime,
  parslCatalog,
  parslWalltimeToMinutes,
  pythonDefault,
  readingRelease,
  releasesDisagree,
  resolveSlurmRelease,
  resolveTarget,
  schedulerOf,
  tomlkitRefusesLateExtension,
  verdictClass
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import {
  ReportTally
} from "./chunk-EEMRFL5V.mjs";

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/browser.js
var level = (() => {
  if (!("navigator" in globalThis)) {
    return 0;
  }
  if (globalThis.navigator.userAgentData) {
    const brand = navigator.userAgentData.brands.find(({ brand: brand2 }) => brand2 === "Chromium");
    if (brand && brand.version > 93) {
      return 3;
    }
  }
  if (/\b(Chrome|Chromium)\//.test(globalThis.navigator.userAgent)) {
    return 1;
  }
  return 0;
})();
var colorSupport = level !== 0 && {
  level,
  hasBasic: true,
  has256: level >= 2,
  has16m: level >= 3
};
var supportsColor = {
  stdout: colorSupport,
  stderr: colorSupport
};
var browser_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = browser_default;
var GENERATOR = Symbol("GENERATOR");
var STYLER = Symbol("STYLER");
var IS_EMPTY = Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level2, type, ...arguments_) => {
  if (model === "rgb") {
    if (level2 === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level2 === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level2, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level: level2 } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level2], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level: level2 } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level2], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level2) {
      this[GENERATOR].level = level2;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/engine/rule.ts
function defineRule(rule62) {
  return rule62;
}

// rules/toml-syntax/index.ts
var rule = defineRule({
  meta: {
    id: "toml-syntax",
    severity: "error",
    description: "The file is not valid TOML (or not UTF-8) for the target release's tomlkit, so QIIME 2 cannot read it.",
    fix: "none"
  },
  create: (context) => ({
    syntaxError(error) {
      const end = Math.min(error.offset + 1, context.source.text.length);
      context.report({ at: { start: error.offset, end }, message: { headline: error.message, note: `${describeReader(readingRelease(context.target))} and rejects the whole file` } });
    }
  })
});

// rules/toml-version/index.ts
var rule2 = defineRule({
  meta: {
    id: "toml-version",
    severity: "error",
    description: "The file uses TOML 1.1 syntax, which the target release's tomlkit (TOML 1.0) refuses.",
    fix: "safe"
  },
  create: (context) => ({
    config(config) {
      const reader = describeReader(readingRelease(context.target));
      for (const form of config.document.toml11Forms) {
        context.report({
          at: form.span,
          message: { headline: `${form.what} is TOML 1.1`, note: `${reader} and refuses it`, help: form.advice },
          fix: form.replacement === void 0 ? void 0 : { safety: "safe", description: form.advice, edits: [{ ...form.span, text: form.replacement }] }
        });
      }
    }
  })
});

// src/document/move-tables.ts
function moveLateTablesEdits(text, headers, extension) {
  if (extension.kind !== "subtable") return void 0;
  const late = extension.header.index;
  const first = extension.between[0].header.index;
  if (late - first !== extension.between.length) return void 0;
  const inside = (header) => extension.element.path.every((segment, i) => header.path[i] === segment);
  let end = late + 1;
  while (end < headers.length && inside(headers[end])) end++;
  const from = blockStart(text, headers[late]);
  const to = end < headers.length ? blockStart(text, headers[end]) : text.length;
  const at = blockStart(text, headers[first]);
  let moved = text.slice(from, to);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  if (!moved.endsWith("\n")) moved += newline;
  if (!/\n\r?\n$/.test(moved)) moved += newline;
  return [
    { start: at, end: at, text: moved },
    { start: from, end: to, text: "" }
  ];
}
function blockStart(text, header) {
  let start = text.lastIndexOf("\n", header.span.start - 1) + 1;
  while (start > 0) {
    const previous = text.lastIndexOf("\n", start - 2) + 1;
    if (!text.slice(previous, start).trimStart().startsWith("#")) break;
    start = previous;
  }
  return start;
}

// src/document/table-order.ts
function tableHeaders(root) {
  const headers = [];
  const visit = (node) => {
    if (node.kind === "table") {
      if (node.origin === "header" || node.origin === "array-header") {
        headers.push({ path: node.path, span: node.span, arrayElement: node.origin === "array-header" });
      }
      if (node.origin !== "inline") for (const entry of node.entries.values()) visit(entry.value);
    } else if (node.kind === "array" && node.ofTables) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return headers.sort((a, b) => a.span.start - b.span.start).map((header, index) => ({ ...header, index }));
}
function lateArrayExtensions(headers) {
  const byPath = new Map(headers.map((header, index) => [pathKey(header.path), index]));
  const scans = /* @__PURE__ */ new Map();
  const outsideBefore = (elementIndex, index) => {
    const elementPath = headers[elementIndex].path;
    const scan = scans.get(elementIndex) ?? { next: elementIndex + 1, outside: [], seen: { between: [], interruptions: /* @__PURE__ */ new Set() } };
    scans.set(elementIndex, scan);
    for (; scan.next < index; scan.next++) {
      const other = headers[scan.next];
      if (!startsWith(other.path, elementPath)) scan.outside.push({ header: other, interruption: interruption(other.path, elementPath) });
    }
    if (scan.seen.between.length !== scan.outside.length) {
      scan.seen = { between: scan.outside.slice(), interruptions: new Set(scan.outside.map((other) => other.interruption)) };
    }
    return scan.seen;
  };
  const found = [];
  headers.forEach((header, index) => {
    header.path.forEach((segment, depth) => {
      if (typeof segment !== "number") return;
      const starts = header.arrayElement && depth === header.path.length - 1;
      if (starts && segment === 0) return;
      const elementPath = starts ? [...header.path.slice(0, depth), segment - 1] : header.path.slice(0, depth + 1);
      if (!starts && elementPath.length === header.path.length) return;
      const elementIndex = byPath.get(pathKey(elementPath));
      if (elementIndex === void 0) return;
      const { between, interruptions } = outsideBefore(elementIndex, index);
      if (between.length > 0) found.push({ header, kind: starts ? "element" : "subtable", element: headers[elementIndex], between, interruptions });
    });
  });
  return found;
}
function interruption(path3, elementPath) {
  const holder = elementPath.slice(0, -2);
  if (path3.length <= holder.length && startsWith(holder, path3)) return "ancestor";
  if (startsWith(path3, holder)) return "beside";
  return path3[0] === elementPath[0] ? "same-top-level" : "other-top-level";
}
function startsWith(path3, prefix) {
  return prefix.length <= path3.length && prefix.every((segment, i) => path3[i] === segment);
}
function pathKey(path3) {
  return JSON.stringify(path3);
}

// rules/tomlkit-key-already-present/index.ts
var rule3 = defineRule({
  meta: {
    id: "tomlkit-key-already-present",
    severity: "error",
    description: `A table header reaches back into an array of tables after other tables, a layout the target release's tomlkit refuses with "Key \u2026 already exists".`,
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      const release = readingRelease(context.target);
      const reported = /* @__PURE__ */ new Set();
      const headers = tableHeaders(config.document.root);
      for (const extension of lateArrayExtensions(headers)) {
        if (reported.has(extension.header) || !tomlkitRefusesLateExtension(release.tomlkit, extension)) continue;
        reported.add(extension.header);
        context.report({
          at: extension.header.span,
          message: `${describe(context.source, extension)}: ${describeReader(release)}, which refuses this layout (python-poetry/tomlkit#261) and stops with 'Key "${arrayName(extension)}" already exists.' before any action runs; ${advice(context.source, extension)}`,
          suggestions: suggestMove(context.source, headers, extension)
        });
      }
    }
  })
});
function suggestMove(source, headers, extension) {
  const edits = moveLateTablesEdits(source.text, headers, extension);
  if (!edits) return [];
  const first = extension.between[0].header;
  return [{ description: `move ${written(source, extension.header)} and the element's tables after it above ${written(source, first)}`, edits }];
}
function describe(source, extension) {
  const header = written(source, extension.header);
  const count2 = extension.between.length;
  const named = extension.between.slice(0, count2 > 2 ? 2 : count2).map((other) => `${written(source, other.header)} (line ${line(source, other.header)})`);
  const shown = count2 > 2 ? `${named.join(", ")} and ${count2 - 2} more` : named.join(" and ");
  const element = `${written(source, extension.element)} on line ${line(source, extension.element)}`;
  return extension.kind === "subtable" ? `${header} adds to the ${element}, but ${shown} came between` : `${header} starts the element after the ${element}, but ${shown} came between`;
}
function advice(source, extension) {
  return extension.kind === "subtable" ? `move ${written(source, extension.header)} up, directly below the element's other tables (the same document in TOML)` : `move the tables between below the last ${written(source, extension.element)} element, so the array's elements are written together`;
}
function arrayName(extension) {
  return String(extension.element.path[extension.element.path.length - 2]);
}
function written(source, header) {
  return source.text.slice(header.span.start, header.span.end);
}
function line(source, header) {
  return source.positionAt(header.span.start).line;
}

// src/model/config.ts
function stringParam(object, name) {
  const value = object.params.get(name)?.value;
  return value?.kind === "scalar" && value.type === "string" ? value : void 0;
}

// rules/dos-line-breaks/index.ts
var SCRIPT_FIELDS = ["scheduler_options", "worker_init"];
var CARRIAGE_RETURN_ESCAPE = /^\\(?:r|u000[dD]|U0000000[dD])$/;
var rule4 = defineRule({
  meta: {
    id: "dos-line-breaks",
    severity: "error",
    description: "A SlurmProvider `scheduler_options` or `worker_init` ends a line with a carriage return, and sbatch refuses the script.",
    fix: "safe"
  },
  create: (context) => ({
    object(object) {
      if (object.className !== "SlurmProvider") return;
      for (const field of SCRIPT_FIELDS) {
        const node = stringParam(object, field);
        if (!node) continue;
        const returns = [...node.value.matchAll(/\r(?=\n|$)/g)].map((match) => match.index);
        if (returns.length === 0) continue;
        const locator = context.locate(node);
        const edits = returns.map((index) => ({ ...locator.spanOf(index, index + 1), text: "" }));
        const fixable = edits.every((edit) => CARRIAGE_RETURN_ESCAPE.test(context.source.text.slice(edit.start, edit.end)));
        context.report({
          at: node,
          message: {
            headline: `${field} ends ${returns.length === 1 ? "a line" : `${returns.length} lines`} with a carriage return (\\r before a line feed)`,
            note: 'parsl copies it into the batch script, and sbatch refuses the whole script with "Batch script contains DOS line breaks (\\r\\n)", so no block ever starts',
            help: "remove the \\r"
          },
          fix: fixable ? { safety: "safe", description: `remove the \\r from ${field}`, edits } : void 0
        });
      }
    }
  })
});

// rules/byte-order-mark/index.ts
var rule5 = defineRule({
  meta: {
    id: "byte-order-mark",
    severity: "error",
    description: "The file starts with a byte order mark, which QIIME 2 reads as part of the first key and rejects.",
    fix: "safe"
  },
  create: (context) => ({
    config() {
      if (!context.source.hasBom) return;
      context.report({
        at: { start: 0, end: 1 },
        message: {
          headline: "the file starts with a UTF-8 byte order mark (U+FEFF, often added by Windows editors)",
          note: "QIIME 2 opens the file as plain UTF-8, so tomlkit sees the mark as part of the first key and fails with EmptyKeyError: Empty key at line 1 col 0"
        },
        fix: { safety: "safe", description: "remove the byte order mark", edits: [{ start: 0, end: 1, text: "" }] }
      });
    }
  })
});

// src/model/typecheck.ts
var BASE_CLASSES = /* @__PURE__ */ new Map([
  ["ParslExecutor", "executors"],
  ["ExecutionProvider", "providers"],
  ["Launcher", "launchers"],
  ["Channel", "channels"],
  ["MonitoringHub", "monitoring"]
]);
function checkValue(type, node, key) {
  const fail = { node };
  switch (type.kind) {
    case "any":
      return void 0;
    case "none":
      return fail;
    case "int":
      return isScalar(node, "integer", "boolean") ? void 0 : fail;
    case "float":
      return isScalar(node, "integer", "float", "boolean") ? void 0 : fail;
    case "bool":
      return isScalar(node, "boolean") ? void 0 : fail;
    case "str":
      return isScalar(node, "string") ? void 0 : fail;
    case "literal":
      return isScalar(node, "string") && type.values.includes(node.value) ? void 0 : fail;
    case "union":
      return checkUnion(type.members, node, key);
    case "sequence":
      if (isScalar(node, "string") && checkValue(type.item, node, key) === void 0) return void 0;
      return checkItems(type.item, node, key);
    case "list":
      return checkItems(type.item, node, key);
    case "dict":
      if (node.kind !== "table" || isObjectKey(key)) return fail;
      for (const entry of node.entries.values()) {
        const mismatch = checkValue(type.value, entry.value, void 0);
        if (mismatch) return mismatch;
      }
      return void 0;
    case "tuple":
      return { node, unwritable: "a Python tuple, and QIIME 2 passes a TOML array as a list" };
    case "callable":
      return { node, unwritable: "a Python function" };
    case "class": {
      const group = BASE_CLASSES.get(type.name);
      if (group === void 0) return { node, unwritable: `a ${type.name} object, which QIIME 2 cannot build from TOML` };
      return node.kind === "table" && key !== void 0 && OBJECT_KEYS.get(key) === group ? void 0 : fail;
    }
  }
}
function baseClassGroup(name) {
  return BASE_CLASSES.get(name);
}
function describeNode(node) {
  if (node.kind === "scalar") return node.type === "integer" ? "an integer" : `a ${node.type}`;
  return node.kind === "array" ? "an array" : "a table";
}
function checkUnion(members, node, key) {
  const mismatches = [];
  for (const member of members) {
    const mismatch = checkValue(member, node, key);
    if (!mismatch) return void 0;
    if (member.kind !== "none") mismatches.push(mismatch);
  }
  const inside = mismatches.find((mismatch) => mismatch.node !== node);
  if (inside) return inside;
  return mismatches.length > 0 && mismatches.every((mismatch) => mismatch.unwritable) ? mismatches[0] : { node };
}
function checkItems(item, node, key) {
  if (node.kind !== "array") return { node };
  for (const element of node.items) {
    const mismatch = checkValue(item, element, key);
    if (mismatch) return mismatch;
  }
  return void 0;
}
function isScalar(node, ...types) {
  return node.kind === "scalar" && types.includes(node.type);
}
function isObjectKey(key) {
  return key !== void 0 && OBJECT_KEYS.has(key);
}

// rules/missing-parsl-table/index.ts
var rule6 = defineRule({
  meta: {
    id: "missing-parsl-table",
    severity: "error",
    description: "The file has no `[parsl]` table, the only part of it QIIME 2 reads.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      if (config.parslTable) return;
      if (config.parsl) {
        context.report({
          at: config.parsl.keySpan,
          message: { headline: `\`parsl\` must be a table ([parsl]), not ${describeNode(config.parsl.value)}`, note: "QIIME 2 fails as it loads the file" }
        });
        return;
      }
      context.report({
        at: { start: 0, end: context.source.lineText(1).length },
        message: { headline: "no [parsl] table", note: "QIIME 2 reads only [parsl] and fails with AttributeError: 'NoneType' object has no attribute 'pop'" }
      });
    }
  })
});

// rules/ignored-top-level-table/index.ts
var rule7 = defineRule({
  meta: {
    id: "ignored-top-level-table",
    severity: "warning",
    description: "A top-level table other than `[parsl]`, which QIIME 2 does not read.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      if (!config.parslTable) return;
      for (const entry of config.document.root.entries.values()) {
        if (entry.key === "parsl") continue;
        context.report({ at: entry.keySpan, message: explain(entry.key) });
      }
    }
  })
});
function explain(key) {
  if (key === "executor_mapping") {
    return {
      headline: "a top-level [executor_mapping] is read only when QIIME 2 (2024.10 and later) finds this file by itself (--parallel without --parallel-config)",
      note: 'with --parallel-config it is ignored and every action runs on "default"',
      help: "write it as [parsl.executor_mapping]"
    };
  }
  const guess = closestMatch(key, ["parsl"]);
  return { headline: `QIIME 2 reads only the [parsl] table, so [${key}] is ignored`, help: guess ? `did you mean [${guess}]?` : void 0 };
}

// rules/missing-class/index.ts
var rule8 = defineRule({
  meta: {
    id: "missing-class",
    severity: "error",
    description: "A table that QIIME 2 turns into a parsl object has no `class`.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const key = object.entry.key;
      if (!object.table) {
        const shape = key === "executors" ? "an array of tables ([[parsl.executors]]), each with a `class` key" : "a table with a `class` key";
        context.report({
          at: object.node,
          message: { headline: `\`${key}\` must be ${shape}, not ${describeNode(object.node)}`, note: "QIIME 2 builds a parsl object from it and fails with a TypeError" }
        });
      } else if (!object.classEntry) {
        context.report({
          at: object.table,
          message: { headline: `this \`${key}\` table has no \`class\``, note: `QIIME 2 builds a parsl object from every \`${key}\` table and fails with KeyError: 'class'` }
        });
      }
    }
  })
});

// src/model/executor-label.ts
function executorLabel(executor, catalog) {
  const written2 = executor.params.get("label")?.value;
  if (written2) {
    return written2.kind === "scalar" && typeof written2.value === "string" ? { value: written2.value, written: written2 } : void 0;
  }
  const spec = executor.className ? catalog.lookup("executors", executor.className)?.params.get("label") : void 0;
  const fallback = spec ? pythonDefault(spec) : void 0;
  return typeof fallback === "string" ? { value: fallback, written: void 0 } : void 0;
}

// rules/duplicate-executor-label/index.ts
var rule9 = defineRule({
  meta: {
    id: "duplicate-executor-label",
    severity: "error",
    description: "Two executors have the same label, which parsl refuses.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      const firstLine = /* @__PURE__ */ new Map();
      for (const executor of config.executors) {
        const label = executorLabel(executor, context.catalog);
        if (!label) continue;
        const at = label.written ?? executor.node;
        const line2 = context.source.positionAt(at.span.start).line;
        const earlier = firstLine.get(label.value);
        if (earlier === void 0) {
          firstLine.set(label.value, line2);
          continue;
        }
        const how = label.written ? "" : ` (the default label of ${executor.className}, since none is set)`;
        context.report({
          at,
          message: { headline: `executor label "${label.value}"${how} is already used by the executor on line ${earlier}`, note: "parsl raises ConfigurationError: Executors must have unique labels" }
        });
      }
    }
  })
});

// rules/missing-default-executor/index.ts
var rule10 = defineRule({
  meta: {
    id: "missing-default-executor",
    severity: "error",
    description: "No executor is labelled `default`, where QIIME 2 sends every action the mapping does not name.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      if (!config.parslTable) return;
      if (config.executors.length === 0) {
        if (config.configParams.size === 0) return;
        context.report({
          at: config.executorsEntry ? entryAnchor(config.executorsEntry) : config.parslTable,
          message: {
            headline: "[parsl] sets parsl.Config arguments but defines no executors",
            note: `parsl then runs one ThreadPoolExecutor labelled "threads", and QIIME 2 fails with KeyError: 'default' at the first action`
          }
        });
        return;
      }
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      if (labels.some((label) => label?.value === "default")) return;
      if (labels.some((label) => label === void 0)) return;
      const named = labels.map((label) => `"${label.value}"`).join(", ");
      context.report({
        at: entryAnchor(config.executorsEntry),
        message: {
          headline: `no executor is labelled "default" (labels: ${named})`,
          note: `QIIME 2 sends every action that executor_mapping does not name to "default" and fails with KeyError: 'default'`
        }
      });
    }
  })
});

// rules/unknown-executor-label/index.ts
var rule11 = defineRule({
  meta: {
    id: "unknown-executor-label",
    severity: "error",
    description: "`executor_mapping` sends an action to a label that no executor in the file has.",
    fix: "unsafe"
  },
  create: (context) => ({
    mapping(mapping, config) {
      if (config.executors.length === 0) return;
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      if (labels.some((label) => label === void 0)) return;
      const known = [...new Set(labels.map((label) => label.value))];
      for (const assignment of [...mapping.flat, ...mapping.perPlugin]) {
        const value = assignment.label;
        if (value.kind !== "scalar" || typeof value.value !== "string") {
          context.report({ at: value, message: { headline: `${assignment.action.key} must be sent to an executor label (a string), not ${describeNode(value)}`, note: "QIIME 2 fails with a KeyError when it runs that action" } });
          continue;
        }
        if (known.includes(value.value)) continue;
        const guess = closestMatch(value.value, known);
        context.report({
          at: value,
          message: {
            headline: `no executor is labelled "${value.value}" (labels: ${known.map((label) => `"${label}"`).join(", ")})`,
            note: `QIIME 2 fails with KeyError: '${value.value}' when it runs ${assignment.action.key}`,
            help: guess ? `did you mean "${guess}"?` : void 0
          },
          ...guess && {
            fix: { safety: "unsafe", description: `send it to "${guess}"`, edits: [replace(value, tomlBasicString(guess))] }
          }
        });
      }
    }
  })
});

// rules/missing-walltime/index.ts
var rule12 = defineRule({
  meta: {
    id: "missing-walltime",
    severity: "warning",
    description: "A batch-scheduler provider has no `walltime`, so parsl's short default applies.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const use = schedulerOf(object.className)?.walltime.use;
      if (object.group !== "providers" || use !== "minutes" && use !== "verbatim" || !object.table || object.params.has("walltime")) return;
      const spec = context.catalog.lookup("providers", object.className)?.params.get("walltime");
      const fallback = spec && pythonDefault(spec);
      if (typeof fallback !== "string") return;
      context.report({
        at: object.table,
        message: {
          headline: `${object.className} has no walltime, so parsl's default of ${fallback} applies`,
          note: `every block, and the workers in it, is killed after ${describeDuration(fallback)}`
        }
      });
    }
  })
});
function describeDuration(hms2) {
  const [hours = 0, minutes = 0] = hms2.split(":").map(Number);
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : "", minutes > 0 ? `${minutes} minutes` : ""].filter(Boolean);
  return parts.join(" ") || hms2;
}

// src/model/providers.ts
function isBatchProvider(object) {
  return object.group === "providers" && schedulerOf(object.className) !== void 0;
}

// rules/missing-worker-init/index.ts
var rule13 = defineRule({
  meta: {
    id: "missing-worker-init",
    severity: "warning",
    description: "A batch-scheduler provider has no `worker_init`, so workers may start without the QIIME 2 environment.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object) || !object.table) return;
      const workerInit = object.params.get("worker_init");
      const text = stringParam(object, "worker_init");
      if (workerInit && !text) return;
      if (text && text.value.trim() !== "") return;
      context.report({
        at: workerInit?.keySpan ?? object.table,
        message: {
          headline: `${object.className} has ${workerInit ? "an empty" : "no"} worker_init`,
          note: "the batch job starts parsl's workers without activating your QIIME 2 environment, so unless the job inherits it, process_worker_pool.py is not found and the pipeline waits for workers that never connect"
        }
      });
    }
  })
});

// rules/walltime-format/repair.ts
var UNIT_SECONDS = [
  [/^(?:d|days?)$/, 86400, "days"],
  [/^(?:h|hrs?|hours?)$/, 3600, "hours"],
  [/^(?:m|mins?|minutes?)$/, 60, "minutes"],
  [/^(?:s|secs?|seconds?)$/, 1, "seconds"]
];
function repairWalltime(written2) {
  const text = written2.trim().toLowerCase();
  const parts = durationParts(text);
  if (parts.length > 0) {
    let seconds = 0;
    for (const [, amount, unit] of parts) {
      const known = UNIT_SECONDS.find(([pattern]) => pattern.test(unit));
      if (!known) return void 0;
      seconds += Number(amount) * known[1];
    }
    return repairable(seconds) ? { text: hms(seconds), safety: "safe", reading: `${written2.trim()} as a duration` } : void 0;
  }
  const day = /^(\d+)-(\d+)(?::(\d+))?(?::(\d+))?$/.exec(text);
  if (day) {
    const [, days, hours, minutes = "0", seconds = "0"] = day;
    const total = Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    return repairable(total) ? { text: hms(total), safety: "safe", reading: "Slurm's days-hours:minutes:seconds" } : void 0;
  }
  if (/^\d+$/.test(text) && repairable(Number(text) * 60)) return { text: hms(Number(text) * 60), safety: "unsafe", reading: "minutes, as Slurm reads a bare number" };
  const pair = /^(\d+):(\d+)$/.exec(text);
  const pairSeconds = pair ? Number(pair[1]) * 3600 + Number(pair[2]) * 60 : 0;
  if (pair && repairable(pairSeconds)) return { text: hms(pairSeconds), safety: "unsafe", reading: "hours:minutes" };
  return void 0;
}
function durationParts(text) {
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/y;
  const parts = [];
  for (let part = pair.exec(text); part; part = pair.exec(text)) parts.push(part);
  const covered = parts.reduce((length, part) => length + part[0].length, 0);
  return covered === text.length ? parts : [];
}
function repairable(seconds) {
  return Number.isInteger(seconds / 60) && seconds >= 60;
}
function hms(totalSeconds) {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds % 3600 / 60);
  const seconds = totalSeconds % 60;
  return [hours, minutes, seconds].map((n) => String(n).padStart(2, "0")).join(":");
}

// rules/walltime-format/index.ts
var rule14 = defineRule({
  meta: {
    id: "walltime-format",
    severity: "error",
    description: "A provider's `walltime` is not in a form parsl and the scheduler accept.",
    fix: "safe"
  },
  create: (context) => ({
    object(object) {
      const walltime = stringParam(object, "walltime");
      const use = object.group === "providers" ? schedulerOf(object.className)?.walltime : void 0;
      if (!walltime || !use) return;
      const problem = use.use === "minutes" ? minutesProblem(object.className, walltime.value) : use.use === "verbatim" ? verbatimProblem(object.className, walltime.value) : void 0;
      if (problem) report(context, walltime, problem);
    }
  })
});
function minutesProblem(className, text) {
  const minutes = parslWalltimeToMinutes(text);
  if (!minutes.ok) {
    return { headline: `walltime "${text}" is not hours:minutes:seconds`, note: `parsl's wtime_to_minutes raises ${minutes.reason} each time it submits a block, so no job ever starts` };
  }
  if (minutes.minutes < 0) {
    const slurm = className === "SlurmProvider" ? ` (#SBATCH --time=${minutes.minutes}, which Slurm refuses as an invalid time limit)` : "";
    return { headline: `walltime "${text}" is negative`, note: `parsl turns it into ${minutes.minutes} minutes${slurm}` };
  }
  if (minutes.minutes < 1) {
    const slurm = className === "SlurmProvider" ? " (#SBATCH --time=0, which Slurm reads as no time limit: most clusters refuse the job or it never starts)" : "";
    return { headline: `walltime "${text}" is under one minute`, note: `parsl rounds it down to 0 minutes${slurm}` };
  }
  return void 0;
}
function verbatimProblem(className, text) {
  const gridEngine = className === "GridEngineProvider";
  const valid = gridEngine ? /^(\d+|\d*:\d*:\d*)$/.test(text) : /^\d+(:\d+){0,2}(\.\d+)?$/.test(text);
  if (valid) return void 0;
  const option = gridEngine ? "#$ -l h_rt" : "#PBS -l walltime";
  return { headline: `walltime "${text}" is not a duration the scheduler reads`, note: `parsl writes it unchanged as \`${option}=${text}\`, and the submission is refused` };
}
function report(context, walltime, problem) {
  const repair = repairWalltime(walltime.value);
  context.report({
    at: walltime,
    message: { ...problem, help: repair ? `did you mean "${repair.text}"?` : void 0 },
    ...repair && {
      fix: { safety: repair.safety, description: `write ${repair.text} (reading "${walltime.value}" as ${repair.reading})`, edits: [replace(walltime, tomlBasicString(repair.text))] }
    }
  });
}

// src/model/slurm-job.ts
function isUserDirective(job, directive) {
  return isUserLine(job.lineOf(directive.line));
}
function userDirectives(job, name) {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name && isUserDirective(job, directive));
}
function unknownOptions(job, pluginOptions) {
  const found = [];
  for (const { verdicts } of job.reading.slurm?.verdicts ?? []) {
    const newest = verdicts.at(-1).verdict;
    if (newest.kind !== "unknown" || verdicts.some(({ verdict }) => verdict.kind !== "unknown")) continue;
    const { problem } = newest;
    const at = job.sourceSpan(problem.span);
    if (!at) continue;
    const name = job.script.text.slice(problem.span.start, problem.span.end).replace(/^--/, "");
    if (pluginOptions.includes(name)) continue;
    const limit = name.length >= 6 ? 2 : 1;
    const nearStock = !problem.retired && (problem.suggestions ?? []).some((suggestion) => editDistance(name, suggestion) <= limit);
    found.push({ problem, at, nearStock });
  }
  return found;
}
function newestJudgedRelease(job) {
  return job.reading.slurm?.releases.at(-1);
}

// rules/memory-option-conflict/index.ts
var MEMORY_OPTIONS = /* @__PURE__ */ new Set(["mem", "mem-per-cpu", "mem-per-gpu"]);
var SBATCH_SAYS = "sbatch: fatal: --mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive.";
var rule15 = defineRule({
  meta: {
    id: "memory-option-conflict",
    severity: "error",
    description: "The job asks for memory two ways (`--mem`, `--mem-per-cpu`, `--mem-per-gpu`), which sbatch refuses.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const memory = (job.reading.slurm?.scan.directives ?? []).filter((d) => d.component === 0 && MEMORY_OPTIONS.has(d.option.name));
      memory.forEach((directive, index) => {
        if (!isUserDirective(job, directive)) return;
        const other = memory.find((d, i) => d.option.name !== directive.option.name && (!isUserDirective(job, d) || i < index));
        const at = job.sourceSpan(directive.span);
        if (!other || !at) return;
        context.report({
          at,
          message: { headline: `\`${directiveText(directive)}\` and ${describeOther(job, other)} ask for memory two ways`, note: `sbatch refuses the job with "${SBATCH_SAYS}"` },
          suggestions: suggestions(context.source, job, directive, other)
        });
      });
    }
  })
});
function describeOther(job, other) {
  if (isUserDirective(job, other)) return `\`${directiveText(other)}\` earlier in ${job.lineOf(other.line).field}`;
  const memPerNode = job.entry("mem_per_node")?.value;
  const gb = memPerNode?.kind === "scalar" ? String(memPerNode.value) : "?";
  return `mem_per_node = ${gb} (which parsl writes as \`#SBATCH --mem=${gb}g\`)`;
}
function suggestions(source, job, directive, other) {
  const result = [];
  const directiveSpan = job.sourceSpan(directive.span);
  if (directiveSpan) result.push({ description: `remove \`${directiveText(directive)}\``, edits: [replace(directiveSpan, "")] });
  const memPerNode = job.entry("mem_per_node");
  const removal2 = !isUserDirective(job, other) && memPerNode ? removeEntryLine(source.text, memPerNode) : void 0;
  if (removal2) result.push({ description: "remove mem_per_node", edits: [removal2] });
  return result;
}

// rules/header-ended/index.ts
var rule16 = defineRule({
  meta: {
    id: "header-ended",
    aliases: ["sbatch-header-ended", "pbs-header-ended"],
    severity: "error",
    description: "A line of `scheduler_options` is not a directive, so the submit command stops reading the header there and ignores every directive after it.",
    fix: "safe"
  },
  create: (context) => ({
    job(job) {
      const end = job.reading.headerEnd;
      if (end === void 0 || job.lineOf(end).source !== "scheduler_options") return;
      const { submitCommand: command, directivePrefix: prefix } = job.scheduler;
      const line2 = job.lineOf(end);
      const lost = parslsLost(job);
      const option = line2.text.trimStart().startsWith("-");
      if (lost.length === 0 && !option && !job.reading.lines.some((later) => later.kind === "ignored-directive")) return;
      const indent = line2.text.length - line2.text.trimStart().length;
      const at = job.sourceSpan({ start: line2.start + indent, end: line2.start + line2.text.trimEnd().length });
      if (!at) return;
      const copiedFromSlurm = option && !job.scheduler.longOptions && !isBareShortOption(line2.text);
      const insert = option && !copiedFromSlurm ? job.sourceEdit({ start: line2.start, end: line2.start + indent }, `${prefix} `) : void 0;
      context.report({
        at,
        message: {
          headline: `${command} reads this line as a command, not a directive`,
          note: `it stops reading ${prefix} lines here, so every directive after it is ignored` + (lost.length > 0 ? `, including the ones parsl writes (${lost.join(", ")})` : ""),
          help: !option ? "commands belong in worker_init" : copiedFromSlurm ? `${command} has no long options, so this looks copied from a Slurm example` : `did you mean to start it with "${prefix} "?`
        },
        ...insert && { fix: { safety: "safe", description: `start the line with "${prefix} "`, edits: [insert] } }
      });
    }
  })
});
function parslsLost(job) {
  const prefix = job.scheduler.directivePrefix ?? "";
  return job.reading.lines.filter((line2) => line2.kind === "ignored-directive").map((line2) => job.lineOf(line2.index)).filter((line2) => !isUserLine(line2)).map((line2) => {
    const text = line2.text.slice(prefix.length).trim();
    return line2.field ? text : text.split(/\s/)[0];
  });
}

// rules/directive-ignored/index.ts
var rule17 = defineRule({
  meta: {
    id: "directive-ignored",
    aliases: ["sbatch-directive-ignored", "batch-directive-ignored"],
    severity: "warning",
    description: "The submit command (sbatch, qsub, bsub) silently ignores part of what `scheduler_options` or `worker_init` asks for.",
    fix: "safe"
  },
  create: (context) => ({
    job(job) {
      const { headerEnd } = job.reading;
      const endedInOptions = headerEnd !== void 0 && job.lineOf(headerEnd).source === "scheduler_options";
      for (const ignored of job.reading.ignored) {
        const line2 = job.lineOf(ignored.line);
        if (!isUserLine(line2) || ignored.kind === "after-header-end" && endedInOptions) continue;
        const at = job.sourceSpan(ignored.span);
        if (!at) continue;
        const help = line2.source === "worker_init" && ignored.kind === "after-header-end" ? "worker_init runs after the header: put directives in scheduler_options" : void 0;
        const repair = ignored.repair && job.sourceEdit(ignored.repair.span, ignored.repair.text);
        context.report({
          at,
          message: { headline: ignored.message, help },
          ...repair && { fix: { safety: "safe", description: ignored.repair.description, edits: [repair] } }
        });
      }
    }
  })
});

// rules/directive-in-worker-init/index.ts
var rule18 = defineRule({
  meta: {
    id: "directive-in-worker-init",
    severity: "warning",
    description: "A directive in `worker_init` is read only while nothing but blank lines and comments comes before it.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const { reading, scheduler } = job;
      if (reading.headerEnd === void 0) return;
      for (const line2 of reading.lines) {
        if (line2.kind !== "directive" || job.lineOf(line2.index).source !== "worker_init") continue;
        const text = job.lineOf(line2.index).text.trim();
        const at = job.sourceSpan({ start: line2.span.start, end: line2.span.start + job.lineOf(line2.index).text.trimEnd().length });
        if (!at) continue;
        context.report({
          at,
          message: {
            headline: `\`${text}\` in worker_init is read by ${scheduler.submitCommand} only because nothing but blank lines and comments comes before it`,
            note: "a command added above it (a `module load`, `source ~/.bashrc`) silently turns it into a comment.",
            help: "Move it to scheduler_options"
          }
        });
      }
    }
  })
});

// rules/unknown-sbatch-option/index.ts
var rule19 = defineRule({
  meta: {
    id: "unknown-sbatch-option",
    severity: "warning",
    description: "A directive names a long option stock sbatch does not have, and no stock option is one or two edits from it.",
    fix: "unsafe"
  },
  create: (context) => ({
    job(job) {
      for (const { problem, at } of unknownOptions(job, context.slurmPluginOptions).filter((found) => !found.nearStock)) {
        const [suggestion] = problem.suggestions ?? [];
        const replacement = problem.retired ? void 0 : suggestion;
        context.report({
          at,
          message: { headline: problem.message, note: `sbatch ${newestJudgedRelease(job)} refuses the job with "${problem.sbatchSays?.split("\n")[0]}"` },
          ...replacement && problem.suggestions.length === 1 && {
            fix: { safety: "unsafe", description: `write --${replacement}`, edits: [replace(at, `--${replacement}`)] }
          }
        });
      }
    }
  })
});

// rules/misspelt-sbatch-option/index.ts
var rule20 = defineRule({
  meta: {
    id: "misspelt-sbatch-option",
    severity: "error",
    description: "A directive names a long option one or two edits from a stock sbatch option, which sbatch refuses.",
    fix: "unsafe"
  },
  create: (context) => ({
    job(job) {
      for (const { problem, at } of unknownOptions(job, context.slurmPluginOptions).filter((found) => found.nearStock)) {
        const name = job.script.text.slice(problem.span.start, problem.span.end);
        const candidates = problem.suggestions;
        const meant = candidates.map((candidate) => `--${candidate}`).join(" or ");
        context.report({
          at,
          message: {
            headline: `${name} is not an sbatch option`,
            note: `sbatch ${newestJudgedRelease(job)} refuses the job with "${problem.sbatchSays?.split("\n")[0]}" (exit 255), so no block ever starts`,
            help: `did you mean ${meant}?`
          },
          // The closest option is probably meant, but a wrong pick changes what the job asks for.
          ...candidates.length === 1 && { fix: { safety: "unsafe", description: `write --${candidates[0]}`, edits: [replace(at, `--${candidates[0]}`)] } }
        });
      }
    }
  })
});

// rules/sbatch-rejects-directive/index.ts
var rule21 = defineRule({
  meta: {
    id: "sbatch-rejects-directive",
    severity: "error",
    description: "sbatch refuses a directive in `scheduler_options`: a malformed line, an ambiguous option or an invalid value.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      for (const refusal2 of job.reading.refusals) {
        const at = job.sourceSpan(refusal2.span);
        if (at) context.report({ at, message: refusal2.message });
      }
    }
  })
});

// rules/sbatch-option-release/index.ts
var rule22 = defineRule({
  meta: {
    id: "sbatch-option-release",
    severity: "warning",
    description: "A directive that one Slurm release accepts and another refuses, or reads as another option, while the linter does not know the site's release.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      for (const place of job.reading.slurm?.verdicts ?? []) {
        if (!releasesDisagree(place)) continue;
        const at = job.sourceSpan(place.span) ?? job.sourceSpan({ start: place.span.start, end: place.span.start + 1 });
        if (at) context.report({ at, message: describeDisagreement(place) });
      }
    }
  })
});
function describeDisagreement(place) {
  const runs = [];
  for (const { release, verdict } of place.verdicts) {
    const last = runs.at(-1);
    if (last && verdictClass(last.verdict) === verdictClass(verdict)) last.releases.push(release);
    else runs.push({ releases: [release], verdict });
  }
  const name = /^--([^=]+)/.exec(place.text)?.[1];
  const said = runs.map(({ releases, verdict }, index) => `${index === 0 ? "sbatch " : ""}${describeReleaseRun(releases)} ${whatItDoes(verdict, name, releases.length > 1)}`);
  const history = name === void 0 ? void 0 : optionHistory(name);
  return `${place.text} depends on the Slurm release: ${said.join("; ")}` + (history ? ` (--${name}: ${history})` : "") + ". Name your cluster's release (`sbatch --version`) with --slurm or `[slurm] release` to judge it exactly";
}
function whatItDoes(verdict, name, plural2) {
  const verb = (singular, many) => plural2 ? many : singular;
  if (verdict.kind === "refused") return `${verb("refuses", "refuse")} the job ("${verdict.says}")`;
  if (verdict.kind === "unknown") return `${verb("refuses", "refuse")} the job ("${verdict.problem.sbatchSays?.split("\n")[0]}")`;
  if (verdict.option === void 0 || name === void 0 || name === verdict.option) return `${verb("accepts", "accept")} it`;
  return `${verb("reads", "read")} it as --${verdict.option}`;
}

// rules/overridden-directive/index.ts
var rule23 = defineRule({
  meta: {
    id: "overridden-directive",
    aliases: ["overridden-batch-directive"],
    severity: "warning",
    description: "An option in `scheduler_options` is also set elsewhere in the job, and the submit command silently keeps only one value.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      if (job.reading.refusals.length > 0) return;
      const isUsers = (setting) => setting.line !== void 0 && isUserLine(job.lineOf(setting.line));
      const { overrides } = job.reading;
      for (const { lost, kept, why, advice: advice2, userMayReplace } of overrides) {
        const userLoses = isUsers(lost);
        if (!userLoses && (!isUsers(kept) || userMayReplace)) continue;
        if (!userLoses && overrides.some((later) => later.lost === kept)) continue;
        const at = job.sourceSpan((userLoses ? lost : kept).span);
        if (!at) continue;
        const parsls = userLoses ? kept : lost;
        const help = advice2 && !isUsers(parsls) ? advice2 : void 0;
        context.report({
          at,
          message: userLoses ? { headline: `\`${lost.text}\` has no effect`, note: `${origin(job, kept)} wins, since ${why}`, help } : { headline: `\`${kept.text}\` silently replaces ${origin(job, lost)}`, note: `since ${why}`, help }
        });
      }
    }
  })
});
function origin(job, setting) {
  if (setting.line === void 0) return `parsl's \`${job.scheduler.submitCommand} ${setting.text}\`${fromField(job, setting.field)}`;
  const line2 = job.lineOf(setting.line);
  if (isUserLine(line2)) return `\`${setting.text}\` in ${line2.field}`;
  return `the \`${setting.text}\` parsl writes${fromField(job, line2.field)}`;
}
function fromField(job, field) {
  if (field === void 0) return "";
  const entry = job.entry(field);
  return entry ? ` from ${field} = ${sourceText(entry.value)}` : ` from ${field}'s default`;
}
function sourceText(node) {
  return node.kind === "scalar" ? scalarText(node) : `a ${node.kind}`;
}

// rules/site-required-field/index.ts
var rule24 = defineRule({
  meta: {
    id: "site-required-field",
    severity: "error",
    description: "A provider lacks a field that the linter's config says this site's scheduler requires.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const required = object.className && Object.hasOwn(context.requiredFields, object.className) ? context.requiredFields[object.className] : void 0;
      if (!required || !object.table) return;
      const missing = required.filter((field) => !object.params.has(field));
      if (missing.length === 0) return;
      const fields = missing.map((field) => `\`${field}\``).join(" and ");
      context.report({
        at: object.table,
        message: { headline: `${object.className} has no ${fields}, which this site requires ([required] in the parsl-lint config)`, note: "the scheduler refuses or misplaces the job" }
      });
    }
  })
});

// rules/unused-disable-directive/index.ts
var rule25 = defineRule({
  meta: {
    id: "unused-disable-directive",
    severity: "warning",
    description: "A `# parsl-lint-disable\u2026` comment suppresses nothing: its rule reports nothing there, no rule has that name, or the comment is out of place.",
    fix: "unsafe"
  },
  create: (context) => ({
    directives(directives, ruleIds) {
      for (const directive of directives) {
        const written2 = `# ${directive.word}`;
        if (directive.kind === void 0) {
          const guess = closestMatch(directive.word, DIRECTIVE_KINDS.map((kind) => DIRECTIVE_PREFIX + kind));
          context.report({ at: directive.span, message: { headline: `"${directive.word}" is not a parsl-lint directive`, help: guess ? `did you mean "${guess}"?` : void 0 } });
        } else if (directive.rules.length === 0) {
          context.report({ at: directive.span, message: { headline: `${written2} names no rule`, help: `write the rules it is for: ${written2} RULE[, RULE] -- reason` } });
        } else if (directive.scope === void 0) {
          context.report({
            at: directive.span,
            message: {
              headline: `${written2} applies nowhere`,
              help: "put it on its own line at the top of the file, before the first key or header (for the whole file), or right above a later table header (for that table); for one line use # parsl-lint-disable-next-line"
            }
          });
        } else {
          for (const name of directive.rules) {
            if (!name.known) {
              const guess = closestMatch(name.name, ruleIds);
              context.report({
                at: name.span,
                message: { headline: `no rule is named "${name.name}"`, help: guess ? `did you mean "${guess}"?` : void 0 },
                ...guess && { suggestions: [{ description: `write "${guess}"`, edits: [replace(name.span, guess)] }] }
              });
            } else if (name.suppressed === 0) {
              context.report({
                at: name.span,
                message: `no ${name.name} diagnostic ${where(directive)} to suppress`,
                fix: { safety: "unsafe", description: "remove it from the comment", edits: [removal(directive, name, context.source)] }
              });
            }
          }
        }
      }
    }
  })
});
function where(directive) {
  const scope = directive.scope;
  if (scope?.kind === "lines" && scope.first !== scope.last) return `in lines ${scope.first}-${scope.last}`;
  if (directive.kind === "disable-next-line") return "on the next line";
  if (directive.kind === "disable-line") return "on this line";
  return scope?.kind === "table" ? "in this table" : "in this file";
}
function removal(directive, name, source) {
  if (directive.rules.every((rule62) => rule62.suppressed === 0)) return removeComment(directive, source);
  const index = directive.rules.indexOf(name);
  const next = directive.rules[index + 1];
  if (next) return { start: name.span.start, end: next.span.start, text: "" };
  return { start: directive.rules[index - 1].span.end, end: name.span.end, text: "" };
}
function removeComment(directive, source) {
  const { start, end } = directive.span;
  const before = source.lineText(directive.line).slice(0, source.positionAt(start).column - 1);
  if (before.trim() !== "") return { start: start - (before.length - before.trimEnd().length), end, text: "" };
  const newline = source.text.indexOf("\n", end);
  return { start: start - before.length, end: newline === -1 ? source.text.length : newline + 1, text: "" };
}

// rules/unknown-class/index.ts
var rule26 = defineRule({
  meta: {
    id: "unknown-class",
    severity: "error",
    description: "`class` names no class that QIIME 2 can build from the parsl module of that table.",
    fix: "unsafe"
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (!value) return;
      const module = `parsl.${object.group}`;
      if (!isString(value)) {
        context.report({ at: value, message: `\`class\` must be a string naming a class of ${module}, not ${describeNode(value)}` });
        return;
      }
      const importError = moduleImportError(context.target, object.group);
      if (importError) {
        context.report({ at: value, message: importError });
        return;
      }
      const name = value.value;
      const bareName = name.split(".").at(-1);
      if (object.group === "executors" && name === TEST_EXECUTOR) return;
      const spec = context.catalog.lookup(object.group, bareName);
      if (spec && bareName !== name) return;
      const usable = context.catalog.classes(object.group).filter((candidate) => !candidate.abstract).map((candidate) => candidate.name);
      if (spec?.abstract) {
        context.report({
          at: value,
          message: { headline: `${name} is the abstract base class of ${module}, which Python cannot instantiate (TypeError)`, help: `use one of ${usable.join(", ")}` }
        });
        return;
      }
      if (spec) return;
      const failure = `${describeLoader(context.target)} fails with AttributeError: module '${module}' has no attribute '${name}'`;
      const why = wrongModule(context, object.group, bareName) ?? versionChange(context, object.group, bareName);
      if (why) {
        context.report({ at: value, message: { headline: why, note: failure } });
        return;
      }
      const guess = closestMatch(bareName, usable);
      context.report({
        at: value,
        message: { headline: `${module} has no class ${name}`, note: failure, help: guess ? `did you mean ${guess}?` : `its classes are ${usable.join(", ") || "none"}` },
        ...guess && {
          fix: { safety: "unsafe", description: `use ${guess}`, edits: [replace(value, tomlBasicString(guess))] }
        }
      });
    }
  })
});
var OBJECT_NAMES = {
  executors: "an executor",
  providers: "a provider, which goes in an executor's `provider` table",
  launchers: "a launcher, which goes in a provider's `launcher` table",
  channels: "a channel, which goes in a provider's `channel` table",
  monitoring: "a monitoring hub, which goes in `[parsl.monitoring]`",
  data_provider: "a data provider"
};
function wrongModule(context, group, name) {
  const other = context.catalog.findInAnyGroup(name);
  return other && other.group !== group && other.group !== "config" ? `${name} is ${OBJECT_NAMES[other.group]}, not a class of parsl.${group}` : void 0;
}
function versionChange(context, group, name) {
  const history = classHistory(name);
  if (!history || !parslCatalog(history.lastSeen).lookup(group, name)) return void 0;
  const removed = context.target.parsl > history.lastSeen;
  const change = removed ? history.removed : history.appeared;
  if (!change) return void 0;
  return `${name} was ${removed ? "removed from" : "added to"} parsl.${group} ${describeChange(change)}${change.reference ? ` (${change.reference})` : ""}`;
}

// rules/qualified-class-name/index.ts
var rule27 = defineRule({
  meta: {
    id: "qualified-class-name",
    severity: "error",
    description: "`class` is a dotted Python path (`parsl.providers.SlurmProvider`) where QIIME 2 needs the bare class name.",
    fix: "safe"
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (!isString(value) || !value.value.includes(".") || moduleImportError(context.target, object.group)) return;
      const bareName = value.value.split(".").at(-1);
      if (!context.catalog.lookup(object.group, bareName)) return;
      context.report({
        at: value,
        message: {
          headline: `QIIME 2 looks \`class\` up as an attribute of parsl.${object.group}, so "${value.value}" fails with AttributeError`,
          note: `module 'parsl.${object.group}' has no attribute '${value.value}'`,
          help: `write "${bareName}"`
        },
        fix: { safety: "safe", description: `use the bare name ${bareName}`, edits: [replace(value, tomlBasicString(bareName))] }
      });
    }
  })
});

// rules/test-executor/index.ts
var rule28 = defineRule({
  meta: {
    id: "test-executor",
    severity: "info",
    description: "`_TEST_EXECUTOR_` is QIIME 2's executor for its own tests: it loads only when `QIIMETEST` is set.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const value = object.classEntry?.value;
      if (object.group !== "executors" || !isString(value) || value.value !== TEST_EXECUTOR) return;
      context.report({
        at: value,
        message: {
          headline: `${TEST_EXECUTOR} is a ThreadPoolExecutor that QIIME 2 builds only for its test suite`,
          note: `without the QIIMETEST environment variable, loading this config raises ValueError: Do not instantiate the class '${TEST_EXECUTOR}' when not testing`
        }
      });
    }
  })
});

// src/catalog/parameter-words.ts
var QUANTITIES = new Map(
  Object.entries({
    memory: ["mem", "memory"],
    cpu: ["cpu", "cpus", "core", "cores"],
    gpu: ["gpu", "gpus", "accelerator", "accelerators"],
    node: ["node", "nodes"],
    block: ["block", "blocks"],
    worker: ["worker", "workers"],
    slot: ["slot", "slots"],
    task: ["task", "tasks"],
    time: ["time", "walltime", "timeout"],
    port: ["port", "ports"]
  }).flatMap(([quantity, words2]) => words2.map((word) => [word, quantity]))
);
function sameMeaning(written2, renamed) {
  const from = words(written2);
  const to = words(renamed);
  if (from.join("") === to.join("")) return true;
  if (from.length !== to.length) return false;
  return from.every((word, i) => sameWord(word, to[i]));
}
function sameWord(a, b) {
  if (a === b) return true;
  const quantityA = QUANTITIES.get(a);
  const quantityB = QUANTITIES.get(b);
  if (quantityA !== void 0 && quantityB !== void 0) return quantityA === quantityB;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}
function words(name) {
  return name.toLowerCase().split(/[_-]+/).filter((word) => word !== "");
}

// rules/unknown-parameter/index.ts
var rule29 = defineRule({
  meta: {
    id: "unknown-parameter",
    severity: "error",
    description: "A key that is no parameter of the class the table builds, in any parsl release.",
    fix: "unsafe"
  },
  create: (context) => ({
    argument: (argument) => check(context, argument)
  })
});
function check(context, { spec, entry, siblings, object }) {
  if (spec.params.has(entry.key) || paramHistory(spec.name, entry.key)) return;
  const failure = `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'`;
  const explanation = (object && (takesNoProvider(spec, entry, failure) ?? misplaced(context, spec, entry, object, failure))) ?? misspelt(spec, entry, siblings, failure);
  context.report({ at: entry.keySpan, ...explanation });
}
function takesNoProvider(spec, entry, failure) {
  if (spec.group !== "executors" || entry.key !== "provider") return void 0;
  const threads = spec.name === "ThreadPoolExecutor";
  return {
    message: {
      headline: `${spec.name} takes no provider`,
      note: threads ? `it runs tasks in threads of the QIIME 2 process itself, and ${failure}` : failure,
      help: threads ? "use HighThroughputExecutor to run on a provider" : void 0
    }
  };
}
function misplaced(context, spec, entry, object, failure) {
  const relatives = [...object.children, ...object.parent ? [object.parent] : []];
  for (const relative of relatives) {
    const relativeSpec = objectClass(relative, context.target, context.catalog);
    if (!relative.table || !relativeSpec?.params.has(entry.key)) continue;
    const where2 = relative === object.parent ? `the table of the ${relativeSpec.group.replace(/s$/, "")} that holds this \`${object.entry.key}\`` : `its \`${relative.entry.key}\` table`;
    const edits = moveEntryEdits(context.source.text, entry, relative.table);
    return {
      message: { headline: `\`${entry.key}\` is a parameter of ${relativeSpec.name}, not of ${spec.name}`, note: failure, help: `it belongs in ${where2}` },
      ...edits && { fix: { safety: "unsafe", description: `move \`${entry.key}\` to ${where2}`, edits } }
    };
  }
  return void 0;
}
function misspelt(spec, entry, siblings, failure) {
  const names = [...spec.params.keys()];
  const guess = closestMatch(entry.key, names);
  const headline = `${spec.name} has no parameter \`${entry.key}\``;
  if (!guess) return { message: { headline, note: failure, help: `its parameters are ${names.join(", ")}` } };
  if (!sameMeaning(entry.key, guess)) {
    return { message: { headline, note: failure, help: `the nearest name, \`${guess}\`, is for something else; its parameters are ${names.join(", ")}` } };
  }
  const contested = [...siblings.keys()].some((key) => key !== entry.key && !spec.params.has(key) && closestMatch(key, names) === guess && sameMeaning(key, guess));
  return {
    message: { headline, note: failure, help: `did you mean \`${guess}\`?` },
    ...!siblings.has(guess) && !contested && {
      fix: { safety: "unsafe", description: `rename it to \`${guess}\``, edits: [{ start: entry.keySpan.start, end: entry.keySpan.end, text: guess }] }
    }
  };
}

// rules/missing-parameter/index.ts
var rule30 = defineRule({
  meta: {
    id: "missing-parameter",
    severity: "error",
    description: "A table leaves out a parameter that its class requires.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const spec = objectClass(object, context.target, context.catalog);
      if (!spec || spec.abstract || !object.table) return;
      const missing = [...spec.params.values()].filter((param) => param.required && !object.params.has(param.name)).map((param) => param.name);
      if (missing.length === 0) return;
      const names = missing.map((name) => `'${name}'`).join(" and ");
      context.report({
        at: object.table,
        message: {
          headline: `${spec.name} requires ${missing.map((name) => `\`${name}\``).join(", ")}`,
          note: `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() missing ${missing.length} required argument${missing.length === 1 ? "" : "s"}: ${names}`
        }
      });
    }
  })
});

// rules/parameter-type/index.ts
var rule31 = defineRule({
  meta: {
    id: "parameter-type",
    severity: "error",
    description: "A value whose type the parameter rejects: typeguard raises TypeError when QIIME 2 builds the object.",
    fix: "safe"
  },
  create: (context) => ({
    argument(argument) {
      if (argument.spec.typechecked) check2(context, argument.spec, argument.entry);
    }
  })
});
function inGigabytes(className, key) {
  return className === "HighThroughputExecutor" && key === "mem_per_worker" || schedulerOf(className)?.nodeFields?.memory === key;
}
function check2(context, spec, entry) {
  const param = spec.params.get(entry.key);
  const notObjects = entry.value.kind === "scalar" || entry.value.kind === "array" && entry.value.items.some((item) => item.kind !== "table");
  if (!param || OBJECT_KEYS.has(entry.key) && notObjects) return;
  const type = parseAnnotation(param.type);
  const mismatch = checkValue(type, entry.value, entry.key);
  if (!mismatch) return;
  const declared = `\`${entry.key}: ${param.type}\``;
  const failure = `${describeLoader(context.target)} fails with TypeError when it builds ${spec.name}`;
  if (mismatch.unwritable) {
    const help = param.default === null ? void 0 : `leave it out to keep the default ${param.default}`;
    context.report({ at: mismatch.node, message: { headline: `${spec.name} declares ${declared}, which takes ${mismatch.unwritable}`, note: `no TOML value passes, and ${failure}`, help } });
    return;
  }
  const where2 = mismatch.node === entry.value ? `\`${entry.key}\`` : `an item of \`${entry.key}\``;
  const conversion = mismatch.node.kind === "scalar" ? convert(mismatch.node, type, inGigabytes(spec.name, entry.key)) : void 0;
  context.report({
    at: mismatch.node,
    message: { headline: `${where2} is ${describeNode(mismatch.node)}, but ${spec.name} declares ${declared}`, note: failure, help: conversion ? `write ${conversion}` : void 0 },
    ...conversion && {
      fix: { safety: "safe", description: `write ${conversion}`, edits: [replace(mismatch.node, conversion)] }
    }
  });
}
function convert(node, type, inGigabytes2) {
  const candidates = [];
  if (node.type === "float" && Number.isSafeInteger(node.value)) candidates.push(["integer", String(node.value)]);
  if (node.type === "string") {
    const text = node.value.trim();
    const number = inGigabytes2 ? text.replace(/\s*gb?$/i, "") : text;
    if (/^[+-]?\d+$/.test(number) && Number.isSafeInteger(Number(number))) candidates.push(["integer", String(Number(number))]);
    if (/^[+-]?\d+\.\d+$/.test(number)) candidates.push(["float", number]);
    if (/^(true|false)$/i.test(text)) candidates.push(["boolean", text.toLowerCase()]);
  }
  const accepted = candidates.find(([scalarType, text]) => checkValue(type, asScalar(node, scalarType, text), void 0) === void 0);
  return accepted?.[1];
}
function asScalar(node, type, text) {
  return { ...node, type, value: type === "boolean" ? text === "true" : Number(text) };
}

// rules/parameter-version/index.ts
var rule32 = defineRule({
  meta: {
    id: "parameter-version",
    severity: "error",
    description: "A parameter that the target parsl release no longer has, or does not have yet.",
    fix: "safe"
  },
  create: (context) => ({
    argument: (argument) => check3(context, argument)
  })
});
function check3(context, { spec, entry, siblings }) {
  const history = spec.params.has(entry.key) ? void 0 : paramHistory(spec.name, entry.key);
  if (!history) return;
  const removed = context.target.parsl > history.lastSeen;
  const change = removed ? history.removed : history.appeared;
  const when = change ? `${describeChange(change)}${change.reference ? ` (${change.reference})` : ""}` : "";
  const otherName = removed ? history.renamedTo : [...spec.params.keys()].find((name) => paramHistory(spec.name, name)?.renamedTo === entry.key);
  const rename = otherName !== void 0 && spec.params.has(otherName) ? otherName : void 0;
  context.report({
    at: entry.keySpan,
    message: {
      headline: `\`${entry.key}\` was ${removed ? "removed from" : "added to"} ${spec.name} ${when}`,
      note: `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'`,
      help: rename ? `parsl ${context.target.parsl} calls it \`${rename}\`` : void 0
    },
    ...rename && !siblings.has(rename) && {
      fix: { safety: "safe", description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] }
    }
  });
}

// rules/deprecated-parameter/index.ts
var rule33 = defineRule({
  meta: {
    id: "deprecated-parameter",
    severity: "warning",
    description: "A parameter that the target parsl release still accepts but has deprecated.",
    fix: "safe"
  },
  create: (context) => ({
    argument: (argument) => check4(context, argument)
  })
});
function check4(context, { spec, entry, siblings }) {
  const history = spec.params.has(entry.key) ? paramHistory(spec.name, entry.key) : void 0;
  const deprecated = history?.deprecated;
  if (!history || !deprecated || context.target.parsl < deprecated.release) return;
  const rename = history.renamedTo !== void 0 && spec.params.has(history.renamedTo) ? history.renamedTo : void 0;
  const removed = history.removed;
  const firstRejecting = removed && QIIME2_RELEASES.find((release) => release.parsl >= removed.release);
  context.report({
    at: entry.keySpan,
    message: {
      headline: `\`${entry.key}\` of ${spec.name} is deprecated since parsl ${deprecated.release}${deprecated.reference ? ` (${deprecated.reference})` : ""}${rename ? ` in favour of \`${rename}\`` : ""}`,
      note: `${describeTarget(context.target)} still accepts it with a warning` + (removed ? `, but parsl ${removed.release} removed it${firstRejecting ? ` and QIIME 2 ${firstRejecting.version} is the first release that fails on it` : ""}` : "")
    },
    ...rename && !siblings.has(rename) && {
      fix: { safety: "safe", description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] }
    }
  });
}

// rules/strategy-value/index.ts
var rule34 = defineRule({
  meta: {
    id: "strategy-value",
    severity: "error",
    description: "`strategy` names no scaling strategy parsl has (`none`, `simple`, `htex_auto_scale`).",
    fix: "safe"
  },
  create: (context) => ({
    config(config) {
      const value = config.configParams.get("strategy")?.value;
      if (!isString(value)) return;
      if (value.value.toLowerCase() === "none" || STRATEGIES.includes(value.value)) return;
      const guess = closestMatch(value.value, STRATEGIES);
      const caseOnly = guess !== void 0 && guess.toLowerCase() === value.value.toLowerCase();
      context.report({
        at: value,
        message: {
          headline: `parsl has no strategy "${value.value}" (it has ${STRATEGIES.map((name) => `"${name}"`).join(", ")})`,
          note: `${describeLoader(context.target)} fails with KeyError: '${value.value}' when it starts the pipeline`,
          help: guess ? `did you mean "${guess}"?` : void 0
        },
        ...guess && {
          fix: { safety: caseOnly ? "safe" : "unsafe", description: `use "${guess}"`, edits: [replace(value, tomlBasicString(guess))] }
        }
      });
    }
  })
});

// rules/executor-mapping-form/index.ts
var LAST_FLAT = QIIME2_RELEASES.filter((release) => release.executorMapping === "flat").at(-1).version;
var FIRST_PER_PLUGIN = QIIME2_RELEASES.find((release) => release.executorMapping === "per-plugin").version;
var rule35 = defineRule({
  meta: {
    id: "executor-mapping-form",
    severity: "error",
    description: `\`executor_mapping\` sends an action straight to a label (\`action = "label"\`, QIIME 2 \u2264 ${LAST_FLAT}) where QIIME 2 \u2265 ${FIRST_PER_PLUGIN} wants a table per plugin.`,
    fix: "none"
  },
  create: (context) => ({
    mapping(mapping) {
      if (context.target.qiime2?.executorMapping !== "per-plugin") return;
      for (const assignment of mapping.flat) {
        context.report({
          at: assignment.label,
          message: {
            headline: `from QIIME 2 ${FIRST_PER_PLUGIN} every value of executor_mapping must be a table [parsl.executor_mapping.<plugin_id>] of action = "label" pairs`,
            note: `${describeTarget(context.target)} fails with TypeError: The provided mapping \u2026 does not follow the correct format`,
            help: `move \`${assignment.action.key}\` into the table of its plugin`
          }
        });
      }
    }
  })
});

// rules/ignored-executor-mapping/index.ts
var FIRST_PER_PLUGIN2 = QIIME2_RELEASES.find((release) => release.executorMapping === "per-plugin").version;
var rule36 = defineRule({
  meta: {
    id: "ignored-executor-mapping",
    severity: "warning",
    description: "An `executor_mapping` key that never matches a plugin or action, so its actions run on `default`.",
    fix: "safe"
  },
  create: (context) => ({
    mapping(mapping) {
      const form = context.target.qiime2?.executorMapping;
      if (form === "flat") {
        for (const plugin of unique(mapping.perPlugin.map((assignment) => assignment.plugin))) {
          context.report({
            at: plugin.value,
            message: {
              headline: `${describeTarget(context.target)} reads executor_mapping as action = "label" pairs`,
              note: `it takes \`${plugin.key}\` for an action, so the actions in this table run on "default" (tables per plugin need QIIME 2 ${FIRST_PER_PLUGIN2} or later)`
            }
          });
        }
      }
      const read = form === "flat" ? mapping.flat : form === "per-plugin" ? mapping.perPlugin : [...mapping.flat, ...mapping.perPlugin];
      for (const plugin of unique(read.flatMap((assignment) => assignment.plugin ? [assignment.plugin] : []))) {
        reportDash(context, plugin, "plugin", entriesOf(mapping.entry));
      }
      for (const assignment of read) reportDash(context, assignment.action, "action", entriesOf(assignment.plugin ?? mapping.entry));
    }
  })
});
function reportDash(context, entry, kind, siblings) {
  if (!entry.key.includes("-")) return;
  const id = entry.key.replaceAll("-", "_");
  const renamable = /^[a-z0-9-]+$/i.test(entry.key) && !siblings.has(id);
  context.report({
    at: entry.keySpan,
    message: {
      headline: `QIIME 2 ${kind} ids use underscores, so \`${entry.key}\` never matches one`,
      note: `${kind === "plugin" ? "its actions run" : "the action runs"} on "default"`,
      help: `write \`${id}\``
    },
    ...renamable && { fix: { safety: "safe", description: `write ${id}`, edits: [replace(entry.keySpan, id)] } }
  });
}
function entriesOf(entry) {
  return entry.value.kind === "table" ? entry.value.entries : /* @__PURE__ */ new Map();
}
function unique(items) {
  return [...new Set(items)];
}

// rules/block-limits/index.ts
var rule37 = defineRule({
  meta: {
    id: "block-limits",
    severity: "warning",
    description: "A provider's block counts are out of order (`min_blocks \u2264 init_blocks \u2264 max_blocks`) or its `parallelism` is outside [0, 1].",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (object.group !== "providers" || !object.table) return;
      const setting = (name) => numberSetting(object, name, context.catalog);
      const [min, init, max, parallelism] = [setting("min_blocks"), setting("init_blocks"), setting("max_blocks"), setting("parallelism")];
      if (min && max && min.value > max.value) {
        context.report({
          at: anchor(min, max) ?? object.table,
          message: {
            headline: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("max_blocks", max, context.target)}`,
            note: "parsl never runs more than max_blocks blocks, so the minimum can never be kept",
            help: "lower min_blocks or raise max_blocks"
          }
        });
      } else if (min && init && min.value > init.value) {
        context.report({
          at: anchor(init, min) ?? object.table,
          message: {
            headline: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("init_blocks", init, context.target)}`,
            note: "parsl submits init_blocks blocks when it starts, and min_blocks only stops it from scaling in below that number: it never starts blocks to reach it"
          }
        });
      }
      if (init && max && init.value > max.value) {
        context.report({
          at: anchor(init, max) ?? object.table,
          message: {
            headline: `${describeSetting("init_blocks", init, context.target)} is above ${describeSetting("max_blocks", max, context.target)}`,
            note: "parsl submits the initial blocks regardless of max_blocks, so more blocks than the maximum queue up and hold nodes"
          }
        });
      }
      if (parallelism && (parallelism.value < 0 || parallelism.value > 1)) {
        context.report({
          at: parallelism.entry?.keySpan ?? object.table,
          message: {
            headline: `parallelism = ${settingText(parallelism)} is outside [0, 1], the ratio of worker slots to outstanding tasks that parsl scales towards`,
            note: parallelism.value > 1 ? "above 1 it asks for more slots than there are tasks, and the extra blocks (up to max_blocks) sit idle" : "below 0 it never adds a block while another one is running or queued"
          }
        });
      }
    }
  })
});
function anchor(first, other) {
  return (first.entry ?? other.entry)?.keySpan;
}

// rules/nodes-per-block-below-one/index.ts
var rule38 = defineRule({
  meta: {
    id: "nodes-per-block-below-one",
    severity: "error",
    description: "`nodes_per_block` is below 1, so a block starts no workers.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (object.group !== "providers") return;
      const nodes = numberSetting(object, "nodes_per_block", context.catalog);
      if (!nodes?.entry || nodes.value >= 1 || !Number.isInteger(nodes.value)) return;
      const launcher = providerLauncher(object, context.catalog);
      if (!launcher || launcher.reach === "runs-once") return;
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${settingText(nodes)}`,
          note: `${launcher.className} starts tasks_per_node \xD7 nodes_per_block worker pools in a block, here none, so no task sent to this executor ever runs`
        }
      });
    }
  })
});

// rules/launcher-uses-one-node/index.ts
var rule39 = defineRule({
  meta: {
    id: "launcher-uses-one-node",
    severity: "warning",
    description: "A block asks for several nodes, but its launcher starts workers on the first node only.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (object.group !== "providers") return;
      const nodes = numberSetting(object, "nodes_per_block", context.catalog);
      const launcher = providerLauncher(object, context.catalog);
      if (!nodes?.entry || nodes.value <= 1 || !launcher || launcher.reach === "spreads-over-nodes") return;
      if (launcher.className === "SimpleLauncher" && object.parent && inMpiMode(object.parent, context.catalog)) return;
      const which = launcher.isDefault ? `${launcher.className} (${object.className}'s default launcher in ${describeTarget(context.target)})` : launcher.className;
      const idle = nodes.value - 1;
      const shown = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${shown}, but ${which} ${launcher.reach === "first-node-only" ? `starts all ${shown} worker pools on the block's first node` : "runs the worker command once, on the first node"}`,
          note: (launcher.reach === "first-node-only" ? `each pool is sized for a whole node, so that node runs ${shown} times the workers it has room for, ` : "") + `while ${idle === 1 ? "the other node" : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : "the other nodes"} of every block sit${idle === 1 ? "s" : ""} idle.`,
          help: "Use nodes_per_block = 1 and raise max_blocks, or a launcher that spreads over the nodes (SrunLauncher on Slurm)"
        }
      });
    }
  })
});
function inMpiMode(executor, catalog) {
  return executor.className === "MPIExecutor" || booleanSetting(executor, "enable_mpi_mode", catalog)?.value === true;
}

// rules/cores-per-node-below-one/index.ts
var rule40 = defineRule({
  meta: {
    id: "cores-per-node-below-one",
    severity: "error",
    description: "SlurmProvider's `cores_per_node` is below 1, so parsl writes a `--cpus-per-task` that sbatch rejects.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (object.className !== "SlurmProvider") return;
      const cores = numberSetting(object, "cores_per_node", context.catalog);
      if (!cores?.entry || cores.value >= 1 || !Number.isInteger(cores.value)) return;
      const cpusPerTask = settingText(cores);
      context.report({
        at: cores.entry.keySpan,
        message: {
          headline: `cores_per_node = ${cpusPerTask} makes parsl write "#SBATCH --cpus-per-task=${cpusPerTask}", which sbatch rejects`,
          note: `sbatch: error: Invalid numeric value "${cpusPerTask}" for --cpus-per-task. No block is ever submitted`
        }
      });
    }
  })
});

// rules/worker-larger-than-node/index.ts
var rule41 = defineRule({
  meta: {
    id: "worker-larger-than-node",
    severity: "error",
    description: "One worker needs more cores or memory than a node has, so HighThroughputExecutor starts no workers.",
    fix: "none"
  },
  create: (context) => ({
    executor(executor) {
      const fit = workerFit(executor, context.catalog);
      if (!fit) return;
      if (fit.byCores === 0 && fit.nodeCores.setting.value >= 1) report2(fit.coresPerWorker, fit.nodeCores, "cores");
      if (fit.byMemory === 0) report2(fit.memPerWorker, fit.nodeMemory, "GB of memory");
      function report2(perWorker, perNode, unit) {
        context.report({
          at: (perWorker.setting.entry ?? perNode.setting.entry).keySpan,
          message: {
            headline: `${perWorker.name} = ${settingText(perWorker.setting)} is more than ${perNode.name} = ${settingText(perNode.setting)}`,
            note: `each worker pool counts ${settingText(perNode.setting)} ${unit} on its node and starts floor(${settingText(perNode.setting)} / ${settingText(perWorker.setting)}) = 0 workers, so the blocks run but no task is ever executed and the pipeline waits forever`
          }
        });
      }
    }
  })
});

// rules/memory-limits-workers/index.ts
var rule42 = defineRule({
  meta: {
    id: "memory-limits-workers",
    severity: "warning",
    description: "`mem_per_worker` lets fewer workers fit in a node's memory than its cores or `max_workers_per_node` allow, so requested cores sit idle.",
    fix: "none"
  },
  create: (context) => ({
    executor(executor) {
      const fit = workerFit(executor, context.catalog);
      if (!fit || fit.byMemory === void 0 || fit.byMemory === 0) return;
      const { nodeCores, nodeMemory, memPerWorker, maxWorkers, coresPerWorker, byMemory } = fit;
      const limits = [
        ...nodeCores && fit.byCores !== void 0 ? [{ workers: fit.byCores, reason: `${nodeCores.name} / ${coresPerWorker.name} allow`, lower: `${nodeCores.name} to ${byMemory * coresPerWorker.setting.value}` }] : [],
        ...maxWorkers ? [{ workers: maxWorkers.setting.value, reason: `${maxWorkers.name} asks for`, lower: `${maxWorkers.name} to ${byMemory}` }] : []
      ];
      const intended = limits.sort((a, b) => a.workers - b.workers)[0];
      if (!intended || byMemory >= intended.workers) return;
      const idleCores = nodeCores ? `, and ${nodeCores.setting.value - byMemory * coresPerWorker.setting.value} of the ${nodeCores.setting.value} cores of each node sit idle` : "";
      context.report({
        at: memPerWorker.setting.entry.keySpan,
        message: {
          headline: `only floor(${nodeMemory.name} / ${memPerWorker.name}) = floor(${settingText(nodeMemory.setting)} / ${settingText(memPerWorker.setting)}) = ${byMemory} workers fit in a node's memory, fewer than the ${intended.workers} that ${intended.reason}`,
          note: `parsl starts ${byMemory} per node${idleCores}.`,
          help: `Raise ${nodeMemory.name} to ${intended.workers * memPerWorker.setting.value}, or lower ${intended.lower}`
        }
      });
    }
  })
});

// rules/strategy-none-max-blocks/index.ts
var rule43 = defineRule({
  meta: {
    id: "strategy-none-max-blocks",
    severity: "warning",
    description: '`strategy = "none"` turns scaling off, so blocks above `init_blocks` up to `max_blocks` never start.',
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      const strategy = config.configParams.get("strategy");
      if (strategy?.value.kind !== "scalar" || typeof strategy.value.value !== "string" || strategy.value.value.toLowerCase() !== "none") return;
      const written2 = JSON.stringify(strategy.value.value);
      for (const executor of config.executors) {
        const provider = executor.provider;
        if (!provider?.table) continue;
        const init = numberSetting(provider, "init_blocks", context.catalog);
        const max = numberSetting(provider, "max_blocks", context.catalog);
        if (!init || !max || max.value <= init.value) continue;
        context.report({
          at: (max.entry ?? init.entry)?.keySpan ?? provider.table,
          message: {
            headline: `with strategy = ${written2} parsl submits init_blocks blocks once, when it starts, and never scales`,
            note: `with ${describeSetting("init_blocks", init, context.target)} and ${describeSetting("max_blocks", max, context.target)} ` + (init.value <= 0 ? "no block ever starts and every task sent to this executor waits forever." : `at most ${settingText(init)} block${init.value === 1 ? "" : "s"} ever run${init.value === 1 ? "s" : ""} and max_blocks is never reached.`),
            help: `Remove strategy (parsl's default "simple" scales up to max_blocks), or set init_blocks = ${settingText(max)}`
          }
        });
      }
    }
  })
});

// rules/exclusive-by-default/index.ts
var rule44 = defineRule({
  meta: {
    id: "exclusive-by-default",
    severity: "info",
    description: "A Slurm provider sizes its jobs below a whole node but leaves `exclusive` at its default `true`, so every block takes whole nodes.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const object = job.provider;
      if (!job.reading.slurm || !object.table) return;
      const exclusive = booleanSetting(object, "exclusive", context.catalog);
      if (!exclusive || exclusive.entry || !exclusive.value) return;
      const directivesFor = (name) => userDirectives(job, name);
      const number = (name) => numberSetting(object, name, context.catalog);
      const [cores, memory, nodes] = [number("cores_per_node"), number("mem_per_node"), number("nodes_per_block")];
      const memDirectives = directivesFor("mem");
      if (directivesFor("exclusive").length > 0 || directivesFor("mem-per-cpu").length > 0) return;
      const allMemory = memDirectives.some((directive) => {
        const parsed = directive.value && parseSlurmMemory(directive.value.text, "mem");
        return parsed?.ok === true && parsed.value === 0;
      });
      if (memory?.value === 0 || allMemory) return;
      if (nodes && nodes.value > 1) return;
      const sizing = [
        ...cores?.entry ? [`cores_per_node = ${settingText(cores)}`] : [],
        ...memory?.entry ? [`mem_per_node = ${settingText(memory)}`] : [],
        ...[...directivesFor("cpus-per-task"), ...memDirectives].map((directive) => `"--${directive.option.name}=${directive.value?.text ?? ""}"`)
      ];
      if (sizing.length === 0) return;
      context.report({
        at: object.table,
        message: {
          headline: `${object.className} adds "#SBATCH --exclusive" unless exclusive = false (its default is true in ${describeTarget(context.target)})`,
          note: `every block takes whole nodes although this provider asks for ${sizing.join(", ")}. On a shared partition a whole free node can take far longer to come up, and the rest of it sits idle.`,
          help: "Set exclusive = false to ask for only what is written here, or exclusive = true if whole nodes are what you want"
        }
      });
    }
  })
});

// rules/exclusive-mem-per-cpu/index.ts
var EXAMPLE_NODE_CPUS = 128;
var rule45 = defineRule({
  meta: {
    id: "exclusive-mem-per-cpu",
    severity: "warning",
    description: "A `--mem-per-cpu` directive of an exclusive Slurm job applies to every CPU of the node.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const object = job.provider;
      const memPerCpu = userDirectives(job, "mem-per-cpu");
      if (memPerCpu.length === 0 || object.params.has("mem_per_node")) return;
      const exclusive = booleanSetting(object, "exclusive", context.catalog);
      const exclusiveDirective = userDirectives(job, "exclusive").find((directive) => directive.value === void 0);
      if (exclusive?.value !== true && !exclusiveDirective) return;
      const source = exclusive?.value === true ? `exclusive = true${exclusive.entry ? "" : ` (${object.className}'s default in ${describeTarget(context.target)})`} makes parsl add "#SBATCH --exclusive"` : `"--exclusive" in ${job.lineOf(exclusiveDirective.line).field}`;
      const cores = numberSetting(object, "cores_per_node", context.catalog);
      for (const directive of memPerCpu) {
        const perCpu = directive.value && parseSlurmMemory(directive.value.text, "mem-per-cpu");
        const sizes = perCpu?.ok === true ? `: on a ${EXAMPLE_NODE_CPUS}-CPU node, for example, ${formatMemory(perCpu.value * EXAMPLE_NODE_CPUS)}` + (cores && cores.value >= 1 ? `, where cores_per_node = ${cores.value} needs ${formatMemory(perCpu.value * cores.value)}` : "") : "";
        const at = job.sourceSpan(directive.span) ?? job.sourceSpan(directive.nameSpan);
        if (!at) continue;
        context.report({
          at,
          message: {
            headline: `${source}, and --mem-per-cpu asks for memory by the CPU`,
            note: `--exclusive gives the job every CPU of its node, and --mem-per-cpu applies to each of them${sizes}. sbatch rejects the job when no node has that much memory ("Requested node configuration is not available"), or it waits for the biggest nodes.`,
            help: "Set exclusive = false, or ask for memory per node with mem_per_node instead"
          }
        });
      }
    }
  })
});
function formatMemory(mebibytes) {
  if (mebibytes % 1048576 === 0) return `${mebibytes / 1048576}T`;
  if (mebibytes % 1024 === 0) return `${mebibytes / 1024}G`;
  return `${mebibytes}M`;
}

// rules/ntasks-directive/index.ts
var rule46 = defineRule({
  meta: {
    id: "ntasks-directive",
    severity: "warning",
    description: "A `--ntasks` directive asks Slurm for tasks parsl never starts: one worker pool runs per node.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const slurm = job.reading.slurm;
      const ntasks = slurm?.effective.get("ntasks");
      if (!slurm || !ntasks || !isUserDirective(job, ntasks)) return;
      const at = job.sourceSpan(ntasks.span);
      const tasks = count(ntasks.value?.text);
      if (!at || tasks === void 0) return;
      const setting = (name) => count(slurm.effective.get(name)?.value?.text);
      const nodes = setting("nodes") ?? 1;
      const perNode = setting("ntasks-per-node");
      const cpusPerTask = setting("cpus-per-task") ?? 1;
      if (tasks <= nodes) return;
      const asked = `\`${directiveText(ntasks)}\` asks Slurm for ${tasks} tasks`;
      const launcher = "parsl starts one worker pool per node whatever --ntasks says, and it uses cores_per_node cores";
      const instead = "Leave --ntasks out: set cores_per_node for the CPUs of each node and nodes_per_block for the nodes";
      if (perNode !== void 0 && tasks > nodes * perNode) {
        context.report({
          at,
          message: {
            headline: `${asked}, but the job has --nodes=${nodes} with at most ${perNode} task${perNode === 1 ? "" : "s"} per node (--ntasks-per-node=${perNode}${perNode === 1 ? ", which parsl writes" : ""})`,
            note: 'Slurm cannot place them and sbatch refuses the job ("Requested node configuration is not available").',
            help: instead
          }
        });
        return;
      }
      context.report({
        at,
        message: {
          headline: `${asked} \xD7 --cpus-per-task=${cpusPerTask} = ${tasks * cpusPerTask} CPUs on ${nodes} node${nodes === 1 ? "" : "s"}, but ${launcher}`,
          note: "the other CPUs sit idle, and sbatch refuses the job where no node has that many.",
          help: instead
        }
      });
    }
  })
});
function count(text) {
  return text !== void 0 && /^\d+$/.test(text) ? Number(text) : void 0;
}

// src/model/environment-activation.ts
var TOOLS = ["conda", "mamba", "micromamba"];
var ACTIVATING_COMMANDS = /* @__PURE__ */ new Set(["source", ".", "eval", "pixi", "workon", "pyenv", "use"]);
var MODULE_LOADS = /* @__PURE__ */ new Set(["load", "add", "try-load", "try-add", "swap", "switch", "restore"]);
var ML_OTHER = /* @__PURE__ */ new Set(["purge", "list", "avail", "av", "spider", "unload", "rm", "del", "use", "unuse", "show", "display", "help", "save", "savelist", "describe", "reset", "keyword", "whatis", "overview", "refresh", "update", "is-loaded", "is-avail", "tablelist", "gitversion"]);
var TOOLCHAIN_MODULE = /^(gcc|gcccore|gnu\d*|intel|intel-compilers|intel-oneapi-\w+|oneapi|llvm|clang|aocc|nvhpc|pgi|openmpi|mpich|mvapich2?|impi|intel-mpi|cuda|cudatoolkit|cudnn|nccl|python|python3|r|java|jdk|julia|perl|go|rust|nodejs|cmake|git|stdenv|foss|gompi|bioinfo|biocontainers|bear-apps|modtree|use\.own)$/i;
var MODULE_INIT = /(^|\/)(modules|lmod|z00_lmod)\.(sh|bash)$|\/(modules|lmod)\/(\S*\/)?init\//i;
var STARTUP_FILES = /* @__PURE__ */ new Set([".bashrc", ".bash_profile", ".bash_login", ".profile", "bashrc", "bash.bashrc", "profile"]);
var CONDA_LIKE = /conda|mamba|forge|python/i;
function commandName(command) {
  return command.words[0]?.text;
}
function activateCall(command) {
  const name = commandName(command);
  return TOOLS.find((tool) => tool === name) && command.words[1]?.text === "activate" ? name : void 0;
}
function moduleLoads(command) {
  const [name, ...args] = command.words.map((word) => word.text);
  if (name === "module" && MODULE_LOADS.has(args[0] ?? "")) return args.slice(1).filter((arg) => !arg.startsWith("-"));
  if (name === "ml" && !ML_OTHER.has(args[0] ?? "")) return args.filter((arg) => !arg.startsWith("-"));
  return name === "module" || name === "ml" ? [] : void 0;
}
function isToolchainModule(module) {
  const name = module.split("/")[0].replace(/-\d[\w.-]*$/, "");
  return TOOLCHAIN_MODULE.test(name);
}
function activatesEnvironment(command) {
  const name = commandName(command);
  if (name === void 0) return command.assignments.some((word) => word.text.startsWith("PATH="));
  if (activateCall(command)) return true;
  if (name === "source" || name === ".") return !MODULE_INIT.test(command.words[1]?.text ?? "");
  if (ACTIVATING_COMMANDS.has(name)) return true;
  const modules = moduleLoads(command);
  if (modules) return modules.some((module) => !isToolchainModule(module));
  if (name === "spack") return ["load", "env"].includes(command.words[1]?.text ?? "");
  if (name === "export") return command.words.some((word) => word.text.startsWith("PATH="));
  return false;
}
function loadsShellHook(command, tool) {
  const name = commandName(command);
  const args = command.words.slice(1).map((word) => word.text);
  if (name === "source" || name === ".") {
    const file = args[0] ?? "";
    const base = file.slice(file.lastIndexOf("/") + 1);
    if (base === "activate") return tool === "conda";
    return STARTUP_FILES.has(base) || CONDA_LIKE.test(file);
  }
  if (name === "eval") {
    const text = args.join(" ").replace(/['"]/g, "");
    const hookOf = tool === "conda" ? /conda\S*\s+shell\.\w+\s+hook/i : new RegExp(`(${tool}|MAMBA_EXE)\\S*\\s+shell\\s+hook`, "i");
    return hookOf.test(text);
  }
  if (name === "module" || name === "ml") return args.some((arg) => CONDA_LIKE.test(arg));
  return false;
}

// src/model/shell-commands.ts
var RESERVED = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time"]);
function shellCommands(text) {
  const commands = [];
  let words2 = [];
  const endCommand = () => {
    let first = 0;
    while (first < words2.length && RESERVED.has(words2[first].text)) first++;
    let name = first;
    while (name < words2.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[name].text)) name++;
    if (name < words2.length || name > first) commands.push({ assignments: words2.slice(first, name), words: words2.slice(name) });
    words2 = [];
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (isOperator(text, index)) {
      endCommand();
      index++;
    } else if (/\s/.test(char)) {
      index++;
    } else if (char === "#") {
      while (index < text.length && text[index] !== "\n") index++;
    } else {
      const word = readWord(text, index);
      words2.push(word);
      index = word.end;
    }
  }
  endCommand();
  return commands;
}
function isOperator(text, index) {
  const char = text[index];
  if (char === "&") return !/[<>]/.test(text[index - 1] ?? "") && text[index + 1] !== ">";
  return char === "\n" || char === ";" || char === "|" || char === "(" || char === ")";
}
function readWord(text, start) {
  let value = "";
  let index = start;
  let quote;
  let depth = 0;
  while (index < text.length) {
    const char = text[index];
    if (quote === "'" || quote === "`") {
      if (char === quote) quote = void 0;
      else value += char;
    } else if (char === "\\" && index + 1 < text.length) {
      value += text[index + 1];
      index++;
    } else if (quote === '"' && char === '"' && depth === 0) {
      quote = void 0;
    } else if (quote === void 0 && depth === 0 && (char === "'" || char === '"' || char === "`")) {
      quote = char;
    } else if (char === "$" && text[index + 1] === "(") {
      depth++;
      value += "$(";
      index++;
    } else if (char === ")" && depth > 0) {
      depth--;
      value += char;
    } else if (quote === void 0 && depth === 0 && (/\s/.test(char) || isOperator(text, index))) {
      break;
    } else {
      value += char;
    }
    index++;
  }
  return { text: value, start, end: index };
}

// rules/worker-init-no-activation/index.ts
var CONSEQUENCE = "unless the batch job inherits your QIIME 2 environment, parsl's workers start without it, process_worker_pool.py is not found, and the pipeline waits for workers that never connect";
var rule47 = defineRule({
  meta: {
    id: "worker-init-no-activation",
    severity: "warning",
    description: "A batch-scheduler provider's `worker_init` runs commands but activates no environment.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object)) return;
      const workerInit = stringParam(object, "worker_init");
      if (!workerInit || workerInit.value.trim() === "") return;
      const commands = shellCommands(workerInit.value);
      if (commands.length === 0 || commands.some(activatesEnvironment)) return;
      const toolchains = commands.flatMap((command) => moduleLoads(command) ?? []);
      context.report({
        at: workerInit,
        message: toolchains.length > 0 ? {
          headline: `worker_init loads only ${toolchains.length === 1 ? "the module" : "the modules"} ${toolchains.join(", ")}`,
          note: `a compiler, a bare Python or a module tree, not a QIIME 2 environment; ${CONSEQUENCE}.`,
          help: "Load your site's QIIME 2 module (module load qiime2/\u2026) or a conda and activate the environment (module load anaconda3 && conda activate qiime2-amplicon-2024.10)"
        } : {
          headline: "worker_init activates no environment (no conda, mamba or micromamba activate, source, QIIME 2 or conda module, spack load, pixi or PATH change)",
          note: CONSEQUENCE
        }
      });
    }
  })
});

// rules/activate-without-shell-hook/index.ts
var TOOL_FACTS = {
  conda: {
    says: `conda stops with "CondaError: Run 'conda init' before 'conda activate'" (before conda 23.11: "Your shell has not been properly configured to use 'conda activate'.")`,
    hook: 'source <conda>/etc/profile.d/conda.sh, or eval "$(conda shell.bash hook)", or use "source activate <env>" instead'
  },
  mamba: {
    says: `mamba 2 stops with "'mamba' is running as a subprocess and can't modify the parent shell." (mamba 1: "Run 'mamba init' to be able to run mamba activate/deactivate")`,
    hook: 'eval "$(mamba shell hook --shell bash)" (mamba 2), or source <conda>/etc/profile.d/conda.sh and then mamba.sh (mamba 1)'
  },
  micromamba: {
    says: `micromamba stops with "'micromamba' is running as a subprocess and can't modify the parent shell."`,
    hook: 'eval "$(micromamba shell hook --shell bash)"'
  }
};
var rule48 = defineRule({
  meta: {
    id: "activate-without-shell-hook",
    severity: "warning",
    description: "`worker_init` runs `conda activate` (or mamba's, micromamba's) before anything has loaded that tool's shell hook.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (!isBatchProvider(object)) return;
      const workerInit = stringParam(object, "worker_init");
      if (!workerInit) return;
      const commands = shellCommands(workerInit.value);
      const reported = /* @__PURE__ */ new Set();
      commands.forEach((command, index) => {
        const tool = activateCall(command);
        if (!tool || reported.has(tool) || commands.slice(0, index).some((earlier) => loadsShellHook(earlier, tool))) return;
        reported.add(tool);
        const words2 = command.words;
        context.report({
          at: context.locate(workerInit).spanOf(words2[0].start, words2[words2.length - 1].end),
          message: {
            headline: `"${tool} activate" needs ${tool}'s shell function, and the batch job's non-interactive bash has not loaded it`,
            note: `${TOOL_FACTS[tool].says}, and the workers start without the environment.`,
            help: `Load the hook first: ${TOOL_FACTS[tool].hook}`
          }
        });
      });
    }
  })
});

// src/scheduler/directive-prefixes.ts
var DIRECTIVE_PREFIXES = SCHEDULERS.flatMap(
  (adapter) => adapter.directivePrefix === void 0 ? [] : [{ prefix: adapter.directivePrefix, scheduler: adapter.name }]
);
function directivePrefixOf(line2) {
  const text = line2.trimStart();
  return DIRECTIVE_PREFIXES.find(({ prefix }) => text.startsWith(prefix) && /^(?:[ \t-]|$)/.test(text.slice(prefix.length)));
}
var READ_PREFIXES = [...new Set(SCHEDULERS.flatMap((adapter) => adapter.reads))];

// rules/placeholder-value/index.ts
var PLACEHOLDERS = [
  /(?<![<\w])<[A-Za-z][\w.-]*(?: [\w.-]+)*>(?!>)/g,
  // <your-partition>, <path-to-conda>
  /\byour[_-]\w[\w-]*/gi,
  // YOUR_ACCOUNT, your_username
  /(?<![\w.])(?:\.\.\.|…)(?![\w.])/g,
  // ..., a value still to write
  /\b(?:TODO|FIXME|CHANGEME|CHANGE_ME)\b/g,
  /(?<!\w)\/?path\/to\//g
  // /path/to/miniforge3
];
var MAY_HOLD_PLACEHOLDER = /<|your|\.\.\.|…|TODO|FIXME|CHANGE|path\/to\//i;
function isCommentLine(line2) {
  const text = line2.trimStart();
  return text.startsWith("#") && !READ_PREFIXES.some((prefix) => text.startsWith(prefix));
}
var rule49 = defineRule({
  meta: {
    id: "placeholder-value",
    severity: "error",
    description: "A string still holds a template placeholder such as `<your-partition>`, `YOUR_ACCOUNT`, `...`, `TODO` or `/path/to/`.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      if (config.parslTable) visit(config.parslTable);
      function visit(node) {
        if (node.kind === "table") for (const entry of node.entries.values()) visit(entry.value);
        else if (node.kind === "array") node.items.forEach(visit);
        else if (node.type === "string") check5(node);
      }
      function check5(node) {
        if (!MAY_HOLD_PLACEHOLDER.test(node.value)) return;
        const key = node.path.findLast((part) => typeof part === "string") ?? "";
        let reportedUpTo = 0;
        for (const found of placeholders(key, node.value)) {
          if (found.start < reportedUpTo) continue;
          reportedUpTo = found.end;
          context.report({
            at: context.locate(node).spanOf(found.start, found.end),
            message: { headline: `"${found.text}" is a placeholder left from a template`, note: `${consequence(key, found.text)}.`, help: "Replace it with your own value" }
          });
        }
      }
    }
  })
});
function placeholders(key, text) {
  const found = readRanges(key, text).flatMap(
    ([start, end]) => PLACEHOLDERS.flatMap(
      (pattern) => [...text.slice(start, end).matchAll(pattern)].map((match) => ({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] }))
    )
  );
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
function readRanges(key, text) {
  if (key === "worker_init") return shellCommands(text).flatMap((command) => [...command.assignments, ...command.words].map((word) => [word.start, word.end]));
  if (key === "scheduler_options") {
    let start = 0;
    return text.split("\n").flatMap((line2) => {
      const range = [start, start + line2.length];
      start += line2.length + 1;
      return isCommentLine(line2) ? [] : [range];
    });
  }
  return [[0, text.length]];
}
function consequence(key, placeholder) {
  if (key === "worker_init" && placeholder.startsWith("<")) {
    return 'bash reads "<\u2026>" as input and output redirections, so this line fails; followed by ";", "&&" or the end of the string it is a syntax error that ends the batch script before any worker starts';
  }
  if (key === "worker_init") return "the batch job runs this command as written, so it fails and the workers start without their environment";
  if (key === "scheduler_options") return "sbatch reads this directive as written, so it refuses the job or runs it where you did not mean";
  return `parsl passes ${key} on as written, so the scheduler refuses the job or runs it where you did not mean`;
}

// src/model/address.ts
var PYTHON_CALL = /^\s*[A-Za-z_][\w.]*\s*\(.*\)\s*$/s;
function addressKind(value) {
  if (value === "") return "unset";
  if (process.getBuiltinModule("node:net").isIP(value) !== 0) return "ip";
  return PYTHON_CALL.test(value) ? "python-call" : "name";
}

// rules/address-not-ip/index.ts
var INTERCHANGE_EXECUTORS = /* @__PURE__ */ new Set(["HighThroughputExecutor", "MPIExecutor"]);
var FIRST_IP_ONLY = "2024.11.25";
var PYTHON_CALL2 = "is Python code, but QIIME 2 passes it to parsl as text and never runs it";
var NOT_AN_IP = "is not an IP address";
var BASH = `And bash would stop at the "(" of the workers' command.`;
function refusal(parsl) {
  return parsl >= FIRST_IP_ONLY ? `from parsl ${FIRST_IP_ONLY} the interchange on this machine refuses it ("does not appear to be an IPv4 or IPv6 address"), so QIIME 2 stops with "Interchange failed to start" after 120 s and submits no job.` : 'the interchange on this machine listens only on an IP address or an interface name (anything else stops QIIME 2 with "Interchange failed to start" after 120 s, before any job is submitted), and the workers connect to address as a host name (an interface name reaches no one).';
}
var INSTEAD = 'Remove address (parsl then offers the workers every address of this machine), or write the IP address this machine has on the network the compute nodes reach, e.g. address = "10.1.0.5"';
var rule50 = defineRule({
  meta: {
    id: "address-not-ip",
    severity: "error",
    description: "An executor's `address` is not an IP address: a Python call or a name the interchange cannot listen on.",
    fix: "none"
  },
  create: (context) => ({
    executor(executor) {
      if (!executor.className || !INTERCHANGE_EXECUTORS.has(executor.className)) return;
      const address = stringParam(executor, "address");
      if (!address) return;
      const kind = addressKind(address.value);
      if (kind === "unset" || kind === "ip") return;
      const written2 = `address = ${JSON.stringify(address.value)}`;
      const entry = executor.params.get("address");
      const removal2 = removeEntryLine(context.source.text, entry);
      context.report({
        at: address,
        message: {
          headline: `${written2} ${kind === "python-call" ? PYTHON_CALL2 : NOT_AN_IP}`,
          note: kind === "python-call" ? `${refusal(context.target.parsl)} ${BASH}` : refusal(context.target.parsl),
          help: INSTEAD
        },
        suggestions: removal2 ? [{ description: "remove address", edits: [removal2] }] : []
      });
    }
  })
});

// rules/implausible-memory/index.ts
var MEMORY_PARAMS = /* @__PURE__ */ new Map([
  ["SlurmProvider", { name: "mem_per_node", per: "node", refusal: 'sbatch refuses the job ("Requested node configuration is not available")', written: (_, text) => `#SBATCH --mem=${text}g` }],
  ["CondorProvider", { name: "mem_per_slot", per: "slot", refusal: "HTCondor never matches the job to a machine and it stays idle", written: (gb, text) => `RequestMemory = ${Number.isSafeInteger(gb * 1024) ? gb * 1024 : `${text} \xD7 1024`}` }]
]);
var IMPLAUSIBLE_GB = 16384;
var rule51 = defineRule({
  meta: {
    id: "implausible-memory",
    severity: "warning",
    description: "A memory size in gigabytes (`mem_per_node`, `mem_per_slot`) so large it was probably meant in megabytes.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const param = object.className ? MEMORY_PARAMS.get(object.className) : void 0;
      if (object.group !== "providers" || !param) return;
      const entry = object.params.get(param.name);
      const value = entry?.value;
      if (!entry || value?.kind !== "scalar" || typeof value.value !== "number" || !Number.isFinite(value.value) || value.value < IMPLAUSIBLE_GB) return;
      const gb = value.value;
      const text = numberText(value);
      const tb = gb / 1024;
      const meantInMb = tb < IMPLAUSIBLE_GB;
      context.report({
        at: value,
        message: {
          headline: `${param.name} = ${text} counts gigabytes`,
          note: `parsl writes \`${param.written(gb, text)}\`, ${tb < 1e9 ? Math.round(tb) : "billions of"} TB per ${param.per}, which no node has: ${param.refusal}, and no worker runs.`,
          help: meantInMb ? `If you meant ${text} MB, write ${param.name} = ${Math.floor(tb)}` : `Write the memory of one ${param.per} in GB`
        },
        suggestions: meantInMb ? suggestions2(param.name, value.span, gb) : []
      });
    }
  })
});
function suggestions2(name, span, mb) {
  const binary = Math.floor(mb / 1024);
  const result = [{ description: `${name} = ${binary} (${mb} MB at 1024 MB to the GB)`, edits: [{ ...span, text: String(binary) }] }];
  if (mb % 1e3 === 0 && mb / 1e3 !== binary) result.push({ description: `${name} = ${mb / 1e3} (${mb} MB at 1000 MB to the GB)`, edits: [{ ...span, text: String(mb / 1e3) }] });
  return result;
}

// rules/default-aprun-launcher/index.ts
var NOT_CRAY_ONLY = /* @__PURE__ */ new Set(["TorqueProvider"]);
var rule52 = defineRule({
  meta: {
    id: "default-aprun-launcher",
    severity: "warning",
    description: "A TorqueProvider without a `launcher` starts its workers with `aprun`, which exists only on Cray systems.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      if (object.group !== "providers" || !object.className || !NOT_CRAY_ONLY.has(object.className)) return;
      const launcher = providerLauncher(object, context.catalog);
      if (!launcher?.isDefault || launcher.className !== "AprunLauncher") return;
      context.report({
        at: object.classEntry?.value ?? object.table ?? object.node,
        message: {
          headline: `${object.className} has no launcher, so parsl uses its default, AprunLauncher`,
          note: 'every batch job starts the workers with aprun, which exists only on Cray systems. Anywhere else the job prints "aprun: command not found", ends at once and no worker connects.',
          help: 'Unless this is a Cray, add a launcher table under the provider with class = "SingleNodeLauncher" (one node per block), or "MpiExecLauncher" for nodes_per_block above 1'
        }
      });
    }
  })
});

// rules/unreachable-executor/index.ts
var rule53 = defineRule({
  meta: {
    id: "unreachable-executor",
    severity: "warning",
    description: "A batch-scheduler executor that is neither labelled `default` nor named in `executor_mapping`, so no action runs on it.",
    fix: "none"
  },
  create: (context) => ({
    config(config) {
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      const fallback = config.executors.find((_, index) => labels[index]?.value === "default");
      if (!fallback) return;
      const mapped = mappedLabels(config);
      if (mapped === void 0) return;
      config.executors.forEach((executor, index) => {
        const label = labels[index];
        if (!label || label.value === "default" || mapped.has(label.value) || !executor.provider || !isBatchProvider(executor.provider)) return;
        const runsOn = fallback.provider ? `${fallback.className} with ${fallback.provider.className}` : fallback.className === "ThreadPoolExecutor" ? "a ThreadPoolExecutor: threads on the machine where QIIME 2 runs, often a login node" : fallback.className ?? "an executor without a class";
        const idle = numberSetting(executor.provider, "init_blocks", context.catalog)?.value ?? 0;
        context.report({
          at: label.written ?? executor.classEntry?.value ?? executor.node,
          message: {
            headline: `executor "${label.value}" (${executor.provider.className}) is neither labelled "default" nor named in executor_mapping, so QIIME 2 sends it no action`,
            note: `every action runs on "default" (${runsOn}) instead` + (idle > 0 ? `, while "${label.value}" still submits ${idle === 1 ? "a job (init_blocks) that sits" : `${idle} jobs (init_blocks) that sit`} idle.` : "."),
            help: `Label this executor "default" (and the other one something else), or map actions to "${label.value}" in executor_mapping`
          }
        });
      });
    }
  })
});
function mappedLabels(config) {
  const assignments = config.mapping ? [...config.mapping.flat, ...config.mapping.perPlugin] : [];
  const labels = /* @__PURE__ */ new Set();
  for (const { label } of assignments) {
    if (label.kind !== "scalar" || typeof label.value !== "string") return void 0;
    labels.add(label.value);
  }
  return labels;
}

// rules/foreign-directive/index.ts
var rule54 = defineRule({
  meta: {
    id: "foreign-directive",
    severity: "warning",
    description: "A directive in `scheduler_options` or `worker_init` is for another scheduler, so the provider's scheduler reads it as a comment and ignores it.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const reader = object.group === "providers" ? schedulerOf(object.className) : void 0;
      if (!reader) return;
      for (const field of ["scheduler_options", "worker_init"]) {
        const node = stringParam(object, field);
        if (!node) continue;
        let start = 0;
        for (const line2 of node.value.split("\n")) {
          const found = directivePrefixOf(line2);
          if (found && !reader.reads.includes(found.prefix)) {
            const indent = line2.length - line2.trimStart().length;
            context.report({
              at: context.locate(node).spanOf(start + indent, start + line2.trimEnd().length),
              message: {
                headline: `${object.className} submits with ${reader.submitCommand}, which does not read ${found.prefix} lines`,
                note: `this ${found.scheduler} directive is a plain comment to it, so what it asks for is lost`,
                help: reader.reads.length > 0 ? `write it as a ${reader.reads[0]} directive, or set the provider field that asks for the same` : "write it as a submit command (such as `request_memory = 4GB`) in scheduler_options, or set the provider field that asks for the same"
              }
            });
          }
          start += line2.length + 1;
        }
      }
    }
  })
});

// rules/unknown-partition/index.ts
var rule55 = defineRule({
  meta: {
    id: "unknown-partition",
    severity: "error",
    description: "A Slurm provider names a partition that the site's cluster profile does not have.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const requested = profile && slurmRequest(job)?.partition;
      if (!profile || !requested) return;
      const known = [...profile.partitions.keys()];
      for (const name of requested.text.split(",")) {
        if (profile.partitions.has(name)) continue;
        const guess = closestMatch(name, known);
        context.report({
          at: requested.at,
          message: {
            headline: `${requested.written}: this cluster has no partition "${name}"`,
            note: `the partitions in ${profile.file} are ${known.map((k) => `"${k}"`).join(", ") || "none"}, so sbatch refuses every block with "invalid partition specified: ${name}".`,
            help: guess ? `Did you mean "${guess}"?` : "Name one of the partitions above, or refresh the profile with parsl-lint cluster-profile if it has changed"
          }
        });
      }
    }
  })
});

// rules/no-default-partition/index.ts
var rule56 = defineRule({
  meta: {
    id: "no-default-partition",
    severity: "error",
    description: "A Slurm provider names no partition, and the site's cluster profile has no default partition.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      if (!profile || !request || request.partition || profile.defaultPartition || !job.provider.table) return;
      const names = [...profile.partitions.keys()].map((name) => `"${name}"`).join(", ");
      context.report({
        at: job.provider.table,
        message: {
          headline: `${job.provider.className} names no partition, and this cluster has no default one (${profile.file} has no default_partition)`,
          note: 'sbatch refuses every block ("No partition specified or system default partition").',
          help: `Set partition to one of ${names || "the cluster's partitions"}`
        }
      });
    }
  })
});

// src/site/partition.ts
function jobPartition(profile, request) {
  const named = request.partition?.text;
  if (named !== void 0) {
    const partition2 = named.includes(",") ? void 0 : profile.partitions.get(named);
    return partition2 && { partition: partition2, described: `partition "${named}"` };
  }
  const byDefault = profile.defaultPartition;
  const partition = byDefault && profile.partitions.get(byDefault.value);
  return partition && { partition, described: `the default partition "${partition.name}" ${cite(byDefault.from)}` };
}

// rules/partition-time-limit/index.ts
var rule57 = defineRule({
  meta: {
    id: "partition-time-limit",
    severity: "error",
    description: "A Slurm provider's walltime is longer than its partition's MaxTime in the site's cluster profile.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const time = request?.time;
      if (!profile || !request || !time) return;
      const target = jobPartition(profile, request);
      const maxTime = target?.partition.maxTime;
      if (!target || !maxTime || maxTime.value === null) return;
      const parsed = parseSlurmTime(time.text);
      if (!parsed.ok) return;
      const asked = parsed.value.unlimited ? "no time limit" : walltimeText(parsed.value.minutes);
      if (!parsed.value.unlimited && parsed.value.minutes <= maxTime.value) return;
      context.report({
        at: time.at,
        message: {
          headline: `${time.written} asks for ${asked}, more than ${walltimeText(maxTime.value)}, the MaxTime of ${target.described} ${cite(maxTime.from)}`,
          note: 'where the site enforces partition limits Slurm refuses every block at submission ("Requested time limit is invalid"); elsewhere the blocks wait in the queue for ever (reason PartitionConfig).',
          help: `Ask for at most ${walltimeText(maxTime.value)}, or use a partition with a longer limit`
        }
      });
    }
  })
});

// rules/partition-node-size/index.ts
var rule58 = defineRule({
  meta: {
    id: "partition-node-size",
    severity: "error",
    description: "A Slurm provider asks for more CPUs or memory per node than the largest node of its partition has, in the site's cluster profile.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      if (!request || !target) return;
      const { partition, described } = target;
      const refused = "Slurm refuses every block at submission";
      const cpusValue = request["cpus-per-task"];
      const cpus = cpusValue && parseSlurmPositiveInteger(cpusValue.text, "cpus-per-task");
      const cpusAsked = cpus?.ok ? cpus.value : 1;
      const maxCpus = partition.maxNodeCpus;
      if (cpusValue && cpus?.ok && maxCpus && cpus.value > maxCpus.value) {
        context.report({
          at: cpusValue.at,
          message: {
            headline: `${cpusValue.written} asks for ${cpus.value} CPUs on one node, but the largest node of ${described} has ${maxCpus.value} ${cite(maxCpus.from)}`,
            note: `${refused} ("More processors requested than permitted").`,
            help: `Ask for at most ${maxCpus.value}, or use a partition with bigger nodes`
          }
        });
      }
      const maxMemory = partition.maxNodeMemoryMb;
      if (!maxMemory) return;
      const mem = request.mem;
      const perNode = mem && parseSlurmMemory(mem.text, "mem");
      if (mem && perNode?.ok && perNode.value > maxMemory.value) {
        context.report({
          at: mem.at,
          message: {
            headline: `${mem.written} asks for ${megabytesText(perNode.value)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}`,
            note: `${refused} ("Requested node configuration is not available").`,
            help: `Ask for at most ${megabytesText(maxMemory.value)}, or use a partition with bigger nodes`
          }
        });
      }
      const perCpuValue = request["mem-per-cpu"];
      const perCpu = perCpuValue && parseSlurmMemory(perCpuValue.text, "mem-per-cpu");
      if (perCpuValue && perCpu?.ok && perCpu.value * cpusAsked > maxMemory.value) {
        context.report({
          at: perCpuValue.at,
          message: {
            headline: `${perCpuValue.written} \xD7 ${cpusAsked} CPU${cpusAsked === 1 ? "" : "s"} is ${megabytesText(perCpu.value * cpusAsked)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}`,
            note: `${refused} ("Requested node configuration is not available").`,
            help: "Ask for less memory per CPU, or use a partition with bigger nodes"
          }
        });
      }
    }
  })
});

// rules/partition-max-nodes/index.ts
var rule59 = defineRule({
  meta: {
    id: "partition-max-nodes",
    severity: "error",
    description: "A Slurm provider's nodes_per_block is above its partition's MaxNodes, or above the nodes it has, in the site's cluster profile.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      const nodes = request?.nodes;
      if (!target || !nodes) return;
      const parsed = parseSlurmNodeCount(nodes.text);
      if (!parsed.ok) return;
      const { maxNodes, nodes: total } = target.partition;
      const limit = [maxNodes && { ...maxNodes, what: "MaxNodes" }, total && { ...total, what: "number of nodes" }].filter((found) => found !== void 0).sort((a, b) => a.value - b.value)[0];
      if (!limit || parsed.value.min <= limit.value) return;
      context.report({
        at: nodes.at,
        message: {
          headline: `${nodes.written} asks for ${parsed.value.min} nodes per block, more than ${limit.value}, the ${limit.what} of ${target.described} ${cite(limit.from)}`,
          note: 'where the site enforces partition limits Slurm refuses every block ("Node count specification invalid"); elsewhere the blocks never start.',
          help: `Ask for at most ${limit.value}`
        }
      });
    }
  })
});

// rules/partition-access/index.ts
var rule60 = defineRule({
  meta: {
    id: "partition-access",
    severity: "error",
    description: "A Slurm provider's account or QOS may not use its partition, by the AllowAccounts/DenyAccounts or AllowQos/DenyQos of the site's cluster profile.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const profile = context.profile;
      const request = profile && slurmRequest(job);
      const target = profile && request && jobPartition(profile, request);
      if (!request || !target) return;
      const { partition, described } = target;
      check5("account", request.account, partition.allowAccounts, partition.denyAccounts, "Invalid account or account/partition combination specified");
      check5("QOS", request.qos, partition.allowQos, partition.denyQos, "Invalid qos specification");
      function check5(what, value, allow, deny, refusal2) {
        if (!value) return;
        const allowed = allow ? allow.value.includes(value.text) : !deny?.value.includes(value.text);
        if (allowed) return;
        const rule62 = allow ? `allows only ${allow.value.map((name) => `"${name}"`).join(", ")} ${cite(allow.from)}` : `denies it ${cite(deny.from)}`;
        context.report({
          at: value.at,
          message: {
            headline: `${value.written}: ${described} ${rule62}`,
            note: `Slurm refuses every block ("${refusal2}") or leaves it pending ("Job's ${what} not permitted to use this partition").`,
            help: `Use an allowed ${what}, or another partition`
          }
        });
      }
    }
  })
});

// src/site/sbatch-answer.ts
var BY_MESSAGE = [
  [/invalid partition/i, ["partition"]],
  [/no partition specified/i, ["partition"]],
  [/time limit is invalid|Invalid --time specification/i, ["time"]],
  [/--mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive/i, ["mem-per-cpu", "mem-per-gpu", "mem"]],
  // No node has what is asked: memory, CPUs, local disk (--tmp), features or generic resources;
  // --nodes, which parsl always writes, comes last.
  [/Memory specification can not be satisfied|Requested node configuration is not available/i, ["mem", "mem-per-cpu", "cpus-per-task", "tmp", "constraint", "gres", "nodes"]],
  [/More processors requested than permitted/i, ["cpus-per-task", "ntasks-per-node", "nodes"]],
  [/Node count specification invalid|is not a valid node count/i, ["nodes"]],
  [/Invalid account/i, ["account"]],
  [/Invalid qos/i, ["qos"]],
  [/Invalid feature specification/i, ["constraint"]],
  [/generic resource/i, ["gres", "gpus", "gpus-per-node"]],
  [/Invalid --([a-z-]+) specification/i, []],
  [/Invalid numeric value "[^"]*" for --([a-z-]+)/i, []]
];
var QUOTING = [/unrecognized option '([^']+)'/, /invalid option -- '(.)'/, /option '([^']+)'/, /Invalid directive found in batch script: (\S+)/];
function blame(answer) {
  const settings = [];
  for (const [pattern, names] of BY_MESSAGE) {
    const match = pattern.exec(answer.stderr);
    if (!match) continue;
    settings.push(...names, ...match[1] ? [match[1].toLowerCase()] : []);
  }
  for (const pattern of QUOTING) {
    const match = pattern.exec(answer.stderr);
    if (match) return { settings, quoted: match[1].length === 1 ? `-${match[1]}` : match[1] };
  }
  return { settings };
}
function sbatchSays(answer) {
  return answer.stderr.split("\n").map((line2) => line2.trim()).filter((line2) => line2 !== "" && !line2.startsWith('Try "sbatch --help"')).join(" / ");
}

// rules/sbatch-refuses-job/index.ts
var rule61 = defineRule({
  meta: {
    id: "sbatch-refuses-job",
    severity: "error",
    description: "With --sbatch-test: the real `sbatch --test-only` refuses a Slurm provider's job script.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const table = job.provider.table;
      const script = context.sbatchAnswer && table ? slurmScript(job) : void 0;
      const answer = script === void 0 ? void 0 : context.sbatchAnswer(script);
      if (!answer || answer.exitCode === 0 || !table) return;
      const blamed = blame(answer);
      const value = blamed.settings.map((setting) => requestedValue(job, setting)).find((found) => found !== void 0);
      const quoted = value || blamed.quoted === void 0 ? void 0 : findInSchedulerOptions(blamed.quoted);
      const written2 = value ? ` (${value.written})` : "";
      context.report({
        at: value?.at ?? quoted ?? table,
        message: { headline: `sbatch --test-only refuses this job${written2}, so every block would fail to submit`, note: `"${sbatchSays(answer)}"` }
      });
      function findInSchedulerOptions(text) {
        const node = job.provider.params.get("scheduler_options")?.value;
        const index = isString(node) ? node.value.indexOf(text) : -1;
        return isString(node) && index >= 0 ? context.locate(node).spanOf(index, index + text.length) : void 0;
      }
    }
  })
});

// rules/index.ts
var RULES = [
  rule,
  rule2,
  rule3,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17,
  rule18,
  rule20,
  rule19,
  rule21,
  rule22,
  rule23,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule30,
  rule31,
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule45,
  rule46,
  rule47,
  rule4,
  rule48,
  rule49,
  rule50,
  rule51,
  rule52,
  rule53,
  rule54,
  rule55,
  rule56,
  rule57,
  rule58,
  rule59,
  rule60,
  rule61
];

// src/output/compact.ts
function formatCompact(reports) {
  return reports.flatMap((report2) => report2.diagnostics.map((d) => `${report2.path}:${d.start.line}:${d.start.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]
`)).join("");
}

// src/output/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(reports) {
  const lines = reports.flatMap((report2) => report2.diagnostics.map((diagnostic) => annotation(report2.path, diagnostic)));
  return lines.map((line2) => `${line2}
`).join("");
}
function annotation(path3, diagnostic) {
  const { start, end } = diagnostic;
  const properties = [
    `file=${escapeProperty(printable(path3))}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(`parsl-lint ${diagnostic.rule}`)}`
  ].join(",");
  return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(`${printable(diagnostic.message)} (${diagnostic.docs})`)}`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// src/output/stylish.ts
function formatStylish(reports, chalk2, options = {}) {
  return reports.map((report2) => formatStylishFile(report2, chalk2, options)).join("") + formatStylishSummary(ReportTally.of(reports), chalk2);
}
function formatStylishFile(report2, chalk2, options = {}) {
  const paint = { error: chalk2.red, warning: chalk2.yellow, info: chalk2.blue };
  if (report2.diagnostics.length === 0) return "";
  const lines = [chalk2.underline(printable(report2.path))];
  for (const diagnostic of report2.diagnostics) {
    const where2 = `${diagnostic.start.line}:${diagnostic.start.column}`;
    const marker = !options.fixing && diagnostic.fix?.safety === "safe" ? `${chalk2.cyan("[*]")} ` : "";
    lines.push(`  ${chalk2.dim(where2)}  ${paint[diagnostic.severity](diagnostic.severity)}  ${marker}${printable(diagnostic.headline)}  ${chalk2.dim(diagnostic.rule)}`);
    lines.push(...codeFrame(report2.source, diagnostic, chalk2).map((line2) => `    ${line2}`));
    if (diagnostic.note !== void 0) lines.push(`    ${chalk2.bold("= note:")} ${printable(diagnostic.note)}`);
    if (diagnostic.help !== void 0) lines.push(`    ${chalk2.bold("= help:")} ${printable(diagnostic.help)}`);
    lines.push(`    ${chalk2.dim(`docs: ${diagnostic.docs}`)}`);
  }
  return `${lines.join("\n")}

`;
}
function formatStylishSummary(tally, chalk2) {
  return `${summaryLine(tally, chalk2)}
`;
}
function codeFrame(source, diagnostic, chalk2) {
  const { line: line2 } = diagnostic.start;
  const raw = source.lineText(line2);
  const full = printable(raw);
  const printed = (column2) => printable(raw.slice(0, column2 - 1)).length + 1;
  const column = printed(diagnostic.start.column);
  const width = String(line2).length;
  const gutter = (number) => chalk2.dim(`${String(number).padStart(width)} | `);
  const fullEnd = diagnostic.end.line === line2 ? printed(diagnostic.end.column) : full.length + 1;
  const from = full.length > MAX_FRAME_WIDTH ? Math.max(0, column - 1 - FRAME_CONTEXT) : 0;
  const text = (from > 0 ? "\u2026" : "") + full.slice(from, from + MAX_FRAME_WIDTH) + (from + MAX_FRAME_WIDTH < full.length ? "\u2026" : "");
  const shift = from > 0 ? from - 1 : 0;
  const start = column - shift;
  const end = Math.min(fullEnd - shift, text.length + 1);
  const padding = text.slice(0, start - 1).replace(/[^\t]/g, " ");
  const carets = "^".repeat(Math.max(1, end - start));
  const frame = [];
  const previous = printable(source.lineText(line2 - 1));
  if (line2 > 1 && previous.trim() !== "" && previous.length <= MAX_FRAME_WIDTH) frame.push(gutter(line2 - 1) + chalk2.dim(previous));
  frame.push(gutter(line2) + text, gutter("") + padding + chalk2.red(carets));
  return frame;
}
var MAX_FRAME_WIDTH = 160;
var FRAME_CONTEXT = 40;
function summaryLine(summary, chalk2) {
  const files = summary.filesWithProblems;
  const counts = [
    plural(summary.errors, "error"),
    plural(summary.warnings, "warning"),
    ...summary.infos > 0 ? [plural(summary.infos, "info")] : []
  ].join(", ");
  if (summary.errors + summary.warnings + summary.infos === 0) {
    return chalk2.green(`\u2714 no problems in ${plural(summary.files, "file")}`);
  }
  const text = `${counts} in ${plural(files, "file")} (${summary.files} checked)`;
  return summary.errors > 0 ? chalk2.red.bold(`\u2716 ${text}`) : chalk2.yellow.bold(`\u26A0 ${text}`);
}
function plural(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}

// src/cli/settings.ts
import path2 from "node:path";

// src/config/globs.ts
import path from "node:path";
async function globMatcher(patterns, base) {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import("./picomatch-4PJTKFRP.mjs");
  const isMatch = picomatch(patterns.map((pattern) => pattern.replace(/^\.\//, "")), { dot: true });
  return (file) => {
    const relative = path.relative(base, file);
    if (relative === "" || relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return false;
    const parts = relative.split(path.sep);
    return parts.some((_, i) => isMatch(parts.slice(0, i + 1).join("/")));
  };
}

// src/cli/settings.ts
var SettingsFinder = class {
  constructor(options, rules, cwd, notify = (message) => process.stderr.write(`parsl-lint: ${message}
`)) {
    this.options = options;
    this.rules = rules;
    this.cwd = cwd;
    this.notify = notify;
    const ruleIds = [...ruleNames(rules).keys()];
    const load = (file) => loadConfig(file, ruleIds, displayPath(file, cwd));
    if (options.config === false) {
      this.findConfig = async () => NO_CONFIG;
    } else if (options.config !== void 0) {
      const file = path2.resolve(cwd, options.config);
      let config;
      this.findConfig = () => config ??= load(file).then((found) => {
        if (!found) throw new ConfigError(`${options.config}: no such file${path2.basename(file) === "pyproject.toml" ? ", or no [tool.parsl-lint] table in it" : ""}`);
        return found;
      });
    } else {
      const resolver = new ConfigResolver(load);
      this.findConfig = (file) => resolver.forFile(file);
    }
  }
  findConfig;
  byConfig = /* @__PURE__ */ new Map();
  /** Notes already given, so that each is said once however many config files ask for it. */
  said = /* @__PURE__ */ new Set();
  async forFile(file) {
    const config = await this.findConfig(file);
    let settings = this.byConfig.get(config);
    if (!settings) {
      settings = this.settingsOf(config);
      this.byConfig.set(config, settings);
    }
    return settings;
  }
  async settingsOf(config) {
    const base = config.file ? path2.dirname(config.file) : this.cwd;
    return {
      config,
      lintOptions: {
        rules: this.rules,
        target: this.target(config),
        settings: new Map([...config.rules, ...this.options.settings]),
        inlineConfig: this.options.inlineConfig,
        requiredFields: config.required,
        profile: config.profile,
        slurmPluginOptions: config.slurmPluginOptions,
        ...this.slurmRelease(config)
      },
      excluded: await globMatcher(config.exclude, base),
      included: config.include.length > 0 ? await globMatcher(config.include, base) : void 0
    };
  }
  /** A flag replaces the same key of the config. An uncatalogued parsl version is said once. */
  target(config) {
    let target;
    try {
      target = resolveTarget({ qiime2: this.options.qiime2 ?? config.qiime2, parsl: this.options.parsl ?? config.parsl });
    } catch (error) {
      throw new UsageError(error.message);
    }
    this.sayOnce(describeSubstitution(target));
    return target;
  }
  /** The flag replaces the config's `[slurm] release`. An uncatalogued release is said once. */
  slurmRelease(config) {
    const asked = this.options.slurm ?? config.slurmRelease;
    if (asked === void 0) return {};
    let resolved;
    try {
      resolved = resolveSlurmRelease(asked);
    } catch (error) {
      throw new UsageError(error.message);
    }
    this.sayOnce(describeSlurmSubstitution(resolved));
    return { slurmRelease: resolved.release };
  }
  sayOnce(note) {
    if (note !== void 0 && !this.said.has(note)) {
      this.said.add(note);
      this.notify(note);
    }
  }
};
function describeSettings(settings, cwd) {
  const { config, lintOptions } = settings;
  const description = {
    configFile: config.file ? displayPath(config.file, cwd) : null,
    qiime2: lintOptions.target.qiime2?.version ?? null,
    parsl: lintOptions.target.parsl,
    slurm: lintOptions.slurmRelease ?? null,
    rules: Object.fromEntries(lintOptions.rules.map((rule62) => [rule62.meta.id, lintOptions.settings?.get(rule62.meta.id) ?? rule62.meta.severity])),
    include: config.include,
    exclude: config.exclude,
    required: config.required,
    profile: config.profile ? config.profile.file : null,
    slurmPluginOptions: config.slurmPluginOptions,
    inlineConfig: lintOptions.inlineConfig
  };
  return `${JSON.stringify(description, null, 2)}
`;
}

export {
  Chalk,
  baseClassGroup,
  RULES,
  formatCompact,
  formatGithub,
  formatStylish,
  formatStylishFile,
  formatStylishSummary,
  SettingsFinder,
  describeSettings
};
