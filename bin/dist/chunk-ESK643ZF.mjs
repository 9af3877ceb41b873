import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  packageFile
} from "./chunk-O4YHJOK5.mjs";

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
  constructor(code, offset, line, column, data) {
    super(getMessage(code, data));
    this.index = offset;
    this.lineNumber = line;
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
    const line = sortedLastIndex(this.offsets, offset) + 1;
    return {
      line,
      column: offset - (line === 1 ? 0 : this.offsets[line - 2])
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
  parseUnicode(count) {
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
      if (charCount >= count) break;
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
    let offset, line, column;
    if (token) {
      offset = token.range[0];
      line = token.loc.start.line;
      column = token.loc.start.column;
    } else {
      offset = this.tokenizer.start;
      const startPos = this.tokenizer.getLocFromIndex(offset);
      line = startPos.line;
      column = startPos.column;
    }
    throw new ParseError(code, offset, line, column);
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
  const placeholders = /* @__PURE__ */ new Map();
  const regions = [];
  let shrunk = "";
  let copied = 0;
  let stringError;
  for (const token of piecewise) {
    const decoded = decodeStringLiteral(text, token, tomlVersion);
    if (decoded.ok) values.set(token.start, decoded.value);
    else stringError ??= { message: decoded.message, offset: decoded.offset };
    const key = decoded.ok ? decoded.value : `error ${token.start}`;
    let placeholder = placeholders.get(key);
    if (placeholder === void 0) placeholders.set(key, placeholder = `\uE000${placeholders.size}`);
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
    const root = { kind: "table", path: [], span: toSpan2(topLevel.range), origin: "root", entries: /* @__PURE__ */ new Map() };
    for (const item of topLevel.body) {
      if (item.type === "TOMLKeyValue") this.addKeyValue(root, item);
      else this.addTable(root, item);
    }
    return root;
  }
  addTable(root, node) {
    const header = { start: node.range[0], end: this.headerEnd(node) };
    const resolved = node.resolvedKey;
    let table = root;
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
  value(node, path) {
    const span = toSpan2(node.range);
    if (node.type === "TOMLInlineTable") {
      const table = { kind: "table", path, span, origin: "inline", entries: /* @__PURE__ */ new Map() };
      for (const keyValue of node.body) this.addKeyValue(table, keyValue);
      return table;
    }
    if (node.type === "TOMLArray") {
      return { kind: "array", path, span, ofTables: false, items: node.elements.map((element, i) => this.value(element, [...path, i])) };
    }
    return scalar(node, path, span);
  }
};
function keyName(segment) {
  return segment.type === "TOMLBare" ? segment.name : segment.value;
}
function scalar(node, path, span) {
  if (node.kind === "string") {
    const stringStyle = node.multiline ? node.style === "basic" ? "multiline-basic" : "multiline-literal" : node.style;
    return { kind: "scalar", path, span, type: "string", value: node.value, stringStyle };
  }
  if (node.kind === "integer" || node.kind === "float") return { kind: "scalar", path, span, type: node.kind, value: node.value, literal: node.number };
  const type = node.kind === "boolean" ? node.kind : "datetime";
  return { kind: "scalar", path, span, type, value: node.value };
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
  lineText(line) {
    if (this.lineStarts[line - 1] === void 0) return "";
    const start = this.lineStarts[line - 1] + (line === 1 && this.hasBom ? 1 : 0);
    const next = this.lineStarts[line];
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

// src/catalog/data.ts
import { readFileSync } from "node:fs";
var cache = /* @__PURE__ */ new Map();
function catalogJson(name) {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(packageFile(`catalog/${name}`), "utf8")));
  return cache.get(name);
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
  for (const [param, spec] of Object.entries(raw2.params)) params.set(param, { name: param, ...spec });
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
function describeSubstitution(target) {
  return target.parslAsked === void 0 ? void 0 : `parsl ${target.parslAsked} is not catalogued; judging against parsl ${target.parsl}, the newest catalogued release before it`;
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
function paramHistory(className, param) {
  const key = `${className}\0${param}`;
  if (!paramHistories.has(key)) paramHistories.set(key, readParamHistory(className, param));
  return paramHistories.get(key);
}
function readParamHistory(className, param) {
  const klass = classHistory(className);
  if (!klass) return void 0;
  const byParam = Object.hasOwn(raw().params, className) ? raw().params[className] : {};
  const entry = Object.hasOwn(byParam, param) ? byParam[param] : void 0;
  if (entry) return toHistory(entry, klass);
  return classIn(klass.lastSeen, className)?.params.has(param) ? toHistory({}, klass) : void 0;
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

// src/scheduler/slurm/releases.ts
var TARGET_SLURM_RELEASES = SLURM_RELEASES.filter((release) => release !== "master");
var DEFAULT_RANGE = TARGET_SLURM_RELEASES.filter(
  (release) => compareSlurmReleases(release, ORACLE_SLURM_RELEASE) >= 0 && compareSlurmReleases(release, NEWEST_SLURM_RELEASE) <= 0
);
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
  const line = script.lines.find((candidate) => candidate.start <= span.start && span.start <= candidate.start + candidate.text.length);
  if (line?.fieldText === void 0 || line.field === void 0) return void 0;
  const from = line.start + line.fieldText.column;
  if (span.start < from || span.end > from + line.fieldText.length) return void 0;
  return { field: line.field, start: line.fieldText.offset + (span.start - from), end: line.fieldText.offset + (span.end - from) };
}
function pythonInt(value) {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}
function isUserLine(line) {
  return line.source === "scheduler_options" || line.source === "worker_init";
}

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
function commentOrCommand(line) {
  for (const char of line) {
    if (isCSpace(char)) continue;
    return char === "#" ? "comment" : "command";
  }
  return "blank";
}
function leadingBlanks(line) {
  let count = 0;
  while (count < line.length && isCSpace(line[count])) count++;
  return count;
}
function isBareShortOption(line) {
  return /^[ \t]*-[A-Za-z]/.test(line);
}
function missingPrefix(line, prefix, consequence) {
  const indent = leadingBlanks(line.text);
  const at = line.span.start + indent;
  return {
    kind: "missing-prefix",
    span: { start: at, end: line.span.end },
    line: line.index,
    message: `this line has no "${prefix}" prefix, so it is not a directive: ${consequence}`,
    repair: { span: { start: line.span.start, end: at }, text: `${prefix} `, description: `start the line with "${prefix} "` }
  };
}

// src/scheduler/slurm/option-names.ts
function resolveLongOption(name, table) {
  const index = indexOf(table);
  const exact = index.exact.get(name);
  if (exact !== void 0) return exact;
  const matches = index.prefixed(name);
  if (matches.length === 1) return { kind: "prefix", option: matches[0] };
  if (matches.length > 1) return { kind: "ambiguous", candidates: matches };
  return { kind: "unknown" };
}
function shortOption(letter, table) {
  return indexOf(table).short.get(letter);
}
var indexes = /* @__PURE__ */ new WeakMap();
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
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (sorted[middle].option.name < prefix) low = middle + 1;
      else high = middle;
    }
    const found = [];
    for (let at = low; at < sorted.length && sorted[at].option.name.startsWith(prefix); at++) found.push(sorted[at]);
    return found.sort((a, b) => a.position - b.position).map((entry) => entry.option);
  };
  return { exact, short, prefixed };
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
    const suggestions = suggestSbatchOptions(name, table);
    return {
      ...none,
      problems: [
        {
          kind: "unknown-option",
          consequence: "rejected",
          span: nameSpan,
          line: token.line,
          message: `stock sbatch has no option --${name}` + (retired ? ` (${retired.note})` : suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `--${s}`).join(" or ")}?` : "") + " (a site plugin may add options)",
          sbatchSays: `sbatch: unrecognized option '--${body}'
${TRY_HELP}`,
          suggestions,
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
function makeDirective(option2, written, nameSpan, form, value, valueIsNextArgument, end, line, component) {
  return { option: option2, written, nameSpan, form, ...value && { value }, valueIsNextArgument, span: { start: nameSpan.start, end }, line, component };
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
function directiveMarker(line) {
  if (line.startsWith("#SBATCH")) return "#SBATCH";
  if (line.startsWith("#SLURM")) return "#SLURM";
  return void 0;
}
function looksLikeDirective(line) {
  return /^[ \t\v\f\r]*#[ \t]*(?:sbatch|slurm)[ \t]*-/i.test(line) && directiveMarker(line) === void 0;
}
function scriptSanityProblems(text) {
  const problems = [];
  let line = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\r" && text[index + 1] === "\n") {
      problems.push({
        kind: "dos-line-break",
        consequence: "rejected",
        span: { start: index, end: index + 1 },
        line,
        message: "sbatch refuses scripts with DOS (CRLF) line breaks",
        sbatchSays: "sbatch: error: Batch script contains DOS line breaks (\\r\\n)\nsbatch: error: instead of expected UNIX line breaks (\\n)."
      });
    } else if (char === "\0") {
      problems.push({
        kind: "nul-character",
        consequence: "rejected",
        span: { start: index, end: index + 1 },
        line,
        message: "sbatch refuses scripts that contain a NUL character",
        sbatchSays: "sbatch: error: The Slurm controller does not allow scripts that\nsbatch: error: contain a NULL character '\\0'."
      });
    } else if (char === "\n") {
      line++;
    }
  }
  return problems;
}
function translatedDirectives(text) {
  const found = [];
  let nonComments = 0;
  for (const { index: line, text: lineText, span } of splitLines(text)) {
    const flavour = lineText.startsWith("#BSUB") ? "#BSUB" : lineText.startsWith("#PBS") ? "#PBS" : void 0;
    if (flavour !== void 0) found.push({ flavour, span, line });
    else if (!lineText.startsWith("#") && ++nonComments > 100) break;
  }
  const bsub = found.some((entry) => entry.flavour === "#BSUB");
  return found.map(
    ({ flavour, span, line }) => flavour === "#PBS" && bsub ? {
      kind: "translated-directive",
      consequence: "ignored",
      span,
      line,
      message: "sbatch translates #PBS lines only when the script has no #BSUB line; this one is ignored"
    } : {
      kind: "translated-directive",
      consequence: "accepted",
      span,
      line,
      message: `sbatch translates ${flavour} lines into its own options, even after the first command, and they override the #SBATCH ones (unless sbatch runs with --ignore-pbs)`
    }
  );
}
function slurmMarker(span, line) {
  return {
    kind: "slurm-marker",
    consequence: "warned",
    span: { start: span.start, end: span.start + "#SLURM".length },
    line,
    message: "#SLURM is an old spelling of #SBATCH: sbatch still reads it, with a warning",
    sbatchSays: "sbatch: error: Change from #SLURM to #SBATCH in your script and verify the options are valid in sbatch"
  };
}
function lookalike(text, span, line) {
  return {
    kind: "lookalike-directive",
    consequence: "ignored",
    span,
    line,
    message: `this looks like a directive but is a plain comment to sbatch, which reads only "#SBATCH" written exactly so at the very start of a line: ${JSON.stringify(text.trim())}`
  };
}
function afterHeaderEnd(span, line) {
  return {
    kind: "after-header-end",
    consequence: "ignored",
    span,
    line,
    message: "sbatch stops reading directives at the first command line, so this one is ignored"
  };
}

// src/scheduler/slurm/tokenize.ts
function joinsEscapedSpaces(release) {
  return compareSlurmReleases(release, "24.05") >= 0;
}
function tokenizeDirectiveLine(text, from, to, line, escapedSpaceJoins = false) {
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
      problems.push(separatorProblem(separator[1].toLowerCase(), first, separatorSpan, to, line));
      break;
    }
    if (text[position] === ":") {
      problems.push({
        kind: "unexpected-colon",
        consequence: "rejected",
        span: { start: position, end: position + 1 },
        line,
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
          problems.push(escapedSpaceSplits(position - 1, line));
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
        line,
        message: `unmatched ${quote}: sbatch refuses the script`,
        sbatchSays: `sbatch: fatal: Unmatched \`${quote}\` in [${rest}]`
      });
      break;
    }
    if (value === "") {
      if (!endedByHash && position > start) problems.push(emptyArgumentEndsLine(start, to, line));
      if (endedByHash && /^#(?:SBATCH|SLURM)/.test(text.slice(position, to))) problems.push(secondDirective(position, to, line));
      break;
    }
    tokens.push({ text: value, span: { start, end: position }, offsets, line });
    if (endedByHash) {
      if (position + 1 < to) problems.push(hashEndsLine(position, to, line));
      break;
    }
  }
  return { tokens, problems, startsNewComponent };
}
function secondDirective(hash, lineEnd, line) {
  return {
    kind: "second-directive",
    consequence: "ignored",
    span: { start: hash, end: lineEnd },
    line,
    message: 'two directives on one line: sbatch reads everything from the second "#" on as a comment, so the second directive is silently lost; put it on a line of its own'
  };
}
function separatorProblem(word, first, span, lineEnd, line) {
  const deprecated = word === "packjob";
  if (first) {
    return {
      kind: "hetjob-separator",
      consequence: deprecated ? "warned" : "accepted",
      span,
      line,
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
    line,
    message: `sbatch drops "${word}" in the middle of a line and ignores the rest of the line`
  };
}
function emptyArgumentEndsLine(start, lineEnd, line) {
  return {
    kind: "empty-argument-ends-line",
    consequence: "ignored",
    span: { start, end: lineEnd },
    line,
    message: "sbatch reads no argument here (an empty string, or a lone backslash): it passes nothing and ignores the rest of the line"
  };
}
function hashEndsLine(hash, lineEnd, line) {
  return {
    kind: "hash-ends-line",
    consequence: "ignored",
    span: { start: hash, end: lineEnd },
    line,
    message: 'an unquoted "#" starts a comment even inside an argument: sbatch ignores the rest of the line (quote or escape it to keep it)'
  };
}
function escapedSpaceSplits(backslash, line) {
  return {
    kind: "escaped-space-splits",
    consequence: "accepted",
    span: { start: backslash, end: backslash + 2 },
    line,
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
      if (marker !== void 0 || looksLikeDirective(lineText)) problems.push(afterHeaderEnd(span, index));
      continue;
    }
    if (marker === void 0) {
      const kind = commentOrCommand(lineText);
      if (kind === "command") headerEnd = index;
      else if (kind === "comment" && looksLikeDirective(lineText)) problems.push(lookalike(lineText, span, index));
      lines.push({ index, span, kind });
      continue;
    }
    if (marker === "#SLURM") problems.push(slurmMarker(span, index));
    const line = tokenizeDirectiveLine(text, span.start + marker.length, span.end, index, escapedSpaceJoins);
    for (const problem of line.problems) problems.push(problem);
    if (line.startsNewComponent) component++;
    lines.push({ index, span, kind: "directive", marker, component });
    for (const { text: tokenText, span: tokenSpan, offsets, line: tokenLine } of line.tokens) tokens.push({ text: tokenText, span: tokenSpan, offsets, line: tokenLine, component });
  }
  return { lines, ...headerEnd !== void 0 && { headerEnd }, tokens, components: component + 1, problems };
}
function optionResolutions(tokens, table) {
  const shown = (option2) => option2 ? `${option2.name}/${option2.argument}/${option2.commandLineOnly ?? ""}` : "";
  const parts = [];
  for (const { text } of tokens) {
    if (!text.startsWith("-") || text === "-" || text === "--") continue;
    if (!text.startsWith("--")) {
      for (const letter of text.slice(1)) parts.push(shown(shortOption(letter, table)));
      continue;
    }
    const equals = text.indexOf("=");
    const name = text.slice(2, equals < 0 ? void 0 : equals);
    const resolution = resolveLongOption(name, table);
    if (resolution.kind === "ambiguous") parts.push(`?${resolution.candidates.map((option2) => option2.name).join(",")}`);
    else if (resolution.kind === "unknown") parts.push(`!${suggestSbatchOptions(name, table).join(",")}`);
    else parts.push(`${resolution.kind}:${shown(resolution.option)}`);
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

// src/scheduler/slurm/header.ts
var TASKS_PER_NODE = 1;
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
  pieces.push(templatePiece(`#SBATCH --ntasks-per-node=${TASKS_PER_NODE}
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
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE);
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
    const cpusPerTask = Math.floor(fields.cores_per_node / TASKS_PER_NODE);
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
    const setting = sbatchSettingName(directive.option);
    const earlier = effective.get(setting);
    if (earlier !== void 0) overrides.push({ setting, overridden: earlier, by: directive });
    effective.set(setting, directive);
  }
  return { effective, overrides };
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
  const count = nodesFrom(text);
  if (count === void 0 || count < 0) return notANodeCount(text);
  return checkedRange(count, count);
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
  let count = parsed.value;
  let end = parsed.end;
  if (text[end] === "k" || text[end] === "K") {
    count = BigInt.asIntN(64, count * 1024n);
    end++;
  }
  if (text[end] === "m" || text[end] === "M") {
    count = BigInt.asIntN(64, count * 1048576n);
    end++;
  }
  return isCBlank(text.slice(end)) ? toCInt(count) : void 0;
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
  const place = (start, span, line, shown, directive) => {
    let found = places.get(start);
    if (!found || directive && !found.directive) places.set(start, found = { span, line, text: shown, byRelease: found?.byRelease ?? /* @__PURE__ */ new Map(), directive });
    return found;
  };
  for (const { release, scan } of scans) {
    for (const directive of scan.directives) {
      if (!isUserLine2(directive.line)) continue;
      const shown = directiveText(directive);
      const found = place(directive.nameSpan.start, directive.span, directive.line, shown, true);
      const checked = directive.component === 0 ? checkSbatchValue(directive.option.name, directive.value?.text, release) : void 0;
      const refused = checked?.ok === false && {
        kind: "refused",
        message: `sbatch refuses ${shown}: "sbatch: error: ${checked.reason}"`,
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
  return [...places.values()].sort((a, b) => a.span.start - b.span.start).map(({ span, line, text: shown, byRelease }) => ({
    span,
    line,
    text: shown,
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
  const byUser = (line) => isUserLine(script.lines[line]);
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
  const line = script.lines[problem.line];
  const found = { kind: problem.kind, span: problem.span, line: problem.line, message: problem.message };
  if (problem.kind === "value-on-next-line") return { ...found, message: valueTaken(script, scan, problem) ?? problem.message };
  if (problem.kind === "second-directive") return { ...found, repair: ownLine(script, found.span.start) };
  const indented = problem.kind === "lookalike-directive" ? /^[ \t]+#SBATCH/.exec(line.text) : null;
  if (!indented) return found;
  return { ...found, repair: { span: { start: line.start, end: line.start + indented[0].length }, text: "#SBATCH", description: 'move "#SBATCH" to the start of the line' } };
}
function ownLine(script, hash) {
  let blanks = hash;
  while (blanks > 0 && (script.text[blanks - 1] === " " || script.text[blanks - 1] === "	")) blanks--;
  return { span: { start: blanks, end: hash }, text: "\n", description: "put the second directive on its own line" };
}
function valueTaken(script, scan, problem) {
  const directive = scan.directives.find((candidate) => candidate.valueIsNextArgument && candidate.nameSpan.start === problem.span.start);
  if (!directive?.value) return void 0;
  const line = script.lines[directive.value.line];
  const from = isUserLine(line) ? `the next line of ${line.field}` : line.field ? `the line parsl writes for ${line.field}` : "a line parsl writes";
  return `${directive.written} has no value on its line, so sbatch takes the next argument, "${directive.value.text}" from ${from}, as its value, and that setting is lost`;
}
function judgedOverrides(script, overrides) {
  const settings = /* @__PURE__ */ new Map();
  const written = (setting, directive) => {
    let found = settings.get(directive);
    if (!found) settings.set(directive, found = { key: setting, text: directiveText(directive), span: directive.span, line: directive.line });
    return found;
  };
  return overrides.map(({ setting, overridden, by }) => {
    const parslLine = [overridden, by].map((directive) => script.lines[directive.line]).find((line) => !isUserLine(line));
    return {
      key: setting,
      lost: written(setting, overridden),
      kept: written(setting, by),
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
    const advice = options.advice?.get(found.key);
    return { ...found, ...advice && { advice }, ...options.userMayReplace?.has(found.key) && { userMayReplace: true } };
  });
  return { lines: scan.lines, ...scan.headerEnd !== void 0 && { headerEnd: scan.headerEnd }, ignored: scan.issues, overrides: judged, refusals: [] };
}

// src/scheduler/overrides.ts
function lastWins(settings, why) {
  const last2 = /* @__PURE__ */ new Map();
  for (const setting of settings) last2.set(setting.key, setting);
  const overrides = [];
  for (const setting of settings) {
    const kept = last2.get(setting.key);
    if (kept !== setting) overrides.push({ key: setting.key, lost: setting, kept, why });
  }
  return overrides;
}
function firstWins(settings, why) {
  const first = /* @__PURE__ */ new Map();
  const overrides = [];
  for (const setting of settings) {
    const kept = first.get(setting.key);
    if (kept === void 0) first.set(setting.key, setting);
    else overrides.push({ key: setting.key, lost: setting, kept, why });
  }
  return overrides;
}
function commandLineWins(settings, commandLine2, why) {
  const first = /* @__PURE__ */ new Map();
  for (const option2 of commandLine2) if (!first.has(option2.key)) first.set(option2.key, option2);
  const overrides = [];
  for (const setting of settings) {
    const option2 = first.get(setting.key);
    if (option2 !== void 0) overrides.push({ key: setting.key, lost: setting, kept: option2, why });
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

// src/scheduler/grid-engine/directives.ts
var GRID_ENGINE_PREFIX = "#$";
function scanGridEngineScript(text) {
  const lines = [];
  const issues = [];
  const settings = [];
  for (const line of splitLines(text)) {
    if (line.text.startsWith(GRID_ENGINE_PREFIX)) {
      lines.push({ index: line.index, span: line.span, kind: "directive" });
      settings.push(...hardResources(line.text, line.span.start, line.index));
      continue;
    }
    const kind = commentOrCommand(line.text);
    lines.push({ index: line.index, span: line.span, kind });
    const indent = line.text.length - line.text.trimStart().length;
    if (kind === "comment" && indent > 0 && line.text.startsWith(GRID_ENGINE_PREFIX, indent)) {
      issues.push({
        kind: "lookalike-directive",
        span: { start: line.span.start + indent, end: line.span.start + line.text.trimEnd().length },
        line: line.index,
        message: `qsub reads "${GRID_ENGINE_PREFIX}" directives only at the very start of a line, so this indented one is a plain comment`,
        repair: { span: { start: line.span.start, end: line.span.start + indent }, text: "", description: `move "${GRID_ENGINE_PREFIX}" to the start of the line` }
      });
    } else if (kind === "command" && isBareShortOption(line.text)) {
      issues.push(missingPrefix(line, GRID_ENGINE_PREFIX, "qsub ignores it, and the job runs it as a shell command"));
    }
  }
  return { lines, issues, settings };
}
function hardResources(line, lineStart, index) {
  const settings = [];
  const comment = line.indexOf("#", GRID_ENGINE_PREFIX.length);
  const body = comment < 0 ? line : line.slice(0, comment);
  const words = [...body.slice(GRID_ENGINE_PREFIX.length).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    start: lineStart + GRID_ENGINE_PREFIX.length + match.index
  }));
  let hard = true;
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    if (word.text === "-hard" || word.text === "-soft") hard = word.text === "-hard";
    if (word.text !== "-l" || at + 1 >= words.length) continue;
    const list = words[++at];
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
  const { cores_per_block: perBlock, cores_per_node: perNode } = fields;
  if (perBlock === void 0 || perBlock === null || !perNode) return [];
  return [
    { text: `#BSUB -n ${pythonInt(perBlock)}
`, source: "appended", field: "cores_per_block" },
    { text: `#BSUB -R "span[ptile=${pythonInt(perNode)}]"
`, source: "appended", field: "cores_per_node" }
  ];
}

// src/scheduler/lsf/directives.ts
var LSF_PREFIX = "#BSUB";
function scanLsfScript(text) {
  const lines = [];
  const issues = [];
  for (const line of splitLines(text)) {
    const kind = line.text.startsWith(LSF_PREFIX) ? "directive" : commentOrCommand(line.text);
    lines.push({ index: line.index, span: line.span, kind });
    if (kind === "comment" && looksLikeBsub(line.text)) {
      issues.push({
        kind: "lookalike-directive",
        span: { start: line.span.start + line.text.length - line.text.trimStart().length, end: line.span.start + line.text.trimEnd().length },
        line: line.index,
        message: `this looks like a directive but is a plain comment to bsub, which reads only lines starting with "${LSF_PREFIX}" in upper case: ${JSON.stringify(line.text.trim())}`
      });
    } else if (kind === "command" && isBareShortOption(line.text)) {
      issues.push(missingPrefix(line, LSF_PREFIX, "bsub ignores it, and the job runs it as a shell command"));
    }
  }
  return { lines, issues };
}
function looksLikeBsub(line) {
  return /^[ \t]*#[ \t]*bsub[ \t]*-/i.test(line) && !line.trimStart().startsWith(LSF_PREFIX);
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
var TASKS_PER_NODE2 = 1;
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
    templatePiece(`#PBS -l nodes=${pythonInt(fields.nodes_per_block)}:ppn=${TASKS_PER_NODE2}
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
function pbsOverrides(provider, written, commandLine2) {
  const settings = written.filter((setting) => setting.key.startsWith("-l ") || SINGLE_VALUED.has(setting.key));
  const onCommandLine = (setting) => commandLine2.some((option2) => option2.key === setting.key);
  const overrides = commandLineWins(settings, commandLine2, "options on qsub's command line take precedence over #PBS directives");
  const inScript = settings.filter((setting) => !onCommandLine(setting));
  if (provider === "TorqueProvider") return [...overrides, ...lastWins(inScript, "Torque keeps the last value a script sets")];
  const isResource = (setting) => setting.key.startsWith("-l ");
  return [
    ...overrides,
    ...firstWins(inScript.filter(isResource), "PBS Pro keeps the first value a script gives a -l resource"),
    ...lastWins(
      inScript.filter((setting) => !isResource(setting)),
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
    const line = all[index];
    if (!isDirective(line.text)) {
      const kind = commentOrCommand(line.text);
      if (headerEnd === void 0 && isExecutable(line.text)) headerEnd = index;
      if (kind === "comment" && looksLikePbsDirective(line.text)) issues.push(lookalike2(line));
      lines.push({ index, span: line.span, kind });
      continue;
    }
    if (headerEnd !== void 0) {
      issues.push(afterHeaderEnd2(line));
      lines.push({ index, span: line.span, kind: "ignored-directive" });
      continue;
    }
    const parts = [line];
    while (continues(parts.at(-1).text, flavour) && index + 1 < all.length) parts.push(all[++index]);
    for (const part of parts) lines.push({ index: part.index, span: part.span, kind: "directive" });
    settings.push(...readOptions(splitArguments(directiveChars(parts, flavour)), flavour));
  }
  return { lines, ...headerEnd !== void 0 && { headerEnd }, issues, settings };
}
function isDirective(line) {
  return line.startsWith(PBS_PREFIX, leadingBlanks(line));
}
function isExecutable(line) {
  if (line.startsWith(":") || line.startsWith("#!")) return false;
  return commentOrCommand(line) === "command";
}
function continues(line, flavour) {
  return flavour === "pbspro" ? /\\[ \t\v\f\r]*$/.test(line) : line.endsWith("\\");
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
function option(letter, value, start, end, line) {
  return { key: `-${letter}`, text: value === void 0 ? `-${letter}` : `-${letter} ${value}`, span: { start, end }, line };
}
function resources(list, optionStart2, line) {
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
        settings.push({ key: `-l ${name}`, text: `-l ${item}`, span: { start, end: list.offsets[index - 1] + 1 }, line });
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
function looksLikePbsDirective(line) {
  return /^[ \t]*#[ \t]*pbs[ \t]*-/i.test(line);
}
function lookalike2(line) {
  return {
    kind: "lookalike-directive",
    span: trimmed(line),
    line: line.index,
    message: `this looks like a directive but is a plain comment to qsub, whose directives start with "${PBS_PREFIX}" exactly so (upper case, no blank after "#"): ${JSON.stringify(line.text.trim())}`
  };
}
function afterHeaderEnd2(line) {
  return {
    kind: "after-header-end",
    span: trimmed(line),
    line: line.index,
    message: "qsub stops reading #PBS directives at the first command line, so this one is ignored"
  };
}
function trimmed(line) {
  const indent = leadingBlanks(line.text);
  return { start: line.span.start + indent, end: line.span.start + line.text.trimEnd().length };
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

// src/scheduler/registry.ts
var SCHEDULERS = [slurm, pbs, lsf, gridEngine, condor, cobalt];
var BY_PROVIDER = new Map(SCHEDULERS.flatMap((adapter) => adapter.providers.map((provider) => [provider, adapter])));
function schedulerOf(providerClass) {
  return providerClass === void 0 ? void 0 : BY_PROVIDER.get(providerClass);
}
var BATCH_PROVIDERS = [...BY_PROVIDER.keys()];

export {
  parseDocument,
  SourceText,
  decodeToml,
  MODULE_GROUPS,
  OBJECT_KEYS,
  PARSL_RELEASES,
  parslCatalog,
  QIIME2_RELEASES,
  resolveTarget,
  describeSubstitution,
  describeTarget,
  describeLoader,
  tomlkitRefusesLateExtension,
  describeReader,
  readingRelease,
  targetDialect,
  pythonDefault,
  classHistory,
  paramHistory,
  describeChange,
  parseAnnotation,
  moduleImportError,
  STRATEGIES,
  locateInField,
  isUserLine,
  isBareShortOption,
  parslWalltimeToMinutes,
  editDistance,
  closestMatch,
  directiveText,
  resolveSlurmRelease,
  describeSlurmSubstitution,
  describeReleaseRun,
  optionHistory,
  parseSlurmTime,
  parseSlurmMemory,
  parseSlurmPositiveInteger,
  parseSlurmNodeCount,
  releasesDisagree,
  verdictClass,
  SCHEDULERS,
  schedulerOf,
  BATCH_PROVIDERS
};
