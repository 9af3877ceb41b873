import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);

// scratch-mini/entry.ts
import { readFileSync as readFileSync3 } from "node:fs";

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
        let result2 = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result2 += 60;
        }
        return result2;
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

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

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
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
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
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
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
    set(level) {
      this[GENERATOR].level = level;
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

// node_modules/eslint-visitor-keys/lib/visitor-keys.js
var KEYS = {
  ArrayExpression: ["elements"],
  ArrayPattern: ["elements"],
  ArrowFunctionExpression: ["params", "body"],
  AssignmentExpression: ["left", "right"],
  AssignmentPattern: ["left", "right"],
  AwaitExpression: ["argument"],
  BinaryExpression: ["left", "right"],
  BlockStatement: ["body"],
  BreakStatement: ["label"],
  CallExpression: ["callee", "arguments"],
  CatchClause: ["param", "body"],
  ChainExpression: ["expression"],
  ClassBody: ["body"],
  ClassDeclaration: ["id", "superClass", "body"],
  ClassExpression: ["id", "superClass", "body"],
  ConditionalExpression: ["test", "consequent", "alternate"],
  ContinueStatement: ["label"],
  DebuggerStatement: [],
  DoWhileStatement: ["body", "test"],
  EmptyStatement: [],
  ExperimentalRestProperty: ["argument"],
  ExperimentalSpreadProperty: ["argument"],
  ExportAllDeclaration: ["exported", "source", "attributes"],
  ExportDefaultDeclaration: ["declaration"],
  ExportNamedDeclaration: [
    "declaration",
    "specifiers",
    "source",
    "attributes"
  ],
  ExportSpecifier: ["local", "exported"],
  ExpressionStatement: ["expression"],
  ForInStatement: ["left", "right", "body"],
  ForOfStatement: ["left", "right", "body"],
  ForStatement: ["init", "test", "update", "body"],
  FunctionDeclaration: ["id", "params", "body"],
  FunctionExpression: ["id", "params", "body"],
  Identifier: [],
  IfStatement: ["test", "consequent", "alternate"],
  ImportAttribute: ["key", "value"],
  ImportDeclaration: ["specifiers", "source", "attributes"],
  ImportDefaultSpecifier: ["local"],
  ImportExpression: ["source", "options"],
  ImportNamespaceSpecifier: ["local"],
  ImportSpecifier: ["imported", "local"],
  JSXAttribute: ["name", "value"],
  JSXClosingElement: ["name"],
  JSXClosingFragment: [],
  JSXElement: ["openingElement", "children", "closingElement"],
  JSXEmptyExpression: [],
  JSXExpressionContainer: ["expression"],
  JSXFragment: ["openingFragment", "children", "closingFragment"],
  JSXIdentifier: [],
  JSXMemberExpression: ["object", "property"],
  JSXNamespacedName: ["namespace", "name"],
  JSXOpeningElement: ["name", "attributes"],
  JSXOpeningFragment: [],
  JSXSpreadAttribute: ["argument"],
  JSXSpreadChild: ["expression"],
  JSXText: [],
  LabeledStatement: ["label", "body"],
  Literal: [],
  LogicalExpression: ["left", "right"],
  MemberExpression: ["object", "property"],
  MetaProperty: ["meta", "property"],
  MethodDefinition: ["key", "value"],
  NewExpression: ["callee", "arguments"],
  ObjectExpression: ["properties"],
  ObjectPattern: ["properties"],
  PrivateIdentifier: [],
  Program: ["body"],
  Property: ["key", "value"],
  PropertyDefinition: ["key", "value"],
  RestElement: ["argument"],
  ReturnStatement: ["argument"],
  SequenceExpression: ["expressions"],
  SpreadElement: ["argument"],
  StaticBlock: ["body"],
  Super: [],
  SwitchCase: ["test", "consequent"],
  SwitchStatement: ["discriminant", "cases"],
  TaggedTemplateExpression: ["tag", "quasi"],
  TemplateElement: [],
  TemplateLiteral: ["quasis", "expressions"],
  ThisExpression: [],
  ThrowStatement: ["argument"],
  TryStatement: ["block", "handler", "finalizer"],
  UnaryExpression: ["argument"],
  UpdateExpression: ["argument"],
  VariableDeclaration: ["declarations"],
  VariableDeclarator: ["id", "init"],
  WhileStatement: ["test", "body"],
  WithStatement: ["object", "body"],
  YieldExpression: ["argument"]
};
var NODE_TYPES = Object.keys(KEYS);
for (const type of NODE_TYPES) {
  Object.freeze(KEYS[type]);
}
Object.freeze(KEYS);
var visitor_keys_default = KEYS;

// node_modules/eslint-visitor-keys/lib/index.js
function unionWith(additionalKeys) {
  const retv = (
    /** @type {{ [type: string]: ReadonlyArray<string> }} */
    Object.assign({}, visitor_keys_default)
  );
  for (const type of Object.keys(additionalKeys)) {
    if (Object.hasOwn(retv, type)) {
      const keys = new Set(additionalKeys[type]);
      for (const key of retv[type]) {
        keys.add(key);
      }
      retv[type] = Object.freeze(Array.from(keys));
    } else {
      retv[type] = Object.freeze(Array.from(additionalKeys[type]));
    }
  }
  return Object.freeze(retv);
}

// node_modules/toml-eslint-parser/lib/index.mjs
function last(arr) {
  return arr[arr.length - 1] ?? null;
}
function toKeyName(node) {
  return node.type === "TOMLBare" ? node.name : node.value;
}
var TOMLVerImpl = class {
  constructor(major, minor) {
    this.major = major;
    this.minor = minor;
  }
  lt(major, minor) {
    return this.major < major || this.major === major && this.minor < minor;
  }
  gte(major, minor) {
    return this.major > major || this.major === major && this.minor >= minor;
  }
};
var TOML_VERSION_1_0 = new TOMLVerImpl(1, 0);
var TOML_VERSION_1_1 = new TOMLVerImpl(1, 1);
var DEFAULT_TOML_VERSION = TOML_VERSION_1_1;
var SUPPORTED_TOML_VERSIONS = {
  "1.0": TOML_VERSION_1_0,
  "1.0.0": TOML_VERSION_1_0,
  "1.1": TOML_VERSION_1_1,
  "1.1.0": TOML_VERSION_1_1,
  latest: TOML_VERSION_1_1,
  next: TOML_VERSION_1_1
};
function getTOMLVer(v) {
  return v && SUPPORTED_TOML_VERSIONS[v] || DEFAULT_TOML_VERSION;
}
var MESSAGES = {
  "unterminated-string": "Unterminated string constant",
  "unterminated-table-key": "Unterminated table-key",
  "unterminated-array": "Unterminated array",
  "unterminated-inline-table": "Unterminated inline table",
  "missing-key": "Empty bare keys are not allowed",
  "missing-newline": "Must be a newline",
  "missing-equals-sign": "Expected equal (=) token",
  "missing-value": "Unspecified values are invalid",
  "missing-comma": "Expected comma (,) token",
  "dupe-keys": "Defining a key multiple times is invalid",
  "unexpected-char": "Unexpected character",
  "unexpected-token": "Unexpected token",
  "invalid-control-character": "Control characters (codes < 0x1f and 0x7f) are not allowed",
  "invalid-comment-character": "Invalid code point {{cp}} within comments",
  "invalid-key-value-newline": "The key, equals sign, and value must be on the same line",
  "invalid-inline-table-newline": "No newlines are allowed between the curly braces unless they are valid within a value",
  "invalid-underscore": "Underscores are allowed between digits",
  "invalid-space": "Unexpected spaces",
  "invalid-three-quotes": "Three or more quotes are not permitted",
  "invalid-date": "Unexpected invalid date",
  "invalid-time": "Unexpected invalid time",
  "invalid-leading-zero": "Leading zeros are not allowed",
  "invalid-trailing-comma-in-inline-table": "Trailing comma is not permitted in an inline table",
  "invalid-char-in-escape-sequence": "Invalid character in escape sequence",
  "invalid-consecutive-dots-in-key": "Consecutive dots are not permitted in keys",
  "invalid-code-point": "Invalid code point {{cp}}",
  "invalid-trailing-dot-in-key": "Keys cannot end with a dot",
  "invalid-leading-dot-in-key": "Keys cannot start with a dot"
};
function getMessage(code, data) {
  if (data) return MESSAGES[code].replace(/\{\{(.*?)\}\}/gu, (_, name$2) => {
    if (name$2 in data) return data[name$2];
    return `{{${name$2}}}`;
  });
  return MESSAGES[code];
}
var ParseError = class extends SyntaxError {
  /**
  * Initialize this ParseError instance.
  *
  */
  constructor(code, offset, line2, column, data) {
    super(getMessage(code, data));
    this.index = offset;
    this.lineNumber = line2;
    this.column = column;
  }
};
var CodePoint = {
  EOF: -1,
  NULL: 0,
  SOH: 1,
  BACKSPACE: 8,
  TABULATION: 9,
  LINE_FEED: 10,
  FORM_FEED: 12,
  CARRIAGE_RETURN: 13,
  ESCAPE: 27,
  SO: 14,
  US: 31,
  SPACE: 32,
  QUOTATION_MARK: 34,
  HASH: 35,
  SINGLE_QUOTE: 39,
  PLUS_SIGN: 43,
  COMMA: 44,
  DASH: 45,
  DOT: 46,
  DIGIT_0: 48,
  DIGIT_1: 49,
  DIGIT_2: 50,
  DIGIT_3: 51,
  DIGIT_7: 55,
  DIGIT_9: 57,
  COLON: 58,
  EQUALS_SIGN: 61,
  LATIN_CAPITAL_A: 65,
  LATIN_CAPITAL_E: 69,
  LATIN_CAPITAL_F: 70,
  LATIN_CAPITAL_T: 84,
  LATIN_CAPITAL_U: 85,
  LATIN_CAPITAL_Z: 90,
  LEFT_BRACKET: 91,
  BACKSLASH: 92,
  RIGHT_BRACKET: 93,
  UNDERSCORE: 95,
  LATIN_SMALL_A: 97,
  LATIN_SMALL_B: 98,
  LATIN_SMALL_E: 101,
  LATIN_SMALL_F: 102,
  LATIN_SMALL_I: 105,
  LATIN_SMALL_L: 108,
  LATIN_SMALL_N: 110,
  LATIN_SMALL_O: 111,
  LATIN_SMALL_R: 114,
  LATIN_SMALL_S: 115,
  LATIN_SMALL_T: 116,
  LATIN_SMALL_U: 117,
  LATIN_SMALL_X: 120,
  LATIN_SMALL_Z: 122,
  LEFT_BRACE: 123,
  RIGHT_BRACE: 125,
  TILDE: 126,
  DELETE: 127,
  PAD: 128,
  SUPERSCRIPT_TWO: 178,
  SUPERSCRIPT_THREE: 179,
  SUPERSCRIPT_ONE: 185,
  VULGAR_FRACTION_ONE_QUARTER: 188,
  VULGAR_FRACTION_THREE_QUARTERS: 190,
  LATIN_CAPITAL_LETTER_A_WITH_GRAVE: 192,
  LATIN_CAPITAL_LETTER_O_WITH_DIAERESIS: 214,
  LATIN_CAPITAL_LETTER_O_WITH_STROKE: 216,
  LATIN_SMALL_LETTER_O_WITH_DIAERESIS: 246,
  LATIN_SMALL_LETTER_O_WITH_STROKE: 248,
  GREEK_SMALL_REVERSED_DOTTED_LUNATE_SIGMA_SYMBOL: 891,
  GREEK_CAPITAL_LETTER_YOT: 895,
  CP_1FFF: 8191,
  ZERO_WIDTH_NON_JOINER: 8204,
  ZERO_WIDTH_JOINER: 8205,
  UNDERTIE: 8255,
  CHARACTER_TIE: 8256,
  SUPERSCRIPT_ZERO: 8304,
  CP_218F: 8591,
  CIRCLED_DIGIT_ONE: 9312,
  NEGATIVE_CIRCLED_DIGIT_ZERO: 9471,
  GLAGOLITIC_CAPITAL_LETTER_AZU: 11264,
  CP_2FEF: 12271,
  IDEOGRAPHIC_COMMA: 12289,
  CP_D7FF: 55295,
  CP_E000: 57344,
  CJK_COMPATIBILITY_IDEOGRAPH_F900: 63744,
  ARABIC_LIGATURE_SALAAMUHU_ALAYNAA: 64975,
  ARABIC_LIGATURE_SALLA_USED_AS_KORANIC_STOP_SIGN_ISOLATED_FORM: 65008,
  REPLACEMENT_CHARACTER: 65533,
  LINEAR_B_SYLLABLE_B008_A: 65536,
  CP_EFFFF: 983039,
  CP_10FFFF: 1114111
};
function isControl(cp) {
  return cp >= CodePoint.NULL && cp <= CodePoint.US;
}
function isWhitespace(cp) {
  return cp === CodePoint.TABULATION || cp === CodePoint.SPACE;
}
function isEOL(cp) {
  return cp === CodePoint.LINE_FEED || cp === CodePoint.CARRIAGE_RETURN;
}
function isUpperLetter(cp) {
  return cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_Z;
}
function isLowerLetter(cp) {
  return cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_Z;
}
function isLetter(cp) {
  return isLowerLetter(cp) || isUpperLetter(cp);
}
function isDigit(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_9;
}
function isHexDig(cp) {
  return isDigit(cp) || cp >= CodePoint.LATIN_SMALL_A && cp <= CodePoint.LATIN_SMALL_F || cp >= CodePoint.LATIN_CAPITAL_A && cp <= CodePoint.LATIN_CAPITAL_F;
}
function isOctalDig(cp) {
  return cp >= CodePoint.DIGIT_0 && cp <= CodePoint.DIGIT_7;
}
function isUnicodeScalarValue(cp) {
  return cp >= 0 && cp <= 55295 || cp >= 57344 && cp <= 1114111;
}
function sortedLastIndex(array, value) {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const mid = low + high >>> 1;
    const val = array[mid];
    if (val === value) return mid + 1;
    if (val < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
var Locations = class {
  constructor() {
    this.offsets = [];
  }
  addOffset(offset) {
    for (let i = this.offsets.length - 1; i >= 0; i--) {
      const element = this.offsets[i];
      if (element === offset) return;
      if (element < offset) break;
    }
    this.offsets.push(offset);
  }
  /**
  * Calculate the location of the given index.
  * @param index The index to calculate their location.
  * @returns The location of the index.
  */
  getLocFromIndex(offset) {
    const line2 = sortedLastIndex(this.offsets, offset) + 1;
    return {
      line: line2,
      column: offset - (line2 === 1 ? 0 : this.offsets[line2 - 2])
    };
  }
};
var CodePointIterator = class {
  /**
  * Initialize this char iterator.
  */
  constructor(text) {
    this.locs = new Locations();
    this.lastCodePoint = CodePoint.NULL;
    this.start = -1;
    this.end = 0;
    this.text = text;
  }
  next() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    return this.lastCodePoint = this.moveAt(this.end);
  }
  getLocFromIndex(index) {
    return this.locs.getLocFromIndex(index);
  }
  eat(cp) {
    if (this.text.codePointAt(this.end) === cp) {
      this.next();
      return true;
    }
    return false;
  }
  moveAt(offset) {
    this.start = this.end = offset;
    const cp = this.text.codePointAt(this.start) ?? CodePoint.EOF;
    if (cp === CodePoint.EOF) {
      this.end = this.start;
      return cp;
    }
    this.end += cp >= 65536 ? 2 : 1;
    if (cp === CodePoint.LINE_FEED) this.locs.addOffset(this.end);
    else if (cp === CodePoint.CARRIAGE_RETURN) {
      if (this.text.codePointAt(this.end) === CodePoint.LINE_FEED) {
        this.end++;
        this.locs.addOffset(this.end);
      }
      return CodePoint.LINE_FEED;
    }
    return cp;
  }
};
var HAS_BIGINT = typeof BigInt !== "undefined";
var RADIX_PREFIXES = {
  16: "0x",
  10: "",
  8: "0o",
  2: "0b"
};
var ESCAPES_1_0 = {
  [CodePoint.QUOTATION_MARK]: CodePoint.QUOTATION_MARK,
  [CodePoint.BACKSLASH]: CodePoint.BACKSLASH,
  [CodePoint.LATIN_SMALL_B]: CodePoint.BACKSPACE,
  [CodePoint.LATIN_SMALL_F]: CodePoint.FORM_FEED,
  [CodePoint.LATIN_SMALL_N]: CodePoint.LINE_FEED,
  [CodePoint.LATIN_SMALL_R]: CodePoint.CARRIAGE_RETURN,
  [CodePoint.LATIN_SMALL_T]: CodePoint.TABULATION
};
var ESCAPES_LATEST = {
  ...ESCAPES_1_0,
  [CodePoint.LATIN_SMALL_E]: CodePoint.ESCAPE
};
var Tokenizer = class {
  /**
  * Initialize this tokenizer.
  */
  constructor(text, parserOptions) {
    this.backCode = false;
    this.lastCodePoint = CodePoint.NULL;
    this.state = "DATA";
    this.token = null;
    this.tokenStart = -1;
    this.valuesEnabled = false;
    this.text = text;
    this.parserOptions = parserOptions || {};
    this.codePointIterator = new CodePointIterator(text);
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
    this.ESCAPES = this.tomlVersion.gte(1, 1) ? ESCAPES_LATEST : ESCAPES_1_0;
  }
  get start() {
    return this.codePointIterator.start;
  }
  get end() {
    return this.codePointIterator.end;
  }
  getLocFromIndex(index) {
    return this.codePointIterator.getLocFromIndex(index);
  }
  /**
  * Report an invalid character error.
  */
  reportParseError(code, data) {
    const offset = this.codePointIterator.start;
    const loc = this.codePointIterator.getLocFromIndex(offset);
    throw new ParseError(code, offset, loc.line, loc.column, data);
  }
  /**
  * Get the next token.
  */
  nextToken() {
    let token = this.token;
    if (token != null) {
      this.token = null;
      return token;
    }
    let cp = this.lastCodePoint;
    while (cp !== CodePoint.EOF && !this.token) {
      cp = this.nextCode();
      const nextState = this[this.state](cp);
      if (!nextState) throw new Error(`Unknown error: pre state=${this.state}`);
      this.state = nextState;
    }
    token = this.token;
    this.token = null;
    return token;
  }
  /**
  * Get the next code point.
  */
  nextCode() {
    if (this.lastCodePoint === CodePoint.EOF) return CodePoint.EOF;
    if (this.backCode) {
      this.backCode = false;
      return this.lastCodePoint;
    }
    return this.lastCodePoint = this.codePointIterator.next();
  }
  /**
  * Eat the next code point.
  */
  eatCode(cp) {
    if (this.lastCodePoint === CodePoint.EOF) return false;
    if (this.backCode) {
      if (this.lastCodePoint === cp) {
        this.backCode = false;
        return true;
      }
      return false;
    }
    return this.codePointIterator.eat(cp);
  }
  /**
  * Moves the character position to the given position.
  */
  moveAt(loc) {
    if (this.backCode) this.backCode = false;
    this.lastCodePoint = this.codePointIterator.moveAt(loc);
  }
  /**
  * Back the current code point as the given state.
  */
  back(state) {
    this.backCode = true;
    return state;
  }
  punctuatorToken() {
    this.startToken();
    this.endToken("Punctuator", "end");
  }
  startToken() {
    this.tokenStart = this.codePointIterator.start;
  }
  /**
  * Commit the current token.
  */
  endToken(type, pos, option1, option2) {
    const { tokenStart } = this;
    const end = this.codePointIterator[pos];
    const range = [tokenStart, end];
    const loc = {
      start: this.codePointIterator.getLocFromIndex(tokenStart),
      end: this.codePointIterator.getLocFromIndex(end)
    };
    if (type === "Block") this.token = {
      type,
      value: this.text.slice(tokenStart + 1, end),
      range,
      loc
    };
    else {
      let token;
      const value = this.text.slice(tokenStart, end);
      if (type === "BasicString" || type === "LiteralString" || type === "MultiLineBasicString" || type === "MultiLineLiteralString") token = {
        type,
        value,
        string: option1,
        range,
        loc
      };
      else if (type === "Integer") {
        const text = option1;
        token = {
          type,
          value,
          number: parseInt(text, option2),
          bigint: HAS_BIGINT ? BigInt(RADIX_PREFIXES[option2] + text) : null,
          range,
          loc
        };
      } else if (type === "Float") token = {
        type,
        value,
        number: option1,
        range,
        loc
      };
      else if (type === "Boolean") token = {
        type,
        value,
        boolean: option1,
        range,
        loc
      };
      else if (type === "LocalDate" || type === "LocalTime" || type === "LocalDateTime" || type === "OffsetDateTime") token = {
        type,
        value,
        date: option1,
        range,
        loc
      };
      else token = {
        type,
        value,
        range,
        loc
      };
      this.token = token;
    }
  }
  DATA(cp) {
    while (isWhitespace(cp) || isEOL(cp)) cp = this.nextCode();
    if (cp === CodePoint.HASH) {
      this.startToken();
      return "COMMENT";
    }
    if (cp === CodePoint.QUOTATION_MARK) {
      this.startToken();
      return "BASIC_STRING";
    }
    if (cp === CodePoint.SINGLE_QUOTE) {
      this.startToken();
      return "LITERAL_STRING";
    }
    if (cp === CodePoint.DOT || cp === CodePoint.EQUALS_SIGN || cp === CodePoint.LEFT_BRACKET || cp === CodePoint.RIGHT_BRACKET || cp === CodePoint.LEFT_BRACE || cp === CodePoint.RIGHT_BRACE || cp === CodePoint.COMMA) {
      this.punctuatorToken();
      return "DATA";
    }
    if (this.valuesEnabled) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        this.startToken();
        return "SIGN";
      }
      if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) {
        this.startToken();
        return this.back("NAN_OR_INF");
      }
      if (isDigit(cp)) {
        this.startToken();
        return this.back("NUMBER");
      }
      if (cp === CodePoint.LATIN_SMALL_T || cp === CodePoint.LATIN_SMALL_F) {
        this.startToken();
        return this.back("BOOLEAN");
      }
    } else if (isUnquotedKeyChar(cp, this.tomlVersion)) {
      this.startToken();
      return "BARE";
    }
    if (cp === CodePoint.EOF) return "DATA";
    return this.reportParseError("unexpected-char");
  }
  COMMENT(cp) {
    const processCommentChar = this.tomlVersion.gte(1, 1) ? (c) => {
      if (!isNonEOL(c)) this.reportParseError("invalid-comment-character", { cp: JSON.stringify(String.fromCodePoint(c)).slice(1, -1) });
    } : (c) => {
      if (isControlOtherThanTab(c)) this.reportParseErrorControlChar();
    };
    while (!isEOL(cp) && cp !== CodePoint.EOF) {
      processCommentChar(cp);
      cp = this.nextCode();
    }
    this.endToken("Block", "start");
    return "DATA";
  }
  BARE(cp) {
    while (isUnquotedKeyChar(cp, this.tomlVersion)) cp = this.nextCode();
    this.endToken("Bare", "start");
    return this.back("DATA");
  }
  BASIC_STRING(cp) {
    if (cp === CodePoint.QUOTATION_MARK) {
      cp = this.nextCode();
      if (cp === CodePoint.QUOTATION_MARK) return "MULTI_LINE_BASIC_STRING";
      this.endToken("BasicString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.QUOTATION_MARK && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.QUOTATION_MARK) return this.reportParseError("unterminated-string");
    this.endToken("BasicString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_BASIC_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.QUOTATION_MARK) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.QUOTATION_MARK) && this.eatCode(CodePoint.QUOTATION_MARK)) {
          if (this.eatCode(CodePoint.QUOTATION_MARK)) {
            out.push(CodePoint.QUOTATION_MARK);
            if (this.eatCode(CodePoint.QUOTATION_MARK)) {
              out.push(CodePoint.QUOTATION_MARK);
              if (this.eatCode(CodePoint.QUOTATION_MARK)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineBasicString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      if (cp === CodePoint.BACKSLASH) {
        cp = this.nextCode();
        const ecp = this.ESCAPES[cp];
        if (ecp) {
          out.push(ecp);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_U) {
          const code = this.parseUnicode(4);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_CAPITAL_U) {
          const code = this.parseUnicode(8);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LATIN_SMALL_X && this.tomlVersion.gte(1, 1)) {
          const code = this.parseUnicode(2);
          out.push(code);
          cp = this.nextCode();
          continue;
        } else if (cp === CodePoint.LINE_FEED) {
          cp = this.nextCode();
          while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
          continue;
        } else if (isWhitespace(cp)) {
          let valid = true;
          const startPos = this.codePointIterator.start;
          let nextCp;
          while ((nextCp = this.nextCode()) !== CodePoint.EOF) {
            if (nextCp === CodePoint.LINE_FEED) break;
            if (!isWhitespace(nextCp)) {
              this.moveAt(startPos);
              valid = false;
              break;
            }
          }
          if (valid) {
            cp = this.nextCode();
            while (isWhitespace(cp) || cp === CodePoint.LINE_FEED) cp = this.nextCode();
            continue;
          }
        }
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  LITERAL_STRING(cp) {
    if (cp === CodePoint.SINGLE_QUOTE) {
      cp = this.nextCode();
      if (cp === CodePoint.SINGLE_QUOTE) return "MULTI_LINE_LITERAL_STRING";
      this.endToken("LiteralString", "start", "");
      return this.back("DATA");
    }
    const out = [];
    while (cp !== CodePoint.SINGLE_QUOTE && cp !== CodePoint.EOF && cp !== CodePoint.LINE_FEED) {
      if (isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      out.push(cp);
      cp = this.nextCode();
    }
    if (cp !== CodePoint.SINGLE_QUOTE) return this.reportParseError("unterminated-string");
    this.endToken("LiteralString", "end", String.fromCodePoint(...out));
    return "DATA";
  }
  MULTI_LINE_LITERAL_STRING(cp) {
    const out = [];
    if (cp === CodePoint.LINE_FEED) cp = this.nextCode();
    while (cp !== CodePoint.EOF) {
      if (cp !== CodePoint.LINE_FEED && isControlOtherThanTab(cp)) return this.reportParseErrorControlChar();
      if (cp === CodePoint.SINGLE_QUOTE) {
        const startPos = this.codePointIterator.start;
        if (this.eatCode(CodePoint.SINGLE_QUOTE) && this.eatCode(CodePoint.SINGLE_QUOTE)) {
          if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
            out.push(CodePoint.SINGLE_QUOTE);
            if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
              out.push(CodePoint.SINGLE_QUOTE);
              if (this.eatCode(CodePoint.SINGLE_QUOTE)) {
                this.moveAt(startPos);
                return this.reportParseError("invalid-three-quotes");
              }
            }
          }
          this.endToken("MultiLineLiteralString", "end", String.fromCodePoint(...out));
          return "DATA";
        }
        this.moveAt(startPos);
      }
      out.push(cp);
      cp = this.nextCode();
    }
    return this.reportParseError("unterminated-string");
  }
  SIGN(cp) {
    if (cp === CodePoint.LATIN_SMALL_N || cp === CodePoint.LATIN_SMALL_I) return this.back("NAN_OR_INF");
    if (isDigit(cp)) return this.back("NUMBER");
    return this.reportParseError("unexpected-char");
  }
  NAN_OR_INF(cp) {
    if (cp === CodePoint.LATIN_SMALL_N) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_N)) {
        this.endToken("Float", "end", NaN);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_I) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_N) && this.eatCode(CodePoint.LATIN_SMALL_F)) {
        this.endToken("Float", "end", this.text[this.tokenStart] === "-" ? -Infinity : Infinity);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  NUMBER(cp) {
    const start = this.text[this.tokenStart];
    const sign = start === "+" ? CodePoint.PLUS_SIGN : start === "-" ? CodePoint.DASH : CodePoint.NULL;
    if (cp === CodePoint.DIGIT_0) {
      if (sign === CodePoint.NULL) {
        const startPos = this.codePointIterator.start;
        const nextCp$1 = this.nextCode();
        if (isDigit(nextCp$1)) {
          const nextNextCp = this.nextCode();
          if (nextNextCp === CodePoint.COLON) {
            this.data = {
              hasDate: false,
              year: 0,
              month: 0,
              day: 0,
              hour: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1)),
              minute: 0,
              second: 0
            };
            return "TIME_MINUTE";
          }
          if (isDigit(nextNextCp)) {
            const nextNextNextCp = this.nextCode();
            if (isDigit(nextNextNextCp) && this.eatCode(CodePoint.DASH)) {
              this.data = {
                hasDate: true,
                year: Number(String.fromCodePoint(CodePoint.DIGIT_0, nextCp$1, nextNextCp, nextNextNextCp)),
                month: 0,
                day: 0,
                hour: 0,
                minute: 0,
                second: 0
              };
              return "DATE_MONTH";
            }
          }
          this.moveAt(startPos);
          return this.reportParseError("invalid-leading-zero");
        }
        this.moveAt(startPos);
      }
      cp = this.nextCode();
      if (cp === CodePoint.LATIN_SMALL_X || cp === CodePoint.LATIN_SMALL_O || cp === CodePoint.LATIN_SMALL_B) {
        if (sign !== CodePoint.NULL) return this.reportParseError("unexpected-char");
        return cp === CodePoint.LATIN_SMALL_X ? "HEX" : cp === CodePoint.LATIN_SMALL_O ? "OCTAL" : "BINARY";
      }
      if (cp === CodePoint.LATIN_SMALL_E || cp === CodePoint.LATIN_CAPITAL_E) {
        this.data = {
          minus: sign === CodePoint.DASH,
          left: [CodePoint.DIGIT_0]
        };
        return "EXPONENT_RIGHT";
      }
      if (cp === CodePoint.DOT) {
        this.data = {
          minus: sign === CodePoint.DASH,
          absInt: [CodePoint.DIGIT_0]
        };
        return "FRACTIONAL_RIGHT";
      }
      this.endToken("Integer", "start", "0", 10);
      return this.back("DATA");
    }
    const { out, nextCp, hasUnderscore } = this.parseDigits(cp, isDigit);
    if (nextCp === CodePoint.DASH && sign === CodePoint.NULL && !hasUnderscore && out.length === 4) {
      this.data = {
        hasDate: true,
        year: Number(String.fromCodePoint(...out)),
        month: 0,
        day: 0,
        hour: 0,
        minute: 0,
        second: 0
      };
      return "DATE_MONTH";
    }
    if (nextCp === CodePoint.COLON && sign === CodePoint.NULL && !hasUnderscore && out.length === 2) {
      this.data = {
        hasDate: false,
        year: 0,
        month: 0,
        day: 0,
        hour: Number(String.fromCodePoint(...out)),
        minute: 0,
        second: 0
      };
      return "TIME_MINUTE";
    }
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus: sign === CodePoint.DASH,
        left: out
      };
      return "EXPONENT_RIGHT";
    }
    if (nextCp === CodePoint.DOT) {
      this.data = {
        minus: sign === CodePoint.DASH,
        absInt: out
      };
      return "FRACTIONAL_RIGHT";
    }
    this.endToken("Integer", "start", sign === CodePoint.DASH ? String.fromCodePoint(CodePoint.DASH, ...out) : String.fromCodePoint(...out), 10);
    return this.back("DATA");
  }
  HEX(cp) {
    const { out } = this.parseDigits(cp, isHexDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 16);
    return this.back("DATA");
  }
  OCTAL(cp) {
    const { out } = this.parseDigits(cp, isOctalDig);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 8);
    return this.back("DATA");
  }
  BINARY(cp) {
    const { out } = this.parseDigits(cp, (c) => c === CodePoint.DIGIT_0 || c === CodePoint.DIGIT_1);
    this.endToken("Integer", "start", String.fromCodePoint(...out), 2);
    return this.back("DATA");
  }
  FRACTIONAL_RIGHT(cp) {
    const { minus, absInt } = this.data;
    const { out, nextCp } = this.parseDigits(cp, isDigit);
    const absNum = [
      ...absInt,
      CodePoint.DOT,
      ...out
    ];
    if (nextCp === CodePoint.LATIN_SMALL_E || nextCp === CodePoint.LATIN_CAPITAL_E) {
      this.data = {
        minus,
        left: absNum
      };
      return "EXPONENT_RIGHT";
    }
    const value = Number(minus ? String.fromCodePoint(CodePoint.DASH, ...absNum) : String.fromCodePoint(...absNum));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  EXPONENT_RIGHT(cp) {
    const { left, minus: leftMinus } = this.data;
    let minus = false;
    if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
      minus = cp === CodePoint.DASH;
      cp = this.nextCode();
    }
    const { out } = this.parseDigits(cp, isDigit);
    const right = out;
    if (minus) right.unshift(CodePoint.DASH);
    const value = Number(leftMinus ? String.fromCodePoint(CodePoint.DASH, ...left, CodePoint.LATIN_SMALL_E, ...right) : String.fromCodePoint(...left, CodePoint.LATIN_SMALL_E, ...right));
    this.endToken("Float", "start", value);
    return this.back("DATA");
  }
  BOOLEAN(cp) {
    if (cp === CodePoint.LATIN_SMALL_T) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_R) && this.eatCode(CodePoint.LATIN_SMALL_U) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", true);
        return "DATA";
      }
      this.moveAt(startPos);
    } else if (cp === CodePoint.LATIN_SMALL_F) {
      const startPos = this.codePointIterator.start;
      if (this.eatCode(CodePoint.LATIN_SMALL_A) && this.eatCode(CodePoint.LATIN_SMALL_L) && this.eatCode(CodePoint.LATIN_SMALL_S) && this.eatCode(CodePoint.LATIN_SMALL_E)) {
        this.endToken("Boolean", "end", false);
        return "DATA";
      }
      this.moveAt(startPos);
    }
    return this.reportParseError("unexpected-char");
  }
  DATE_MONTH(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.DASH) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.month = Number(this.text.slice(start, end));
    return "DATE_DAY";
  }
  DATE_DAY(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.day = Number(this.text.slice(start, end));
    if (!isValidDate(data.year, data.month, data.day)) return this.reportParseError("invalid-date");
    cp = this.nextCode();
    if (cp === CodePoint.LATIN_CAPITAL_T || cp === CodePoint.LATIN_SMALL_T) return "TIME_HOUR";
    if (cp === CodePoint.SPACE) {
      const startPos = this.codePointIterator.start;
      if (isDigit(this.nextCode()) && isDigit(this.nextCode())) {
        this.moveAt(startPos);
        return "TIME_HOUR";
      }
      this.moveAt(startPos);
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalDate", "start", dateValue);
    return this.back("DATA");
  }
  TIME_HOUR(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.start;
    const data = this.data;
    data.hour = Number(this.text.slice(start, end));
    return "TIME_MINUTE";
  }
  TIME_MINUTE(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.minute = Number(this.text.slice(start, end));
    cp = this.nextCode();
    if (cp === CodePoint.COLON) return "TIME_SECOND";
    if (this.tomlVersion.lt(1, 1)) return this.reportParseError("unexpected-char");
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    return this.processTimeEnd(cp, data);
  }
  TIME_SECOND(cp) {
    const start = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const end = this.codePointIterator.end;
    const data = this.data;
    data.second = Number(this.text.slice(start, end));
    if (!isValidTime(data.hour, data.minute, data.second)) return this.reportParseError("invalid-time");
    cp = this.nextCode();
    if (cp === CodePoint.DOT) return "TIME_SEC_FRAC";
    return this.processTimeEnd(cp, data);
  }
  TIME_SEC_FRAC(cp) {
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const start = this.codePointIterator.start;
    while (isDigit(cp)) cp = this.nextCode();
    const end = this.codePointIterator.start;
    const data = this.data;
    data.frac = this.text.slice(start, end);
    return this.processTimeEnd(cp, data);
  }
  processTimeEnd(cp, data) {
    if (data.hasDate) {
      if (cp === CodePoint.DASH || cp === CodePoint.PLUS_SIGN) {
        data.offsetSign = cp;
        return "TIME_OFFSET";
      }
      if (cp === CodePoint.LATIN_CAPITAL_Z || cp === CodePoint.LATIN_SMALL_Z) {
        const dateValue$2 = getDateFromDateTimeData(data, "Z");
        this.endToken("OffsetDateTime", "end", dateValue$2);
        return "DATA";
      }
      const dateValue$1 = getDateFromDateTimeData(data, "");
      this.endToken("LocalDateTime", "start", dateValue$1);
      return this.back("DATA");
    }
    const dateValue = getDateFromDateTimeData(data, "");
    this.endToken("LocalTime", "start", dateValue);
    return this.back("DATA");
  }
  TIME_OFFSET(cp) {
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const hourStart = this.codePointIterator.start;
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (cp !== CodePoint.COLON) return this.reportParseError("unexpected-char");
    const hourEnd = this.codePointIterator.start;
    cp = this.nextCode();
    const minuteStart = this.codePointIterator.start;
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    cp = this.nextCode();
    if (!isDigit(cp)) return this.reportParseError("unexpected-char");
    const minuteEnd = this.codePointIterator.end;
    const hour = Number(this.text.slice(hourStart, hourEnd));
    const minute = Number(this.text.slice(minuteStart, minuteEnd));
    if (!isValidTime(hour, minute, 0)) return this.reportParseError("invalid-time");
    const data = this.data;
    const dateValue = getDateFromDateTimeData(data, `${String.fromCodePoint(data.offsetSign)}${padStart(hour, 2)}:${padStart(minute, 2)}`);
    this.endToken("OffsetDateTime", "end", dateValue);
    return "DATA";
  }
  parseDigits(cp, checkDigit) {
    if (cp === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    if (!checkDigit(cp)) return this.reportParseError("unexpected-char");
    const out = [];
    let before = CodePoint.NULL;
    let hasUnderscore = false;
    while (checkDigit(cp) || cp === CodePoint.UNDERSCORE) {
      if (cp === CodePoint.UNDERSCORE) {
        hasUnderscore = true;
        if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
      } else out.push(cp);
      before = cp;
      cp = this.nextCode();
    }
    if (before === CodePoint.UNDERSCORE) return this.reportParseError("invalid-underscore");
    return {
      out,
      nextCp: cp,
      hasUnderscore
    };
  }
  parseUnicode(count2) {
    const startLoc = this.codePointIterator.start;
    const start = this.codePointIterator.end;
    let charCount = 0;
    let cp;
    while ((cp = this.nextCode()) !== CodePoint.EOF) {
      if (!isHexDig(cp)) {
        this.moveAt(startLoc);
        return this.reportParseError("invalid-char-in-escape-sequence");
      }
      charCount++;
      if (charCount >= count2) break;
    }
    const end = this.codePointIterator.end;
    const code = this.text.slice(start, end);
    const codePoint = parseInt(code, 16);
    if (!isUnicodeScalarValue(codePoint)) return this.reportParseError("invalid-code-point", { cp: code });
    return codePoint;
  }
  reportParseErrorControlChar() {
    return this.reportParseError("invalid-control-character");
  }
};
function isUnquotedKeyChar(cp, tomlVersion) {
  if (isLetter(cp) || isDigit(cp) || cp === CodePoint.UNDERSCORE || cp === CodePoint.DASH) return true;
  if (tomlVersion.lt(1, 1)) return false;
  return false;
}
function isControlOtherThanTab(cp) {
  return isControl(cp) && cp !== CodePoint.TABULATION || cp === CodePoint.DELETE;
}
function isNonEOL(cp) {
  return cp === CodePoint.TABULATION || CodePoint.SPACE <= cp && cp <= CodePoint.TILDE || isNonAscii(cp);
}
function isNonAscii(cp) {
  return CodePoint.PAD <= cp && cp <= CodePoint.CP_D7FF || CodePoint.CP_E000 <= cp && cp <= CodePoint.CP_10FFFF;
}
function isValidDate(y, m, d) {
  if (y >= 0 && m <= 12 && m >= 1 && d >= 1) return d <= (m === 2 ? y & 3 || !(y % 25) && y & 15 ? 28 : 29 : 30 + (m + (m >> 3) & 1));
  return false;
}
function isValidTime(h, m, s) {
  if (h >= 24 || h < 0 || m > 59 || m < 0 || s > 60 || s < 0) return false;
  return true;
}
function getDateFromDateTimeData(data, timeZone) {
  const year = padStart(data.year, 4);
  const month = data.month ? padStart(data.month, 2) : "01";
  const day = data.day ? padStart(data.day, 2) : "01";
  const hour = padStart(data.hour, 2);
  const minute = padStart(data.minute, 2);
  const second = padStart(data.second, 2);
  const textDate = `${year}-${month}-${day}`;
  const frac = data.frac ? `.${data.frac}` : "";
  const dateValue = /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:${second}${frac}${timeZone}`);
  if (!isNaN(dateValue.getTime()) || data.second !== 60) return dateValue;
  return /* @__PURE__ */ new Date(`${textDate}T${hour}:${minute}:59${frac}${timeZone}`);
}
function padStart(num, maxLength) {
  return String(num).padStart(maxLength, "0");
}
var VALUE_KIND_VALUE = Symbol("VALUE_KIND_VALUE");
var VALUE_KIND_INTERMEDIATE = Symbol("VALUE_KIND_INTERMEDIATE");
var KeysResolver = class {
  constructor(ctx) {
    this.rootKeys = /* @__PURE__ */ new Map();
    this.tables = [];
    this.ctx = ctx;
  }
  applyResolveKeyForTable(node) {
    let keys = this.rootKeys;
    const peekKeyIndex = node.key.keys.length - 1;
    for (let index = 0; index < peekKeyIndex; index++) {
      const keyNode = node.key.keys[index];
      const keyName2 = toKeyName(keyNode);
      node.resolvedKey.push(keyName2);
      let keyStore = keys.get(keyName2);
      if (!keyStore) {
        keyStore = {
          node: keyNode,
          keys: /* @__PURE__ */ new Map()
        };
        keys.set(keyName2, keyStore);
      } else if (keyStore.table === "array") {
        const peekIndex = keyStore.peekIndex;
        node.resolvedKey.push(peekIndex);
        keyStore = keyStore.keys.get(peekIndex);
      }
      keys = keyStore.keys;
    }
    const lastKeyNode = node.key.keys[peekKeyIndex];
    const lastKeyName = toKeyName(lastKeyNode);
    node.resolvedKey.push(lastKeyName);
    const lastKeyStore = keys.get(lastKeyName);
    if (!lastKeyStore) if (node.kind === "array") {
      node.resolvedKey.push(0);
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map([[0, newKeyStore]]),
        peekIndex: 0
      });
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else {
      const newKeyStore = {
        table: node.kind,
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(lastKeyName, newKeyStore);
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    }
    else if (!lastKeyStore.table) if (node.kind === "array") this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else {
      const transformKey = {
        table: node.kind,
        node: lastKeyNode,
        keys: lastKeyStore.keys
      };
      keys.set(lastKeyName, transformKey);
      this.tables.push({
        node,
        keys: transformKey.keys
      });
    }
    else if (lastKeyStore.table === "array") if (node.kind === "array") {
      const newKeyStore = {
        node: lastKeyNode,
        keys: /* @__PURE__ */ new Map()
      };
      const newIndex = lastKeyStore.peekIndex + 1;
      node.resolvedKey.push(newIndex);
      lastKeyStore.keys.set(newIndex, newKeyStore);
      lastKeyStore.peekIndex = newIndex;
      this.tables.push({
        node,
        keys: newKeyStore.keys
      });
    } else this.ctx.reportParseError("dupe-keys", lastKeyNode);
    else this.ctx.reportParseError("dupe-keys", lastKeyNode);
  }
  verifyDuplicateKeys(node) {
    for (const body of node.body) if (body.type === "TOMLKeyValue") verifyDuplicateKeysForKeyValue(this.ctx, this.rootKeys, body);
    for (const { node: tableNode, keys } of this.tables) for (const body of tableNode.body) verifyDuplicateKeysForKeyValue(this.ctx, keys, body);
  }
};
function verifyDuplicateKeysForKeyValue(ctx, defineKeys, node) {
  let keys = defineKeys;
  const lastKey = last(node.key.keys);
  for (const keyNode of node.key.keys) {
    const key = toKeyName(keyNode);
    let defineKey = keys.get(key);
    if (defineKey) {
      if (defineKey.value === VALUE_KIND_VALUE) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (lastKey === keyNode) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      else if (defineKey.table) ctx.reportParseError("dupe-keys", getAfterNode(keyNode, defineKey.node));
      defineKey.value = VALUE_KIND_INTERMEDIATE;
    } else {
      if (lastKey === keyNode) defineKey = {
        value: VALUE_KIND_VALUE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      else defineKey = {
        value: VALUE_KIND_INTERMEDIATE,
        node: keyNode,
        keys: /* @__PURE__ */ new Map()
      };
      keys.set(key, defineKey);
    }
    keys = defineKey.keys;
  }
  if (node.value.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, keys, node.value);
  else if (node.value.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, keys, node.value);
}
function verifyDuplicateKeysForInlineTable(ctx, defineKeys, node) {
  for (const body of node.body) verifyDuplicateKeysForKeyValue(ctx, defineKeys, body);
}
function verifyDuplicateKeysForArray(ctx, defineKeys, node) {
  const keys = defineKeys;
  for (let index = 0; index < node.elements.length; index++) {
    const element = node.elements[index];
    let defineKey = keys.get(index);
    if (defineKey) ctx.reportParseError("dupe-keys", getAfterNode(element, defineKey.node));
    else {
      defineKey = {
        value: VALUE_KIND_VALUE,
        node: element,
        keys: /* @__PURE__ */ new Map()
      };
      defineKeys.set(index, defineKey);
      if (element.type === "TOMLInlineTable") verifyDuplicateKeysForInlineTable(ctx, defineKey.keys, element);
      else if (element.type === "TOMLArray") verifyDuplicateKeysForArray(ctx, defineKey.keys, element);
    }
  }
}
function getAfterNode(a, b) {
  return a.range[0] <= b.range[0] ? b : a;
}
var Context = class {
  constructor(data) {
    this.tokens = [];
    this.comments = [];
    this.back = null;
    this.stateStack = [];
    this.needNewLine = false;
    this.needSameLine = false;
    this.currToken = null;
    this.prevToken = null;
    this.valueContainerStack = [];
    this.tokenizer = new Tokenizer(data.text, data.parserOptions);
    this.topLevelTable = data.topLevelTable;
    this.table = data.topLevelTable;
    this.keysResolver = new KeysResolver(this);
  }
  /**
  * Get the next token.
  */
  nextToken(option2) {
    this.prevToken = this.currToken;
    if (this.back) {
      this.currToken = this.back;
      this.back = null;
    } else this.currToken = this._nextTokenFromTokenizer(option2);
    if ((this.needNewLine || this.needSameLine || option2?.needSameLine) && this.prevToken && this.currToken) if (this.prevToken.loc.end.line === this.currToken.loc.start.line) {
      if (this.needNewLine) return this.reportParseError("missing-newline", this.currToken);
    } else {
      const needSameLine = this.needSameLine || option2?.needSameLine;
      if (needSameLine) return this.reportParseError(needSameLine, this.currToken);
    }
    this.needNewLine = false;
    this.needSameLine = false;
    return this.currToken;
  }
  _nextTokenFromTokenizer(option2) {
    const valuesEnabled = this.tokenizer.valuesEnabled;
    if (option2?.valuesEnabled) this.tokenizer.valuesEnabled = option2.valuesEnabled;
    let token = this.tokenizer.nextToken();
    while (token && token.type === "Block") {
      this.comments.push(token);
      token = this.tokenizer.nextToken();
    }
    if (token) this.tokens.push(token);
    this.tokenizer.valuesEnabled = valuesEnabled;
    return token;
  }
  backToken() {
    if (this.back) throw new Error("Illegal state");
    this.back = this.currToken;
    this.currToken = this.prevToken;
  }
  addValueContainer(valueContainer) {
    this.valueContainerStack.push(valueContainer);
    this.tokenizer.valuesEnabled = true;
  }
  consumeValueContainer() {
    const valueContainer = this.valueContainerStack.pop();
    this.tokenizer.valuesEnabled = this.valueContainerStack.length > 0;
    return valueContainer;
  }
  applyResolveKeyForTable(node) {
    this.keysResolver.applyResolveKeyForTable(node);
  }
  verifyDuplicateKeys() {
    this.keysResolver.verifyDuplicateKeys(this.topLevelTable);
  }
  /**
  * Report an invalid token error.
  */
  reportParseError(code, token) {
    let offset, line2, column;
    if (token) {
      offset = token.range[0];
      line2 = token.loc.start.line;
      column = token.loc.start.column;
    } else {
      offset = this.tokenizer.start;
      const startPos = this.tokenizer.getLocFromIndex(offset);
      line2 = startPos.line;
      column = startPos.column;
    }
    throw new ParseError(code, offset, line2, column);
  }
};
var STATE_FOR_ERROR = { VALUE: "missing-value" };
var STRING_VALUE_STYLE_MAP = {
  BasicString: "basic",
  MultiLineBasicString: "basic",
  LiteralString: "literal",
  MultiLineLiteralString: "literal"
};
var STRING_KEY_STYLE_MAP = {
  BasicString: "basic",
  LiteralString: "literal"
};
var DATETIME_VALUE_KIND_MAP = {
  OffsetDateTime: "offset-date-time",
  LocalDateTime: "local-date-time",
  LocalDate: "local-date",
  LocalTime: "local-time"
};
var TOMLParser = class {
  /**
  * Initialize this parser.
  */
  constructor(text, parserOptions) {
    this.text = text;
    this.parserOptions = parserOptions || {};
    this.tomlVersion = getTOMLVer(this.parserOptions.tomlVersion);
  }
  /**
  * Parse TOML
  */
  parse() {
    const ast = {
      type: "Program",
      body: [],
      sourceType: "module",
      tokens: [],
      comments: [],
      parent: null,
      range: [0, 0],
      loc: {
        start: {
          line: 1,
          column: 0
        },
        end: {
          line: 1,
          column: 0
        }
      }
    };
    const node = {
      type: "TOMLTopLevelTable",
      body: [],
      parent: ast,
      range: cloneRange(ast.range),
      loc: cloneLoc(ast.loc)
    };
    ast.body = [node];
    const ctx = new Context({
      text: this.text,
      parserOptions: this.parserOptions,
      topLevelTable: node
    });
    let token = ctx.nextToken();
    if (token) {
      node.range[0] = token.range[0];
      node.loc.start = clonePos(token.loc.start);
      while (token) {
        const state$1 = ctx.stateStack.pop() || "TABLE";
        ctx.stateStack.push(...this[state$1](token, ctx));
        token = ctx.nextToken();
      }
      const state = ctx.stateStack.pop() || "TABLE";
      if (state in STATE_FOR_ERROR) return ctx.reportParseError(STATE_FOR_ERROR[state], null);
      if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
      applyEndLoc(node, last(node.body));
    }
    ctx.verifyDuplicateKeys();
    ast.tokens = ctx.tokens;
    ast.comments = ctx.comments;
    const endOffset = ctx.tokenizer.end;
    const endPos = ctx.tokenizer.getLocFromIndex(endOffset);
    ast.range[1] = endOffset;
    ast.loc.end = {
      line: endPos.line,
      column: endPos.column
    };
    return ast;
  }
  TABLE(token, ctx) {
    if (isBare(token) || isString(token)) return this.processKeyValue(token, ctx.table, ctx);
    if (isLeftBracket(token)) return this.processTable(token, ctx.topLevelTable, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  VALUE(token, ctx) {
    if (isString(token) || isMultiLineString(token)) return this.processStringValue(token, ctx);
    if (isNumber(token)) return this.processNumberValue(token, ctx);
    if (isBoolean(token)) return this.processBooleanValue(token, ctx);
    if (isDateTime(token)) return this.processDateTimeValue(token, ctx);
    if (isLeftBracket(token)) return this.processArray(token, ctx);
    if (isLeftBrace(token)) return this.processInlineTable(token, ctx);
    return ctx.reportParseError("unexpected-token", token);
  }
  processTable(token, topLevelTableNode, ctx) {
    const tableNode = {
      type: "TOMLTable",
      kind: "standard",
      key: null,
      resolvedKey: [],
      body: [],
      parent: topLevelTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    if (ctx.table.type === "TOMLTable") applyEndLoc(ctx.table, last(ctx.table.body));
    topLevelTableNode.body.push(tableNode);
    ctx.table = tableNode;
    let targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    if (isLeftBracket(targetToken)) {
      if (token.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
      tableNode.kind = "array";
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    }
    if (isRightBracket(targetToken)) return ctx.reportParseError("missing-key", targetToken);
    if (!targetToken) return ctx.reportParseError("unterminated-table-key", null);
    targetToken = this.processKeyNode(targetToken, tableNode, ctx).nextToken;
    if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
    if (tableNode.kind === "array") {
      const rightBracket = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isRightBracket(targetToken)) return ctx.reportParseError("unterminated-table-key", targetToken);
      if (rightBracket.range[1] < targetToken.range[0]) return ctx.reportParseError("invalid-space", targetToken);
    }
    applyEndLoc(tableNode, targetToken);
    ctx.applyResolveKeyForTable(tableNode);
    ctx.needNewLine = true;
    return [];
  }
  processKeyValue(token, tableNode, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: tableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    tableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        ctx.needNewLine = true;
        return [];
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
  processKeyNode(token, parent, ctx) {
    if (isDot(token)) ctx.reportParseError("invalid-leading-dot-in-key", token);
    const keyNode = {
      type: "TOMLKey",
      keys: [],
      parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    parent.key = keyNode;
    let targetToken = token;
    let dotToken = null;
    do {
      if (isBare(targetToken)) this.processBareKey(targetToken, keyNode);
      else if (isString(targetToken)) this.processStringKey(targetToken, keyNode);
      else break;
      dotToken = null;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
      if (!isDot(targetToken)) break;
      dotToken = targetToken;
      targetToken = ctx.nextToken({ needSameLine: "invalid-key-value-newline" });
    } while (targetToken);
    if (dotToken) ctx.reportParseError(isDot(targetToken) ? "invalid-consecutive-dots-in-key" : "invalid-trailing-dot-in-key", dotToken);
    applyEndLoc(keyNode, last(keyNode.keys));
    return {
      keyNode,
      nextToken: targetToken
    };
  }
  processBareKey(token, keyNode) {
    const node = {
      type: "TOMLBare",
      name: token.value,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringKey(token, keyNode) {
    const node = {
      type: "TOMLQuoted",
      kind: "string",
      value: token.string,
      style: STRING_KEY_STYLE_MAP[token.type],
      multiline: false,
      parent: keyNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    keyNode.keys.push(node);
  }
  processStringValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "string",
      value: token.string,
      style: STRING_VALUE_STYLE_MAP[token.type],
      multiline: isMultiLineString(token),
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processNumberValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const text = this.text;
    const [startRange, endRange] = token.range;
    let numberString = null;
    const getNumberText = () => {
      return numberString ?? (numberString = text.slice(startRange, endRange).replace(/_/g, ""));
    };
    let node;
    if (token.type === "Integer") node = {
      type: "TOMLValue",
      kind: "integer",
      value: token.number,
      bigint: token.bigint,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    else node = {
      type: "TOMLValue",
      kind: "float",
      value: token.number,
      get number() {
        return getNumberText();
      },
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processBooleanValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: "boolean",
      value: token.boolean,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processDateTimeValue(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLValue",
      kind: DATETIME_VALUE_KIND_MAP[token.type],
      value: token.date,
      datetime: token.value,
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    return valueContainer.set(node);
  }
  processArray(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLArray",
      elements: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const nextToken = ctx.nextToken({ valuesEnabled: true });
    if (isRightBracket(nextToken)) {
      applyEndLoc(node, nextToken);
      return valueContainer.set(node);
    }
    ctx.backToken();
    return this.processArrayValue(node, valueContainer, ctx);
  }
  processArrayValue(node, valueContainer, ctx) {
    ctx.addValueContainer({
      parent: node,
      set: (valNode) => {
        node.elements.push(valNode);
        let nextToken = ctx.nextToken({ valuesEnabled: true });
        const hasComma = isComma(nextToken);
        if (hasComma) nextToken = ctx.nextToken({ valuesEnabled: true });
        if (isRightBracket(nextToken)) {
          applyEndLoc(node, nextToken);
          return valueContainer.set(node);
        }
        if (hasComma) {
          ctx.backToken();
          return this.processArrayValue(node, valueContainer, ctx);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-array", nextToken);
      }
    });
    return ["VALUE"];
  }
  processInlineTable(token, ctx) {
    const valueContainer = ctx.consumeValueContainer();
    const node = {
      type: "TOMLInlineTable",
      body: [],
      parent: valueContainer.parent,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    const nextToken = ctx.nextToken({ needSameLine });
    if (nextToken) {
      if (isBare(nextToken) || isString(nextToken)) return this.processInlineTableKeyValue(nextToken, node, valueContainer, ctx);
      if (isRightBrace(nextToken)) {
        applyEndLoc(node, nextToken);
        return valueContainer.set(node);
      }
    }
    return ctx.reportParseError("unexpected-token", nextToken);
  }
  processInlineTableKeyValue(token, inlineTableNode, valueContainer, ctx) {
    const keyValueNode = {
      type: "TOMLKeyValue",
      key: null,
      value: null,
      parent: inlineTableNode,
      range: cloneRange(token.range),
      loc: cloneLoc(token.loc)
    };
    inlineTableNode.body.push(keyValueNode);
    const { nextToken: targetToken } = this.processKeyNode(token, keyValueNode, ctx);
    if (!isEq(targetToken)) return ctx.reportParseError("missing-equals-sign", targetToken);
    const needSameLine = this.tomlVersion.gte(1, 1) ? void 0 : "invalid-inline-table-newline";
    ctx.addValueContainer({
      parent: keyValueNode,
      set: (valNode) => {
        keyValueNode.value = valNode;
        applyEndLoc(keyValueNode, valNode);
        let nextToken = ctx.nextToken({ needSameLine });
        if (isComma(nextToken)) {
          nextToken = ctx.nextToken({ needSameLine });
          if (nextToken && (isBare(nextToken) || isString(nextToken))) return this.processInlineTableKeyValue(nextToken, inlineTableNode, valueContainer, ctx);
          if (isRightBrace(nextToken)) {
            if (this.tomlVersion.lt(1, 1)) return ctx.reportParseError("invalid-trailing-comma-in-inline-table", nextToken);
          } else return ctx.reportParseError(nextToken ? "unexpected-token" : "unterminated-inline-table", nextToken);
        }
        if (isRightBrace(nextToken)) {
          applyEndLoc(inlineTableNode, nextToken);
          return valueContainer.set(inlineTableNode);
        }
        return ctx.reportParseError(nextToken ? "missing-comma" : "unterminated-inline-table", nextToken);
      }
    });
    ctx.needSameLine = "invalid-key-value-newline";
    return ["VALUE"];
  }
};
function isDot(token) {
  return isPunctuator(token) && token.value === ".";
}
function isEq(token) {
  return isPunctuator(token) && token.value === "=";
}
function isLeftBracket(token) {
  return isPunctuator(token) && token.value === "[";
}
function isRightBracket(token) {
  return isPunctuator(token) && token.value === "]";
}
function isLeftBrace(token) {
  return isPunctuator(token) && token.value === "{";
}
function isRightBrace(token) {
  return isPunctuator(token) && token.value === "}";
}
function isComma(token) {
  return isPunctuator(token) && token.value === ",";
}
function isPunctuator(token) {
  return Boolean(token && token.type === "Punctuator");
}
function isBare(token) {
  return token.type === "Bare";
}
function isString(token) {
  return token.type === "BasicString" || token.type === "LiteralString";
}
function isMultiLineString(token) {
  return token.type === "MultiLineBasicString" || token.type === "MultiLineLiteralString";
}
function isNumber(token) {
  return token.type === "Integer" || token.type === "Float";
}
function isBoolean(token) {
  return token.type === "Boolean";
}
function isDateTime(token) {
  return token.type === "OffsetDateTime" || token.type === "LocalDateTime" || token.type === "LocalDate" || token.type === "LocalTime";
}
function applyEndLoc(node, child) {
  if (child) {
    node.range[1] = child.range[1];
    node.loc.end = clonePos(child.loc.end);
  }
}
function cloneRange(range) {
  return [range[0], range[1]];
}
function cloneLoc(loc) {
  return {
    start: clonePos(loc.start),
    end: clonePos(loc.end)
  };
}
function clonePos(pos) {
  return {
    line: pos.line,
    column: pos.column
  };
}
var tomlKeys = {
  Program: ["body"],
  TOMLTopLevelTable: ["body"],
  TOMLTable: ["key", "body"],
  TOMLKeyValue: ["key", "value"],
  TOMLKey: ["keys"],
  TOMLArray: ["elements"],
  TOMLInlineTable: ["body"],
  TOMLBare: [],
  TOMLQuoted: [],
  TOMLValue: []
};
var KEYS2 = unionWith(tomlKeys);
function parseForESLint(code, options) {
  return {
    ast: new TOMLParser(code, options).parse(),
    visitorKeys: KEYS2,
    services: { isTOML: true }
  };
}
var getStaticTOMLValue = generateConvertTOMLValue((node) => node.value);
function generateConvertTOMLValue(convertValue) {
  function resolveValue(node, baseTable) {
    return resolver[node.type](node, baseTable);
  }
  const resolver = {
    Program(node, baseTable = {}) {
      return resolveValue(node.body[0], baseTable);
    },
    TOMLTopLevelTable(node, baseTable = {}) {
      for (const body of node.body) resolveValue(body, baseTable);
      return baseTable;
    },
    TOMLKeyValue(node, baseTable = {}) {
      const value = resolveValue(node.value);
      set(baseTable, resolveValue(node.key), value);
      return baseTable;
    },
    TOMLTable(node, baseTable = {}) {
      const table = getTable(baseTable, resolveValue(node.key), node.kind === "array");
      for (const body of node.body) resolveValue(body, table);
      return baseTable;
    },
    TOMLArray(node) {
      return node.elements.map((e) => resolveValue(e));
    },
    TOMLInlineTable(node) {
      const table = {};
      for (const body of node.body) resolveValue(body, table);
      return table;
    },
    TOMLKey(node) {
      return node.keys.map((key) => resolveValue(key));
    },
    TOMLBare(node) {
      return node.name;
    },
    TOMLQuoted(node) {
      return node.value;
    },
    TOMLValue(node) {
      return convertValue(node);
    }
  };
  return (node) => resolveValue(node);
}
function getTable(baseTable, keys, array) {
  let target = baseTable;
  for (let index = 0; index < keys.length - 1; index++) {
    const key = keys[index];
    target = getNextTargetFromKey(target, key);
  }
  const lastKey = last(keys);
  const lastTarget = target[lastKey];
  if (lastTarget == null) {
    const tableValue$1 = {};
    target[lastKey] = array ? [tableValue$1] : tableValue$1;
    return tableValue$1;
  }
  if (isValue(lastTarget)) {
    const tableValue$1 = {};
    target[lastKey] = array ? [tableValue$1] : tableValue$1;
    return tableValue$1;
  }
  if (!array) {
    if (Array.isArray(lastTarget)) {
      const tableValue$1 = {};
      target[lastKey] = tableValue$1;
      return tableValue$1;
    }
    return lastTarget;
  }
  if (Array.isArray(lastTarget)) {
    const tableValue$1 = {};
    lastTarget.push(tableValue$1);
    return tableValue$1;
  }
  const tableValue = {};
  target[lastKey] = [tableValue];
  return tableValue;
  function getNextTargetFromKey(currTarget, key) {
    const nextTarget = currTarget[key];
    if (nextTarget == null) {
      const val = {};
      currTarget[key] = val;
      return val;
    }
    if (isValue(nextTarget)) {
      const val = {};
      currTarget[key] = val;
      return val;
    }
    let resultTarget = nextTarget;
    while (Array.isArray(resultTarget)) {
      const lastIndex = resultTarget.length - 1;
      const nextElement = resultTarget[lastIndex];
      if (isValue(nextElement)) {
        const val = {};
        resultTarget[lastIndex] = val;
        return val;
      }
      resultTarget = nextElement;
    }
    return resultTarget;
  }
}
function set(baseTable, keys, value) {
  let target = baseTable;
  for (let index = 0; index < keys.length - 1; index++) {
    const key = keys[index];
    const nextTarget = target[key];
    if (nextTarget == null) {
      const val = {};
      target[key] = val;
      target = val;
    } else if (isValue(nextTarget) || Array.isArray(nextTarget)) {
      const val = {};
      target[key] = val;
      target = val;
    } else target = nextTarget;
  }
  target[last(keys)] = value;
}
function isValue(value) {
  return typeof value !== "object" || value instanceof Date;
}
function parseTOML(code, options) {
  return parseForESLint(code, options).ast;
}

// src/document/ast-walk.ts
function walk(node, enter) {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    enter(current);
    const next = children(current);
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
}
function children(node) {
  switch (node.type) {
    case "Program":
      return node.body;
    case "TOMLTopLevelTable":
      return node.body;
    case "TOMLTable":
      return [node.key, ...node.body];
    case "TOMLKeyValue":
      return [node.key, node.value];
    case "TOMLKey":
      return node.keys;
    case "TOMLArray":
      return node.elements;
    case "TOMLInlineTable":
      return node.body;
    default:
      return [];
  }
}

// src/document/dialect.ts
var TOMLKIT_RECURSION = {
  kind: "recursion",
  keyFragments: 493,
  valueFrames: 984,
  arrayFrames: 2,
  inlineTableFrames: 3,
  inlineTables: 327
};
var TOML_1_0 = { tomlVersion: "1.0.0", depth: TOMLKIT_RECURSION };

// src/document/prescan.ts
var BARE_KEY = /[A-Za-z0-9_-]/;
function prescan(text, depth, longString) {
  const piecewise = [];
  const stack = [];
  let arrays = 0;
  let inlineTables = 0;
  let expectKey = true;
  let i = 0;
  const readString = () => {
    const quote = text[i];
    const multiline = text.startsWith(quote.repeat(3), i);
    const kind = quote === '"' ? multiline ? "multiline-basic" : "basic" : multiline ? "multiline-literal" : "literal";
    const start = i;
    const bodyStart = i + (multiline ? 3 : 1);
    let j = bodyStart;
    while (j < text.length) {
      const c = text[j];
      if (c === "\\" && quote === '"') j += 2;
      else if (c === quote) {
        if (!multiline) return found({ kind, start, end: j + 1, bodyStart, bodyEnd: j });
        let run = 1;
        while (text[j + run] === quote) run++;
        if (run >= 3) return found({ kind, start, end: j + run, bodyStart, bodyEnd: j + run - 3 });
        j += run;
      } else if (c === "\n" && !multiline) break;
      else j++;
    }
    i = text.length;
    return void 0;
  };
  const found = (token) => {
    if (token.bodyEnd - token.bodyStart > longString) piecewise.push(token);
    i = token.end;
    return token;
  };
  const skipBlanks = () => {
    while (text[i] === " " || text[i] === "	") i++;
  };
  const readKey = () => {
    let fragments = 0;
    for (; ; ) {
      skipBlanks();
      const c = text[i];
      if (c === '"' || c === "'") {
        if (!readString()) return void 0;
      } else if (c !== void 0 && BARE_KEY.test(c)) {
        while (i < text.length && BARE_KEY.test(text[i])) i++;
      } else return void 0;
      fragments++;
      skipBlanks();
      if (text[i] !== ".") return void 0;
      if (fragments + 1 > depth.keyFragments) return i;
      i++;
    }
  };
  const tooDeepValue = () => {
    if (depth.kind === "parse-error") return stack.length > depth.valueNesting;
    return inlineTables > depth.inlineTables || arrays * depth.arrayFrames + inlineTables * depth.inlineTableFrames > depth.valueFrames;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      if (stack.length === 0) expectKey = true;
      i++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (expectKey && stack.length === 0 && c === "[") {
      i += text[i + 1] === "[" ? 2 : 1;
      const dot = readKey();
      if (dot !== void 0) return { tooDeep: keyTooDeep(dot, depth), piecewise };
      skipBlanks();
      while (text[i] === "]") i++;
      expectKey = false;
      continue;
    }
    if (expectKey && (c === '"' || c === "'" || BARE_KEY.test(c))) {
      const dot = readKey();
      if (dot !== void 0) return { tooDeep: keyTooDeep(dot, depth), piecewise };
      expectKey = false;
      continue;
    }
    expectKey = false;
    if (c === '"' || c === "'") {
      readString();
    } else if (c === "[" || c === "{") {
      stack.push(c);
      if (c === "[") arrays++;
      else inlineTables++;
      if (tooDeepValue()) return { tooDeep: valueTooDeep(i, depth), piecewise };
      expectKey = c === "{";
      i++;
    } else if (c === "]" || c === "}") {
      const open = stack.pop();
      if (open === "[") arrays--;
      else if (open === "{") inlineTables--;
      i++;
    } else if (c === ",") {
      expectKey = stack.at(-1) === "{";
      i++;
    } else i++;
  }
  return { tooDeep: void 0, piecewise };
}
function keyTooDeep(offset, depth) {
  return depth.kind === "parse-error" ? { message: `a key with more than ${depth.keyFragments} dotted parts, more than tomlkit allows`, offset } : { message: `a key with more than about ${depth.keyFragments} dotted parts, deeper than Python's recursion limit lets tomlkit read`, offset };
}
function valueTooDeep(offset, depth) {
  return depth.kind === "parse-error" ? { message: `arrays and inline tables nested more than ${depth.valueNesting} levels deep, more than tomlkit allows`, offset } : {
    message: `arrays and inline tables nested more than about ${depth.valueFrames / depth.arrayFrames} arrays or ${depth.inlineTables} inline tables deep, deeper than Python's recursion limit lets tomlkit read`,
    offset
  };
}

// src/document/string-literals.ts
var LONG_STRING = 5e4;
var PIECE = 2e4;
function decodeStringLiteral(text, token, tomlVersion) {
  const multiline = token.kind.startsWith("multiline");
  const basic = token.kind === "basic" || token.kind === "multiline-basic";
  const quote = basic ? '"' : "'";
  const delimiter = multiline ? quote.repeat(3) : quote;
  const body = text.slice(token.bodyStart, token.bodyEnd);
  const pieces = [];
  let i = multiline ? body.startsWith("\r\n") ? 2 : body.startsWith("\n") ? 1 : 0 : 0;
  let pieceStart = i;
  const cut = (at) => {
    pieces.push({ start: pieceStart, end: at });
    pieceStart = at;
  };
  while (i < body.length) {
    const c = body[i];
    if (i - pieceStart >= PIECE && c !== quote && body[i - 1] !== quote && body[i - 1] !== "\r") cut(i);
    if (c === "\\" && basic) {
      const next = body[i + 1];
      if (multiline && (next === " " || next === "	" || next === "\r" || next === "\n")) {
        i++;
        while (i < body.length && " 	\r\n".includes(body[i])) i++;
      } else i += next === "u" ? 6 : next === "U" ? 10 : next === "x" ? 4 : 2;
      continue;
    }
    i++;
  }
  pieces.push({ start: pieceStart, end: body.length });
  let value = "";
  for (const piece of pieces) {
    const head = `v = ${delimiter}${multiline ? "\n" : ""}`;
    try {
      const program = parseTOML(`${head}${body.slice(piece.start, piece.end)}${delimiter}
`, { tomlVersion });
      const node = program.body[0].body[0];
      if (node?.type !== "TOMLKeyValue" || node.value.type !== "TOMLValue" || node.value.kind !== "string") throw new Error("not a string");
      value += node.value.value;
    } catch (error) {
      const at = typeof error.index === "number" ? error.index : head.length;
      const offset = token.bodyStart + piece.start + Math.max(0, Math.min(at - head.length, piece.end - piece.start));
      return { ok: false, message: error instanceof Error ? error.message : String(error), offset };
    }
  }
  return { ok: true, value };
}

// src/document/toml11-syntax.ts
function findToml11Forms(program, text) {
  const forms = [];
  const tokens = [...program.tokens, ...program.comments].sort((a, b) => a.range[0] - b.range[0]);
  let multilineUntil = -1;
  walk(program, (node) => {
    if (node.type === "TOMLInlineTable") {
      const inside = tokensWithin(tokens, node.range);
      const close = inside.at(-1);
      const beforeClose = inside.at(-2);
      if (beforeClose?.type === "Punctuator" && beforeClose.value === "," && close?.value === "}") {
        forms.push({ what: "a comma after the last entry of an inline table", span: toSpan(beforeClose.range), advice: "remove the comma", replacement: "" });
      }
      const spansLines = inside.some((token, i) => i > 0 && text.slice(inside[i - 1].range[1], token.range[0]).includes("\n"));
      if (spansLines && node.range[0] > multilineUntil) {
        multilineUntil = node.range[1];
        forms.push({
          what: "a multi-line inline table",
          span: toSpan(node.range),
          advice: `write the table as ${sectionFor(node)} or on one line`
        });
      }
    } else if (node.type === "TOMLValue" && node.kind === "string" && node.style === "basic") {
      forms.push(...escapes(text, node.range));
    } else if (node.type === "TOMLQuoted" && node.style === "basic") {
      forms.push(...escapes(text, node.range));
    } else if (node.type === "TOMLValue" && (node.kind === "offset-date-time" || node.kind === "local-date-time" || node.kind === "local-time")) {
      const raw2 = text.slice(node.range[0], node.range[1]);
      const time = /^(\d{2}):(\d{2})(?!:)/.exec(node.kind === "local-time" ? raw2 : raw2.slice(11));
      if (time) {
        const end = node.range[0] + (node.kind === "local-time" ? 0 : 11) + time.index + time[0].length;
        forms.push({ what: "a time without seconds", span: { start: end, end }, advice: "add the seconds (:00), the same time", replacement: ":00" });
      }
    }
  });
  for (const comment of program.comments) {
    const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(comment.value);
    if (control) {
      const at = comment.range[0] + 1 + control.index;
      forms.push({ what: "a control character in a comment", span: { start: at, end: at + 1 }, advice: "remove the character", replacement: "" });
    }
  }
  return forms.sort((a, b) => a.span.start - b.span.start);
}
function escapes(text, range) {
  const forms = [];
  const raw2 = text.slice(range[0], range[1]);
  for (let i = 0; i < raw2.length; i++) {
    if (raw2[i] !== "\\") continue;
    const next = raw2[i + 1];
    const start = range[0] + i;
    if (next === "e") forms.push({ what: "the escape \\e", span: { start, end: start + 2 }, advice: "write \\u001b instead, the same character", replacement: "\\u001b" });
    else if (next === "x") {
      const hex = raw2.slice(i + 2, i + 4);
      forms.push({ what: `the escape \\x${hex}`, span: { start, end: start + 4 }, advice: `write \\u00${hex} instead, the same character`, replacement: `\\u00${hex}` });
    }
    i++;
  }
  return forms;
}
function tokensWithin(tokens, range) {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (tokens[mid].range[0] < range[0]) low = mid + 1;
    else high = mid;
  }
  const inside = [];
  for (let i = low; i < tokens.length && tokens[i].range[1] <= range[1]; i++) inside.push(tokens[i]);
  return inside;
}
function sectionFor(node) {
  const keyValue = node.parent;
  if (keyValue.type !== "TOMLKeyValue") return "a [section]";
  const owner = keyValue.parent;
  const prefix = owner.type === "TOMLTable" ? owner.key.keys.map(keyText) : owner.type === "TOMLTopLevelTable" ? [] : void 0;
  if (!prefix) return "a [section]";
  return `[${[...prefix, ...keyValue.key.keys.map(keyText)].join(".")}]`;
}
function keyText(key) {
  return key.type === "TOMLBare" ? key.name : JSON.stringify(key.value);
}
function toSpan(range) {
  return { start: range[0], end: range[1] };
}

