import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  BATCH_PROVIDERS,
  DIRECTIVE_KINDS,
  DIRECTIVE_PREFIX,
  JUDGED_SLURM_RELEASE,
  OBJECT_KEYS,
  PARSL_RELEASES,
  QIIME2_RELEASES,
  SCHEDULERS,
  SEVERITIES,
  STRATEGIES,
  TEST_EXECUTOR,
  UsageError,
  booleanSetting,
  classHistory,
  closestMatch,
  describeChange,
  describeLoader,
  describeSetting,
  describeSubstitution,
  describeTarget,
  directiveText,
  editDistance,
  entryAnchor,
  entrySpan,
  isBareShortOption,
  isString,
  isUserLine,
  moduleImportError,
  numberSetting,
  numberText,
  objectClass,
  paramHistory,
  parseAnnotation,
  parseSlurmMemory,
  parslCatalog,
  parslWalltimeToMinutes,
  printable,
  pythonDefault,
  resolveTarget,
  ruleDocsUrl,
  ruleNames,
  schedulerOf,
  settingText,
  workerFit
} from "./chunk-5LS3LJ4C.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-NGYD4W62.mjs";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os3 = __require("os");
    var path9 = __require("path");
    var IS_WINDOWS_PLATFORM = os3.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path9.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check5 = strictCheck;
      if (options && options.strict === false) {
        check5 = relaxedCheck;
      }
      return check5(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash2 = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby2 = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash2) < 0) {
        str = str.replace(backslash, slash2);
      }
      if (enclosure.test(str)) {
        str += slash2;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby2.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path9.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path9 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path9.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path9 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path9.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch2.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch2.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch2.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch2.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch2.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch2.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch2.scan = (...args) => picomatch.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch2.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path9 = __require("path");
    var globParent = require_glob_parent();
    var micromatch2 = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern2(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern2(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern2;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern2(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern2(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern2;
    function isPositivePattern(pattern) {
      return !isNegativePattern2(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern2);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path9.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch2.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch2.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch2.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path9.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream2);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream2() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString2(input) {
      return typeof input === "string";
    }
    exports.isString = isString2;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs4 = require_fs();
    exports.fs = fs4;
    var path9 = require_path();
    exports.path = path9;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path9, settings, callback) {
      settings.fs.lstat(path9, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path9, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path9, settings) {
      const lstat = settings.fs.lstatSync(path9);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path9);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs4 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path9, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path9, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path9, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path9, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path9, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs4 = require_fs3();
    exports.fs = fs4;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path9 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path9, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path9,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      stat: fs4.stat,
      lstatSync: fs4.lstatSync,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsStat = require_out();
    var fs4 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs4.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path9.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path9, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path9, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path9, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path9, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path9, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop2,
        saturated: noop2,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop2,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop2;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop2;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop2;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop2;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop2;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop2() {
    }
    function Task() {
      this.value = null;
      this.callback = noop2;
      this.next = null;
      this.release = noop2;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop2;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop2);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path9.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path9.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory2) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory2);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory2);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory2);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory2);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory2) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory2) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path9 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path9.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs4 = __require("fs");
    var os3 = __require("os");
    var CPU_COUNT = Math.max(os3.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs4.lstat,
      lstatSync: fs4.lstatSync,
      stat: fs4.stat,
      statSync: fs4.statSync,
      readdir: fs4.readdir,
      readdirSync: fs4.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput2(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput2(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks2(source, options) {
        assertPatternsInput2(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks2;
      function isDynamicPattern2(source, options) {
        assertPatternsInput2(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern2;
      function escapePath(source) {
        assertPatternsInput2(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern2(source) {
        assertPatternsInput2(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern2;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern3;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput2(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern3(source) {
          assertPatternsInput2(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern3;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput2(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
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
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
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
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
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
        (match, range, close) => `\\[${range}${close}`,
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
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
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
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
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
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
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
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString2 = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString2(pattern);
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
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
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
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
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
        const isStr = isString2(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule48 = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule48) {
          this._added = true;
          this._rules.push(rule48);
          if (matchesBasename(rule48.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString2(pattern);
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
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule48 = rules[index];
          if (rule48.checkRegex.test(path9)) {
            ignored = !rule48.negative;
            unignored = rule48.negative;
            matchedRule = rule48.negative ? UNDEFINED : rule48;
            break;
          }
        }
        const ret = {
          ignored,
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
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule48 = rules[index];
          if (rule48[mode].test(
            shortcut && rule48._basenameOnly ? basename : path9
          )) {
            const { negative } = rule48;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule48;
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
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString2(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString2(target) && checkPath.convert(target);
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
      _test(originalPath, cache, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        if (path9 in cache) {
          return cache[path9];
        }
        const parentPath = parentOf(path9);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid2 = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid2;
    define(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

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

// src/config/config.ts
var NO_CONFIG = { file: void 0, rules: /* @__PURE__ */ new Map(), qiime2: void 0, parsl: void 0, include: [], exclude: [], required: {} };
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/output/results.ts
function summarize(reports) {
  const count = (severity) => reports.reduce((sum, report2) => sum + report2.diagnostics.filter((d) => d.severity === severity).length, 0);
  return { errors: count("error"), warnings: count("warning"), infos: count("info"), files: reports.length };
}

// src/engine/rule.ts
function defineRule(rule48) {
  return rule48;
}

// rules/toml-syntax/index.ts
var rule = defineRule({
  meta: {
    id: "toml-syntax",
    severity: "error",
    description: "The file is not valid TOML 1.0 (or not UTF-8), so QIIME 2 cannot read it.",
    fix: "none"
  },
  create: (context) => ({
    syntaxError(error) {
      const end = Math.min(error.offset + 1, context.source.text.length);
      context.report({ at: { start: error.offset, end }, message: `${error.message}; QIIME 2's TOML reader (tomlkit) rejects the whole file` });
    }
  })
});

// rules/byte-order-mark/index.ts
var rule2 = defineRule({
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
        message: "the file starts with a UTF-8 byte order mark (U+FEFF, often added by Windows editors): QIIME 2 opens the file as plain UTF-8, so tomlkit sees the mark as part of the first key and fails with EmptyKeyError: Empty key at line 1 col 0",
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
var rule3 = defineRule({
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
          message: `\`parsl\` must be a table ([parsl]), not ${describeNode(config.parsl.value)}: QIIME 2 fails as it loads the file`
        });
        return;
      }
      context.report({
        at: { start: 0, end: context.source.lineText(1).length },
        message: "no [parsl] table: QIIME 2 reads only [parsl] and fails with AttributeError: 'NoneType' object has no attribute 'pop'"
      });
    }
  })
});

// rules/ignored-top-level-table/index.ts
var rule4 = defineRule({
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
    return 'a top-level [executor_mapping] is read only when QIIME 2 (2024.10 and later) finds this file by itself (--parallel without --parallel-config); with --parallel-config it is ignored and every action runs on "default": write it as [parsl.executor_mapping]';
  }
  const guess = closestMatch(key, ["parsl"]);
  return `QIIME 2 reads only the [parsl] table, so [${key}] is ignored${guess ? `: did you mean [${guess}]?` : ""}`;
}

// rules/missing-class/index.ts
var rule5 = defineRule({
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
          message: `\`${key}\` must be ${shape}, not ${describeNode(object.node)}: QIIME 2 builds a parsl object from it and fails with a TypeError`
        });
      } else if (!object.classEntry) {
        context.report({
          at: object.table,
          message: `this \`${key}\` table has no \`class\`: QIIME 2 builds a parsl object from every \`${key}\` table and fails with KeyError: 'class'`
        });
      }
    }
  })
});

// src/model/executor-label.ts
function executorLabel(executor, catalog) {
  const written = executor.params.get("label")?.value;
  if (written) {
    return written.kind === "scalar" && typeof written.value === "string" ? { value: written.value, written } : void 0;
  }
  const spec = executor.className ? catalog.lookup("executors", executor.className)?.params.get("label") : void 0;
  const fallback = spec ? pythonDefault(spec) : void 0;
  return typeof fallback === "string" ? { value: fallback, written: void 0 } : void 0;
}

// rules/duplicate-executor-label/index.ts
var rule6 = defineRule({
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
        const line = context.source.positionAt(at.span.start).line;
        const earlier = firstLine.get(label.value);
        if (earlier === void 0) {
          firstLine.set(label.value, line);
          continue;
        }
        const how = label.written ? "" : ` (the default label of ${executor.className}, since none is set)`;
        context.report({
          at,
          message: `executor label "${label.value}"${how} is already used by the executor on line ${earlier}: parsl raises ConfigurationError: Executors must have unique labels`
        });
      }
    }
  })
});

// rules/missing-default-executor/index.ts
var rule7 = defineRule({
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
          message: `[parsl] sets parsl.Config arguments but defines no executors: parsl then runs one ThreadPoolExecutor labelled "threads", and QIIME 2 fails with KeyError: 'default' at the first action`
        });
        return;
      }
      const labels = config.executors.map((executor) => executorLabel(executor, context.catalog));
      if (labels.some((label) => label?.value === "default")) return;
      if (labels.some((label) => label === void 0)) return;
      const named = labels.map((label) => `"${label.value}"`).join(", ");
      context.report({
        at: entryAnchor(config.executorsEntry),
        message: `no executor is labelled "default" (labels: ${named}): QIIME 2 sends every action that executor_mapping does not name to "default" and fails with KeyError: 'default'`
      });
    }
  })
});

// src/document/edits.ts
function lineAround(text, span) {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  const end = newline === -1 ? text.length : newline;
  const alone = text.slice(start, span.start).trim() === "" && /^[ \t]*(#.*)?\r?$/.test(text.slice(span.end, end));
  return { start, end, alone };
}
function removeLine(text, line) {
  return { start: line.start, end: Math.min(line.end + 1, text.length), text: "" };
}
function removeEntryLine(text, entry) {
  const line = lineAround(text, entrySpan(entry));
  return line.alone ? removeLine(text, line) : void 0;
}
function moveEntryEdits(text, entry, destination) {
  if (destination.origin !== "header" && destination.origin !== "array-header" || destination.entries.has(entry.key)) return void 0;
  const line = lineAround(text, entrySpan(entry));
  if (!line.alone) return void 0;
  const lastValue = lastValueEnd(destination);
  const after = lineAround(text, { start: lastValue, end: lastValue });
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(lastValue, after.end))) return void 0;
  const newline = text[after.end - 1] === "\r" ? "\r\n" : "\n";
  const moved = text.slice(entry.keySpan.start, line.end).replace(/\r$/, "");
  const insertAt = Math.min(after.end + 1, text.length);
  return [removeLine(text, line), { start: insertAt, end: insertAt, text: after.end === text.length ? `${newline}${moved}` : `${moved}${newline}` }];
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

// rules/unknown-executor-label/index.ts
var rule8 = defineRule({
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
      const known = labels.map((label) => label.value);
      for (const assignment of [...mapping.flat, ...mapping.perPlugin]) {
        const value = assignment.label;
        if (value.kind !== "scalar" || typeof value.value !== "string") {
          context.report({ at: value, message: `${assignment.action.key} must be sent to an executor label (a string), not ${describeNode(value)}: QIIME 2 fails with a KeyError when it runs that action` });
          continue;
        }
        if (known.includes(value.value)) continue;
        const guess = closestMatch(value.value, known);
        context.report({
          at: value,
          message: `no executor is labelled "${value.value}" (labels: ${known.map((label) => `"${label}"`).join(", ")}): QIIME 2 fails with KeyError: '${value.value}' when it runs ${assignment.action.key}` + (guess ? `; did you mean "${guess}"?` : ""),
          ...guess && {
            fix: { safety: "unsafe", description: `send it to "${guess}"`, edits: [replace(value, tomlBasicString(guess))] }
          }
        });
      }
    }
  })
});

// rules/missing-walltime/index.ts
var rule9 = defineRule({
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
        message: `${object.className} has no walltime, so parsl's default of ${fallback} applies: every block, and the workers in it, is killed after ${describeDuration(fallback)}`
      });
    }
  })
});
function describeDuration(hms2) {
  const [hours = 0, minutes = 0] = hms2.split(":").map(Number);
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : "", minutes > 0 ? `${minutes} minutes` : ""].filter(Boolean);
  return parts.join(" ") || hms2;
}

// src/model/config.ts
function stringParam(object, name) {
  const value = object.params.get(name)?.value;
  return value?.kind === "scalar" && value.type === "string" ? value : void 0;
}

// src/model/providers.ts
function isBatchProvider(object) {
  return object.group === "providers" && schedulerOf(object.className) !== void 0;
}

// rules/missing-worker-init/index.ts
var rule10 = defineRule({
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
        message: `${object.className} has ${workerInit ? "an empty" : "no"} worker_init: the batch job starts parsl's workers without activating your QIIME 2 environment, so unless the job inherits it, process_worker_pool.py is not found and the pipeline waits for workers that never connect`
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
function repairWalltime(written) {
  const text = written.trim().toLowerCase();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)\s*/g)];
  if (parts.length > 0 && parts.map((part) => part[0]).join("") === text.replace(/^\s+/, "")) {
    let seconds = 0;
    for (const [, amount, unit] of parts) {
      const known = UNIT_SECONDS.find(([pattern]) => pattern.test(unit));
      if (!known) return void 0;
      seconds += Number(amount) * known[1];
    }
    return repairable(seconds) ? { text: hms(seconds), safety: "safe", reading: `${written.trim()} as a duration` } : void 0;
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
var rule11 = defineRule({
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
    return `walltime "${text}" is not hours:minutes:seconds: parsl's wtime_to_minutes raises ${minutes.reason} each time it submits a block, so no job ever starts`;
  }
  if (minutes.minutes < 0) {
    const slurm = className === "SlurmProvider" ? ` (#SBATCH --time=${minutes.minutes}, which Slurm refuses as an invalid time limit)` : "";
    return `walltime "${text}" is negative: parsl turns it into ${minutes.minutes} minutes${slurm}`;
  }
  if (minutes.minutes < 1) {
    const slurm = className === "SlurmProvider" ? " (#SBATCH --time=0, which Slurm reads as no time limit: most clusters refuse the job or it never starts)" : "";
    return `walltime "${text}" is under one minute: parsl rounds it down to 0 minutes${slurm}`;
  }
  return void 0;
}
function verbatimProblem(className, text) {
  const gridEngine = className === "GridEngineProvider";
  const valid = gridEngine ? /^(\d+|\d*:\d*:\d*)$/.test(text) : /^\d+(:\d+){0,2}(\.\d+)?$/.test(text);
  if (valid) return void 0;
  const option = gridEngine ? "#$ -l h_rt" : "#PBS -l walltime";
  return `walltime "${text}" is not a duration the scheduler reads: parsl writes it unchanged as \`${option}=${text}\`, and the submission is refused`;
}
function report(context, walltime, problem) {
  const repair = repairWalltime(walltime.value);
  context.report({
    at: walltime,
    message: repair ? `${problem}; did you mean "${repair.text}"?` : problem,
    ...repair && {
      fix: { safety: repair.safety, description: `write ${repair.text} (reading "${walltime.value}" as ${repair.reading})`, edits: [replace(walltime, tomlBasicString(repair.text))] }
    }
  });
}

// src/model/slurm-job.ts
function isUserDirective(job, directive) {
  return isUserLine(job.lineOf(directive.line));
}
function schedulerOptionsDirectives(job, name) {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name && job.lineOf(directive.line).source === "scheduler_options");
}

