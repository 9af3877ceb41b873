// sha256:df200d201ac0123d070733346fede316c385933dcabc6fed3b010abe3babbdf3
const __parslLintBundleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/config/config.ts
var NO_CONFIG, ConfigError;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    NO_CONFIG = { file: void 0, rules: /* @__PURE__ */ new Map(), qiime2: void 0, parsl: void 0, include: [], exclude: [], required: {}, slurmPluginOptions: [], slurmRelease: void 0 };
    ConfigError = class extends Error {
      name = "ConfigError";
    };
  }
});

// node_modules/toml-eslint-parser/lib/chunk-15K8U1wQ.mjs
var init_chunk_15K8U1wQ = __esm({
  "node_modules/toml-eslint-parser/lib/chunk-15K8U1wQ.mjs"() {
  }
});

// node_modules/eslint-visitor-keys/lib/visitor-keys.js
var KEYS, NODE_TYPES, visitor_keys_default;
var init_visitor_keys = __esm({
  "node_modules/eslint-visitor-keys/lib/visitor-keys.js"() {
    KEYS = {
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
    NODE_TYPES = Object.keys(KEYS);
    for (const type of NODE_TYPES) {
      Object.freeze(KEYS[type]);
    }
    Object.freeze(KEYS);
    visitor_keys_default = KEYS;
  }
});

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
var init_lib = __esm({
  "node_modules/eslint-visitor-keys/lib/index.js"() {
    init_visitor_keys();
  }
});

// node_modules/toml-eslint-parser/lib/index.mjs
function last(arr) {
  return arr[arr.length - 1] ?? null;
}
function toKeyName(node) {
  return node.type === "TOMLBare" ? node.name : node.value;
}
function getTOMLVer(v) {
  return v && SUPPORTED_TOML_VERSIONS[v] || DEFAULT_TOML_VERSION;
}
function getMessage(code, data) {
  if (data) return MESSAGES[code].replace(/\{\{(.*?)\}\}/gu, (_, name$2) => {
    if (name$2 in data) return data[name$2];
    return `{{${name$2}}}`;
  });
  return MESSAGES[code];
}
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
function sortedLastIndex(array, value2) {
  let low = 0;
  let high = array.length;
  while (low < high) {
    const mid = low + high >>> 1;
    const val = array[mid];
    if (val === value2) return mid + 1;
    if (val < value2) low = mid + 1;
    else high = mid;
  }
  return low;
}
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
function cloneRange(range2) {
  return [range2[0], range2[1]];
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
function parseForESLint(code, options) {
  return {
    ast: new TOMLParser(code, options).parse(),
    visitorKeys: KEYS2,
    services: { isTOML: true }
  };
}
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
      const value2 = resolveValue(node.value);
      set(baseTable, resolveValue(node.key), value2);
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
function set(baseTable, keys, value2) {
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
  target[last(keys)] = value2;
}
function isValue(value2) {
  return typeof value2 !== "object" || value2 instanceof Date;
}
function parseTOML(code, options) {
  return parseForESLint(code, options).ast;
}
var TOMLVerImpl, TOML_VERSION_1_0, TOML_VERSION_1_1, DEFAULT_TOML_VERSION, SUPPORTED_TOML_VERSIONS, MESSAGES, ParseError, CodePoint, Locations, CodePointIterator, HAS_BIGINT, RADIX_PREFIXES, ESCAPES_1_0, ESCAPES_LATEST, Tokenizer, VALUE_KIND_VALUE, VALUE_KIND_INTERMEDIATE, KeysResolver, Context, STATE_FOR_ERROR, STRING_VALUE_STYLE_MAP, STRING_KEY_STYLE_MAP, DATETIME_VALUE_KIND_MAP, TOMLParser, tomlKeys, KEYS2, getStaticTOMLValue;
var init_lib2 = __esm({
  "node_modules/toml-eslint-parser/lib/index.mjs"() {
    init_chunk_15K8U1wQ();
    init_lib();
    TOMLVerImpl = class {
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
    TOML_VERSION_1_0 = new TOMLVerImpl(1, 0);
    TOML_VERSION_1_1 = new TOMLVerImpl(1, 1);
    DEFAULT_TOML_VERSION = TOML_VERSION_1_1;
    SUPPORTED_TOML_VERSIONS = {
      "1.0": TOML_VERSION_1_0,
      "1.0.0": TOML_VERSION_1_0,
      "1.1": TOML_VERSION_1_1,
      "1.1.0": TOML_VERSION_1_1,
      latest: TOML_VERSION_1_1,
      next: TOML_VERSION_1_1
    };
    MESSAGES = {
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
    ParseError = class extends SyntaxError {
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
    CodePoint = {
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
    Locations = class {
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
    CodePointIterator = class {
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
    HAS_BIGINT = typeof BigInt !== "undefined";
    RADIX_PREFIXES = {
      16: "0x",
      10: "",
      8: "0o",
      2: "0b"
    };
    ESCAPES_1_0 = {
      [CodePoint.QUOTATION_MARK]: CodePoint.QUOTATION_MARK,
      [CodePoint.BACKSLASH]: CodePoint.BACKSLASH,
      [CodePoint.LATIN_SMALL_B]: CodePoint.BACKSPACE,
      [CodePoint.LATIN_SMALL_F]: CodePoint.FORM_FEED,
      [CodePoint.LATIN_SMALL_N]: CodePoint.LINE_FEED,
      [CodePoint.LATIN_SMALL_R]: CodePoint.CARRIAGE_RETURN,
      [CodePoint.LATIN_SMALL_T]: CodePoint.TABULATION
    };
    ESCAPES_LATEST = {
      ...ESCAPES_1_0,
      [CodePoint.LATIN_SMALL_E]: CodePoint.ESCAPE
    };
    Tokenizer = class {
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
        const range2 = [tokenStart, end];
        const loc = {
          start: this.codePointIterator.getLocFromIndex(tokenStart),
          end: this.codePointIterator.getLocFromIndex(end)
        };
        if (type === "Block") this.token = {
          type,
          value: this.text.slice(tokenStart + 1, end),
          range: range2,
          loc
        };
        else {
          let token;
          const value2 = this.text.slice(tokenStart, end);
          if (type === "BasicString" || type === "LiteralString" || type === "MultiLineBasicString" || type === "MultiLineLiteralString") token = {
            type,
            value: value2,
            string: option1,
            range: range2,
            loc
          };
          else if (type === "Integer") {
            const text = option1;
            token = {
              type,
              value: value2,
              number: parseInt(text, option2),
              bigint: HAS_BIGINT ? BigInt(RADIX_PREFIXES[option2] + text) : null,
              range: range2,
              loc
            };
          } else if (type === "Float") token = {
            type,
            value: value2,
            number: option1,
            range: range2,
            loc
          };
          else if (type === "Boolean") token = {
            type,
            value: value2,
            boolean: option1,
            range: range2,
            loc
          };
          else if (type === "LocalDate" || type === "LocalTime" || type === "LocalDateTime" || type === "OffsetDateTime") token = {
            type,
            value: value2,
            date: option1,
            range: range2,
            loc
          };
          else token = {
            type,
            value: value2,
            range: range2,
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
        const value2 = Number(minus ? String.fromCodePoint(CodePoint.DASH, ...absNum) : String.fromCodePoint(...absNum));
        this.endToken("Float", "start", value2);
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
        const value2 = Number(leftMinus ? String.fromCodePoint(CodePoint.DASH, ...left, CodePoint.LATIN_SMALL_E, ...right) : String.fromCodePoint(...left, CodePoint.LATIN_SMALL_E, ...right));
        this.endToken("Float", "start", value2);
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
      parseUnicode(count4) {
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
          if (charCount >= count4) break;
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
    VALUE_KIND_VALUE = Symbol("VALUE_KIND_VALUE");
    VALUE_KIND_INTERMEDIATE = Symbol("VALUE_KIND_INTERMEDIATE");
    KeysResolver = class {
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
    Context = class {
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
    STATE_FOR_ERROR = { VALUE: "missing-value" };
    STRING_VALUE_STYLE_MAP = {
      BasicString: "basic",
      MultiLineBasicString: "basic",
      LiteralString: "literal",
      MultiLineLiteralString: "literal"
    };
    STRING_KEY_STYLE_MAP = {
      BasicString: "basic",
      LiteralString: "literal"
    };
    DATETIME_VALUE_KIND_MAP = {
      OffsetDateTime: "offset-date-time",
      LocalDateTime: "local-date-time",
      LocalDate: "local-date",
      LocalTime: "local-time"
    };
    TOMLParser = class {
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
    tomlKeys = {
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
    KEYS2 = unionWith(tomlKeys);
    getStaticTOMLValue = generateConvertTOMLValue((node) => node.value);
  }
});

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
var init_ast_walk = __esm({
  "src/document/ast-walk.ts"() {
    "use strict";
  }
});

// src/partition-point.ts
function partitionPoint(length, isBefore) {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle2 = low + high >>> 1;
    if (isBefore(middle2)) low = middle2 + 1;
    else high = middle2;
  }
  return low;
}
var init_partition_point = __esm({
  "src/partition-point.ts"() {
    "use strict";
  }
});

// src/document/dialect.ts
var TOMLKIT_RECURSION, TOML_1_0;
var init_dialect = __esm({
  "src/document/dialect.ts"() {
    "use strict";
    TOMLKIT_RECURSION = {
      kind: "recursion",
      keyFragments: 493,
      valueFrames: 984,
      arrayFrames: 2,
      inlineTableFrames: 3,
      inlineTables: 327
    };
    TOML_1_0 = { tomlVersion: "1.0.0", depth: TOMLKIT_RECURSION };
  }
});

// src/document/prescan.ts
function prescan(text, depth, longString) {
  const piecewise = [];
  const stack = [];
  let arrays = 0;
  let inlineTables = 0;
  let expectKey = true;
  let i = 0;
  const readString = () => {
    const quote2 = text[i];
    const multiline = text.startsWith(quote2.repeat(3), i);
    const kind = quote2 === '"' ? multiline ? "multiline-basic" : "basic" : multiline ? "multiline-literal" : "literal";
    const start = i;
    const bodyStart = i + (multiline ? 3 : 1);
    let j = bodyStart;
    while (j < text.length) {
      const c = text[j];
      if (c === "\\" && quote2 === '"') j += 2;
      else if (c === quote2) {
        if (!multiline) return found({ kind, start, end: j + 1, bodyStart, bodyEnd: j });
        let run3 = 1;
        while (text[j + run3] === quote2) run3++;
        if (run3 >= 3) return found({ kind, start, end: j + run3, bodyStart, bodyEnd: j + run3 - 3 });
        j += run3;
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
var BARE_KEY;
var init_prescan = __esm({
  "src/document/prescan.ts"() {
    "use strict";
    BARE_KEY = /[A-Za-z0-9_-]/;
  }
});

// src/document/string-literals.ts
function decodeStringLiteral(text, token, tomlVersion) {
  const multiline = token.kind.startsWith("multiline");
  const basic = token.kind === "basic" || token.kind === "multiline-basic";
  const quote2 = basic ? '"' : "'";
  const delimiter = multiline ? quote2.repeat(3) : quote2;
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
    if (i - pieceStart >= PIECE && c !== quote2 && body[i - 1] !== quote2 && body[i - 1] !== "\r") cut(i);
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
  let value2 = "";
  for (const piece of pieces) {
    const head = `v = ${delimiter}${multiline ? "\n" : ""}`;
    try {
      const program = parseTOML(`${head}${body.slice(piece.start, piece.end)}${delimiter}
`, { tomlVersion });
      const node = program.body[0].body[0];
      if (node?.type !== "TOMLKeyValue" || node.value.type !== "TOMLValue" || node.value.kind !== "string") throw new Error("not a string");
      value2 += node.value.value;
    } catch (error) {
      const at = typeof error.index === "number" ? error.index : head.length;
      const offset = token.bodyStart + piece.start + Math.max(0, Math.min(at - head.length, piece.end - piece.start));
      return { ok: false, message: error instanceof Error ? error.message : String(error), offset };
    }
  }
  return { ok: true, value: value2 };
}
var LONG_STRING, PIECE;
var init_string_literals = __esm({
  "src/document/string-literals.ts"() {
    "use strict";
    init_lib2();
    LONG_STRING = 5e4;
    PIECE = 2e4;
  }
});

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
function escapes(text, range2) {
  const forms = [];
  const raw2 = text.slice(range2[0], range2[1]);
  for (let i = 0; i < raw2.length; i++) {
    if (raw2[i] !== "\\") continue;
    const next = raw2[i + 1];
    const start = range2[0] + i;
    if (next === "e") forms.push({ what: "the escape \\e", span: { start, end: start + 2 }, advice: "write \\u001b instead, the same character", replacement: "\\u001b" });
    else if (next === "x") {
      const hex = raw2.slice(i + 2, i + 4);
      forms.push({ what: `the escape \\x${hex}`, span: { start, end: start + 4 }, advice: `write \\u00${hex} instead, the same character`, replacement: `\\u00${hex}` });
    }
    i++;
  }
  return forms;
}
function tokensWithin(tokens, range2) {
  const first = partitionPoint(tokens.length, (index) => tokens[index].range[0] < range2[0]);
  const inside = [];
  for (let i = first; i < tokens.length && tokens[i].range[1] <= range2[1]; i++) inside.push(tokens[i]);
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
function toSpan(range2) {
  return { start: range2[0], end: range2[1] };
}
var init_toml11_syntax = __esm({
  "src/document/toml11-syntax.ts"() {
    "use strict";
    init_ast_walk();
    init_partition_point();
  }
});

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
    const region = regions[partitionPoint(regions.length, (index) => regions[index].shrunkStart <= offset) - 1];
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
    const value2 = values.get(node.range[0]);
    if (value2 === void 0) return;
    if (node.type === "TOMLValue" && node.kind === "string" || node.type === "TOMLQuoted") node.value = value2;
  });
}
function toSpan2(range2) {
  return { start: range2[0], end: range2[1] };
}
function keyName(segment) {
  return segment.type === "TOMLBare" ? segment.name : segment.value;
}
function scalar(node, path17, span) {
  if (node.kind === "string") {
    const stringStyle = node.multiline ? node.style === "basic" ? "multiline-basic" : "multiline-literal" : node.style;
    return { kind: "scalar", path: path17, span, type: "string", value: node.value, stringStyle };
  }
  if (node.kind === "integer" || node.kind === "float") return { kind: "scalar", path: path17, span, type: node.kind, value: node.value, literal: node.number };
  const type = node.kind === "boolean" ? node.kind : "datetime";
  return { kind: "scalar", path: path17, span, type, value: node.value };
}
var TreeBuilder;
var init_parse = __esm({
  "src/document/parse.ts"() {
    "use strict";
    init_lib2();
    init_ast_walk();
    init_partition_point();
    init_dialect();
    init_prescan();
    init_string_literals();
    init_toml11_syntax();
    TreeBuilder = class {
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
          const name2 = resolved[r++];
          const index = resolved[r];
          const isLast = j === node.key.keys.length - 1;
          if (typeof index === "number") {
            r++;
            table = this.arrayTableItem(table, name2, toSpan2(segment.range), index, header);
          } else {
            table = this.childTable(table, name2, toSpan2(segment.range), isLast ? header : void 0);
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
      value(node, path17) {
        const span = toSpan2(node.range);
        if (node.type === "TOMLInlineTable") {
          const table = { kind: "table", path: path17, span, origin: "inline", entries: /* @__PURE__ */ new Map() };
          for (const keyValue of node.body) this.addKeyValue(table, keyValue);
          return table;
        }
        if (node.type === "TOMLArray") {
          return { kind: "array", path: path17, span, ofTables: false, items: node.elements.map((element, i) => this.value(element, [...path17, i])) };
        }
        return scalar(node, path17, span);
      }
    };
  }
});

// src/document/source.ts
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
var SourceText, utf8;
var init_source = __esm({
  "src/document/source.ts"() {
    "use strict";
    init_partition_point();
    SourceText = class {
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
        const lineIndex = partitionPoint(this.lineStarts.length, (index) => this.lineStarts[index] <= clamped) - 1;
        const hidden = lineIndex === 0 && this.hasBom && clamped > 0 ? 1 : 0;
        return { line: lineIndex + 1, column: clamped - this.lineStarts[lineIndex] + 1 - hidden };
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
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  }
});

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
  const value2 = node.value;
  const offsets = [];
  let v = 0;
  while (v < value2.length && raw2 < node.span.end) {
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
    if (char === "\r" && value2[v] === "\n") raw2++;
    offsets[v++] = raw2;
    raw2++;
  }
  while (offsets.length <= value2.length) offsets.push(Math.max(raw2, node.span.start));
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
var init_strings = __esm({
  "src/document/strings.ts"() {
    "use strict";
  }
});

// src/catalog/object-keys.ts
var MODULE_GROUPS, OBJECT_KEYS;
var init_object_keys = __esm({
  "src/catalog/object-keys.ts"() {
    "use strict";
    MODULE_GROUPS = ["executors", "providers", "launchers", "channels", "monitoring", "data_provider"];
    OBJECT_KEYS = /* @__PURE__ */ new Map([
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
  }
});

// src/package-files.ts
function packageFile(relative) {
  root ??= findRoot(import_node_path.default.dirname((0, import_node_url.fileURLToPath)(__parslLintBundleUrl)));
  return import_node_path.default.join(root, relative);
}
function findRoot(start) {
  for (let dir = start; ; dir = import_node_path.default.dirname(dir)) {
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(dir, "package.json"))) return dir;
    if (import_node_path.default.dirname(dir) === dir) throw new Error(`parsl-lint's package.json not found above ${start}`);
  }
}
var import_node_fs, import_node_path, import_node_url, root;
var init_package_files = __esm({
  "src/package-files.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
  }
});

// src/catalog/data.ts
function catalogJson(name2) {
  if (!cache.has(name2)) cache.set(name2, JSON.parse((0, import_node_fs2.readFileSync)(packageFile(`catalog/${name2}`), "utf8")));
  return cache.get(name2);
}
var import_node_fs2, cache;
var init_data = __esm({
  "src/catalog/data.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_package_files();
    cache = /* @__PURE__ */ new Map();
  }
});

// src/catalog/parsl.ts
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
function toClassSpec(name2, raw2) {
  const params = /* @__PURE__ */ new Map();
  for (const [param2, spec] of Object.entries(raw2.params)) params.set(param2, { name: param2, ...spec });
  return {
    name: name2,
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
  for (const name2 of Object.keys(raw2.classes).sort()) {
    const spec = toClassSpec(name2, raw2.classes[name2]);
    if (spec.group === "config") config = spec;
    else byGroup.get(spec.group).set(name2, spec);
  }
  if (!config) throw new Error(`catalog/parsl-${raw2.parsl}.json has no Config`);
  const anyGroup = /* @__PURE__ */ new Map();
  for (const group of [...MODULE_GROUPS].reverse()) for (const [name2, spec] of byGroup.get(group)) anyGroup.set(name2, spec);
  return {
    version: raw2.parsl,
    config,
    classes: (group) => [...byGroup.get(group).values()],
    lookup: (group, name2) => byGroup.get(group).get(name2),
    findInAnyGroup: (name2) => anyGroup.get(name2),
    hasModule: (group) => raw2.modules[group]
  };
}
var PARSL_RELEASES, catalogs;
var init_parsl = __esm({
  "src/catalog/parsl.ts"() {
    "use strict";
    init_data();
    init_object_keys();
    PARSL_RELEASES = catalogJson("history.json").releases;
    catalogs = /* @__PURE__ */ new Map();
  }
});

// src/catalog/qiime2.ts
function qiime2Release(version) {
  const match = /^(\d{4})\.(\d{1,2})(?:\.\d+)?$/.exec(version.trim());
  const name2 = match ? `${match[1]}.${Number(match[2])}` : void 0;
  const release = QIIME2_RELEASES.find((candidate) => candidate.version === name2);
  if (!release) {
    const known = QIIME2_RELEASES.map((r) => r.status === "released" ? r.version : `${r.version} (in development)`);
    throw new Error(`Unknown QIIME 2 release "${version}"; did you mean one of ${known.join(", ")}?`);
  }
  return release;
}
var QIIME2_RELEASES, NEWEST_QIIME2_RELEASE;
var init_qiime2 = __esm({
  "src/catalog/qiime2.ts"() {
    "use strict";
    init_data();
    QIIME2_RELEASES = catalogJson("qiime2-releases.json").releases.map(
      (raw2) => ({ ...raw2, note: raw2.note })
    );
    NEWEST_QIIME2_RELEASE = QIIME2_RELEASES.filter((release) => release.status === "released").at(-1);
  }
});

// src/catalog/target.ts
function resolveTarget(request) {
  const qiime2 = request.qiime2 === void 0 && request.parsl !== void 0 ? void 0 : qiime2Release(request.qiime2 ?? NEWEST_QIIME2_RELEASE.version);
  if (request.parsl === void 0) return { qiime2, parsl: qiime2.parsl };
  const { release, catalogued } = nearestParslRelease(request.parsl);
  return catalogued ? { qiime2, parsl: release } : { qiime2, parsl: release, parslAsked: request.parsl };
}
function describeSubstitution(target) {
  return target.parslAsked === void 0 ? void 0 : `parsl ${target.parslAsked} is not catalogued; judging against parsl ${target.parsl}, the newest catalogued release before it`;
}
function describeTarget(target) {
  return target.qiime2 ? `QIIME 2 ${target.qiime2.version} (parsl ${target.parsl})` : `parsl ${target.parsl}`;
}
function describeLoader(target) {
  return target.qiime2 ? describeTarget(target) : `QIIME 2 with ${describeTarget(target)}`;
}
var init_target = __esm({
  "src/catalog/target.ts"() {
    "use strict";
    init_parsl();
    init_qiime2();
  }
});

// src/catalog/tomlkit.ts
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
var TOML_1_1_LIMITED;
var init_tomlkit = __esm({
  "src/catalog/tomlkit.ts"() {
    "use strict";
    init_dialect();
    init_qiime2();
    TOML_1_1_LIMITED = {
      tomlVersion: "1.1.0",
      depth: { kind: "parse-error", keyFragments: 100, valueNesting: 100 }
    };
  }
});

// src/catalog/python-literal.ts
function pythonDefault(spec) {
  if (spec.default === null) return void 0;
  if (!literals.has(spec.default)) literals.set(spec.default, pythonLiteral(spec.default));
  return literals.get(spec.default);
}
function pythonLiteral(source) {
  const text = source.trim();
  if (CONSTANTS.has(text)) return CONSTANTS.get(text);
  if (NUMBER.test(text)) return Number(text.replaceAll("_", ""));
  const string = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(text);
  if (!string) return void 0;
  const [, prefix = "", quote2 = "", body = ""] = string;
  if (quote2.length === 1 && (body.includes("\n") || new RegExp(`(^|[^\\\\])(\\\\\\\\)*${quote2}`).test(body))) return void 0;
  return prefix.toLowerCase() === "r" ? body : unescape(body);
}
function unescape(body) {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole2, code) => {
    if (code in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[code];
    if (/^[xuU]/.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return whole2;
  });
}
var literals, CONSTANTS, NUMBER, SIMPLE_ESCAPES;
var init_python_literal = __esm({
  "src/catalog/python-literal.ts"() {
    "use strict";
    literals = /* @__PURE__ */ new Map();
    CONSTANTS = /* @__PURE__ */ new Map([
      ["None", null],
      ["True", true],
      ["False", false]
    ]);
    NUMBER = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
    SIMPLE_ESCAPES = {
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
  }
});

// src/catalog/history.ts
function toChange(change) {
  return change && { release: change.release, exact: change.exact, after: change.after, reference: change.reference };
}
function toHistory(entry, range2) {
  return {
    firstSeen: entry.firstSeen ?? range2.firstSeen,
    lastSeen: entry.lastSeen ?? range2.lastSeen,
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
  let ofClass = paramHistories.get(className);
  if (ofClass === void 0) paramHistories.set(className, ofClass = /* @__PURE__ */ new Map());
  if (!ofClass.has(param2)) ofClass.set(param2, readParamHistory(className, param2));
  return ofClass.get(param2);
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
var raw, classHistories, paramHistories;
var init_history = __esm({
  "src/catalog/history.ts"() {
    "use strict";
    init_data();
    init_parsl();
    raw = () => catalogJson("history.json");
    classHistories = /* @__PURE__ */ new Map();
    paramHistories = /* @__PURE__ */ new Map();
  }
});

// src/catalog/annotation.ts
function parseAnnotation(annotation2) {
  if (annotation2 === null) return ANY;
  let type = annotations.get(annotation2);
  if (type === void 0) annotations.set(annotation2, type = readAnnotation(annotation2));
  return type;
}
function readAnnotation(annotation2) {
  try {
    const parser = new Parser(annotation2);
    const type = parser.union();
    return parser.atEnd() ? type : ANY;
  } catch {
    return ANY;
  }
}
function fromName(name2, args) {
  if (name2 === "None") return { kind: "none" };
  if (SCALARS.has(name2)) return { kind: name2 };
  switch (name2) {
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
      return { kind: "class", name: name2.split(".").at(-1) };
  }
}
var ANY, annotations, SCALARS, Parser;
var init_annotation = __esm({
  "src/catalog/annotation.ts"() {
    "use strict";
    ANY = { kind: "any" };
    annotations = /* @__PURE__ */ new Map();
    SCALARS = /* @__PURE__ */ new Set(["int", "float", "bool", "str"]);
    Parser = class {
      tokens;
      index = 0;
      constructor(text) {
        this.tokens = text.match(/'[^']*'|"[^"]*"|[\w.]+|[[\],|]/g) ?? [];
      }
      atEnd() {
        return this.index === this.tokens.length;
      }
      /** `A | B | ...` */
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
  }
});

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
var init_modules = __esm({
  "src/catalog/modules.ts"() {
    "use strict";
    init_history();
    init_parsl();
    init_qiime2();
    init_target();
  }
});

// src/catalog/strategies.ts
var STRATEGIES;
var init_strategies = __esm({
  "src/catalog/strategies.ts"() {
    "use strict";
    STRATEGIES = ["none", "simple", "htex_auto_scale"];
  }
});

// src/catalog/index.ts
var init_catalog = __esm({
  "src/catalog/index.ts"() {
    "use strict";
    init_object_keys();
    init_parsl();
    init_qiime2();
    init_target();
    init_tomlkit();
    init_python_literal();
    init_history();
    init_annotation();
    init_modules();
    init_strategies();
  }
});

// src/model/object-class.ts
function objectClass(object, target, catalog) {
  if (object.className === void 0 || moduleImportError(target, object.group)) return void 0;
  if (object.group === "executors" && object.className === TEST_EXECUTOR) return catalog.lookup("executors", "ThreadPoolExecutor");
  return catalog.lookup(object.group, object.className);
}
var TEST_EXECUTOR;
var init_object_class = __esm({
  "src/model/object-class.ts"() {
    "use strict";
    init_catalog();
    TEST_EXECUTOR = "_TEST_EXECUTOR_";
  }
});

// src/model/arguments.ts
function* keywordArguments(config, target, catalog) {
  for (const entry of config.configParams.values()) yield { entry, spec: catalog.config, siblings: config.configParams, object: void 0 };
  for (const object of config.objects) {
    const spec = objectClass(object, target, catalog);
    if (!spec || spec.abstract) continue;
    for (const entry of object.params.values()) yield { entry, spec, siblings: object.params, object };
  }
}
var init_arguments = __esm({
  "src/model/arguments.ts"() {
    "use strict";
    init_object_class();
  }
});

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
  const value2 = entry.value;
  if (value2.kind === "table" && value2.origin === "header" || value2.kind === "array" && value2.ofTables) return value2.span;
  return entry.keySpan;
}
var init_tree = __esm({
  "src/document/tree.ts"() {
    "use strict";
  }
});

// src/model/build.ts
function buildModel(document) {
  const parsl = document.root.entries.get("parsl");
  const parslTable2 = isTable(parsl?.value) ? parsl.value : void 0;
  const configParams = new Map(parslTable2 ? [...parslTable2.entries].filter(([key]) => key !== "executor_mapping") : []);
  const objects2 = [];
  const topLevel = [...configParams.values()].flatMap((entry) => objectsUnder(entry, void 0, objects2));
  const executorsEntry = configParams.get("executors");
  const executors = topLevel.filter((object) => object.entry === executorsEntry);
  const mappingEntry = parslTable2?.entries.get("executor_mapping");
  return {
    document,
    parsl,
    parslTable: parslTable2,
    configParams,
    executorsEntry,
    executors,
    objects: objects2,
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
var init_build = __esm({
  "src/model/build.ts"() {
    "use strict";
    init_tree();
    init_catalog();
  }
});

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
  const inline = [...table.entries.values()].filter(({ value: value2 }) => value2.kind === "table" ? value2.origin === "inline" : value2.kind === "scalar" || !value2.ofTables);
  return Math.max(table.span.end, ...inline.map((entry) => entry.value.span.end));
}
function replace(at, text) {
  const span = "span" in at ? at.span : at;
  return { start: span.start, end: span.end, text };
}
var init_edits = __esm({
  "src/document/edits.ts"() {
    "use strict";
    init_tree();
  }
});

// src/fixes/toml-string.ts
function tomlBasicString(value2) {
  const escaped = value2.replace(/["\\\u0000-\u001f\u007f]/g, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
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
var SHORT_ESCAPES;
var init_toml_string = __esm({
  "src/fixes/toml-string.ts"() {
    "use strict";
    SHORT_ESCAPES = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "	": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
  }
});

// src/scheduler/cobalt/adapter.ts
var cobalt;
var init_adapter = __esm({
  "src/scheduler/cobalt/adapter.ts"() {
    "use strict";
    cobalt = {
      name: "Cobalt",
      providers: ["CobaltProvider"],
      submitCommand: "qsub",
      reads: [],
      longOptions: false,
      walltime: { use: "minutes", writtenAs: "qsub -t <minutes> (command line)", source: "parsl/providers/cobalt/cobalt.py submit()" }
    };
  }
});

// src/scheduler/condor/adapter.ts
var condor;
var init_adapter2 = __esm({
  "src/scheduler/condor/adapter.ts"() {
    "use strict";
    condor = {
      name: "HTCondor",
      providers: ["CondorProvider"],
      submitCommand: "condor_submit",
      reads: [],
      longOptions: false,
      walltime: { use: "unused", source: "parsl/providers/condor/condor.py (only passed to ClusterProvider)" },
      nodeFields: { cores: "cores_per_slot", memory: "mem_per_slot" }
    };
  }
});

// src/scheduler/reading.ts
function fromDirectiveScan(scan, overrides, options = {}) {
  const judged = overrides.map((found) => {
    const advice2 = options.advice?.get(found.key);
    return { ...found, ...advice2 && { advice: advice2 }, ...options.userMayReplace?.has(found.key) && { userMayReplace: true } };
  });
  return { lines: scan.lines, ...scan.headerEnd !== void 0 && { headerEnd: scan.headerEnd }, ignored: scan.issues, overrides: judged, refusals: [] };
}
var init_reading = __esm({
  "src/scheduler/reading.ts"() {
    "use strict";
  }
});

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
  let owner = 0;
  let firstReaching = 0;
  let start = 0;
  const bodyLines = body.split("\n");
  for (let index = 0; index < bodyLines.length; index++) {
    const lineText = bodyLines[index];
    const end = start + lineText.length;
    while (placed[owner].end <= start) owner++;
    while (placed[firstReaching].end < start) firstReaching++;
    let verbatim;
    for (let at = firstReaching; at < placed.length && placed[at].start <= end && verbatim === void 0; at++) {
      if (placed[at].piece.fieldOffset !== void 0) verbatim = placed[at];
    }
    let fieldText;
    if (verbatim !== void 0) {
      const from = Math.max(verbatim.start, start);
      const to = Math.min(verbatim.end, end);
      fieldText = { column: from - start, offset: verbatim.piece.fieldOffset + (from - verbatim.start), length: to - from };
    }
    const { source, field } = placed[owner].piece;
    const line2 = { index, text: lineText, start, source };
    if (field) line2.field = field;
    if (fieldText) line2.fieldText = fieldText;
    lines.push(line2);
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
function pythonInt(value2) {
  return Number.isInteger(value2) ? BigInt(value2).toString() : String(value2);
}
function isUserLine(line2) {
  return line2.source === "scheduler_options" || line2.source === "worker_init";
}
var init_rendered_script = __esm({
  "src/scheduler/rendered-script.ts"() {
    "use strict";
  }
});

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
var init_overrides = __esm({
  "src/scheduler/overrides.ts"() {
    "use strict";
  }
});

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
var init_header = __esm({
  "src/scheduler/grid-engine/header.ts"() {
    "use strict";
    init_rendered_script();
    init_overrides();
  }
});

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
  let count4 = 0;
  while (count4 < line2.length && isCSpace(line2[count4])) count4++;
  return count4;
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
var init_directive_scan = __esm({
  "src/scheduler/directive-scan.ts"() {
    "use strict";
  }
});

// src/scheduler/grid-engine/directives.ts
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
    const list2 = words2[++at];
    if (!hard) continue;
    let offset = 0;
    for (const item of list2.text.split(",")) {
      const name2 = item.split("=")[0];
      const start = offset === 0 ? word.start : list2.start + offset;
      if (name2 !== "") settings.push({ key: `-l ${name2}`, text: `-l ${item}`, span: { start, end: list2.start + offset + item.length }, line: index });
      offset += item.length + 1;
    }
  }
  return settings;
}
var GRID_ENGINE_PREFIX;
var init_directives = __esm({
  "src/scheduler/grid-engine/directives.ts"() {
    "use strict";
    init_directive_scan();
    GRID_ENGINE_PREFIX = "#$";
  }
});

// src/scheduler/grid-engine/adapter.ts
var gridEngine;
var init_adapter3 = __esm({
  "src/scheduler/grid-engine/adapter.ts"() {
    "use strict";
    init_reading();
    init_header();
    init_directives();
    gridEngine = {
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
  }
});

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
    const value2 = pythonInt2(field);
    if (value2 === void 0) {
      return { ok: false, reason: `ValueError: invalid literal for int() with base 10: ${pythonRepr(field)}` };
    }
    total += value2 * factor;
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
function unicodeDecimalValue(char) {
  const isDecimal = (code2) => new RegExp("\\p{Nd}", "u").test(String.fromCodePoint(code2));
  let code = char.codePointAt(0);
  if (!isDecimal(code)) return void 0;
  const start = code;
  while (isDecimal(code - 1)) code--;
  return (start - code) % 10;
}
function pythonRepr(text) {
  const quote2 = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === "\\" || char === quote2) body += `\\${char}`;
    else if (char === "	") body += "\\t";
    else if (char === "\n") body += "\\n";
    else if (char === "\r") body += "\\r";
    else if (char !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(char)) {
      if (code < 256) body += `\\x${code.toString(16).padStart(2, "0")}`;
      else if (code < 65536) body += `\\u${code.toString(16).padStart(4, "0")}`;
      else body += `\\U${code.toString(16).padStart(8, "0")}`;
    } else body += char;
  }
  return quote2 + body + quote2;
}
var PYTHON_NON_ASCII_SPACES;
var init_walltime = __esm({
  "src/scheduler/walltime.ts"() {
    "use strict";
    PYTHON_NON_ASCII_SPACES = /* @__PURE__ */ new Set([
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
  }
});

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
var init_header2 = __esm({
  "src/scheduler/lsf/header.ts"() {
    "use strict";
    init_walltime();
    init_rendered_script();
  }
});

// src/scheduler/lsf/directives.ts
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
var LSF_PREFIX;
var init_directives2 = __esm({
  "src/scheduler/lsf/directives.ts"() {
    "use strict";
    init_directive_scan();
    LSF_PREFIX = "#BSUB";
  }
});

// src/scheduler/lsf/adapter.ts
var lsf;
var init_adapter4 = __esm({
  "src/scheduler/lsf/adapter.ts"() {
    "use strict";
    init_reading();
    init_header2();
    init_directives2();
    lsf = {
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
  }
});

// src/scheduler/pbs/header.ts
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
var TASKS_PER_NODE, SINGLE_VALUED;
var init_header3 = __esm({
  "src/scheduler/pbs/header.ts"() {
    "use strict";
    init_rendered_script();
    init_overrides();
    TASKS_PER_NODE = 1;
    SINGLE_VALUED = /* @__PURE__ */ new Set(["-A", "-N", "-S", "-e", "-m", "-o", "-q"]);
  }
});

// src/scheduler/pbs/directives.ts
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
  let chars = "";
  const offsets = [];
  const lines = [];
  for (const [position, part] of parts.entries()) {
    let from = position === 0 ? leadingBlanks(part.text) + PBS_PREFIX.length : 0;
    let to = part.text.length;
    if (position < parts.length - 1) to = flavour === "pbspro" ? part.text.search(/\\[ \t\v\f\r]*$/) : to - 1;
    if (from < to) chars += part.text.slice(from, to);
    for (; from < to; from++) {
      offsets.push(part.span.start + from);
      lines.push(part.index);
    }
  }
  return { chars, offsets, lines };
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
      const value2 = attached ? slice(arg, position + 1) : args[++index];
      if (value2 === void 0) return settings;
      const from = arg.offsets[position === 1 ? 0 : position];
      if (letter === "l") settings.push(...resources(value2, from, arg.line));
      else settings.push(option(letter, value2.text, from, value2.span.end, arg.line));
      break;
    }
  }
  return settings;
}
function option(letter, value2, start, end, line2) {
  return { key: `-${letter}`, text: value2 === void 0 ? `-${letter}` : `-${letter} ${value2}`, span: { start, end }, line: line2 };
}
function resources(list2, optionStart2, line2) {
  const settings = [];
  let from = 0;
  let depth = 0;
  let quote2;
  for (let index = 0; index <= list2.text.length; index++) {
    const char = list2.text[index];
    if (quote2 !== void 0) {
      if (char === quote2) quote2 = void 0;
      continue;
    }
    if (char === '"' || char === "'") quote2 = char;
    else if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === "," && depth === 0 || char === void 0) {
      const item = list2.text.slice(from, index);
      const name2 = item.split("=")[0].trim();
      if (name2 !== "") {
        const start = settings.length === 0 ? optionStart2 : list2.offsets[from];
        settings.push({ key: `-l ${name2}`, text: `-l ${item}`, span: { start, end: list2.offsets[index - 1] + 1 }, line: line2 });
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
var OPTION_LETTERS, PBS_PREFIX;
var init_directives3 = __esm({
  "src/scheduler/pbs/directives.ts"() {
    "use strict";
    init_directive_scan();
    OPTION_LETTERS = {
      pbspro: "a:A:c:C:e:fhIj:J:k:l:m:M:N:o:p:q:r:R:S:u:v:VW:XzP:",
      torque: "a:A:b:c:C:d:D:e:EfF:hi:Ij:J:k:K:l:L:m:M:nN:o:p:P:q:r:S:t:T:u:v:Vw:W:Xxz"
    };
    PBS_PREFIX = "#PBS";
  }
});

// src/scheduler/pbs/adapter.ts
var ADVICE, USER_MAY_REPLACE, pbs;
var init_adapter5 = __esm({
  "src/scheduler/pbs/adapter.ts"() {
    "use strict";
    init_reading();
    init_header3();
    init_directives3();
    ADVICE = /* @__PURE__ */ new Map([
      ["-l walltime", "set walltime instead"],
      ["-l select", "set nodes_per_block, cpus_per_node and select_options instead"],
      ["-l nodes", "TorqueProvider always asks for ppn=1 (parsl submits with tasks_per_node=1); set nodes_per_block for the node count"],
      ["-q", "set queue instead"],
      ["-A", "set account instead"]
    ]);
    USER_MAY_REPLACE = /* @__PURE__ */ new Set(["-m"]);
    pbs = {
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
  }
});

// src/suggest.ts
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
function normalize(name2) {
  return name2.toLowerCase().replaceAll("-", "_").replace(/s$/, "");
}
var MAX_SUGGESTION_LENGTH;
var init_suggest = __esm({
  "src/suggest.ts"() {
    "use strict";
    MAX_SUGGESTION_LENGTH = 100;
  }
});

// src/scheduler/slurm/options.ts
function compareSlurmReleases(a, b) {
  return SLURM_RELEASES.indexOf(a) - SLURM_RELEASES.indexOf(b);
}
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
  for (const name2 of change.removed) table.splice(indexOfOption(table, name2), 1);
  for (const { name: name2, argument } of change.argumentChanged) {
    const index = indexOfOption(table, name2);
    table[index] = { ...table[index], argument };
  }
  for (const { option: option2, after } of change.added) table.splice(indexOfOption(table, after) + 1, 0, option2);
}
function undoAdditions(table, change) {
  for (const { option: option2 } of change.added) table.splice(indexOfOption(table, option2.name), 1);
}
function indexOfOption(table, name2) {
  const index = table.findIndex((option2) => option2.name === name2);
  if (index < 0) throw new Error(`sbatch option table has no --${name2}`);
  return index;
}
function sbatchSettingName(option2) {
  return SBATCH_SETTING_ALIASES.get(option2.name) ?? option2.name;
}
var SLURM_RELEASES, ORACLE_SLURM_RELEASE, NEWEST_SLURM_RELEASE, SBATCH_OPTIONS_22_05, SBATCH_OPTION_CHANGES, optionTables, SBATCH_SETTING_ALIASES, RETIRED_SBATCH_OPTIONS;
var init_options = __esm({
  "src/scheduler/slurm/options.ts"() {
    "use strict";
    SLURM_RELEASES = [
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
    ORACLE_SLURM_RELEASE = "22.05";
    NEWEST_SLURM_RELEASE = "25.11";
    SBATCH_OPTIONS_22_05 = [
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
    SBATCH_OPTION_CHANGES = [
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
    optionTables = /* @__PURE__ */ new Map();
    SBATCH_SETTING_ALIASES = /* @__PURE__ */ new Map([
      ["tasks-per-node", "ntasks-per-node"],
      ["cluster", "clusters"],
      ["oversubscribe", "exclusive"],
      ["no-requeue", "requeue"]
    ]);
    RETIRED_SBATCH_OPTIONS = /* @__PURE__ */ new Map([
      ["workdir", { replacement: "chdir", note: "--workdir was removed from sbatch in Slurm 19.05; use --chdir" }],
      ["share", { replacement: "oversubscribe", note: "--share was removed in Slurm 19.05; use --oversubscribe" }],
      ["mem_bind", { replacement: "mem-bind", note: "--mem_bind was removed in Slurm 19.05; use --mem-bind" }],
      ["cpu_bind", { note: "sbatch has not taken --cpu_bind since Slurm 14.11; --cpu-bind is an srun option" }],
      ["cpu-bind", { note: "--cpu-bind is an srun option, not an sbatch one; put it on the srun line" }]
    ]);
  }
});

// src/scheduler/slurm/option-names.ts
function resolveLongOption(name2, table) {
  const index = indexOf(table);
  const exact = index.exact.get(name2);
  if (exact !== void 0) return exact;
  const matches = index.prefixed(name2);
  if (matches.length === 1) return { kind: "prefix", option: matches[0] };
  if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  return { kind: "unknown" };
}
function shortOption(letter, table) {
  return indexOf(table).short.get(letter);
}
function indexOf(table) {
  let index = indexes.get(table);
  if (index === void 0) indexes.set(table, index = buildIndex(table));
  return index;
}
function buildIndex(table) {
  const exact = /* @__PURE__ */ new Map();
  const short = /* @__PURE__ */ new Map();
  for (const option2 of table) {
    if (!exact.has(option2.name)) exact.set(option2.name, { kind: "exact", option: option2 });
    if (option2.short !== void 0 && !short.has(option2.short)) short.set(option2.short, option2);
  }
  const sorted = table.map((option2, position) => ({ option: option2, position })).sort((a, b) => a.option.name < b.option.name ? -1 : a.option.name > b.option.name ? 1 : a.position - b.position);
  const prefixed = (prefix) => {
    const first = partitionPoint(sorted.length, (index) => sorted[index].option.name < prefix);
    const found = [];
    for (let at = first; at < sorted.length && sorted[at].option.name.startsWith(prefix); at++) found.push(sorted[at]);
    return found.sort((a, b) => a.position - b.position).map((entry) => entry.option);
  };
  return { exact, short, prefixed };
}
function suggestSbatchOptions(name2, table) {
  const retired = RETIRED_SBATCH_OPTIONS.get(name2);
  if (retired !== void 0) {
    const { replacement: replacement2 } = retired;
    return replacement2 !== void 0 && table.some((option2) => option2.name === replacement2) ? [replacement2] : [];
  }
  const hyphenated = name2.replaceAll("_", "-");
  const variants = [hyphenated];
  for (const match of hyphenated.matchAll(/s(?=-|$)/g)) {
    variants.push(hyphenated.slice(0, match.index) + hyphenated.slice(match.index + 1));
  }
  const fixed = /* @__PURE__ */ new Set();
  for (const variant of variants) {
    if (variant === name2) continue;
    const resolution = resolveLongOption(variant, table);
    if (resolution.kind === "exact" || resolution.kind === "prefix") fixed.add(resolution.option.name);
  }
  if (fixed.size > 0) return [...fixed];
  if (name2.length > MAX_SUGGESTION_LENGTH) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(name2.length / 3)));
  const scored = table.map((option2) => ({ name: option2.name, distance: editDistance(hyphenated, option2.name, limit) })).filter((entry) => entry.distance <= limit);
  const best = Math.min(...scored.map((entry) => entry.distance));
  return scored.filter((entry) => entry.distance === best).map((entry) => entry.name).slice(0, 3);
}
var indexes;
var init_option_names = __esm({
  "src/scheduler/slurm/option-names.ts"() {
    "use strict";
    init_partition_point();
    init_suggest();
    init_options();
    indexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/scheduler/slurm/getopt.ts
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
  const name2 = equals < 0 ? body : body.slice(0, equals);
  const nameSpan = spanOfText(token, 0, 2 + name2.length);
  const resolution = resolveLongOption(name2, table);
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
          message: `--${name2} is ambiguous: it abbreviates ${candidates.map((c) => `--${c}`).join(", ")}`,
          sbatchSays: `sbatch: option '--${body}' is ambiguous; possibilities:${candidates.map((c) => ` '--${c}'`).join("")}
${TRY_HELP}`,
          candidates
        }
      ]
    };
  }
  if (resolution.kind === "unknown") {
    const retired = RETIRED_SBATCH_OPTIONS.get(name2);
    const suggestions3 = suggestSbatchOptions(name2, table);
    return {
      ...none,
      problems: [
        {
          kind: "unknown-option",
          consequence: "rejected",
          span: nameSpan,
          line: token.line,
          message: `stock sbatch has no option --${name2}` + (retired ? ` (${retired.note})` : suggestions3.length > 0 ? `; did you mean ${suggestions3.map((s) => `--${s}`).join(" or ")}?` : "") + " (a site plugin may add options)",
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
  if (form === "abbreviated") problems.push(abbreviated(token, nameSpan, name2, option2));
  let value2;
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
    value2 = subText(token, 2 + equals + 1, token.text.length);
  } else if (option2.argument === "required") {
    if (next === void 0) {
      problems.push(missingArgument(token, nameSpan, `sbatch: option '--${option2.name}' requires an argument`, option2));
      return { directives: [], problems, consumedNext };
    }
    value2 = subText(next, 0, next.text.length);
    consumedNext = true;
  }
  const end = consumedNext ? next.span.end : value2 !== void 0 ? token.span.end : nameSpan.end;
  const directive = makeDirective(option2, `--${name2}`, nameSpan, form, value2, consumedNext, end, token.line, component);
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
    const option2 = shortOption(letter, table);
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
    let value2;
    const attached = index + 1 < token.text.length;
    if (option2.argument !== "none" && attached) {
      value2 = subText(token, index + 1, token.text.length);
    } else if (option2.argument === "required") {
      if (next === void 0) {
        problems.push(missingArgument(token, nameSpan, `sbatch: option requires an argument -- '${letter}'`, option2));
        break;
      }
      value2 = subText(next, 0, next.text.length);
      consumedNext = true;
    }
    const end = consumedNext ? next.span.end : value2 !== void 0 ? token.span.end : nameSpan.end;
    const directive = makeDirective(option2, `-${letter}`, nameSpan, "short", value2, consumedNext, end, token.line, component);
    directives.push(directive);
    problems.push(...directiveNotes(directive));
    if (option2.argument !== "none") break;
  }
  return { directives, problems, consumedNext };
}
function makeDirective(option2, written2, nameSpan, form, value2, valueIsNextArgument, end, line2, component) {
  return { option: option2, written: written2, nameSpan, form, ...value2 && { value: value2 }, valueIsNextArgument, span: { start: nameSpan.start, end }, line: line2, component };
}
function directiveNotes(directive) {
  const notes = [];
  const { option: option2, value: value2 } = directive;
  if (option2.commandLineOnly) {
    notes.push({
      kind: "command-line-only",
      consequence: "ignored",
      span: directive.span,
      line: directive.line,
      message: `sbatch honours --${option2.name} only on its command line; in a batch script it is ignored`
    });
  }
  if (value2 !== void 0 && directive.valueIsNextArgument && value2.line !== directive.line) {
    notes.push({
      kind: "value-on-next-line",
      consequence: "accepted",
      span: directive.nameSpan,
      line: directive.line,
      message: `${directive.written} has no value on its line, so sbatch takes the next argument, ${JSON.stringify(value2.text)} on line ${value2.line + 1}, as its value`
    });
  }
  return notes;
}
function abbreviated(token, nameSpan, name2, option2) {
  return {
    kind: "abbreviated-option",
    consequence: "accepted",
    span: nameSpan,
    line: token.line,
    message: `--${name2} is accepted as an abbreviation of --${option2.name}; spell it out, since a newer Slurm can make the abbreviation ambiguous`
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
var TRY_HELP;
var init_getopt = __esm({
  "src/scheduler/slurm/getopt.ts"() {
    "use strict";
    init_option_names();
    init_options();
    TRY_HELP = 'Try "sbatch --help" for more information';
  }
});

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
var init_lines = __esm({
  "src/scheduler/slurm/lines.ts"() {
    "use strict";
    init_directive_scan();
  }
});

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
    let value2 = "";
    const offsets = [];
    let quote2;
    let escaped = false;
    let endedByHash = false;
    while (position < to && (quote2 !== void 0 || !isCSpace(text[position]))) {
      const char = text[position];
      if (escaped) {
        escaped = false;
      } else if (char === "\\") {
        position++;
        if (escapedSpaceJoins && text[position] === " " && position < to) {
          value2 += " ";
          offsets.push(position++);
          continue;
        }
        if (quote2 === void 0 && position < to && isCSpace(text[position]) && value2 !== "") {
          problems.push(escapedSpaceSplits(position - 1, line2));
        }
        escaped = true;
        continue;
      } else if (quote2 !== void 0) {
        if (char === quote2) {
          quote2 = void 0;
          position++;
          continue;
        }
      } else if (char === '"' || char === "'") {
        quote2 = char;
        position++;
        continue;
      } else if (char === "#") {
        endedByHash = true;
        break;
      }
      value2 += char;
      offsets.push(position++);
    }
    if (quote2 !== void 0) {
      problems.push({
        kind: "unmatched-quote",
        consequence: "rejected",
        span: { start, end: to },
        line: line2,
        message: `unmatched ${quote2}: sbatch refuses the script`,
        sbatchSays: `sbatch: fatal: Unmatched \`${quote2}\` in [${rest}]`
      });
      break;
    }
    if (value2 === "") {
      if (!endedByHash && position > start) problems.push(emptyArgumentEndsLine(start, to, line2));
      if (endedByHash && /^#(?:SBATCH|SLURM)/.test(text.slice(position, to))) problems.push(secondDirective(position, to, line2));
      break;
    }
    tokens.push({ text: value2, span: { start, end: position }, offsets, line: line2 });
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
var init_tokenize = __esm({
  "src/scheduler/slurm/tokenize.ts"() {
    "use strict";
    init_directive_scan();
    init_options();
  }
});

// src/scheduler/slurm/directives.ts
function directiveText(directive) {
  if (!directive.value) return directive.written;
  return directive.form === "short" ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
}
function scanBatchHeaderByRelease(text, releases) {
  const readings = /* @__PURE__ */ new Map();
  const scans = [];
  const hasBackslash = text.includes("\\");
  return releases.map((release) => {
    const escapedSpaceJoins = hasBackslash && joinsEscapedSpaces(release);
    let reading = readings.get(escapedSpaceJoins);
    if (reading === void 0) readings.set(escapedSpaceJoins, reading = readHeaderLines(text, escapedSpaceJoins));
    const table = sbatchOptionsFor(release);
    const resolutions = optionResolutions(reading.tokens, table);
    let found = scans.find((other) => other.reading === reading && sameItems(other.resolutions, resolutions));
    if (found === void 0) scans.push(found = { reading, resolutions, scan: resolveOptions(reading, table) });
    return { release, scan: found.scan };
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
    for (const problem of line2.problems) problems.push(problem);
    if (line2.startsNewComponent) component++;
    lines.push({ index, span, kind: "directive", marker, component });
    for (const { text: tokenText, span: tokenSpan, offsets, line: tokenLine } of line2.tokens) tokens.push({ text: tokenText, span: tokenSpan, offsets, line: tokenLine, component });
  }
  return { lines, ...headerEnd !== void 0 && { headerEnd }, tokens, components: component + 1, problems };
}
function optionResolutions(tokens, table) {
  let known = resolutionsByTable.get(table);
  if (known === void 0) resolutionsByTable.set(table, known = /* @__PURE__ */ new Map());
  const resolutions = [];
  for (const { text } of tokens) {
    if (!text.startsWith("-") || text === "-" || text === "--") continue;
    const equals = text.startsWith("--") ? text.indexOf("=") : -1;
    const argument = equals < 0 ? text : text.slice(0, equals);
    let resolution = known.get(argument);
    if (resolution === void 0) {
      if (known.size >= MAX_REMEMBERED_RESOLUTIONS) known.clear();
      known.set(argument, resolution = argumentResolution(argument, table));
    }
    resolutions.push(resolution);
  }
  return resolutions;
}
function argumentResolution(argument, table) {
  const shown3 = (option2) => option2 ? `${option2.name}/${option2.argument}/${option2.commandLineOnly ?? ""}` : "";
  if (!argument.startsWith("--")) return Array.from(argument.slice(1), (letter) => shown3(shortOption(letter, table))).join("\n");
  const name2 = argument.slice(2);
  const resolution = resolveLongOption(name2, table);
  if (resolution.kind === "ambiguous") return `?${resolution.candidates.map((option2) => option2.name).join(",")}`;
  if (resolution.kind === "unknown") return `!${suggestSbatchOptions(name2, table).join(",")}`;
  return `${resolution.kind}:${shown3(resolution.option)}`;
}
function sameItems(a, b) {
  return a.length === b.length && a.every((item, index) => item === b[index]);
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
var resolutionsByTable, MAX_REMEMBERED_RESOLUTIONS;
var init_directives4 = __esm({
  "src/scheduler/slurm/directives.ts"() {
    "use strict";
    init_directive_scan();
    init_getopt();
    init_lines();
    init_option_names();
    init_options();
    init_tokenize();
    resolutionsByTable = /* @__PURE__ */ new WeakMap();
    MAX_REMEMBERED_RESOLUTIONS = 4096;
  }
});

// src/scheduler/slurm/header.ts
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
  const append = (field, prefix, value2) => {
    pieces.push({ text: prefix, source: "appended", field });
    if (value2 !== void 0) pieces.push({ text: value2, source: "appended", field, fieldOffset: 0 });
    pieces.push({ text: "\n", source: "appended", field });
  };
  if (fields.exclusive) append("exclusive", "#SBATCH --exclusive");
  for (const field of ["partition", "account", "qos", "constraint", "clusters"]) {
    const value2 = fields[field];
    if (value2) append(field, `#SBATCH --${field}=`, value2);
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
var TASKS_PER_NODE2;
var init_header4 = __esm({
  "src/scheduler/slurm/header.ts"() {
    "use strict";
    init_rendered_script();
    init_walltime();
    init_options();
    TASKS_PER_NODE2 = 1;
  }
});

// src/scheduler/slurm/releases.ts
function resolveSlurmRelease(text) {
  const match = /^\s*(?:slurm(?:-wlm)?[ -])?(\d{2})[.-](\d{2})(?:[.-]\d+(?:-\d+)?)?\s*$/i.exec(text);
  const known = TARGET_SLURM_RELEASES.join(", ");
  if (match === null) throw new Error(`Unknown Slurm release "${text}": write it as sbatch --version prints it (23.02.7) or as YY.MM; catalogued: ${known}`);
  const asked = `${match[1]}.${match[2]}`;
  const nearest = TARGET_SLURM_RELEASES.filter((release) => release <= asked).at(-1);
  if (nearest === void 0) throw new Error(`Slurm ${text} is older than every catalogued release (${known})`);
  return nearest === asked ? { release: nearest } : { release: nearest, asked: text.trim() };
}
function describeSlurmSubstitution(resolved) {
  return resolved.asked === void 0 ? void 0 : `Slurm ${resolved.asked} is not catalogued; judging sbatch options as Slurm ${resolved.release} reads them, the newest catalogued release before it`;
}
function judgedSlurmReleases(release) {
  return release === void 0 ? DEFAULT_RANGE : [release];
}
function describeReleaseRun(releases) {
  const first = releases[0];
  const last2 = releases.at(-1);
  return first === last2 ? first : `${first}\u2013${last2}`;
}
function optionHistory(name2) {
  const has = (release) => sbatchOptionsFor(release).some((option2) => option2.name === name2);
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
function isStockSbatchOption(name2) {
  return SLURM_RELEASES.some((release) => sbatchOptionsFor(release).some((option2) => option2.name === name2));
}
var TARGET_SLURM_RELEASES, DEFAULT_RANGE;
var init_releases = __esm({
  "src/scheduler/slurm/releases.ts"() {
    "use strict";
    init_options();
    TARGET_SLURM_RELEASES = SLURM_RELEASES.filter((release) => release !== "master");
    DEFAULT_RANGE = TARGET_SLURM_RELEASES.filter(
      (release) => compareSlurmReleases(release, ORACLE_SLURM_RELEASE) >= 0 && compareSlurmReleases(release, NEWEST_SLURM_RELEASE) <= 0
    );
  }
});

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
  const result = parsed?.value ?? 0n;
  const end = parsed?.end ?? 0;
  if (end !== text.length || result <= 0n) {
    return { ok: false, reason: `Invalid numeric value "${text}" for --${option2}.` };
  }
  if (result === LONG_MAX) return { ok: false, reason: `Numeric argument (${LONG_MAX}) to big for --${option2}.` };
  return { ok: true, value: toCInt(result) };
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
  const count4 = nodesFrom(text);
  if (count4 === void 0 || count4 < 0) return notANodeCount(text);
  return checkedRange(count4, count4);
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
  let count4 = parsed.value;
  let end = parsed.end;
  if (text[end] === "k" || text[end] === "K") {
    count4 = BigInt.asIntN(64, count4 * 1024n);
    end++;
  }
  if (text[end] === "m" || text[end] === "M") {
    count4 = BigInt.asIntN(64, count4 * 1048576n);
    end++;
  }
  return isCBlank(text.slice(end)) ? toCInt(count4) : void 0;
}
function parseSlurmExclusive(value2, release = ORACLE_SLURM_RELEASE) {
  const mode = asciiLowerCase(value2 ?? "");
  if (mode === "" || mode === "exclusive") return { ok: true, value: "exclusive" };
  if (mode === "allocation" && release === "master") return { ok: true, value: "exclusive" };
  if (mode === "oversubscribe" || mode === "user" || mode === "mcs") return { ok: true, value: mode };
  if (mode === "topo" && compareSlurmReleases(release, "24.05") >= 0) return { ok: true, value: "topo" };
  return { ok: false, reason: "Invalid --exclusive specification" };
}
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
  const value2 = clampToCLong(exact);
  return { value: value2, end: position + match[0].length, overflow: value2 !== exact };
}
function clampToCLong(value2) {
  return value2 > LONG_MAX ? LONG_MAX : value2 < LONG_MIN ? LONG_MIN : value2;
}
function toCInt(value2) {
  return Number(BigInt.asIntN(32, value2));
}
function checkSbatchValue(option2, value2, release = ORACLE_SLURM_RELEASE) {
  switch (option2) {
    case "time":
    case "time-min":
      return parseSlurmTime(value2 ?? "", option2);
    case "mem":
    case "mem-per-cpu":
    case "mem-per-gpu":
    case "tmp":
      return parseSlurmMemory(value2 ?? "", option2);
    case "cpus-per-task":
    case "ntasks":
    case "ntasks-per-node":
      return parseSlurmPositiveInteger(value2 ?? "", option2);
    case "tasks-per-node":
      return parseSlurmPositiveInteger(value2 ?? "", "ntasks-per-node");
    case "nodes":
      return parseSlurmNodeCount(value2 ?? "");
    case "exclusive":
      return parseSlurmExclusive(value2, release);
    default:
      return void 0;
  }
}
var NO_VAL, INFINITE, LONG_MAX, LONG_MIN;
var init_values = __esm({
  "src/scheduler/slurm/values.ts"() {
    "use strict";
    init_options();
    NO_VAL = -2;
    INFINITE = -1;
    LONG_MAX = 0x7fffffffffffffffn;
    LONG_MIN = -0x8000000000000000n;
  }
});

// src/scheduler/slurm/release-verdicts.ts
function releaseVerdicts(text, scans, isUserLine2) {
  const places = /* @__PURE__ */ new Map();
  const place = (start, span, line2, shown3, directive) => {
    let found = places.get(start);
    if (!found || directive && !found.directive) places.set(start, found = { span, line: line2, text: shown3, byRelease: found?.byRelease ?? /* @__PURE__ */ new Map(), directive });
    return found;
  };
  for (const { release, scan } of scans) {
    for (const directive of scan.directives) {
      if (!isUserLine2(directive.line)) continue;
      const shown3 = directiveText(directive);
      const found = place(directive.nameSpan.start, directive.span, directive.line, shown3, true);
      const checked = directive.component === 0 ? checkSbatchValue(directive.option.name, directive.value?.text, release) : void 0;
      const refused = checked?.ok === false && {
        kind: "refused",
        message: `sbatch refuses ${shown3}: "sbatch: error: ${checked.reason}"`,
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
  return [...places.values()].sort((a, b) => a.span.start - b.span.start).map(({ span, line: line2, text: shown3, byRelease }) => ({
    span,
    line: line2,
    text: shown3,
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
  const name2 = text.slice(problem.span.start, problem.span.end).replace(/^--/, "");
  if (!isStockSbatchOption(name2)) return { kind: "unknown", problem };
  return { ...refused, message: `sbatch ${release} has no --${name2} (${optionHistory(name2)})${says}` };
}
function optionStart(scan, offset) {
  const token = scan.tokens.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
  return token?.text.startsWith("--") ? token.offsets[0] : offset;
}
var REFUSING;
var init_release_verdicts = __esm({
  "src/scheduler/slurm/release-verdicts.ts"() {
    "use strict";
    init_directives4();
    init_releases();
    init_values();
    REFUSING = /* @__PURE__ */ new Set([
      "nul-character",
      "unmatched-quote",
      "unexpected-colon",
      "ambiguous-option",
      "unknown-short-option",
      "missing-argument",
      "unexpected-argument",
      "stray-argument"
    ]);
  }
});

// src/scheduler/slurm/adapter.ts
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
var IGNORED, slurm;
var init_adapter6 = __esm({
  "src/scheduler/slurm/adapter.ts"() {
    "use strict";
    init_rendered_script();
    init_directives4();
    init_header4();
    init_releases();
    init_release_verdicts();
    init_directives4();
    IGNORED = /* @__PURE__ */ new Set([
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
    slurm = {
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
  }
});

// src/scheduler/registry.ts
function schedulerOf(providerClass) {
  return providerClass === void 0 ? void 0 : BY_PROVIDER.get(providerClass);
}
var SCHEDULERS, BY_PROVIDER, BATCH_PROVIDERS;
var init_registry = __esm({
  "src/scheduler/registry.ts"() {
    "use strict";
    init_adapter();
    init_adapter2();
    init_adapter3();
    init_adapter4();
    init_adapter5();
    init_adapter6();
    SCHEDULERS = [slurm, pbs, lsf, gridEngine, condor, cobalt];
    BY_PROVIDER = new Map(SCHEDULERS.flatMap((adapter) => adapter.providers.map((provider) => [provider, adapter])));
    BATCH_PROVIDERS = [...BY_PROVIDER.keys()];
  }
});

// src/document/number-text.ts
function numberText(node) {
  const { value: value2, literal } = node;
  if (typeof value2 !== "number" || literal === void 0) return String(value2);
  const exact = node.type === "integer" ? Number.isSafeInteger(value2) : Number.isFinite(value2) && !/e/i.test(String(value2));
  return exact ? String(value2) : literal;
}
function scalarText(node) {
  return typeof node.value === "string" ? JSON.stringify(node.value) : numberText(node);
}
var init_number_text = __esm({
  "src/document/number-text.ts"() {
    "use strict";
  }
});

// src/model/settings.ts
function numberSetting(object, name2, catalog) {
  return setting(object, name2, catalog, (value2) => typeof value2 === "number");
}
function booleanSetting(object, name2, catalog) {
  return setting(object, name2, catalog, (value2) => typeof value2 === "boolean");
}
function setting(object, name2, catalog, accepts) {
  const entry = object.params.get(name2);
  if (entry) {
    const value2 = entry.value.kind === "scalar" ? entry.value.value : void 0;
    return accepts(value2) ? { value: value2, entry } : void 0;
  }
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name2) : void 0;
  const fallback = spec ? pythonDefault(spec) : void 0;
  return accepts(fallback) ? { value: fallback, entry: void 0 } : void 0;
}
function describeSetting(name2, setting2, target) {
  return `${name2} = ${settingText(setting2)}${setting2.entry ? "" : ` (the default in ${describeTarget(target)})`}`;
}
function settingText(setting2) {
  const node = setting2.entry?.value;
  return node?.kind === "scalar" ? numberText(node) : String(setting2.value);
}
var init_settings = __esm({
  "src/model/settings.ts"() {
    "use strict";
    init_catalog();
    init_number_text();
  }
});

// src/model/worker-fit.ts
function workerFit(executor, catalog) {
  const provider = executor.provider;
  const fields = provider?.group === "providers" ? schedulerOf(provider.className)?.nodeFields : void 0;
  const coresPerWorker = named(executor, "cores_per_worker");
  if (!provider || !fields || !coresPerWorker) return void 0;
  const nodeCores = written2(provider, fields.cores);
  const nodeMemory = written2(provider, fields.memory);
  const memPerWorker = written2(executor, "mem_per_worker");
  const maxWorkers = ["max_workers_per_node", "max_workers"].map((name2) => written2(executor, name2)).find((found) => found && found.setting.value > 0);
  return {
    coresPerWorker,
    memPerWorker,
    maxWorkers,
    nodeCores,
    nodeMemory,
    byCores: nodeCores && coresPerWorker.setting.value > 0 ? Math.floor(nodeCores.setting.value / coresPerWorker.setting.value) : void 0,
    byMemory: nodeMemory && memPerWorker && memPerWorker.setting.value > 0 ? Math.floor(nodeMemory.setting.value / memPerWorker.setting.value) : void 0
  };
  function named(object, name2) {
    const setting2 = numberSetting(object, name2, catalog);
    return setting2 && { name: name2, setting: setting2 };
  }
  function written2(object, name2) {
    const found = named(object, name2);
    return found?.setting.entry ? found : void 0;
  }
}
var init_worker_fit = __esm({
  "src/model/worker-fit.ts"() {
    "use strict";
    init_registry();
    init_settings();
  }
});

// src/model/launcher.ts
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
var REACH;
var init_launcher = __esm({
  "src/model/launcher.ts"() {
    "use strict";
    REACH = /* @__PURE__ */ new Map([
      ["SingleNodeLauncher", "first-node-only"],
      ["SimpleLauncher", "runs-once"],
      ["WrappedLauncher", "runs-once"]
    ]);
  }
});

// src/model/worker-launch.ts
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
    (whole2, escaped, name2) => escaped !== void 0 ? escaped === "block_id" ? "<block id>" : `{${escaped}}` : values.get(name2) ?? whole2
  );
}
function launchValues(executor, catalog) {
  const get = (name2) => param(executor, name2, catalog);
  const text = (name2) => pythonStr(get(name2));
  const has = (name2) => catalog.lookup("executors", "HighThroughputExecutor")?.params.has(name2) ?? false;
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
function accelerators(value2) {
  if (value2?.kind === "int") return Array.from({ length: Math.max(0, value2.value) }, (_, index) => String(index)).join(" ");
  if (value2?.kind === "seq") return value2.items.map(pythonStr).join(" ");
  return pythonStr(value2);
}
function blockNodes(provider, catalog) {
  if (provider.className === "AzureProvider" || provider.className === "GoogleCloudProvider") return 1;
  const nodes = numberSetting(provider, "nodes_per_block", catalog)?.value;
  return nodes !== void 0 && Number.isInteger(nodes) && nodes > 0 ? nodes : 1;
}
function perNode(className, launcher, nodes, catalog) {
  const option2 = (name2) => launcher ? pythonStr(param(launcher, name2, catalog)) : "";
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
function param(object, name2, catalog) {
  const entry = object.params.get(name2);
  if (entry) return fromToml(entry.value);
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name2) : void 0;
  return spec?.default == null ? void 0 : fromDefault(spec);
}
function fromToml(node) {
  if (node.kind === "array") {
    const items = node.items.map(fromToml);
    return items.every((item) => item !== void 0) ? { kind: "seq", items } : void 0;
  }
  if (node.kind !== "scalar") return void 0;
  const { value: value2 } = node;
  if (typeof value2 === "string") return { kind: "str", value: value2 };
  if (typeof value2 === "boolean") return { kind: "bool", value: value2 };
  if (typeof value2 !== "number") return void 0;
  if (node.type === "float") return { kind: "float", value: value2 };
  return { kind: "int", value: value2, text: Number.isSafeInteger(value2) || node.literal === void 0 ? String(BigInt(value2)) : node.literal };
}
function fromDefault(spec) {
  const source = spec.default?.trim();
  if (source === "float('inf')") return { kind: "float", value: Infinity };
  if (source === "()") return { kind: "seq", items: [] };
  const value2 = pythonDefault(spec);
  if (value2 === null) return { kind: "none" };
  if (typeof value2 === "boolean") return { kind: "bool", value: value2 };
  if (typeof value2 === "string") return { kind: "str", value: value2 };
  if (typeof value2 !== "number" || source === void 0) return void 0;
  const digits = source.replaceAll("_", "");
  return /^[+-]?\d+$/.test(digits) ? { kind: "int", value: value2, text: String(BigInt(digits)) } : { kind: "float", value: value2 };
}
function truthy(value2) {
  if (!value2) return false;
  switch (value2.kind) {
    case "none":
      return false;
    case "bool":
      return value2.value;
    case "int":
    case "float":
      return value2.value !== 0;
    case "str":
      return value2.value !== "";
    case "seq":
      return value2.items.length > 0;
  }
}
function isInfinite(value2) {
  return value2?.kind === "float" && value2.value === Infinity;
}
function pythonStr(value2) {
  if (!value2) return "<unknown>";
  switch (value2.kind) {
    case "none":
      return "None";
    case "bool":
      return value2.value ? "True" : "False";
    case "int":
      return value2.text;
    case "float":
      return pythonFloat(value2.value);
    case "str":
      return value2.value;
    case "seq":
      return `[${value2.items.map((item) => item.kind === "str" ? `'${item.value}'` : pythonStr(item)).join(", ")}]`;
  }
}
function pythonFloat(value2) {
  if (Number.isNaN(value2)) return "nan";
  if (!Number.isFinite(value2)) return value2 > 0 ? "inf" : "-inf";
  if (value2 === 0) return Object.is(value2, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = Math.abs(value2).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = value2 < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction2 = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${fraction2}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole2 = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole2}.${fraction || "0"}`;
}
var TEMPLATES;
var init_worker_launch = __esm({
  "src/model/worker-launch.ts"() {
    "use strict";
    init_catalog();
    init_launcher();
    init_settings();
    TEMPLATES = [
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
  }
});

// src/model/job-plan.ts
function planJob(provider, executor, fields, catalog) {
  const number = (value2) => typeof value2 === "number" ? value2 : void 0;
  const nodesPerBlock = number(fields["nodes_per_block"]);
  const coresPerNode = number(fields["cores_per_node"]) ?? number(fields["cpus_per_node"]);
  const walltime = typeof fields["walltime"] === "string" ? parslWalltimeToMinutes(fields["walltime"]) : void 0;
  const walltimeMinutes = walltime?.ok ? walltime.minutes : void 0;
  const maxBlocks = numberSetting(provider, "max_blocks", catalog)?.value;
  const known = [maxBlocks, nodesPerBlock, coresPerNode, walltimeMinutes];
  let workers;
  return {
    nodesPerBlock,
    coresPerNode,
    memoryPerNodeGB: number(fields["mem_per_node"]),
    walltimeMinutes,
    initBlocks: numberSetting(provider, "init_blocks", catalog)?.value,
    maxBlocks,
    workersPerNode: executor && workersPerNode(executor, catalog),
    maxCoreHours: known.every((value2) => value2 !== void 0) ? maxBlocks * nodesPerBlock * coresPerNode * walltimeMinutes / 60 : void 0,
    // Worked out when first read: only `explain` shows it, and it is a tenth of the cost of a job.
    get workers() {
      workers ??= { launch: executor && workerLaunch(executor, provider, catalog) };
      return workers.launch;
    }
  };
}
function workersPerNode(executor, catalog) {
  if (executor.className !== "HighThroughputExecutor") return void 0;
  const fit = workerFit(executor, catalog);
  if (!fit) return void 0;
  const limits = [fit.byCores, fit.byMemory, fit.maxWorkers?.setting.value].filter((limit) => limit !== void 0 && Number.isFinite(limit));
  return limits.length > 0 ? Math.min(...limits) : void 0;
}
var init_job_plan = __esm({
  "src/model/job-plan.ts"() {
    "use strict";
    init_walltime();
    init_settings();
    init_worker_fit();
    init_worker_launch();
  }
});

// src/model/jobs.ts
function buildJobs(config, catalog, locate, site = {}) {
  const jobs = [];
  for (const provider of config.objects) {
    const scheduler = provider.group === "providers" && provider.table ? schedulerOf(provider.className) : void 0;
    if (!scheduler?.job) continue;
    const fields = fieldValues(provider, scheduler.job.fields, catalog);
    const script = scheduler.job.render(provider.className, fields, scriptContext(provider));
    const executor = config.executors.find((candidate) => candidate.provider === provider);
    const reading = scheduler.job.read(provider.className, script, site);
    jobs.push(new BoundJob(provider, executor, scheduler, fields, script, reading, planJob(provider, executor, fields, catalog), locate));
  }
  return jobs;
}
function fieldValues(provider, needed, catalog) {
  const values = releaseDefaults(provider.className, needed, catalog);
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name2 of names) {
      const node = provider.params.get(name2)?.value;
      if (node?.kind === "scalar" && accepts(node.value)) values[name2] = node.value;
    }
  }
  return values;
}
function releaseDefaults(providerClass, needed, catalog) {
  const spec = catalog.lookup("providers", providerClass);
  const values = {};
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name2 of names) {
      const param2 = spec?.params.get(name2);
      const fallback = param2 ? pythonDefault(param2) : void 0;
      if (fallback !== void 0 && (fallback === null || accepts(fallback))) values[name2] = fallback;
    }
  }
  return values;
}
function fieldTypes(needed) {
  return [
    [needed.strings, isString3],
    [needed.integers, Number.isInteger],
    [needed.booleans, isBoolean2]
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
var BoundJob, isString3, isBoolean2;
var init_jobs = __esm({
  "src/model/jobs.ts"() {
    "use strict";
    init_catalog();
    init_edits();
    init_toml_string();
    init_registry();
    init_rendered_script();
    init_job_plan();
    BoundJob = class {
      constructor(provider, executor, scheduler, fields, script, reading, plan, locate) {
        this.provider = provider;
        this.executor = executor;
        this.scheduler = scheduler;
        this.fields = fields;
        this.script = script;
        this.reading = reading;
        this.plan = plan;
        this.locate = locate;
      }
      entry(field) {
        return this.provider.params.get(field);
      }
      lineOf(index) {
        return this.script.lines[index];
      }
      sourceSpan(span) {
        return this.inString(span)?.at;
      }
      sourceEdit(span, text) {
        const found = this.inString(span);
        const written2 = found?.string.stringStyle && tomlStringContent(found.string.stringStyle, text);
        return found && written2 !== void 0 ? replace(found.at, written2) : void 0;
      }
      /** The string field a span of the script was copied from, and where in its value. */
      inString(span) {
        const inField = locateInField(this.script, span);
        const node = inField && this.provider.params.get(inField.field)?.value;
        if (!inField || node?.kind !== "scalar" || typeof node.value !== "string") return void 0;
        const string = node;
        return { string, at: this.locate(string).spanOf(inField.start, inField.end) };
      }
    };
    isString3 = (value2) => typeof value2 === "string";
    isBoolean2 = (value2) => typeof value2 === "boolean";
  }
});

// src/engine/docs.ts
function repositoryUrl() {
  if (repository === void 0) {
    const manifest = JSON.parse((0, import_node_fs3.readFileSync)(packageFile("package.json"), "utf8"));
    const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
    if (!url) throw new Error("package.json names no repository");
    repository = url.replace(/^git\+/, "").replace(/\.git$/, "");
  }
  return repository;
}
function ruleDocsUrl(id) {
  return `${repositoryUrl()}/blob/main/rules/${id}/README.md`;
}
var import_node_fs3, repository;
var init_docs = __esm({
  "src/engine/docs.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    init_package_files();
  }
});

// src/engine/message.ts
function messageText(parts) {
  let text = parts.headline;
  if (parts.note !== void 0) text += `: ${parts.note}`;
  if (parts.help !== void 0) text += `${parts.note?.endsWith(".") ? " " : "; "}${parts.help}`;
  return text;
}
var init_message = __esm({
  "src/engine/message.ts"() {
    "use strict";
  }
});

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
var built;
var init_rule_names = __esm({
  "src/engine/rule-names.ts"() {
    "use strict";
    built = /* @__PURE__ */ new WeakMap();
  }
});

// src/engine/active-rules.ts
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
  return new Map([...options.settings ?? []].map(([name2, setting2]) => [names.get(name2) ?? name2, setting2]));
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
var ActiveRules, created;
var init_active_rules = __esm({
  "src/engine/active-rules.ts"() {
    "use strict";
    init_catalog();
    init_docs();
    init_message();
    init_rule_names();
    ActiveRules = class {
      on = { syntaxError: [], config: [], object: [], executor: [], mapping: [], job: [], argument: [], directives: [] };
      catalog;
      /** The ids of all the rules given, on or off, for the `directives` hook. */
      ruleIds;
      current;
      constructor(options) {
        this.catalog = parslCatalog(options.target.parsl);
        this.ruleIds = options.rules.map((rule62) => rule62.meta.id);
        const settings = settingsById(options);
        const file = () => {
          if (this.current === void 0) throw new Error("a rule reported outside the lint of a file");
          return this.current;
        };
        for (const rule62 of options.rules) {
          const setting2 = settings.get(rule62.meta.id) ?? rule62.meta.severity;
          if (setting2 === "off") continue;
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
            report: (report2) => {
              const { source, diagnostics } = file();
              diagnostics.push(toDiagnostic(rule62, setting2, report2, source));
            },
            locate: (node) => file().locate(node)
          };
          addHooks(this.on, rule62.create(context));
        }
      }
      /** Whether a file is being linted with these rules now (a rule that lints a file itself would reach here). */
      get busy() {
        return this.current !== void 0;
      }
      /** Runs `lint` with the contexts standing for `source`; returns what the rules reported, unsorted. */
      lintFile(source, locate, lint2) {
        const diagnostics = [];
        this.current = { source, locate, diagnostics };
        try {
          lint2();
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
    created = /* @__PURE__ */ new WeakMap();
  }
});

// src/engine/suppressions/directives.ts
function readDirectives(document, source) {
  let layout;
  const directives = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, indent, word, rest] = match;
    const separator = REASON.exec(rest);
    const list2 = separator ? rest.slice(0, separator.index) : rest;
    const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : "";
    const listStart = comment.span.start + 1 + indent.length + word.length;
    const kind = DIRECTIVE_KINDS.find((candidate) => DIRECTIVE_PREFIX + candidate === word);
    const line2 = source.positionAt(comment.span.start).line;
    directives.push({
      word,
      kind,
      span: comment.span,
      line: line2,
      rules: ruleNames2(list2, listStart),
      reason: reason === "" ? void 0 : reason,
      scope: kind && scopeOf(kind, comment.span, line2, source, layout ??= documentLayout(document.root, source))
    });
  }
  return directives;
}
function ruleNames2(list2, start) {
  const rules = [];
  let offset = start;
  for (const part of list2.split(",")) {
    const name2 = part.trim();
    const nameStart = offset + part.indexOf(name2);
    if (name2 !== "") rules.push({ name: name2, span: { start: nameStart, end: nameStart + name2.length } });
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
      const value2 = entry.value;
      const tables = value2.kind === "table" ? [value2] : value2.kind === "array" ? value2.items : [];
      const isKeyValue = value2.kind === "scalar" || value2.kind === "array" && !value2.ofTables || value2.kind === "table" && value2.origin === "inline";
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
var DIRECTIVE_KINDS, DIRECTIVE_PREFIX, DIRECTIVE, REASON;
var init_directives5 = __esm({
  "src/engine/suppressions/directives.ts"() {
    "use strict";
    init_tree();
    DIRECTIVE_KINDS = ["disable", "disable-line", "disable-next-line"];
    DIRECTIVE_PREFIX = "parsl-lint-";
    DIRECTIVE = /^(\s*)(parsl-lint-\S*)(.*)$/s;
    REASON = /\s-{2,}(?:\s|$)/;
  }
});

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
var init_suppress = __esm({
  "src/engine/suppressions/suppress.ts"() {
    "use strict";
  }
});

// src/engine/diagnostic.ts
function compareDiagnostics(a, b) {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
var SEVERITIES;
var init_diagnostic = __esm({
  "src/engine/diagnostic.ts"() {
    "use strict";
    SEVERITIES = ["error", "warning", "info"];
  }
});

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
var init_lint = __esm({
  "src/engine/lint.ts"() {
    "use strict";
    init_parse();
    init_source();
    init_strings();
    init_arguments();
    init_build();
    init_jobs();
    init_catalog();
    init_active_rules();
    init_directives5();
    init_suppress();
    init_diagnostic();
    init_rule_names();
  }
});

// src/output/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (match) => {
    if (match === "::") return ":\\u003a";
    if (match === "##[") return "#\\u0023[";
    return NAMED.get(match) ?? `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
var UNPRINTABLE, NAMED;
var init_printable = __esm({
  "src/output/printable.ts"() {
    "use strict";
    UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|::|##\[/g;
    NAMED = /* @__PURE__ */ new Map([
      ["\n", "\\n"],
      ["\r", "\\r"]
    ]);
  }
});

// src/output/results.ts
function summarize(reports) {
  const { errors, warnings, infos, files } = ReportTally.of(reports);
  return { errors, warnings, infos, files };
}
var ReportTally;
var init_results = __esm({
  "src/output/results.ts"() {
    "use strict";
    ReportTally = class _ReportTally {
      errors = 0;
      warnings = 0;
      infos = 0;
      files = 0;
      /** Files with at least one diagnostic. */
      filesWithProblems = 0;
      /** Diagnostics whose fix --fix would apply, and those only --unsafe-fixes would. */
      safeFixes = 0;
      unsafeFixes = 0;
      /** With --fix: fixes applied (with --diff: that would be). */
      fixesApplied = 0;
      static of(reports) {
        const tally = new _ReportTally();
        for (const report2 of reports) tally.add(report2);
        return tally;
      }
      add(report2) {
        this.files++;
        if (report2.diagnostics.length > 0) this.filesWithProblems++;
        this.fixesApplied += report2.fixesApplied ?? 0;
        for (const { severity, fix } of report2.diagnostics) {
          if (severity === "error") this.errors++;
          else if (severity === "warning") this.warnings++;
          else this.infos++;
          if (fix?.safety === "safe") this.safeFixes++;
          else if (fix?.safety === "unsafe") this.unsafeFixes++;
        }
      }
    };
  }
});

// src/site/slurm-request.ts
function slurmRequest(job) {
  if (!job.reading.slurm) return void 0;
  const request = {};
  for (const setting2 of SETTINGS) {
    const value2 = requestedValue(job, setting2);
    if (value2) request[setting2] = value2;
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
  return entry ? { text, at: entry.value.span, written: `${line2.field} = ${shown2(entry.value)}` } : { text, at: table.span, written: `${line2.field} (parsl's default, "--${setting2}=${text}")` };
}
function slurmScript(job) {
  return job.reading.slurm ? job.script.text : void 0;
}
function shown2(node) {
  return node.kind === "scalar" ? scalarText(node) : "\u2026";
}
var SETTINGS;
var init_slurm_request = __esm({
  "src/site/slurm-request.ts"() {
    "use strict";
    init_number_text();
    init_adapter6();
    SETTINGS = ["partition", "time", "mem", "mem-per-cpu", "cpus-per-task", "nodes", "account", "qos"];
  }
});

// src/site/profile.ts
function cite(from) {
  return `(${from.file}:${from.line}: ${from.text})`;
}
var init_profile = __esm({
  "src/site/profile.ts"() {
    "use strict";
  }
});

// src/site/units.ts
function walltimeText(minutes) {
  const pad = (n2) => String(n2).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}
function megabytesText(mb) {
  const gb = mb / 1024;
  return `${mb} MB (${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB)`;
}
var init_units = __esm({
  "src/site/units.ts"() {
    "use strict";
  }
});

// src/read-file.ts
function readRegularFile(file) {
  const fd = (0, import_node_fs4.openSync)(file, import_node_fs4.constants.O_RDONLY | (import_node_fs4.constants.O_NONBLOCK ?? 0));
  try {
    const stats = (0, import_node_fs4.fstatSync)(fd);
    if (stats.isDirectory()) throw new NotAFileError("is a directory", "EISDIR");
    if (!stats.isFile()) throw new NotAFileError(`is ${kindOf(stats)}, not a regular file`);
    if (stats.size > MAX_FILE_BYTES) throw tooLarge();
    return readUpTo(fd, stats.size);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function readUpTo(fd, expected) {
  if (expected > 0) {
    const buffer = Buffer.allocUnsafe(expected);
    let length = 0;
    while (length < expected) {
      const read = (0, import_node_fs4.readSync)(fd, buffer, length, expected - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  }
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = (0, import_node_fs4.readSync)(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_FILE_BYTES) throw tooLarge();
  }
}
function tooLarge() {
  return new NotAFileError(`is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than any config`);
}
function kindOf(stats) {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}
function readProblem(error) {
  if (error instanceof NotAFileError) return error.message;
  const code = error.code;
  if (code === "ENOENT") return "no such file (deleted since it was found?)";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return code ?? error.message;
}
var import_node_fs4, MAX_FILE_BYTES, NotAFileError;
var init_read_file = __esm({
  "src/read-file.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    MAX_FILE_BYTES = 16 * 2 ** 20;
    NotAFileError = class extends Error {
      constructor(message, code) {
        super(message);
        this.code = code;
      }
    };
  }
});

// src/cli/errors.ts
var UsageError;
var init_errors = __esm({
  "src/cli/errors.ts"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/site/profile-file.ts
function readProfile(text, file, tablePath = []) {
  const parsed = parseDocument(text);
  const source = new SourceText(text);
  if (!parsed.ok) throw new ProfileError(`${file}:${source.positionAt(parsed.error.offset).line}: ${parsed.error.message}`);
  let table = parsed.document.root;
  for (const key of tablePath) {
    const node = table.entries.get(key)?.value;
    if (node?.kind !== "table") throw new ProfileError(`${file}: no [${tablePath.join(".")}] table`);
    table = node;
  }
  return new Reader(source, file, tablePath).profile(table);
}
var ProfileError, TOP_KEYS, COUNT_KEYS, LIST_KEYS, TIME_KEYS, PARTITION_KEYS, Reader;
var init_profile_file = __esm({
  "src/site/profile-file.ts"() {
    "use strict";
    init_parse();
    init_source();
    init_values();
    init_suggest();
    ProfileError = class extends Error {
      name = "ProfileError";
    };
    TOP_KEYS = ["scheduler", "default_partition", "partitions"];
    COUNT_KEYS = ["max_nodes", "nodes", "min_node_cpus", "max_node_cpus", "min_node_memory_mb", "max_node_memory_mb"];
    LIST_KEYS = ["allow_accounts", "deny_accounts", "allow_qos", "deny_qos"];
    TIME_KEYS = ["max_time", "default_time"];
    PARTITION_KEYS = [...TIME_KEYS, ...COUNT_KEYS, ...LIST_KEYS];
    Reader = class {
      constructor(source, file, tablePath) {
        this.source = source;
        this.file = file;
        this.tablePath = tablePath;
      }
      profile(table) {
        this.checkKeys(table, TOP_KEYS, this.tablePath);
        const scheduler = table.entries.get("scheduler");
        if (scheduler && scheduler.value.kind === "scalar" && scheduler.value.value !== "slurm") {
          throw this.error(scheduler.value.span, `scheduler must be "slurm" (the only scheduler a profile describes so far), not ${JSON.stringify(scheduler.value.value)}`);
        }
        if (scheduler) this.string(scheduler);
        const partitionsEntry = table.entries.get("partitions");
        const partitions = /* @__PURE__ */ new Map();
        if (partitionsEntry) {
          if (partitionsEntry.value.kind !== "table") throw this.error(partitionsEntry.keySpan, "partitions must be a table of [partitions.<name>] tables");
          for (const [name2, entry] of partitionsEntry.value.entries) partitions.set(name2, this.partition(name2, entry));
        }
        const defaultEntry = table.entries.get("default_partition");
        const defaultPartition = defaultEntry ? this.cited(defaultEntry, this.string(defaultEntry)) : void 0;
        if (defaultPartition && !partitions.has(defaultPartition.value)) {
          const guess = closestMatch(defaultPartition.value, partitions.keys());
          throw this.error(defaultEntry.value.span, `default_partition "${defaultPartition.value}" is not among the [partitions]${guess ? `; did you mean "${guess}"?` : ""}`);
        }
        return { scheduler: "slurm", file: this.file, ...defaultPartition && { defaultPartition }, partitions };
      }
      partition(name2, entry) {
        if (entry.value.kind !== "table") throw this.error(entry.keySpan, `partitions.${name2} must be a table`);
        const table = entry.value;
        this.checkKeys(table, PARTITION_KEYS, [...this.tablePath, "partitions", name2]);
        const get = (key) => table.entries.get(key);
        const partition = { name: name2, from: this.lineOf(table.span.start) };
        const maxTime = get("max_time");
        if (maxTime) partition["maxTime"] = this.cited(maxTime, this.minutes(maxTime));
        const defaultTime = get("default_time");
        if (defaultTime) this.string(defaultTime);
        const counts = {
          max_nodes: "maxNodes",
          nodes: "nodes",
          min_node_cpus: "minNodeCpus",
          max_node_cpus: "maxNodeCpus",
          min_node_memory_mb: "minNodeMemoryMb",
          max_node_memory_mb: "maxNodeMemoryMb"
        };
        for (const key of COUNT_KEYS) {
          const found = get(key);
          if (found) partition[counts[key]] = this.cited(found, this.count(found));
        }
        const lists = { allow_accounts: "allowAccounts", deny_accounts: "denyAccounts", allow_qos: "allowQos", deny_qos: "denyQos" };
        for (const key of LIST_KEYS) {
          const found = get(key);
          if (found) partition[lists[key]] = this.cited(found, this.names(found));
        }
        return partition;
      }
      checkKeys(table, known, where2) {
        for (const [key, entry] of table.entries) {
          if (known.includes(key)) continue;
          const guess = closestMatch(key, known);
          const table2 = where2.length > 0 ? ` in [${where2.join(".")}]` : "";
          throw this.error(entry.keySpan, `unknown key "${key}"${table2}${guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(", ")}`}`);
        }
      }
      string(entry) {
        const value2 = entry.value;
        if (value2.kind === "scalar" && typeof value2.value === "string") return value2.value;
        throw this.error(value2.span, `${entry.key} must be a string`);
      }
      /** A Slurm time limit as scontrol prints it (`1-00:00:00`, `UNLIMITED`), in minutes; null for none. */
      minutes(entry) {
        const text = this.string(entry);
        const parsed = parseSlurmTime(text);
        if (!parsed.ok) throw this.error(entry.value.span, `${entry.key} = ${JSON.stringify(text)} is not a Slurm time limit (days-hours:minutes:seconds, hours:minutes:seconds, minutes, or "UNLIMITED")`);
        return parsed.value.unlimited ? null : parsed.value.minutes;
      }
      count(entry) {
        const value2 = entry.value;
        if (value2.kind === "scalar" && value2.type === "integer" && typeof value2.value === "number" && value2.value >= 0) return value2.value;
        throw this.error(value2.span, `${entry.key} must be a whole number, at least 0`);
      }
      names(entry) {
        const value2 = entry.value;
        if (value2.kind === "array" && value2.items.every((item) => item.kind === "scalar" && typeof item.value === "string")) {
          return value2.items.map((item) => item.value);
        }
        throw this.error(value2.span, `${entry.key} must be an array of names`);
      }
      /** The value, cited as `key = value` as written (without a comment after it). */
      cited(entry, value2) {
        const written2 = this.source.text.slice(entry.keySpan.start, entry.value.span.end).replace(/\s+/g, " ");
        return { value: value2, from: { ...this.lineOf(entry.keySpan.start), text: written2 } };
      }
      lineOf(offset) {
        const line2 = this.source.positionAt(offset).line;
        return { file: this.file, line: line2, text: this.source.lineText(line2).replace(/#.*$/, "").trim() };
      }
      error(span, message) {
        return new ProfileError(`${this.file}:${this.source.positionAt(span.start).line}: ${message}`);
      }
    };
  }
});

// src/config/profile.ts
async function loadProfile(value2, configFile, shown3, configText, tablePath) {
  try {
    if (typeof value2 === "string") {
      const file = import_node_path2.default.resolve(import_node_path2.default.dirname(configFile), value2);
      const named = import_node_path2.default.join(import_node_path2.default.dirname(shown3), value2);
      const text = await (0, import_promises.readFile)(file, "utf8").catch((error) => {
        throw new ConfigError(`${shown3}: cannot read the profile ${named}: ${error.code ?? error.message}`);
      });
      return readProfile(text, named);
    }
    if (value2 !== void 0) return readProfile(configText, shown3, [...tablePath, "profile"]);
    return void 0;
  } catch (error) {
    if (error instanceof ProfileError) throw new ConfigError(error.message);
    throw error;
  }
}
var import_promises, import_node_path2;
var init_profile2 = __esm({
  "src/config/profile.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_profile_file();
    init_config();
  }
});

// src/config/schema.ts
function configSchema(ruleIds) {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  const setting2 = { enum: ["off", ...SEVERITIES] };
  const fields = { type: "array", items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, uniqueItems: true };
  return {
    type: "object",
    additionalProperties: false,
    // One definition for every rule's setting: the validator checks them all with one function
    // (ajv's inlineRefs: false, src/config/load.ts), not with a copy of the check per rule.
    $defs: { setting: setting2 },
    properties: {
      qiime2: { type: "string" },
      parsl: { type: "string" },
      include: globs,
      exclude: globs,
      rules: { type: "object", additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, { $ref: "#/$defs/setting" }])) },
      // A file name, or the profile itself: src/site/profile-file.ts checks its contents.
      profile: { anyOf: [{ type: "string" }, { type: "object" }] },
      required: { type: "object", additionalProperties: false, properties: Object.fromEntries(BATCH_PROVIDERS.map((name2) => [name2, fields])) },
      // Long options the site's SPANK plugins add to sbatch, without their dashes.
      slurm: {
        type: "object",
        additionalProperties: false,
        properties: {
          "plugin-options": { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, uniqueItems: true },
          // The site's Slurm release, as `sbatch --version` prints it or as YY.MM.
          release: { type: "string" }
        }
      }
    }
  };
}
var init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_registry();
    init_diagnostic();
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line2, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line2 + 1) | 0) + 1;
  for (let i = line2 - 1; i <= line2 + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line2) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line2, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line2, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line2;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value2 = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value2 = value2 << 4 | digit;
        }
        if (value2 < 0 || value2 > 1114111 || value2 >= 55296 && value2 <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value2);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value2 = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value2;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value2 = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value2) === "object")
      seen.add(value2);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse2 = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY2.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}
var BARE_KEY2, HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    BARE_KEY2 = /^[a-z0-9-_]+$/i;
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  TomlDate: () => TomlDate,
  TomlError: () => TomlError,
  default: () => dist_default,
  parse: () => parse,
  stringify: () => stringify
});
var dist_default;
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse2();
    init_stringify();
    init_date();
    init_error();
    dist_default = { parse, stringify, TomlDate, TomlError };
  }
});

// vendored:config-validator
var require_config_validator = __commonJS({
  "vendored:config-validator"(exports2, module2) {
    module2.exports = require("./vendor/config-validator.cjs");
  }
});

// vendored:ajv
var require_ajv = __commonJS({
  "vendored:ajv"(exports2, module2) {
    module2.exports = require("./vendor/ajv.cjs");
  }
});

// src/config/load.ts
async function loadConfig(file, ruleIds, shown3) {
  const text = await readText(file, shown3);
  const inPyproject = import_node_path3.default.basename(file) === "pyproject.toml";
  if (text === void 0 || inPyproject && !text.includes("parsl-lint")) return void 0;
  const { parse: parse2 } = await Promise.resolve().then(() => (init_dist(), dist_exports));
  let document;
  try {
    document = parse2(text);
  } catch (error) {
    throw new ConfigError(`${shown3}: ${error.message.split("\n")[0]} at line ${error.line ?? "?"}`);
  }
  const table = inPyproject ? document["tool"]?.["parsl-lint"] : document;
  if (table === void 0) return void 0;
  const tablePath = inPyproject ? "tool.parsl-lint" : "";
  const raw2 = await validate(table, ruleIds, `${shown3}: `, tablePath);
  checkRequiredFields(raw2.required ?? {}, `${shown3}: `, tablePath);
  try {
    if (raw2.qiime2 !== void 0 || raw2.parsl !== void 0) resolveTarget({ qiime2: raw2.qiime2, parsl: raw2.parsl });
    if (raw2.slurm?.release !== void 0) resolveSlurmRelease(raw2.slurm.release);
  } catch (error) {
    throw new ConfigError(`${shown3}: ${error.message}`);
  }
  const profile = await loadProfile(raw2.profile, file, shown3, text, inPyproject ? ["tool", "parsl-lint"] : []);
  return {
    file,
    rules: new Map(Object.entries(raw2.rules ?? {})),
    qiime2: raw2.qiime2,
    parsl: raw2.parsl,
    include: raw2.include ?? [],
    exclude: raw2.exclude ?? [],
    required: Object.fromEntries(Object.entries(raw2.required ?? {})),
    ...profile && { profile },
    slurmPluginOptions: raw2.slurm?.["plugin-options"] ?? [],
    slurmRelease: raw2.slurm?.release
  };
}
async function readText(file, shown3) {
  try {
    return readRegularFile(file).toString("utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw new ConfigError(`cannot read ${shown3}: ${readProblem(error)}`);
  }
}
async function validate(table, ruleIds, prefix, tablePath) {
  const check5 = await validator(ruleIds);
  if (check5(table)) return table;
  throw new ConfigError(prefix + describeError(check5.errors[0], tablePath));
}
async function validator(ruleIds) {
  const { generated } = await Promise.resolve().then(() => __toESM(require_config_validator(), 1));
  if (generated && generated.ruleIds.length === ruleIds.length && generated.ruleIds.every((id, index) => id === ruleIds[index])) return generated.validate;
  const { Ajv } = (await Promise.resolve().then(() => __toESM(require_ajv(), 1))).default;
  return new Ajv({ verbose: true, validateSchema: false, inlineRefs: false, code: { optimize: false } }).compile(configSchema(ruleIds));
}
function checkRequiredFields(required, prefix, tablePath) {
  for (const [provider, fields] of Object.entries(required)) {
    const params = new Set(PARSL_RELEASES.flatMap((version) => [...parslCatalog(version).lookup("providers", provider)?.params.keys() ?? []]));
    const unknown = fields.find((field) => !params.has(field));
    if (unknown === void 0) continue;
    const guess = closestMatch(unknown, params);
    const hint = guess ? `; did you mean "${guess}"?` : `; its parameters are: ${[...params].sort().join(", ")}`;
    const table = [tablePath, "required"].filter(Boolean).join(".");
    throw new ConfigError(`${prefix}unknown field "${unknown}" for ${provider} in [${table}]: no parsl release has that parameter${hint}`);
  }
}
function describeError(error, tablePath) {
  const keys = error.instancePath.split("/").slice(1).map((key2) => key2.replaceAll("~1", "/").replaceAll("~0", "~"));
  const table = [tablePath, ...keys].filter(Boolean).join(".");
  const key = table === "" ? "the config" : table;
  switch (error.keyword) {
    case "additionalProperties": {
      const name2 = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema.properties ?? {});
      const guess = closestMatch(name2, known);
      const hint = guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(", ")}`;
      return `unknown key "${name2}"${table ? ` in [${table}]` : ""}${hint}`;
    }
    case "enum":
      return `${key} must be one of ${error.params.allowedValues.map((value2) => JSON.stringify(value2)).join(", ")}, not ${JSON.stringify(error.data)}`;
    case "type": {
      const type = error.params.type;
      const quote2 = type === "string" && typeof error.data === "number" ? "; write it in quotes" : "";
      return `${key} must be ${TYPE_NAMES[type] ?? type}, not ${JSON.stringify(error.data)}${quote2}`;
    }
    default:
      return `${key} ${error.message ?? "is invalid"}`;
  }
}
var import_node_path3, CONFIG_FILE_NAMES, TYPE_NAMES;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_node_path3 = __toESM(require("node:path"), 1);
    init_catalog();
    init_read_file();
    init_releases();
    init_suggest();
    init_config();
    init_profile2();
    init_schema();
    CONFIG_FILE_NAMES = [".parsl-lint.toml", "parsl-lint.toml", "pyproject.toml"];
    TYPE_NAMES = { string: "a string", array: "an array", object: "a table" };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value2) => {
      Object.defineProperty(object, key, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body += POSIX_CLASSES[name2];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run3, space) => space ? run3.slice(0, run3.length - run3.length % 2) + SPACE : run3,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor2 = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor2 + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last2 = source[source.length - 1];
          if (!last2 || last2 === TRAILING_WILDCARD || last2 === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last2 === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run3, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run3.length && !run3[index].wildcard; index++) {
        separator += run3[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run3 = [];
      const flush = () => {
        let lastWildcard;
        run3.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run3.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at)})[^\\/])*`;
        });
        run3 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run3.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last2 = prefix[prefix.length - 1];
      return last2 === TRAILING_WILDCARD ? `${head}$` : last2 === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path17) => {
      const end = path17.length - 1;
      const index = path17.lastIndexOf(
        SLASH,
        path17[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path17 : path17.slice(index + 1);
    };
    var parentOf = (path17) => {
      if (path17.charCodeAt(0) === SLASH_CODE || path17.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path17.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path17.length - 1;
      const cut = path17.lastIndexOf(
        SLASH,
        path17.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path17.slice(0, cut + 1);
    };
    var isString4 = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString4(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count4 = 0;
      while (str[str.length - count4 - 1] === ESCAPE) {
        count4++;
      }
      return count4 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last2 = body[body.length - 1];
      if (last2 === SPACE || stripLineEnd && (last2 === "\r" || last2 === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString4(pattern);
        const raw2 = isStr ? pattern : pattern.pattern;
        const rule62 = checkPattern(raw2) && createRule(
          raw2,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule62) {
          this._added = true;
          this._rules.push(rule62);
          if (matchesBasename(rule62.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString4(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path17) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored3 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule62 = rules[index];
          if (rule62.checkRegex.test(path17)) {
            ignored3 = !rule62.negative;
            unignored = rule62.negative;
            matchedRule = rule62.negative ? UNDEFINED : rule62;
            break;
          }
        }
        const ret = {
          ignored: ignored3,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path17, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path17) : path17;
        for (let index = length - 1; index >= 0; index--) {
          const rule62 = rules[index];
          if (rule62[mode].test(
            shortcut && rule62._basenameOnly ? basename : path17
          )) {
            const { negative } = rule62;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule62;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path17, originalPath, doThrow) => {
      if (!isString4(path17)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path17) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path17)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path17) => {
      const first = path17.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path17.length === 1) {
        return true;
      }
      const second = path17.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path17.length === 2 || path17.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString4(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path17) {
        checkPath(
          path17,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path17 ? this._t(path17, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path17 = convertPath(target);
        if (!path17 || path17.charCodeAt(path17.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path17);
        }
        const dir = this._t(path17, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path17);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path17, cache2) {
        if (path17 in cache2) {
          return cache2[path17];
        }
        const parentPath = parentOf(path17);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path17] = parent && parent.ignored ? parent : this._rules.test(path17, MODE_IGNORE);
      }
      ignores(path17) {
        return this._test(path17, this._ignoreCache, convertPath(path17)).ignored;
      }
      createFilter() {
        return (path17) => !this.ignores(path17);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path17) {
        return this._test(path17, this._testCache, convertPath(path17));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path17) => checkPath(convertPath(path17), path17, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path17) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path17) || isNotRelative(path17);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// src/cli/walk.ts
function walkTomlFiles(root2, skipNames, shown3) {
  const files = [];
  const warnings = [];
  const skip = new Set(skipNames);
  const visit = (directory, ignores) => {
    let entries;
    try {
      entries = (0, import_node_fs5.readdirSync)(directory, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      warnings.push(`cannot read the folder ${shown3(directory)} (${code === "EACCES" ? "permission denied" : code}): the files in it were not linted`);
      return;
    }
    const here = entries.some((entry) => entry.isFile() && entry.name.equals(GITIGNORE)) ? readIgnoreFile(directory, ".gitignore") : void 0;
    const inScope = here ? [...ignores, here] : ignores;
    for (const entry of entries) {
      const directoryEntry = entry.isDirectory();
      const tomlFile = entry.isFile() && endsWithToml(entry.name);
      if (!directoryEntry && !tomlFile) continue;
      let name2;
      try {
        name2 = utf82.decode(entry.name);
      } catch {
        warnings.push(`skipped ${shown3(import_node_path4.default.join(directory, escapeName(entry.name)))}: its name is not valid UTF-8`);
        continue;
      }
      const full = import_node_path4.default.join(directory, name2);
      if (directoryEntry ? SKIPPED_DIRECTORIES.has(name2) : skip.has(name2)) continue;
      if (ignored(inScope, full, directoryEntry)) continue;
      if (directoryEntry) visit(full, inScope);
      else files.push(full);
    }
  };
  visit(root2, ignoresAbove(root2));
  return { files, warnings };
}
function endsWithToml(name2) {
  return name2.length > TOML.length && name2.subarray(name2.length - TOML.length).equals(TOML);
}
function ignored(ignores, full, directory) {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const { base, rules } = ignores[i];
    const relative = import_node_path4.default.relative(base, full).split(import_node_path4.default.sep).join("/");
    const result = rules.test(directory ? `${relative}/` : relative);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}
function ignoresAbove(root2) {
  let repository2 = root2;
  while (!(0, import_node_fs5.existsSync)(import_node_path4.default.join(repository2, ".git"))) {
    if (import_node_path4.default.dirname(repository2) === repository2) return [];
    repository2 = import_node_path4.default.dirname(repository2);
  }
  const above = [];
  for (let folder = root2; folder !== repository2; folder = import_node_path4.default.dirname(folder)) above.unshift(import_node_path4.default.dirname(folder));
  const exclude = isDirectory(import_node_path4.default.join(repository2, ".git")) ? [readIgnoreFile(repository2, import_node_path4.default.join(".git", "info", "exclude"))] : [];
  return [...exclude, ...above.map((folder) => readIgnoreFile(folder, ".gitignore"))].filter((file) => file !== void 0);
}
function readIgnoreFile(base, name2) {
  try {
    return { base, rules: (0, import_ignore.default)().add((0, import_node_fs5.readFileSync)(import_node_path4.default.join(base, name2), "utf8")) };
  } catch {
    return void 0;
  }
}
function isDirectory(file) {
  try {
    return (0, import_node_fs5.statSync)(file).isDirectory();
  } catch {
    return false;
  }
}
function escapeName(name2) {
  return [...name2].map((byte) => byte >= 32 && byte < 127 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}
var import_node_fs5, import_node_path4, import_ignore, SKIPPED_DIRECTORIES, TOML, utf82, GITIGNORE;
var init_walk = __esm({
  "src/cli/walk.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    import_ignore = __toESM(require_ignore(), 1);
    SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    TOML = Buffer.from(".toml");
    utf82 = new TextDecoder("utf-8", { fatal: true });
    GITIGNORE = Buffer.from(".gitignore");
  }
});

// vendored:globby
var require_globby = __commonJS({
  "vendored:globby"(exports2, module2) {
    module2.exports = require("./vendor/globby.cjs");
  }
});

// src/cli/files.ts
async function resolveFiles(inputs, cwd, options = {}) {
  const found = /* @__PURE__ */ new Map();
  const add = (file, named, literal = false) => {
    if (named && options.onlyParslConfigs && CONFIG_FILE_NAMES.includes(import_node_path5.default.basename(file))) return;
    const explicit = named && !options.onlyParslConfigs;
    const existing = found.get(file);
    if (!existing || explicit && !existing.explicit || explicit && literal) found.set(file, { file, explicit, literal: explicit && literal });
  };
  for (const input of inputs) {
    const absolute = import_node_path5.default.resolve(cwd, input);
    const kind = await pathKind(absolute);
    if (kind === "file") {
      add(absolute, true, true);
    } else if (kind === "directory") {
      const walk2 = walkTomlFiles(absolute, CONFIG_FILE_NAMES, (file) => displayPath(file, cwd));
      walk2.warnings.forEach((message) => options.warn?.(message));
      walk2.files.forEach((file) => add(file, false));
    } else {
      for (const file of await matchGlob(input, cwd, options.errorOnUnmatchedPattern ?? true)) add(file, true);
    }
  }
  return [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
async function matchGlob(input, cwd, errorIfNone) {
  const { globby, isDynamicPattern } = await Promise.resolve().then(() => __toESM(require_globby(), 1));
  if (!isDynamicPattern(input)) {
    if (errorIfNone) throw new UsageError(`no such file or directory: ${input}`);
    return [];
  }
  const files = await globby(input, { cwd, absolute: true, gitignore: true, ignore: IGNORED2, dot: true });
  if (files.length === 0 && errorIfNone) throw new UsageError(`no files match the pattern "${input}"`);
  return files.map((file) => import_node_path5.default.normalize(file));
}
async function pathKind(file) {
  try {
    const stats = await (0, import_promises2.stat)(file);
    return stats.isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}
function displayPath(file, cwd) {
  const relative = import_node_path5.default.relative(cwd, file);
  const shown3 = relative === "" || relative.startsWith("..") || import_node_path5.default.isAbsolute(relative) ? file : relative;
  return shown3.split(import_node_path5.default.sep).join("/");
}
function looksLikeParslConfig(text) {
  return /^[ \t]*(\[\[?[ \t]*["']?parsl["']?[ \t]*([.\]]|$)|["']?parsl["']?[ \t]*[.=])/m.test(text);
}
var import_promises2, import_node_path5, IGNORED2;
var init_files = __esm({
  "src/cli/files.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path5 = __toESM(require("node:path"), 1);
    init_load();
    init_errors();
    init_walk();
    IGNORED2 = ["**/node_modules/**", "**/.git/**"];
  }
});

// src/output/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function formatJson(reports) {
  const document = {
    version: 1,
    files: reports.map((report2) => ({
      path: report2.path,
      diagnostics: report2.diagnostics.map(diagnosticJson),
      suppressed: (report2.suppressed ?? []).map(suppressedJson),
      fixesApplied: report2.fixesApplied ?? 0
    })),
    summary: summarize(reports)
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function diagnosticJson(diagnostic) {
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    // The message's parts; null when the rule gives it in one piece.
    headline: diagnostic.headline,
    note: diagnostic.note ?? null,
    help: diagnostic.help ?? null,
    line: diagnostic.start.line,
    column: diagnostic.start.column,
    endLine: diagnostic.end.line,
    endColumn: diagnostic.end.column,
    offset: diagnostic.span.start,
    endOffset: diagnostic.span.end,
    docs: diagnostic.docs,
    fix: diagnostic.fix ? { safety: diagnostic.fix.safety, description: diagnostic.fix.description, edits: diagnostic.fix.edits.map(editJson) } : null,
    suggestions: diagnostic.suggestions.map((suggestion) => ({ description: suggestion.description, edits: suggestion.edits.map(editJson) }))
  };
}
function suppressedJson(diagnostic) {
  const { directive, line: line2, reason } = diagnostic.suppressedBy;
  return { ...diagnosticJson(diagnostic), suppressedBy: { directive, line: line2, reason: reason ?? null } };
}
function editJson(edit) {
  return { offset: edit.start, endOffset: edit.end, text: edit.text };
}
var init_json = __esm({
  "src/output/json.ts"() {
    "use strict";
    init_results();
  }
});

// src/output/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatSarif: () => formatSarif
});
function formatSarif(reports, tool) {
  const found = new Set(reports.flatMap((report2) => [...report2.diagnostics, ...report2.suppressed ?? []].map((d) => d.rule)));
  const rules = tool.rules.filter((rule62) => found.has(rule62.id));
  const ruleIndex = new Map(rules.map((rule62, index) => [rule62.id, index]));
  const result = (path17, d) => {
    const uri = artifactUri(path17);
    const fixes = [...d.fix ? [{ description: d.fix.description, edits: d.fix.edits }] : [], ...d.suggestions].map((fix) => ({
      description: { text: fix.description },
      artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map(replacement) }]
    }));
    return {
      ruleId: d.rule,
      ...ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {},
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: d.start.line, startColumn: d.start.column, endLine: d.end.line, endColumn: d.end.column, charOffset: d.span.start, charLength: d.span.end - d.span.start }
          }
        }
      ],
      ...fixes.length > 0 ? { fixes } : {}
    };
  };
  const suppressed = (path17, d) => ({
    ...result(path17, d),
    suppressions: [{ kind: "inSource", ...d.suppressedBy.reason ? { justification: d.suppressedBy.reason } : {} }]
  });
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "parsl-lint",
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule62) => ({
              id: rule62.id,
              shortDescription: { text: rule62.description },
              helpUri: ruleDocsUrl(rule62.id),
              defaultConfiguration: { level: LEVEL[rule62.severity] },
              properties: { fix: rule62.fix }
            }))
          }
        },
        // Columns and offsets count UTF-16 code units, as the JSON report's do.
        columnKind: "utf16CodeUnits",
        results: reports.flatMap((report2) => [...report2.diagnostics.map((d) => result(report2.path, d)), ...(report2.suppressed ?? []).map((d) => suppressed(report2.path, d))])
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function artifactUri(path17) {
  return path17.split("/").map(encodeURIComponent).join("/");
}
function replacement(edit) {
  return { deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } };
}
var LEVEL, SCHEMA;
var init_sarif = __esm({
  "src/output/sarif.ts"() {
    "use strict";
    init_docs();
    LEVEL = { error: "error", warning: "warning", info: "note" };
    SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  }
});

// src/output/gitlab.ts
var gitlab_exports = {};
__export(gitlab_exports, {
  formatGitlab: () => formatGitlab
});
function formatGitlab(reports) {
  const issues = reports.flatMap((report2) => {
    const seen = /* @__PURE__ */ new Map();
    return report2.diagnostics.map((d) => {
      const key = `${report2.path}\0${d.rule}\0${d.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: "issue",
        check_name: d.rule,
        description: d.message,
        content: { body: d.docs },
        categories: ["Bug Risk"],
        severity: SEVERITY[d.severity],
        fingerprint: (0, import_node_crypto.createHash)("sha256").update(`${key}\0${occurrence}`).digest("hex"),
        location: {
          path: report2.path,
          positions: { begin: { line: d.start.line, column: d.start.column }, end: { line: d.end.line, column: d.end.column } }
        }
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}
`;
}
var import_node_crypto, SEVERITY;
var init_gitlab = __esm({
  "src/output/gitlab.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    SEVERITY = { error: "major", warning: "minor", info: "info" };
  }
});

// src/output/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  formatMarkdown: () => formatMarkdown
});
function formatMarkdown(reports) {
  const summary = summarize(reports);
  const counts = `${summary.errors} ${plural3(summary.errors, "error")}, ${summary.warnings} ${plural3(summary.warnings, "warning")}, ${summary.infos} ${plural3(summary.infos, "info")} in ${summary.files} ${plural3(summary.files, "file")}`;
  const rows = reports.flatMap(
    (report2) => report2.diagnostics.map((d) => `| ${cell(report2.path)} | ${d.start.line}:${d.start.column} | ${ICON[d.severity]} | [\`${d.rule}\`](${d.docs}) | ${cell(d.message)} |`)
  );
  if (rows.length === 0) return `### parsl-lint

No problems (${counts}).
`;
  return ["### parsl-lint", "", counts, "", "| File | Line:Col | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function cell(text) {
  return printable(text).replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("`", "\\`");
}
function plural3(count4, noun) {
  return count4 === 1 ? noun : `${noun}s`;
}
var ICON;
var init_markdown = __esm({
  "src/output/markdown.ts"() {
    "use strict";
    init_printable();
    init_results();
    ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
  }
});

// vendored:yargs
var require_yargs = __commonJS({
  "vendored:yargs"(exports2, module2) {
    module2.exports = require("./vendor/yargs.cjs");
  }
});

// src/config/discover.ts
var import_node_path9, ConfigResolver;
var init_discover = __esm({
  "src/config/discover.ts"() {
    "use strict";
    import_node_path9 = __toESM(require("node:path"), 1);
    init_config();
    init_load();
    ConfigResolver = class {
      /** `load` returns undefined for a file that does not exist or holds no parsl-lint settings. */
      constructor(load) {
        this.load = load;
      }
      byFolder = /* @__PURE__ */ new Map();
      forFile(file) {
        return this.forFolder(import_node_path9.default.dirname(import_node_path9.default.resolve(file)));
      }
      forFolder(folder) {
        let config = this.byFolder.get(folder);
        if (!config) {
          config = this.search(folder);
          this.byFolder.set(folder, config);
        }
        return config;
      }
      async search(folder) {
        for (const name2 of CONFIG_FILE_NAMES) {
          const config = await this.load(import_node_path9.default.join(folder, name2));
          if (config) return config;
        }
        const parent = import_node_path9.default.dirname(folder);
        return parent === folder ? NO_CONFIG : this.forFolder(parent);
      }
    };
  }
});

// vendored:picomatch
var require_picomatch = __commonJS({
  "vendored:picomatch"(exports2, module2) {
    module2.exports = require("./vendor/picomatch.cjs");
  }
});

// src/site/run-command.ts
function runCommand(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, shell: false }, (error, stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stdout, stderr });
      const failure = error;
      if (failure.code === "ENOENT") return reject(new CommandFailed(`${command} is not installed here`, "not-installed"));
      if (failure.killed) return reject(new CommandFailed(`${command} gave no answer within ${timeoutMs / 1e3} s`, "timeout"));
      if (typeof failure.code === "number") return resolve({ exitCode: failure.code, stdout, stderr });
      reject(new CommandFailed(`${command} could not be run: ${failure.message}`, "other"));
    });
  });
}
var import_node_child_process, CommandFailed;
var init_run_command = __esm({
  "src/site/run-command.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    CommandFailed = class extends Error {
      constructor(message, reason) {
        super(message);
        this.reason = reason;
      }
      name = "CommandFailed";
    };
  }
});

// src/site/scontrol.ts
function parseOneliner(text) {
  const records = [];
  for (const line2 of text.split(/\r?\n/)) {
    if (line2.trim() === "") continue;
    const fields = /* @__PURE__ */ new Map();
    const starts = [...line2.matchAll(/(?:^|\s)([A-Za-z][A-Za-z0-9_:/.]*)=/g)];
    starts.forEach((match, index) => {
      const valueStart = match.index + match[0].length;
      const valueEnd = index + 1 < starts.length ? starts[index + 1].index : line2.length;
      fields.set(match[1], line2.slice(valueStart, valueEnd).trim());
    });
    if (fields.size > 0) records.push(fields);
  }
  return records;
}
function summarize2(partitionRecords, nodeRecords) {
  const sizes = /* @__PURE__ */ new Map();
  for (const node of nodeRecords) {
    const cpus = whole(node.get("CPUEfctv") ?? node.get("CPUTot") ?? node.get("CPUs"));
    const memory = whole(node.get("RealMemory"));
    for (const partition of list(node.get("Partitions"))) {
      const size = sizes.get(partition) ?? { cpus: [], memory: [] };
      if (cpus !== void 0) size.cpus.push(cpus);
      if (memory !== void 0) size.memory.push(memory);
      sizes.set(partition, size);
    }
  }
  const partitions = partitionRecords.flatMap((record) => {
    const name2 = record.get("PartitionName");
    if (!name2) return [];
    const size = sizes.get(name2);
    return [
      {
        name: name2,
        isDefault: record.get("Default") === "YES",
        maxTime: record.get("MaxTime"),
        defaultTime: record.get("DefaultTime"),
        maxNodes: whole(record.get("MaxNodes")),
        nodes: whole(record.get("TotalNodes")),
        ...restriction("allowAccounts", record.get("AllowAccounts")),
        ...restriction("denyAccounts", record.get("DenyAccounts")),
        ...restriction("allowQos", record.get("AllowQos")),
        ...restriction("denyQos", record.get("DenyQos")),
        ...size?.cpus.length && { nodeCpus: range(size.cpus) },
        ...size?.memory.length && { nodeMemoryMb: range(size.memory) }
      }
    ];
  });
  return { slurmVersion: nodeRecords.map((node) => node.get("Version")).find(Boolean), partitions };
}
function profileToml(summary, origin3) {
  const out = [
    "# Cluster profile for parsl-lint: what this Slurm cluster accepts, per partition.",
    `# Written by \`parsl-lint cluster-profile\` from ${origin3}${summary.slurmVersion ? ` (Slurm ${summary.slurmVersion})` : ""}.`,
    '# Point the linter at it with `profile = "<this file>"` in parsl-lint.toml. Edit it when the site changes.',
    'scheduler = "slurm"'
  ];
  const byDefault = summary.partitions.find((partition) => partition.isDefault);
  if (byDefault) out.push(`default_partition = ${quote(byDefault.name)}  # Default=YES: jobs that name no partition go here`);
  else out.push("# No partition is Default=YES: a job that names none is refused.");
  for (const partition of summary.partitions) {
    out.push("", `[partitions.${bareKey(partition.name)}]`);
    if (partition.maxTime !== void 0) out.push(`max_time = ${quote(partition.maxTime)}  # MaxTime`);
    if (partition.defaultTime !== void 0 && partition.defaultTime !== "NONE") out.push(`default_time = ${quote(partition.defaultTime)}  # DefaultTime`);
    if (partition.maxNodes !== void 0) out.push(`max_nodes = ${partition.maxNodes}  # MaxNodes`);
    if (partition.nodes !== void 0) out.push(`nodes = ${partition.nodes}  # TotalNodes`);
    const lists = [
      ["allow_accounts", partition.allowAccounts, "AllowAccounts"],
      ["deny_accounts", partition.denyAccounts, "DenyAccounts"],
      ["allow_qos", partition.allowQos, "AllowQos"],
      ["deny_qos", partition.denyQos, "DenyQos"]
    ];
    for (const [key, names, field] of lists) if (names) out.push(`${key} = [${names.map(quote).join(", ")}]  # ${field}`);
    if (partition.nodeCpus) out.push(`min_node_cpus = ${partition.nodeCpus.min}  # CPUs of the smallest node`, `max_node_cpus = ${partition.nodeCpus.max}  # CPUs of the largest node`);
    if (partition.nodeMemoryMb) {
      out.push(`min_node_memory_mb = ${partition.nodeMemoryMb.min}  # RealMemory (MB) of the smallest node`, `max_node_memory_mb = ${partition.nodeMemoryMb.max}  # RealMemory (MB) of the largest node`);
    }
  }
  return `${out.join("\n")}
`;
}
function restriction(key, value2) {
  return value2 === void 0 || value2 === "ALL" || value2 === "" ? {} : { [key]: list(value2) };
}
function list(value2) {
  return value2 === void 0 || value2 === "(null)" ? [] : value2.split(",").filter(Boolean);
}
function whole(value2) {
  return value2 !== void 0 && /^\d+$/.test(value2) ? Number(value2) : void 0;
}
function range(values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}
function quote(text) {
  return JSON.stringify(text);
}
function bareKey(name2) {
  return /^[A-Za-z0-9_-]+$/.test(name2) ? name2 : quote(name2);
}
var init_scontrol = __esm({
  "src/site/scontrol.ts"() {
    "use strict";
  }
});

// src/cli/write-new-file.ts
async function writeNewFile(file, text, force, shown3) {
  try {
    await (0, import_promises3.writeFile)(file, text, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") throw new UsageError(`${shown3} exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${shown3}: ${code ?? error.message}`);
  }
}
var import_promises3;
var init_write_new_file = __esm({
  "src/cli/write-new-file.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises");
    init_errors();
  }
});

// src/cli/cluster-profile.ts
var cluster_profile_exports = {};
__export(cluster_profile_exports, {
  clusterProfile: () => clusterProfile
});
async function clusterProfile(request, cwd) {
  const { records, origin: origin3 } = request.files.length > 0 ? await fromFiles(request.files, cwd) : await fromScontrol();
  const partitions = records.filter((record) => record.has("PartitionName"));
  const nodes = records.filter((record) => record.has("NodeName"));
  if (partitions.length === 0) throw new UsageError(`no partition in ${origin3} (expected lines of \`scontrol --all --oneliner show partition\`)`);
  if (nodes.length === 0) throw new UsageError(`no node in ${origin3} (expected lines of \`scontrol --oneliner show node\` too)`);
  const text = profileToml(summarize2(partitions, nodes), origin3);
  if (request.output === void 0) {
    process.stdout.write(text);
  } else {
    await writeNewFile(import_node_path12.default.resolve(cwd, request.output), text, request.force, request.output);
    process.stderr.write(`parsl-lint: wrote ${request.output} (${partitions.length} partition${partitions.length === 1 ? "" : "s"}, ${nodes.length} node${nodes.length === 1 ? "" : "s"}); point parsl-lint.toml at it with profile = "${request.output}"
`);
  }
  return 0;
}
async function fromFiles(files, cwd) {
  const records = [];
  for (const file of files) {
    const text = await (0, import_promises4.readFile)(import_node_path12.default.resolve(cwd, file), "utf8").catch((error) => {
      throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
    });
    records.push(...parseOneliner(text));
  }
  return { records, origin: files.join(" and ") };
}
async function fromScontrol() {
  const records = [];
  for (const args of [["--all", "--oneliner", "show", "partition"], ["--oneliner", "show", "node"]]) {
    let result;
    try {
      result = await runCommand("scontrol", args, SCONTROL_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      if (error.reason === "not-installed") throw new UsageError("scontrol is not installed here; run this on a login node of the cluster, or give files of `scontrol --all --oneliner show partition` and `scontrol --oneliner show node` output");
      throw new UsageError(`scontrol ${args.join(" ")}: ${error.message}`);
    }
    if (result.exitCode !== 0) throw new UsageError(`scontrol ${args.join(" ")} failed: ${result.stderr.trim().split("\n")[0] ?? `exit code ${result.exitCode}`}`);
    records.push(...parseOneliner(result.stdout));
  }
  return { records, origin: "`scontrol --all --oneliner show partition` and `scontrol --oneliner show node`" };
}
var import_promises4, import_node_path12, SCONTROL_TIMEOUT_MS;
var init_cluster_profile = __esm({
  "src/cli/cluster-profile.ts"() {
    "use strict";
    import_promises4 = require("node:fs/promises");
    import_node_path12 = __toESM(require("node:path"), 1);
    init_run_command();
    init_scontrol();
    init_errors();
    init_write_new_file();
    SCONTROL_TIMEOUT_MS = 3e4;
  }
});

// src/init/generate.ts
function generateConfig(requirements2, target, profile) {
  checkParameters(target);
  const partitionNote = profile ? checkProfile(requirements2, profile) : void 0;
  const { workers, cpus, memGb, walltimeMinutes, env, partition, account } = requirements2;
  const walltime = walltimeText(walltimeMinutes);
  const value2 = (text) => JSON.stringify(text);
  const lines = {
    partition: partition !== void 0 ? `partition = ${value2(partition)}  # the Slurm partition the jobs go to` : void 0,
    account: account !== void 0 ? `account = ${value2(account)}  # the account the jobs are charged to` : void 0,
    nodes_per_block: "nodes_per_block = 1  # each job (block) is one node",
    cores_per_node: `cores_per_node = ${cpus}  # CPUs per job: #SBATCH --cpus-per-task=${cpus}`,
    mem_per_node: `mem_per_node = ${memGb}  # memory per job in GB: #SBATCH --mem=${memGb}g`,
    walltime: `walltime = ${value2(walltime)}  # time limit per job, HH:MM:SS: #SBATCH --time=${walltimeMinutes}`,
    exclusive: "exclusive = true  # parsl's default: each job takes its whole node; false shares the node with other jobs",
    max_blocks: `max_blocks = ${workers}  # at most ${workers} job${workers === 1 ? "" : "s"} at once`,
    worker_init: `worker_init = ${value2(`source ~/.bashrc && conda activate ${env}`)}`
  };
  return [
    `# parsl config for ${describeTarget(target)}, written by \`parsl-lint init\`.`,
    `# ${workers} job${workers === 1 ? "" : "s"} at once, each with ${cpus} CPUs, ${memGb} GB and ${walltime} on Slurm; environment ${env}.`,
    "# Use it with: qiime <plugin> <action> ... --parallel-config <this file>",
    "[parsl]",
    "",
    '# One executor labelled "default": QIIME 2 runs every action there unless a mapping says otherwise.',
    "[[parsl.executors]]",
    'class = "HighThroughputExecutor"',
    'label = "default"',
    "",
    '# The workers run in Slurm jobs ("blocks"), started when there is work and stopped when there is none.',
    "[parsl.executors.provider]",
    'class = "SlurmProvider"',
    ...partitionNote ? [partitionNote] : [],
    ...PROVIDER_PARAMETERS.flatMap((name2) => {
      const line2 = lines[name2];
      if (line2 === void 0) return [];
      return name2 === "worker_init" ? ["# Each job starts in a fresh shell: load conda's shell hook, then the environment.", line2] : [line2];
    }),
    ""
  ].join("\n");
}
function checkParameters(target) {
  const catalog = parslCatalog(target.parsl);
  const provider = catalog.lookup("providers", "SlurmProvider");
  const executor = catalog.lookup("executors", "HighThroughputExecutor");
  if (!provider || !executor) throw new InitError(`${describeTarget(target)} has no SlurmProvider or HighThroughputExecutor`);
  const missing = PROVIDER_PARAMETERS.filter((name2) => !provider.params.has(name2));
  if (missing.length > 0) throw new InitError(`SlurmProvider in ${describeTarget(target)} has no ${missing.join(", ")}`);
}
function checkProfile(requirements2, profile) {
  const name2 = requirements2.partition ?? profile.defaultPartition?.value;
  if (name2 === void 0) {
    const names = [...profile.partitions.keys()].join(", ");
    throw new InitError(`this cluster has no default partition (${profile.file}); choose one with --partition (${names})`);
  }
  const partition = profile.partitions.get(name2);
  if (!partition) {
    const guess = closestMatch(name2, profile.partitions.keys());
    throw new InitError(`this cluster has no partition "${name2}" (${profile.file})${guess ? `; did you mean "${guess}"?` : `; its partitions are ${[...profile.partitions.keys()].join(", ")}`}`);
  }
  const { maxTime, maxNodeCpus, maxNodeMemoryMb, allowAccounts, denyAccounts } = partition;
  if (maxTime && maxTime.value !== null && requirements2.walltimeMinutes > maxTime.value) {
    throw new InitError(`--walltime ${walltimeText(requirements2.walltimeMinutes)} is longer than the MaxTime of partition "${name2}", ${walltimeText(maxTime.value)} ${cite(maxTime.from)}`);
  }
  if (maxNodeCpus && requirements2.cpus > maxNodeCpus.value) {
    throw new InitError(`--cpus ${requirements2.cpus} is more than the largest node of partition "${name2}" has, ${maxNodeCpus.value} ${cite(maxNodeCpus.from)}`);
  }
  if (maxNodeMemoryMb && requirements2.memGb * 1024 > maxNodeMemoryMb.value) {
    throw new InitError(`--mem ${requirements2.memGb}GB is more than the largest node of partition "${name2}" has, ${Math.floor(maxNodeMemoryMb.value / 1024)} GB ${cite(maxNodeMemoryMb.from)}`);
  }
  const account = requirements2.account;
  if (account !== void 0 && (allowAccounts && !allowAccounts.value.includes(account) || denyAccounts?.value.includes(account))) {
    throw new InitError(`account "${account}" may not use partition "${name2}" ${cite((allowAccounts ?? denyAccounts).from)}`);
  }
  return requirements2.partition === void 0 ? `# No partition: the jobs go to the cluster's default, "${name2}" (${profile.file}).` : void 0;
}
var InitError, PROVIDER_PARAMETERS;
var init_generate = __esm({
  "src/init/generate.ts"() {
    "use strict";
    init_catalog();
    init_profile();
    init_units();
    init_suggest();
    InitError = class extends Error {
      name = "InitError";
    };
    PROVIDER_PARAMETERS = ["partition", "account", "nodes_per_block", "cores_per_node", "mem_per_node", "walltime", "exclusive", "max_blocks", "worker_init"];
  }
});

// src/init/quantities.ts
function parseMemoryGb(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([mgt])(?:i?b)?\s*$/i.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not an amount of memory; write it with a unit, e.g. 96GB, 96G or 512MB` };
  const gb = Number(match[1]) * MEMORY_UNITS[match[2].toLowerCase()];
  if (!Number.isInteger(gb) || gb < 1) return { ok: false, reason: `${text} is not a whole number of GB, which is what parsl's mem_per_node takes` };
  return { ok: true, value: gb };
}
function parseWalltimeMinutes(text) {
  const trimmed2 = text.trim();
  const units = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/i.exec(trimmed2);
  const dayClock = /^(\d+)-(\d+)(?::(\d+))?(?::(\d+))?$/.exec(trimmed2);
  const clock = /^(\d+):(\d+):(\d+)$/.exec(trimmed2);
  let minutes;
  if (units && trimmed2 !== "") minutes = n(units[1]) * 1440 + n(units[2]) * 60 + n(units[3]);
  else if (dayClock) minutes = n(dayClock[1]) * 1440 + n(dayClock[2]) * 60 + n(dayClock[3]) + Math.ceil(n(dayClock[4]) / 60);
  else if (clock) minutes = n(clock[1]) * 60 + n(clock[2]) + Math.ceil(n(clock[3]) / 60);
  if (minutes === void 0) return { ok: false, reason: `"${text}" is not a time limit; write e.g. 24h, 2d, 90m, 1-12:00:00 or 24:00:00` };
  if (minutes < 1) return { ok: false, reason: `${text} is less than a minute` };
  return { ok: true, value: minutes };
}
function n(text) {
  return text === void 0 ? 0 : Number(text);
}
var MEMORY_UNITS;
var init_quantities = __esm({
  "src/init/quantities.ts"() {
    "use strict";
    MEMORY_UNITS = { m: 1 / 1024, g: 1, t: 1024 };
  }
});

// src/cli/init.ts
var init_exports = {};
__export(init_exports, {
  init: () => init
});
async function init(given, ruleIds, cwd) {
  const flags = await completeFlags(given);
  let target;
  try {
    target = resolveTarget({ qiime2: flags.qiime2 });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const output = flags.output === void 0 ? void 0 : import_node_path13.default.resolve(cwd, flags.output);
  const config = await new ConfigResolver((file) => loadConfig(file, ruleIds, displayPath(file, cwd))).forFile(output ?? import_node_path13.default.join(cwd, "parsl.toml"));
  let text;
  try {
    text = generateConfig(requirements(flags), target, config.profile);
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(error.message);
    throw error;
  }
  if (output === void 0) {
    process.stdout.write(text);
  } else {
    await writeNewFile(output, text, flags.force, flags.output);
    process.stderr.write(`parsl-lint: wrote ${flags.output}; check it with: parsl-lint ${flags.output}
`);
  }
  return 0;
}
async function completeFlags(given) {
  const missing = REQUIRED.filter((name2) => given[name2] === void 0);
  if (missing.length === 0) return given;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(`init needs ${missing.map((name2) => `--${name2}`).join(", ")} (or run it on a terminal to be asked), e.g. parsl-lint init --scheduler slurm --workers 25 --cpus 12 --mem 96GB --walltime 24h --env q2-moshpit-2025.10`);
  }
  const terminal = (0, import_node_readline.createInterface)({ input: process.stdin, output: process.stdout });
  const lines = terminal[Symbol.asyncIterator]();
  try {
    const answers = {};
    for (const name2 of [...missing, ...["partition", "account"].filter((name3) => given[name3] === void 0)]) {
      process.stdout.write(QUESTIONS[name2]);
      const line2 = await lines.next();
      if (line2.done) throw new UsageError("init: no answer (end of input)");
      const answer = String(line2.value).trim();
      if (answer !== "") answers[name2] = answer;
    }
    return { ...given, ...answers };
  } finally {
    terminal.close();
  }
}
function requirements(flags) {
  const scheduler = flags.scheduler ?? "slurm";
  if (scheduler.toLowerCase() !== "slurm") throw new UsageError(`--scheduler ${scheduler}: init writes Slurm configs only so far`);
  const env = flags.env ?? "";
  if (!/^[\w.+~/-]+$/.test(env)) throw new UsageError(`--env "${env}" is not a conda environment name or path (letters, digits, . _ - + / ~)`);
  return {
    scheduler: "slurm",
    workers: count3(flags.workers, "workers"),
    cpus: count3(flags.cpus, "cpus"),
    memGb: value(parseMemoryGb(flags.mem ?? ""), "mem"),
    walltimeMinutes: value(parseWalltimeMinutes(flags.walltime ?? ""), "walltime"),
    env,
    ...flags.partition !== void 0 && { partition: name(flags.partition, "partition") },
    ...flags.account !== void 0 && { account: name(flags.account, "account") }
  };
}
function count3(text, flag) {
  if (text === void 0 || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--${flag} must be a whole number, at least 1, not "${text ?? ""}"`);
  return Number(text);
}
function value(parsed, flag) {
  if (!parsed.ok) throw new UsageError(`--${flag}: ${parsed.reason}`);
  return parsed.value;
}
function name(text, flag) {
  if (!/^[\w.-]+$/.test(text)) throw new UsageError(`--${flag} "${text}" is not a Slurm ${flag} name`);
  return text;
}
var import_node_path13, import_node_readline, REQUIRED, QUESTIONS;
var init_init = __esm({
  "src/cli/init.ts"() {
    "use strict";
    import_node_path13 = __toESM(require("node:path"), 1);
    import_node_readline = require("node:readline");
    init_catalog();
    init_discover();
    init_load();
    init_generate();
    init_quantities();
    init_errors();
    init_files();
    init_write_new_file();
    REQUIRED = ["workers", "cpus", "mem", "walltime", "env"];
    QUESTIONS = {
      workers: "How many jobs (workers) may run at once? ",
      cpus: "CPUs per job? ",
      mem: "Memory per job (e.g. 96GB)? ",
      walltime: "Time limit per job (e.g. 24h, 2d, 1-12:00:00)? ",
      env: "Conda environment the workers activate (e.g. q2-moshpit-2025.10)? ",
      partition: "Slurm partition (empty: the cluster's default)? ",
      account: "Slurm account (empty: your default)? "
    };
  }
});

// src/fixes/diff.ts
function unifiedDiff(path17, before, after) {
  if (before === after) return "";
  const rows = numbered(diffLines(splitLines2(before), splitLines2(after)));
  const hunks = changeGroups(rows).map(([start, end]) => hunk(rows.slice(start, end)));
  return `--- a/${path17}
+++ b/${path17}
${hunks.join("")}`;
}
function splitLines2(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (line2) => ({ kind: " ", line: line2 });
  return [
    ...a.slice(0, head).map(same),
    ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map(same)
  ];
}
function middle(a, b) {
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      common[i2][j2] = a[i2] === b[j2] ? common[i2 + 1][j2 + 1] + 1 : Math.max(common[i2 + 1][j2], common[i2][j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] });
      j++;
    } else if (j === b.length || i < a.length && common[i + 1][j] >= common[i][j + 1]) {
      ops.push({ kind: "-", line: a[i++] });
    } else {
      ops.push({ kind: "+", line: b[j++] });
    }
  }
  return ops;
}
function numbered(ops) {
  let oldLine = 1;
  let newLine = 1;
  return ops.map((op) => {
    const row = { ...op, oldLine, newLine };
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
    return row;
  });
}
function changeGroups(rows) {
  const groups = [];
  rows.forEach((row, index) => {
    if (row.kind === " ") return;
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(rows.length, index + CONTEXT + 1);
    const last2 = groups[groups.length - 1];
    if (last2 && start <= last2[1]) last2[1] = end;
    else groups.push([start, end]);
  });
  return groups;
}
function hunk(rows) {
  const oldCount = rows.filter((row) => row.kind !== "+").length;
  const newCount = rows.filter((row) => row.kind !== "-").length;
  const oldStart = oldCount === 0 ? rows[0].oldLine - 1 : rows[0].oldLine;
  const newStart = newCount === 0 ? rows[0].newLine - 1 : rows[0].newLine;
  const lines = rows.map((row) => `${row.kind}${row.line}${row.line.endsWith("\n") ? "" : "\n\\ No newline at end of file\n"}`);
  return `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@
${lines.join("")}`;
}
var CONTEXT;
var init_diff = __esm({
  "src/fixes/diff.ts"() {
    "use strict";
    CONTEXT = 3;
  }
});

// src/fixes/apply.ts
function applyFixes(text, fixable) {
  const taken = new TakenEdits();
  const applied = [];
  for (const diagnostic of fixable) {
    const edits = sortedEdits(diagnostic);
    if (edits.some((edit) => taken.overlaps(edit))) continue;
    for (const edit of edits) taken.add(edit);
    applied.push(diagnostic);
  }
  const lineEnding = lineEndingOf(text);
  const edited = applyEdits(text, taken.inOrder().map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, lineEnding) })));
  return { text: keepFinalNewline(text, edited, lineEnding), applied };
}
function sortedEdits(diagnostic) {
  const edits = [...diagnostic.fix?.edits ?? []].sort(byPosition);
  for (let i = 1; i < edits.length; i++) {
    if (overlap(edits[i - 1], edits[i])) throw new Error(`rule ${diagnostic.rule} made a fix with overlapping edits`);
  }
  return edits;
}
function overlap(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end || start === end && (a.start === a.end || b.start === b.end);
}
function applyEdits(text, edits) {
  const pieces = [];
  let position = 0;
  for (const edit of edits) {
    pieces.push(text.slice(position, edit.start), edit.text);
    position = edit.end;
  }
  pieces.push(text.slice(position));
  return pieces.join("");
}
function lineEndingOf(text) {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}
function keepFinalNewline(original, edited, lineEnding) {
  const had = original.endsWith("\n");
  const has = edited.endsWith("\n");
  if (had && !has && edited !== "") return edited + lineEnding;
  if (!had && has) return edited.replace(/\r?\n$/, "");
  return edited;
}
var byPosition, TakenEdits;
var init_apply = __esm({
  "src/fixes/apply.ts"() {
    "use strict";
    init_partition_point();
    byPosition = (a, b) => a.start - b.start || a.end - b.end;
    TakenEdits = class {
      edits = [];
      overlaps(edit) {
        const at = this.insertionPoint(edit);
        for (let index = Math.max(0, at - 1); index < this.edits.length; index++) {
          const other = this.edits[index];
          if (overlap(edit, other)) return true;
          if (other.start > edit.end) break;
        }
        return false;
      }
      add(edit) {
        this.edits.splice(this.insertionPoint(edit), 0, edit);
      }
      inOrder() {
        return this.edits;
      }
      /** Where `edit` goes in the order: after every taken edit that sorts before it. */
      insertionPoint(edit) {
        return partitionPoint(this.edits.length, (index) => byPosition(this.edits[index], edit) <= 0);
      }
    };
  }
});

// src/fixes/fix-text.ts
function fixText(text, options, safety) {
  const broken = /* @__PURE__ */ new Set();
  const wanted = (diagnostic) => diagnostic.fix !== void 0 && (safety === "unsafe" || diagnostic.fix.safety === "safe") && !broken.has(diagnostic.rule);
  let current = text;
  let result = lintText(text, options);
  let applied = 0;
  if (result.syntaxError) return { text, result, applied, broken: [], converged: true };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.diagnostics.filter(wanted);
    if (fixable.length === 0) break;
    const next = applyFixes(current, fixable);
    const nextResult = lintText(next.text, options);
    if (nextResult.syntaxError) {
      broken.add(culprit(current, next.applied, targetDialect(options.target)));
      continue;
    }
    current = next.text;
    result = nextResult;
    applied += next.applied.length;
  }
  return { text: current, result, applied, broken: [...broken].sort(), converged: !result.diagnostics.some(wanted) };
}
function culprit(text, applied, dialect) {
  const breaking = applied.findIndex((_, index) => !parseDocument(applyFixes(text, applied.slice(0, index + 1)).text, dialect).ok);
  return applied[breaking].rule;
}
var MAX_PASSES;
var init_fix_text = __esm({
  "src/fixes/fix-text.ts"() {
    "use strict";
    init_catalog();
    init_parse();
    init_lint();
    init_apply();
    MAX_PASSES = 10;
  }
});

// src/fixes/fix-bytes.ts
function fixBytes(bytes, options, safety) {
  const decoded = decodeToml(bytes);
  if (!decoded.ok) {
    const result = lintBytes(bytes, options);
    return { text: result.source.text, original: result.source.text, result, applied: 0, broken: [], converged: true, output: void 0 };
  }
  const outcome = fixText(decoded.text, options, safety);
  if (outcome.text === decoded.text) return { ...outcome, original: decoded.text, output: void 0 };
  return { ...outcome, original: decoded.text, output: new TextEncoder().encode(outcome.text) };
}
var init_fix_bytes = __esm({
  "src/fixes/fix-bytes.ts"() {
    "use strict";
    init_source();
    init_lint();
    init_fix_text();
  }
});

// src/fixes/snapshot.ts
async function takeSnapshot(file) {
  const handle = await import_promises5.default.open(file, "r");
  try {
    const stats = await handle.stat({ bigint: true });
    const bytes = await handle.readFile();
    return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, sha256: sha256(bytes) };
  } finally {
    await handle.close();
  }
}
function sameSnapshot(a, b) {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.sha256 === b.sha256;
}
function sha256(bytes) {
  return (0, import_node_crypto2.createHash)("sha256").update(bytes).digest("hex");
}
var import_node_crypto2, import_promises5;
var init_snapshot = __esm({
  "src/fixes/snapshot.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_promises5 = __toESM(require("node:fs/promises"), 1);
  }
});

// src/fixes/write-atomic.ts
async function writeFileAtomic(file, data, expected) {
  try {
    await replace2(file, data, expected);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(describe2(error));
  }
}
async function replace2(file, data, expected) {
  const target = await import_promises6.default.realpath(file);
  const stats = await import_promises6.default.stat(target);
  if (!stats.isFile()) throw new WriteError("it is not a regular file");
  if ((stats.mode & 146) === 0 || !await writable(target)) throw new WriteError("the file is read-only");
  if (stats.nlink > 1) throw new WriteError(`it has ${stats.nlink} hard links, which would keep the old content if it were replaced; fix it through --diff and patch, or by hand`);
  const mode = stats.mode & 4095;
  const temporary = import_node_path14.default.join(import_node_path14.default.dirname(target), `.${import_node_path14.default.basename(target)}.${(0, import_node_crypto3.randomBytes)(6).toString("hex")}.parsl-lint.tmp`);
  try {
    const handle = await import_promises6.default.open(temporary, "wx", 384);
    try {
      await handle.writeFile(data);
      await keepOwner(handle, stats.uid, stats.gid);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected) {
      const now = await takeSnapshot(target).catch(() => void 0);
      if (!now || !sameSnapshot(expected, now)) throw new WriteError(MODIFIED_MEANWHILE);
    }
    await import_promises6.default.rename(temporary, target);
  } catch (error) {
    await import_promises6.default.rm(temporary, { force: true });
    throw error;
  }
}
async function keepOwner(handle, uid, gid) {
  const { uid: ownUid, gid: ownGid } = await handle.stat();
  if (uid === ownUid && gid === ownGid) return;
  try {
    await handle.chown(uid, gid);
  } catch (error) {
    const code = error.code;
    if (code !== "EPERM" && code !== "EACCES") throw error;
    const whose = uid === ownUid ? `its group (gid ${gid}), which you are not in` : `its owner (uid ${uid}) and group (gid ${gid})`;
    throw new WriteError(`a new copy could not keep ${whose}; ask its owner to run the fix`);
  }
}
async function writable(file) {
  try {
    await import_promises6.default.access(file, import_node_fs12.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function describe2(error) {
  switch (error.code) {
    case "ENOSPC":
      return "no space left on the device (ENOSPC)";
    case "EDQUOT":
      return "disk quota exceeded (EDQUOT)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${error.code})`;
    case "EROFS":
      return "read-only file system (EROFS)";
    default:
      return error.code ?? error.message;
  }
}
var import_promises6, import_node_fs12, import_node_path14, import_node_crypto3, WriteError, MODIFIED_MEANWHILE;
var init_write_atomic = __esm({
  "src/fixes/write-atomic.ts"() {
    "use strict";
    import_promises6 = __toESM(require("node:fs/promises"), 1);
    import_node_fs12 = require("node:fs");
    import_node_path14 = __toESM(require("node:path"), 1);
    import_node_crypto3 = require("node:crypto");
    init_snapshot();
    WriteError = class extends Error {
      name = "WriteError";
    };
    MODIFIED_MEANWHILE = "it was modified after parsl-lint read it (by an editor?), so the fix was not written (run --fix again)";
  }
});

// src/cli/fix.ts
var fix_exports = {};
__export(fix_exports, {
  fixInput: () => fixInput
});
async function fixInput(bytes, file, shown3, lintOptions, options) {
  const fix = fixBytes(bytes, lintOptions, options.fix ?? "safe");
  for (const rule62 of fix.broken) {
    process.stderr.write(`parsl-lint: ${printable(shown3)}: the fix of ${rule62} made the file invalid TOML, so it was not applied (a bug in parsl-lint: please report it)
`);
  }
  if (!fix.converged) process.stderr.write(`parsl-lint: ${printable(shown3)}: fixes were still changing the file after ${MAX_PASSES} passes; the rest were not applied
`);
  if (options.diff) return { result: fix.result, applied: fix.applied, diff: fix.output ? unifiedDiff(shown3, fix.original, fix.text) : "" };
  if (file === void 0) {
    process.exitCode = 2;
    await new Promise((resolve) => process.stdout.write(fix.output ?? bytes, () => resolve()));
    process.exitCode = void 0;
  } else if (fix.output) {
    await write(file, bytes, fix.output).catch((error) => {
      throw error instanceof WriteError ? new UsageError(`cannot write ${shown3}: ${error.message}; it is unchanged`) : error;
    });
  }
  return { result: fix.result, applied: fix.applied, diff: "" };
}
async function write(file, read, output) {
  const snapshot = await takeSnapshot(file).catch((error) => {
    throw new WriteError(error.code ?? error.message);
  });
  if (snapshot.sha256 !== sha256(read)) throw new WriteError(MODIFIED_MEANWHILE);
  await writeFileAtomic(file, output, snapshot);
}
var init_fix = __esm({
  "src/cli/fix.ts"() {
    "use strict";
    init_diff();
    init_fix_bytes();
    init_fix_text();
    init_snapshot();
    init_write_atomic();
    init_printable();
    init_errors();
  }
});

// src/site/sbatch-test.ts
async function sbatchTestOnly(script, options = {}) {
  const dir = await (0, import_promises7.mkdtemp)(import_node_path15.default.join((0, import_node_os2.tmpdir)(), "parsl-lint-sbatch-"));
  try {
    const file = import_node_path15.default.join(dir, "job.sh");
    await (0, import_promises7.writeFile)(file, script, { mode: 384 });
    return await run(options.sbatch ?? "sbatch", ["--test-only", file], options.timeoutMs ?? 3e4);
  } finally {
    await (0, import_promises7.rm)(dir, { recursive: true, force: true });
  }
}
async function run(command, args, timeout) {
  let result;
  try {
    result = await runCommand(command, args, timeout);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    throw new SbatchUnavailable(error.reason === "not-installed" ? `${command} is not installed here (--sbatch-test runs the real sbatch --test-only)` : `${error.message} (--test-only)`);
  }
  if (result.exitCode !== 0 && UNREACHABLE.test(result.stderr)) {
    throw new SbatchUnavailable(`${command} --test-only could not reach Slurm: ${result.stderr.trim().split("\n")[0]}`);
  }
  return { exitCode: result.exitCode, stderr: result.stderr };
}
var import_promises7, import_node_os2, import_node_path15, SbatchUnavailable, UNREACHABLE;
var init_sbatch_test = __esm({
  "src/site/sbatch-test.ts"() {
    "use strict";
    import_promises7 = require("node:fs/promises");
    import_node_os2 = require("node:os");
    import_node_path15 = __toESM(require("node:path"), 1);
    init_run_command();
    SbatchUnavailable = class extends Error {
      name = "SbatchUnavailable";
    };
    UNREACHABLE = /Unable to contact slurm controller|Zero Bytes were transmitted|authentication|Invalid user id|Unable to establish Slurm configuration|Could not establish a configuration source/i;
  }
});

// src/cli/sbatch-test.ts
var sbatch_test_exports = {};
__export(sbatch_test_exports, {
  sbatchAnswers: () => sbatchAnswers
});
async function sbatchAnswers(bytes, target) {
  const decoded = decodeToml(bytes);
  const parsed = decoded.ok ? parseDocument(decoded.text) : void 0;
  const answers = /* @__PURE__ */ new Map();
  if (!decoded.ok || !parsed?.ok) return () => void 0;
  const jobs = buildJobs(buildModel(parsed.document), parslCatalog(target.parsl), (node) => locateString(decoded.text, node));
  for (const job of jobs) {
    const script = slurmScript(job);
    if (script === void 0 || answers.has(script)) continue;
    try {
      answers.set(script, await sbatchTestOnly(script));
    } catch (error) {
      if (error instanceof SbatchUnavailable) throw new UsageError(error.message);
      throw error;
    }
  }
  return (script) => answers.get(script);
}
var init_sbatch_test2 = __esm({
  "src/cli/sbatch-test.ts"() {
    "use strict";
    init_parse();
    init_source();
    init_strings();
    init_catalog();
    init_build();
    init_jobs();
    init_sbatch_test();
    init_slurm_request();
    init_errors();
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  run: () => run2
});
module.exports = __toCommonJS(main_exports);
var import_node_path16 = __toESM(require("node:path"), 1);

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
        const value2 = Math.max(red, green, blue) * 2;
        if (value2 === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value2 === 2) {
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

// src/cli/main.ts
init_config();
init_lint();
init_rule_names();

// src/output/explain.ts
init_number_text();
init_tree();
init_jobs();
init_printable();
function explainJobs(report2) {
  return (report2.jobs ?? []).map((job) => {
    const extent = objectExtent(job.provider);
    return {
      executor: writtenExecutorLabel(job.provider),
      provider: job.provider.className,
      scheduler: job.scheduler.name,
      submitCommand: job.scheduler.submitCommand,
      lines: job.script.lines.map((line2) => ({ text: line2.text, origin: origin(line2, job), ...noteOn(line2, job) })),
      plan: job.plan,
      errors: report2.diagnostics.filter((d) => d.severity === "error" && extent.start <= d.span.start && d.span.start < extent.end)
    };
  });
}
function formatExplain(reports, chalk2) {
  const blocks = [];
  for (const report2 of reports) {
    const jobs = explainJobs(report2);
    if (jobs.length === 0) {
      blocks.push(`${printable(report2.path)}: no batch-scheduler provider (Slurm, PBS Pro, Torque, LSF, Grid Engine) to explain`);
      continue;
    }
    for (const job of jobs) blocks.push(formatJob(report2.path, job, chalk2));
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}
` : "";
}
function formatExplainJson(reports) {
  const files = reports.map((report2) => ({
    path: report2.path,
    jobs: explainJobs(report2).map((job) => ({
      ...job,
      errors: job.errors.map((d) => ({ rule: d.rule, message: d.message, line: d.start.line, column: d.start.column }))
    }))
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}
`;
}
function formatJob(path17, job, chalk2) {
  const executor = job.executor === void 0 ? "an executor" : `executor "${printable(job.executor)}"`;
  const title = chalk2.bold(`${printable(path17)}: ${executor} \u2192 ${job.provider}: the script parsl writes for each block (${job.submitCommand} reads it)`);
  const width = Math.min(60, Math.max(...job.lines.map((line2) => printable(line2.text).length)));
  const body = job.lines.map((line2) => {
    const note = line2.note ? chalk2.red(`  (${line2.note})`) : "";
    return `  ${printable(line2.text).padEnd(width)}  ${chalk2.dim(line2.origin ? `\u2190 ${printable(line2.origin)}` : "")}${note}`.trimEnd();
  });
  const errors = job.errors.length > 0 ? [
    chalk2.red(`  errors in this provider: the job fails, or does not get what the config asks for (the script above is what parsl would write once they are fixed):`),
    ...job.errors.map((error) => chalk2.red(`  \u2716 line ${error.start.line}: ${printable(error.message)} (${error.rule})`))
  ] : [];
  return [title, ...body, ...describePlan(job.plan), ...errors].join("\n");
}
function describePlan(plan) {
  const nodes = plan.nodesPerBlock;
  const perBlock = [
    nodes === void 0 ? void 0 : plural(nodes, "node"),
    plan.coresPerNode === void 0 ? "the scheduler\u2019s default cores" : `${plural(plan.coresPerNode, "core")} per node`,
    plan.memoryPerNodeGB === void 0 ? void 0 : `${plan.memoryPerNodeGB} GB per node`,
    plan.walltimeMinutes === void 0 ? void 0 : `walltime ${hours(plan.walltimeMinutes)}`,
    plan.workersPerNode === void 0 ? void 0 : `${plural(plan.workersPerNode, "worker")} per node`
  ].filter(Boolean);
  const lines = [`  each block: ${perBlock.join(", ")}`];
  if (plan.maxBlocks !== void 0 && nodes !== void 0) {
    const total = [
      plural(plan.maxBlocks * nodes, "node"),
      ...plan.coresPerNode === void 0 ? [] : [plural(plan.maxBlocks * nodes * plan.coresPerNode, "core")],
      ...plan.memoryPerNodeGB === void 0 ? [] : [`${count(plan.maxBlocks * nodes * plan.memoryPerNodeGB)} GB`]
    ];
    const coreHours = plan.maxCoreHours === void 0 ? "" : `; at most ${plural(plan.maxCoreHours, "core-hour")} (${plural(plan.maxBlocks, "block")} \xD7 ${plural(nodes * plan.coresPerNode, "core")} \xD7 ${hours(plan.walltimeMinutes)})`;
    lines.push(`  at max_blocks = ${plan.maxBlocks}: ${total.join(", ")}${coreHours}`);
  }
  if (plan.workers) {
    lines.push(`  then on each block: ${plan.workers.perNode} (${plan.workers.launcher})`, `    ${printable(plan.workers.command.replace(/ {2,}/g, " ").trim())}`);
  }
  return lines;
}
function hours(minutes) {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}
function count(value2) {
  return Number.isInteger(value2) ? value2.toLocaleString("en-US") : value2.toFixed(1);
}
function plural(value2, unit) {
  return `${count(value2)} ${unit}${value2 === 1 ? "" : "s"}`;
}
function origin(line2, job) {
  if (line2.source === "scheduler_options" || line2.source === "worker_init") return line2.source;
  if (line2.text.trim() === "") return "";
  if (!line2.field) return "parsl";
  const entry = job.entry(line2.field);
  return entry ? `${line2.field} = ${shown(entry.value)}` : `${line2.field} (default)`;
}
function noteOn(line2, job) {
  const { reading, scheduler } = job;
  const command = scheduler.submitCommand;
  if (reading.lines[line2.index]?.kind === "ignored-directive") return { note: `${command} ignores it: after the header` };
  if (line2.index === reading.headerEnd && line2.source === "scheduler_options") return { note: `not a directive: ${command} stops reading the header here` };
  const ignored3 = reading.ignored.find((found) => found.line === line2.index && found.kind !== "translated-directive");
  if (ignored3?.kind === "lookalike-directive") return { note: `${command} reads it as a comment` };
  if (ignored3?.kind === "missing-prefix") return { note: `not a directive: it runs as a command` };
  if (ignored3) return { note: `${command} ignores part of it` };
  const lost = reading.overrides.find((override) => override.lost.line === line2.index);
  if (lost) return { note: `overridden: ${command} keeps ${lost.kept.text}` };
  return {};
}
function shown(node) {
  return node.kind === "scalar" ? scalarText(node) : node.kind;
}
function objectExtent(object) {
  const ends = [...object.table?.entries.values() ?? []].map((entry) => entrySpan(entry).end);
  return { start: object.node.span.start, end: Math.max(object.node.span.end, ...ends) };
}

// src/cli/main.ts
init_results();
init_printable();

// rules/toml-syntax/index.ts
init_catalog();

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
init_catalog();
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

// rules/tomlkit-key-already-present/index.ts
init_catalog();

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
  const tables = [];
  const visit = (node) => {
    if (node.kind === "table") {
      if (node.origin === "header" || node.origin === "array-header") tables.push(node);
      if (node.origin !== "inline") for (const entry of node.entries.values()) visit(entry.value);
    } else if (node.kind === "array" && node.ofTables) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root2);
  return tables.sort((a, b) => a.span.start - b.span.start).map((table, index) => ({ path: table.path, span: table.span, arrayElement: table.origin === "array-header", index }));
}
function lateArrayExtensions(headers) {
  if (!someHeaderFollowsAnOutsider(headers)) return [];
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
function someHeaderFollowsAnOutsider(headers) {
  for (let index = 1; index < headers.length; index++) {
    const { path: path17, arrayElement } = headers[index];
    const previous = headers[index - 1].path;
    for (let depth = 0; depth < path17.length; depth++) {
      const segment = path17[depth];
      if (typeof segment !== "number") continue;
      const starts = arrayElement && depth === path17.length - 1;
      if (starts ? segment === 0 : depth === path17.length - 1) continue;
      let inside = previous.length > depth && previous[depth] === (starts ? segment - 1 : segment);
      for (let at = 0; inside && at < depth; at++) inside = previous[at] === path17[at];
      if (!inside) return true;
    }
  }
  return false;
}
function interruption(path17, elementPath) {
  const holder = elementPath.slice(0, -2);
  if (path17.length <= holder.length && startsWith(holder, path17)) return "ancestor";
  if (startsWith(path17, holder)) return "beside";
  return path17[0] === elementPath[0] ? "same-top-level" : "other-top-level";
}
function startsWith(path17, prefix) {
  return prefix.length <= path17.length && prefix.every((segment, i) => path17[i] === segment);
}
function pathKey(path17) {
  return JSON.stringify(path17);
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
  const count4 = extension.between.length;
  const named = extension.between.slice(0, count4 > 2 ? 2 : count4).map((other) => `${written(source, other.header)} (line ${line(source, other.header)})`);
  const shown3 = count4 > 2 ? `${named.join(", ")} and ${count4 - 2} more` : named.join(" and ");
  const element = `${written(source, extension.element)} on line ${line(source, extension.element)}`;
  return extension.kind === "subtable" ? `${header} adds to the ${element}, but ${shown3} came between` : `${header} starts the element after the ${element}, but ${shown3} came between`;
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
function stringParam(object, name2) {
  const value2 = object.params.get(name2)?.value;
  return value2?.kind === "scalar" && value2.type === "string" ? value2 : void 0;
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
init_catalog();
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
function baseClassGroup(name2) {
  return BASE_CLASSES.get(name2);
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
init_suggest();
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
init_catalog();
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
init_tree();
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
init_edits();
init_toml_string();
init_suggest();
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
        const value2 = assignment.label;
        if (value2.kind !== "scalar" || typeof value2.value !== "string") {
          context.report({ at: value2, message: { headline: `${assignment.action.key} must be sent to an executor label (a string), not ${describeNode(value2)}`, note: "QIIME 2 fails with a KeyError when it runs that action" } });
          continue;
        }
        if (known.includes(value2.value)) continue;
        const guess = closestMatch(value2.value, known);
        context.report({
          at: value2,
          message: {
            headline: `no executor is labelled "${value2.value}" (labels: ${known.map((label) => `"${label}"`).join(", ")})`,
            note: `QIIME 2 fails with KeyError: '${value2.value}' when it runs ${assignment.action.key}`,
            help: guess ? `did you mean "${guess}"?` : void 0
          },
          ...guess && {
            fix: { safety: "unsafe", description: `send it to "${guess}"`, edits: [replace(value2, tomlBasicString(guess))] }
          }
        });
      }
    }
  })
});

// rules/missing-walltime/index.ts
init_catalog();
init_registry();
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
  const [hours2 = 0, minutes = 0] = hms2.split(":").map(Number);
  const parts = [hours2 > 0 ? `${hours2} hour${hours2 === 1 ? "" : "s"}` : "", minutes > 0 ? `${minutes} minutes` : ""].filter(Boolean);
  return parts.join(" ") || hms2;
}

// src/model/providers.ts
init_registry();
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

// rules/walltime-format/index.ts
init_edits();
init_toml_string();
init_registry();
init_walltime();

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
    const [, days, hours2, minutes = "0", seconds = "0"] = day;
    const total = Number(days) * 86400 + Number(hours2) * 3600 + Number(minutes) * 60 + Number(seconds);
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
  const hours2 = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds % 3600 / 60);
  const seconds = totalSeconds % 60;
  return [hours2, minutes, seconds].map((n2) => String(n2).padStart(2, "0")).join(":");
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

// rules/memory-option-conflict/index.ts
init_edits();

// src/model/slurm-job.ts
init_suggest();
init_rendered_script();
function isUserDirective(job, directive) {
  return isUserLine(job.lineOf(directive.line));
}
function userDirectives(job, name2) {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name2 && isUserDirective(job, directive));
}
function unknownOptions(job, pluginOptions) {
  const found = [];
  for (const { verdicts } of job.reading.slurm?.verdicts ?? []) {
    const newest = verdicts.at(-1).verdict;
    if (newest.kind !== "unknown" || verdicts.some(({ verdict }) => verdict.kind !== "unknown")) continue;
    const { problem } = newest;
    const at = job.sourceSpan(problem.span);
    if (!at) continue;
    const name2 = job.script.text.slice(problem.span.start, problem.span.end).replace(/^--/, "");
    if (pluginOptions.includes(name2)) continue;
    const limit = name2.length >= 6 ? 2 : 1;
    const nearStock = !problem.retired && (problem.suggestions ?? []).some((suggestion) => editDistance(name2, suggestion) <= limit);
    found.push({ problem, at, nearStock });
  }
  return found;
}
function newestJudgedRelease(job) {
  return job.reading.slurm?.releases.at(-1);
}

// rules/memory-option-conflict/index.ts
init_adapter6();
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
  const removal3 = !isUserDirective(job, other) && memPerNode ? removeEntryLine(source.text, memPerNode) : void 0;
  if (removal3) result.push({ description: "remove mem_per_node", edits: [removal3] });
  return result;
}

// rules/header-ended/index.ts
init_directive_scan();
init_rendered_script();
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
init_rendered_script();
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
      for (const ignored3 of job.reading.ignored) {
        const line2 = job.lineOf(ignored3.line);
        if (!isUserLine(line2) || ignored3.kind === "after-header-end" && endedInOptions) continue;
        const at = job.sourceSpan(ignored3.span);
        if (!at) continue;
        const help = line2.source === "worker_init" && ignored3.kind === "after-header-end" ? "worker_init runs after the header: put directives in scheduler_options" : void 0;
        const repair = ignored3.repair && job.sourceEdit(ignored3.repair.span, ignored3.repair.text);
        context.report({
          at,
          message: { headline: ignored3.message, help },
          ...repair && { fix: { safety: "safe", description: ignored3.repair.description, edits: [repair] } }
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
init_edits();
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
        const replacement2 = problem.retired ? void 0 : suggestion;
        context.report({
          at,
          message: { headline: problem.message, note: `sbatch ${newestJudgedRelease(job)} refuses the job with "${problem.sbatchSays?.split("\n")[0]}"` },
          ...replacement2 && problem.suggestions.length === 1 && {
            fix: { safety: "unsafe", description: `write --${replacement2}`, edits: [replace(at, `--${replacement2}`)] }
          }
        });
      }
    }
  })
});

// rules/misspelt-sbatch-option/index.ts
init_edits();
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
        const name2 = job.script.text.slice(problem.span.start, problem.span.end);
        const candidates = problem.suggestions;
        const meant = candidates.map((candidate) => `--${candidate}`).join(" or ");
        context.report({
          at,
          message: {
            headline: `${name2} is not an sbatch option`,
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
init_releases();
init_release_verdicts();
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
  const name2 = /^--([^=]+)/.exec(place.text)?.[1];
  const said = runs.map(({ releases, verdict }, index) => `${index === 0 ? "sbatch " : ""}${describeReleaseRun(releases)} ${whatItDoes(verdict, name2, releases.length > 1)}`);
  const history = name2 === void 0 ? void 0 : optionHistory(name2);
  return `${place.text} depends on the Slurm release: ${said.join("; ")}` + (history ? ` (--${name2}: ${history})` : "") + ". Name your cluster's release (`sbatch --version`) with --slurm or `[slurm] release` to judge it exactly";
}
function whatItDoes(verdict, name2, plural4) {
  const verb = (singular, many) => plural4 ? many : singular;
  if (verdict.kind === "refused") return `${verb("refuses", "refuse")} the job ("${verdict.says}")`;
  if (verdict.kind === "unknown") return `${verb("refuses", "refuse")} the job ("${verdict.problem.sbatchSays?.split("\n")[0]}")`;
  if (verdict.option === void 0 || name2 === void 0 || name2 === verdict.option) return `${verb("accepts", "accept")} it`;
  return `${verb("reads", "read")} it as --${verdict.option}`;
}

// rules/overridden-directive/index.ts
init_number_text();
init_rendered_script();
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
          message: userLoses ? { headline: `\`${lost.text}\` has no effect`, note: `${origin2(job, kept)} wins, since ${why}`, help } : { headline: `\`${kept.text}\` silently replaces ${origin2(job, lost)}`, note: `since ${why}`, help }
        });
      }
    }
  })
});
function origin2(job, setting2) {
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
init_edits();
init_suggest();
init_directives5();
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
          for (const name2 of directive.rules) {
            if (!name2.known) {
              const guess = closestMatch(name2.name, ruleIds);
              context.report({
                at: name2.span,
                message: { headline: `no rule is named "${name2.name}"`, help: guess ? `did you mean "${guess}"?` : void 0 },
                ...guess && { suggestions: [{ description: `write "${guess}"`, edits: [replace(name2.span, guess)] }] }
              });
            } else if (name2.suppressed === 0) {
              context.report({
                at: name2.span,
                message: `no ${name2.name} diagnostic ${where(directive)} to suppress`,
                fix: { safety: "unsafe", description: "remove it from the comment", edits: [removal2(directive, name2, context.source)] }
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
function removal2(directive, name2, source) {
  if (directive.rules.every((rule62) => rule62.suppressed === 0)) return removeComment(directive, source);
  const index = directive.rules.indexOf(name2);
  const next = directive.rules[index + 1];
  if (next) return { start: name2.span.start, end: next.span.start, text: "" };
  return { start: directive.rules[index - 1].span.end, end: name2.span.end, text: "" };
}
function removeComment(directive, source) {
  const { start, end } = directive.span;
  const before = source.lineText(directive.line).slice(0, source.positionAt(start).column - 1);
  if (before.trim() !== "") return { start: start - (before.length - before.trimEnd().length), end, text: "" };
  const newline = source.text.indexOf("\n", end);
  return { start: start - before.length, end: newline === -1 ? source.text.length : newline + 1, text: "" };
}

// rules/unknown-class/index.ts
init_catalog();
init_edits();
init_toml_string();
init_tree();
init_suggest();
init_object_class();
var rule26 = defineRule({
  meta: {
    id: "unknown-class",
    severity: "error",
    description: "`class` names no class that QIIME 2 can build from the parsl module of that table.",
    fix: "unsafe"
  },
  create: (context) => ({
    object(object) {
      const value2 = object.classEntry?.value;
      if (!value2) return;
      const module2 = `parsl.${object.group}`;
      if (!isString2(value2)) {
        context.report({ at: value2, message: `\`class\` must be a string naming a class of ${module2}, not ${describeNode(value2)}` });
        return;
      }
      const importError = moduleImportError(context.target, object.group);
      if (importError) {
        context.report({ at: value2, message: importError });
        return;
      }
      const name2 = value2.value;
      const bareName = name2.split(".").at(-1);
      if (object.group === "executors" && name2 === TEST_EXECUTOR) return;
      const spec = context.catalog.lookup(object.group, bareName);
      if (spec && bareName !== name2) return;
      const usable = context.catalog.classes(object.group).filter((candidate) => !candidate.abstract).map((candidate) => candidate.name);
      if (spec?.abstract) {
        context.report({
          at: value2,
          message: { headline: `${name2} is the abstract base class of ${module2}, which Python cannot instantiate (TypeError)`, help: `use one of ${usable.join(", ")}` }
        });
        return;
      }
      if (spec) return;
      const failure = `${describeLoader(context.target)} fails with AttributeError: module '${module2}' has no attribute '${name2}'`;
      const why = wrongModule(context, object.group, bareName) ?? versionChange(context, object.group, bareName);
      if (why) {
        context.report({ at: value2, message: { headline: why, note: failure } });
        return;
      }
      const guess = closestMatch(bareName, usable);
      context.report({
        at: value2,
        message: { headline: `${module2} has no class ${name2}`, note: failure, help: guess ? `did you mean ${guess}?` : `its classes are ${usable.join(", ") || "none"}` },
        ...guess && {
          fix: { safety: "unsafe", description: `use ${guess}`, edits: [replace(value2, tomlBasicString(guess))] }
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
function wrongModule(context, group, name2) {
  const other = context.catalog.findInAnyGroup(name2);
  return other && other.group !== group && other.group !== "config" ? `${name2} is ${OBJECT_NAMES[other.group]}, not a class of parsl.${group}` : void 0;
}
function versionChange(context, group, name2) {
  const history = classHistory(name2);
  if (!history || !parslCatalog(history.lastSeen).lookup(group, name2)) return void 0;
  const removed = context.target.parsl > history.lastSeen;
  const change = removed ? history.removed : history.appeared;
  if (!change) return void 0;
  return `${name2} was ${removed ? "removed from" : "added to"} parsl.${group} ${describeChange(change)}${change.reference ? ` (${change.reference})` : ""}`;
}

// rules/qualified-class-name/index.ts
init_catalog();
init_edits();
init_toml_string();
init_tree();
var rule27 = defineRule({
  meta: {
    id: "qualified-class-name",
    severity: "error",
    description: "`class` is a dotted Python path (`parsl.providers.SlurmProvider`) where QIIME 2 needs the bare class name.",
    fix: "safe"
  },
  create: (context) => ({
    object(object) {
      const value2 = object.classEntry?.value;
      if (!isString2(value2) || !value2.value.includes(".") || moduleImportError(context.target, object.group)) return;
      const bareName = value2.value.split(".").at(-1);
      if (!context.catalog.lookup(object.group, bareName)) return;
      context.report({
        at: value2,
        message: {
          headline: `QIIME 2 looks \`class\` up as an attribute of parsl.${object.group}, so "${value2.value}" fails with AttributeError`,
          note: `module 'parsl.${object.group}' has no attribute '${value2.value}'`,
          help: `write "${bareName}"`
        },
        fix: { safety: "safe", description: `use the bare name ${bareName}`, edits: [replace(value2, tomlBasicString(bareName))] }
      });
    }
  })
});

// rules/test-executor/index.ts
init_tree();
init_object_class();
var rule28 = defineRule({
  meta: {
    id: "test-executor",
    severity: "info",
    description: "`_TEST_EXECUTOR_` is QIIME 2's executor for its own tests: it loads only when `QIIMETEST` is set.",
    fix: "none"
  },
  create: (context) => ({
    object(object) {
      const value2 = object.classEntry?.value;
      if (object.group !== "executors" || !isString2(value2) || value2.value !== TEST_EXECUTOR) return;
      context.report({
        at: value2,
        message: {
          headline: `${TEST_EXECUTOR} is a ThreadPoolExecutor that QIIME 2 builds only for its test suite`,
          note: `without the QIIMETEST environment variable, loading this config raises ValueError: Do not instantiate the class '${TEST_EXECUTOR}' when not testing`
        }
      });
    }
  })
});

// rules/unknown-parameter/index.ts
init_catalog();

// src/catalog/parameter-words.ts
init_suggest();
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
function words(name2) {
  return name2.toLowerCase().split(/[_-]+/).filter((word) => word !== "");
}

// rules/unknown-parameter/index.ts
init_suggest();
init_edits();
init_object_class();
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
init_catalog();
init_object_class();
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
      const names = missing.map((name2) => `'${name2}'`).join(" and ");
      context.report({
        at: object.table,
        message: {
          headline: `${spec.name} requires ${missing.map((name2) => `\`${name2}\``).join(", ")}`,
          note: `${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() missing ${missing.length} required argument${missing.length === 1 ? "" : "s"}: ${names}`
        }
      });
    }
  })
});

// rules/parameter-type/index.ts
init_catalog();
init_edits();
init_registry();
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
init_catalog();
init_edits();
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
  const otherName = removed ? history.renamedTo : [...spec.params.keys()].find((name2) => paramHistory(spec.name, name2)?.renamedTo === entry.key);
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
init_catalog();
init_edits();
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
init_catalog();
init_edits();
init_toml_string();
init_tree();
init_suggest();
var rule34 = defineRule({
  meta: {
    id: "strategy-value",
    severity: "error",
    description: "`strategy` names no scaling strategy parsl has (`none`, `simple`, `htex_auto_scale`).",
    fix: "safe"
  },
  create: (context) => ({
    config(config) {
      const value2 = config.configParams.get("strategy")?.value;
      if (!isString2(value2)) return;
      if (value2.value.toLowerCase() === "none" || STRATEGIES.includes(value2.value)) return;
      const guess = closestMatch(value2.value, STRATEGIES);
      const caseOnly = guess !== void 0 && guess.toLowerCase() === value2.value.toLowerCase();
      context.report({
        at: value2,
        message: {
          headline: `parsl has no strategy "${value2.value}" (it has ${STRATEGIES.map((name2) => `"${name2}"`).join(", ")})`,
          note: `${describeLoader(context.target)} fails with KeyError: '${value2.value}' when it starts the pipeline`,
          help: guess ? `did you mean "${guess}"?` : void 0
        },
        ...guess && {
          fix: { safety: caseOnly ? "safe" : "unsafe", description: `use "${guess}"`, edits: [replace(value2, tomlBasicString(guess))] }
        }
      });
    }
  })
});

// rules/executor-mapping-form/index.ts
init_catalog();
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
init_catalog();
init_edits();
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
init_settings();
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
      const setting2 = (name2) => numberSetting(object, name2, context.catalog);
      const [min, init2, max, parallelism] = [setting2("min_blocks"), setting2("init_blocks"), setting2("max_blocks"), setting2("parallelism")];
      if (min && max && min.value > max.value) {
        context.report({
          at: anchor(min, max) ?? object.table,
          message: {
            headline: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("max_blocks", max, context.target)}`,
            note: "parsl never runs more than max_blocks blocks, so the minimum can never be kept",
            help: "lower min_blocks or raise max_blocks"
          }
        });
      } else if (min && init2 && min.value > init2.value) {
        context.report({
          at: anchor(init2, min) ?? object.table,
          message: {
            headline: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("init_blocks", init2, context.target)}`,
            note: "parsl submits init_blocks blocks when it starts, and min_blocks only stops it from scaling in below that number: it never starts blocks to reach it"
          }
        });
      }
      if (init2 && max && init2.value > max.value) {
        context.report({
          at: anchor(init2, max) ?? object.table,
          message: {
            headline: `${describeSetting("init_blocks", init2, context.target)} is above ${describeSetting("max_blocks", max, context.target)}`,
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
init_launcher();
init_settings();
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
init_catalog();
init_launcher();
init_settings();
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
      const shown3 = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: {
          headline: `nodes_per_block = ${shown3}, but ${which} ${launcher.reach === "first-node-only" ? `starts all ${shown3} worker pools on the block's first node` : "runs the worker command once, on the first node"}`,
          note: (launcher.reach === "first-node-only" ? `each pool is sized for a whole node, so that node runs ${shown3} times the workers it has room for, ` : "") + `while ${idle === 1 ? "the other node" : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : "the other nodes"} of every block sit${idle === 1 ? "s" : ""} idle.`,
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
init_settings();
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
init_settings();
init_worker_fit();
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
init_settings();
init_worker_fit();
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
init_settings();
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
        const init2 = numberSetting(provider, "init_blocks", context.catalog);
        const max = numberSetting(provider, "max_blocks", context.catalog);
        if (!init2 || !max || max.value <= init2.value) continue;
        context.report({
          at: (max.entry ?? init2.entry)?.keySpan ?? provider.table,
          message: {
            headline: `with strategy = ${written2} parsl submits init_blocks blocks once, when it starts, and never scales`,
            note: `with ${describeSetting("init_blocks", init2, context.target)} and ${describeSetting("max_blocks", max, context.target)} ` + (init2.value <= 0 ? "no block ever starts and every task sent to this executor waits forever." : `at most ${settingText(init2)} block${init2.value === 1 ? "" : "s"} ever run${init2.value === 1 ? "s" : ""} and max_blocks is never reached.`),
            help: `Remove strategy (parsl's default "simple" scales up to max_blocks), or set init_blocks = ${settingText(max)}`
          }
        });
      }
    }
  })
});

// rules/exclusive-by-default/index.ts
init_catalog();
init_settings();
init_values();
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
      const directivesFor = (name2) => userDirectives(job, name2);
      const number = (name2) => numberSetting(object, name2, context.catalog);
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
init_catalog();
init_settings();
init_values();
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
init_adapter6();
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
      const tasks = count2(ntasks.value?.text);
      if (!at || tasks === void 0) return;
      const setting2 = (name2) => count2(slurm2.effective.get(name2)?.value?.text);
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
function count2(text) {
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
  const name2 = commandName(command);
  return TOOLS.find((tool) => tool === name2) && command.words[1]?.text === "activate" ? name2 : void 0;
}
function moduleLoads(command) {
  const [name2, ...args] = command.words.map((word) => word.text);
  if (name2 === "module" && MODULE_LOADS.has(args[0] ?? "")) return args.slice(1).filter((arg) => !arg.startsWith("-"));
  if (name2 === "ml" && !ML_OTHER.has(args[0] ?? "")) return args.filter((arg) => !arg.startsWith("-"));
  return name2 === "module" || name2 === "ml" ? [] : void 0;
}
function isToolchainModule(module2) {
  const name2 = module2.split("/")[0].replace(/-\d[\w.-]*$/, "");
  return TOOLCHAIN_MODULE.test(name2);
}
function activatesEnvironment(command) {
  const name2 = commandName(command);
  if (name2 === void 0) return command.assignments.some((word) => word.text.startsWith("PATH="));
  if (activateCall(command)) return true;
  if (name2 === "source" || name2 === ".") return !MODULE_INIT.test(command.words[1]?.text ?? "");
  if (ACTIVATING_COMMANDS.has(name2)) return true;
  const modules = moduleLoads(command);
  if (modules) return modules.some((module2) => !isToolchainModule(module2));
  if (name2 === "spack") return ["load", "env"].includes(command.words[1]?.text ?? "");
  if (name2 === "export") return command.words.some((word) => word.text.startsWith("PATH="));
  return false;
}
function loadsShellHook(command, tool) {
  const name2 = commandName(command);
  const args = command.words.slice(1).map((word) => word.text);
  if (name2 === "source" || name2 === ".") {
    const file = args[0] ?? "";
    const base = file.slice(file.lastIndexOf("/") + 1);
    if (base === "activate") return tool === "conda";
    return STARTUP_FILES.has(base) || CONDA_LIKE.test(file);
  }
  if (name2 === "eval") {
    const text = args.join(" ").replace(/['"]/g, "");
    const hookOf = tool === "conda" ? /conda\S*\s+shell\.\w+\s+hook/i : new RegExp(`(${tool}|MAMBA_EXE)\\S*\\s+shell\\s+hook`, "i");
    return hookOf.test(text);
  }
  if (name2 === "module" || name2 === "ml") return args.some((arg) => CONDA_LIKE.test(arg));
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
    let name2 = first;
    while (name2 < words2.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[name2].text)) name2++;
    if (name2 < words2.length || name2 > first) commands.push({ assignments: words2.slice(first, name2), words: words2.slice(name2) });
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
  let value2 = "";
  let index = start;
  let quote2;
  let depth = 0;
  while (index < text.length) {
    const char = text[index];
    if (quote2 === "'" || quote2 === "`") {
      if (char === quote2) quote2 = void 0;
      else value2 += char;
    } else if (char === "\\" && index + 1 < text.length) {
      value2 += text[index + 1];
      index++;
    } else if (quote2 === '"' && char === '"' && depth === 0) {
      quote2 = void 0;
    } else if (quote2 === void 0 && depth === 0 && (char === "'" || char === '"' || char === "`")) {
      quote2 = char;
    } else if (char === "$" && text[index + 1] === "(") {
      depth++;
      value2 += "$(";
      index++;
    } else if (char === ")" && depth > 0) {
      depth--;
      value2 += char;
    } else if (quote2 === void 0 && depth === 0 && (/\s/.test(char) || isOperator(text, index))) {
      break;
    } else {
      value2 += char;
    }
    index++;
  }
  return { text: value2, start, end: index };
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
init_registry();
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
  /(?<![\w.])(?:\.\.\.|\u2026)(?![\w.])/g,
  // ..., a value still to write
  /\b(?:TODO|FIXME|CHANGEME|CHANGE_ME)\b/g,
  /(?<!\w)\/?path\/to\//g
  // /path/to/miniforge3
];
var MAY_HOLD_PLACEHOLDER = /<|your|\.\.\.|\u2026|TODO|FIXME|CHANGE|path\/to\//i;
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
      const range2 = [start, start + line2.length];
      start += line2.length + 1;
      return isCommentLine(line2) ? [] : [range2];
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

// rules/address-not-ip/index.ts
init_edits();

// src/model/address.ts
var PYTHON_CALL = /^\s*[A-Za-z_][\w.]*\s*\(.*\)\s*$/s;
function addressKind(value2) {
  if (value2 === "") return "unset";
  if (process.getBuiltinModule("node:net").isIP(value2) !== 0) return "ip";
  return PYTHON_CALL.test(value2) ? "python-call" : "name";
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
init_number_text();
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
      const value2 = entry?.value;
      if (!entry || value2?.kind !== "scalar" || typeof value2.value !== "number" || !Number.isFinite(value2.value) || value2.value < IMPLAUSIBLE_GB) return;
      const gb = value2.value;
      const text = numberText(value2);
      const tb = gb / 1024;
      const meantInMb = tb < IMPLAUSIBLE_GB;
      context.report({
        at: value2,
        message: {
          headline: `${param2.name} = ${text} counts gigabytes`,
          note: `parsl writes \`${param2.written(gb, text)}\`, ${tb < 1e9 ? Math.round(tb) : "billions of"} TB per ${param2.per}, which no node has: ${param2.refusal}, and no worker runs.`,
          help: meantInMb ? `If you meant ${text} MB, write ${param2.name} = ${Math.floor(tb)}` : `Write the memory of one ${param2.per} in GB`
        },
        suggestions: meantInMb ? suggestions2(param2.name, value2.span, gb) : []
      });
    }
  })
});
function suggestions2(name2, span, mb) {
  const binary = Math.floor(mb / 1024);
  const result = [{ description: `${name2} = ${binary} (${mb} MB at 1024 MB to the GB)`, edits: [{ ...span, text: String(binary) }] }];
  if (mb % 1e3 === 0 && mb / 1e3 !== binary) result.push({ description: `${name2} = ${mb / 1e3} (${mb} MB at 1000 MB to the GB)`, edits: [{ ...span, text: String(mb / 1e3) }] });
  return result;
}

// rules/default-aprun-launcher/index.ts
init_launcher();
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
init_settings();
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
init_registry();
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
init_slurm_request();
init_suggest();
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
      for (const name2 of requested.text.split(",")) {
        if (profile.partitions.has(name2)) continue;
        const guess = closestMatch(name2, known);
        context.report({
          at: requested.at,
          message: {
            headline: `${requested.written}: this cluster has no partition "${name2}"`,
            note: `the partitions in ${profile.file} are ${known.map((k) => `"${k}"`).join(", ") || "none"}, so sbatch refuses every block with "invalid partition specified: ${name2}".`,
            help: guess ? `Did you mean "${guess}"?` : "Name one of the partitions above, or refresh the profile with parsl-lint cluster-profile if it has changed"
          }
        });
      }
    }
  })
});

// rules/no-default-partition/index.ts
init_slurm_request();
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
      const names = [...profile.partitions.keys()].map((name2) => `"${name2}"`).join(", ");
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

// rules/partition-time-limit/index.ts
init_values();

// src/site/partition.ts
init_profile();
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
init_profile();
init_slurm_request();
init_units();
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
init_values();
init_profile();
init_slurm_request();
init_units();
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
init_values();
init_profile();
init_slurm_request();
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
init_profile();
init_slurm_request();
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
      function check5(what, value2, allow, deny, refusal2) {
        if (!value2) return;
        const allowed = allow ? allow.value.includes(value2.text) : !deny?.value.includes(value2.text);
        if (allowed) return;
        const rule62 = allow ? `allows only ${allow.value.map((name2) => `"${name2}"`).join(", ")} ${cite(allow.from)}` : `denies it ${cite(deny.from)}`;
        context.report({
          at: value2.at,
          message: {
            headline: `${value2.written}: ${described} ${rule62}`,
            note: `Slurm refuses every block ("${refusal2}") or leaves it pending ("Job's ${what} not permitted to use this partition").`,
            help: `Use an allowed ${what}, or another partition`
          }
        });
      }
    }
  })
});

// rules/sbatch-refuses-job/index.ts
init_tree();

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
init_slurm_request();
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
      const value2 = blamed.settings.map((setting2) => requestedValue(job, setting2)).find((found) => found !== void 0);
      const quoted = value2 || blamed.quoted === void 0 ? void 0 : findInSchedulerOptions(blamed.quoted);
      const written2 = value2 ? ` (${value2.written})` : "";
      context.report({
        at: value2?.at ?? quoted ?? table,
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

// src/cli/main.ts
init_read_file();
init_errors();
init_files();

// src/cli/fix-summary.ts
init_printable();
function fixSummary(tally, fix, diff) {
  const safe = tally.safeFixes;
  const unsafe = fix === "unsafe" ? 0 : tally.unsafeFixes;
  if (fix) {
    const applied = tally.fixesApplied;
    return `${applied} ${applied === 1 ? "fix" : "fixes"} ${diff ? "to apply" : "applied"}${unsafe > 0 ? `, ${unsafe} more with --unsafe-fixes` : ""}`;
  }
  const hidden = unsafe > 0 ? `${unsafe} hidden ${unsafe === 1 ? "fix" : "fixes"} can be applied with --fix --unsafe-fixes` : "";
  if (safe > 0) return `[*] ${safe} fixable with --fix${hidden ? ` (${hidden})` : ""}`;
  return hidden ? `No fixes available (${hidden})` : "";
}
function notFixable(shown3) {
  return `${printable(shown3)} is not valid TOML, so nothing in it can be fixed: fixes are made from the parsed file; correct the syntax error first`;
}

// src/cli/ignored-file.ts
init_printable();
init_files();
function ignoredFileWarning(shown3, configFile, cwd) {
  const config = configFile === void 0 ? "the config" : displayPath(configFile, cwd);
  return `${printable(shown3)} was not linted: it matches \`exclude\` in ${printable(config)}. Remove it from \`exclude\` (or use --no-config) to lint it, or use --no-warn-ignored to suppress this warning`;
}

// src/cli/info-commands.ts
init_catalog();
init_docs();

// src/schema/json-schema.ts
init_catalog();
init_object_class();
function schemaText(target) {
  return `${JSON.stringify(buildSchema(target), null, 2)}
`;
}
function buildSchema(target) {
  const catalog = parslCatalog(target.parsl);
  const definitions = { parsl: parslTable(target, catalog.config) };
  for (const group of MODULE_GROUPS) {
    const classes = buildableClasses(target, group);
    definitions[group] = slot(target, group, [...classes.keys()]);
    for (const [name2, spec] of classes) definitions[classKey(group, name2)] = classTable(name2, spec);
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `QIIME 2 parallel (parsl) config for ${describeTarget(target)}`,
    description: "Generated by `parsl-lint schema` from its catalog of parsl constructors. QIIME 2 reads only [parsl].",
    type: "object",
    required: ["parsl"],
    properties: { parsl: { $ref: "#/definitions/parsl" } },
    // Written out where other keys are fine: tombi's strict mode takes a missing one as false.
    additionalProperties: true,
    definitions
  };
}
function parslTable(target, config) {
  const properties = {};
  for (const param2 of config.params.values()) properties[param2.name] = parameter(config, param2);
  properties["strategy"] = { ...properties["strategy"], pattern: `^(?:[Nn][Oo][Nn][Ee]|${STRATEGIES.filter((name2) => name2 !== "none").join("|")})$`, examples: STRATEGIES };
  properties["executor_mapping"] = executorMapping(target);
  return { type: "object", description: "The keyword arguments of parsl.Config, and the executor mapping.", properties, additionalProperties: false };
}
var ID = { pattern: "^[^-]*$" };
function executorMapping(target) {
  const actions = { type: "object", propertyNames: ID, additionalProperties: { type: "string" } };
  switch (target.qiime2?.executorMapping) {
    case "flat":
      return { ...actions, description: `action = "label" pairs (QIIME 2 ${target.qiime2.version})` };
    case "per-plugin":
      return { type: "object", description: `[executor_mapping.<plugin_id>] tables of action = "label" pairs (QIIME 2 ${target.qiime2.version})`, propertyNames: ID, additionalProperties: actions };
    default:
      return { type: "object", additionalProperties: true };
  }
}
function buildableClasses(target, group) {
  if (moduleImportError(target, group)) return /* @__PURE__ */ new Map();
  const catalog = parslCatalog(target.parsl);
  const classes = new Map(catalog.classes(group).filter((spec) => !spec.abstract).map((spec) => [spec.name, spec]));
  if (group === "executors") classes.set(TEST_EXECUTOR, catalog.lookup("executors", "ThreadPoolExecutor"));
  return classes;
}
function slot(target, group, names) {
  const className = names.length > 0 ? { enum: names, description: `A class of parsl.${group}` } : { not: {}, description: moduleImportError(target, group) ?? `parsl ${target.parsl} has no class in parsl.${group} that QIIME 2 can build` };
  return {
    type: "object",
    required: ["class"],
    properties: { class: className },
    additionalProperties: true,
    ...names.length > 0 && {
      discriminator: { propertyName: "class" },
      oneOf: names.map((name2) => ({ $ref: `#/definitions/${classKey(group, name2)}` }))
    }
  };
}
function classKey(group, name2) {
  return `${group}.${name2}`;
}
function classTable(name2, spec) {
  const properties = { class: { enum: [name2] } };
  for (const param2 of spec.params.values()) properties[param2.name] = parameter(spec, param2);
  const required = [...spec.params.values()].filter((param2) => param2.required).map((param2) => param2.name);
  return {
    title: name2,
    description: `${name2}(${[...spec.params.keys()].join(", ")})`,
    type: "object",
    properties,
    ...required.length > 0 && { required },
    additionalProperties: false
  };
}
function parameter(spec, param2) {
  const description = `${spec.name}(${param2.name}: ${param2.type ?? "no annotation"}${param2.default === null ? "" : ` = ${param2.default}`})`;
  const type = parseAnnotation(param2.type);
  const group = OBJECT_KEYS.get(param2.name);
  if (group) return { description, ...objects(group, type, param2.name) };
  const value2 = spec.typechecked ? valueSchema(type) : {};
  const fallback = pythonDefault(param2);
  return {
    ...value2,
    description: value2["description"] === void 0 ? description : `${description} takes ${value2["description"]}`,
    ...fallback !== void 0 && fallback !== null && { default: fallback }
  };
}
function objects(group, type, key) {
  const one = { $ref: `#/definitions/${group}` };
  const many = type.kind === "any" ? key.endsWith("s") : takesList(type);
  return many ? { type: "array", items: one } : one;
}
function takesList(type) {
  return type.kind === "list" || type.kind === "sequence" || type.kind === "union" && type.members.some(takesList);
}
function valueSchema(type) {
  switch (type.kind) {
    case "any":
      return {};
    case "int":
      return { type: "integer" };
    case "float":
      return { type: "number" };
    case "bool":
      return { type: "boolean" };
    case "str":
      return { type: "string" };
    case "literal":
      return { enum: type.values };
    case "union":
      return union(type.members);
    case "list":
      return { type: "array", items: valueSchema(type.item) };
    case "sequence":
      return type.item.kind === "str" ? { type: ["array", "string"], items: { type: "string" } } : { type: "array", items: valueSchema(type.item) };
    case "dict":
      return { type: "object", additionalProperties: valueSchema(type.value) };
    default:
      return { not: {}, description: `${unwritable(type)}: no TOML value passes` };
  }
}
function unwritable(type) {
  if (type.kind === "none") return "None, which TOML cannot write";
  if (type.kind === "tuple") return "a Python tuple, and QIIME 2 passes a TOML array as a list";
  if (type.kind === "callable") return "a Python function";
  if (type.kind === "class") return `a ${type.name} object${baseClassGroup(type.name) ? "" : ", which QIIME 2 cannot build from TOML"}`;
  return void 0;
}
function union(members) {
  const writable2 = members.filter((member) => unwritable(member) === void 0);
  if (writable2.length === 0) return valueSchema(members.find((member) => member.kind !== "none") ?? members[0]);
  const schemas = writable2.map(valueSchema);
  if (schemas.length === 1 || schemas.some((schema) => Object.keys(schema).length === 0)) return schemas.length === 1 ? schemas[0] : {};
  if (schemas.every((schema) => Array.isArray(schema["enum"]))) return { enum: schemas.flatMap((schema) => schema["enum"]) };
  const plain = schemas.every((schema) => Object.keys(schema).every((keyword) => keyword === "type" || keyword === "items"));
  if (plain && schemas.filter((schema) => "items" in schema).length <= 1) {
    const types = [...new Set(schemas.flatMap((schema) => schema["type"]))];
    const items = schemas.find((schema) => "items" in schema)?.["items"];
    return { type: types, ...items !== void 0 && { items } };
  }
  return { anyOf: schemas };
}

// src/cli/info-commands.ts
init_errors();
function printSchema(qiime2, parsl) {
  let target;
  try {
    target = resolveTarget({ qiime2, parsl });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const note = describeSubstitution(target);
  if (note !== void 0) process.stderr.write(`parsl-lint: ${note}
`);
  process.stdout.write(schemaText(target));
}
function printRules(rules, format) {
  if (format === "json") {
    const list2 = rules.map(({ meta }) => ({ id: meta.id, aliases: meta.aliases ?? [], severity: meta.severity, fix: meta.fix, description: meta.description, docs: ruleDocsUrl(meta.id) }));
    process.stdout.write(`${JSON.stringify({ version: 1, rules: list2 }, null, 2)}
`);
    return;
  }
  const width = Math.max(...rules.map((rule62) => rule62.meta.id.length));
  for (const { meta } of rules) {
    const formerly = meta.aliases?.length ? ` (formerly ${meta.aliases.join(", ")}, which still work)` : "";
    process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${`fix: ${meta.fix}`.padEnd(11)}  ${meta.description}${formerly}
`);
  }
}

// src/cli/report.ts
var import_node_fs8 = require("node:fs");
var import_node_path7 = __toESM(require("node:path"), 1);
init_docs();

// src/make-folders.ts
var import_node_fs6 = require("node:fs");
var import_node_path6 = __toESM(require("node:path"), 1);
function makeFolders(folder, mode) {
  try {
    (0, import_node_fs6.mkdirSync)(folder, mode);
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") return;
    const parent = import_node_path6.default.dirname(folder);
    if (code !== "ENOENT" || parent === folder) throw error;
    makeFolders(parent, mode);
    (0, import_node_fs6.mkdirSync)(folder, mode);
  }
}

// src/output/compact.ts
init_printable();
function formatCompact(reports) {
  return reports.flatMap((report2) => report2.diagnostics.map((d) => `${report2.path}:${d.start.line}:${d.start.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]
`)).join("");
}

// src/output/github.ts
init_printable();
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(reports) {
  const lines = reports.flatMap((report2) => report2.diagnostics.map((diagnostic) => annotation(report2.path, diagnostic)));
  return lines.map((line2) => `${line2}
`).join("");
}
function annotation(path17, diagnostic) {
  const { start, end } = diagnostic;
  const properties = [
    `file=${escapeProperty(printable(path17))}`,
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
init_printable();
init_results();
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
function summaryLine(summary, chalk2) {
  const files = summary.filesWithProblems;
  const counts = [
    plural2(summary.errors, "error"),
    plural2(summary.warnings, "warning"),
    ...summary.infos > 0 ? [plural2(summary.infos, "info")] : []
  ].join(", ");
  if (summary.errors + summary.warnings + summary.infos === 0) {
    return chalk2.green(`\u2714 no problems in ${plural2(summary.files, "file")}`);
  }
  const text = `${counts} in ${plural2(files, "file")} (${summary.files} checked)`;
  return summary.errors > 0 ? chalk2.red.bold(`\u2716 ${text}`) : chalk2.yellow.bold(`\u26A0 ${text}`);
}
function plural2(count4, noun) {
  return `${count4} ${noun}${count4 === 1 ? "" : "s"}`;
}

// src/cli/report.ts
init_errors();

// src/cli/version.ts
var import_node_fs7 = require("node:fs");
init_package_files();
function packageVersion() {
  const manifest = JSON.parse((0, import_node_fs7.readFileSync)(packageFile("package.json"), "utf8"));
  return manifest.version;
}

// src/cli/report.ts
function writtenWhole(format) {
  return format !== "stylish" && format !== "compact" && format !== "github";
}
function reportPart(report2, options, chalk2) {
  switch (options.format) {
    case "stylish":
      return formatStylishFile(report2, chalk2, { fixing: options.fix !== void 0 });
    case "compact":
      return formatCompact([report2]);
    case "github":
      return formatGithub([report2]);
    default:
      return "";
  }
}
async function reportEnd(outcomes, tally, options, chalk2) {
  switch (options.format) {
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson(outcomes);
    case "sarif": {
      const rules = RULES.map((rule62) => rule62.meta);
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif(outcomes, { version: packageVersion(), informationUri: repositoryUrl(), rules });
    }
    case "gitlab":
      return (await Promise.resolve().then(() => (init_gitlab(), gitlab_exports))).formatGitlab(outcomes);
    case "markdown":
      return (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).formatMarkdown(outcomes);
    case "compact":
    case "github":
      return "";
    case "stylish": {
      if (tally.files === 0 && options.onlyParslConfigs) return "no parsl config among the files given (--only-parsl-configs)\n";
      const fixes = fixSummary(tally, options.fix, options.diff);
      return formatStylishSummary(tally, chalk2) + (fixes ? `${chalk2.dim(fixes)}
` : "");
    }
  }
}
var ReportSink = class {
  constructor(to) {
    this.to = to;
  }
  pending = [];
  pendingLength = 0;
  fd;
  write(text) {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }
  /** Writes what is left; an --output-file is written (empty) even when the report is. */
  close() {
    this.flush();
    if ("file" in this.to) this.inFile(this.to.file, (fd) => (0, import_node_fs8.closeSync)(fd));
  }
  flush() {
    const text = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    if (text === "") return;
    if ("stream" in this.to) this.to.stream.write(text);
    else this.inFile(this.to.file, (fd) => writeAll(fd, Buffer.from(text)));
  }
  inFile(file, use) {
    try {
      if (this.fd === void 0) {
        makeFolders(import_node_path7.default.dirname(file));
        this.fd = (0, import_node_fs8.openSync)(file, "w");
      }
      use(this.fd);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${file}: ${error.code ?? error.message}`);
    }
  }
};
function writeAll(fd, bytes) {
  for (let written2 = 0; written2 < bytes.length; ) written2 += (0, import_node_fs8.writeSync)(fd, bytes, written2);
}

// src/cli/rule-page.ts
var import_node_fs9 = require("node:fs");
init_docs();
init_rule_names();
init_package_files();
init_suggest();
init_errors();
function printRulePage(name2, rules) {
  const names = ruleNames(rules);
  const id = names.get(name2);
  if (id === void 0) {
    const guess = closestMatch(name2, [...names.keys()]);
    throw new UsageError(`unknown rule "${name2}"${guess ? `; did you mean "${guess}"?` : ""} (parsl-lint rules lists them)`);
  }
  const page = (0, import_node_fs9.readFileSync)(packageFile(`rules/${id}/README.md`), "utf8");
  process.stdout.write(`${page.trimEnd()}

Online: ${ruleDocsUrl(id)}
`);
}

// src/cli/which.ts
var import_node_fs10 = require("node:fs");
var import_node_os = require("node:os");

// src/model/config-discovery.ts
var import_node_path8 = __toESM(require("node:path"), 1);
var FILE_NAME = "qiime2_config.toml";
function discoverQiime2Config({ env, platform, home, exists }) {
  const join = platform === "win32" ? import_node_path8.default.win32.join : import_node_path8.default.posix.join;
  const userFile = join(userConfigDir(env, platform, home), FILE_NAME);
  const siteFile = join(siteConfigDir(env, platform, home), FILE_NAME);
  const condaPrefix = env["CONDA_PREFIX"] ?? "";
  const condaFile = condaPrefix === "" ? void 0 : join(condaPrefix, "etc", FILE_NAME);
  const places = [
    ["QIIMETEST", void 0],
    ["$QIIME2_CONFIG", env["QIIME2_CONFIG"] || void 0],
    ["user config dir", userFile],
    ["site config dir", siteFile],
    ["$CONDA_PREFIX/etc", condaFile]
  ];
  const outcomes = [];
  const decide = (file, reason) => ({
    file,
    reason,
    steps: places.map(([place, candidate], index) => ({ place, file: candidate, outcome: outcomes[index] }))
  });
  if (env["QIIMETEST"] !== void 0) {
    outcomes.push("set: QIIME 2 uses its built-in test config");
    return decide(void 0, "QIIMETEST is set, so QIIME 2 reads no file and uses its built-in test config");
  }
  outcomes.push("not set");
  const variable = env["QIIME2_CONFIG"];
  if (variable !== void 0) {
    if (variable === "") {
      outcomes.push('set but empty: QIIME 2 2024.10 and later use the built-in config (2023.7 \u2013 2024.5 fail to open "")');
      return decide(void 0, "QIIME2_CONFIG is set but empty, so QIIME 2 uses its built-in config");
    }
    outcomes.push(exists(variable) ? "set: used, without looking further" : "set, but no such file: QIIME 2 fails with FileNotFoundError");
    return decide(variable, `QIIME2_CONFIG names it${exists(variable) ? "" : ", although it does not exist"}`);
  }
  outcomes.push("not set");
  for (const [file, place] of [[userFile, "user config dir"], [siteFile, "site config dir"]]) {
    if (exists(file)) {
      outcomes.push("exists: used");
      return decide(file, `it is the first that exists: QIIME2_CONFIG is not set, and this is in the ${place}`);
    }
    outcomes.push("no such file");
  }
  if (condaFile === void 0) {
    outcomes.push("CONDA_PREFIX is not set");
    return decide(void 0, "no config file exists and no conda environment is active, so QIIME 2 uses its built-in config");
  }
  if (exists(condaFile)) {
    outcomes.push("exists: used");
    return decide(condaFile, "it is the conda environment's config, and no user or site config exists");
  }
  outcomes.push("no such file: QIIME 2 writes its built-in config here and uses it");
  return decide(condaFile, "no config file exists, so QIIME 2 will write its built-in config to the conda environment and use it");
}
function userConfigDir(env, platform, home) {
  if (platform === "darwin") return import_node_path8.default.posix.join(home, "Library", "Application Support", "qiime2");
  if (platform === "win32") return import_node_path8.default.win32.join(env["LOCALAPPDATA"] ?? import_node_path8.default.win32.join(home, "AppData", "Local"), "qiime2", "qiime2");
  return import_node_path8.default.posix.join(env["XDG_CONFIG_HOME"] ?? import_node_path8.default.posix.join(home, ".config"), "qiime2");
}
function siteConfigDir(env, platform, home) {
  if (platform === "darwin") return "/Library/Application Support/qiime2";
  if (platform === "win32") return import_node_path8.default.win32.join(env["ProgramData"] ?? "C:\\ProgramData", "qiime2", "qiime2");
  const first = (env["XDG_CONFIG_DIRS"] ?? "/etc/xdg").split(":")[0].replace(/\/+$/, "");
  return import_node_path8.default.posix.join(first.replace(/^~(?=\/|$)/, home), "qiime2");
}

// src/cli/which.ts
function printWhich(format) {
  const discovery = discoverQiime2Config({ env: process.env, platform: process.platform, home: (0, import_node_os.homedir)(), exists: import_node_fs10.existsSync });
  if (format === "json") {
    process.stdout.write(`${JSON.stringify({ version: 1, file: discovery.file ?? null, reason: discovery.reason, steps: discovery.steps.map((step) => ({ ...step, file: step.file ?? null, outcome: step.outcome ?? null })) }, null, 2)}
`);
    return;
  }
  const lines = [discovery.file ?? "(no file: QIIME 2 uses a built-in config)", `  why: ${discovery.reason}`, "  QIIME 2 looks, in order, at:"];
  discovery.steps.forEach((step, index) => {
    lines.push(`  ${index}. ${step.place}${step.file ? ` ${step.file}` : ""}: ${step.outcome ?? "not reached"}`);
  });
  process.stdout.write(`${lines.join("\n")}
`);
}

// src/cli/options.ts
init_diagnostic();
init_suggest();
init_errors();

// src/cli/site-options.ts
init_errors();
var INIT_FLAGS = ["scheduler", "workers", "cpus", "mem", "walltime", "env", "partition", "account"];
var SITE_OPTIONS = {
  "sbatch-test": { type: "boolean", default: false, describe: "Also run the real `sbatch --test-only` on each Slurm provider's script (never submits; needs sbatch here)" },
  output: { type: "string", describe: "cluster-profile, init: write to this file instead of stdout" },
  force: { type: "boolean", default: false, describe: "cluster-profile, init: overwrite the --output file" },
  scheduler: { type: "string", describe: "init: the batch scheduler (slurm)" },
  workers: { type: "string", describe: "init: how many jobs (blocks) may run at once" },
  cpus: { type: "string", describe: "init: CPUs per job" },
  mem: { type: "string", describe: "init: memory per job (96GB, 96G, 512MB, 1TB)" },
  walltime: { type: "string", describe: "init: time limit per job (24h, 2d, 90m, 1-12:00:00, 24:00:00)" },
  env: { type: "string", describe: "init: the conda environment the workers activate" },
  partition: { type: "string", describe: "init: the Slurm partition (default: the cluster's default)" },
  account: { type: "string", describe: "init: the Slurm account to charge" }
};
function checkSiteFlags(subcommand, argv) {
  const misplaced2 = (names, owner) => {
    const used = names.find((name2) => argv[name2] !== void 0 && argv[name2] !== false);
    if (used) throw new UsageError(`--${used} is an option of ${owner}`);
  };
  if (subcommand !== "init") misplaced2(INIT_FLAGS, "`parsl-lint init`");
  if (subcommand !== "init" && subcommand !== "cluster-profile") misplaced2(["output", "force"], "`parsl-lint init` and `parsl-lint cluster-profile`");
  if (subcommand !== void 0) misplaced2(["sbatch-test"], "linting (`parsl-lint --sbatch-test FILE`)");
}
function clusterProfileRequest(argv, files) {
  return { files, output: nonEmpty(argv, "output"), force: argv["force"] === true };
}
function initFlags(argv) {
  const flags = {};
  for (const name2 of INIT_FLAGS) {
    const value2 = nonEmpty(argv, name2);
    if (value2 !== void 0) flags[name2] = value2;
  }
  return { ...flags, output: nonEmpty(argv, "output"), force: argv["force"] === true, qiime2: nonEmpty(argv, "qiime2") };
}
function nonEmpty(argv, name2) {
  const value2 = argv[name2];
  if (value2 === void 0) return void 0;
  const last2 = Array.isArray(value2) ? value2[value2.length - 1] : value2;
  if (typeof last2 !== "string" || last2.trim() === "") throw new UsageError(`--${name2} needs a value`);
  return last2.trim();
}

// src/cli/options.ts
var FORMATS = ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
var SUBCOMMANDS = /* @__PURE__ */ new Set(["schema", "rules", "explain", "rule", "which", "cluster-profile", "init"]);
var OPTIONS = {
  format: { alias: "f", choices: FORMATS, describe: "Output format: stylish, json, github (annotations; the default when GITHUB_ACTIONS=true), sarif (2.1.0), gitlab (Code Quality), compact (path:line:col: severity: message [rule]), markdown (a table)" },
  "output-file": { alias: "o", type: "string", describe: "Write the report to this file instead of stdout" },
  quiet: { type: "boolean", default: false, describe: "Report errors only (warnings still count for --max-warnings)" },
  "max-warnings": { type: "number", default: -1, describe: "Fail (exit 1) when there are more warnings than this" },
  // One value per flag (not `array`, which would take the paths after it too); repeated, yargs collects them.
  rule: { type: "string", describe: "Set a rule's severity: NAME=off|info|warning|error (repeatable: --rule a=off --rule b=error)" },
  "stdin-filename": { type: "string", describe: "The name to report for a file read from stdin (-)" },
  color: { type: "boolean", describe: "Force colour on (--color) or off (--no-color); default: on for a terminal, honouring NO_COLOR and FORCE_COLOR" },
  qiime2: { type: "string", describe: "Judge against this QIIME 2 release (default: the newest)" },
  parsl: { type: "string", describe: "Judge against this parsl release (for plain parsl users)" },
  slurm: { type: "string", describe: "Judge sbatch options for this Slurm release, as `sbatch --version` prints it (default: every release from 22.05 to 25.11)" },
  fix: { type: "boolean", default: false, describe: "Apply the safe fixes to the files (for stdin -: print the fixed document)" },
  "unsafe-fixes": { type: "boolean", default: false, describe: "With --fix or --diff: apply the unsafe fixes too" },
  diff: { type: "boolean", default: false, describe: "Print the fixes as a unified diff and write nothing; exit 1 if there is any" },
  config: { type: "string", describe: "Use this config file for every file (--no-config: use none); default: the closest parsl-lint.toml, .parsl-lint.toml or pyproject.toml [tool.parsl-lint]" },
  "inline-config": { type: "boolean", default: true, describe: "Honour # parsl-lint-disable comments (--no-inline-config ignores them)" },
  "print-config": { type: "string", describe: "Print the settings that apply to this file and the config file they come from" },
  "warn-ignored": { type: "boolean", default: true, describe: "Warn about a file named on the command line that exclude leaves out (--no-warn-ignored: don't); the warning counts for --max-warnings" },
  "error-on-unmatched-pattern": { type: "boolean", default: true, describe: "A path that does not exist, a glob that matches nothing or no parsl config found is an error (--no-error-on-unmatched-pattern: lint what is found)" },
  "only-parsl-configs": { type: "boolean", default: false, describe: "Lint a named file only if a directory walk would (it has a parsl table, or matches include); none left is not an error. For pre-commit" },
  ...SITE_OPTIONS,
  debug: { type: "boolean", default: false, describe: "Print stack traces of internal errors" }
};
async function parseCommandLine(argv, ruleIds, version) {
  const parsed = parsePlainCommandLine(argv) ?? await parseWithYargs(argv, version);
  if (typeof parsed === "string") return { kind: "exit", output: parsed };
  return interpret(parsed, ruleIds);
}
function parsePlainCommandLine(argv) {
  const parsed = {};
  for (const [name2, option2] of Object.entries(OPTIONS)) if ("default" in option2) parsed[name2] = option2.default;
  const positionals = [];
  const seen = /* @__PURE__ */ new Set();
  for (const arg of argv) {
    if (!arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const negated = arg.startsWith("--no-");
    const name2 = arg.slice(negated ? 5 : 2);
    const option2 = Object.hasOwn(OPTIONS, name2) ? OPTIONS[name2] : void 0;
    if (!arg.startsWith("--") || option2?.type !== "boolean" || seen.has(name2)) return void 0;
    seen.add(name2);
    parsed[name2] = !negated;
  }
  return { ...parsed, _: positionals };
}
async function parseWithYargs(argv, version) {
  const { default: yargs } = await Promise.resolve().then(() => __toESM(require_yargs(), 1));
  let output = "";
  const parser = yargs([...argv]).scriptName("parsl-lint").usage(
    "$0 [files, directories, globs or - for stdin ...] [--sbatch-test]\n$0 explain FILE...\n$0 schema [--qiime2 VERSION | --parsl VERSION]\n$0 rules [--format json]\n$0 rule NAME\n$0 which [--format json]\n$0 cluster-profile [SCONTROL-OUTPUT ...] [--output FILE]\n$0 init --workers N --cpus N --mem 96GB --walltime 24h --env ENV [--partition P] [--account A] [--qiime2 VERSION] [--output FILE]\n\nLint QIIME 2 / parsl TOML configs before you submit a pipeline; show the batch scripts parsl will write; print the JSON Schema for editors; list the rules; print a rule's page; name the config file QIIME 2 would load.\nTo lint a file named explain, schema, rules, rule or which, write ./explain, ./schema, ./rules, ./rule or ./which."
  ).options(OPTIONS).parserConfiguration({ "parse-positional-numbers": false }).version(version).alias("help", "h").alias("version", "v").strictOptions().exitProcess(false).fail((message, error) => {
    throw new UsageError(message ?? error?.message ?? "invalid command line");
  }).wrap(Math.min(100, process.stdout.columns ?? 100));
  const argvParsed = await parser.parseAsync([...argv], {}, (_error, _argv, text) => {
    output = text;
  });
  if (argvParsed.help || argvParsed.version) return output;
  return { ...argvParsed, _: argvParsed._.map(String) };
}
function interpret(argvParsed, ruleIds) {
  const positionals = [...argvParsed._];
  const subcommand = positionals[0] !== void 0 && SUBCOMMANDS.has(positionals[0]) ? positionals[0] : void 0;
  checkSiteFlags(subcommand, argvParsed);
  if (subcommand === "cluster-profile") return { kind: "cluster-profile", request: clusterProfileRequest(argvParsed, positionals.slice(1)) };
  if (subcommand === "explain" && positionals.length < 2) throw new UsageError("explain takes the config files to explain (- for stdin)");
  if (subcommand === "rule") {
    if (positionals.length !== 2) throw new UsageError("rule takes one rule name (parsl-lint rules lists them)");
    return { kind: "rule", name: positionals[1] };
  }
  if (subcommand && subcommand !== "explain" && positionals.length > 1) throw new UsageError(`${subcommand} takes no files`);
  if (subcommand === "schema") return { kind: "schema", qiime2: argvParsed.qiime2, parsl: argvParsed.parsl };
  if (subcommand === "rules") return { kind: "rules", format: argvParsed.format ?? "stylish" };
  if (subcommand === "which") return { kind: "which", format: argvParsed.format ?? "stylish" };
  if (subcommand === "init") return { kind: "init", flags: initFlags(argvParsed) };
  const maxWarnings = argvParsed["max-warnings"];
  const config = argvParsed.config;
  if (config === "") throw new UsageError("--config needs a file (or use --no-config)");
  if (argvParsed["unsafe-fixes"] && !argvParsed.fix && !argvParsed.diff) throw new UsageError("--unsafe-fixes needs --fix or --diff");
  if (argvParsed["output-file"] === "") throw new UsageError("--output-file needs a file name");
  if (argvParsed["print-config"] === "") throw new UsageError("--print-config needs the file whose settings to print");
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings must be a whole number (-1 for no limit), got ${Number.isNaN(maxWarnings) ? "something else" : maxWarnings}`);
  if (subcommand === "explain" && (argvParsed.fix || argvParsed.diff)) throw new UsageError("explain changes nothing: run --fix or --diff without explain");
  if (argvParsed["stdin-filename"] !== void 0 && !positionals.includes("-")) throw new UsageError("--stdin-filename names the file read from stdin, but no - (stdin) is among the inputs");
  return {
    kind: subcommand === "explain" ? "explain" : "lint",
    options: {
      inputs: subcommand === "explain" ? positionals.slice(1) : positionals,
      // In a GitHub Actions job, annotations unless another format is asked for.
      format: argvParsed.format ?? (process.env["GITHUB_ACTIONS"] === "true" ? "github" : "stylish"),
      outputFile: argvParsed["output-file"],
      quiet: argvParsed.quiet,
      maxWarnings,
      settings: parseRuleSettings([].concat(argvParsed.rule ?? []), ruleIds),
      stdinFilename: argvParsed["stdin-filename"],
      color: argvParsed.color,
      qiime2: argvParsed.qiime2,
      parsl: argvParsed.parsl,
      slurm: argvParsed.slurm,
      debug: argvParsed.debug,
      fix: argvParsed.fix || argvParsed.diff ? argvParsed["unsafe-fixes"] ? "unsafe" : "safe" : void 0,
      diff: argvParsed.diff,
      config,
      inlineConfig: argvParsed["inline-config"],
      printConfig: argvParsed["print-config"],
      onlyParslConfigs: argvParsed["only-parsl-configs"],
      sbatchTest: argvParsed["sbatch-test"],
      warnIgnored: argvParsed["warn-ignored"],
      errorOnUnmatchedPattern: argvParsed["error-on-unmatched-pattern"]
    }
  };
}
function parseRuleSettings(values, ruleIds) {
  const settings = /* @__PURE__ */ new Map();
  for (const value2 of values) {
    const match = /^([^=]+)=(.*)$/.exec(value2);
    if (!match) throw new UsageError(`--rule takes NAME=off|info|warning|error, got "${value2}"`);
    const [, id, setting2] = match;
    if (!ruleIds.includes(id)) {
      const guess = closestMatch(id, ruleIds);
      throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ""}; the rules are: ${ruleIds.join(", ")}`);
    }
    if (setting2 !== "off" && !SEVERITIES.includes(setting2)) {
      throw new UsageError(`--rule ${id}: the setting must be off, info, warning or error, got "${setting2}"`);
    }
    settings.set(id, setting2);
  }
  return settings;
}

// src/cli/same-file.ts
var import_node_fs11 = require("node:fs");
function distinctFiles(files) {
  const kept = [];
  const keptAt = /* @__PURE__ */ new Map();
  for (const input of files) {
    const key = identity(input.file);
    const at = key === void 0 ? void 0 : keptAt.get(key);
    if (at === void 0) {
      if (key !== void 0) keptAt.set(key, kept.length);
      kept.push(input);
    } else if (input.explicit && !kept[at].explicit || input.literal && !kept[at].literal) {
      kept[at] = { ...kept[at], explicit: kept[at].explicit || input.explicit, literal: kept[at].literal || input.literal };
    }
  }
  return kept;
}
function identity(file) {
  try {
    const stats = (0, import_node_fs11.statSync)(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return void 0;
  }
}
var STDIN_NAMES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
function stdinAlias(input) {
  return STDIN_NAMES.has(input) ? "-" : input;
}

// src/cli/settings.ts
init_rule_names();
var import_node_path11 = __toESM(require("node:path"), 1);
init_catalog();
init_config();
init_discover();

// src/config/globs.ts
var import_node_path10 = __toESM(require("node:path"), 1);
async function globMatcher(patterns, base) {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require_picomatch(), 1));
  const isMatch = picomatch(patterns.map((pattern) => pattern.replace(/^\.\//, "")), { dot: true });
  return (file) => {
    const relative = import_node_path10.default.relative(base, file);
    if (relative === "" || relative === ".." || relative.startsWith(`..${import_node_path10.default.sep}`) || import_node_path10.default.isAbsolute(relative)) return false;
    const parts = relative.split(import_node_path10.default.sep);
    return parts.some((_, i) => isMatch(parts.slice(0, i + 1).join("/")));
  };
}

// src/cli/settings.ts
init_load();
init_errors();
init_files();
init_releases();
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
      const file = import_node_path11.default.resolve(cwd, options.config);
      let config;
      this.findConfig = () => config ??= load(file).then((found) => {
        if (!found) throw new ConfigError(`${options.config}: no such file${import_node_path11.default.basename(file) === "pyproject.toml" ? ", or no [tool.parsl-lint] table in it" : ""}`);
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
    const base = config.file ? import_node_path11.default.dirname(config.file) : this.cwd;
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

// src/cli/main.ts
async function run2(argv, afterLint) {
  const debug = argv.includes("--debug");
  try {
    const command = await parseCommandLine(argv, [...ruleNames(RULES).keys()], packageVersion());
    if (command.kind === "exit") {
      process.stdout.write(command.output.endsWith("\n") ? command.output : `${command.output}
`);
      return 0;
    }
    if (command.kind === "schema") {
      printSchema(command.qiime2, command.parsl);
      return 0;
    }
    if (command.kind === "rules") {
      printRules(RULES, command.format);
      return 0;
    }
    if (command.kind === "cluster-profile") return await (await Promise.resolve().then(() => (init_cluster_profile(), cluster_profile_exports))).clusterProfile(command.request, process.cwd());
    if (command.kind === "init") return await (await Promise.resolve().then(() => (init_init(), init_exports))).init(command.flags, [...ruleNames(RULES).keys()], process.cwd());
    if (command.kind === "rule") {
      printRulePage(command.name, RULES);
      return 0;
    }
    if (command.kind === "which") {
      printWhich(command.format);
      return 0;
    }
    const code = await lint(command.options, command.kind === "explain");
    afterLint?.();
    return code;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`parsl-lint: ${printable(error.message)}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parsl-lint: internal error: ${printable(message)}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}
`);
    return 2;
  }
}
async function lint(given, explain2 = false) {
  const options = { ...given, inputs: given.inputs.map(stdinAlias) };
  const cwd = process.cwd();
  const finder = new SettingsFinder(options, RULES, cwd);
  if (options.printConfig !== void 0) {
    process.stdout.write(describeSettings(await finder.forFile(import_node_path16.default.resolve(cwd, options.printConfig)), cwd));
    return 0;
  }
  const fixer = options.fix ? await Promise.resolve().then(() => (init_fix(), fix_exports)) : void 0;
  const out = options.diff || options.fix && options.inputs.includes("-") ? process.stderr : process.stdout;
  const color = options.outputFile === void 0 ? useColor(options.color, out) : options.color ?? false;
  const chalk2 = new Chalk({ level: color ? 1 : 0 });
  const sink = new ReportSink(options.outputFile === void 0 ? { stream: out } : { file: import_node_path16.default.resolve(cwd, options.outputFile) });
  const tally = new ReportTally();
  const outcomes = [];
  const keepOutcomes = writtenWhole(options.format);
  const fullReports = [];
  const diffs = [];
  const invalid = [];
  const sbatch = options.sbatchTest ? await Promise.resolve().then(() => (init_sbatch_test2(), sbatch_test_exports)) : void 0;
  const counts = { unread: 0, ignored: 0 };
  let warnings = 0;
  for await (const input of readInputs(options, finder, cwd, counts)) {
    const lintOptions = sbatch ? { ...input.settings.lintOptions, sbatchAnswer: await sbatch.sbatchAnswers(input.bytes, input.settings.lintOptions.target) } : input.settings.lintOptions;
    const { result, applied, diff } = fixer ? await fixer.fixInput(input.bytes, input.file, input.shown, lintOptions, options) : { result: lintBytes(input.bytes, lintOptions), applied: 0, diff: "" };
    if (diff) diffs.push(diff);
    if (result.syntaxError) invalid.push(input.shown);
    warnings += result.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
    const outcome = {
      path: input.shown,
      diagnostics: keep(result.diagnostics, options),
      suppressed: keep(result.suppressed, options),
      fixesApplied: applied,
      ...explain2 && { jobs: result.jobs }
    };
    if (explain2) fullReports.push({ ...outcome, source: result.source });
    else {
      sink.write(reportPart({ ...outcome, source: result.source }, options, chalk2));
      tally.add(outcome);
      if (keepOutcomes) outcomes.push(outcome);
    }
  }
  if (explain2) {
    const chalk3 = new Chalk({ level: useColor(options.color, process.stdout) ? 1 : 0 });
    process.stdout.write(options.format === "json" ? formatExplainJson(fullReports) : formatExplain(fullReports, chalk3));
    for (const shown3 of invalid) process.stderr.write(`parsl-lint: ${shown3} is not valid TOML; run parsl-lint ${shown3} to see where
`);
    if (counts.unread > 0) return 2;
    return invalid.length > 0 ? 1 : 0;
  }
  if (options.diff) process.stdout.write(diffs.join(""));
  sink.write(await reportEnd(outcomes, tally, options, chalk2));
  sink.close();
  if (options.fix) for (const shown3 of invalid) process.stderr.write(`parsl-lint: ${notFixable(shown3)}
`);
  if (options.diff) return counts.unread > 0 ? 2 : diffs.length > 0 || invalid.length > 0 ? 1 : 0;
  warnings += counts.ignored;
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && (options.format === "stylish" || options.outputFile !== void 0)) {
    process.stderr.write(`parsl-lint: too many warnings (${warnings}, --max-warnings is ${options.maxWarnings})
`);
  }
  if (invalid.length > 0 && tally.errors === 0) process.stderr.write(`parsl-lint: ${invalid.length === 1 ? "1 file is" : `${invalid.length} files are`} not valid TOML
`);
  if (counts.unread > 0) return 2;
  return tally.errors > 0 || invalid.length > 0 || tooManyWarnings ? 1 : 0;
}
async function* readInputs(options, finder, cwd, counts) {
  const inputs = options.inputs.length > 0 ? options.inputs : ["."];
  const fromStdin = inputs.filter((input) => input === "-");
  if (fromStdin.length > 1) throw new UsageError("stdin (-) can be read only once");
  if (fromStdin.length === 1) {
    const named = import_node_path16.default.resolve(cwd, options.stdinFilename ?? "stdin");
    const settings = await finder.forFile(named);
    const bytes = await readStdin();
    const excluded2 = settings.excluded(named);
    if (excluded2 && !options.onlyParslConfigs) ignored2(options.stdinFilename ?? "<stdin>", settings, options, cwd, counts);
    const wanted = !excluded2 && (!options.onlyParslConfigs || looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (wanted) yield { file: void 0, shown: options.stdinFilename ?? "<stdin>", bytes, settings };
  }
  const paths = inputs.filter((input) => input !== "-");
  if (paths.length === 0) return;
  let found = 0;
  let excluded = 0;
  let unreadable = 0;
  const warn = (message) => process.stderr.write(`parsl-lint: warning: ${message}
`);
  const resolveOptions2 = { onlyParslConfigs: options.onlyParslConfigs, warn, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern };
  for (const input of distinctFiles(await resolveFiles(paths, cwd, resolveOptions2))) {
    const settings = await finder.forFile(input.file);
    const shown3 = displayPath(input.file, cwd);
    if (settings.excluded(input.file)) {
      if (input.literal) ignored2(shown3, settings, options, cwd, counts);
      excluded++;
      continue;
    }
    let bytes;
    try {
      bytes = readRegularFile(input.file);
    } catch (error) {
      if (input.explicit) {
        process.stderr.write(`parsl-lint: cannot read ${printable(shown3)}: ${readProblem(error)}
`);
        counts.unread++;
      } else {
        warn(`skipped ${printable(shown3)}: ${readProblem(error)}`);
      }
      unreadable++;
      continue;
    }
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    found++;
    yield { file: input.file, shown: shown3, bytes, settings };
  }
  if (found === 0 && excluded === 0 && unreadable === 0 && !options.onlyParslConfigs && options.errorOnUnmatchedPattern) throw new UsageError(`no parsl config found in ${paths.join(", ")} (a TOML file with a [parsl] table)`);
}
function ignored2(shown3, settings, options, cwd, counts) {
  if (!options.warnIgnored) return;
  counts.ignored++;
  if (!options.quiet) process.stderr.write(`parsl-lint: warning: ${ignoredFileWarning(shown3, settings.config.file, cwd)}
`);
}
function keep(diagnostics, options) {
  return options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === "error") : diagnostics;
}
function useColor(color, out) {
  if (color !== void 0) return color;
  if (process.env["NO_COLOR"]) return false;
  const force = process.env["FORCE_COLOR"];
  if (force !== void 0) return force !== "0" && force !== "false";
  return out.isTTY === true;
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