// src/document/parse.ts
function parseDocument(source, dialect = TOML_1_0) {
  const text = source.replace(/\r(?!\n)/g, "\n");
  const scan = prescan(text, dialect.depth, LONG_STRING);
  if (scan.tooDeep) return { ok: false, error: scan.tooDeep };
  let parsed = parseProgram(text, scan.piecewise, dialect.tomlVersion);
  let toml11Forms = [];
  if (!parsed.ok && dialect.tomlVersion === "1.0.0") {
    const lenient = parseProgram(text, scan.piecewise, "1.1.0");
    if (lenient.ok) {
      toml11Forms = findToml11Forms(lenient.program, text);
      if (toml11Forms.length === 0) {
        const at = parsed.error.offset;
        toml11Forms = [
          { what: `what TOML 1.0 refuses here (${parsed.error.message})`, span: { start: at, end: Math.min(at + 1, text.length) }, advice: "write it as TOML 1.0 allows" }
        ];
      }
      parsed = lenient;
    }
  }
  if (!parsed.ok) return parsed;
  const comments = parsed.program.comments.map((comment) => ({ text: comment.value, span: toSpan2(comment.range) }));
  return { ok: true, document: { root: new TreeBuilder(text).build(parsed.program), comments, toml11Forms } };
}
function parseProgram(text, piecewise, tomlVersion) {
  const values = /* @__PURE__ */ new Map();
  const placeholders2 = /* @__PURE__ */ new Map();
  const regions = [];
  let shrunk = "";
  let copied = 0;
  let stringError;
  for (const token of piecewise) {
    const decoded = decodeStringLiteral(text, token, tomlVersion);
    if (decoded.ok) values.set(token.start, decoded.value);
    else stringError ??= { message: decoded.message, offset: decoded.offset };
    const key = decoded.ok ? decoded.value : `error ${token.start}`;
    let placeholder = placeholders2.get(key);
    if (placeholder === void 0) placeholders2.set(key, placeholder = `\uE000${placeholders2.size}`);
    shrunk += text.slice(copied, token.bodyStart);
    regions.push({ shrunkStart: shrunk.length, shrunkEnd: shrunk.length + placeholder.length, start: token.bodyStart, end: token.bodyEnd });
    shrunk += placeholder;
    copied = token.bodyEnd;
  }
  shrunk += text.slice(copied);
  const original = offsetMap(regions);
  let program;
  try {
    program = parseTOML(shrunk.replace(/^\uFEFF/, " "), { tomlVersion });
  } catch (error) {
    if (error instanceof SyntaxError && typeof error.index === "number") {
      const offset = original(error.index);
      if (stringError && stringError.offset < offset) return { ok: false, error: stringError };
      return { ok: false, error: { message: error.message, offset } };
    }
    if (error instanceof RangeError) {
      return { ok: false, error: { message: `parsl-lint's TOML parser failed on this file (${error.name}: ${error.message}), a limit of parsl-lint, not necessarily of tomlkit`, offset: 0 } };
    }
    throw error;
  }
  if (stringError) return { ok: false, error: stringError };
  if (regions.length > 0) restore(program, original, values);
  return { ok: true, program };
}
function offsetMap(regions) {
  return (offset) => {
    let low = 0;
    let high = regions.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (regions[mid].shrunkStart <= offset) low = mid + 1;
      else high = mid;
    }
    const region = regions[low - 1];
    if (!region) return offset;
    if (offset < region.shrunkEnd) return region.start;
    return offset - region.shrunkEnd + region.end;
  };
}
function restore(program, original, values) {
  const located = /* @__PURE__ */ new Set([...program.tokens, ...program.comments]);
  walk(program, (node) => located.add(node));
  for (const item of located) item.range = [original(item.range[0]), original(item.range[1])];
  walk(program, (node) => {
    const value = values.get(node.range[0]);
    if (value === void 0) return;
    if (node.type === "TOMLValue" && node.kind === "string" || node.type === "TOMLQuoted") node.value = value;
  });
}
function toSpan2(range) {
  return { start: range[0], end: range[1] };
}
var TreeBuilder = class {
  constructor(text) {
    this.text = text;
  }
  build(program) {
    const topLevel = program.body[0];
    const root2 = { kind: "table", path: [], span: toSpan2(topLevel.range), origin: "root", entries: /* @__PURE__ */ new Map() };
    for (const item of topLevel.body) {
      if (item.type === "TOMLKeyValue") this.addKeyValue(root2, item);
      else this.addTable(root2, item);
    }
    return root2;
  }
  addTable(root2, node) {
    const header = { start: node.range[0], end: this.headerEnd(node) };
    const resolved = node.resolvedKey;
    let table = root2;
    let r = 0;
    node.key.keys.forEach((segment, j) => {
      const name = resolved[r++];
      const index = resolved[r];
      const isLast = j === node.key.keys.length - 1;
      if (typeof index === "number") {
        r++;
        table = this.arrayTableItem(table, name, toSpan2(segment.range), index, header);
      } else {
        table = this.childTable(table, name, toSpan2(segment.range), isLast ? header : void 0);
      }
    });
    for (const keyValue of node.body) this.addKeyValue(table, keyValue);
  }
  /** The end of `[a.b]` or `[[a.b]]`: past the closing brackets that follow the key. */
  headerEnd(node) {
    let offset = node.key.range[1];
    let brackets = node.kind === "array" ? 2 : 1;
    while (offset < this.text.length && brackets > 0) {
      if (this.text[offset] === "]") brackets--;
      offset++;
    }
    return offset;
  }
  childTable(parent, key, keySpan, header) {
    const existing = parent.entries.get(key)?.value;
    if (existing) {
      if (header && existing.origin === "implicit") {
        existing.span = header;
        existing.origin = "header";
      }
      return existing;
    }
    const table = {
      kind: "table",
      path: [...parent.path, key],
      span: header ?? keySpan,
      origin: header ? "header" : "implicit",
      entries: /* @__PURE__ */ new Map()
    };
    parent.entries.set(key, { key, keySpan, value: table });
    return table;
  }
  arrayTableItem(parent, key, keySpan, index, header) {
    let entry = parent.entries.get(key);
    if (!entry) {
      const array2 = { kind: "array", path: [...parent.path, key], span: header, ofTables: true, items: [] };
      entry = { key, keySpan, value: array2 };
      parent.entries.set(key, entry);
    }
    const array = entry.value;
    const existing = array.items[index];
    if (existing) return existing;
    const table = { kind: "table", path: [...array.path, index], span: header, origin: "array-header", entries: /* @__PURE__ */ new Map() };
    array.items.push(table);
    return table;
  }
  addKeyValue(table, node) {
    const keys = node.key.keys;
    let target = table;
    for (const segment of keys.slice(0, -1)) target = this.childTable(target, keyName(segment), toSpan2(segment.range), void 0);
    const last2 = keys[keys.length - 1];
    const key = keyName(last2);
    target.entries.set(key, { key, keySpan: toSpan2(last2.range), value: this.value(node.value, [...target.path, key]) });
  }
  value(node, path2) {
    const span = toSpan2(node.range);
    if (node.type === "TOMLInlineTable") {
      const table = { kind: "table", path: path2, span, origin: "inline", entries: /* @__PURE__ */ new Map() };
      for (const keyValue of node.body) this.addKeyValue(table, keyValue);
      return table;
    }
    if (node.type === "TOMLArray") {
      return { kind: "array", path: path2, span, ofTables: false, items: node.elements.map((element, i) => this.value(element, [...path2, i])) };
    }
    return scalar(node, path2, span);
  }
};
function keyName(segment) {
  return segment.type === "TOMLBare" ? segment.name : segment.value;
}
function scalar(node, path2, span) {
  if (node.kind === "string") {
    const stringStyle = node.multiline ? node.style === "basic" ? "multiline-basic" : "multiline-literal" : node.style;
    return { kind: "scalar", path: path2, span, type: "string", value: node.value, stringStyle };
  }
  if (node.kind === "integer" || node.kind === "float") return { kind: "scalar", path: path2, span, type: node.kind, value: node.value, literal: node.number };
  const type = node.kind === "boolean" ? node.kind : "datetime";
  return { kind: "scalar", path: path2, span, type, value: node.value };
}