// rules/memory-option-conflict/index.ts
var MEMORY_OPTIONS = /* @__PURE__ */ new Set(["mem", "mem-per-cpu", "mem-per-gpu"]);
var SBATCH_SAYS = "sbatch: fatal: --mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive.";
var rule12 = defineRule({
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
          message: `\`${directiveText(directive)}\` and ${describeOther(job, other)} ask for memory two ways: sbatch refuses the job with "${SBATCH_SAYS}"`,
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
var rule13 = defineRule({
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
      const line = job.lineOf(end);
      const lost = parslsLost(job);
      const option = line.text.trimStart().startsWith("-");
      if (lost.length === 0 && !option && !job.reading.lines.some((later) => later.kind === "ignored-directive")) return;
      const indent = line.text.length - line.text.trimStart().length;
      const at = job.sourceSpan({ start: line.start + indent, end: line.start + line.text.trimEnd().length });
      if (!at) return;
      const copiedFromSlurm = option && !job.scheduler.longOptions && !isBareShortOption(line.text);
      const insertAt = option && !copiedFromSlurm ? job.sourceSpan({ start: line.start, end: line.start + indent }) : void 0;
      context.report({
        at,
        message: `${command} reads this line as a command, not a directive: it stops reading ${prefix} lines here, so every directive after it is ignored` + (lost.length > 0 ? `, including the ones parsl writes (${lost.join(", ")})` : "") + (!option ? "; commands belong in worker_init" : copiedFromSlurm ? `; ${command} has no long options, so this looks copied from a Slurm example` : `; did you mean to start it with "${prefix} "?`),
        ...insertAt && { fix: { safety: "safe", description: `start the line with "${prefix} "`, edits: [replace(insertAt, `${prefix} `)] } }
      });
    }
  })
});
function parslsLost(job) {
  const prefix = job.scheduler.directivePrefix ?? "";
  return job.reading.lines.filter((line) => line.kind === "ignored-directive").map((line) => job.lineOf(line.index)).filter((line) => !isUserLine(line)).map((line) => {
    const text = line.text.slice(prefix.length).trim();
    return line.field ? text : text.split(/\s/)[0];
  });
}

// rules/directive-ignored/index.ts
var rule14 = defineRule({
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
        const line = job.lineOf(ignored.line);
        if (!isUserLine(line) || ignored.kind === "after-header-end" && endedInOptions) continue;
        const at = job.sourceSpan(ignored.span);
        if (!at) continue;
        const where2 = line.source === "worker_init" && ignored.kind === "after-header-end" ? " (worker_init runs after the header: put directives in scheduler_options)" : "";
        const repairAt = ignored.repair && job.sourceSpan(ignored.repair.span);
        context.report({
          at,
          message: ignored.message + where2,
          ...ignored.repair && repairAt && { fix: { safety: "safe", description: ignored.repair.description, edits: [replace(repairAt, ignored.repair.text)] } }
        });
      }
    }
  })
});

// rules/unknown-sbatch-option/index.ts
var rule15 = defineRule({
  meta: {
    id: "unknown-sbatch-option",
    severity: "warning",
    description: "A directive in `scheduler_options` names an option stock sbatch does not have.",
    fix: "unsafe"
  },
  create: (context) => ({
    job(job) {
      for (const problem of job.reading.slurm?.scan.problems ?? []) {
        const at = problem.kind === "unknown-option" && isUserLine(job.lineOf(problem.line)) ? job.sourceSpan(problem.span) : void 0;
        if (!at) continue;
        const [suggestion] = problem.suggestions ?? [];
        const replacement2 = problem.retired ? void 0 : suggestion;
        context.report({
          at,
          message: `${problem.message}: sbatch ${JUDGED_SLURM_RELEASE} refuses the job with "${problem.sbatchSays?.split("\n")[0]}"`,
          ...replacement2 && problem.suggestions.length === 1 && {
            fix: { safety: "unsafe", description: `write --${replacement2}`, edits: [replace(at, `--${replacement2}`)] }
          }
        });
      }
    }
  })
});

// rules/sbatch-rejects-directive/index.ts
var rule16 = defineRule({
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

// rules/overridden-directive/index.ts
var rule17 = defineRule({
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
      for (const { lost, kept, why, advice, userMayReplace } of overrides) {
        const userLoses = isUsers(lost);
        if (!userLoses && (!isUsers(kept) || userMayReplace)) continue;
        if (!userLoses && overrides.some((later) => later.lost === kept)) continue;
        const at = job.sourceSpan((userLoses ? lost : kept).span);
        if (!at) continue;
        const parsls = userLoses ? kept : lost;
        const instead = advice && !isUsers(parsls) ? `; ${advice}` : "";
        context.report({
          at,
          message: userLoses ? `\`${lost.text}\` has no effect: ${origin(job, kept)} wins, since ${why}${instead}` : `\`${kept.text}\` silently replaces ${origin(job, lost)}, since ${why}${instead}`
        });
      }
    }
  })
});
function origin(job, setting) {
  if (setting.line === void 0) return `parsl's \`${job.scheduler.submitCommand} ${setting.text}\`${fromField(job, setting.field)}`;
  const line = job.lineOf(setting.line);
  if (isUserLine(line)) return `\`${setting.text}\` in ${line.field}`;
  return `the \`${setting.text}\` parsl writes${fromField(job, line.field)}`;
}
function fromField(job, field) {
  if (field === void 0) return "";
  const entry = job.entry(field);
  return entry ? ` from ${field} = ${sourceText(entry.value)}` : ` from ${field}'s default`;
}
function sourceText(node) {
  if (node.kind !== "scalar") return `a ${node.kind}`;
  return typeof node.value === "string" ? JSON.stringify(node.value) : String(node.value);
}

// rules/site-required-field/index.ts
var rule18 = defineRule({
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
        message: `${object.className} has no ${fields}, which this site requires ([required] in the parsl-lint config): the scheduler refuses or misplaces the job`
      });
    }
  })
});

// rules/unused-disable-directive/index.ts
var rule19 = defineRule({
  meta: {
    id: "unused-disable-directive",
    severity: "warning",
    description: "A `# parsl-lint-disable\u2026` comment suppresses nothing: its rule reports nothing there, no rule has that name, or the comment is out of place.",
    fix: "unsafe"
  },
  create: (context) => ({
    directives(directives, ruleIds) {
      for (const directive of directives) {
        const written = `# ${directive.word}`;
        if (directive.kind === void 0) {
          const guess = closestMatch(directive.word, DIRECTIVE_KINDS.map((kind) => DIRECTIVE_PREFIX + kind));
          context.report({ at: directive.span, message: `"${directive.word}" is not a parsl-lint directive${guess ? `; did you mean "${guess}"?` : ""}` });
        } else if (directive.rules.length === 0) {
          context.report({ at: directive.span, message: `${written} names no rule; write the rules it is for: ${written} RULE[, RULE] -- reason` });
        } else if (directive.scope === void 0) {
          context.report({
            at: directive.span,
            message: `${written} applies nowhere: put it on its own line at the top of the file, before the first key or header (for the whole file), or right above a later table header (for that table); for one line use # parsl-lint-disable-next-line`
          });
        } else {
          for (const name of directive.rules) {
            if (!name.known) {
              const guess = closestMatch(name.name, ruleIds);
              context.report({
                at: name.span,
                message: `no rule is named "${name.name}"${guess ? `; did you mean "${guess}"?` : ""}`,
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
  if (directive.rules.every((rule48) => rule48.suppressed === 0)) return removeComment(directive, source);
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
var rule20 = defineRule({
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
          message: `${name} is the abstract base class of ${module}, which Python cannot instantiate (TypeError); use one of ${usable.join(", ")}`
        });
        return;
      }
      if (spec) return;
      const failure = `${describeLoader(context.target)} fails with AttributeError: module '${module}' has no attribute '${name}'`;
      const why = wrongModule(context, object.group, bareName) ?? versionChange(context, object.group, bareName);
      if (why) {
        context.report({ at: value, message: `${why}: ${failure}` });
        return;
      }
      const guess = closestMatch(bareName, usable);
      context.report({
        at: value,
        message: `${module} has no class ${name}: ${failure}; ${guess ? `did you mean ${guess}?` : `its classes are ${usable.join(", ") || "none"}`}`,
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
var rule21 = defineRule({
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
        message: `QIIME 2 looks \`class\` up as an attribute of parsl.${object.group}, so "${value.value}" fails with AttributeError: module 'parsl.${object.group}' has no attribute '${value.value}'; write "${bareName}"`,
        fix: { safety: "safe", description: `use the bare name ${bareName}`, edits: [replace(value, tomlBasicString(bareName))] }
      });
    }
  })
});

// rules/test-executor/index.ts
var rule22 = defineRule({
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
        message: `${TEST_EXECUTOR} is a ThreadPoolExecutor that QIIME 2 builds only for its test suite: without the QIIMETEST environment variable, loading this config raises ValueError: Do not instantiate the class '${TEST_EXECUTOR}' when not testing`
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
function sameMeaning(written, renamed) {
  const from = words(written);
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
var rule23 = defineRule({
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
  const why = spec.name === "ThreadPoolExecutor" ? ": it runs tasks in threads of the QIIME 2 process itself. Use HighThroughputExecutor to run on a provider" : "";
  return { message: `${spec.name} takes no provider${why}; ${failure}` };
}
function misplaced(context, spec, entry, object, failure) {
  const relatives = [...object.children, ...object.parent ? [object.parent] : []];
  for (const relative of relatives) {
    const relativeSpec = objectClass(relative, context.target, context.catalog);
    if (!relative.table || !relativeSpec?.params.has(entry.key)) continue;
    const where2 = relative === object.parent ? `the table of the ${relativeSpec.group.replace(/s$/, "")} that holds this \`${object.entry.key}\`` : `its \`${relative.entry.key}\` table`;
    const edits = moveEntryEdits(context.source.text, entry, relative.table);
    return {
      message: `\`${entry.key}\` is a parameter of ${relativeSpec.name}, not of ${spec.name}: it belongs in ${where2}; ${failure}`,
      ...edits && { fix: { safety: "unsafe", description: `move \`${entry.key}\` to ${where2}`, edits } }
    };
  }
  return void 0;
}
function misspelt(spec, entry, siblings, failure) {
  const names = [...spec.params.keys()];
  const guess = closestMatch(entry.key, names);
  if (!guess) return { message: `${spec.name} has no parameter \`${entry.key}\`: ${failure}; its parameters are ${names.join(", ")}` };
  if (!sameMeaning(entry.key, guess)) {
    return { message: `${spec.name} has no parameter \`${entry.key}\`: ${failure}; the nearest name, \`${guess}\`, is for something else; its parameters are ${names.join(", ")}` };
  }
  const contested = [...siblings.keys()].some((key) => key !== entry.key && !spec.params.has(key) && closestMatch(key, names) === guess && sameMeaning(key, guess));
  return {
    message: `${spec.name} has no parameter \`${entry.key}\`: ${failure}; did you mean \`${guess}\`?`,
    ...!siblings.has(guess) && !contested && {
      fix: { safety: "unsafe", description: `rename it to \`${guess}\``, edits: [{ start: entry.keySpan.start, end: entry.keySpan.end, text: guess }] }
    }
  };
}

// rules/missing-parameter/index.ts
var rule24 = defineRule({
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
        message: `${spec.name} requires ${missing.map((name) => `\`${name}\``).join(", ")}: ${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() missing ${missing.length} required argument${missing.length === 1 ? "" : "s"}: ${names}`
      });
    }
  })
});

// rules/parameter-type/index.ts
var rule25 = defineRule({
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
    const keep = param.default === null ? "" : `; leave it out to keep the default ${param.default}`;
    context.report({ at: mismatch.node, message: `${spec.name} declares ${declared}, which takes ${mismatch.unwritable}: no TOML value passes, and ${failure}${keep}` });
    return;
  }
  const where2 = mismatch.node === entry.value ? `\`${entry.key}\`` : `an item of \`${entry.key}\``;
  const conversion = mismatch.node.kind === "scalar" ? convert(mismatch.node, type, inGigabytes(spec.name, entry.key)) : void 0;
  context.report({
    at: mismatch.node,
    message: `${where2} is ${describeNode(mismatch.node)}, but ${spec.name} declares ${declared}: ${failure}${conversion ? `; write ${conversion}` : ""}`,
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
var rule26 = defineRule({
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
    message: `\`${entry.key}\` was ${removed ? "removed from" : "added to"} ${spec.name} ${when}: ${describeLoader(context.target)} fails with TypeError: ${spec.name}.__init__() got an unexpected keyword argument '${entry.key}'` + (rename ? `; parsl ${context.target.parsl} calls it \`${rename}\`` : ""),
    ...rename && !siblings.has(rename) && {
      fix: { safety: "safe", description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] }
    }
  });
}

// rules/deprecated-parameter/index.ts
var rule27 = defineRule({
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
    message: `\`${entry.key}\` of ${spec.name} is deprecated since parsl ${deprecated.release}${deprecated.reference ? ` (${deprecated.reference})` : ""}${rename ? ` in favour of \`${rename}\`` : ""}; ${describeTarget(context.target)} still accepts it with a warning` + (removed ? `, but parsl ${removed.release} removed it${firstRejecting ? ` and QIIME 2 ${firstRejecting.version} is the first release that fails on it` : ""}` : ""),
    ...rename && !siblings.has(rename) && {
      fix: { safety: "safe", description: `rename it to \`${rename}\``, edits: [replace(entry.keySpan, rename)] }
    }
  });
}

// rules/strategy-value/index.ts
var rule28 = defineRule({
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
        message: `parsl has no strategy "${value.value}" (it has ${STRATEGIES.map((name) => `"${name}"`).join(", ")}): ${describeLoader(context.target)} fails with KeyError: '${value.value}' when it starts the pipeline${guess ? `; did you mean "${guess}"?` : ""}`,
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
var rule29 = defineRule({
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
          message: `from QIIME 2 ${FIRST_PER_PLUGIN} every value of executor_mapping must be a table [parsl.executor_mapping.<plugin_id>] of action = "label" pairs: ${describeTarget(context.target)} fails with TypeError: The provided mapping \u2026 does not follow the correct format; move \`${assignment.action.key}\` into the table of its plugin`
        });
      }
    }
  })
});

// rules/ignored-executor-mapping/index.ts
var FIRST_PER_PLUGIN2 = QIIME2_RELEASES.find((release) => release.executorMapping === "per-plugin").version;
var rule30 = defineRule({
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
            message: `${describeTarget(context.target)} reads executor_mapping as action = "label" pairs: it takes \`${plugin.key}\` for an action, so the actions in this table run on "default" (tables per plugin need QIIME 2 ${FIRST_PER_PLUGIN2} or later)`
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
    message: `QIIME 2 ${kind} ids use underscores, so \`${entry.key}\` never matches one and ${kind === "plugin" ? "its actions run" : "the action runs"} on "default"; write \`${id}\``,
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
var rule31 = defineRule({
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
          message: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("max_blocks", max, context.target)}: parsl never runs more than max_blocks blocks, so the minimum can never be kept; lower min_blocks or raise max_blocks`
        });
      } else if (min && init && min.value > init.value) {
        context.report({
          at: anchor(init, min) ?? object.table,
          message: `${describeSetting("min_blocks", min, context.target)} is above ${describeSetting("init_blocks", init, context.target)}: parsl submits init_blocks blocks when it starts, and min_blocks only stops it from scaling in below that number: it never starts blocks to reach it`
        });
      }
      if (init && max && init.value > max.value) {
        context.report({
          at: anchor(init, max) ?? object.table,
          message: `${describeSetting("init_blocks", init, context.target)} is above ${describeSetting("max_blocks", max, context.target)}: parsl submits the initial blocks regardless of max_blocks, so more blocks than the maximum queue up and hold nodes`
        });
      }
      if (parallelism && (parallelism.value < 0 || parallelism.value > 1)) {
        context.report({
          at: parallelism.entry?.keySpan ?? object.table,
          message: `parallelism = ${settingText(parallelism)} is outside [0, 1], the ratio of worker slots to outstanding tasks that parsl scales towards: ` + (parallelism.value > 1 ? "above 1 it asks for more slots than there are tasks, and the extra blocks (up to max_blocks) sit idle" : "below 0 it never adds a block while another one is running or queued")
        });
      }
    }
  })
});
function anchor(first, other) {
  return (first.entry ?? other.entry)?.keySpan;
}

// src/model/launcher.ts
var REACH = /* @__PURE__ */ new Map([
  ["SingleNodeLauncher", "first-node-only"],
  ["SimpleLauncher", "runs-once"],
  ["WrappedLauncher", "runs-once"]
]);
function providerLauncher(provider, catalog) {
  const written = provider.children.find((child) => child.entry.key === "launcher");
  const className = written ? written.className : defaultLauncher(provider, catalog);
  if (className === void 0) return void 0;
  return { className, isDefault: !written, reach: REACH.get(className) ?? "spreads-over-nodes" };
}
function defaultLauncher(provider, catalog) {
  const spec = provider.className ? catalog.lookup("providers", provider.className)?.params.get("launcher") : void 0;
  return spec?.default ? /^(\w+)\(/.exec(spec.default)?.[1] : void 0;
}

// rules/nodes-per-block-below-one/index.ts
var rule32 = defineRule({
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
        message: `nodes_per_block = ${settingText(nodes)}: ${launcher.className} starts tasks_per_node \xD7 nodes_per_block worker pools in a block, here none, so no task sent to this executor ever runs`
      });
    }
  })
});

// rules/launcher-uses-one-node/index.ts
var rule33 = defineRule({
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
      const which = launcher.isDefault ? `${launcher.className} (${object.className}'s default launcher in ${describeTarget(context.target)})` : launcher.className;
      const idle = nodes.value - 1;
      const shown = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: `nodes_per_block = ${shown}, but ${which} ` + (launcher.reach === "first-node-only" ? `starts all ${shown} worker pools on the block's first node, each sized for a whole node: that node runs ${shown} times the workers it has room for ` : "runs the worker command once, on the first node, ") + `while ${idle === 1 ? "the other node" : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : "the other nodes"} of every block sit${idle === 1 ? "s" : ""} idle. Use nodes_per_block = 1 and raise max_blocks, or a launcher that spreads over the nodes (SrunLauncher on Slurm)`
      });
    }
  })
});

// rules/cores-per-node-below-one/index.ts
var rule34 = defineRule({
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
        message: `cores_per_node = ${cpusPerTask} makes parsl write "#SBATCH --cpus-per-task=${cpusPerTask}", which sbatch rejects (sbatch: error: Invalid numeric value "${cpusPerTask}" for --cpus-per-task.): no block is ever submitted`
      });
    }
  })
});

