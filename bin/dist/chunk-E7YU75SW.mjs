import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

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
  nextToken(option) {
    this.prevToken = this.currToken;
    if (this.back) {
      this.currToken = this.back;
      this.back = null;
    } else this.currToken = this._nextTokenFromTokenizer(option);
    if ((this.needNewLine || this.needSameLine || option?.needSameLine) && this.prevToken && this.currToken) if (this.prevToken.loc.end.line === this.currToken.loc.start.line) {
      if (this.needNewLine) return this.reportParseError("missing-newline", this.currToken);
    } else {
      const needSameLine = this.needSameLine || option?.needSameLine;
      if (needSameLine) return this.reportParseError(needSameLine, this.currToken);
    }
    this.needNewLine = false;
    this.needSameLine = false;
    return this.currToken;
  }
  _nextTokenFromTokenizer(option) {
    const valuesEnabled = this.tokenizer.valuesEnabled;
    if (option?.valuesEnabled) this.tokenizer.valuesEnabled = option.valuesEnabled;
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

// src/document/parse.ts
function parseDocument(text) {
  const bareCr = /\r(?!\n)/.exec(text);
  if (bareCr) return { ok: false, error: { message: "carriage return (\\r) not followed by a line feed", offset: bareCr.index } };
  let program;
  try {
    program = parseTOML(text.replace(/^\uFEFF/, " "), { tomlVersion: "1.0.0" });
  } catch (error) {
    if (error instanceof SyntaxError && typeof error.index === "number") {
      return { ok: false, error: { message: error.message, offset: error.index } };
    }
    if (error instanceof RangeError) return { ok: false, error: nestedTooDeep(deepestBracket(text)) };
    throw error;
  }
  const comments = program.comments.map((comment) => ({ text: comment.value, span: toSpan(comment.range) }));
  try {
    return { ok: true, document: { root: new TreeBuilder(text).build(program), comments } };
  } catch (error) {
    if (error instanceof NestedTooDeep) return { ok: false, error: nestedTooDeep(error.offset) };
    throw error;
  }
}
var MAX_DEPTH = 1e3;
function deepestBracket(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "[" || text[i] === "{") depth++;
    else if (text[i] === "]" || text[i] === "}") depth--;
    if (depth > MAX_DEPTH) return i;
  }
  return 0;
}
var NestedTooDeep = class extends Error {
  constructor(offset) {
    super("nested too deep");
    this.offset = offset;
  }
};
function nestedTooDeep(offset) {
  return { message: `keys, arrays and inline tables nested more than ${MAX_DEPTH} levels deep, beyond Python's recursion limit`, offset };
}
function toSpan(range) {
  return { start: range[0], end: range[1] };
}
var TreeBuilder = class {
  constructor(text) {
    this.text = text;
  }
  build(program) {
    const topLevel = program.body[0];
    const root2 = { kind: "table", path: [], span: toSpan(topLevel.range), origin: "root", entries: /* @__PURE__ */ new Map() };
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
        table = this.arrayTableItem(table, name, toSpan(segment.range), index, header);
      } else {
        table = this.childTable(table, name, toSpan(segment.range), isLast ? header : void 0);
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
    for (const segment of keys.slice(0, -1)) target = this.childTable(target, keyName(segment), toSpan(segment.range), void 0);
    const last2 = keys[keys.length - 1];
    const key = keyName(last2);
    target.entries.set(key, { key, keySpan: toSpan(last2.range), value: this.value(node.value, [...target.path, key]) });
  }
  value(node, path2) {
    const span = toSpan(node.range);
    if (path2.length > MAX_DEPTH) throw new NestedTooDeep(span.start);
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
  const type = node.kind === "integer" || node.kind === "float" || node.kind === "boolean" ? node.kind : "datetime";
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

// src/document/strings.ts
function locateString(source, node) {
  const offsets = contentOffsets(source, node);
  const escapes = hasEscapes(node);
  return {
    spanOf(start, end) {
      const from = offsets[Math.max(0, Math.min(start, offsets.length - 1))];
      const last2 = end > start ? offsets[Math.min(end, offsets.length - 1) - 1] : from;
      return { start: from, end: end > start ? last2 + (escapes ? escapedLengthAt(source, last2) : 1) : from };
    }
  };
}
function contentOffsets(source, node) {
  const multiline = node.stringStyle?.startsWith("multiline") ?? false;
  const escapes = hasEscapes(node);
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
    if (escapes && char === "\\") {
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
var catalogs = /* @__PURE__ */ new Map();
function parslCatalog(version) {
  const canonical = normalizeParslVersion(version);
  if (canonical === void 0 || !PARSL_RELEASES.includes(canonical)) {
    throw new Error(`Unknown parsl version "${version}"; did you mean one of ${PARSL_RELEASES.join(", ")}?`);
  }
  let catalog = catalogs.get(canonical);
  if (!catalog) {
    catalog = buildCatalog(catalogJson(`parsl-${canonical}.json`));
    catalogs.set(canonical, catalog);
  }
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
  return {
    version: raw2.parsl,
    config,
    classes: (group) => [...byGroup.get(group).values()],
    lookup: (group, name) => byGroup.get(group).get(name),
    findInAnyGroup: (name) => MODULE_GROUPS.map((group) => byGroup.get(group).get(name)).find((spec) => spec !== void 0),
    hasModule: (group) => raw2.modules[group]
  };
}

// src/catalog/providers.ts
var BATCH_SCHEDULER_PROVIDERS = /* @__PURE__ */ new Set([
  "SlurmProvider",
  "PBSProProvider",
  "TorqueProvider",
  "LSFProvider",
  "GridEngineProvider",
  "CondorProvider",
  "CobaltProvider"
]);

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
  if (request.qiime2 === void 0 && request.parsl !== void 0) {
    return { qiime2: void 0, parsl: parslCatalog(request.parsl).version };
  }
  const qiime2 = qiime2Release(request.qiime2 ?? NEWEST_QIIME2_RELEASE.version);
  return { qiime2, parsl: request.parsl === void 0 ? qiime2.parsl : parslCatalog(request.parsl).version };
}
function describeTarget(target) {
  return target.qiime2 ? `QIIME 2 ${target.qiime2.version} (parsl ${target.parsl})` : `parsl ${target.parsl}`;
}
function describeLoader(target) {
  return target.qiime2 ? describeTarget(target) : `QIIME 2 with ${describeTarget(target)}`;
}

// src/catalog/python-literal.ts
function pythonDefault(spec) {
  return spec.default === null ? void 0 : pythonLiteral(spec.default);
}
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
function classHistory(className) {
  const all = { firstSeen: PARSL_RELEASES[0], lastSeen: PARSL_RELEASES.at(-1) };
  const entry = Object.hasOwn(raw().classes, className) ? raw().classes[className] : void 0;
  if (entry) return toHistory(entry, all);
  return classIn(all.lastSeen, className) ? toHistory({}, all) : void 0;
}
function paramHistory(className, param) {
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
  const children = [];
  const object = { group, entry, node, table, classEntry, className, params, children, parent };
  all.push(object);
  for (const param of params.values()) children.push(...objectsUnder(param, object, all));
  if (group === "executors") object.provider = children.find((child) => child.entry.key === "provider");
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
      rules: ruleNames(list, listStart),
      reason: reason === "" ? void 0 : reason,
      scope: kind && scopeOf(kind, comment.span, line, source, layout)
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
function applyDirectives(diagnostics, directives, ruleIds) {
  const counts = directives.map((directive) => directive.rules.map(() => 0));
  const narrowestFirst = directives.map((directive, index) => ({ directive, index })).sort((a, b) => breadth(a.directive.scope) - breadth(b.directive.scope));
  const kept = [];
  const suppressed = [];
  for (const diagnostic of diagnostics) {
    const match = narrowestFirst.find(({ directive: directive2 }) => covers(directive2.scope, diagnostic) && directive2.rules.some((rule) => rule.name === diagnostic.rule));
    if (!match) {
      kept.push(diagnostic);
      continue;
    }
    const { directive, index } = match;
    counts[index][directive.rules.findIndex((rule) => rule.name === diagnostic.rule)]++;
    suppressed.push({ ...diagnostic, suppressedBy: { directive: directive.kind, line: directive.line, reason: directive.reason } });
  }
  const checked = directives.map((directive, d) => ({
    ...directive,
    rules: directive.rules.map((rule, r) => ({ ...rule, known: ruleIds.includes(rule.name), suppressed: counts[d][r] }))
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
var SEVERITIES = ["error", "warning", "info"];
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

// src/engine/lint.ts
function lintBytes(bytes, options) {
  const decoded = decodeToml(bytes);
  if (decoded.ok) return lintText(decoded.text, options);
  const source = new SourceText(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  return runOnSyntaxError(source, { message: decoded.message, offset: decoded.offset }, options);
}
function lintText(text, options) {
  const source = new SourceText(text);
  const parsed = parseDocument(text);
  if (!parsed.ok) return runOnSyntaxError(source, parsed.error, options);
  const model = buildModel(parsed.document);
  const { visitors, diagnostics, catalog } = startRules(source, options);
  for (const visitor of visitors) visitor.config?.(model);
  for (const object of model.objects) for (const visitor of visitors) visitor.object?.(object, model);
  for (const executor of model.executors) for (const visitor of visitors) visitor.executor?.(executor, model);
  if (model.mapping) for (const visitor of visitors) visitor.mapping?.(model.mapping, model);
  if (visitors.some((visitor) => visitor.argument)) {
    for (const argument of keywordArguments(model, options.target, catalog)) {
      for (const visitor of visitors) visitor.argument?.(argument, model);
    }
  }
  const directives = options.inlineConfig === false ? [] : readDirectives(parsed.document, source);
  const ruleIds = options.rules.map((rule) => rule.meta.id);
  const { kept, suppressed, directives: checked } = applyDirectives(diagnostics.splice(0), directives, ruleIds);
  if (checked.length > 0) for (const visitor of visitors) visitor.directives?.(checked, ruleIds);
  return { source, diagnostics: [...kept, ...diagnostics].sort(compareDiagnostics), suppressed, syntaxError: false };
}
function runOnSyntaxError(source, error, options) {
  const { visitors, diagnostics } = startRules(source, options);
  for (const visitor of visitors) visitor.syntaxError?.(error);
  return { source, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], syntaxError: true };
}
function startRules(source, options) {
  const diagnostics = [];
  const catalog = parslCatalog(options.target.parsl);
  const visitors = [];
  for (const rule of options.rules) {
    const setting = options.settings?.get(rule.meta.id) ?? rule.meta.severity;
    if (setting === "off") continue;
    const context = {
      source,
      target: options.target,
      catalog,
      requiredFields: options.requiredFields ?? {},
      report: (report) => diagnostics.push(toDiagnostic(rule, setting, report, source)),
      locate: (node) => locateString(source.text, node)
    };
    visitors.push(rule.create(context));
  }
  return { visitors, diagnostics, catalog };
}
function toDiagnostic(rule, severity, report, source) {
  const span = "span" in report.at ? report.at.span : report.at;
  if (report.fix && (rule.meta.fix === "none" || rule.meta.fix === "unsafe" && report.fix.safety === "safe")) {
    throw new Error(`rule ${rule.meta.id} reported a ${report.fix.safety} fix but declares fix: ${rule.meta.fix}`);
  }
  return {
    rule: rule.meta.id,
    severity,
    message: report.message,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    docs: ruleDocsUrl(rule.meta.id),
    fix: report.fix,
    suggestions: report.suggestions ?? []
  };
}

// src/cli/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  parseDocument,
  decodeToml,
  locateString,
  MODULE_GROUPS,
  OBJECT_KEYS,
  packageFile,
  PARSL_RELEASES,
  parslCatalog,
  BATCH_SCHEDULER_PROVIDERS,
  QIIME2_RELEASES,
  resolveTarget,
  describeTarget,
  describeLoader,
  pythonDefault,
  classHistory,
  paramHistory,
  describeChange,
  parseAnnotation,
  moduleImportError,
  STRATEGIES,
  TEST_EXECUTOR,
  objectClass,
  isString2 as isString,
  entrySpan,
  entryAnchor,
  buildModel,
  DIRECTIVE_KINDS,
  DIRECTIVE_PREFIX,
  SEVERITIES,
  repositoryUrl,
  ruleDocsUrl,
  lintBytes,
  lintText,
  UsageError
};