// src/document/source.ts
var SourceText = class {
  text;
  lineStarts;
  constructor(text) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const hidden = low === 0 && this.hasBom && clamped > 0 ? 1 : 0;
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 - hidden };
  }
  /** The text starts with a byte order mark (U+FEFF), kept in `text` so that edits can remove it. */
  get hasBom() {
    return this.text.charCodeAt(0) === 65279;
  }
  /** The text of a 1-based line, without its line break (nor, on the first line, a byte order mark). */
  lineText(line2) {
    if (this.lineStarts[line2 - 1] === void 0) return "";
    const start = this.lineStarts[line2 - 1] + (line2 === 1 && this.hasBom ? 1 : 0);
    const next = this.lineStarts[line2];
    const end = next === void 0 ? this.text.length : next - 1;
    const raw2 = this.text.slice(start, end);
    return raw2.endsWith("\r") ? raw2.slice(0, -1) : raw2;
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  slice(span) {
    return this.text.slice(span.start, span.end);
  }
};
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeToml(bytes) {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    return { ok: false, offset: before.length, message: `invalid UTF-8 byte sequence at byte ${bad}` };
  }
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}
function sequenceLength(bytes, i) {
  const lead = bytes[i];
  if (lead < 128) return 1;
  const size = lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
  if (size === 0 || i + size > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + size));
    return size;
  } catch {
    return 0;
  }
}