// rules/worker-larger-than-node/index.ts
var rule35 = defineRule({
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
          message: `${perWorker.name} = ${settingText(perWorker.setting)} is more than ${perNode.name} = ${settingText(perNode.setting)}: each worker pool counts ${settingText(perNode.setting)} ${unit} on its node and starts floor(${settingText(perNode.setting)} / ${settingText(perWorker.setting)}) = 0 workers, so the blocks run but no task is ever executed and the pipeline waits forever`
        });
      }
    }
  })
});

// rules/memory-limits-workers/index.ts
var rule36 = defineRule({
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
        message: `only floor(${nodeMemory.name} / ${memPerWorker.name}) = floor(${settingText(nodeMemory.setting)} / ${settingText(memPerWorker.setting)}) = ${byMemory} workers fit in a node's memory, fewer than the ${intended.workers} that ${intended.reason}: parsl starts ${byMemory} per node${idleCores}. Raise ${nodeMemory.name} to ${intended.workers * memPerWorker.setting.value}, or lower ${intended.lower}`
      });
    }
  })
});

// rules/strategy-none-max-blocks/index.ts
var rule37 = defineRule({
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
      const written = JSON.stringify(strategy.value.value);
      for (const executor of config.executors) {
        const provider = executor.provider;
        if (!provider?.table) continue;
        const init = numberSetting(provider, "init_blocks", context.catalog);
        const max = numberSetting(provider, "max_blocks", context.catalog);
        if (!init || !max || max.value <= init.value) continue;
        context.report({
          at: (max.entry ?? init.entry)?.keySpan ?? provider.table,
          message: `with strategy = ${written} parsl submits init_blocks blocks once, when it starts, and never scales, so with ${describeSetting("init_blocks", init, context.target)} and ${describeSetting("max_blocks", max, context.target)} ` + (init.value <= 0 ? "no block ever starts and every task sent to this executor waits forever" : `at most ${settingText(init)} block${init.value === 1 ? "" : "s"} ever run${init.value === 1 ? "s" : ""} and max_blocks is never reached`) + `. Remove strategy (parsl's default "simple" scales up to max_blocks), or set init_blocks = ${settingText(max)}`
        });
      }
    }
  })
});

// rules/exclusive-by-default/index.ts
var rule38 = defineRule({
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
      const directivesFor = (name) => schedulerOptionsDirectives(job, name);
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
        message: `${object.className} adds "#SBATCH --exclusive" unless exclusive = false (its default is true in ${describeTarget(context.target)}), so every block takes whole nodes although this provider asks for ${sizing.join(", ")}. On a shared partition a whole free node can take far longer to come up, and the rest of it sits idle. Set exclusive = false to ask for only what is written here, or exclusive = true if whole nodes are what you want`
      });
    }
  })
});