// src/document/strings.ts
function stringLocator(source) {
  const located = /* @__PURE__ */ new WeakMap();
  return (node) => {
    let locator = located.get(node);
    if (!locator) {
      locator = locateString(source, node);
      located.set(node, locator);
    }
    return locator;
  };
}
function locateString(source, node) {
  const offsets = contentOffsets(source, node);
  const escapes2 = hasEscapes(node);
  return {
    spanOf(start, end) {
      const from = offsets[Math.max(0, Math.min(start, offsets.length - 1))];
      const last2 = end > start ? offsets[Math.min(end, offsets.length - 1) - 1] : from;
      return { start: from, end: end > start ? last2 + (escapes2 ? escapedLengthAt(source, last2) : 1) : from };
    }
  };
}
function contentOffsets(source, node) {
  const multiline = node.stringStyle?.startsWith("multiline") ?? false;
  const escapes2 = hasEscapes(node);
  let raw2 = node.span.start + (multiline ? 3 : 1);
  if (multiline) {
    if (source.startsWith("\r\n", raw2)) raw2 += 2;
    else if (source[raw2] === "\n") raw2 += 1;
  }
  const value = node.value;
  const offsets = [];
  let v = 0;
  while (v < value.length && raw2 < node.span.end) {
    const char = source[raw2];
    if (escapes2 && char === "\\") {
      const next = source[raw2 + 1];
      if (next === "u" || next === "U") {
        const width = next === "u" ? 4 : 8;
        const codePoint = parseInt(source.slice(raw2 + 2, raw2 + 2 + width), 16);
        const units = codePoint > 65535 ? 2 : 1;
        for (let k = 0; k < units; k++) offsets[v++] = raw2;
        raw2 += 2 + width;
        continue;
      }
      if (next === " " || next === "	" || next === "\r" || next === "\n") {
        raw2++;
        while (raw2 < node.span.end && /[ \t\r\n]/.test(source[raw2])) raw2++;
        continue;
      }
      offsets[v++] = raw2;
      raw2 += 2;
      continue;
    }
    if (char === "\r" && value[v] === "\n") raw2++;
    offsets[v++] = raw2;
    raw2++;
  }
  while (offsets.length <= value.length) offsets.push(Math.max(raw2, node.span.start));
  return offsets;
}
function hasEscapes(node) {
  return node.stringStyle === "basic" || node.stringStyle === "multiline-basic";
}
function escapedLengthAt(source, offset) {
  if (source[offset] !== "\\") return 1;
  const next = source[offset + 1];
  if (next === "u") return 6;
  if (next === "U") return 10;
  return 2;
}

// src/catalog/object-keys.ts
var MODULE_GROUPS = ["executors", "providers", "launchers", "channels", "monitoring", "data_provider"];
var OBJECT_KEYS = /* @__PURE__ */ new Map([
  ["executor", "executors"],
  ["executors", "executors"],
  ["provider", "providers"],
  ["providers", "providers"],
  ["launcher", "launchers"],
  ["launchers", "launchers"],
  ["channel", "channels"],
  ["channels", "channels"],
  ["monitoring", "monitoring"],
  ["data_provider", "data_provider"],
  ["data_providers", "data_provider"]
]);

// src/catalog/data.ts
import { readFileSync } from "node:fs";

// src/package-files.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageFile(relative) {
  root ??= findRoot(path.dirname(fileURLToPath(import.meta.url)));
  return path.join(root, relative);
}
function findRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`parsl-lint's package.json not found above ${start}`);
  }
}

// src/catalog/data.ts
var cache = /* @__PURE__ */ new Map();
function catalogJson(name) {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(packageFile(`catalog/${name}`), "utf8")));
  return cache.get(name);
}

// src/catalog/parsl.ts
var PARSL_RELEASES = catalogJson("history.json").releases;
function normalizeParslVersion(version) {
  const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(version.trim());
  return match ? `${match[1]}.${match[2].padStart(2, "0")}.${match[3].padStart(2, "0")}` : void 0;
}
function nearestParslRelease(version) {
  const canonical = normalizeParslVersion(version);
  if (canonical === void 0) {
    throw new Error(`Unknown parsl version "${version}"; did you mean one of ${PARSL_RELEASES.join(", ")}?`);
  }
  const nearest = PARSL_RELEASES.filter((release) => release <= canonical).at(-1);
  if (nearest === void 0) {
    throw new Error(`parsl ${version} is older than every catalogued parsl release (${PARSL_RELEASES.join(", ")})`);
  }
  return { release: nearest, catalogued: nearest === canonical };
}
var catalogs = /* @__PURE__ */ new Map();
function parslCatalog(version) {
  const known = catalogs.get(version);
  if (known) return known;
  const canonical = normalizeParslVersion(version);
  if (canonical === void 0 || !PARSL_RELEASES.includes(canonical)) {
    throw new Error(`Unknown parsl version "${version}"; did you mean one of ${PARSL_RELEASES.join(", ")}?`);
  }
  let catalog = catalogs.get(canonical);
  if (!catalog) {
    catalog = buildCatalog(catalogJson(`parsl-${canonical}.json`));
    catalogs.set(canonical, catalog);
  }
  catalogs.set(version, catalog);
  return catalog;
}
function toClassSpec(name, raw2) {
  const params = /* @__PURE__ */ new Map();
  for (const [param2, spec] of Object.entries(raw2.params)) params.set(param2, { name: param2, ...spec });
  return {
    name,
    group: raw2.group,
    typechecked: raw2.typechecked,
    abstract: raw2.abstract ?? false,
    batchScheduler: raw2.batchScheduler ?? false,
    params
  };
}
function buildCatalog(raw2) {
  const byGroup = new Map(MODULE_GROUPS.map((group) => [group, /* @__PURE__ */ new Map()]));
  let config;
  for (const name of Object.keys(raw2.classes).sort()) {
    const spec = toClassSpec(name, raw2.classes[name]);
    if (spec.group === "config") config = spec;
    else byGroup.get(spec.group).set(name, spec);
  }
  if (!config) throw new Error(`catalog/parsl-${raw2.parsl}.json has no Config`);
  const anyGroup = /* @__PURE__ */ new Map();
  for (const group of [...MODULE_GROUPS].reverse()) for (const [name, spec] of byGroup.get(group)) anyGroup.set(name, spec);
  return {
    version: raw2.parsl,
    config,
    classes: (group) => [...byGroup.get(group).values()],
    lookup: (group, name) => byGroup.get(group).get(name),
    findInAnyGroup: (name) => anyGroup.get(name),
    hasModule: (group) => raw2.modules[group]
  };
}

// src/catalog/qiime2.ts
var QIIME2_RELEASES = catalogJson("qiime2-releases.json").releases.map(
  (raw2) => ({ ...raw2, note: raw2.note })
);
var NEWEST_QIIME2_RELEASE = QIIME2_RELEASES.filter((release) => release.status === "released").at(-1);
function qiime2Release(version) {
  const match = /^(\d{4})\.(\d{1,2})(?:\.\d+)?$/.exec(version.trim());
  const name = match ? `${match[1]}.${Number(match[2])}` : void 0;
  const release = QIIME2_RELEASES.find((candidate) => candidate.version === name);
  if (!release) {
    const known = QIIME2_RELEASES.map((r) => r.status === "released" ? r.version : `${r.version} (in development)`);
    throw new Error(`Unknown QIIME 2 release "${version}"; did you mean one of ${known.join(", ")}?`);
  }
  return release;
}

// src/catalog/target.ts
function resolveTarget(request) {
  const qiime2 = request.qiime2 === void 0 && request.parsl !== void 0 ? void 0 : qiime2Release(request.qiime2 ?? NEWEST_QIIME2_RELEASE.version);
  if (request.parsl === void 0) return { qiime2, parsl: qiime2.parsl };
  const { release, catalogued } = nearestParslRelease(request.parsl);
  return catalogued ? { qiime2, parsl: release } : { qiime2, parsl: release, parslAsked: request.parsl };
}
function describeTarget(target) {
  return target.qiime2 ? `QIIME 2 ${target.qiime2.version} (parsl ${target.parsl})` : `parsl ${target.parsl}`;
}
function describeLoader(target) {
  return target.qiime2 ? describeTarget(target) : `QIIME 2 with ${describeTarget(target)}`;
}

// src/catalog/tomlkit.ts
var TOML_1_1_LIMITED = {
  tomlVersion: "1.1.0",
  depth: { kind: "parse-error", keyFragments: 100, valueNesting: 100 }
};
function tomlkitDialect(version) {
  if (atLeast(version, 15, 1)) return TOML_1_1_LIMITED;
  if (atLeast(version, 15, 0)) return { tomlVersion: "1.1.0", depth: TOMLKIT_RECURSION };
  return { tomlVersion: "1.0.0", depth: TOMLKIT_RECURSION };
}
function atLeast(version, minor, patch) {
  const [major = 0, mi = 0, pa = 0] = version.split(".").map(Number);
  return major > 0 || mi > minor || mi === minor && pa >= patch;
}
function tomlkitRefusesLateExtension(version, extension) {
  const between = extension.interruptions;
  if (extension.kind === "subtable") return !atLeast(version, 15, 1) || between.has("ancestor") || between.has("other-top-level");
  const notBeside = between.has("ancestor") || between.has("same-top-level") || between.has("other-top-level");
  return notBeside && atLeast(version, 13, 0) && !atLeast(version, 15, 1);
}
function describeReader(release) {
  const version = tomlkitDialect(release.tomlkit).tomlVersion === "1.1.0" ? "TOML 1.1" : "TOML 1.0";
  return `QIIME 2 ${release.version} reads the file with tomlkit ${release.tomlkit} (${version})`;
}
function readingRelease(target) {
  return target.qiime2 ?? NEWEST_QIIME2_RELEASE;
}
function targetDialect(target) {
  return tomlkitDialect(readingRelease(target).tomlkit);
}

// src/catalog/python-literal.ts
function pythonDefault(spec) {
  if (spec.default === null) return void 0;
  if (!literals.has(spec.default)) literals.set(spec.default, pythonLiteral(spec.default));
  return literals.get(spec.default);
}
var literals = /* @__PURE__ */ new Map();
var CONSTANTS = /* @__PURE__ */ new Map([
  ["None", null],
  ["True", true],
  ["False", false]
]);
var NUMBER = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
function pythonLiteral(source) {
  const text = source.trim();
  if (CONSTANTS.has(text)) return CONSTANTS.get(text);
  if (NUMBER.test(text)) return Number(text.replaceAll("_", ""));
  const string = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(text);
  if (!string) return void 0;
  const [, prefix = "", quote = "", body = ""] = string;
  if (quote.length === 1 && (body.includes("\n") || new RegExp(`(^|[^\\\\])(\\\\\\\\)*${quote}`).test(body))) return void 0;
  return prefix.toLowerCase() === "r" ? body : unescape(body);
}
var SIMPLE_ESCAPES = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function unescape(body) {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code) => {
    if (code in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[code];
    if (/^[xuU]/.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return whole;
  });
}

// src/catalog/history.ts
var raw = () => catalogJson("history.json");
function toChange(change) {
  return change && { release: change.release, exact: change.exact, after: change.after, reference: change.reference };
}
function toHistory(entry, range) {
  return {
    firstSeen: entry.firstSeen ?? range.firstSeen,
    lastSeen: entry.lastSeen ?? range.lastSeen,
    appeared: toChange(entry.appeared),
    deprecated: toChange(entry.deprecated),
    removed: toChange(entry.removed),
    renamedTo: entry.renamedTo,
    note: entry.note,
    changes: (entry.changes ?? []).map((change) => ({ ...toChange(change), from: change.from ?? {}, to: change.to ?? {} }))
  };
}
function classIn(version, className) {
  const catalog = parslCatalog(version);
  return className === "Config" ? catalog.config : catalog.findInAnyGroup(className);
}
var classHistories = /* @__PURE__ */ new Map();
var paramHistories = /* @__PURE__ */ new Map();
function classHistory(className) {
  if (!classHistories.has(className)) classHistories.set(className, readClassHistory(className));
  return classHistories.get(className);
}
function readClassHistory(className) {
  const all = { firstSeen: PARSL_RELEASES[0], lastSeen: PARSL_RELEASES.at(-1) };
  const entry = Object.hasOwn(raw().classes, className) ? raw().classes[className] : void 0;
  if (entry) return toHistory(entry, all);
  return classIn(all.lastSeen, className) ? toHistory({}, all) : void 0;
}
function paramHistory(className, param2) {
  const key = `${className}\0${param2}`;
  if (!paramHistories.has(key)) paramHistories.set(key, readParamHistory(className, param2));
  return paramHistories.get(key);
}
function readParamHistory(className, param2) {
  const klass = classHistory(className);
  if (!klass) return void 0;
  const byParam = Object.hasOwn(raw().params, className) ? raw().params[className] : {};
  const entry = Object.hasOwn(byParam, param2) ? byParam[param2] : void 0;
  if (entry) return toHistory(entry, klass);
  return classIn(klass.lastSeen, className)?.params.has(param2) ? toHistory({}, klass) : void 0;
}
function describeChange(change) {
  return change.exact || change.after === void 0 ? `in parsl ${change.release}` : `between parsl ${change.after} and ${change.release}`;
}

// src/catalog/annotation.ts
var ANY = { kind: "any" };
function parseAnnotation(annotation) {
  if (annotation === null) return ANY;
  let type = annotations.get(annotation);
  if (type === void 0) annotations.set(annotation, type = readAnnotation(annotation));
  return type;
}
var annotations = /* @__PURE__ */ new Map();
function readAnnotation(annotation) {
  try {
    const parser = new Parser(annotation);
    const type = parser.union();
    return parser.atEnd() ? type : ANY;
  } catch {
    return ANY;
  }
}
var SCALARS = /* @__PURE__ */ new Set(["int", "float", "bool", "str"]);
var Parser = class {
  tokens;
  index = 0;
  constructor(text) {
    this.tokens = text.match(/'[^']*'|"[^"]*"|[\w.]+|[[\],|]/g) ?? [];
  }
  atEnd() {
    return this.index === this.tokens.length;
  }
  /** `A | B | …` */
  union() {
    const members = [this.primary()];
    while (this.peek() === "|") {
      this.index++;
      members.push(this.primary());
    }
    return members.length === 1 ? members[0] : { kind: "union", members };
  }
  primary() {
    const token = this.next();
    if (token === "[") {
      this.arguments("]");
      return ANY;
    }
    if (/^['"]/.test(token)) return { kind: "literal", values: [token.slice(1, -1)] };
    const args = this.peek() === "[" ? (this.index++, this.arguments("]")) : [];
    return fromName(token.replace(/^typing\./, ""), args);
  }
  arguments(close) {
    const args = [];
    while (this.peek() !== close) {
      args.push(this.union());
      if (this.peek() === ",") this.index++;
    }
    this.index++;
    return args;
  }
  peek() {
    return this.tokens[this.index];
  }
  next() {
    const token = this.tokens[this.index++];
    if (token === void 0) throw new Error("unexpected end of annotation");
    return token;
  }
};
function fromName(name, args) {
  if (name === "None") return { kind: "none" };
  if (SCALARS.has(name)) return { kind: name };
  switch (name) {
    case "Any":
      return ANY;
    case "Optional":
      return { kind: "union", members: [args[0] ?? ANY, { kind: "none" }] };
    case "Union":
      return { kind: "union", members: args };
    case "Literal":
      return { kind: "literal", values: args.flatMap((arg) => arg.kind === "literal" ? arg.values : []) };
    case "List":
    case "list":
    case "Iterable":
      return { kind: "list", item: args[0] ?? ANY };
    case "Sequence":
      return { kind: "sequence", item: args[0] ?? ANY };
    case "Tuple":
    case "tuple":
      return { kind: "tuple" };
    case "Dict":
    case "dict":
    case "Mapping":
      return { kind: "dict", value: args[1] ?? ANY };
    case "Callable":
      return { kind: "callable" };
    default:
      return { kind: "class", name: name.split(".").at(-1) };
  }
}

// src/catalog/modules.ts
function moduleImportError(target, group) {
  if (group === "launchers" && target.qiime2 && !target.qiime2.launcherTables) {
    const fixed = QIIME2_RELEASES.find((release) => release.launcherTables).version;
    return `QIIME 2 ${target.qiime2.version} looks launchers up in the module parsl.launcher, which does not exist, so it fails with ModuleNotFoundError: No module named 'parsl.launcher' (fixed in QIIME 2 ${fixed})`;
  }
  if (parslCatalog(target.parsl).hasModule(group)) return void 0;
  return `parsl ${target.parsl} has no module parsl.${group}${removal(group)}: ${describeLoader(target)} fails with ModuleNotFoundError: No module named 'parsl.${group}'`;
}
function removal(group) {
  const last2 = PARSL_RELEASES.filter((version) => parslCatalog(version).hasModule(group)).at(-1);
  const lastClass = last2 === void 0 ? void 0 : parslCatalog(last2).classes(group)[0];
  const removed = lastClass && classHistory(lastClass.name)?.removed;
  return removed ? ` (removed ${describeChange(removed)}${removed.reference ? `, ${removed.reference}` : ""})` : "";
}

// src/catalog/strategies.ts
var STRATEGIES = ["none", "simple", "htex_auto_scale"];

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

// src/document/tree.ts
function isTable(node) {
  return node?.kind === "table";
}
function isString2(node) {
  return node?.kind === "scalar" && node.type === "string";
}
function entrySpan(entry) {
  return { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.value.span.end) };
}
function entryAnchor(entry) {
  const value = entry.value;
  if (value.kind === "table" && value.origin === "header" || value.kind === "array" && value.ofTables) return value.span;
  return entry.keySpan;
}

// src/model/build.ts
function buildModel(document) {
  const parsl = document.root.entries.get("parsl");
  const parslTable = isTable(parsl?.value) ? parsl.value : void 0;
  const configParams = new Map(parslTable ? [...parslTable.entries].filter(([key]) => key !== "executor_mapping") : []);
  const objects = [];
  const topLevel = [...configParams.values()].flatMap((entry) => objectsUnder(entry, void 0, objects));
  const executorsEntry = configParams.get("executors");
  const executors = topLevel.filter((object) => object.entry === executorsEntry);
  const mappingEntry = parslTable?.entries.get("executor_mapping");
  return {
    document,
    parsl,
    parslTable,
    configParams,
    executorsEntry,
    executors,
    objects,
    mapping: mappingEntry ? buildMapping(mappingEntry) : void 0
  };
}
function objectsUnder(entry, parent, all) {
  const group = OBJECT_KEYS.get(entry.key);
  if (!group) return [];
  const nodes = entry.value.kind === "array" ? entry.value.items : [entry.value];
  return nodes.map((node) => buildObject(group, entry, node, parent, all));
}
function buildObject(group, entry, node, parent, all) {
  const table = isTable(node) ? node : void 0;
  const classEntry = table?.entries.get("class");
  const className = classEntry?.value.kind === "scalar" && classEntry.value.type === "string" ? classEntry.value.value : void 0;
  const params = new Map(table ? [...table.entries].filter(([key]) => key !== "class") : []);
  const children2 = [];
  const object = { group, entry, node, table, classEntry, className, params, children: children2, parent };
  all.push(object);
  for (const param2 of params.values()) children2.push(...objectsUnder(param2, object, all));
  if (group === "executors") object.provider = children2.find((child) => child.entry.key === "provider");
  return object;
}
function buildMapping(entry) {
  const flat = [];
  const perPlugin = [];
  if (isTable(entry.value)) {
    for (const outer of entry.value.entries.values()) {
      if (isTable(outer.value)) {
        for (const inner of outer.value.entries.values()) perPlugin.push({ plugin: outer, action: inner, label: inner.value });
      } else {
        flat.push({ plugin: void 0, action: outer, label: outer.value });
      }
    }
  }
  return { entry, flat, perPlugin };
}

// src/document/edits.ts
function lineAround(text, span) {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  const end = newline === -1 ? text.length : newline;
  const alone = text.slice(start, span.start).trim() === "" && /^[ \t]*(#.*)?\r?$/.test(text.slice(span.end, end));
  return { start, end, alone };
}
function removeLine(text, line2) {
  return { start: line2.start, end: Math.min(line2.end + 1, text.length), text: "" };
}
function removeEntryLine(text, entry) {
  const line2 = lineAround(text, entrySpan(entry));
  return line2.alone ? removeLine(text, line2) : void 0;
}
function moveEntryEdits(text, entry, destination) {
  if (destination.origin !== "header" && destination.origin !== "array-header" || destination.entries.has(entry.key)) return void 0;
  const line2 = lineAround(text, entrySpan(entry));
  if (!line2.alone) return void 0;
  const lastValue = lastValueEnd(destination);
  const after = lineAround(text, { start: lastValue, end: lastValue });
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(lastValue, after.end))) return void 0;
  const newline = text[after.end - 1] === "\r" ? "\r\n" : "\n";
  const moved = text.slice(entry.keySpan.start, line2.end).replace(/\r$/, "");
  const insertAt = Math.min(after.end + 1, text.length);
  return [removeLine(text, line2), { start: insertAt, end: insertAt, text: after.end === text.length ? `${newline}${moved}` : `${moved}${newline}` }];
}
function lastValueEnd(table) {
  const inline = [...table.entries.values()].filter(({ value }) => value.kind === "table" ? value.origin === "inline" : value.kind === "scalar" || !value.ofTables);
  return Math.max(table.span.end, ...inline.map((entry) => entry.value.span.end));
}
function replace(at, text) {
  const span = "span" in at ? at.span : at;
  return { start: span.start, end: span.end, text };
}

// src/fixes/toml-string.ts
var SHORT_ESCAPES = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "	": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
function tomlBasicString(value) {
  const escaped = value.replace(/["\\\u0000-\u001f\u007f]/g, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `"${escaped}"`;
}
function tomlStringContent(style, text) {
  switch (style) {
    case "basic":
      return tomlBasicString(text).slice(1, -1);
    case "multiline-basic":
      return text.replace(/[\\\u0000-\u0008\u000b-\u001f\u007f]|"(?="")/g, (char) => char === '"' ? '\\"' : tomlBasicString(char).slice(1, -1));
    case "literal":
      return /['\u0000-\u0008\u000a-\u001f\u007f]/.test(text) ? void 0 : text;
    case "multiline-literal":
      return text.includes("'''") || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text) ? void 0 : text;
  }
}

// src/scheduler/cobalt/adapter.ts
var cobalt = {
  name: "Cobalt",
  providers: ["CobaltProvider"],
  submitCommand: "qsub",
  reads: [],
  longOptions: false,
  walltime: { use: "minutes", writtenAs: "qsub -t <minutes> (command line)", source: "parsl/providers/cobalt/cobalt.py submit()" }
};

// src/scheduler/condor/adapter.ts
var condor = {
  name: "HTCondor",
  providers: ["CondorProvider"],
  submitCommand: "condor_submit",
  reads: [],
  longOptions: false,
  walltime: { use: "unused", source: "parsl/providers/condor/condor.py (only passed to ClusterProvider)" },
  nodeFields: { cores: "cores_per_slot", memory: "mem_per_slot" }
};

// src/scheduler/reading.ts
function fromDirectiveScan(scan, overrides, options = {}) {
  const judged = overrides.map((found) => {
    const advice2 = options.advice?.get(found.key);
    return { ...found, ...advice2 && { advice: advice2 }, ...options.userMayReplace?.has(found.key) && { userMayReplace: true } };
  });
  return { lines: scan.lines, ...scan.headerEnd !== void 0 && { headerEnd: scan.headerEnd }, ignored: scan.issues, overrides: judged, refusals: [] };
}

// src/scheduler/rendered-script.ts
function blockName(context) {
  return `parsl.${context.executorLabel ?? "HighThroughputExecutor"}.block-0`;
}
function jobName(context) {
  return `${blockName(context)}.1700000000.0`;
}
function scriptDir(context) {
  return context.scriptDir ?? "/path/to/runinfo/000/submit_scripts";
}
function templatePiece(text, field) {
  return { text, source: "template", ...field && { field } };
}
function fieldPiece(source, field, text) {
  return { text, source, field, fieldOffset: 0 };
}
function assembleScript(pieces) {
  const placed = [];
  let offset = 0;
  for (const piece of pieces) {
    placed.push({ piece, start: offset, end: offset + piece.text.length });
    offset += piece.text.length;
  }
  const text = pieces.map((piece) => piece.text).join("");
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const lines = [];
  let start = 0;
  for (const [index, lineText] of body.split("\n").entries()) {
    const end = start + lineText.length;
    const owner = placed.find((entry) => entry.start <= start && start < entry.end);
    const verbatim = placed.find((entry) => entry.piece.fieldOffset !== void 0 && entry.start <= end && entry.end >= start);
    let fieldText;
    if (verbatim !== void 0) {
      const from = Math.max(verbatim.start, start);
      const to = Math.min(verbatim.end, end);
      fieldText = { column: from - start, offset: verbatim.piece.fieldOffset + (from - verbatim.start), length: to - from };
    }
    const { source, field } = owner.piece;
    lines.push({ index, text: lineText, start, source, ...field && { field }, ...fieldText && { fieldText } });
    start = end + 1;
  }
  return { text, lines };
}
function locateInField(script, span) {
  const line2 = script.lines.find((candidate) => candidate.start <= span.start && span.start <= candidate.start + candidate.text.length);
  if (line2?.fieldText === void 0 || line2.field === void 0) return void 0;
  const from = line2.start + line2.fieldText.column;
  if (span.start < from || span.end > from + line2.fieldText.length) return void 0;
  return { field: line2.field, start: line2.fieldText.offset + (span.start - from), end: line2.fieldText.offset + (span.end - from) };
}
function pythonInt(value) {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}
function isUserLine(line2) {
  return line2.source === "scheduler_options" || line2.source === "worker_init";
}

// src/scheduler/overrides.ts
function lastWins(settings, why) {
  const last2 = /* @__PURE__ */ new Map();
  for (const setting2 of settings) last2.set(setting2.key, setting2);
  const overrides = [];
  for (const setting2 of settings) {
    const kept = last2.get(setting2.key);
    if (kept !== setting2) overrides.push({ key: setting2.key, lost: setting2, kept, why });
  }
  return overrides;
}
function firstWins(settings, why) {
  const first = /* @__PURE__ */ new Map();
  const overrides = [];
  for (const setting2 of settings) {
    const kept = first.get(setting2.key);
    if (kept === void 0) first.set(setting2.key, setting2);
    else overrides.push({ key: setting2.key, lost: setting2, kept, why });
  }
  return overrides;
}
function commandLineWins(settings, commandLine2, why) {
  const first = /* @__PURE__ */ new Map();
  for (const option2 of commandLine2) if (!first.has(option2.key)) first.set(option2.key, option2);
  const overrides = [];
  for (const setting2 of settings) {
    const option2 = first.get(setting2.key);
    if (option2 !== void 0) overrides.push({ key: setting2.key, lost: setting2, kept: option2, why });
  }
  return overrides;
}

// src/scheduler/grid-engine/header.ts
function renderGridEngineHeader(fields, context = {}) {
  const job = jobName(context);
  const dir = scriptDir(context);
  return assembleScript([
    templatePiece("#!/bin/bash\n#$ -S /bin/bash\n"),
    templatePiece(`#$ -o ${dir}/${job}.submit.stdout
#$ -e ${dir}/${job}.submit.stderr
#$ -cwd
`),
    templatePiece(`#$ -l h_rt=${fields.walltime}
`, "walltime"),
    fieldPiece("scheduler_options", "scheduler_options", fields.scheduler_options),
    { text: "\n", source: "scheduler_options", field: "scheduler_options" },
    templatePiece("\n"),
    fieldPiece("worker_init", "worker_init", fields.worker_init),
    templatePiece(`

export JOBNAME="${job}"
`)
  ]);
}
function gridEngineOverrides(settings) {
  return lastWins(settings, "Grid Engine reads directives from top to bottom and keeps the last value of a resource");
}

// src/scheduler/directive-scan.ts
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (const [index, lineText] of text.split("\n").entries()) {
    lines.push({ index, text: lineText, span: { start, end: start + lineText.length } });
    start += lineText.length + 1;
  }
  return lines;
}
function isCSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\v" || char === "\f" || char === "\r";
}
function commentOrCommand(line2) {
  for (const char of line2) {
    if (isCSpace(char)) continue;
    return char === "#" ? "comment" : "command";
  }
  return "blank";
}
function leadingBlanks(line2) {
  let count2 = 0;
  while (count2 < line2.length && isCSpace(line2[count2])) count2++;
  return count2;
}
function isBareShortOption(line2) {
  return /^[ \t]*-[A-Za-z]/.test(line2);
}
function missingPrefix(line2, prefix, consequence2) {
  const indent = leadingBlanks(line2.text);
  const at = line2.span.start + indent;
  return {
    kind: "missing-prefix",
    span: { start: at, end: line2.span.end },
    line: line2.index,
    message: `this line has no "${prefix}" prefix, so it is not a directive: ${consequence2}`,
    repair: { span: { start: line2.span.start, end: at }, text: `${prefix} `, description: `start the line with "${prefix} "` }
  };
}

// src/scheduler/grid-engine/directives.ts
var GRID_ENGINE_PREFIX = "#$";
function scanGridEngineScript(text) {
  const lines = [];
  const issues = [];
  const settings = [];
  for (const line2 of splitLines(text)) {
    if (line2.text.startsWith(GRID_ENGINE_PREFIX)) {
      lines.push({ index: line2.index, span: line2.span, kind: "directive" });
      settings.push(...hardResources(line2.text, line2.span.start, line2.index));
      continue;
    }
    const kind = commentOrCommand(line2.text);
    lines.push({ index: line2.index, span: line2.span, kind });
    const indent = line2.text.length - line2.text.trimStart().length;
    if (kind === "comment" && indent > 0 && line2.text.startsWith(GRID_ENGINE_PREFIX, indent)) {
      issues.push({
        kind: "lookalike-directive",
        span: { start: line2.span.start + indent, end: line2.span.start + line2.text.trimEnd().length },
        line: line2.index,
        message: `qsub reads "${GRID_ENGINE_PREFIX}" directives only at the very start of a line, so this indented one is a plain comment`,
        repair: { span: { start: line2.span.start, end: line2.span.start + indent }, text: "", description: `move "${GRID_ENGINE_PREFIX}" to the start of the line` }
      });
    } else if (kind === "command" && isBareShortOption(line2.text)) {
      issues.push(missingPrefix(line2, GRID_ENGINE_PREFIX, "qsub ignores it, and the job runs it as a shell command"));
    }
  }
  return { lines, issues, settings };
}
function hardResources(line2, lineStart, index) {
  const settings = [];
  const comment = line2.indexOf("#", GRID_ENGINE_PREFIX.length);
  const body = comment < 0 ? line2 : line2.slice(0, comment);
  const words2 = [...body.slice(GRID_ENGINE_PREFIX.length).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: lineStart + GRID_ENGINE_PREFIX.length + match.index
  }));
  let hard = true;
  for (let at = 0; at < words2.length; at++) {
    const word = words2[at];
    if (word.text === "-hard" || word.text === "-soft") hard = word.text === "-hard";
    if (word.text !== "-l" || at + 1 >= words2.length) continue;
    const list = words2[++at];
    if (!hard) continue;
    let offset = 0;
    for (const item of list.text.split(",")) {
      const name = item.split("=")[0];
      const start = offset === 0 ? word.start : list.start + offset;
      if (name !== "") settings.push({ key: `-l ${name}`, text: `-l ${item}`, span: { start, end: list.start + offset + item.length }, line: index });
      offset += item.length + 1;
    }
  }
  return settings;
}

// src/scheduler/grid-engine/adapter.ts
var gridEngine = {
  name: "Grid Engine",
  providers: ["GridEngineProvider"],
  submitCommand: "qsub",
  directivePrefix: "#$",
  reads: ["#$"],
  longOptions: false,
  walltime: { use: "verbatim", writtenAs: "#$ -l h_rt=<walltime>", source: "parsl/providers/grid_engine/grid_engine.py submit()" },
  job: {
    fields: { strings: ["walltime", "scheduler_options", "worker_init"], integers: [], booleans: [] },
    render: (_providerClass, fields, context) => renderGridEngineHeader(fields, context),
    read(_providerClass, script) {
      const scan = scanGridEngineScript(script.text);
      return fromDirectiveScan(scan, gridEngineOverrides(scan.settings), { advice: /* @__PURE__ */ new Map([["-l h_rt", "set walltime instead"]]) });
    }
  }
};

// src/scheduler/walltime.ts
function parslWalltimeToMinutes(text) {
  const fields = text.split(":");
  if (fields.length < 3) {
    return { ok: false, reason: `ValueError: not enough values to unpack (expected 3, got ${fields.length})` };
  }
  if (fields.length > 3) return { ok: false, reason: "ValueError: too many values to unpack (expected 3)" };
  let total = 0n;
  for (const [field, factor] of [
    [fields[0], 60n],
    [fields[1], 1n]
  ]) {
    const value = pythonInt2(field);
    if (value === void 0) {
      return { ok: false, reason: `ValueError: invalid literal for int() with base 10: ${pythonRepr(field)}` };
    }
    total += value * factor;
  }
  const minutes = Number(total);
  if (minutes < 1) {
    return { ok: true, minutes, warning: `Time string '${text}' parsed to ${minutes} minutes, less than 1` };
  }
  return { ok: true, minutes };
}
function pythonInt2(text) {
  const ascii = /^[\x00-\x7e]*$/.test(text) ? text : mappedToAscii(text);
  if (ascii === void 0) return void 0;
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d(?:_?\d)*)[ \t\n\v\f\r]*$/.exec(ascii);
  if (match === null) return void 0;
  const magnitude = BigInt(match[2].replaceAll("_", ""));
  return match[1] === "-" ? -magnitude : magnitude;
}
function mappedToAscii(text) {
  let ascii = "";
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 127) ascii += char;
    else if (PYTHON_NON_ASCII_SPACES.has(code)) ascii += " ";
    else {
      const digit = unicodeDecimalValue(char);
      if (digit === void 0) return void 0;
      ascii += String(digit);
    }
  }
  return ascii;
}
var PYTHON_NON_ASCII_SPACES = /* @__PURE__ */ new Set([
  133,
  160,
  5760,
  8192,
  8193,
  8194,
  8195,
  8196,
  8197,
  8198,
  8199,
  8200,
  8201,
  8202,
  8232,
  8233,
  8239,
  8287,
  12288
]);
function unicodeDecimalValue(char) {
  const isDecimal = (code2) => new RegExp("\\p{Nd}", "u").test(String.fromCodePoint(code2));
  let code = char.codePointAt(0);
  if (!isDecimal(code)) return void 0;
  const start = code;
  while (isDecimal(code - 1)) code--;
  return (start - code) % 10;
}
function pythonRepr(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === "\\" || char === quote) body += `\\${char}`;
    else if (char === "	") body += "\\t";
    else if (char === "\n") body += "\\n";
    else if (char === "\r") body += "\\r";
    else if (char !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(char)) {
      if (code < 256) body += `\\x${code.toString(16).padStart(2, "0")}`;
      else if (code < 65536) body += `\\u${code.toString(16).padStart(4, "0")}`;
      else body += `\\U${code.toString(16).padStart(8, "0")}`;
    } else body += char;
  }
  return quote + body + quote;
}

// src/scheduler/lsf/header.ts
function renderLsfHeader(fields, context = {}) {
  const job = jobName(context);
  const dir = scriptDir(context);
  const walltime = parslWalltimeToMinutes(fields.walltime);
  const pieces = [templatePiece("#!/bin/bash\n\n")];
  if (walltime.ok) pieces.push(templatePiece(`#BSUB -W ${pythonInt(walltime.minutes)}
`, "walltime"));
  pieces.push(
    templatePiece(`#BSUB -J ${job}
#BSUB -o ${dir}/${job}.submit.stdout
#BSUB -e ${dir}/${job}.submit.stderr
`),
    fieldPiece("scheduler_options", "scheduler_options", fields.scheduler_options),
    { text: "\n", source: "scheduler_options", field: "scheduler_options" }
  );
  if (fields.project) pieces.push({ text: `#BSUB -P ${fields.project}
`, source: "appended", field: "project" });
  if (fields.queue) pieces.push({ text: `#BSUB -q ${fields.queue}
`, source: "appended", field: "queue" });
  pieces.push(...resourceRequest(fields));
  pieces.push(
    templatePiece("\n\n"),
    fieldPiece("worker_init", "worker_init", fields.worker_init),
    templatePiece(`

export JOBNAME="${job}"
`)
  );
  return assembleScript(pieces);
}
function resourceRequest(fields) {
  if (fields.request_by_nodes) {
    return [{ text: `#BSUB -nnodes ${pythonInt(fields.nodes_per_block)}
`, source: "appended", field: "nodes_per_block" }];
  }
  const { cores_per_block: perBlock, cores_per_node: perNode2 } = fields;
  if (perBlock === void 0 || perBlock === null || !perNode2) return [];
  return [
    { text: `#BSUB -n ${pythonInt(perBlock)}
`, source: "appended", field: "cores_per_block" },
    { text: `#BSUB -R "span[ptile=${pythonInt(perNode2)}]"
`, source: "appended", field: "cores_per_node" }
  ];
}

// src/scheduler/lsf/directives.ts
var LSF_PREFIX = "#BSUB";
function scanLsfScript(text) {
  const lines = [];
  const issues = [];
  for (const line2 of splitLines(text)) {
    const kind = line2.text.startsWith(LSF_PREFIX) ? "directive" : commentOrCommand(line2.text);
    lines.push({ index: line2.index, span: line2.span, kind });
    if (kind === "comment" && looksLikeBsub(line2.text)) {
      issues.push({
        kind: "lookalike-directive",
        span: { start: line2.span.start + line2.text.length - line2.text.trimStart().length, end: line2.span.start + line2.text.trimEnd().length },
        line: line2.index,
        message: `this looks like a directive but is a plain comment to bsub, which reads only lines starting with "${LSF_PREFIX}" in upper case: ${JSON.stringify(line2.text.trim())}`
      });
    } else if (kind === "command" && isBareShortOption(line2.text)) {
      issues.push(missingPrefix(line2, LSF_PREFIX, "bsub ignores it, and the job runs it as a shell command"));
    }
  }
  return { lines, issues };
}
function looksLikeBsub(line2) {
  return /^[ \t]*#[ \t]*bsub[ \t]*-/i.test(line2) && !line2.trimStart().startsWith(LSF_PREFIX);
}

// src/scheduler/lsf/adapter.ts
var lsf = {
  name: "LSF",
  providers: ["LSFProvider"],
  submitCommand: "bsub",
  directivePrefix: "#BSUB",
  reads: ["#BSUB"],
  longOptions: false,
  walltime: { use: "minutes", writtenAs: "#BSUB -W <minutes>", source: "parsl/providers/lsf/lsf.py submit()" },
  job: {
    fields: {
      strings: ["walltime", "scheduler_options", "worker_init", "project", "queue"],
      integers: ["nodes_per_block", "cores_per_block", "cores_per_node"],
      booleans: ["request_by_nodes"]
    },
    render: (_providerClass, fields, context) => renderLsfHeader(fields, context),
    read: (_providerClass, script) => fromDirectiveScan(scanLsfScript(script.text), [])
  }
};

// src/scheduler/pbs/header.ts
var TASKS_PER_NODE = 1;
function renderPbsHeader(provider, fields, context = {}) {
  const block = blockName(context);
  const dir = scriptDir(context);
  const pieces = provider === "PBSProProvider" ? pbsProPieces(fields, block, dir) : torquePieces(fields, block, dir);
  return { ...assembleScript(pieces), commandLine: commandLine(fields) };
}
function pbsProPieces(fields, blockName2, scriptDir2) {
  const job = `${blockName2}.1700000000.0`;
  const selectOptions = fields.select_options;
  const select = selectOptions && !selectOptions.startsWith(":") ? `:${selectOptions}` : selectOptions;
  return [
    templatePiece(`#!/bin/bash

#PBS -S /bin/bash
#PBS -N ${job}
#PBS -m n
`),
    templatePiece(`#PBS -l walltime=${fields.walltime}
`, "walltime"),
    templatePiece(`#PBS -l select=${pythonInt(fields.nodes_per_block)}:ncpus=${pythonInt(fields.cpus_per_node)}${select}
`, "nodes_per_block"),
    templatePiece(`#PBS -o ${scriptDir2}/${job}.stdout
#PBS -e ${scriptDir2}/${job}.stderr
`),
    ...userString("scheduler_options", fields.scheduler_options),
    templatePiece("\n"),
    ...userString("worker_init", fields.worker_init),
    templatePiece(`
export JOBNAME="${job}"
`)
  ];
}
function torquePieces(fields, blockName2, scriptDir2) {
  const job = `parsl.${blockName2}.1700000000.0`;
  return [
    templatePiece("#!/bin/bash\n\n"),
    ...userString("scheduler_options", fields.scheduler_options),
    templatePiece(`#PBS -S /bin/bash
#PBS -N ${job}
#PBS -m n
`),
    templatePiece(`#PBS -l walltime=${fields.walltime}
`, "walltime"),
    templatePiece(`#PBS -l nodes=${pythonInt(fields.nodes_per_block)}:ppn=${TASKS_PER_NODE}
`, "nodes_per_block"),
    templatePiece(`#PBS -o ${scriptDir2}/${job}.submit.stdout
#PBS -e ${scriptDir2}/${job}.submit.stderr

`),
    ...userString("worker_init", fields.worker_init),
    templatePiece(`
export JOBNAME="${job}"
`)
  ];
}
function userString(field, text) {
  return [fieldPiece(field, field, text), { text: "\n", source: field, field }];
}
function commandLine(fields) {
  const options = [];
  if (fields.queue !== void 0 && fields.queue !== null) options.push({ key: "-q", text: `-q ${fields.queue}`, field: "queue" });
  if (fields.account !== void 0 && fields.account !== null) options.push({ key: "-A", text: `-A ${fields.account}`, field: "account" });
  return options;
}
var SINGLE_VALUED = /* @__PURE__ */ new Set(["-A", "-N", "-S", "-e", "-m", "-o", "-q"]);
function pbsOverrides(provider, written2, commandLine2) {
  const settings = written2.filter((setting2) => setting2.key.startsWith("-l ") || SINGLE_VALUED.has(setting2.key));
  const onCommandLine = (setting2) => commandLine2.some((option2) => option2.key === setting2.key);
  const overrides = commandLineWins(settings, commandLine2, "options on qsub's command line take precedence over #PBS directives");
  const inScript = settings.filter((setting2) => !onCommandLine(setting2));
  if (provider === "TorqueProvider") return [...overrides, ...lastWins(inScript, "Torque keeps the last value a script sets")];
  const isResource = (setting2) => setting2.key.startsWith("-l ");
  return [
    ...overrides,
    ...firstWins(inScript.filter(isResource), "PBS Pro keeps the first value a script gives a -l resource"),
    ...lastWins(
      inScript.filter((setting2) => !isResource(setting2)),
      "PBS Pro keeps the last occurrence of an option in a script"
    )
  ];
}

// src/scheduler/pbs/directives.ts
var OPTION_LETTERS = {
  pbspro: "a:A:c:C:e:fhIj:J:k:l:m:M:N:o:p:q:r:R:S:u:v:VW:XzP:",
  torque: "a:A:b:c:C:d:D:e:EfF:hi:Ij:J:k:K:l:L:m:M:nN:o:p:P:q:r:S:t:T:u:v:Vw:W:Xxz"
};
var PBS_PREFIX = "#PBS";
function scanPbsScript(text, flavour) {
  const lines = [];
  const issues = [];
  const settings = [];
  let headerEnd;
  const all = splitLines(text);
  for (let index = 0; index < all.length; index++) {
    const line2 = all[index];
    if (!isDirective(line2.text)) {
      const kind = commentOrCommand(line2.text);
      if (headerEnd === void 0 && isExecutable(line2.text)) headerEnd = index;
      if (kind === "comment" && looksLikePbsDirective(line2.text)) issues.push(lookalike(line2));
      lines.push({ index, span: line2.span, kind });
      continue;
    }
    if (headerEnd !== void 0) {
      issues.push(afterHeaderEnd(line2));
      lines.push({ index, span: line2.span, kind: "ignored-directive" });
      continue;
    }
    const parts = [line2];
    while (continues(parts.at(-1).text, flavour) && index + 1 < all.length) parts.push(all[++index]);
    for (const part of parts) lines.push({ index: part.index, span: part.span, kind: "directive" });
    settings.push(...readOptions(splitArguments(directiveChars(parts, flavour)), flavour));
  }
  return { lines, ...headerEnd !== void 0 && { headerEnd }, issues, settings };
}
function isDirective(line2) {
  return line2.startsWith(PBS_PREFIX, leadingBlanks(line2));
}
function isExecutable(line2) {
  if (line2.startsWith(":") || line2.startsWith("#!")) return false;
  return commentOrCommand(line2) === "command";
}
function continues(line2, flavour) {
  return flavour === "pbspro" ? /\\[ \t\v\f\r]*$/.test(line2) : line2.endsWith("\\");
}
function directiveChars(parts, flavour) {
  const chars = [];
  const offsets = [];
  const lines = [];
  for (const [position, part] of parts.entries()) {
    let from = position === 0 ? leadingBlanks(part.text) + PBS_PREFIX.length : 0;
    let to = part.text.length;
    if (position < parts.length - 1) to = flavour === "pbspro" ? part.text.search(/\\[ \t\v\f\r]*$/) : to - 1;
    for (; from < to; from++) {
      chars.push(part.text[from]);
      offsets.push(part.span.start + from);
      lines.push(part.index);
    }
  }
  return { chars: chars.join(""), offsets, lines };
}
function splitArguments({ chars, offsets, lines }) {
  const args = [];
  let text = "";
  let at = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) args.push({ text, offsets: at, span: { start: offsets[start], end: offsets[end] + 1 }, line: lines[start] });
    text = "";
    at = [];
    start = -1;
  };
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index];
    if (isCSpace(char)) {
      flush();
      continue;
    }
    if (start < 0) start = index;
    if (char === '"' || char === "'") {
      const close = chars.indexOf(char, index + 1);
      if (close < 0) return [];
      for (let inner = index + 1; inner < close; inner++) {
        text += chars[inner];
        at.push(offsets[inner]);
      }
      index = close;
    } else if (char === "\\" && index + 1 < chars.length) {
      index++;
      text += chars[index];
      at.push(offsets[index]);
    } else {
      text += char;
      at.push(offsets[index]);
    }
    end = index;
  }
  flush();
  return args;
}
function readOptions(args, flavour) {
  const letters = OPTION_LETTERS[flavour];
  const settings = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg.text === "--") break;
    if (!/^-[^-]/.test(arg.text)) continue;
    for (let position = 1; position < arg.text.length; position++) {
      const letter = arg.text[position];
      const at = letters.indexOf(letter);
      if (at < 0 || letter === ":") return settings;
      if (letters[at + 1] !== ":") {
        settings.push(option(letter, void 0, arg.offsets[position === 1 ? 0 : position], arg.offsets[position] + 1, arg.line));
        continue;
      }
      const attached = position + 1 < arg.text.length;
      const value = attached ? slice(arg, position + 1) : args[++index];
      if (value === void 0) return settings;
      const from = arg.offsets[position === 1 ? 0 : position];
      if (letter === "l") settings.push(...resources(value, from, arg.line));
      else settings.push(option(letter, value.text, from, value.span.end, arg.line));
      break;
    }
  }
  return settings;
}
function option(letter, value, start, end, line2) {
  return { key: `-${letter}`, text: value === void 0 ? `-${letter}` : `-${letter} ${value}`, span: { start, end }, line: line2 };
}
function resources(list, optionStart2, line2) {
  const settings = [];
  let from = 0;
  let depth = 0;
  let quote;
  for (let index = 0; index <= list.text.length; index++) {
    const char = list.text[index];
    if (quote !== void 0) {
      if (char === quote) quote = void 0;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === "," && depth === 0 || char === void 0) {
      const item = list.text.slice(from, index);
      const name = item.split("=")[0].trim();
      if (name !== "") {
        const start = settings.length === 0 ? optionStart2 : list.offsets[from];
        settings.push({ key: `-l ${name}`, text: `-l ${item}`, span: { start, end: list.offsets[index - 1] + 1 }, line: line2 });
      }
      from = index + 1;
    }
  }
  return settings;
}
function slice(arg, from) {
  return {
    text: arg.text.slice(from),
    offsets: arg.offsets.slice(from),
    span: { start: arg.offsets[from], end: arg.span.end },
    line: arg.line
  };
}
function looksLikePbsDirective(line2) {
  return /^[ \t]*#[ \t]*pbs[ \t]*-/i.test(line2);
}
function lookalike(line2) {
  return {
    kind: "lookalike-directive",
    span: trimmed(line2),
    line: line2.index,
    message: `this looks like a directive but is a plain comment to qsub, whose directives start with "${PBS_PREFIX}" exactly so (upper case, no blank after "#"): ${JSON.stringify(line2.text.trim())}`
  };
}
function afterHeaderEnd(line2) {
  return {
    kind: "after-header-end",
    span: trimmed(line2),
    line: line2.index,
    message: "qsub stops reading #PBS directives at the first command line, so this one is ignored"
  };
}
function trimmed(line2) {
  const indent = leadingBlanks(line2.text);
  return { start: line2.span.start + indent, end: line2.span.start + line2.text.trimEnd().length };
}

// src/scheduler/pbs/adapter.ts
var ADVICE = /* @__PURE__ */ new Map([
  ["-l walltime", "set walltime instead"],
  ["-l select", "set nodes_per_block, cpus_per_node and select_options instead"],
  ["-l nodes", "TorqueProvider always asks for ppn=1 (parsl submits with tasks_per_node=1); set nodes_per_block for the node count"],
  ["-q", "set queue instead"],
  ["-A", "set account instead"]
]);
var USER_MAY_REPLACE = /* @__PURE__ */ new Set(["-m"]);
var pbs = {
  name: "PBS",
  providers: ["PBSProProvider", "TorqueProvider"],
  submitCommand: "qsub",
  directivePrefix: "#PBS",
  reads: ["#PBS"],
  longOptions: false,
  walltime: { use: "verbatim", writtenAs: "#PBS -l walltime=<walltime>", source: "parsl/providers/torque/torque.py and pbspro/pbspro.py submit()" },
  job: {
    fields: {
      strings: ["walltime", "scheduler_options", "worker_init", "select_options", "queue", "account"],
      integers: ["nodes_per_block", "cpus_per_node"],
      booleans: []
    },
    render: (providerClass, fields, context) => renderPbsHeader(providerClass, fields, context),
    read(providerClass, script) {
      const scan = scanPbsScript(script.text, providerClass === "TorqueProvider" ? "torque" : "pbspro");
      const overrides = pbsOverrides(providerClass, scan.settings, script.commandLine ?? []);
      return fromDirectiveScan(scan, overrides, { advice: ADVICE, userMayReplace: USER_MAY_REPLACE });
    }
  }
};