// rules/exclusive-mem-per-cpu/index.ts
var EXAMPLE_NODE_CPUS = 128;
var rule39 = defineRule({
  meta: {
    id: "exclusive-mem-per-cpu",
    severity: "warning",
    description: "`--mem-per-cpu` in `scheduler_options` of an exclusive Slurm job applies to every CPU of the node.",
    fix: "none"
  },
  create: (context) => ({
    job(job) {
      const object = job.provider;
      const memPerCpu = schedulerOptionsDirectives(job, "mem-per-cpu");
      if (memPerCpu.length === 0 || object.params.has("mem_per_node")) return;
      const exclusive = booleanSetting(object, "exclusive", context.catalog);
      const exclusiveDirective = schedulerOptionsDirectives(job, "exclusive").some((directive) => directive.value === void 0);
      if (exclusive?.value !== true && !exclusiveDirective) return;
      const source = exclusive?.value === true ? `exclusive = true${exclusive.entry ? "" : ` (${object.className}'s default in ${describeTarget(context.target)})`} makes parsl add "#SBATCH --exclusive"` : '"--exclusive" in scheduler_options';
      const cores = numberSetting(object, "cores_per_node", context.catalog);
      for (const directive of memPerCpu) {
        const perCpu = directive.value && parseSlurmMemory(directive.value.text, "mem-per-cpu");
        const sizes = perCpu?.ok === true ? `: on a ${EXAMPLE_NODE_CPUS}-CPU node, for example, ${formatMemory(perCpu.value * EXAMPLE_NODE_CPUS)}` + (cores && cores.value >= 1 ? `, where cores_per_node = ${cores.value} needs ${formatMemory(perCpu.value * cores.value)}` : "") : "";
        const at = job.sourceSpan(directive.span) ?? job.sourceSpan(directive.nameSpan);
        if (!at) continue;
        context.report({
          at,
          message: `${source}, which gives the job every CPU of its node, and --mem-per-cpu applies to each of them${sizes}. sbatch rejects the job when no node has that much memory ("Requested node configuration is not available"), or it waits for the biggest nodes. Set exclusive = false, or ask for memory per node with mem_per_node instead`
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
var rule40 = defineRule({
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
        message: toolchains.length > 0 ? `worker_init loads only ${toolchains.length === 1 ? "the module" : "the modules"} ${toolchains.join(", ")}: a compiler, a bare Python or a module tree, not a QIIME 2 environment; ${CONSEQUENCE}. Load your site's QIIME 2 module (module load qiime2/\u2026) or a conda and activate the environment (module load anaconda3 && conda activate qiime2-amplicon-2024.10)` : `worker_init activates no environment (no conda, mamba or micromamba activate, source, QIIME 2 or conda module, spack load, pixi or PATH change): ${CONSEQUENCE}`
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
var rule41 = defineRule({
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
          message: `"${tool} activate" needs ${tool}'s shell function, and the batch job's non-interactive bash has not loaded it: ${TOOL_FACTS[tool].says}, and the workers start without the environment. Load the hook first: ${TOOL_FACTS[tool].hook}`
        });
      });
    }
  })
});

// src/scheduler/directive-prefixes.ts
var DIRECTIVE_PREFIXES = SCHEDULERS.flatMap(
  (adapter) => adapter.directivePrefix === void 0 ? [] : [{ prefix: adapter.directivePrefix, scheduler: adapter.name }]
);
function directivePrefixOf(line) {
  const text = line.trimStart();
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
function isCommentLine(line) {
  const text = line.trimStart();
  return text.startsWith("#") && !READ_PREFIXES.some((prefix) => text.startsWith(prefix));
}
var rule42 = defineRule({
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
        const key = node.path.findLast((part) => typeof part === "string") ?? "";
        let reportedUpTo = 0;
        for (const found of placeholders(key, node.value)) {
          if (found.start < reportedUpTo) continue;
          reportedUpTo = found.end;
          context.report({
            at: context.locate(node).spanOf(found.start, found.end),
            message: `"${found.text}" is a placeholder left from a template: replace it with your own value. ${consequence(key, found.text)}`
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
    return text.split("\n").flatMap((line) => {
      const range = [start, start + line.length];
      start += line.length + 1;
      return isCommentLine(line) ? [] : [range];
    });
  }
  return [[0, text.length]];
}
function consequence(key, placeholder) {
  if (key === "worker_init" && placeholder.startsWith("<")) {
    return 'bash reads "<\u2026>" as input and output redirections, so this line fails; followed by ";", "&&" or the end of the string it is a syntax error that ends the batch script before any worker starts';
  }
  if (key === "worker_init") return "The batch job runs this command as written, so it fails and the workers start without their environment";
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
var PYTHON_CALL2 = `is Python code, but QIIME 2 passes it to parsl as text and never runs it (and bash would stop at the "(" of the workers' command):`;
var NOT_AN_IP = "is not an IP address:";
function refusal(parsl) {
  return parsl >= FIRST_IP_ONLY ? `from parsl ${FIRST_IP_ONLY} the interchange on this machine refuses it ("does not appear to be an IPv4 or IPv6 address"), so QIIME 2 stops with "Interchange failed to start" after 120 s and submits no job.` : 'the interchange on this machine listens only on an IP address or an interface name (anything else stops QIIME 2 with "Interchange failed to start" after 120 s, before any job is submitted), and the workers connect to address as a host name (an interface name reaches no one).';
}
var INSTEAD = 'Remove address (parsl then offers the workers every address of this machine), or write the IP address this machine has on the network the compute nodes reach, e.g. address = "10.1.0.5"';
var rule43 = defineRule({
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
      const written = `address = ${JSON.stringify(address.value)}`;
      const entry = executor.params.get("address");
      const removal2 = removeEntryLine(context.source.text, entry);
      context.report({
        at: address,
        message: `${written} ${kind === "python-call" ? PYTHON_CALL2 : NOT_AN_IP} ${refusal(context.target.parsl)} ${INSTEAD}`,
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
var rule44 = defineRule({
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
        message: `${param.name} = ${text} counts gigabytes: parsl writes \`${param.written(gb, text)}\`, ${tb < 1e9 ? Math.round(tb) : "billions of"} TB per ${param.per}, which no node has: ${param.refusal}, and no worker runs. ` + (meantInMb ? `If you meant ${text} MB, write ${param.name} = ${Math.floor(tb)}` : `Write the memory of one ${param.per} in GB`),
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
var rule45 = defineRule({
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
        message: `${object.className} has no launcher, so parsl uses its default, AprunLauncher: every batch job starts the workers with aprun, which exists only on Cray systems. Anywhere else the job prints "aprun: command not found", ends at once and no worker connects. Unless this is a Cray, add a launcher table under the provider with class = "SingleNodeLauncher" (one node per block), or "MpiExecLauncher" for nodes_per_block above 1`
      });
    }
  })
});

// rules/unreachable-executor/index.ts
var rule46 = defineRule({
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
          message: `executor "${label.value}" (${executor.provider.className}) is neither labelled "default" nor named in executor_mapping, so QIIME 2 sends it no action: every action runs on "default" (${runsOn}) instead` + (idle > 0 ? `, while "${label.value}" still submits ${idle === 1 ? "a job (init_blocks) that sits" : `${idle} jobs (init_blocks) that sit`} idle. ` : ". ") + `Label this executor "default" (and the other one something else), or map actions to "${label.value}" in executor_mapping`
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
var rule47 = defineRule({
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
        for (const line of node.value.split("\n")) {
          const found = directivePrefixOf(line);
          if (found && !reader.reads.includes(found.prefix)) {
            const indent = line.length - line.trimStart().length;
            context.report({
              at: context.locate(node).spanOf(start + indent, start + line.trimEnd().length),
              message: `${object.className} submits with ${reader.submitCommand}, which does not read ${found.prefix} lines: this ${found.scheduler} directive is a plain comment to it, so what it asks for is lost; ` + (reader.reads.length > 0 ? `write it as a ${reader.reads[0]} directive, or set the provider field that asks for the same` : "write it as a submit command (such as `request_memory = 4GB`) in scheduler_options, or set the provider field that asks for the same")
            });
          }
          start += line.length + 1;
        }
      }
    }
  })
});

// rules/index.ts
var RULES = [
  rule,
  rule2,
  rule3,
  rule4,
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
  rule19,
  rule20,
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
  rule47
];

// src/cli/files.ts
import { stat } from "node:fs/promises";
import path5 from "node:path";

// node_modules/globby/index.js
import process4 from "node:process";
import fs3 from "node:fs";
import nodePath from "node:path";
import { Readable } from "node:stream";

// node_modules/@sindresorhus/merge-streams/index.js
import { on, once } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark } from "node:stream";
import { finished } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted.size) {
    if (ended.size === 0 && aborted.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted, controller: { signal } }) => {
  try {
    await finished(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted, unpipeEvent, controller: { signal } }) => {
  await once(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop);
    stream.destroy(error);
  }
};
var noop = () => {
};
var updateMaxListeners = (passThroughStream, increment) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/globby/index.js
var import_fast_glob3 = __toESM(require_out4(), 1);

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import { fileURLToPath } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath(urlOrPath) : urlOrPath;
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/globby/ignore.js
var import_fast_glob2 = __toESM(require_out4(), 1);
var import_ignore2 = __toESM(require_ignore(), 1);
import process3 from "node:process";
import fs2 from "node:fs";
import fsPromises from "node:fs/promises";
import path3 from "node:path";
import os2 from "node:os";

// node_modules/is-path-inside/index.js
import path from "node:path";
function isPathInside(childPath, parentPath) {
  const relation = path.relative(parentPath, childPath);
  return Boolean(
    relation && relation !== ".." && !relation.startsWith(`..${path.sep}`) && relation !== path.resolve(childPath)
  );
}

// node_modules/slash/index.js
function slash(path9) {
  const isExtendedLengthPath = path9.startsWith("\\\\?\\");
  if (isExtendedLengthPath) {
    return path9;
  }
  return path9.replace(/\\/g, "/");
}

// node_modules/globby/utilities.js
var import_fast_glob = __toESM(require_out4(), 1);
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path2 from "node:path";
import { promisify as promisify2 } from "node:util";
var import_micromatch = __toESM(require_micromatch(), 1);
var isNegativePattern = (pattern) => pattern[0] === "!";
var normalizeAbsolutePatternToRelative = (pattern) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const inner = pattern.slice(1);
  const firstSlashIndex = inner.indexOf("/");
  const firstSegment = firstSlashIndex > 0 ? inner.slice(0, firstSlashIndex) : inner;
  if (firstSlashIndex > 0 && !import_fast_glob.default.isDynamicPattern(firstSegment)) {
    return pattern;
  }
  return inner;
};
var absolutePrefixesMatch = (positivePrefix, negativePrefix) => negativePrefix === positivePrefix;
var getStaticAbsolutePathPrefix = (pattern) => {
  if (!path2.isAbsolute(pattern)) {
    return void 0;
  }
  const staticSegments = [];
  for (const segment of pattern.split("/")) {
    if (!segment) {
      continue;
    }
    if (import_fast_glob.default.isDynamicPattern(segment)) {
      break;
    }
    staticSegments.push(segment);
  }
  return staticSegments.length === 0 ? void 0 : `/${staticSegments.join("/")}`;
};
var normalizeNegativePattern = (pattern, positiveAbsolutePathPrefixes = [], hasRelativePositivePattern = false) => {
  if (!pattern.startsWith("/")) {
    return pattern;
  }
  const normalizedPattern = normalizeAbsolutePatternToRelative(pattern);
  if (normalizedPattern !== pattern) {
    return normalizedPattern;
  }
  if (hasRelativePositivePattern) {
    return pattern.slice(1);
  }
  const negativeAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
  const preserveAsAbsolutePattern = negativeAbsolutePathPrefix !== void 0 && positiveAbsolutePathPrefixes.some((positiveAbsolutePathPrefix) => absolutePrefixesMatch(positiveAbsolutePathPrefix, negativeAbsolutePathPrefix));
  return preserveAsAbsolutePattern ? pattern : pattern.slice(1);
};
var bindFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  return typeof method === "function" ? method.bind(object) : void 0;
};
var promisifyFsMethod = (object, methodName) => {
  const method = object?.[methodName];
  if (typeof method !== "function") {
    return void 0;
  }
  return promisify2(method.bind(object));
};
var normalizeDirectoryPatternForFastGlob = (pattern) => {
  if (!pattern.endsWith("/")) {
    return pattern;
  }
  const trimmedPattern = pattern.replace(/\/+$/u, "");
  if (!trimmedPattern) {
    return "/**";
  }
  if (trimmedPattern === "**") {
    return "**/**";
  }
  const hasLeadingSlash = trimmedPattern.startsWith("/");
  const patternBody = hasLeadingSlash ? trimmedPattern.slice(1) : trimmedPattern;
  const hasInnerSlash = patternBody.includes("/");
  const needsRecursivePrefix = !hasLeadingSlash && !hasInnerSlash && !trimmedPattern.startsWith("**/");
  const recursivePrefix = needsRecursivePrefix ? "**/" : "";
  return `${recursivePrefix}${trimmedPattern}/**`;
};
var getParentDirectoryPrefix = (pattern) => {
  const normalizedPattern = isNegativePattern(pattern) ? pattern.slice(1) : pattern;
  const match = normalizedPattern.match(/^(\.\.\/)+/);
  return match ? match[0] : "";
};
var adjustIgnorePatternsForParentDirectories = (patterns, ignorePatterns) => {
  if (patterns.length === 0 || ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const parentPrefixes = patterns.map((pattern) => getParentDirectoryPrefix(pattern));
  const firstPrefix = parentPrefixes[0];
  if (!firstPrefix) {
    return ignorePatterns;
  }
  const allSamePrefix = parentPrefixes.every((prefix) => prefix === firstPrefix);
  if (!allSamePrefix) {
    return ignorePatterns;
  }
  return ignorePatterns.map((pattern) => {
    if (pattern.startsWith("**/") && !pattern.startsWith("../")) {
      return firstPrefix + pattern;
    }
    return pattern;
  });
};
var getAsyncStatMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "stat") ?? bindFsMethod(fs.promises, "stat");
var getStatSyncMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation, "statSync");
  }
  return bindFsMethod(fs, "statSync");
};
var pathHasGitDirectory = (stats) => Boolean(stats?.isDirectory?.() || stats?.isFile?.());
var buildPathChain = (startPath, rootPath) => {
  const chain = [];
  let currentPath = startPath;
  chain.push(currentPath);
  while (currentPath !== rootPath) {
    const parentPath = path2.dirname(currentPath);
    if (parentPath === currentPath) {
      break;
    }
    currentPath = parentPath;
    chain.push(currentPath);
  }
  return chain;
};
var findGitRootInChain = async (paths, statMethod) => {
  for (const directory of paths) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = await statMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSyncUncached = (cwd, fsImplementation) => {
  const statSyncMethod = getStatSyncMethod(fsImplementation);
  if (!statSyncMethod) {
    return void 0;
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  for (const directory of chain) {
    const gitPath = path2.join(directory, ".git");
    try {
      const stats = statSyncMethod(gitPath);
      if (pathHasGitDirectory(stats)) {
        return directory;
      }
    } catch {
    }
  }
  return void 0;
};
var findGitRootSync = (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootSyncUncached(cwd, fsImplementation);
};
var findGitRootAsyncUncached = async (cwd, fsImplementation) => {
  const statMethod = getAsyncStatMethod(fsImplementation);
  if (!statMethod) {
    return findGitRootSync(cwd, fsImplementation);
  }
  const currentPath = path2.resolve(cwd);
  const { root } = path2.parse(currentPath);
  const chain = buildPathChain(currentPath, root);
  return findGitRootInChain(chain, statMethod);
};
var findGitRoot = async (cwd, fsImplementation) => {
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  return findGitRootAsyncUncached(cwd, fsImplementation);
};
var isWithinGitRoot = (gitRoot, cwd) => {
  const resolvedGitRoot = path2.resolve(gitRoot);
  const resolvedCwd = path2.resolve(cwd);
  return resolvedCwd === resolvedGitRoot || isPathInside(resolvedCwd, resolvedGitRoot);
};
var getParentGitignorePaths = (gitRoot, cwd) => {
  if (gitRoot && typeof gitRoot !== "string") {
    throw new TypeError("gitRoot must be a string or undefined");
  }
  if (typeof cwd !== "string") {
    throw new TypeError("cwd must be a string");
  }
  if (!gitRoot) {
    return [];
  }
  if (!isWithinGitRoot(gitRoot, cwd)) {
    return [];
  }
  const chain = buildPathChain(path2.resolve(cwd), path2.resolve(gitRoot));
  return [...chain].reverse().map((directory) => path2.join(directory, ".gitignore"));
};
var GITIGNORE_WILDCARDS = /(?<!\\)[*?[]/u;
var hasGitignoreWildcards = (value) => GITIGNORE_WILDCARDS.test(value);
var MICROMATCH_ONLY_SYNTAX = /[(){}|\\]/u;
var unescapeGitignorePattern = (value) => value.replaceAll(/\\(.)/gu, "$1");
var normalizeGitignorePatternForIgnore = (value) => value.replaceAll(/\\(.)/gu, (match, character) => "*[]\\".includes(character) ? match : character);
var toLiteralPattern = (value) => import_fast_glob.default.escapePath(unescapeGitignorePattern(value));
var finalSegment = (value) => value.replace(/\/+$/u, "").split("/").pop();
var toStandaloneRule = (value) => value.replace(/^([#!])/u, String.raw`\$1`);
var isInsideCwd = (relativePath) => relativePath !== "" && !relativePath.startsWith("..") && !path2.isAbsolute(relativePath);
var anchorToCwd = (directory, body, cwd) => {
  const relativePath = slash(path2.relative(cwd, path2.join(directory, body)));
  return isInsideCwd(relativePath) ? relativePath : void 0;
};
var createNameComparer = () => {
  const nameMatchers = /* @__PURE__ */ new Map();
  const matchesName = (pattern, name) => {
    const namePath = unescapeGitignorePattern(name);
    if (!(0, import_ignore.isPathValid)(namePath)) {
      return true;
    }
    const normalizedPattern = normalizeGitignorePatternForIgnore(pattern);
    let nameMatcher = nameMatchers.get(normalizedPattern);
    if (!nameMatcher) {
      nameMatcher = (0, import_ignore.default)().add([toStandaloneRule(normalizedPattern)]);
      nameMatchers.set(normalizedPattern, nameMatcher);
    }
    return nameMatcher.ignores(namePath);
  };
  return (pattern, name) => {
    if (hasGitignoreWildcards(pattern) && hasGitignoreWildcards(name)) {
      return true;
    }
    return hasGitignoreWildcards(name) ? matchesName(name, pattern) : matchesName(pattern, name);
  };
};
var getNegationFinalSegments = (rules) => rules.filter((rule48) => isNegativePattern(rule48.pattern)).map((rule48) => finalSegment(rule48.pattern.slice(1))).filter(Boolean);
var negationsCouldRescue = (rules, names) => {
  if (names.length === 0) {
    return false;
  }
  const couldNameTheSamePath = createNameComparer();
  return getNegationFinalSegments(rules).some((negation) => names.some((name) => couldNameTheSamePath(name, negation)));
};
var expandBraceGroups = (pattern) => {
  if (!pattern.includes("{")) {
    return [pattern];
  }
  const expandedPatterns = import_fast_glob.default.generateTasks(pattern).flatMap((task) => task.patterns);
  return expandedPatterns.length > 0 ? expandedPatterns : [pattern];
};
var convertIgnorePatternsForIgnoreFileSearch = (ignorePatterns, searchPatterns) => {
  if (ignorePatterns.length === 0) {
    return ignorePatterns;
  }
  const couldNameTheSamePath = createNameComparer();
  const expandedSearchPatterns = searchPatterns.flatMap((pattern) => expandBraceGroups(pattern));
  if (expandedSearchPatterns.some((pattern) => MICROMATCH_ONLY_SYNTAX.test(pattern.slice(0, pattern.lastIndexOf("/") + 1)))) {
    return [];
  }
  const ignoreFileNames = expandedSearchPatterns.map((pattern) => finalSegment(pattern)).filter(Boolean);
  const couldNameAnIgnoreFile = (pattern) => {
    const name = finalSegment(pattern.replace(/\/\*\*$/u, ""));
    if (!name || MICROMATCH_ONLY_SYNTAX.test(name)) {
      return true;
    }
    return ignoreFileNames.some((ignoreFileName) => MICROMATCH_ONLY_SYNTAX.test(ignoreFileName) ? hasGitignoreWildcards(name) || import_micromatch.default.isMatch(unescapeGitignorePattern(name), ignoreFileName, { dot: true, nocase: true }) : couldNameTheSamePath(name, ignoreFileName));
  };
  return ignorePatterns.filter((pattern) => !expandBraceGroups(pattern).some((expanded) => couldNameAnIgnoreFile(expanded)));
};
var getRulePrune = ({ pattern, directory }, { cwd, matcher, hasNegations, canSkipAtAnyDepth, canMatchIgnoreFile, gitignoreOnlySearch }) => {
  if (isNegativePattern(pattern)) {
    return void 0;
  }
  const isDirectoryPattern = pattern.endsWith("/");
  const clean = pattern.replace(/\/+$/u, "");
  if (!clean) {
    return void 0;
  }
  const body = clean.startsWith("**/") && !clean.slice(3).includes("/") ? clean.slice(3) : clean;
  if (canMatchIgnoreFile(finalSegment(body))) {
    return void 0;
  }
  const isGlob = hasGitignoreWildcards(body);
  if (isGlob && MICROMATCH_ONLY_SYNTAX.test(body)) {
    return void 0;
  }
  const toFastGlob = (value) => normalizeDirectoryPatternForFastGlob(`/${value}${isDirectoryPattern ? "/" : ""}`).replace(/^\//u, "");
  if (!body.includes("/") && canSkipAtAnyDepth(body)) {
    const relativeDirectory = slash(path2.relative(cwd, directory));
    const prefix = isInsideCwd(relativeDirectory) ? `${import_fast_glob.default.escapePath(relativeDirectory)}/` : "";
    return { pattern: toFastGlob(`${prefix}**/${isGlob ? body : toLiteralPattern(body)}`), guardName: body };
  }
  const anchoredBody = body.replace(/^\//u, "");
  const target = anchorToCwd(directory, isGlob ? anchoredBody : unescapeGitignorePattern(anchoredBody), cwd);
  if (target === void 0) {
    return void 0;
  }
  const guardName = finalSegment(anchoredBody);
  if (isGlob) {
    return hasNegations ? void 0 : { pattern: toFastGlob(target), guardName };
  }
  if (!matcher(path2.resolve(cwd, target) + path2.sep).ignored) {
    return void 0;
  }
  const needsGuard = !gitignoreOnlySearch || target.includes("/");
  return {
    pattern: toFastGlob(import_fast_glob.default.escapePath(target)),
    guardName: needsGuard ? guardName : void 0
  };
};
var buildPrunePatternsAndGuards = (rules, matcher, cwd, { gitignoreOnlySearch = false, searchesForGitignoreFiles = false } = {}) => {
  if (!matcher || !cwd || !rules || rules.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const negationNames = getNegationFinalSegments(rules);
  const couldNameTheSamePath = createNameComparer();
  const context = {
    cwd,
    matcher,
    hasNegations: negationNames.length > 0,
    canSkipAtAnyDepth: (pattern) => !negationNames.some((name) => couldNameTheSamePath(pattern, name)),
    canMatchIgnoreFile: (pattern) => searchesForGitignoreFiles && couldNameTheSamePath(pattern, ".gitignore"),
    gitignoreOnlySearch
  };
  const patterns = [];
  const guardNames = [];
  for (const rule48 of rules) {
    const prune = getRulePrune(rule48, context);
    if (!prune) {
      continue;
    }
    patterns.push(prune.pattern);
    if (prune.guardName !== void 0) {
      guardNames.push(prune.guardName);
    }
  }
  return { patterns, guardNames };
};
var convertPatternsForFastGlob = (rules, matcher, cwd) => buildPrunePatternsAndGuards(rules, matcher, cwd).patterns;

// node_modules/globby/ignore.js
var defaultIgnoredDirectories = [
  "**/node_modules",
  "**/flow-typed",
  "**/coverage",
  "**/.git"
];
var ignoreFilesGlobOptions = {
  absolute: true,
  dot: true
};
var GITIGNORE_FILES_PATTERN = "**/.gitignore";
var MAX_INCLUDE_DEPTH = 10;
var getReadFileMethod = (fsImplementation) => bindFsMethod(fsImplementation?.promises, "readFile") ?? bindFsMethod(fsPromises, "readFile") ?? promisifyFsMethod(fsImplementation, "readFile");
var getReadFileSyncMethod = (fsImplementation) => bindFsMethod(fsImplementation, "readFileSync") ?? bindFsMethod(fs2, "readFileSync");
var shouldSkipIgnoreFileError = (error, suppressErrors) => {
  if (!error) {
    return Boolean(suppressErrors);
  }
  if (error.code === "ENOENT" || error.code === "ENOTDIR") {
    return true;
  }
  return Boolean(suppressErrors);
};
var createReadError = (kind, filePath, error) => {
  const prefix = `Failed to read ${kind} at ${filePath}`;
  if (error instanceof Error) {
    return new Error(`${prefix}: ${error.message}`, { cause: error });
  }
  return new Error(`${prefix}: ${String(error)}`);
};
var createIgnoreFileReadError = (filePath, error) => createReadError("ignore file", filePath, error);
var createGitConfigReadError = (filePath, error) => createReadError("git config", filePath, error);
var processIgnoreFileCore = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var readIgnoreFilesSafely = async (paths, readFileMethod, suppressErrors) => {
  const fileResults = await Promise.all(paths.map(async (filePath) => {
    try {
      const content = await readFileMethod(filePath, "utf8");
      return { filePath, content };
    } catch (error) {
      if (shouldSkipIgnoreFileError(error, suppressErrors)) {
        return void 0;
      }
      throw createIgnoreFileReadError(filePath, error);
    }
  }));
  return fileResults.filter(Boolean);
};
var readIgnoreFilesSafelySync = (paths, readFileSyncMethod, suppressErrors) => paths.map((filePath) => processIgnoreFileCore(filePath, readFileSyncMethod, suppressErrors)).filter(Boolean);
var dedupePaths = (paths) => {
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((filePath) => {
    if (seen.has(filePath)) {
      return false;
    }
    seen.add(filePath);
    return true;
  });
};
var globIgnoreFiles = (globFunction, patterns, normalizedOptions) => globFunction(patterns, {
  ...normalizedOptions,
  ...ignoreFilesGlobOptions
  // Must be last to ensure absolute/dot flags stick
});
var normalizeIgnoreFileLine = (line) => {
  line = line.replace(/^\uFEFF/u, "");
  let whitespaceStart = line.length;
  while (whitespaceStart > 0 && /\s/u.test(line[whitespaceStart - 1])) {
    whitespaceStart--;
  }
  if (whitespaceStart === line.length) {
    return line;
  }
  let backslashCount = 0;
  for (let index = whitespaceStart - 1; index >= 0 && line[index] === "\\"; index--) {
    backslashCount++;
  }
  return backslashCount % 2 === 1 ? line.slice(0, whitespaceStart) + " " : line.slice(0, whitespaceStart);
};
var readIgnoreFileLines = (content) => content.split(/\r?\n/).map((line) => normalizeIgnoreFileLine(line)).filter((line) => line && !line.startsWith("#"));
var getIgnoreRules = (files) => files.flatMap((file) => {
  const directory = path3.dirname(file.filePath);
  return readIgnoreFileLines(file.content).map((pattern) => ({ pattern, directory }));
});
var buildIgnoreResult = (files, normalizedOptions, gitRoot) => {
  const baseDir = gitRoot || normalizedOptions.cwd;
  const patterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(patterns, normalizedOptions.cwd, baseDir);
  return {
    patterns,
    rules: getIgnoreRules(files),
    matcher,
    predicate: (fileOrDirectory) => matcher(fileOrDirectory).ignored,
    usingGitRoot: Boolean(gitRoot && gitRoot !== normalizedOptions.cwd)
  };
};
var applyBaseToPattern = (pattern, base) => {
  if (!base) {
    return pattern;
  }
  const isNegative = isNegativePattern(pattern);
  const cleanPattern = isNegative ? pattern.slice(1) : pattern;
  const slashIndex = cleanPattern.indexOf("/");
  const hasNonTrailingSlash = slashIndex !== -1 && slashIndex !== cleanPattern.length - 1;
  let result;
  if (!hasNonTrailingSlash) {
    result = path3.posix.join(base, "**", cleanPattern);
  } else if (cleanPattern.startsWith("/")) {
    result = path3.posix.join(base, cleanPattern.slice(1));
  } else {
    result = path3.posix.join(base, cleanPattern);
  }
  return isNegative ? "!" + result : result;
};
var parseIgnoreFile = (file, cwd) => {
  const base = slash(path3.relative(cwd, path3.dirname(file.filePath)));
  return readIgnoreFileLines(file.content).map((pattern) => applyBaseToPattern(pattern, base));
};
var toRelativePath = (fileOrDirectory, cwd) => {
  if (path3.isAbsolute(fileOrDirectory)) {
    const relativePath = path3.relative(cwd, fileOrDirectory);
    if (relativePath && !isPathInside(fileOrDirectory, cwd)) {
      return void 0;
    }
    return relativePath;
  }
  if (fileOrDirectory.startsWith("./")) {
    return fileOrDirectory.slice(2);
  }
  if (fileOrDirectory.startsWith("../")) {
    return void 0;
  }
  return fileOrDirectory;
};
var notIgnored = { ignored: false, unignored: false };
var createIgnoreMatcher = (patterns, cwd, baseDir) => {
  const ignores = (0, import_ignore2.default)().add(patterns);
  const resolvedCwd = path3.normalize(path3.resolve(cwd));
  const resolvedBaseDir = path3.normalize(path3.resolve(baseDir));
  return (fileOrDirectory) => {
    fileOrDirectory = toPath(fileOrDirectory);
    const hasTrailingSeparator = /[/\\]$/.test(fileOrDirectory);
    const normalizedPath = path3.normalize(path3.resolve(fileOrDirectory));
    if (normalizedPath === resolvedCwd) {
      return notIgnored;
    }
    let relativePath = toRelativePath(fileOrDirectory, resolvedBaseDir);
    if (relativePath === void 0) {
      return notIgnored;
    }
    if (!relativePath) {
      return notIgnored;
    }
    if (hasTrailingSeparator && !relativePath.endsWith(path3.sep)) {
      relativePath += path3.sep;
    }
    return ignores.test(slash(relativePath));
  };
};
var normalizeOptions = (options = {}) => {
  const ignoreOption = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  const cwd = toPath(options.cwd) ?? process3.cwd();
  const deep = typeof options.deep === "number" ? Math.max(0, options.deep) + 1 : Number.POSITIVE_INFINITY;
  return {
    cwd,
    suppressErrors: options.suppressErrors ?? false,
    deep,
    ignore: [...ignoreOption, ...defaultIgnoredDirectories],
    followSymbolicLinks: options.followSymbolicLinks ?? true,
    concurrency: options.concurrency,
    throwErrorOnBrokenSymbolicLink: options.throwErrorOnBrokenSymbolicLink ?? false,
    fs: options.fs
  };
};
var unescapeGitQuotedValue = (value) => value.replaceAll(/\\(["\\abfnrtv])/g, (_match, escapedCharacter) => {
  switch (escapedCharacter) {
    case "a": {
      return "\x07";
    }
    case "b": {
      return "\b";
    }
    case "f": {
      return "\f";
    }
    case "n": {
      return "\n";
    }
    case "r": {
      return "\r";
    }
    case "t": {
      return "	";
    }
    case "v": {
      return "\v";
    }
    default: {
      return escapedCharacter;
    }
  }
});
var parseGitConfigValue = (value) => {
  const trimmedValue = value.trim();
  const quotedMatch = trimmedValue.match(/^"((?:[^"\\]|\\.)*)"\s*(?:[#;].*)?$/);
  if (quotedMatch) {
    return unescapeGitQuotedValue(quotedMatch[1]);
  }
  return trimmedValue.replace(/\s[#;].*$/, "").trim();
};
var resolveConfigPath = (filePath, configPath) => {
  if (configPath.startsWith("~/")) {
    const homeDirectory = os2.homedir();
    const resolved = path3.join(homeDirectory, configPath.slice(2));
    if (!isPathInside(resolved, homeDirectory)) {
      return path3.join(homeDirectory, ".globby-invalid-path-traversal");
    }
    return resolved;
  }
  if (path3.isAbsolute(configPath)) {
    return configPath;
  }
  return path3.resolve(path3.dirname(filePath), configPath);
};
var parseGitConfigSection = (line) => {
  if (!line.startsWith("[")) {
    return void 0;
  }
  let inQuotes = false;
  let isEscaped = false;
  for (let index = 1; index < line.length; index++) {
    const character = line[index];
    if (isEscaped) {
      isEscaped = false;
      continue;
    }
    if (character === "\\") {
      isEscaped = true;
      continue;
    }
    if (character === '"') {
      inQuotes = !inQuotes;
      continue;
    }
    if (character === "]" && !inQuotes) {
      const remainder = line.slice(index + 1).trimStart();
      if (remainder && !remainder.startsWith("#") && !remainder.startsWith(";")) {
        return void 0;
      }
      return line.slice(1, index).trim();
    }
  }
  return void 0;
};
var parseGitConfigEntry = (line) => {
  const match = line.match(/^([A-Za-z\d-.]+)\s*=\s*(.*)$/);
  if (!match) {
    return void 0;
  }
  return {
    key: match[1].toLowerCase(),
    value: parseGitConfigValue(match[2])
  };
};
var parseIncludeIfCondition = (section) => {
  if (!section) {
    return void 0;
  }
  const match = section.match(/^includeif\s+"([^"]+)"$/i);
  return match ? match[1] : void 0;
};
var normalizeGitConfigConditionPattern = (pattern, configFilePath) => {
  if (pattern.startsWith("~/")) {
    pattern = path3.join(os2.homedir(), pattern.slice(2));
  } else if (pattern.startsWith("./")) {
    pattern = path3.resolve(path3.dirname(configFilePath), pattern.slice(2));
  } else if (!path3.isAbsolute(pattern)) {
    pattern = `**/${pattern}`;
  }
  if (pattern.endsWith("/")) {
    pattern += "**";
  }
  return slash(pattern);
};
var gitConfigGlobToRegex = (pattern, flags) => {
  let regex = "";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    const nextCharacter = pattern[index + 1];
    const nextNextCharacter = pattern[index + 2];
    if (character === "*" && nextCharacter === "*" && nextNextCharacter === "/") {
      regex += "(?:.*/)?";
      index += 2;
      continue;
    }
    if (character === "*" && nextCharacter === "*") {
      regex += ".*";
      index += 1;
      continue;
    }
    if (character === "*") {
      regex += "[^/]*";
      continue;
    }
    if (character === "?") {
      regex += "[^/]";
      continue;
    }
    if (character === "[") {
      const closingBracketIndex = pattern.indexOf("]", index + 1);
      if (closingBracketIndex !== -1) {
        const bracketContent = pattern.slice(index + 1, closingBracketIndex);
        if (bracketContent) {
          const negatedBracketContent = bracketContent[0] === "!" ? `^${bracketContent.slice(1)}` : bracketContent;
          regex += `[${negatedBracketContent}]`;
          index = closingBracketIndex;
          continue;
        }
      }
    }
    regex += /[|\\{}()[\]^$+?.]/.test(character) ? `\\${character}` : character;
  }
  try {
    return new RegExp(`^${regex}$`, flags);
  } catch {
    return /(?!)/;
  }
};
var matchesIncludeIfCondition = (condition, gitDirectory, configFilePath) => {
  if (!gitDirectory) {
    return false;
  }
  const match = condition.match(/^(gitdir|gitdir\/i):(.*)$/i);
  if (!match) {
    return false;
  }
  const [, keyword, rawPattern] = match;
  const pattern = normalizeGitConfigConditionPattern(rawPattern.trim(), configFilePath);
  const isCaseInsensitive = keyword.toLowerCase() === "gitdir/i";
  const regularExpression = gitConfigGlobToRegex(pattern, isCaseInsensitive ? "i" : void 0);
  const normalizedGitDirectory = slash(path3.resolve(gitDirectory));
  return regularExpression.test(normalizedGitDirectory);
};
var shouldIncludeConfigSection = (section, gitDirectory, configFilePath) => {
  if (section?.toLowerCase() === "include") {
    return true;
  }
  const condition = parseIncludeIfCondition(section);
  return condition ? matchesIncludeIfCondition(condition, gitDirectory, configFilePath) : false;
};
var createExcludesFileValue = (value, declaringFilePath) => ({
  value,
  declaringFilePath
});
var parseGitConfigForExcludesFile = (content, normalizedPath, gitDirectory) => {
  let currentSection;
  let excludesFile;
  const includePaths = [];
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      continue;
    }
    if (trimmed.startsWith("[")) {
      currentSection = parseGitConfigSection(trimmed);
      continue;
    }
    const entry = parseGitConfigEntry(trimmed);
    if (!entry) {
      continue;
    }
    if (currentSection?.toLowerCase() === "core" && entry.key === "excludesfile") {
      excludesFile = createExcludesFileValue(entry.value, normalizedPath);
      continue;
    }
    if (shouldIncludeConfigSection(currentSection, gitDirectory, normalizedPath) && entry.key === "path" && entry.value) {
      includePaths.push(resolveConfigPath(normalizedPath, entry.value));
    }
  }
  return { excludesFile, includePaths };
};
var readGitConfigFile = (normalizedPath, readMethod, suppressErrors) => {
  try {
    return readMethod(normalizedPath, "utf8");
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
};
var getExcludesFileFromGitConfigSync = (filePath, readFileSync, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  const content = readGitConfigFile(normalizedPath, readFileSync, suppressErrors);
  if (content === void 0) {
    includeStack.delete(normalizedPath);
    return void 0;
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = getExcludesFileFromGitConfigSync(includePath, readFileSync, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var getExcludesFileFromGitConfigAsync = async (filePath, readFile2, gitDirectory, options = {}) => {
  const { suppressErrors, includeStack = /* @__PURE__ */ new Set(), depth = 0 } = options;
  const normalizedPath = path3.resolve(filePath);
  if (includeStack.has(normalizedPath)) {
    return void 0;
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    return void 0;
  }
  includeStack.add(normalizedPath);
  let content;
  try {
    content = await readFile2(normalizedPath, "utf8");
  } catch (error) {
    includeStack.delete(normalizedPath);
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createGitConfigReadError(normalizedPath, error);
  }
  let { excludesFile, includePaths } = parseGitConfigForExcludesFile(content, normalizedPath, gitDirectory);
  for (const includePath of includePaths) {
    const includedExcludesFile = await getExcludesFileFromGitConfigAsync(includePath, readFile2, gitDirectory, { suppressErrors, includeStack, depth: depth + 1 });
    if (includedExcludesFile !== void 0) {
      excludesFile = includedExcludesFile;
    }
  }
  includeStack.delete(normalizedPath);
  return excludesFile;
};
var resolveGitDirectoryFromFile = (gitFilePath, content) => {
  const match = content.match(/^gitdir:\s*(.+?)\s*$/i);
  if (!match) {
    return gitFilePath;
  }
  return path3.resolve(path3.dirname(gitFilePath), match[1]);
};
var getGitDirectorySync = (gitRoot, readFileSync) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, readFileSync(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getGitDirectoryAsync = async (gitRoot, readFile2) => {
  if (!gitRoot) {
    return void 0;
  }
  const gitFilePath = path3.join(gitRoot, ".git");
  try {
    return resolveGitDirectoryFromFile(gitFilePath, await readFile2(gitFilePath, "utf8"));
  } catch {
    return gitFilePath;
  }
};
var getXdgConfigHome = () => process3.env.XDG_CONFIG_HOME || path3.join(os2.homedir(), ".config");
var getGitConfigPaths = () => {
  if ("GIT_CONFIG_GLOBAL" in process3.env) {
    const value = process3.env.GIT_CONFIG_GLOBAL;
    return value ? [value] : [];
  }
  return [
    path3.join(getXdgConfigHome(), "git", "config"),
    path3.join(os2.homedir(), ".gitconfig")
  ];
};
var getDefaultGlobalGitignorePath = () => path3.join(getXdgConfigHome(), "git", "ignore");
var resolveExcludesFilePath = (excludesFileConfig) => {
  if (excludesFileConfig?.value === "") {
    return void 0;
  }
  if (excludesFileConfig === void 0) {
    return getDefaultGlobalGitignorePath();
  }
  return resolveConfigPath(excludesFileConfig.declaringFilePath, excludesFileConfig.value);
};
var readGlobalGitignoreContent = (filePath, readMethod, suppressErrors) => {
  try {
    const content = readMethod(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var getGlobalGitignoreFile = (options = {}) => {
  const cwd = toPath(options.cwd) ?? process3.cwd();
  const readFileSync = getReadFileSyncMethod(options.fs);
  const gitRoot = findGitRootSync(cwd, options.fs);
  const gitDirectory = getGitDirectorySync(gitRoot, readFileSync);
  let excludesFileConfig;
  for (const gitConfigPath of getGitConfigPaths()) {
    const value = getExcludesFileFromGitConfigSync(gitConfigPath, readFileSync, gitDirectory, { suppressErrors: options.suppressErrors });
    if (value !== void 0) {
      excludesFileConfig = value;
    }
  }
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  return filePath === void 0 ? void 0 : readGlobalGitignoreContent(filePath, readFileSync, options.suppressErrors);
};
var getGlobalGitignoreFileAsync = async (options = {}) => {
  const cwd = toPath(options.cwd) ?? process3.cwd();
  const readFile2 = getReadFileMethod(options.fs);
  const gitRoot = await findGitRoot(cwd, options.fs);
  const gitDirectory = await getGitDirectoryAsync(gitRoot, readFile2);
  const excludesFileValues = await Promise.all(getGitConfigPaths().map((gitConfigPath) => getExcludesFileFromGitConfigAsync(
    gitConfigPath,
    readFile2,
    gitDirectory,
    { suppressErrors: options.suppressErrors }
  )));
  const excludesFileConfig = excludesFileValues.findLast((value) => value !== void 0);
  const filePath = resolveExcludesFilePath(excludesFileConfig);
  if (filePath === void 0) {
    return void 0;
  }
  try {
    const content = await readFile2(filePath, "utf8");
    return { filePath, content };
  } catch (error) {
    if (shouldSkipIgnoreFileError(error, options.suppressErrors)) {
      return void 0;
    }
    throw createIgnoreFileReadError(filePath, error);
  }
};
var buildGlobalMatcher = (globalIgnoreFile, cwd, rootDirectory = cwd) => {
  const patterns = parseIgnoreFile(globalIgnoreFile, path3.dirname(globalIgnoreFile.filePath));
  return createIgnoreMatcher(patterns, cwd, rootDirectory);
};
var getKnownIgnoreFilePaths = (patterns, normalizedOptions, gitRoot) => {
  const searchPatterns = [patterns].flat();
  const isGitignoreSearch = searchPatterns.includes(GITIGNORE_FILES_PATTERN);
  if (!isGitignoreSearch) {
    return [];
  }
  return gitRoot ? getParentGitignorePaths(gitRoot, normalizedOptions.cwd) : [path3.join(normalizedOptions.cwd, ".gitignore")];
};
var getKnownIgnoreFileSearchOptions = (patterns, normalizedOptions) => ({
  ...normalizedOptions,
  ignore: [
    ...normalizedOptions.ignore,
    // Keep negative search patterns active when the known candidates are matched independently.
    ...[patterns].flat().filter((pattern) => isNegativePattern(pattern)).map((pattern) => pattern.slice(1))
  ]
});
var getKnownIgnoreFilePattern = (filePath, cwd) => {
  const pattern = isPathInside(filePath, cwd) ? path3.relative(cwd, filePath) : filePath;
  return import_fast_glob2.default.convertPathToPattern(pattern);
};
var getMatchingKnownIgnoreFilePaths = (knownPaths, matchingPaths) => {
  const matchingPathSet = new Set(matchingPaths.map((filePath) => path3.resolve(filePath)));
  return knownPaths.filter((filePath) => matchingPathSet.has(path3.resolve(filePath)));
};
var globKnownIgnoreFilePaths = (globFunction, knownPaths, patterns, normalizedOptions) => {
  if (knownPaths.length === 0) {
    return [];
  }
  return globIgnoreFiles(
    globFunction,
    knownPaths.map((filePath) => getKnownIgnoreFilePattern(filePath, normalizedOptions.cwd)),
    getKnownIgnoreFileSearchOptions(patterns, normalizedOptions)
  );
};
var filterKnownIgnoreFilePathsAsync = async (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = await globKnownIgnoreFilePaths(import_fast_glob2.default, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var filterKnownIgnoreFilePathsSync = (knownPaths, patterns, normalizedOptions) => {
  const matchingPaths = globKnownIgnoreFilePaths(import_fast_glob2.default.sync, knownPaths, patterns, normalizedOptions);
  return getMatchingKnownIgnoreFilePaths(knownPaths, matchingPaths);
};
var getIgnoreFileSearchPrune = (searchPatterns, files, normalizedOptions, gitRoot) => {
  if (files.length === 0) {
    return { patterns: [], guardNames: [] };
  }
  const { cwd } = normalizedOptions;
  const baseDir = gitRoot || cwd;
  const ignorePatterns = getPatternsFromIgnoreFiles(files, baseDir);
  const matcher = createIgnoreMatcher(ignorePatterns, cwd, baseDir);
  const searchPatternsArray = [searchPatterns].flat();
  const gitignoreOnlySearch = searchPatternsArray.every((pattern) => pattern === GITIGNORE_FILES_PATTERN);
  const searchesForGitignoreFiles = searchPatternsArray.includes(GITIGNORE_FILES_PATTERN);
  return buildPrunePatternsAndGuards(getIgnoreRules(files), matcher, cwd, { gitignoreOnlySearch, searchesForGitignoreFiles });
};
var withPrunedSearch = (normalizedOptions, prunePatterns) => prunePatterns.length === 0 ? normalizedOptions : { ...normalizedOptions, ignore: [...normalizedOptions.ignore, ...prunePatterns] };
var getUnreadPaths = (childPaths, knownPaths) => {
  const alreadyRead = new Set(knownPaths.map((filePath) => path3.resolve(filePath)));
  return dedupePaths(childPaths).filter((filePath) => !alreadyRead.has(path3.resolve(filePath)));
};
var collectIgnoreFileArtifactsAsync = async (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileMethod = getReadFileMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? await findGitRoot(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = await filterKnownIgnoreFilePathsAsync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = await readIgnoreFilesSafely(knownPaths, readFileMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = await readIgnoreFilesSafely(getUnreadPaths(childPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = await globIgnoreFiles(import_fast_glob2.default, patterns, normalizedOptions);
    childFiles = await readIgnoreFilesSafely(getUnreadPaths(allPaths, knownPaths), readFileMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var collectIgnoreFileArtifactsSync = (patterns, options, includeParentIgnoreFiles) => {
  const normalizedOptions = normalizeOptions(options);
  const readFileSyncMethod = getReadFileSyncMethod(normalizedOptions.fs);
  const gitRoot = includeParentIgnoreFiles ? findGitRootSync(normalizedOptions.cwd, normalizedOptions.fs) : void 0;
  const knownPaths = filterKnownIgnoreFilePathsSync(
    getKnownIgnoreFilePaths(patterns, normalizedOptions, gitRoot),
    patterns,
    normalizedOptions
  );
  const knownFiles = readIgnoreFilesSafelySync(knownPaths, readFileSyncMethod, normalizedOptions.suppressErrors);
  const { patterns: prunePatterns, guardNames } = getIgnoreFileSearchPrune(patterns, knownFiles, normalizedOptions, gitRoot);
  const childPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, withPrunedSearch(normalizedOptions, prunePatterns));
  let childFiles = readIgnoreFilesSafelySync(getUnreadPaths(childPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  if (negationsCouldRescue(getIgnoreRules(childFiles), guardNames)) {
    const allPaths = globIgnoreFiles(import_fast_glob2.default.sync, patterns, normalizedOptions);
    childFiles = readIgnoreFilesSafelySync(getUnreadPaths(allPaths, knownPaths), readFileSyncMethod, normalizedOptions.suppressErrors);
  }
  return { files: [...knownFiles, ...childFiles], normalizedOptions, gitRoot };
};
var getPatternsFromIgnoreFiles = (files, baseDir) => files.flatMap((file) => parseIgnoreFile(file, baseDir));
var getIgnorePatternsAndPredicate = async (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = await collectIgnoreFileArtifactsAsync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};
var getIgnorePatternsAndPredicateSync = (patterns, options, includeParentIgnoreFiles = false) => {
  const { files, normalizedOptions, gitRoot } = collectIgnoreFileArtifactsSync(
    patterns,
    options,
    includeParentIgnoreFiles
  );
  return buildIgnoreResult(files, normalizedOptions, gitRoot);
};

// node_modules/globby/index.js
var assertPatternsInput = (patterns) => {
  if (patterns.some((pattern) => typeof pattern !== "string")) {
    throw new TypeError("Patterns must be a string or an array of strings");
  }
};
var getStatMethod = (fsImplementation) => {
  if (fsImplementation) {
    return bindFsMethod(fsImplementation.promises, "stat") ?? promisifyFsMethod(fsImplementation, "stat");
  }
  return bindFsMethod(fs3.promises, "stat");
};
var getStatSyncMethod2 = (fsImplementation) => bindFsMethod(fsImplementation, "statSync") ?? bindFsMethod(fs3, "statSync");
var isDirectory = async (path9, fsImplementation) => {
  try {
    const stats = await getStatMethod(fsImplementation)(path9);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var isDirectorySync = (path9, fsImplementation) => {
  try {
    const stats = getStatSyncMethod2(fsImplementation)(path9);
    return stats.isDirectory();
  } catch {
    return false;
  }
};
var normalizePathForDirectoryGlob = (filePath, cwd) => {
  const path9 = isNegativePattern(filePath) ? filePath.slice(1) : filePath;
  return nodePath.isAbsolute(path9) ? path9 : nodePath.join(cwd, path9);
};
var shouldExpandGlobstarDirectory = (pattern) => {
  const match = pattern?.match(/\*\*\/([^/]+)$/);
  if (!match) {
    return false;
  }
  const dirname = match[1];
  const hasWildcards = /[*?[\]{}]/.test(dirname);
  const hasExtension = nodePath.extname(dirname) && !dirname.startsWith(".");
  return !hasWildcards && !hasExtension;
};
var getDirectoryGlob = ({ directoryPath, files, extensions }) => {
  const extensionGlob = extensions?.length > 0 ? `.${extensions.length > 1 ? `{${extensions.join(",")}}` : extensions[0]}` : "";
  return files ? files.map((file) => nodePath.posix.join(directoryPath, `**/${nodePath.extname(file) ? file : `${file}${extensionGlob}`}`)) : [nodePath.posix.join(directoryPath, `**${extensionGlob ? `/*${extensionGlob}` : ""}`)];
};
var directoryToGlob = async (directoryPaths, {
  cwd = process4.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => {
  const globs = await Promise.all(directoryPaths.map(async (directoryPath) => {
    const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
    if (shouldExpandGlobstarDirectory(checkPattern)) {
      return getDirectoryGlob({ directoryPath, files, extensions });
    }
    const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
    return await isDirectory(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
  }));
  return globs.flat();
};
var directoryToGlobSync = (directoryPaths, {
  cwd = process4.cwd(),
  files,
  extensions,
  fs: fsImplementation
} = {}) => directoryPaths.flatMap((directoryPath) => {
  const checkPattern = isNegativePattern(directoryPath) ? directoryPath.slice(1) : directoryPath;
  if (shouldExpandGlobstarDirectory(checkPattern)) {
    return getDirectoryGlob({ directoryPath, files, extensions });
  }
  const pathToCheck = normalizePathForDirectoryGlob(directoryPath, cwd);
  return isDirectorySync(pathToCheck, fsImplementation) ? getDirectoryGlob({ directoryPath, files, extensions }) : directoryPath;
});
var toPatternsArray = (patterns) => {
  patterns = [...new Set([patterns].flat())];
  assertPatternsInput(patterns);
  return patterns;
};
var checkCwdOption = (cwd, fsImplementation = fs3) => {
  if (!cwd || !fsImplementation.statSync) {
    return;
  }
  let stats;
  try {
    stats = fsImplementation.statSync(cwd);
  } catch {
    return;
  }
  if (!stats.isDirectory()) {
    throw new Error(`The \`cwd\` option must be a path to a directory, got: ${cwd}`);
  }
};
var normalizeOptions2 = (options = {}) => {
  const ignore = options.ignore ? Array.isArray(options.ignore) ? options.ignore : [options.ignore] : [];
  options = {
    ...options,
    ignore,
    expandDirectories: options.expandDirectories ?? true,
    cwd: toPath(options.cwd)
  };
  checkCwdOption(options.cwd, options.fs);
  return options;
};
var normalizeArguments = (function_) => async (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var normalizeArgumentsSync = (function_) => (patterns, options) => function_(toPatternsArray(patterns), normalizeOptions2(options));
var getIgnoreFilesPatterns = (options) => {
  const { ignoreFiles, gitignore } = options;
  const patterns = ignoreFiles ? toPatternsArray(ignoreFiles) : [];
  if (gitignore) {
    patterns.push(GITIGNORE_FILES_PATTERN);
  }
  return patterns;
};
var isPathIgnored = (matcher, globalMatcher, path9) => {
  const globalResult = globalMatcher ? globalMatcher(path9) : void 0;
  const result = matcher ? matcher(path9) : void 0;
  if (result?.unignored) {
    return false;
  }
  return Boolean(result?.ignored || globalResult?.ignored);
};
var hasIgnoredAncestorDirectory = (matcher, globalMatcher, file) => {
  let currentPath = file;
  while (true) {
    const parentDirectory = nodePath.dirname(currentPath);
    if (parentDirectory === currentPath) {
      return false;
    }
    if (isPathIgnored(matcher, globalMatcher, `${parentDirectory}${nodePath.sep}`)) {
      return true;
    }
    currentPath = parentDirectory;
  }
};
var combinePredicate = (matcher, globalMatcher) => {
  if (!matcher && !globalMatcher) {
    return false;
  }
  return (file) => {
    const result = matcher ? matcher(file) : void 0;
    if (result?.unignored) {
      const globalResult = globalMatcher ? globalMatcher(file) : void 0;
      return globalResult?.ignored && hasIgnoredAncestorDirectory(matcher, globalMatcher, file);
    }
    return isPathIgnored(matcher, globalMatcher, file);
  };
};
var buildIgnoreFilterResult = ({ options, cwd, ignoreResult: { rules, matcher }, globalMatcher, createFilter }) => {
  const finalPredicate = combinePredicate(matcher, globalMatcher);
  const pruneIgnorePatterns = convertPatternsForFastGlob(rules, matcher, cwd);
  return {
    options,
    pruneIgnorePatterns,
    filter: createFilter(finalPredicate, cwd, options.fs)
  };
};
var getIgnoreFileSearchOptions = (options, searchPatterns) => ({
  ...options,
  ignore: convertIgnorePatternsForIgnoreFileSearch(options.ignore, searchPatterns)
});
var applyIgnoreFilesAndGetFilter = async (options) => {
  const cwd = options.cwd ?? process4.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? await getGlobalGitignoreFileAsync(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunctionAsync(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? await getIgnorePatternsAndPredicate(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? await findGitRoot(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunctionAsync
  });
};
var applyIgnoreFilesAndGetFilterSync = (options) => {
  const cwd = options.cwd ?? process4.cwd();
  const ignoreFilesPatterns = getIgnoreFilesPatterns(options);
  const globalIgnoreFile = options.globalGitignore ? getGlobalGitignoreFile(options) : void 0;
  if (ignoreFilesPatterns.length === 0 && !globalIgnoreFile) {
    return {
      options,
      pruneIgnorePatterns: [],
      filter: createFilterFunction(false, cwd, options.fs)
    };
  }
  const includeParentIgnoreFiles = options.gitignore === true;
  const ignoreResult = ignoreFilesPatterns.length > 0 ? getIgnorePatternsAndPredicateSync(ignoreFilesPatterns, getIgnoreFileSearchOptions(options, ignoreFilesPatterns), includeParentIgnoreFiles) : { rules: [], matcher: false };
  const globalGitRoot = globalIgnoreFile ? findGitRootSync(cwd, options.fs) : void 0;
  const globalMatcher = globalIgnoreFile ? buildGlobalMatcher(globalIgnoreFile, cwd, globalGitRoot ?? cwd) : void 0;
  return buildIgnoreFilterResult({
    options,
    cwd,
    ignoreResult,
    globalMatcher,
    createFilter: createFilterFunction
  });
};
var assertGlobalGitignoreSyncSupport = (options) => {
  if (options.globalGitignore && options.fs && !options.fs.statSync) {
    throw new Error("The `globalGitignore` option in `globbySync()` requires `fs.statSync` when a custom `fs` is provided.");
  }
};
var globalGitignoreAsyncStatErrorMessage = "The `globalGitignore` option in `globby()` and `globbyStream()` requires `fs.promises.stat` or `fs.stat` when a custom `fs` is provided.";
var assertGlobalGitignoreAsyncSupport = (options) => {
  if (!options.globalGitignore || !options.fs) {
    return;
  }
  if (!options.fs.promises?.stat && !options.fs.stat) {
    throw new Error(globalGitignoreAsyncStatErrorMessage);
  }
};
var createPathResolver = (cwd) => {
  const basePath = cwd || process4.cwd();
  const pathCache = /* @__PURE__ */ new Map();
  return (pathKey) => {
    let absolutePath = pathCache.get(pathKey);
    if (absolutePath === void 0) {
      if (pathCache.size > 1e4) {
        pathCache.clear();
      }
      absolutePath = nodePath.isAbsolute(pathKey) ? pathKey : nodePath.resolve(basePath, pathKey);
      pathCache.set(pathKey, absolutePath);
    }
    return absolutePath;
  };
};
var createAsyncDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return async (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      const stats = await fsMethod?.(absolutePath);
      isDirectory2 = Boolean(stats?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createDirectoryCheck = (fsMethod) => {
  const directoryCache = /* @__PURE__ */ new Map();
  return (absolutePath) => {
    let isDirectory2 = directoryCache.get(absolutePath);
    if (isDirectory2 !== void 0) {
      return isDirectory2;
    }
    try {
      isDirectory2 = Boolean(fsMethod?.(absolutePath)?.isDirectory());
    } catch {
      isDirectory2 = false;
    }
    if (directoryCache.size > 1e4) {
      directoryCache.clear();
    }
    directoryCache.set(absolutePath, isDirectory2);
    return isDirectory2;
  };
};
var createFilterFunctionAsync = (isIgnored, cwd, fsImplementation) => {
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createAsyncDirectoryCheck(getStatMethod(fsImplementation));
  return async (fastGlobResult) => {
    if (!isIgnored) {
      return true;
    }
    const absolutePath = resolveAbsolutePath(nodePath.normalize(fastGlobResult.path ?? fastGlobResult));
    if (isIgnored(absolutePath)) {
      return false;
    }
    return !(await isDirectoryEntry(absolutePath) && isIgnored(`${absolutePath}${nodePath.sep}`));
  };
};
var createFilterFunction = (isIgnored, cwd, fsImplementation) => {
  const seen = /* @__PURE__ */ new Set();
  const resolveAbsolutePath = createPathResolver(cwd);
  const isDirectoryEntry = createDirectoryCheck(getStatSyncMethod2(fsImplementation));
  return (fastGlobResult) => {
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    if (isIgnored) {
      const absolutePath = resolveAbsolutePath(pathKey);
      if (isIgnored(absolutePath)) {
        return false;
      }
      if (isDirectoryEntry(absolutePath) && isIgnored(`${absolutePath}${nodePath.sep}`)) {
        return false;
      }
    }
    seen.add(pathKey);
    return true;
  };
};
var unionFastGlobResults = (results, filter) => results.flat().filter((fastGlobResult) => filter(fastGlobResult));
var unionFastGlobResultsAsync = async (results, filter) => {
  results = results.flat();
  const matches = await Promise.all(results.map((fastGlobResult) => filter(fastGlobResult)));
  const seen = /* @__PURE__ */ new Set();
  return results.filter((fastGlobResult, index) => {
    if (!matches[index]) {
      return false;
    }
    const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
    if (seen.has(pathKey)) {
      return false;
    }
    seen.add(pathKey);
    return true;
  });
};
var convertNegativePatterns = (patterns, options) => {
  if (patterns.length > 0 && patterns.every((pattern) => isNegativePattern(pattern))) {
    if (options.expandNegationOnlyPatterns === false) {
      return [];
    }
    patterns = ["**/*", ...patterns];
  }
  const positiveAbsolutePathPrefixes = [];
  let hasRelativePositivePattern = false;
  const normalizedPatterns = [];
  for (const pattern of patterns) {
    if (isNegativePattern(pattern)) {
      normalizedPatterns.push(`!${normalizeNegativePattern(pattern.slice(1), positiveAbsolutePathPrefixes, hasRelativePositivePattern)}`);
      continue;
    }
    normalizedPatterns.push(pattern);
    const staticAbsolutePathPrefix = getStaticAbsolutePathPrefix(pattern);
    if (staticAbsolutePathPrefix === void 0) {
      hasRelativePositivePattern = true;
      continue;
    }
    positiveAbsolutePathPrefixes.push(staticAbsolutePathPrefix);
  }
  patterns = normalizedPatterns;
  const tasks = [];
  while (patterns.length > 0) {
    const index = patterns.findIndex((pattern) => isNegativePattern(pattern));
    if (index === -1) {
      tasks.push({ patterns, options });
      break;
    }
    const ignorePattern = patterns[index].slice(1);
    for (const task of tasks) {
      task.options.ignore.push(ignorePattern);
    }
    if (index !== 0) {
      tasks.push({
        patterns: patterns.slice(0, index),
        options: {
          ...options,
          ignore: [
            ...options.ignore,
            ignorePattern
          ]
        }
      });
    }
    patterns = patterns.slice(index + 1);
  }
  return tasks;
};
var applyParentDirectoryIgnoreAdjustments = (tasks) => tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: adjustIgnorePatternsForParentDirectories(task.patterns, task.options.ignore)
  }
}));
var appendPruneIgnorePatterns = (tasks, pruneIgnorePatterns) => pruneIgnorePatterns.length === 0 ? tasks : tasks.map((task) => ({
  patterns: task.patterns,
  options: {
    ...task.options,
    ignore: [...task.options.ignore, ...pruneIgnorePatterns]
  }
}));
var normalizeExpandDirectoriesOption = (options, cwd) => ({
  ...cwd ? { cwd } : {},
  ...Array.isArray(options) ? { files: options } : options
});
var generateTasks = async (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = await Promise.all(globTasks.map(async (task) => {
    let { patterns: patterns2, options: options2 } = task;
    [
      patterns2,
      options2.ignore
    ] = await Promise.all([
      directoryToGlob(patterns2, directoryToGlobOptions),
      directoryToGlob(options2.ignore, { cwd, fs: fsImplementation })
    ]);
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  }));
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var generateTasksSync = (patterns, options, pruneIgnorePatterns = []) => {
  const globTasks = convertNegativePatterns(patterns, options);
  const { cwd, expandDirectories, fs: fsImplementation } = options;
  if (!expandDirectories) {
    return appendPruneIgnorePatterns(applyParentDirectoryIgnoreAdjustments(globTasks), pruneIgnorePatterns);
  }
  const directoryToGlobSyncOptions = {
    ...normalizeExpandDirectoriesOption(expandDirectories, cwd),
    fs: fsImplementation
  };
  const tasks = globTasks.map((task) => {
    let { patterns: patterns2, options: options2 } = task;
    patterns2 = directoryToGlobSync(patterns2, directoryToGlobSyncOptions);
    options2.ignore = directoryToGlobSync(options2.ignore, { cwd, fs: fsImplementation });
    options2.ignore = adjustIgnorePatternsForParentDirectories(patterns2, options2.ignore);
    return { patterns: patterns2, options: options2 };
  });
  return appendPruneIgnorePatterns(tasks, pruneIgnorePatterns);
};
var globby = normalizeArguments(async (patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
  const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = await Promise.all(tasks.map((task) => (0, import_fast_glob3.default)(task.patterns, task.options)));
  return unionFastGlobResultsAsync(results, filter);
});
var globbySync = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreSyncSupport(options);
  const { options: modifiedOptions, pruneIgnorePatterns, filter } = applyIgnoreFilesAndGetFilterSync(options);
  const tasks = generateTasksSync(patterns, modifiedOptions, pruneIgnorePatterns);
  const results = tasks.map((task) => import_fast_glob3.default.sync(task.patterns, task.options));
  return unionFastGlobResults(results, filter);
});
var globbyStream = normalizeArgumentsSync((patterns, options) => {
  assertGlobalGitignoreAsyncSupport(options);
  const seen = /* @__PURE__ */ new Set();
  const stream = Readable.from((async function* () {
    const { options: modifiedOptions, pruneIgnorePatterns, filter } = await applyIgnoreFilesAndGetFilter(options);
    const tasks = await generateTasks(patterns, modifiedOptions, pruneIgnorePatterns);
    if (tasks.length === 0) {
      return;
    }
    const streams = tasks.map((task) => import_fast_glob3.default.stream(task.patterns, task.options));
    for await (const fastGlobResult of mergeStreams(streams)) {
      const pathKey = nodePath.normalize(fastGlobResult.path ?? fastGlobResult);
      if (!seen.has(pathKey) && await filter(fastGlobResult)) {
        seen.add(pathKey);
        yield fastGlobResult;
      }
    }
  })());
  return stream;
});
var isDynamicPattern = normalizeArgumentsSync((patterns, options) => patterns.some((pattern) => import_fast_glob3.default.isDynamicPattern(pattern, options)));
var generateGlobTasks = normalizeArguments(generateTasks);
var generateGlobTasksSync = normalizeArgumentsSync(generateTasksSync);
var { convertPathToPattern } = import_fast_glob3.default;

// src/config/load.ts
import { readFile } from "node:fs/promises";
import path4 from "node:path";

// src/config/schema.ts
function configSchema(ruleIds) {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  const setting = { enum: ["off", ...SEVERITIES] };
  const fields = { type: "array", items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, uniqueItems: true };
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      qiime2: { type: "string" },
      parsl: { type: "string" },
      include: globs,
      exclude: globs,
      rules: { type: "object", additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, setting])) },
      required: { type: "object", additionalProperties: false, properties: Object.fromEntries(BATCH_PROVIDERS.map((name) => [name, fields])) }
    }
  };
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".parsl-lint.toml", "parsl-lint.toml", "pyproject.toml"];
async function loadConfig(file, ruleIds, shown) {
  const text = await readText(file, shown);
  const inPyproject = path4.basename(file) === "pyproject.toml";
  if (text === void 0 || inPyproject && !text.includes("parsl-lint")) return void 0;
  const { parse } = await import("./dist-VCBDZYC5.mjs");
  let document;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}: ${error.message.split("\n")[0]} at line ${error.line ?? "?"}`);
  }
  const table = inPyproject ? document["tool"]?.["parsl-lint"] : document;
  if (table === void 0) return void 0;
  const tablePath = inPyproject ? "tool.parsl-lint" : "";
  const raw = await validate(table, ruleIds, `${shown}: `, tablePath);
  checkRequiredFields(raw.required ?? {}, `${shown}: `, tablePath);
  try {
    if (raw.qiime2 !== void 0 || raw.parsl !== void 0) resolveTarget({ qiime2: raw.qiime2, parsl: raw.parsl });
  } catch (error) {
    throw new ConfigError(`${shown}: ${error.message}`);
  }
  return {
    file,
    rules: new Map(Object.entries(raw.rules ?? {})),
    qiime2: raw.qiime2,
    parsl: raw.parsl,
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    required: Object.fromEntries(Object.entries(raw.required ?? {}))
  };
}
async function readText(file, shown) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw new ConfigError(`cannot read ${shown}: ${code ?? error.message}`);
  }
}
async function validate(table, ruleIds, prefix, tablePath) {
  const { Ajv } = (await import("./ajv-QTRQKVYX.mjs")).default;
  const check5 = new Ajv({ verbose: true, validateSchema: false, code: { optimize: false } }).compile(configSchema(ruleIds));
  if (check5(table)) return table;
  throw new ConfigError(prefix + describeError(check5.errors[0], tablePath));
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
var TYPE_NAMES = { string: "a string", array: "an array", object: "a table" };
function describeError(error, tablePath) {
  const keys = error.instancePath.split("/").slice(1).map((key2) => key2.replaceAll("~1", "/").replaceAll("~0", "~"));
  const table = [tablePath, ...keys].filter(Boolean).join(".");
  const key = table === "" ? "the config" : table;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema.properties ?? {});
      const guess = closestMatch(name, known);
      const hint = guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(", ")}`;
      return `unknown key "${name}"${table ? ` in [${table}]` : ""}${hint}`;
    }
    case "enum":
      return `${key} must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}, not ${JSON.stringify(error.data)}`;
    case "type": {
      const type = error.params.type;
      const quote = type === "string" && typeof error.data === "number" ? "; write it in quotes" : "";
      return `${key} must be ${TYPE_NAMES[type] ?? type}, not ${JSON.stringify(error.data)}${quote}`;
    }
    default:
      return `${key} ${error.message ?? "is invalid"}`;
  }
}

// src/cli/files.ts
var IGNORED = ["**/node_modules/**", "**/.git/**"];
var IGNORED_IN_WALK = [...IGNORED, ...CONFIG_FILE_NAMES.map((name) => `**/${name}`)];
async function resolveFiles(inputs, cwd, options = {}) {
  const found = /* @__PURE__ */ new Map();
  const add = (file, named) => {
    if (named && options.onlyParslConfigs && CONFIG_FILE_NAMES.includes(path5.basename(file))) return;
    const explicit = named && !options.onlyParslConfigs;
    const existing = found.get(file);
    if (!existing || explicit && !existing.explicit) found.set(file, { file, explicit });
  };
  for (const input of inputs) {
    const absolute = path5.resolve(cwd, input);
    const kind = await pathKind(absolute);
    if (kind === "file") {
      add(absolute, true);
    } else if (kind === "directory") {
      const files = await globby("**/*.toml", { cwd: absolute, absolute: true, gitignore: true, ignore: IGNORED_IN_WALK, dot: true });
      files.forEach((file) => add(path5.normalize(file), false));
    } else if (isDynamicPattern(input)) {
      const files = await globby(input, { cwd, absolute: true, gitignore: true, ignore: IGNORED, dot: true });
      if (files.length === 0) throw new UsageError(`no files match the pattern "${input}"`);
      files.forEach((file) => add(path5.normalize(file), true));
    } else {
      throw new UsageError(`no such file or directory: ${input}`);
    }
  }
  return [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
async function pathKind(file) {
  try {
    const stats = await stat(file);
    return stats.isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}
function displayPath(file, cwd) {
  const relative = path5.relative(cwd, file);
  const shown = relative === "" || relative.startsWith("..") || path5.isAbsolute(relative) ? file : relative;
  return shown.split(path5.sep).join("/");
}
function looksLikeParslConfig(text) {
  return /^[ \t]*(\[\[?[ \t]*["']?parsl["']?[ \t]*([.\]]|$)|["']?parsl["']?[ \t]*[.=])/m.test(text);
}

// src/output/compact.ts
function formatCompact(reports) {
  return reports.flatMap((report2) => report2.diagnostics.map((d) => `${report2.path}:${d.start.line}:${d.start.column}: ${d.severity}: ${printable(d.message)} [${d.rule}]
`)).join("");
}

// src/output/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function formatGithub(reports) {
  const lines = reports.flatMap((report2) => report2.diagnostics.map((diagnostic) => annotation(report2.path, diagnostic)));
  return lines.map((line) => `${line}
`).join("");
}
function annotation(path9, diagnostic) {
  const { start, end } = diagnostic;
  const properties = [
    `file=${escapeProperty(printable(path9))}`,
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

// src/output/gitlab.ts
import { createHash } from "node:crypto";
var SEVERITY = { error: "major", warning: "minor", info: "info" };
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
        fingerprint: createHash("sha256").update(`${key}\0${occurrence}`).digest("hex"),
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

// src/output/json.ts
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
  const { directive, line, reason } = diagnostic.suppressedBy;
  return { ...diagnosticJson(diagnostic), suppressedBy: { directive, line, reason: reason ?? null } };
}
function editJson(edit) {
  return { offset: edit.start, endOffset: edit.end, text: edit.text };
}

// src/output/markdown.ts
var ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function formatMarkdown(reports) {
  const summary = summarize(reports);
  const counts = `${summary.errors} ${plural(summary.errors, "error")}, ${summary.warnings} ${plural(summary.warnings, "warning")}, ${summary.infos} ${plural(summary.infos, "info")} in ${summary.files} ${plural(summary.files, "file")}`;
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
function plural(count, noun) {
  return count === 1 ? noun : `${noun}s`;
}

// src/output/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(reports, tool) {
  const found = new Set(reports.flatMap((report2) => [...report2.diagnostics, ...report2.suppressed ?? []].map((d) => d.rule)));
  const rules = tool.rules.filter((rule48) => found.has(rule48.id));
  const ruleIndex = new Map(rules.map((rule48, index) => [rule48.id, index]));
  const result = (path9, d) => {
    const uri = artifactUri(path9);
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
  const suppressed = (path9, d) => ({
    ...result(path9, d),
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
            rules: rules.map((rule48) => ({
              id: rule48.id,
              shortDescription: { text: rule48.description },
              helpUri: ruleDocsUrl(rule48.id),
              defaultConfiguration: { level: LEVEL[rule48.severity] },
              properties: { fix: rule48.fix }
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
function artifactUri(path9) {
  return path9.split("/").map(encodeURIComponent).join("/");
}
function replacement(edit) {
  return { deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } };
}

// src/output/stylish.ts
function formatStylish(reports, chalk2) {
  const paint = { error: chalk2.red, warning: chalk2.yellow, info: chalk2.blue };
  const blocks = [];
  for (const report2 of reports) {
    if (report2.diagnostics.length === 0) continue;
    const lines = [chalk2.underline(printable(report2.path))];
    for (const diagnostic of report2.diagnostics) {
      const where2 = `${diagnostic.start.line}:${diagnostic.start.column}`;
      lines.push(`  ${chalk2.dim(where2)}  ${paint[diagnostic.severity](diagnostic.severity)}  ${printable(diagnostic.message)}  ${chalk2.dim(diagnostic.rule)}`);
      lines.push(...codeFrame(report2.source, diagnostic, chalk2).map((line) => `    ${line}`));
      lines.push(`    ${chalk2.dim(`docs: ${diagnostic.docs}`)}`);
    }
    blocks.push(lines.join("\n"));
  }
  const summary = summaryLine(reports, chalk2);
  return blocks.length > 0 ? `${blocks.join("\n\n")}

${summary}
` : `${summary}
`;
}
function codeFrame(source, diagnostic, chalk2) {
  const { line, column } = diagnostic.start;
  const full = printable(source.lineText(line));
  const width = String(line).length;
  const gutter = (number) => chalk2.dim(`${String(number).padStart(width)} | `);
  const fullEnd = diagnostic.end.line === line ? diagnostic.end.column : full.length + 1;
  const from = full.length > MAX_FRAME_WIDTH ? Math.max(0, column - 1 - FRAME_CONTEXT) : 0;
  const text = (from > 0 ? "\u2026" : "") + full.slice(from, from + MAX_FRAME_WIDTH) + (from + MAX_FRAME_WIDTH < full.length ? "\u2026" : "");
  const shift = from > 0 ? from - 1 : 0;
  const start = column - shift;
  const end = Math.min(fullEnd - shift, text.length + 1);
  const padding = text.slice(0, start - 1).replace(/[^\t]/g, " ");
  const carets = "^".repeat(Math.max(1, end - start));
  const frame = [];
  const previous = printable(source.lineText(line - 1));
  if (line > 1 && previous.trim() !== "" && previous.length <= MAX_FRAME_WIDTH) frame.push(gutter(line - 1) + chalk2.dim(previous));
  frame.push(gutter(line) + text, gutter("") + padding + chalk2.red(carets));
  return frame;
}
var MAX_FRAME_WIDTH = 160;
var FRAME_CONTEXT = 40;
function summaryLine(reports, chalk2) {
  const summary = summarize(reports);
  const files = reports.filter((report2) => report2.diagnostics.length > 0).length;
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
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/cli/settings.ts
import path8 from "node:path";

// src/config/discover.ts
import path6 from "node:path";
var ConfigResolver = class {
  /** `load` returns undefined for a file that does not exist or holds no parsl-lint settings. */
  constructor(load) {
    this.load = load;
  }
  byFolder = /* @__PURE__ */ new Map();
  forFile(file) {
    return this.forFolder(path6.dirname(path6.resolve(file)));
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
    for (const name of CONFIG_FILE_NAMES) {
      const config = await this.load(path6.join(folder, name));
      if (config) return config;
    }
    const parent = path6.dirname(folder);
    return parent === folder ? NO_CONFIG : this.forFolder(parent);
  }
};

// src/config/globs.ts
import path7 from "node:path";
async function globMatcher(patterns, base) {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import("./picomatch-4PJTKFRP.mjs");
  const isMatch = picomatch(patterns.map((pattern) => pattern.replace(/^\.\//, "")), { dot: true });
  return (file) => {
    const relative = path7.relative(base, file);
    if (relative === "" || relative === ".." || relative.startsWith(`..${path7.sep}`) || path7.isAbsolute(relative)) return false;
    const parts = relative.split(path7.sep);
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
      const file = path8.resolve(cwd, options.config);
      let config;
      this.findConfig = () => config ??= load(file).then((found) => {
        if (!found) throw new ConfigError(`${options.config}: no such file${path8.basename(file) === "pyproject.toml" ? ", or no [tool.parsl-lint] table in it" : ""}`);
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
    const base = config.file ? path8.dirname(config.file) : this.cwd;
    return {
      config,
      lintOptions: {
        rules: this.rules,
        target: this.target(config),
        settings: new Map([...config.rules, ...this.options.settings]),
        inlineConfig: this.options.inlineConfig,
        requiredFields: config.required
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
    const note = describeSubstitution(target);
    if (note !== void 0 && !this.said.has(note)) {
      this.said.add(note);
      this.notify(note);
    }
    return target;
  }
};
function describeSettings(settings, cwd) {
  const { config, lintOptions } = settings;
  const description = {
    configFile: config.file ? displayPath(config.file, cwd) : null,
    qiime2: lintOptions.target.qiime2?.version ?? null,
    parsl: lintOptions.target.parsl,
    rules: Object.fromEntries(lintOptions.rules.map((rule48) => [rule48.meta.id, lintOptions.settings?.get(rule48.meta.id) ?? rule48.meta.severity])),
    include: config.include,
    exclude: config.exclude,
    required: config.required,
    inlineConfig: lintOptions.inlineConfig
  };
  return `${JSON.stringify(description, null, 2)}
`;
}

export {
  Chalk,
  ConfigError,
  summarize,
  baseClassGroup,
  RULES,
  resolveFiles,
  displayPath,
  looksLikeParslConfig,
  formatCompact,
  formatGithub,
  formatGitlab,
  formatJson,
  formatMarkdown,
  formatSarif,
  formatStylish,
  SettingsFinder,
  describeSettings
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