// src/suggest.ts
var MAX_SUGGESTION_LENGTH = 100;
function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let twoBack = new Array(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2] + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[b.length], limit + 1);
}
function closestMatch(word, candidates) {
  if (word.length > MAX_SUGGESTION_LENGTH) return void 0;
  const normal = normalize(word);
  let best;
  let bestDistance = Math.max(1, Math.floor(word.length / 3));
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = normalize(candidate) === normal ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance <= bestDistance && (best === void 0 || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function normalize(name) {
  return name.toLowerCase().replaceAll("-", "_").replace(/s$/, "");
}

// src/scheduler/slurm/options.ts
var SLURM_RELEASES = [
  "20.02",
  "20.11",
  "21.08",
  "22.05",
  "23.02",
  "23.11",
  "24.05",
  "24.11",
  "25.05",
  "25.11",
  "master"
];
var ORACLE_SLURM_RELEASE = "22.05";
var NEWEST_SLURM_RELEASE = "25.11";
function compareSlurmReleases(a, b) {
  return SLURM_RELEASES.indexOf(a) - SLURM_RELEASES.indexOf(b);
}
var SBATCH_OPTIONS_22_05 = [
  { name: "account", short: "A", argument: "required" },
  { name: "acctg-freq", argument: "required" },
  { name: "array", short: "a", argument: "required" },
  { name: "batch", argument: "required" },
  { name: "begin", short: "b", argument: "required" },
  { name: "bb", argument: "required" },
  { name: "bbf", argument: "required" },
  { name: "cluster-constraint", argument: "required" },
  { name: "chdir", short: "D", argument: "required" },
  { name: "cluster", argument: "required" },
  { name: "clusters", short: "M", argument: "required" },
  { name: "comment", argument: "required" },
  { name: "container", argument: "required" },
  { name: "context", argument: "required" },
  { name: "contiguous", argument: "none" },
  { name: "constraint", short: "C", argument: "required" },
  { name: "core-spec", short: "S", argument: "required" },
  { name: "cores-per-socket", argument: "required" },
  { name: "cpu-freq", argument: "required" },
  { name: "cpus-per-gpu", argument: "required" },
  { name: "cpus-per-task", short: "c", argument: "required" },
  { name: "deadline", argument: "required" },
  { name: "delay-boot", argument: "required" },
  { name: "dependency", short: "d", argument: "required" },
  { name: "distribution", short: "m", argument: "required" },
  { name: "error", short: "e", argument: "required" },
  { name: "exclude", short: "x", argument: "required" },
  { name: "exclusive", argument: "optional" },
  { name: "export", argument: "required" },
  { name: "export-file", argument: "required" },
  { name: "extra-node-info", short: "B", argument: "required" },
  { name: "get-user-env", argument: "optional" },
  { name: "gid", argument: "required" },
  { name: "gpu-bind", argument: "required" },
  { name: "gpu-freq", argument: "required" },
  { name: "gpus", short: "G", argument: "required" },
  { name: "gpus-per-node", argument: "required" },
  { name: "gpus-per-socket", argument: "required" },
  { name: "gpus-per-task", argument: "required" },
  { name: "gres", argument: "required" },
  { name: "gres-flags", argument: "required" },
  { name: "help", short: "h", argument: "none", commandLineOnly: true },
  { name: "hint", argument: "required" },
  { name: "hold", short: "H", argument: "none" },
  { name: "ignore-pbs", argument: "none" },
  { name: "input", short: "i", argument: "required" },
  { name: "job-name", short: "J", argument: "required" },
  { name: "kill-on-invalid-dep", argument: "required" },
  { name: "licenses", short: "L", argument: "required" },
  { name: "mail-type", argument: "required" },
  { name: "mail-user", argument: "required" },
  { name: "mcs-label", argument: "required" },
  { name: "mem", argument: "required" },
  { name: "mem-bind", argument: "required" },
  { name: "mem-per-cpu", argument: "required" },
  { name: "mem-per-gpu", argument: "required" },
  { name: "mincpus", argument: "required" },
  { name: "network", argument: "required" },
  { name: "nice", argument: "optional" },
  { name: "no-kill", short: "k", argument: "optional" },
  { name: "no-requeue", argument: "none" },
  { name: "nodefile", short: "F", argument: "required" },
  { name: "nodelist", short: "w", argument: "required" },
  { name: "nodes", short: "N", argument: "required" },
  { name: "ntasks", short: "n", argument: "required" },
  { name: "ntasks-per-core", argument: "required" },
  { name: "ntasks-per-gpu", argument: "required" },
  { name: "ntasks-per-node", argument: "required" },
  { name: "ntasks-per-socket", argument: "required" },
  { name: "ntasks-per-tres", argument: "required" },
  { name: "open-mode", argument: "required" },
  { name: "output", short: "o", argument: "required" },
  { name: "overcommit", short: "O", argument: "none" },
  { name: "oversubscribe", short: "s", argument: "none" },
  { name: "parsable", argument: "none" },
  { name: "partition", short: "p", argument: "required" },
  { name: "power", argument: "required" },
  { name: "prefer", argument: "required" },
  { name: "priority", argument: "required" },
  { name: "profile", argument: "required" },
  { name: "propagate", argument: "optional" },
  { name: "qos", short: "q", argument: "required" },
  { name: "quiet", short: "Q", argument: "none", commandLineOnly: true },
  { name: "reboot", argument: "none" },
  { name: "requeue", argument: "none" },
  { name: "reservation", argument: "required" },
  { name: "signal", argument: "required" },
  { name: "sockets-per-node", argument: "required" },
  { name: "spread-job", argument: "none" },
  { name: "switches", argument: "required" },
  { name: "tasks-per-node", argument: "required" },
  { name: "test-only", argument: "none" },
  { name: "thread-spec", argument: "required" },
  { name: "threads-per-core", argument: "required" },
  { name: "time", short: "t", argument: "required" },
  { name: "time-min", argument: "required" },
  { name: "tmp", argument: "required" },
  { name: "uid", argument: "required" },
  { name: "use-min-nodes", argument: "none" },
  { name: "verbose", short: "v", argument: "none", commandLineOnly: true },
  { name: "version", short: "V", argument: "none", commandLineOnly: true },
  { name: "usage", argument: "none", commandLineOnly: true },
  { name: "wait", short: "W", argument: "none" },
  { name: "wait-all-nodes", argument: "required" },
  { name: "wckey", argument: "required" },
  { name: "wrap", argument: "required", commandLineOnly: true }
];
var SBATCH_OPTION_CHANGES = [
  {
    release: "20.11",
    added: [
      { option: { name: "ntasks-per-gpu", argument: "required" }, after: "ntasks-per-core" },
      { option: { name: "ntasks-per-tres", argument: "required" }, after: "ntasks-per-socket" }
    ],
    removed: [],
    argumentChanged: []
  },
  {
    release: "21.08",
    added: [
      { option: { name: "container", argument: "required" }, after: "comment" },
      { option: { name: "context", argument: "required" }, after: "container" }
    ],
    removed: [],
    argumentChanged: []
  },
  {
    release: "22.05",
    added: [{ option: { name: "prefer", argument: "required" }, after: "power" }],
    removed: [],
    argumentChanged: []
  },
  {
    release: "23.02",
    added: [
      { option: { name: "autocomplete", argument: "required" }, after: "array" },
      { option: { name: "container-id", argument: "required" }, after: "container" },
      { option: { name: "extra", argument: "required" }, after: "export-file" },
      { option: { name: "tres-per-task", argument: "required" }, after: "tmp" }
    ],
    removed: [],
    argumentChanged: []
  },
  {
    release: "23.11",
    added: [{ option: { name: "tres-bind", argument: "required" }, after: "tmp" }],
    removed: ["export-file"],
    argumentChanged: []
  },
  {
    release: "24.05",
    added: [
      { option: { name: "export-file", argument: "required" }, after: "export" },
      { option: { name: "resv-ports", argument: "optional" }, after: "reservation" },
      { option: { name: "segment", argument: "required" }, after: "resv-ports" },
      { option: { name: "stepmgr", argument: "none" }, after: "spread-job" }
    ],
    removed: ["power"],
    argumentChanged: []
  },
  {
    release: "24.11",
    added: [{ option: { name: "oom-kill-step", argument: "optional" }, after: "ntasks-per-tres" }],
    removed: [],
    argumentChanged: []
  },
  {
    release: "25.05",
    added: [{ option: { name: "external", argument: "none" }, after: "export-file" }],
    removed: [],
    argumentChanged: [{ name: "get-user-env", argument: "none" }]
  },
  {
    release: "25.11",
    added: [
      { option: { name: "consolidate-segments", argument: "none" }, after: "comment" },
      { option: { name: "resources", argument: "required" }, after: "requeue" },
      { option: { name: "spread-segments", argument: "none" }, after: "spread-job" }
    ],
    removed: [],
    argumentChanged: [{ name: "requeue", argument: "optional" }]
  },
  {
    release: "master",
    added: [
      { option: { name: "mem-update", argument: "required" }, after: "mem-per-gpu" },
      { option: { name: "runtime", argument: "required" }, after: "resv-ports" }
    ],
    removed: [],
    argumentChanged: []
  }
];
var optionTables = /* @__PURE__ */ new Map();
function sbatchOptionsFor(release = ORACLE_SLURM_RELEASE) {
  let table = optionTables.get(release);
  if (table === void 0) {
    table = buildOptionTable(release);
    optionTables.set(release, table);
  }
  return table;
}
function buildOptionTable(release) {
  const table = [...SBATCH_OPTIONS_22_05];
  const target = compareSlurmReleases(release, ORACLE_SLURM_RELEASE);
  if (target > 0) {
    for (const change of SBATCH_OPTION_CHANGES) {
      const order = compareSlurmReleases(change.release, ORACLE_SLURM_RELEASE);
      if (order > 0 && compareSlurmReleases(change.release, release) <= 0) applyChange(table, change);
    }
  } else if (target < 0) {
    for (const change of [...SBATCH_OPTION_CHANGES].reverse()) {
      const order = compareSlurmReleases(change.release, ORACLE_SLURM_RELEASE);
      if (order <= 0 && compareSlurmReleases(change.release, release) > 0) undoAdditions(table, change);
    }
  }
  return table;
}
function applyChange(table, change) {
  for (const name of change.removed) table.splice(indexOfOption(table, name), 1);
  for (const { name, argument } of change.argumentChanged) {
    const index = indexOfOption(table, name);
    table[index] = { ...table[index], argument };
  }
  for (const { option: option2, after } of change.added) table.splice(indexOfOption(table, after) + 1, 0, option2);
}
function undoAdditions(table, change) {
  for (const { option: option2 } of change.added) table.splice(indexOfOption(table, option2.name), 1);
}
function indexOfOption(table, name) {
  const index = table.findIndex((option2) => option2.name === name);
  if (index < 0) throw new Error(`sbatch option table has no --${name}`);
  return index;
}
var SBATCH_SETTING_ALIASES = /* @__PURE__ */ new Map([
  ["tasks-per-node", "ntasks-per-node"],
  ["cluster", "clusters"],
  ["oversubscribe", "exclusive"],
  ["no-requeue", "requeue"]
]);
function sbatchSettingName(option2) {
  return SBATCH_SETTING_ALIASES.get(option2.name) ?? option2.name;
}
var RETIRED_SBATCH_OPTIONS = /* @__PURE__ */ new Map([
  ["workdir", { replacement: "chdir", note: "--workdir was removed from sbatch in Slurm 19.05; use --chdir" }],
  ["share", { replacement: "oversubscribe", note: "--share was removed in Slurm 19.05; use --oversubscribe" }],
  ["mem_bind", { replacement: "mem-bind", note: "--mem_bind was removed in Slurm 19.05; use --mem-bind" }],
  ["cpu_bind", { note: "sbatch has not taken --cpu_bind since Slurm 14.11; --cpu-bind is an srun option" }],
  ["cpu-bind", { note: "--cpu-bind is an srun option, not an sbatch one; put it on the srun line" }]
]);

// src/scheduler/slurm/option-names.ts
function resolveLongOption(name, table) {
  const exact = table.find((option2) => option2.name === name);
  if (exact !== void 0) return { kind: "exact", option: exact };
  const matches = table.filter((option2) => option2.name.startsWith(name));
  if (matches.length === 1) return { kind: "prefix", option: matches[0] };
  if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  return { kind: "unknown" };
}
function suggestSbatchOptions(name, table) {
  const retired = RETIRED_SBATCH_OPTIONS.get(name);
  if (retired !== void 0) {
    const { replacement } = retired;
    return replacement !== void 0 && table.some((option2) => option2.name === replacement) ? [replacement] : [];
  }
  const hyphenated = name.replaceAll("_", "-");
  const variants = [hyphenated];
  for (const match of hyphenated.matchAll(/s(?=-|$)/g)) {
    variants.push(hyphenated.slice(0, match.index) + hyphenated.slice(match.index + 1));
  }
  const fixed = /* @__PURE__ */ new Set();
  for (const variant of variants) {
    if (variant === name) continue;
    const resolution = resolveLongOption(variant, table);
    if (resolution.kind === "exact" || resolution.kind === "prefix") fixed.add(resolution.option.name);
  }
  if (fixed.size > 0) return [...fixed];
  if (name.length > MAX_SUGGESTION_LENGTH) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  const scored = table.map((option2) => ({ name: option2.name, distance: editDistance(hyphenated, option2.name, limit) })).filter((entry) => entry.distance <= limit);
  const best = Math.min(...scored.map((entry) => entry.distance));
  return scored.filter((entry) => entry.distance === best).map((entry) => entry.name).slice(0, 3);
}

// src/scheduler/slurm/getopt.ts
var TRY_HELP = 'Try "sbatch --help" for more information';
function parseArguments(argv, table, component) {
  const directives = [];
  const problems = [];
  let endOfOptions = false;
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    const next = argv[index + 1];
    if (endOfOptions || !token.text.startsWith("-") || token.text === "-") {
      problems.push(strayArgument(token, endOfOptions));
    } else if (token.text === "--") {
      endOfOptions = true;
    } else if (token.text.startsWith("--")) {
      const parsed = parseLongOption(token, next, table, component);
      if (parsed.consumedNext) index++;
      directives.push(...parsed.directives);
      problems.push(...parsed.problems);
    } else {
      const parsed = parseShortOptions(token, next, table, component);
      if (parsed.consumedNext) index++;
      directives.push(...parsed.directives);
      problems.push(...parsed.problems);
    }
  }
  return { directives, problems };
}
function parseLongOption(token, next, table, component) {
  const body = token.text.slice(2);
  const equals = body.indexOf("=");
  const name = equals < 0 ? body : body.slice(0, equals);
  const nameSpan = spanOfText(token, 0, 2 + name.length);
  const resolution = resolveLongOption(name, table);
  const none = { directives: [], problems: [], consumedNext: false };
  if (resolution.kind === "ambiguous") {
    const candidates = resolution.candidates.map((option3) => option3.name);
    return {
      ...none,
      problems: [
        {
          kind: "ambiguous-option",
          consequence: "rejected",
          span: nameSpan,
          line: token.line,
          message: `--${name} is ambiguous: it abbreviates ${candidates.map((c) => `--${c}`).join(", ")}`,
          sbatchSays: `sbatch: option '--${body}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c}'`).join("")}
${TRY_HELP}`,
          candidates
        }
      ]
    };
  }
  if (resolution.kind === "unknown") {
    const retired = RETIRED_SBATCH_OPTIONS.get(name);
    const suggestions3 = suggestSbatchOptions(name, table);
    return {
      ...none,
      problems: [
        {
          kind: "unknown-option",
          consequence: "rejected",
          span: nameSpan,
          line: token.line,
          message: `stock sbatch has no option --${name}` + (retired ? ` (${retired.note})` : suggestions3.length > 0 ? `; did you mean ${suggestions3.map((s) => `--${s}`).join(" or ")}?` : "") + " (a site plugin may add options)",
          sbatchSays: `sbatch: unrecognized option '--${body}'
${TRY_HELP}`,
          suggestions: suggestions3,
          ...retired && { retired }
        }
      ]
    };
  }
  const { option: option2 } = resolution;
  const form = resolution.kind === "exact" ? "long" : "abbreviated";
  const problems = [];
  if (form === "abbreviated") problems.push(abbreviated(token, nameSpan, name, option2));
  let value;
  let consumedNext = false;
  if (equals >= 0) {
    if (option2.argument === "none") {
      problems.push({
        kind: "unexpected-argument",
        consequence: "rejected",
        span: spanOfText(token, 2 + equals, token.text.length),
        line: token.line,
        message: `--${option2.name} takes no value`,
        sbatchSays: `sbatch: option '--${option2.name}' doesn't allow an argument
${TRY_HELP}`
      });
      return { directives: [], problems, consumedNext };
    }
    value = subText(token, 2 + equals + 1, token.text.length);
  } else if (option2.argument === "required") {
    if (next === void 0) {
      problems.push(missingArgument(token, nameSpan, `sbatch: option '--${option2.name}' requires an argument`, option2));
      return { directives: [], problems, consumedNext };
    }
    value = subText(next, 0, next.text.length);
    consumedNext = true;
  }
  const end = consumedNext ? next.span.end : value !== void 0 ? token.span.end : nameSpan.end;
  const directive = makeDirective(option2, `--${name}`, nameSpan, form, value, consumedNext, end, token.line, component);
  problems.push(...directiveNotes(directive));
  return { directives: [directive], problems, consumedNext };
}
function parseShortOptions(token, next, table, component) {
  const directives = [];
  const problems = [];
  let consumedNext = false;
  for (let index = 1; index < token.text.length; index++) {
    const letter = token.text[index];
    const nameSpan = spanOfText(token, index === 1 ? 0 : index, index + 1);
    const option2 = table.find((candidate) => candidate.short === letter);
    if (option2 === void 0) {
      problems.push({
        kind: "unknown-short-option",
        consequence: "rejected",
        span: nameSpan,
        line: token.line,
        message: `sbatch has no option -${letter}`,
        sbatchSays: `sbatch: invalid option -- '${letter}'
${TRY_HELP}`
      });
      continue;
    }
    let value;
    const attached = index + 1 < token.text.length;
    if (option2.argument !== "none" && attached) {
      value = subText(token, index + 1, token.text.length);
    } else if (option2.argument === "required") {
      if (next === void 0) {
        problems.push(missingArgument(token, nameSpan, `sbatch: option requires an argument -- '${letter}'`, option2));
        break;
      }
      value = subText(next, 0, next.text.length);
      consumedNext = true;
    }
    const end = consumedNext ? next.span.end : value !== void 0 ? token.span.end : nameSpan.end;
    const directive = makeDirective(option2, `-${letter}`, nameSpan, "short", value, consumedNext, end, token.line, component);
    directives.push(directive);
    problems.push(...directiveNotes(directive));
    if (option2.argument !== "none") break;
  }
  return { directives, problems, consumedNext };
}
function makeDirective(option2, written2, nameSpan, form, value, valueIsNextArgument, end, line2, component) {
  return { option: option2, written: written2, nameSpan, form, ...value && { value }, valueIsNextArgument, span: { start: nameSpan.start, end }, line: line2, component };
}
function directiveNotes(directive) {
  const notes = [];
  const { option: option2, value } = directive;
  if (option2.commandLineOnly) {
    notes.push({
      kind: "command-line-only",
      consequence: "ignored",
      span: directive.span,
      line: directive.line,
      message: `sbatch honours --${option2.name} only on its command line; in a batch script it is ignored`
    });
  }
  if (value !== void 0 && directive.valueIsNextArgument && value.line !== directive.line) {
    notes.push({
      kind: "value-on-next-line",
      consequence: "accepted",
      span: directive.nameSpan,
      line: directive.line,
      message: `${directive.written} has no value on its line, so sbatch takes the next argument, ${JSON.stringify(value.text)} on line ${value.line + 1}, as its value`
    });
  }
  return notes;
}
function abbreviated(token, nameSpan, name, option2) {
  return {
    kind: "abbreviated-option",
    consequence: "accepted",
    span: nameSpan,
    line: token.line,
    message: `--${name} is accepted as an abbreviation of --${option2.name}; spell it out, since a newer Slurm can make the abbreviation ambiguous`
  };
}
function missingArgument(token, nameSpan, says, option2) {
  return {
    kind: "missing-argument",
    consequence: "rejected",
    span: nameSpan,
    line: token.line,
    message: `--${option2.name} needs a value`,
    sbatchSays: `${says}
${TRY_HELP}`
  };
}
function strayArgument(token, afterDoubleDash) {
  return {
    kind: "stray-argument",
    consequence: "rejected",
    span: token.span,
    line: token.line,
    message: afterDoubleDash ? `"--" ends sbatch's options, so ${JSON.stringify(token.text)} is not read as one` : `${JSON.stringify(token.text)} is not an option, nor the value of one`,
    sbatchSays: `sbatch: error: Invalid directive found in batch script: ${token.text}`
  };
}
function spanOfText(token, from, to) {
  if (to > from) return { start: token.offsets[from], end: token.offsets[to - 1] + 1 };
  const at = from < token.offsets.length ? token.offsets[from] : token.span.end;
  return { start: at, end: at };
}
function subText(token, from, to) {
  return {
    text: token.text.slice(from, to),
    span: from < to ? spanOfText(token, from, to) : { start: token.offsets[from - 1] + 1, end: token.offsets[from - 1] + 1 },
    offsets: token.offsets.slice(from, to),
    line: token.line
  };
}

// src/scheduler/slurm/lines.ts
function directiveMarker(line2) {
  if (line2.startsWith("#SBATCH")) return "#SBATCH";
  if (line2.startsWith("#SLURM")) return "#SLURM";
  return void 0;
}
function looksLikeDirective(line2) {
  return /^[ \t\v\f\r]*#[ \t]*(?:sbatch|slurm)[ \t]*-/i.test(line2) && directiveMarker(line2) === void 0;
}
function scriptSanityProblems(text) {
  const problems = [];
  let line2 = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\r" && text[index + 1] === "\n") {
      problems.push({
        kind: "dos-line-break",
        consequence: "rejected",
        span: { start: index, end: index + 1 },
        line: line2,
        message: "sbatch refuses scripts with DOS (CRLF) line breaks",
        sbatchSays: "sbatch: error: Batch script contains DOS line breaks (\\r\\n)\nsbatch: error: instead of expected UNIX line breaks (\\n)."
      });
    } else if (char === "\0") {
      problems.push({
        kind: "nul-character",
        consequence: "rejected",
        span: { start: index, end: index + 1 },
        line: line2,
        message: "sbatch refuses scripts that contain a NUL character",
        sbatchSays: "sbatch: error: The Slurm controller does not allow scripts that\nsbatch: error: contain a NULL character '\\0'."
      });
    } else if (char === "\n") {
      line2++;
    }
  }
  return problems;
}
function translatedDirectives(text) {
  const found = [];
  let nonComments = 0;
  for (const { index: line2, text: lineText, span } of splitLines(text)) {
    const flavour = lineText.startsWith("#BSUB") ? "#BSUB" : lineText.startsWith("#PBS") ? "#PBS" : void 0;
    if (flavour !== void 0) found.push({ flavour, span, line: line2 });
    else if (!lineText.startsWith("#") && ++nonComments > 100) break;
  }
  const bsub = found.some((entry) => entry.flavour === "#BSUB");
  return found.map(
    ({ flavour, span, line: line2 }) => flavour === "#PBS" && bsub ? {
      kind: "translated-directive",
      consequence: "ignored",
      span,
      line: line2,
      message: "sbatch translates #PBS lines only when the script has no #BSUB line; this one is ignored"
    } : {
      kind: "translated-directive",
      consequence: "accepted",
      span,
      line: line2,
      message: `sbatch translates ${flavour} lines into its own options, even after the first command, and they override the #SBATCH ones (unless sbatch runs with --ignore-pbs)`
    }
  );
}
function slurmMarker(span, line2) {
  return {
    kind: "slurm-marker",
    consequence: "warned",
    span: { start: span.start, end: span.start + "#SLURM".length },
    line: line2,
    message: "#SLURM is an old spelling of #SBATCH: sbatch still reads it, with a warning",
    sbatchSays: "sbatch: error: Change from #SLURM to #SBATCH in your script and verify the options are valid in sbatch"
  };
}
function lookalike2(text, span, line2) {
  return {
    kind: "lookalike-directive",
    consequence: "ignored",
    span,
    line: line2,
    message: `this looks like a directive but is a plain comment to sbatch, which reads only "#SBATCH" written exactly so at the very start of a line: ${JSON.stringify(text.trim())}`
  };
}
function afterHeaderEnd2(span, line2) {
  return {
    kind: "after-header-end",
    consequence: "ignored",
    span,
    line: line2,
    message: "sbatch stops reading directives at the first command line, so this one is ignored"
  };
}

// src/scheduler/slurm/tokenize.ts
function joinsEscapedSpaces(release) {
  return compareSlurmReleases(release, "24.05") >= 0;
}
function tokenizeDirectiveLine(text, from, to, line2, escapedSpaceJoins = false) {
  const tokens = [];
  const problems = [];
  let startsNewComponent = false;
  let position = from;
  while (position < to) {
    const rest = text.slice(tokens.length === 0 ? skipSpaces(text, position, to) : position, to);
    position = skipSpaces(text, position, to);
    if (position >= to) break;
    const separator = /^(hetjob|packjob)(?![^ \t\n\v\f\r])/i.exec(text.slice(position, to));
    if (separator !== null) {
      const separatorSpan = { start: position, end: position + separator[0].length };
      const first = tokens.length === 0;
      if (first) startsNewComponent = true;
      problems.push(separatorProblem(separator[1].toLowerCase(), first, separatorSpan, to, line2));
      break;
    }
    if (text[position] === ":") {
      problems.push({
        kind: "unexpected-colon",
        consequence: "rejected",
        span: { start: position, end: position + 1 },
        line: line2,
        message: 'sbatch refuses an argument that starts with ":"',
        sbatchSays: `sbatch: fatal: Unexpected \`:\` in [${rest}]`
      });
      break;
    }
    const start = position;
    let value = "";
    const offsets = [];
    let quote;
    let escaped = false;
    let endedByHash = false;
    while (position < to && (quote !== void 0 || !isCSpace(text[position]))) {
      const char = text[position];
      if (escaped) {
        escaped = false;
      } else if (char === "\\") {
        position++;
        if (escapedSpaceJoins && text[position] === " " && position < to) {
          value += " ";
          offsets.push(position++);
          continue;
        }
        if (quote === void 0 && position < to && isCSpace(text[position]) && value !== "") {
          problems.push(escapedSpaceSplits(position - 1, line2));
        }
        escaped = true;
        continue;
      } else if (quote !== void 0) {
        if (char === quote) {
          quote = void 0;
          position++;
          continue;
        }
      } else if (char === '"' || char === "'") {
        quote = char;
        position++;
        continue;
      } else if (char === "#") {
        endedByHash = true;
        break;
      }
      value += char;
      offsets.push(position++);
    }
    if (quote !== void 0) {
      problems.push({
        kind: "unmatched-quote",
        consequence: "rejected",
        span: { start, end: to },
        line: line2,
        message: `unmatched ${quote}: sbatch refuses the script`,
        sbatchSays: `sbatch: fatal: Unmatched \`${quote}\` in [${rest}]`
      });
      break;
    }
    if (value === "") {
      if (!endedByHash && position > start) problems.push(emptyArgumentEndsLine(start, to, line2));
      if (endedByHash && /^#(?:SBATCH|SLURM)/.test(text.slice(position, to))) problems.push(secondDirective(position, to, line2));
      break;
    }
    tokens.push({ text: value, span: { start, end: position }, offsets, line: line2 });
    if (endedByHash) {
      if (position + 1 < to) problems.push(hashEndsLine(position, to, line2));
      break;
    }
  }
  return { tokens, problems, startsNewComponent };
}
function secondDirective(hash, lineEnd, line2) {
  return {
    kind: "second-directive",
    consequence: "ignored",
    span: { start: hash, end: lineEnd },
    line: line2,
    message: 'two directives on one line: sbatch reads everything from the second "#" on as a comment, so the second directive is silently lost; put it on a line of its own'
  };
}
function separatorProblem(word, first, span, lineEnd, line2) {
  const deprecated = word === "packjob";
  if (first) {
    return {
      kind: "hetjob-separator",
      consequence: deprecated ? "warned" : "accepted",
      span,
      line: line2,
      message: `"${word}" makes this a heterogeneous job: the directives after it describe a second job component`,
      ...deprecated && {
        sbatchSays: 'sbatch: Warning: the "packjob" component separator is being deprecated. Please, use "hetjob" instead.'
      }
    };
  }
  return {
    kind: "separator-ends-line",
    consequence: "ignored",
    span: { start: span.start, end: lineEnd },
    line: line2,
    message: `sbatch drops "${word}" in the middle of a line and ignores the rest of the line`
  };
}
function emptyArgumentEndsLine(start, lineEnd, line2) {
  return {
    kind: "empty-argument-ends-line",
    consequence: "ignored",
    span: { start, end: lineEnd },
    line: line2,
    message: "sbatch reads no argument here (an empty string, or a lone backslash): it passes nothing and ignores the rest of the line"
  };
}
function hashEndsLine(hash, lineEnd, line2) {
  return {
    kind: "hash-ends-line",
    consequence: "ignored",
    span: { start: hash, end: lineEnd },
    line: line2,
    message: 'an unquoted "#" starts a comment even inside an argument: sbatch ignores the rest of the line (quote or escape it to keep it)'
  };
}
function escapedSpaceSplits(backslash, line2) {
  return {
    kind: "escaped-space-splits",
    consequence: "accepted",
    span: { start: backslash, end: backslash + 2 },
    line: line2,
    message: "a backslash does not keep this blank inside the argument: sbatch drops the backslash and splits the argument here (quote it instead)"
  };
}
function skipSpaces(text, position, end) {
  while (position < end && isCSpace(text[position])) position++;
  return position;
}

// src/scheduler/slurm/directives.ts
function directiveText(directive) {
  if (!directive.value) return directive.written;
  return directive.form === "short" ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
}
function scanBatchHeaderByRelease(text, releases) {
  const readings = /* @__PURE__ */ new Map();
  const scans = /* @__PURE__ */ new Map();
  return releases.map((release) => {
    const escapedSpaceJoins = text.includes("\\") && joinsEscapedSpaces(release);
    let reading = readings.get(escapedSpaceJoins);
    if (reading === void 0) readings.set(escapedSpaceJoins, reading = readHeaderLines(text, escapedSpaceJoins));
    const table = sbatchOptionsFor(release);
    const key = `${escapedSpaceJoins}
${optionResolutions(reading.tokens, table)}`;
    let scan = scans.get(key);
    if (scan === void 0) scans.set(key, scan = resolveOptions(reading, table));
    return { release, scan };
  });
}
function readHeaderLines(text, escapedSpaceJoins) {
  const problems = [...scriptSanityProblems(text), ...translatedDirectives(text)];
  const lines = [];
  const tokens = [];
  let headerEnd;
  let component = 0;
  for (const { index, text: lineText, span } of splitLines(text)) {
    const marker = directiveMarker(lineText);
    if (headerEnd !== void 0) {
      const kind = marker !== void 0 ? "ignored-directive" : commentOrCommand(lineText);
      lines.push({ index, span, kind, ...marker && { marker } });
      if (marker !== void 0 || looksLikeDirective(lineText)) problems.push(afterHeaderEnd2(span, index));
      continue;
    }
    if (marker === void 0) {
      const kind = commentOrCommand(lineText);
      if (kind === "command") headerEnd = index;
      else if (kind === "comment" && looksLikeDirective(lineText)) problems.push(lookalike2(lineText, span, index));
      lines.push({ index, span, kind });
      continue;
    }
    if (marker === "#SLURM") problems.push(slurmMarker(span, index));
    const line2 = tokenizeDirectiveLine(text, span.start + marker.length, span.end, index, escapedSpaceJoins);
    problems.push(...line2.problems);
    if (line2.startsNewComponent) component++;
    lines.push({ index, span, kind: "directive", marker, component });
    for (const token of line2.tokens) tokens.push({ ...token, component });
  }
  return { lines, ...headerEnd !== void 0 && { headerEnd }, tokens, components: component + 1, problems };
}
function optionResolutions(tokens, table) {
  const shown2 = (option2) => option2 ? `${option2.name}/${option2.argument}/${option2.commandLineOnly ?? ""}` : "";
  const parts = [];
  for (const { text } of tokens) {
    if (!text.startsWith("-") || text === "-" || text === "--") continue;
    if (!text.startsWith("--")) {
      for (const letter of text.slice(1)) parts.push(shown2(table.find((option2) => option2.short === letter)));
      continue;
    }
    const equals = text.indexOf("=");
    const name = text.slice(2, equals < 0 ? void 0 : equals);
    const resolution = resolveLongOption(name, table);
    if (resolution.kind === "ambiguous") parts.push(`?${resolution.candidates.map((option2) => option2.name).join(",")}`);
    else if (resolution.kind === "unknown") parts.push(`!${suggestSbatchOptions(name, table).join(",")}`);
    else parts.push(`${resolution.kind}:${shown2(resolution.option)}`);
  }
  return parts.join("\n");
}
function resolveOptions(reading, table) {
  const { lines, headerEnd, tokens } = reading;
  const directives = [];
  const problems = [...reading.problems];
  for (let current = 0; current < reading.components; current++) {
    const parsed = parseArguments(tokens.filter((token) => token.component === current), table, current);
    directives.push(...parsed.directives);
    problems.push(...parsed.problems);
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { lines, ...headerEnd !== void 0 && { headerEnd }, tokens, directives, problems };
}

// src/scheduler/slurm/header.ts
var TASKS_PER_NODE2 = 1;
function renderSlurmHeader(fields, context = {}) {
  const walltime = parslWalltimeToMinutes(fields.walltime);
  const job = jobName(context);
  const scriptPath = `${scriptDir(context)}/${job}`;
  const pieces = [
    templatePiece(`#!/bin/bash

#SBATCH --job-name=${job}
`),
    templatePiece(`#SBATCH --output=${scriptPath}.stdout
#SBATCH --error=${scriptPath}.stderr
`),
    templatePiece(`#SBATCH --nodes=${pythonInt(fields.nodes_per_block)}
`, "nodes_per_block")
  ];
  if (walltime.ok) pieces.push(templatePiece(`#SBATCH --time=${walltime.minutes}
`, "walltime"));
  pieces.push(templatePiece(`#SBATCH --ntasks-per-node=${TASKS_PER_NODE2}
`));
  pieces.push(...schedulerOptionsPieces(fields));
  pieces.push(templatePiece("\n\n"));
  pieces.push(...workerInitPieces(fields));
  pieces.push(templatePiece(`

export JOBNAME="${job}"
`));
  return {
    ...assembleScript(pieces),
    walltime,
    ...!walltime.ok && { submitError: walltime.reason }
  };
}
function schedulerOptionsPieces(fields) {
  const pieces = [
    fieldPiece("scheduler_options", "scheduler_options", fields.scheduler_options),
    { text: "\n", source: "scheduler_options", field: "scheduler_options" }
  ];
  const append = (field, prefix, value) => {
    pieces.push({ text: prefix, source: "appended", field });
    if (value !== void 0) pieces.push({ text: value, source: "appended", field, fieldOffset: 0 });
    pieces.push({ text: "\n", source: "appended", field });
  };
  if (fields.exclusive) append("exclusive", "#SBATCH --exclusive");
  for (const field of ["partition", "account", "qos", "constraint", "clusters"]) {
    const value = fields[field];
    if (value) append(field, `#SBATCH --${field}=`, value);
  }
  if (fields.gpus_per_node) append("gpus_per_node", `#SBATCH --gpus-per-node=${pythonInt(fields.gpus_per_node)}`);
  if (fields.gres) append("gres", "#SBATCH --gres=", fields.gres);
  if (fields.mem_per_node !== void 0 && fields.mem_per_node !== null) {
    append("mem_per_node", `#SBATCH --mem=${pythonInt(fields.mem_per_node)}g`);
  }
  if (fields.cores_per_node !== void 0 && fields.cores_per_node !== null) {
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE2);
    pieces.push({ text: `#SBATCH --cpus-per-task=${pythonInt(cpusPerTask)}`, source: "appended", field: "cores_per_node" });
  }
  return pieces;
}
function workerInitPieces(fields) {
  const pieces = [
    fieldPiece("worker_init", "worker_init", fields.worker_init),
    { text: "\n", source: "worker_init", field: "worker_init" }
  ];
  if (fields.mem_per_node !== void 0 && fields.mem_per_node !== null) {
    pieces.push({ text: `export PARSL_MEMORY_GB=${pythonInt(fields.mem_per_node)}
`, source: "appended", field: "mem_per_node" });
  }
  if (fields.cores_per_node !== void 0 && fields.cores_per_node !== null) {
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE2);
    pieces.push({ text: `export PARSL_CORES=${pythonInt(cpusPerTask)}
`, source: "appended", field: "cores_per_node" });
  }
  return pieces;
}
function effectiveSbatchSettings(directives, component = 0) {
  const effective = /* @__PURE__ */ new Map();
  const overrides = [];
  for (const directive of directives) {
    if (directive.component !== component || directive.option.commandLineOnly) continue;
    const setting2 = sbatchSettingName(directive.option);
    const earlier = effective.get(setting2);
    if (earlier !== void 0) overrides.push({ setting: setting2, overridden: earlier, by: directive });
    effective.set(setting2, directive);
  }
  return { effective, overrides };
}

// src/scheduler/slurm/releases.ts
var TARGET_SLURM_RELEASES = SLURM_RELEASES.filter((release) => release !== "master");
var DEFAULT_RANGE = TARGET_SLURM_RELEASES.filter(
  (release) => compareSlurmReleases(release, ORACLE_SLURM_RELEASE) >= 0 && compareSlurmReleases(release, NEWEST_SLURM_RELEASE) <= 0
);
function judgedSlurmReleases(release) {
  return release === void 0 ? DEFAULT_RANGE : [release];
}
function describeReleaseRun(releases) {
  const first = releases[0];
  const last2 = releases.at(-1);
  return first === last2 ? first : `${first}\u2013${last2}`;
}
function optionHistory(name) {
  const has = (release) => sbatchOptionsFor(release).some((option2) => option2.name === name);
  const changes = [];
  let before = has(TARGET_SLURM_RELEASES[0]);
  for (const release of TARGET_SLURM_RELEASES.slice(1)) {
    const now = has(release);
    if (now !== before) changes.push(now ? changes.length > 0 ? `back in ${release}` : `added in ${release}` : `removed in ${release}`);
    before = now;
  }
  if (!before && has("master")) changes.push(`only in Slurm's development branch after ${NEWEST_SLURM_RELEASE}`);
  return changes.length > 0 ? changes.join(", ") : void 0;
}
function isStockSbatchOption(name) {
  return SLURM_RELEASES.some((release) => sbatchOptionsFor(release).some((option2) => option2.name === name));
}

// src/scheduler/slurm/values.ts
function parseSlurmTime(text, option2 = "time") {
  const invalid = { ok: false, reason: `Invalid --${option2} specification` };
  const seconds = timeStringToSeconds(text);
  if (seconds === NO_VAL) return invalid;
  if (seconds === INFINITE) return { ok: true, value: { unlimited: true } };
  const minutes = Math.trunc((seconds + 59 | 0) / 60);
  if (minutes === NO_VAL) return invalid;
  if (minutes === 0) return { ok: true, value: { unlimited: true } };
  return { ok: true, value: { unlimited: false, minutes } };
}
var NO_VAL = -2;
var INFINITE = -1;
function timeStringToSeconds(text) {
  if (text === "") return NO_VAL;
  const lower = asciiLowerCase(text);
  if (lower === "-1" || lower === "infinite" || lower === "unlimited") return INFINITE;
  if (!isValidTimespec(text)) return NO_VAL;
  if (text.includes("-")) {
    const [d = 0, h = 0, m = 0, s = 0] = scanIntegers(text, ["-", ":", ":"]);
    return addInt32(Math.imul(d, 86400), Math.imul(h, 3600), Math.imul(m, 60), s);
  }
  const fields = scanIntegers(text, [":", ":"]);
  if (fields.length === 3) return addInt32(Math.imul(fields[0], 3600), Math.imul(fields[1], 60), fields[2]);
  return addInt32(Math.imul(fields[0] ?? 0, 60), fields[1] ?? 0);
}
function isValidTimespec(text) {
  let digitGroups = 0;
  let dashes = 0;
  let colons = 0;
  let inDigits = false;
  for (const char of text) {
    if (char >= "0" && char <= "9") {
      if (!inDigits) digitGroups++;
      inDigits = true;
    } else if (char === "-") {
      inDigits = false;
      dashes++;
      if (colons > 0) return false;
    } else if (char === ":") {
      inDigits = false;
      colons++;
    } else {
      return false;
    }
  }
  if (digitGroups === 0 || dashes > 1 || colons > 2) return false;
  const needed = dashes > 0 ? [0, 3, 4][colons] : [0, 2, 3][colons];
  return digitGroups >= needed;
}
function scanIntegers(text, separators) {
  const values = [];
  let position = 0;
  for (let index = 0; index <= separators.length; index++) {
    const match = /^[+-]?\d+/.exec(text.slice(position));
    if (match === null) break;
    values.push(toCInt(clampToCLong(BigInt(match[0]))));
    position += match[0].length;
    const separator = separators[index];
    if (separator === void 0 || text[position] !== separator) break;
    position++;
  }
  return values;
}
function addInt32(...terms) {
  return terms.reduce((sum, term) => sum + term | 0, 0);
}
function parseSlurmMemory(text, option2 = "mem") {
  const invalid = { ok: false, reason: `Invalid --${option2} specification` };
  const parsed = cStrtol(text);
  if (parsed === void 0 || parsed.overflow || parsed.value < 0n) return invalid;
  const suffix = text.slice(parsed.end);
  let mebibytes = parsed.value;
  if (suffix !== "") {
    if (!/^[kmgtKMGT][bB]?$/.test(suffix)) return invalid;
    const unit = asciiLowerCase(suffix[0]);
    if (unit === "k") mebibytes = BigInt.asIntN(64, mebibytes + 1023n) / 1024n;
    else if (unit === "g") mebibytes = BigInt.asIntN(64, mebibytes * 1024n);
    else if (unit === "t") mebibytes = BigInt.asIntN(64, mebibytes * 1048576n);
  }
  const unsigned = BigInt.asUintN(64, mebibytes);
  if (unsigned === 0xfffffffffffffffen) return invalid;
  return { ok: true, value: Number(unsigned) };
}
function parseSlurmPositiveInteger(text, option2) {
  const parsed = cStrtol(text);
  const result2 = parsed?.value ?? 0n;
  const end = parsed?.end ?? 0;
  if (end !== text.length || result2 <= 0n) {
    return { ok: false, reason: `Invalid numeric value "${text}" for --${option2}.` };
  }
  if (result2 === LONG_MAX) return { ok: false, reason: `Numeric argument (${LONG_MAX}) to big for --${option2}.` };
  return { ok: true, value: toCInt(result2) };
}
function parseSlurmNodeCount(text) {
  const dash = text.indexOf("-");
  if (dash >= 0) {
    const minText = text.slice(0, dash);
    const maxText = text.slice(dash + 1);
    const min = nodesFrom(minText);
    if (min === void 0) return notANodeCount(minText);
    const max = nodesFrom(maxText);
    if (max === void 0) return notANodeCount(maxText);
    return checkedRange(min < 0 ? 1 : min, max);
  }
  const count2 = nodesFrom(text);
  if (count2 === void 0 || count2 < 0) return notANodeCount(text);
  return checkedRange(count2, count2);
}
function checkedRange(min, max) {
  if (max !== 0 && max < min) {
    return { ok: false, reason: `Maximum node count ${max} is less than minimum node count ${min}` };
  }
  return { ok: true, value: { min, max } };
}
function notANodeCount(text) {
  return { ok: false, reason: `"${text}" is not a valid node count` };
}
function nodesFrom(text) {
  const parsed = cStrtol(text);
  if (parsed === void 0) return isCBlank(text) ? -1 : void 0;
  let count2 = parsed.value;
  let end = parsed.end;
  if (text[end] === "k" || text[end] === "K") {
    count2 = BigInt.asIntN(64, count2 * 1024n);
    end++;
  }
  if (text[end] === "m" || text[end] === "M") {
    count2 = BigInt.asIntN(64, count2 * 1048576n);
    end++;
  }
  return isCBlank(text.slice(end)) ? toCInt(count2) : void 0;
}
function parseSlurmExclusive(value, release = ORACLE_SLURM_RELEASE) {
  const mode = asciiLowerCase(value ?? "");
  if (mode === "" || mode === "exclusive") return { ok: true, value: "exclusive" };
  if (mode === "allocation" && release === "master") return { ok: true, value: "exclusive" };
  if (mode === "oversubscribe" || mode === "user" || mode === "mcs") return { ok: true, value: mode };
  if (mode === "topo" && compareSlurmReleases(release, "24.05") >= 0) return { ok: true, value: "topo" };
  return { ok: false, reason: "Invalid --exclusive specification" };
}
var LONG_MAX = 0x7fffffffffffffffn;
var LONG_MIN = -0x8000000000000000n;
function asciiLowerCase(text) {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
function isCSpace2(char) {
  return char === " " || char === "	" || char === "\n" || char === "\v" || char === "\f" || char === "\r";
}
function isCBlank(text) {
  return [...text].every(isCSpace2);
}
function cStrtol(text) {
  let position = 0;
  while (isCSpace2(text[position])) position++;
  const match = /^[+-]?\d+/.exec(text.slice(position));
  if (match === null) return void 0;
  const exact = BigInt(match[0]);
  const value = clampToCLong(exact);
  return { value, end: position + match[0].length, overflow: value !== exact };
}
function clampToCLong(value) {
  return value > LONG_MAX ? LONG_MAX : value < LONG_MIN ? LONG_MIN : value;
}
function toCInt(value) {
  return Number(BigInt.asIntN(32, value));
}
function checkSbatchValue(option2, value, release = ORACLE_SLURM_RELEASE) {
  switch (option2) {
    case "time":
    case "time-min":
      return parseSlurmTime(value ?? "", option2);
    case "mem":
    case "mem-per-cpu":
    case "mem-per-gpu":
    case "tmp":
      return parseSlurmMemory(value ?? "", option2);
    case "cpus-per-task":
    case "ntasks":
    case "ntasks-per-node":
      return parseSlurmPositiveInteger(value ?? "", option2);
    case "tasks-per-node":
      return parseSlurmPositiveInteger(value ?? "", "ntasks-per-node");
    case "nodes":
      return parseSlurmNodeCount(value ?? "");
    case "exclusive":
      return parseSlurmExclusive(value, release);
    default:
      return void 0;
  }
}

// src/scheduler/slurm/release-verdicts.ts
var REFUSING = /* @__PURE__ */ new Set([
  "nul-character",
  "unmatched-quote",
  "unexpected-colon",
  "ambiguous-option",
  "unknown-short-option",
  "missing-argument",
  "unexpected-argument",
  "stray-argument"
]);
function releaseVerdicts(text, scans, isUserLine2) {
  const places = /* @__PURE__ */ new Map();
  const place = (start, span, line2, shown2, directive) => {
    let found = places.get(start);
    if (!found || directive && !found.directive) places.set(start, found = { span, line: line2, text: shown2, byRelease: found?.byRelease ?? /* @__PURE__ */ new Map(), directive });
    return found;
  };
  for (const { release, scan } of scans) {
    for (const directive of scan.directives) {
      if (!isUserLine2(directive.line)) continue;
      const shown2 = directiveText(directive);
      const found = place(directive.nameSpan.start, directive.span, directive.line, shown2, true);
      const checked = directive.component === 0 ? checkSbatchValue(directive.option.name, directive.value?.text, release) : void 0;
      const refused = checked?.ok === false && {
        kind: "refused",
        message: `sbatch refuses ${shown2}: "sbatch: error: ${checked.reason}"`,
        says: `sbatch: error: ${checked.reason}`,
        span: directive.value?.span ?? directive.span,
        line: directive.value?.line ?? directive.line
      };
      found.byRelease.set(release, refused || { kind: "accepted", option: directive.option.name });
    }
    for (const problem of scan.problems) {
      const verdict = problemVerdict(text, problem, release);
      if (!verdict || !isUserLine2(problem.line)) continue;
      const start = optionStart(scan, problem.span.start);
      place(start, problem.span, problem.line, text.slice(start, problem.span.end), false).byRelease.set(release, verdict);
    }
  }
  return [...places.values()].sort((a, b) => a.span.start - b.span.start).map(({ span, line: line2, text: shown2, byRelease }) => ({
    span,
    line: line2,
    text: shown2,
    verdicts: scans.map(({ release }) => ({ release, verdict: byRelease.get(release) ?? { kind: "accepted" } }))
  }));
}
function refusedByEvery(verdicts) {
  const all = verdicts.verdicts.map(({ verdict }) => verdict);
  return all.every((verdict) => verdict.kind === "refused") ? all.at(-1) : void 0;
}
function releasesDisagree(verdicts) {
  const [first, ...rest] = verdicts.verdicts.map(({ verdict }) => verdictClass(verdict));
  return rest.some((other) => other !== first);
}
function verdictClass(verdict) {
  return verdict.kind === "accepted" ? `accepted:${verdict.option ?? ""}` : verdict.kind;
}
function problemVerdict(text, problem, release) {
  const first = problem.sbatchSays?.split("\n")[0];
  const says = first ? `: sbatch says "${first}"` : "";
  const refused = { kind: "refused", says: first ?? problem.message, span: problem.span, line: problem.line };
  if (REFUSING.has(problem.kind)) return { ...refused, message: `${problem.message}${says}` };
  if (problem.kind !== "unknown-option") return void 0;
  const name = text.slice(problem.span.start, problem.span.end).replace(/^--/, "");
  if (!isStockSbatchOption(name)) return { kind: "unknown", problem };
  return { ...refused, message: `sbatch ${release} has no --${name} (${optionHistory(name)})${says}` };
}
function optionStart(scan, offset) {
  const token = scan.tokens.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
  return token?.text.startsWith("--") ? token.offsets[0] : offset;
}

// src/scheduler/slurm/adapter.ts
var IGNORED = /* @__PURE__ */ new Set([
  "lookalike-directive",
  "after-header-end",
  "hash-ends-line",
  "second-directive",
  "separator-ends-line",
  "empty-argument-ends-line",
  "command-line-only",
  "slurm-marker",
  "translated-directive",
  // An option without its value takes the next argument, often the next line's directive (lost).
  "value-on-next-line"
]);
var slurm = {
  name: "Slurm",
  providers: ["SlurmProvider"],
  submitCommand: "sbatch",
  directivePrefix: "#SBATCH",
  reads: ["#SBATCH", "#SLURM", "#PBS", "#BSUB"],
  longOptions: true,
  walltime: { use: "minutes", writtenAs: "#SBATCH --time=<minutes>", source: "parsl/providers/slurm/slurm.py submit()" },
  nodeFields: { cores: "cores_per_node", memory: "mem_per_node" },
  job: {
    fields: {
      strings: ["walltime", "partition", "account", "qos", "constraint", "clusters", "gres", "scheduler_options", "worker_init"],
      integers: ["nodes_per_block", "cores_per_node", "mem_per_node", "gpus_per_node"],
      booleans: ["exclusive"]
    },
    render: (_providerClass, fields, context) => renderSlurmHeader(fields, context),
    read: (_providerClass, script, context) => readSlurmScript(script, context)
  }
};
function readSlurmScript(script, context = {}) {
  const releases = judgedSlurmReleases(context.slurmRelease);
  const scans = scanBatchHeaderByRelease(script.text, releases);
  const { scan } = scans.at(-1);
  const oldestScan = scans[0].scan;
  const byUser = (line2) => isUserLine(script.lines[line2]);
  const verdicts = releaseVerdicts(script.text, scans, byUser);
  const settings = effectiveSbatchSettings(scan.directives);
  return {
    lines: scan.lines,
    ...scan.headerEnd !== void 0 && { headerEnd: scan.headerEnd },
    ignored: scan.problems.filter((problem) => IGNORED.has(problem.kind)).map((problem) => ignoredText(script, scan, problem)),
    overrides: judgedOverrides(script, settings.overrides),
    refusals: refusals(verdicts),
    slurm: { releases, scan, oldestScan, verdicts, ...settings }
  };
}
function ignoredText(script, scan, problem) {
  const line2 = script.lines[problem.line];
  const found = { kind: problem.kind, span: problem.span, line: problem.line, message: problem.message };
  if (problem.kind === "value-on-next-line") return { ...found, message: valueTaken(script, scan, problem) ?? problem.message };
  if (problem.kind === "second-directive") return { ...found, repair: ownLine(script, found.span.start) };
  const indented = problem.kind === "lookalike-directive" ? /^[ \t]+#SBATCH/.exec(line2.text) : null;
  if (!indented) return found;
  return { ...found, repair: { span: { start: line2.start, end: line2.start + indented[0].length }, text: "#SBATCH", description: 'move "#SBATCH" to the start of the line' } };
}
function ownLine(script, hash) {
  let blanks = hash;
  while (blanks > 0 && (script.text[blanks - 1] === " " || script.text[blanks - 1] === "	")) blanks--;
  return { span: { start: blanks, end: hash }, text: "\n", description: "put the second directive on its own line" };
}
function valueTaken(script, scan, problem) {
  const directive = scan.directives.find((candidate) => candidate.valueIsNextArgument && candidate.nameSpan.start === problem.span.start);
  if (!directive?.value) return void 0;
  const line2 = script.lines[directive.value.line];
  const from = isUserLine(line2) ? `the next line of ${line2.field}` : line2.field ? `the line parsl writes for ${line2.field}` : "a line parsl writes";
  return `${directive.written} has no value on its line, so sbatch takes the next argument, "${directive.value.text}" from ${from}, as its value, and that setting is lost`;
}
function judgedOverrides(script, overrides) {
  const settings = /* @__PURE__ */ new Map();
  const written2 = (setting2, directive) => {
    let found = settings.get(directive);
    if (!found) settings.set(directive, found = { key: setting2, text: directiveText(directive), span: directive.span, line: directive.line });
    return found;
  };
  return overrides.map(({ setting: setting2, overridden, by }) => {
    const parslLine = [overridden, by].map((directive) => script.lines[directive.line]).find((line2) => !isUserLine(line2));
    return {
      key: setting2,
      lost: written2(setting2, overridden),
      kept: written2(setting2, by),
      why: "sbatch keeps the last value a script sets",
      ...parslLine?.field && { advice: `set ${parslLine.field} instead` }
    };
  });
}
function refusals(verdicts) {
  return verdicts.flatMap((place) => {
    const refused = refusedByEvery(place);
    return refused ? [{ span: refused.span, line: refused.line, message: refused.message }] : [];
  });
}

// src/scheduler/registry.ts
var SCHEDULERS = [slurm, pbs, lsf, gridEngine, condor, cobalt];
var BY_PROVIDER = new Map(SCHEDULERS.flatMap((adapter) => adapter.providers.map((provider) => [provider, adapter])));
function schedulerOf(providerClass) {
  return providerClass === void 0 ? void 0 : BY_PROVIDER.get(providerClass);
}
var BATCH_PROVIDERS = [...BY_PROVIDER.keys()];

// src/document/number-text.ts
function numberText(node) {
  const { value, literal } = node;
  if (typeof value !== "number" || literal === void 0) return String(value);
  const exact = node.type === "integer" ? Number.isSafeInteger(value) : Number.isFinite(value) && !/e/i.test(String(value));
  return exact ? String(value) : literal;
}
function scalarText(node) {
  return typeof node.value === "string" ? JSON.stringify(node.value) : numberText(node);
}

// src/model/settings.ts
function numberSetting(object, name, catalog) {
  return setting(object, name, catalog, (value) => typeof value === "number");
}
function booleanSetting(object, name, catalog) {
  return setting(object, name, catalog, (value) => typeof value === "boolean");
}
function setting(object, name, catalog, accepts) {
  const entry = object.params.get(name);
  if (entry) {
    const value = entry.value.kind === "scalar" ? entry.value.value : void 0;
    return accepts(value) ? { value, entry } : void 0;
  }
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : void 0;
  const fallback = spec ? pythonDefault(spec) : void 0;
  return accepts(fallback) ? { value: fallback, entry: void 0 } : void 0;
}
function describeSetting(name, setting2, target) {
  return `${name} = ${settingText(setting2)}${setting2.entry ? "" : ` (the default in ${describeTarget(target)})`}`;
}
function settingText(setting2) {
  const node = setting2.entry?.value;
  return node?.kind === "scalar" ? numberText(node) : String(setting2.value);
}

// src/model/worker-fit.ts
function workerFit(executor, catalog) {
  const provider = executor.provider;
  const fields = provider?.group === "providers" ? schedulerOf(provider.className)?.nodeFields : void 0;
  const coresPerWorker = named(executor, "cores_per_worker");
  if (!provider || !fields || !coresPerWorker) return void 0;
  const nodeCores = written2(provider, fields.cores);
  const nodeMemory = written2(provider, fields.memory);
  const memPerWorker = written2(executor, "mem_per_worker");
  const maxWorkers = ["max_workers_per_node", "max_workers"].map((name) => written2(executor, name)).find((found) => found && found.setting.value > 0);
  return {
    coresPerWorker,
    memPerWorker,
    maxWorkers,
    nodeCores,
    nodeMemory,
    byCores: nodeCores && coresPerWorker.setting.value > 0 ? Math.floor(nodeCores.setting.value / coresPerWorker.setting.value) : void 0,
    byMemory: nodeMemory && memPerWorker && memPerWorker.setting.value > 0 ? Math.floor(nodeMemory.setting.value / memPerWorker.setting.value) : void 0
  };
  function named(object, name) {
    const setting2 = numberSetting(object, name, catalog);
    return setting2 && { name, setting: setting2 };
  }
  function written2(object, name) {
    const found = named(object, name);
    return found?.setting.entry ? found : void 0;
  }
}

// src/model/launcher.ts
var REACH = /* @__PURE__ */ new Map([
  ["SingleNodeLauncher", "first-node-only"],
  ["SimpleLauncher", "runs-once"],
  ["WrappedLauncher", "runs-once"]
]);
function providerLauncher(provider, catalog) {
  const written2 = provider.children.find((child) => child.entry.key === "launcher");
  const className = written2 ? written2.className : defaultLauncher(provider, catalog);
  if (className === void 0) return void 0;
  return { className, isDefault: !written2, reach: REACH.get(className) ?? "spreads-over-nodes" };
}
function defaultLauncher(provider, catalog) {
  const spec = provider.className ? catalog.lookup("providers", provider.className)?.params.get("launcher") : void 0;
  return spec?.default ? /^(\w+)\(/.exec(spec.default)?.[1] : void 0;
}

// src/model/worker-launch.ts
var TEMPLATES = [
  {
    since: "2023.08.28",
    text: "process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators} --start-method {start_method}"
  },
  {
    since: "2023.12.04",
    text: "process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators}"
  },
  {
    since: "2024.04.15",
    text: "process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --cert_dir {cert_dir} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} {enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}"
  },
  {
    since: "2026.02.23",
    text: "process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --port={worker_port} --cert_dir {cert_dir} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} {enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}"
  }
];
function workerLaunch(executor, provider, catalog) {
  if (executor.className !== "HighThroughputExecutor") return void 0;
  if (truthy(param(executor, "launch_cmd", catalog))) return void 0;
  const launcher = providerLauncher(provider, catalog);
  if (!launcher) return void 0;
  const command = fillTemplate(templateFor(catalog.version), launchValues(executor, catalog));
  const launcherObject = provider.children.find((child) => child.entry.key === "launcher");
  return { launcher: launcher.className, command, perNode: perNode(launcher.className, launcherObject, blockNodes(provider, catalog), catalog) };
}
function templateFor(version) {
  return (TEMPLATES.filter((template) => template.since <= version).at(-1) ?? TEMPLATES[0]).text;
}
function fillTemplate(template, values) {
  return template.replace(
    /\{\{(\w+)\}\}|\{(\w+)\}/g,
    (whole, escaped, name) => escaped !== void 0 ? escaped === "block_id" ? "<block id>" : `{${escaped}}` : values.get(name) ?? whole
  );
}
function launchValues(executor, catalog) {
  const get = (name) => param(executor, name, catalog);
  const text = (name) => pythonStr(get(name));
  const has = (name) => catalog.lookup("executors", "HighThroughputExecutor")?.params.has(name) ?? false;
  const label = text("label");
  const logdir = `<run dir>/${label}`;
  const logdirRoot = get("worker_logdir_root");
  const address = get("address");
  const probe = get("address_probe_timeout");
  const values = /* @__PURE__ */ new Map([
    ["debug", truthy(get("worker_debug")) ? "--debug" : ""],
    ["addresses", truthy(address) ? pythonStr(address) : "<interchange addresses>"],
    ["prefetch_capacity", text("prefetch_capacity")],
    ["cores_per_worker", text("cores_per_worker")],
    ["mem_per_worker", text("mem_per_worker")],
    ["poll_period", text("poll_period")],
    // The interchange picks the ports and reports them to the executor before the format.
    ["task_port", "<task port>"],
    ["result_port", "<result port>"],
    ["worker_port", "<worker port>"],
    // `curvezmq.create_certificates(self.logdir)` when encrypted, else cert_dir stays None.
    ["cert_dir", has("encrypted") && truthy(get("encrypted")) ? `${logdir}/certificates` : "None"],
    ["logdir", logdirRoot && logdirRoot.kind !== "none" ? `${pythonStr(logdirRoot)}/${label}` : logdir],
    ["heartbeat_period", text("heartbeat_period")],
    ["heartbeat_threshold", text("heartbeat_threshold")],
    ["address_probe_timeout_string", truthy(probe) ? `--address_probe_timeout=${pythonStr(probe)}` : ""],
    ["drain_period", text("drain_period")],
    ["cpu_affinity", text("cpu_affinity")],
    // A constructor argument in 2024.04.15 only; later a class attribute, False, set by MPIExecutor.
    ["enable_mpi_mode", has("enable_mpi_mode") && truthy(get("enable_mpi_mode")) ? "--enable_mpi_mode " : ""],
    ["mpi_launcher", has("mpi_launcher") ? text("mpi_launcher") : "mpiexec"],
    ["accelerators", accelerators(get("available_accelerators"))],
    ["start_method", text("start_method")]
  ]);
  if (has("max_workers_per_node")) {
    const limit = ["max_workers_per_node", "max_workers"].filter(has).map(get).find(truthy);
    values.set("max_workers_per_node", limit && !isInfinite(limit) ? `--max_workers_per_node=${pythonStr(limit)}` : "");
  } else {
    const limit = get("max_workers");
    values.set("max_workers", isInfinite(limit) ? "" : `--max_workers=${pythonStr(limit)}`);
  }
  return values;
}
function accelerators(value) {
  if (value?.kind === "int") return Array.from({ length: Math.max(0, value.value) }, (_, index) => String(index)).join(" ");
  if (value?.kind === "seq") return value.items.map(pythonStr).join(" ");
  return pythonStr(value);
}
function blockNodes(provider, catalog) {
  if (provider.className === "AzureProvider" || provider.className === "GoogleCloudProvider") return 1;
  const nodes = numberSetting(provider, "nodes_per_block", catalog)?.value;
  return nodes !== void 0 && Number.isInteger(nodes) && nodes > 0 ? nodes : 1;
}
function perNode(className, launcher, nodes, catalog) {
  const option2 = (name) => launcher ? pythonStr(param(launcher, name, catalog)) : "";
  const idle = nodes > 2 ? `, none on the other ${nodes - 1} nodes` : nodes === 2 ? ", none on the other node" : "";
  const through = (...words2) => `1 \xD7 process_worker_pool.py per node, from ${words2.filter(Boolean).join(" ")}`;
  switch (className) {
    case "SingleNodeLauncher":
      return `${nodes} \xD7 process_worker_pool.py on the batch script's node${idle}`;
    case "SimpleLauncher":
      return `1 \xD7 process_worker_pool.py on the batch script's node${idle}`;
    case "WrappedLauncher":
      return `1 \xD7 ${option2("prepend")} process_worker_pool.py on the batch script's node${idle}`;
    case "SrunLauncher":
      return through("srun --ntasks", String(nodes), "-l", option2("overrides"), "bash cmd_$SLURM_JOB_NAME.sh");
    case "AprunLauncher":
      return through("aprun -n", String(nodes), "-N 1", option2("overrides"), "/bin/bash cmd_$JOBNAME.sh");
    case "JsrunLauncher":
      return through("jsrun -n", String(nodes), "-r 1", option2("overrides"), "/bin/bash cmd_$JOBNAME.sh");
    default:
      return `${nodes} \xD7 process_worker_pool.py spread over the block's ${nodes} node${nodes === 1 ? "" : "s"} by ${className}`;
  }
}
function param(object, name, catalog) {
  const entry = object.params.get(name);
  if (entry) return fromToml(entry.value);
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : void 0;
  return spec?.default == null ? void 0 : fromDefault(spec);
}
function fromToml(node) {
  if (node.kind === "array") {
    const items = node.items.map(fromToml);
    return items.every((item) => item !== void 0) ? { kind: "seq", items } : void 0;
  }
  if (node.kind !== "scalar") return void 0;
  const { value } = node;
  if (typeof value === "string") return { kind: "str", value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value !== "number") return void 0;
  if (node.type === "float") return { kind: "float", value };
  return { kind: "int", value, text: Number.isSafeInteger(value) || node.literal === void 0 ? String(BigInt(value)) : node.literal };
}
function fromDefault(spec) {
  const source = spec.default?.trim();
  if (source === "float('inf')") return { kind: "float", value: Infinity };
  if (source === "()") return { kind: "seq", items: [] };
  const value = pythonDefault(spec);
  if (value === null) return { kind: "none" };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "string") return { kind: "str", value };
  if (typeof value !== "number" || source === void 0) return void 0;
  const digits = source.replaceAll("_", "");
  return /^[+-]?\d+$/.test(digits) ? { kind: "int", value, text: String(BigInt(digits)) } : { kind: "float", value };
}
function truthy(value) {
  if (!value) return false;
  switch (value.kind) {
    case "none":
      return false;
    case "bool":
      return value.value;
    case "int":
    case "float":
      return value.value !== 0;
    case "str":
      return value.value !== "";
    case "seq":
      return value.items.length > 0;
  }
}
function isInfinite(value) {
  return value?.kind === "float" && value.value === Infinity;
}
function pythonStr(value) {
  if (!value) return "<unknown>";
  switch (value.kind) {
    case "none":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return value.text;
    case "float":
      return pythonFloat(value.value);
    case "str":
      return value.value;
    case "seq":
      return `[${value.items.map((item) => item.kind === "str" ? `'${item.value}'` : pythonStr(item)).join(", ")}]`;
  }
}
function pythonFloat(value) {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = value < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction2 = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${fraction2}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || "0"}`;
}

// src/model/job-plan.ts
function planJob(provider, executor, fields, catalog) {
  const number = (value) => typeof value === "number" ? value : void 0;
  const nodesPerBlock = number(fields["nodes_per_block"]);
  const coresPerNode = number(fields["cores_per_node"]) ?? number(fields["cpus_per_node"]);
  const walltime = typeof fields["walltime"] === "string" ? parslWalltimeToMinutes(fields["walltime"]) : void 0;
  const walltimeMinutes = walltime?.ok ? walltime.minutes : void 0;
  const maxBlocks = numberSetting(provider, "max_blocks", catalog)?.value;
  const known = [maxBlocks, nodesPerBlock, coresPerNode, walltimeMinutes];
  return {
    nodesPerBlock,
    coresPerNode,
    memoryPerNodeGB: number(fields["mem_per_node"]),
    walltimeMinutes,
    initBlocks: numberSetting(provider, "init_blocks", catalog)?.value,
    maxBlocks,
    workersPerNode: executor && workersPerNode(executor, catalog),
    maxCoreHours: known.every((value) => value !== void 0) ? maxBlocks * nodesPerBlock * coresPerNode * walltimeMinutes / 60 : void 0,
    workers: executor && workerLaunch(executor, provider, catalog)
  };
}
function workersPerNode(executor, catalog) {
  if (executor.className !== "HighThroughputExecutor") return void 0;
  const fit = workerFit(executor, catalog);
  if (!fit) return void 0;
  const limits = [fit.byCores, fit.byMemory, fit.maxWorkers?.setting.value].filter((limit) => limit !== void 0 && Number.isFinite(limit));
  return limits.length > 0 ? Math.min(...limits) : void 0;
}

// src/model/jobs.ts
function buildJobs(config, catalog, locate, site = {}) {
  const jobs = [];
  for (const provider of config.objects) {
    const scheduler = provider.group === "providers" && provider.table ? schedulerOf(provider.className) : void 0;
    if (!scheduler?.job) continue;
    const fields = fieldValues(provider, scheduler.job.fields, catalog);
    const script = scheduler.job.render(provider.className, fields, scriptContext(provider));
    const executor = config.executors.find((candidate) => candidate.provider === provider);
    const job = { provider, executor, scheduler, fields, script, reading: scheduler.job.read(provider.className, script, site), plan: planJob(provider, executor, fields, catalog) };
    jobs.push(bindJob(job, locate));
  }
  return jobs;
}
function bindJob(job, locate) {
  const { provider, script } = job;
  const inString = (span) => {
    const inField = locateInField(script, span);
    const node = inField && provider.params.get(inField.field)?.value;
    if (!inField || node?.kind !== "scalar" || typeof node.value !== "string") return void 0;
    const string = node;
    return { string, at: locate(string).spanOf(inField.start, inField.end) };
  };
  return {
    ...job,
    entry: (field) => provider.params.get(field),
    lineOf: (index) => script.lines[index],
    sourceSpan: (span) => inString(span)?.at,
    sourceEdit(span, text) {
      const found = inString(span);
      const written2 = found?.string.stringStyle && tomlStringContent(found.string.stringStyle, text);
      return found && written2 !== void 0 ? replace(found.at, written2) : void 0;
    }
  };
}
function fieldValues(provider, needed, catalog) {
  const values = { ...releaseDefaults(provider.className, needed, catalog) };
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const node = provider.params.get(name)?.value;
      if (node?.kind === "scalar" && accepts(node.value)) values[name] = node.value;
    }
  }
  return values;
}
function releaseDefaults(providerClass, needed, catalog) {
  const spec = catalog.lookup("providers", providerClass);
  const values = {};
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const param2 = spec?.params.get(name);
      const fallback = param2 ? pythonDefault(param2) : void 0;
      if (fallback !== void 0 && (fallback === null || accepts(fallback))) values[name] = fallback;
    }
  }
  return values;
}
function fieldTypes(needed) {
  return [
    [needed.strings, (value) => typeof value === "string"],
    [needed.integers, (value) => Number.isInteger(value)],
    [needed.booleans, (value) => typeof value === "boolean"]
  ];
}
function writtenExecutorLabel(provider) {
  const label = provider.parent?.params.get("label")?.value;
  return label?.kind === "scalar" && typeof label.value === "string" ? label.value : void 0;
}
function scriptContext(provider) {
  const executorLabel2 = writtenExecutorLabel(provider);
  return executorLabel2 === void 0 ? {} : { executorLabel: executorLabel2 };
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
    const line2 = source.positionAt(comment.span.start).line;
    directives.push({
      word,
      kind,
      span: comment.span,
      line: line2,
      rules: ruleNames(list, listStart),
      reason: reason === "" ? void 0 : reason,
      scope: kind && scopeOf(kind, comment.span, line2, source, layout)
    });
  }
  return directives;
}
function ruleNames(list, start) {
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
function scopeOf(kind, comment, line2, source, layout) {
  if (kind === "disable-line") return linesOf(layout, line2, (entry) => entry.first === line2 || entry.last === line2);
  if (kind === "disable-next-line") return linesOf(layout, line2 + 1, (entry) => entry.first === line2 + 1);
  if (source.lineText(line2).trimStart()[0] !== "#") return void 0;
  const firstStatement = Math.min(layout.headers[0] ?? Infinity, layout.keys[0] ?? Infinity);
  if (comment.end < firstStatement) return { kind: "file" };
  const header = layout.headers.find((start) => start > comment.end);
  const nextKey = layout.keys.find((start) => start > comment.end) ?? Infinity;
  const between = header === void 0 ? "" : source.text.slice(comment.end, header);
  if (header === void 0 || nextKey < header || /\n[ \t]*\r?\n/.test(between)) return void 0;
  const end = layout.headers.find((start) => start > header) ?? source.text.length;
  return { kind: "table", span: { start: header, end } };
}
function linesOf(layout, line2, touches) {
  const entries = layout.keyValues.filter(touches);
  return { kind: "lines", first: Math.min(line2, ...entries.map((entry) => entry.first)), last: Math.max(line2, ...entries.map((entry) => entry.last)) };
}
function documentLayout(root2, source) {
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
  visit(root2);
  return { headers: headers.sort((a, b) => a - b), keys: keys.sort((a, b) => a - b), keyValues };
}

// src/engine/suppressions/suppress.ts
function applyDirectives(diagnostics, directives, ruleNames3) {
  const names = (rule62, diagnostic) => ruleNames3.get(rule62.name) === diagnostic.rule;
  const counts = directives.map((directive) => directive.rules.map(() => 0));
  const narrowestFirst = directives.map((directive, index) => ({ directive, index })).sort((a, b) => breadth(a.directive.scope) - breadth(b.directive.scope));
  const kept = [];
  const suppressed = [];
  for (const diagnostic of diagnostics) {
    const match = narrowestFirst.find(({ directive: directive2 }) => covers(directive2.scope, diagnostic) && directive2.rules.some((rule62) => names(rule62, diagnostic)));
    if (!match) {
      kept.push(diagnostic);
      continue;
    }
    const { directive, index } = match;
    counts[index][directive.rules.findIndex((rule62) => names(rule62, diagnostic))]++;
    suppressed.push({ ...diagnostic, suppressedBy: { directive: directive.kind, line: directive.line, reason: directive.reason } });
  }
  const checked = directives.map((directive, d) => ({
    ...directive,
    rules: directive.rules.map((rule62, r) => ({ ...rule62, known: ruleNames3.has(rule62.name), suppressed: counts[d][r] }))
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

// src/engine/diagnostic.ts
function compareDiagnostics(a, b) {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

// src/engine/docs.ts
import { readFileSync as readFileSync2 } from "node:fs";
var repository;
function repositoryUrl() {
  if (repository === void 0) {
    const manifest = JSON.parse(readFileSync2(packageFile("package.json"), "utf8"));
    const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
    if (!url) throw new Error("package.json names no repository");
    repository = url.replace(/^git\+/, "").replace(/\.git$/, "");
  }
  return repository;
}
function ruleDocsUrl(id) {
  return `${repositoryUrl()}/blob/main/rules/${id}/README.md`;
}

// src/engine/message.ts
function messageText(parts) {
  let text = parts.headline;
  if (parts.note !== void 0) text += `: ${parts.note}`;
  if (parts.help !== void 0) text += `${parts.note?.endsWith(".") ? " " : "; "}${parts.help}`;
  return text;
}

// src/engine/rule-names.ts
function ruleNames2(rules) {
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
  const { visitors, diagnostics, catalog } = startRules(source, options, locate);
  const on = hooks(visitors);
  for (const hook of on.config) hook(model);
  for (const object of model.objects) for (const hook of on.object) hook(object, model);
  for (const executor of model.executors) for (const hook of on.executor) hook(executor, model);
  if (model.mapping) for (const hook of on.mapping) hook(model.mapping, model);
  const jobs = buildJobs(model, catalog, locate, options.slurmRelease === void 0 ? {} : { slurmRelease: options.slurmRelease });
  for (const job of jobs) for (const hook of on.job) hook(job, model);
  if (on.argument.length > 0) {
    for (const argument of keywordArguments(model, options.target, catalog)) for (const hook of on.argument) hook(argument, model);
  }
  const directives = options.inlineConfig === false ? [] : readDirectives(parsed.document, source);
  const ruleIds = options.rules.map((rule62) => rule62.meta.id);
  const { kept, suppressed, directives: checked } = applyDirectives(diagnostics.splice(0), directives, ruleNames2(options.rules));
  if (checked.length > 0) for (const hook of on.directives) hook(checked, ruleIds);
  return { source, diagnostics: [...kept, ...diagnostics].sort(compareDiagnostics), suppressed, syntaxError: false, jobs };
}
function runOnSyntaxError(source, error, options) {
  const { visitors, diagnostics } = startRules(source, options, stringLocator(source.text));
  for (const visitor of visitors) visitor.syntaxError?.(error);
  return { source, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], syntaxError: true, jobs: [] };
}
function hooks(visitors) {
  const on = { config: [], object: [], executor: [], mapping: [], job: [], argument: [], directives: [] };
  for (const visitor of visitors) {
    if (visitor.config) on.config.push(visitor.config);
    if (visitor.object) on.object.push(visitor.object);
    if (visitor.executor) on.executor.push(visitor.executor);
    if (visitor.mapping) on.mapping.push(visitor.mapping);
    if (visitor.job) on.job.push(visitor.job);
    if (visitor.argument) on.argument.push(visitor.argument);
    if (visitor.directives) on.directives.push(visitor.directives);
  }
  return on;
}
function startRules(source, options, locate) {
  const diagnostics = [];
  const catalog = parslCatalog(options.target.parsl);
  const visitors = [];
  const settings = settingsById(options);
  for (const rule62 of options.rules) {
    const setting2 = settings.get(rule62.meta.id) ?? rule62.meta.severity;
    if (setting2 === "off") continue;
    const context = {
      source,
      target: options.target,
      catalog,
      requiredFields: options.requiredFields ?? {},
      profile: options.profile,
      slurmPluginOptions: options.slurmPluginOptions ?? [],
      sbatchAnswer: options.sbatchAnswer,
      report: (report2) => diagnostics.push(toDiagnostic(rule62, setting2, report2, source)),
      locate
    };
    visitors.push(rule62.create(context));
  }
  return { visitors, diagnostics, catalog };
}
function settingsById(options) {
  const names = ruleNames2(options.rules);
  return new Map([...options.settings ?? []].map(([name, setting2]) => [names.get(name) ?? name, setting2]));
}
function toDiagnostic(rule62, severity, report2, source) {
  const span = "span" in report2.at ? report2.at.span : report2.at;
  if (report2.fix && (rule62.meta.fix === "none" || rule62.meta.fix === "unsafe" && report2.fix.safety === "safe")) {
    throw new Error(`rule ${rule62.meta.id} reported a ${report2.fix.safety} fix but declares fix: ${rule62.meta.fix}`);
  }
  const parts = typeof report2.message === "string" ? { headline: report2.message } : report2.message;
  return {
    rule: rule62.meta.id,
    severity,
    message: messageText(parts),
    headline: parts.headline,
    note: parts.note,
    help: parts.help,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    docs: ruleDocsUrl(rule62.meta.id),
    fix: report2.fix,
    suggestions: report2.suggestions ?? []
  };
}

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
function tableHeaders(root2) {
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
  visit(root2);
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
function interruption(path2, elementPath) {
  const holder = elementPath.slice(0, -2);
  if (path2.length <= holder.length && startsWith(holder, path2)) return "ancestor";
  if (startsWith(path2, holder)) return "beside";
  return path2[0] === elementPath[0] ? "same-top-level" : "other-top-level";
}
function startsWith(path2, prefix) {
  return prefix.length <= path2.length && prefix.every((segment, i) => path2[i] === segment);
}
function pathKey(path2) {
  return JSON.stringify(path2);
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
  const shown2 = count2 > 2 ? `${named.join(", ")} and ${count2 - 2} more` : named.join(" and ");
  const element = `${written(source, extension.element)} on line ${line(source, extension.element)}`;
  return extension.kind === "subtable" ? `${header} adds to the ${element}, but ${shown2} came between` : `${header} starts the element after the ${element}, but ${shown2} came between`;
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
    const slurm2 = className === "SlurmProvider" ? ` (#SBATCH --time=${minutes.minutes}, which Slurm refuses as an invalid time limit)` : "";
    return { headline: `walltime "${text}" is negative`, note: `parsl turns it into ${minutes.minutes} minutes${slurm2}` };
  }
  if (minutes.minutes < 1) {
    const slurm2 = className === "SlurmProvider" ? " (#SBATCH --time=0, which Slurm reads as no time limit: most clusters refuse the job or it never starts)" : "";
    return { headline: `walltime "${text}" is under one minute`, note: `parsl rounds it down to 0 minutes${slurm2}` };
  }
  return void 0;
}
function verbatimProblem(className, text) {
  const gridEngine2 = className === "GridEngineProvider";
  const valid = gridEngine2 ? /^(\d+|\d*:\d*:\d*)$/.test(text) : /^\d+(:\d+){0,2}(\.\d+)?$/.test(text);
  if (valid) return void 0;
  const option2 = gridEngine2 ? "#$ -l h_rt" : "#PBS -l walltime";
  return { headline: `walltime "${text}" is not a duration the scheduler reads`, note: `parsl writes it unchanged as \`${option2}=${text}\`, and the submission is refused` };
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
  const result2 = [];
  const directiveSpan = job.sourceSpan(directive.span);
  if (directiveSpan) result2.push({ description: `remove \`${directiveText(directive)}\``, edits: [replace(directiveSpan, "")] });
  const memPerNode = job.entry("mem_per_node");
  const removal3 = !isUserDirective(job, other) && memPerNode ? removeEntryLine(source.text, memPerNode) : void 0;
  if (removal3) result2.push({ description: "remove mem_per_node", edits: [removal3] });
  return result2;
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
      const option2 = line2.text.trimStart().startsWith("-");
      if (lost.length === 0 && !option2 && !job.reading.lines.some((later) => later.kind === "ignored-directive")) return;
      const indent = line2.text.length - line2.text.trimStart().length;
      const at = job.sourceSpan({ start: line2.start + indent, end: line2.start + line2.text.trimEnd().length });
      if (!at) return;
      const copiedFromSlurm = option2 && !job.scheduler.longOptions && !isBareShortOption(line2.text);
      const insert = option2 && !copiedFromSlurm ? job.sourceEdit({ start: line2.start, end: line2.start + indent }, `${prefix} `) : void 0;
      context.report({
        at,
        message: {
          headline: `${command} reads this line as a command, not a directive`,
          note: `it stops reading ${prefix} lines here, so every directive after it is ignored` + (lost.length > 0 ? `, including the ones parsl writes (${lost.join(", ")})` : ""),
          help: !option2 ? "commands belong in worker_init" : copiedFromSlurm ? `${command} has no long options, so this looks copied from a Slurm example` : `did you mean to start it with "${prefix} "?`
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
    const last2 = runs.at(-1);
    if (last2 && verdictClass(last2.verdict) === verdictClass(verdict)) last2.releases.push(release);
    else runs.push({ releases: [release], verdict });
  }
  const name = /^--([^=]+)/.exec(place.text)?.[1];
  const said = runs.map(({ releases, verdict }, index) => `${index === 0 ? "sbatch " : ""}${describeReleaseRun(releases)} ${whatItDoes(verdict, name, releases.length > 1)}`);
  const history = name === void 0 ? void 0 : optionHistory(name);
  return `${place.text} depends on the Slurm release: ${said.join("; ")}` + (history ? ` (--${name}: ${history})` : "") + ". Name your cluster's release (`sbatch --version`) with --slurm or `[slurm] release` to judge it exactly";
}
function whatItDoes(verdict, name, plural) {
  const verb = (singular, many) => plural ? many : singular;
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
      const isUsers = (setting2) => setting2.line !== void 0 && isUserLine(job.lineOf(setting2.line));
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
function origin(job, setting2) {
  if (setting2.line === void 0) return `parsl's \`${job.scheduler.submitCommand} ${setting2.text}\`${fromField(job, setting2.field)}`;
  const line2 = job.lineOf(setting2.line);
  if (isUserLine(line2)) return `\`${setting2.text}\` in ${line2.field}`;
  return `the \`${setting2.text}\` parsl writes${fromField(job, line2.field)}`;
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
                fix: { safety: "unsafe", description: "remove it from the comment", edits: [removal2(directive, name, context.source)] }
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
function removal2(directive, name, source) {
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
      if (!isString2(value)) {
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
      if (!isString2(value) || !value.value.includes(".") || moduleImportError(context.target, object.group)) return;
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
      if (object.group !== "executors" || !isString2(value) || value.value !== TEST_EXECUTOR) return;
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
      const missing = [...spec.params.values()].filter((param2) => param2.required && !object.params.has(param2.name)).map((param2) => param2.name);
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
  const param2 = spec.params.get(entry.key);
  const notObjects = entry.value.kind === "scalar" || entry.value.kind === "array" && entry.value.items.some((item) => item.kind !== "table");
  if (!param2 || OBJECT_KEYS.has(entry.key) && notObjects) return;
  const type = parseAnnotation(param2.type);
  const mismatch = checkValue(type, entry.value, entry.key);
  if (!mismatch) return;
  const declared = `\`${entry.key}: ${param2.type}\``;
  const failure = `${describeLoader(context.target)} fails with TypeError when it builds ${spec.name}`;
  if (mismatch.unwritable) {
    const help = param2.default === null ? void 0 : `leave it out to keep the default ${param2.default}`;
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
      if (!isString2(value)) return;
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
      const setting2 = (name) => numberSetting(object, name, context.catalog);
      const [min, init, max, parallelism] = [setting2("min_blocks"), setting2("init_blocks"), setting2("max_blocks"), setting2("parallelism")];
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
      const shown2 = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${shown2}, but ${which} ${launcher.reach === "first-node-only" ? `starts all ${shown2} worker pools on the block's first node` : "runs the worker command once, on the first node"}`,
          note: (launcher.reach === "first-node-only" ? `each pool is sized for a whole node, so that node runs ${shown2} times the workers it has room for, ` : "") + `while ${idle === 1 ? "the other node" : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : "the other nodes"} of every block sit${idle === 1 ? "s" : ""} idle.`,
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
      function report2(perWorker, perNode2, unit) {
        context.report({
          at: (perWorker.setting.entry ?? perNode2.setting.entry).keySpan,
          message: {
            headline: `${perWorker.name} = ${settingText(perWorker.setting)} is more than ${perNode2.name} = ${settingText(perNode2.setting)}`,
            note: `each worker pool counts ${settingText(perNode2.setting)} ${unit} on its node and starts floor(${settingText(perNode2.setting)} / ${settingText(perWorker.setting)}) = 0 workers, so the blocks run but no task is ever executed and the pipeline waits forever`
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
      const slurm2 = job.reading.slurm;
      const ntasks = slurm2?.effective.get("ntasks");
      if (!slurm2 || !ntasks || !isUserDirective(job, ntasks)) return;
      const at = job.sourceSpan(ntasks.span);
      const tasks = count(ntasks.value?.text);
      if (!at || tasks === void 0) return;
      const setting2 = (name) => count(slurm2.effective.get(name)?.value?.text);
      const nodes = setting2("nodes") ?? 1;
      const perNode2 = setting2("ntasks-per-node");
      const cpusPerTask = setting2("cpus-per-task") ?? 1;
      if (tasks <= nodes) return;
      const asked = `\`${directiveText(ntasks)}\` asks Slurm for ${tasks} tasks`;
      const launcher = "parsl starts one worker pool per node whatever --ntasks says, and it uses cores_per_node cores";
      const instead = "Leave --ntasks out: set cores_per_node for the CPUs of each node and nodes_per_block for the nodes";
      if (perNode2 !== void 0 && tasks > nodes * perNode2) {
        context.report({
          at,
          message: {
            headline: `${asked}, but the job has --nodes=${nodes} with at most ${perNode2} task${perNode2 === 1 ? "" : "s"} per node (--ntasks-per-node=${perNode2}${perNode2 === 1 ? ", which parsl writes" : ""})`,
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
    const file2 = args[0] ?? "";
    const base = file2.slice(file2.lastIndexOf("/") + 1);
    if (base === "activate") return tool === "conda";
    return STARTUP_FILES.has(base) || CONDA_LIKE.test(file2);
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
import { isIP } from "node:net";
var PYTHON_CALL = /^\s*[A-Za-z_][\w.]*\s*\(.*\)\s*$/s;
function addressKind(value) {
  if (value === "") return "unset";
  if (isIP(value) !== 0) return "ip";
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
      const removal3 = removeEntryLine(context.source.text, entry);
      context.report({
        at: address,
        message: {
          headline: `${written2} ${kind === "python-call" ? PYTHON_CALL2 : NOT_AN_IP}`,
          note: kind === "python-call" ? `${refusal(context.target.parsl)} ${BASH}` : refusal(context.target.parsl),
          help: INSTEAD
        },
        suggestions: removal3 ? [{ description: "remove address", edits: [removal3] }] : []
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
      const param2 = object.className ? MEMORY_PARAMS.get(object.className) : void 0;
      if (object.group !== "providers" || !param2) return;
      const entry = object.params.get(param2.name);
      const value = entry?.value;
      if (!entry || value?.kind !== "scalar" || typeof value.value !== "number" || !Number.isFinite(value.value) || value.value < IMPLAUSIBLE_GB) return;
      const gb = value.value;
      const text = numberText(value);
      const tb = gb / 1024;
      const meantInMb = tb < IMPLAUSIBLE_GB;
      context.report({
        at: value,
        message: {
          headline: `${param2.name} = ${text} counts gigabytes`,
          note: `parsl writes \`${param2.written(gb, text)}\`, ${tb < 1e9 ? Math.round(tb) : "billions of"} TB per ${param2.per}, which no node has: ${param2.refusal}, and no worker runs.`,
          help: meantInMb ? `If you meant ${text} MB, write ${param2.name} = ${Math.floor(tb)}` : `Write the memory of one ${param2.per} in GB`
        },
        suggestions: meantInMb ? suggestions2(param2.name, value.span, gb) : []
      });
    }
  })
});
function suggestions2(name, span, mb) {
  const binary = Math.floor(mb / 1024);
  const result2 = [{ description: `${name} = ${binary} (${mb} MB at 1024 MB to the GB)`, edits: [{ ...span, text: String(binary) }] }];
  if (mb % 1e3 === 0 && mb / 1e3 !== binary) result2.push({ description: `${name} = ${mb / 1e3} (${mb} MB at 1000 MB to the GB)`, edits: [{ ...span, text: String(mb / 1e3) }] });
  return result2;
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

// src/site/slurm-request.ts
var SETTINGS = ["partition", "time", "mem", "mem-per-cpu", "cpus-per-task", "nodes", "account", "qos"];
function slurmRequest(job) {
  if (!job.reading.slurm) return void 0;
  const request = {};
  for (const setting2 of SETTINGS) {
    const value = requestedValue(job, setting2);
    if (value) request[setting2] = value;
  }
  return request;
}
function requestedValue(job, setting2) {
  const directive = job.reading.slurm?.effective.get(setting2);
  const table = job.provider.table;
  if (!table || !directive?.value) return void 0;
  const line2 = job.lineOf(directive.line);
  const text = directive.value.text;
  if (line2.source === "scheduler_options" || line2.source === "worker_init") {
    const at = job.sourceSpan(directive.value.span) ?? job.entry(line2.source)?.value.span;
    return at && { text, at, written: `"${directiveText(directive)}" in ${line2.source}` };
  }
  if (!line2.field) return void 0;
  const entry = job.entry(line2.field);
  return entry ? { text, at: entry.value.span, written: `${line2.field} = ${shown(entry.value)}` } : { text, at: table.span, written: `${line2.field} (parsl's default, "--${setting2}=${text}")` };
}
function slurmScript(job) {
  return job.reading.slurm ? job.script.text : void 0;
}
function shown(node) {
  return node.kind === "scalar" ? scalarText(node) : "\u2026";
}

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

// src/site/profile.ts
function cite(from) {
  return `(${from.file}:${from.line}: ${from.text})`;
}

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

// src/site/units.ts
function walltimeText(minutes) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}
function megabytesText(mb) {
  const gb = mb / 1024;
  return `${mb} MB (${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB)`;
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
      const perNode2 = mem && parseSlurmMemory(mem.text, "mem");
      if (mem && perNode2?.ok && perNode2.value > maxMemory.value) {
        context.report({
          at: mem.at,
          message: {
            headline: `${mem.written} asks for ${megabytesText(perNode2.value)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}`,
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
      const value = blamed.settings.map((setting2) => requestedValue(job, setting2)).find((found) => found !== void 0);
      const quoted = value || blamed.quoted === void 0 ? void 0 : findInSchedulerOptions(blamed.quoted);
      const written2 = value ? ` (${value.written})` : "";
      context.report({
        at: value?.at ?? quoted ?? table,
        message: { headline: `sbatch --test-only refuses this job${written2}, so every block would fail to submit`, note: `"${sbatchSays(answer)}"` }
      });
      function findInSchedulerOptions(text) {
        const node = job.provider.params.get("scheduler_options")?.value;
        const index = isString2(node) ? node.value.indexOf(text) : -1;
        return isString2(node) && index >= 0 ? context.locate(node).spanOf(index, index + text.length) : void 0;
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

// src/output/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (match) => {
    if (match === "::") return ":\\u003a";
    if (match === "##[") return "#\\u0023[";
    return NAMED.get(match) ?? `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|::|##\[/g;
var NAMED = /* @__PURE__ */ new Map([
  ["\n", "\\n"],
  ["\r", "\\r"]
]);

// src/output/stylish.ts
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
function codeFrame(source, diagnostic, chalk2) {
  const { line: line2 } = diagnostic.start;
  const raw2 = source.lineText(line2);
  const full = printable(raw2);
  const printed = (column2) => printable(raw2.slice(0, column2 - 1)).length + 1;
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

// scratch-mini/entry.ts
var file = process.argv[2];
var result = lintBytes(readFileSync3(file), { rules: RULES, target: resolveTarget({}) });
process.stdout.write(formatStylishFile({ path: file, source: result.source, diagnostics: result.diagnostics }, new Chalk({ level: 0 })));
