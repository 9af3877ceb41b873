import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  requestedValue,
  slurmRequest,
  slurmScript
} from "./chunk-76PBRX6A.mjs";
import {
  ConfigError,
  ConfigResolver,
  NO_CONFIG,
  cite,
  displayPath,
  loadConfig,
  looksLikeParslConfig,
  megabytesText,
  readProblem,
  readRegularFile,
  resolveFiles,
  walltimeText
} from "./chunk-G6YQN7GB.mjs";
import "./chunk-PJW54T6R.mjs";
import {
  DIRECTIVE_KINDS,
  DIRECTIVE_PREFIX,
  TEST_EXECUTOR,
  lintBytes,
  objectClass,
  printable,
  repositoryUrl,
  ruleDocsUrl,
  ruleNames
} from "./chunk-MRGB66OU.mjs";
import {
  booleanSetting,
  describeSetting,
  entryAnchor,
  entrySpan,
  isString,
  moveEntryEdits,
  numberSetting,
  numberText,
  providerLauncher,
  removeEntryLine,
  replace,
  settingText,
  tomlBasicString,
  workerFit,
  writtenExecutorLabel
} from "./chunk-D2C7PSYC.mjs";
import {
  SEVERITIES
} from "./chunk-QZA5WI5V.mjs";
import {
  JUDGED_SLURM_RELEASE,
  MODULE_GROUPS,
  OBJECT_KEYS,
  QIIME2_RELEASES,
  SCHEDULERS,
  STRATEGIES,
  classHistory,
  closestMatch,
  describeChange,
  describeLoader,
  describeSubstitution,
  describeTarget,
  directiveText,
  editDistance,
  isBareShortOption,
  isUserLine,
  moduleImportError,
  packageFile,
  paramHistory,
  parseAnnotation,
  parseSlurmMemory,
  parseSlurmNodeCount,
  parseSlurmPositiveInteger,
  parseSlurmTime,
  parslCatalog,
  parslWalltimeToMinutes,
  pythonDefault,
  resolveTarget,
  schedulerOf
} from "./chunk-5EZVA2Z3.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-NGYD4W62.mjs";

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/get-caller-file/index.js
var require_get_caller_file = __commonJS({
  "node_modules/get-caller-file/index.js"(exports, module) {
    "use strict";
    module.exports = function getCallerFile2(position) {
      if (position === void 0) {
        position = 2;
      }
      if (position >= Error.stackTraceLimit) {
        throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
      }
      var oldPrepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = function(_, stack2) {
        return stack2;
      };
      var stack = new Error().stack;
      Error.prepareStackTrace = oldPrepareStackTrace;
      if (stack !== null && typeof stack === "object") {
        return stack[position] ? stack[position].getFileName() : void 0;
      }
    };
  }
});

// src/cli/main.ts
import path5 from "node:path";

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

// src/output/explain.ts
function explainJobs(report2) {
  return (report2.jobs ?? []).map((job) => {
    const extent = objectExtent(job.provider);
    return {
      executor: writtenExecutorLabel(job.provider),
      provider: job.provider.className,
      scheduler: job.scheduler.name,
      submitCommand: job.scheduler.submitCommand,
      lines: job.script.lines.map((line) => ({ text: line.text, origin: origin(line, job), ...noteOn(line, job) })),
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
function formatJob(path6, job, chalk2) {
  const executor = job.executor === void 0 ? "an executor" : `executor "${printable(job.executor)}"`;
  const title = chalk2.bold(`${printable(path6)}: ${executor} \u2192 ${job.provider}: the script parsl writes for each block (${job.submitCommand} reads it)`);
  const width = Math.min(60, Math.max(...job.lines.map((line) => printable(line.text).length)));
  const body = job.lines.map((line) => {
    const note = line.note ? chalk2.red(`  (${line.note})`) : "";
    return `  ${printable(line.text).padEnd(width)}  ${chalk2.dim(line.origin ? `\u2190 ${printable(line.origin)}` : "")}${note}`.trimEnd();
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
function count(value) {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toFixed(1);
}
function plural(value, unit) {
  return `${count(value)} ${unit}${value === 1 ? "" : "s"}`;
}
function origin(line, job) {
  if (line.source === "scheduler_options" || line.source === "worker_init") return line.source;
  if (line.text.trim() === "") return "";
  if (!line.field) return "parsl";
  const entry = job.entry(line.field);
  return entry ? `${line.field} = ${shown(entry.value)}` : `${line.field} (default)`;
}
function noteOn(line, job) {
  const { reading, scheduler } = job;
  const command2 = scheduler.submitCommand;
  if (reading.lines[line.index]?.kind === "ignored-directive") return { note: `${command2} ignores it: after the header` };
  if (line.index === reading.headerEnd && line.source === "scheduler_options") return { note: `not a directive: ${command2} stops reading the header here` };
  const ignored = reading.ignored.find((found) => found.line === line.index && found.kind !== "translated-directive");
  if (ignored?.kind === "lookalike-directive") return { note: `${command2} reads it as a comment` };
  if (ignored?.kind === "missing-prefix") return { note: `not a directive: it runs as a command` };
  if (ignored) return { note: `${command2} ignores part of it` };
  const lost = reading.overrides.find((override) => override.lost.line === line.index);
  if (lost) return { note: `overridden: ${command2} keeps ${lost.kept.text}` };
  return {};
}
function shown(node) {
  if (node.kind !== "scalar") return node.kind;
  return typeof node.value === "string" ? JSON.stringify(node.value) : numberText(node);
}
function objectExtent(object) {
  const ends = [...object.table?.entries.values() ?? []].map((entry) => entrySpan(entry).end);
  return { start: object.node.span.start, end: Math.max(object.node.span.end, ...ends) };
}

// src/output/results.ts
function summarize(reports) {
  const count3 = (severity) => reports.reduce((sum, report2) => sum + report2.diagnostics.filter((d) => d.severity === severity).length, 0);
  return { errors: count3("error"), warnings: count3("warning"), infos: count3("info"), files: reports.length };
}

// src/engine/rule.ts
function defineRule(rule58) {
  return rule58;
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
  const [hours2 = 0, minutes = 0] = hms2.split(":").map(Number);
  const parts = [hours2 > 0 ? `${hours2} hour${hours2 === 1 ? "" : "s"}` : "", minutes > 0 ? `${minutes} minutes` : ""].filter(Boolean);
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
  const parts = durationParts(text);
  if (parts.length > 0) {
    let seconds = 0;
    for (const [, amount, unit] of parts) {
      const known = UNIT_SECONDS.find(([pattern2]) => pattern2.test(unit));
      if (!known) return void 0;
      seconds += Number(amount) * known[1];
    }
    return repairable(seconds) ? { text: hms(seconds), safety: "safe", reading: `${written.trim()} as a duration` } : void 0;
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
  return [hours2, minutes, seconds].map((n) => String(n).padStart(2, "0")).join(":");
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
function userDirectives(job, name) {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name && isUserDirective(job, directive));
}
function unknownOptions(job) {
  const found = [];
  for (const problem of job.reading.slurm?.scan.problems ?? []) {
    const at = problem.kind === "unknown-option" && isUserLine(job.lineOf(problem.line)) ? job.sourceSpan(problem.span) : void 0;
    if (!at) continue;
    const name = job.script.text.slice(problem.span.start, problem.span.end).replace(/^--/, "");
    const limit = name.length >= 6 ? 2 : 1;
    const nearStock = !problem.retired && (problem.suggestions ?? []).some((suggestion) => editDistance(name, suggestion) <= limit);
    found.push({ problem, at, nearStock });
  }
  return found;
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
      const { submitCommand: command2, directivePrefix: prefix } = job.scheduler;
      const line = job.lineOf(end);
      const lost = parslsLost(job);
      const option = line.text.trimStart().startsWith("-");
      if (lost.length === 0 && !option && !job.reading.lines.some((later) => later.kind === "ignored-directive")) return;
      const indent = line.text.length - line.text.trimStart().length;
      const at = job.sourceSpan({ start: line.start + indent, end: line.start + line.text.trimEnd().length });
      if (!at) return;
      const copiedFromSlurm = option && !job.scheduler.longOptions && !isBareShortOption(line.text);
      const insert = option && !copiedFromSlurm ? job.sourceEdit({ start: line.start, end: line.start + indent }, `${prefix} `) : void 0;
      context.report({
        at,
        message: `${command2} reads this line as a command, not a directive: it stops reading ${prefix} lines here, so every directive after it is ignored` + (lost.length > 0 ? `, including the ones parsl writes (${lost.join(", ")})` : "") + (!option ? "; commands belong in worker_init" : copiedFromSlurm ? `; ${command2} has no long options, so this looks copied from a Slurm example` : `; did you mean to start it with "${prefix} "?`),
        ...insert && { fix: { safety: "safe", description: `start the line with "${prefix} "`, edits: [insert] } }
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
        const repair = ignored.repair && job.sourceEdit(ignored.repair.span, ignored.repair.text);
        context.report({
          at,
          message: ignored.message + where2,
          ...repair && { fix: { safety: "safe", description: ignored.repair.description, edits: [repair] } }
        });
      }
    }
  })
});

// rules/directive-in-worker-init/index.ts
var rule15 = defineRule({
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
      for (const line of reading.lines) {
        if (line.kind !== "directive" || job.lineOf(line.index).source !== "worker_init") continue;
        const text = job.lineOf(line.index).text.trim();
        const at = job.sourceSpan({ start: line.span.start, end: line.span.start + job.lineOf(line.index).text.trimEnd().length });
        if (!at) continue;
        context.report({
          at,
          message: `\`${text}\` in worker_init is read by ${scheduler.submitCommand} only because nothing but blank lines and comments comes before it: a command added above it (a \`module load\`, \`source ~/.bashrc\`) silently turns it into a comment. Move it to scheduler_options`
        });
      }
    }
  })
});

// rules/unknown-sbatch-option/index.ts
var rule16 = defineRule({
  meta: {
    id: "unknown-sbatch-option",
    severity: "warning",
    description: "A directive names a long option stock sbatch does not have, and no stock option is one or two edits from it.",
    fix: "unsafe"
  },
  create: (context) => ({
    job(job) {
      for (const { problem, at } of unknownOptions(job).filter((found) => !found.nearStock)) {
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

// rules/misspelt-sbatch-option/index.ts
var rule17 = defineRule({
  meta: {
    id: "misspelt-sbatch-option",
    severity: "error",
    description: "A directive names a long option one or two edits from a stock sbatch option, which sbatch refuses.",
    fix: "unsafe"
  },
  create: (context) => ({
    job(job) {
      for (const { problem, at } of unknownOptions(job).filter((found) => found.nearStock)) {
        const name = job.script.text.slice(problem.span.start, problem.span.end);
        const candidates = problem.suggestions;
        const meant = candidates.map((candidate) => `--${candidate}`).join(" or ");
        context.report({
          at,
          message: `${name} is not an sbatch option; did you mean ${meant}? sbatch ${JUDGED_SLURM_RELEASE} refuses the job with "${problem.sbatchSays?.split("\n")[0]}" (exit 255), so no block ever starts`,
          // The closest option is probably meant, but a wrong pick changes what the job asks for.
          ...candidates.length === 1 && { fix: { safety: "unsafe", description: `write --${candidates[0]}`, edits: [replace(at, `--${candidates[0]}`)] } }
        });
      }
    }
  })
});

// rules/sbatch-rejects-directive/index.ts
var rule18 = defineRule({
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
var rule19 = defineRule({
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
          message: userLoses ? `\`${lost.text}\` has no effect: ${origin2(job, kept)} wins, since ${why}${instead}` : `\`${kept.text}\` silently replaces ${origin2(job, lost)}, since ${why}${instead}`
        });
      }
    }
  })
});
function origin2(job, setting) {
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
var rule20 = defineRule({
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
var rule21 = defineRule({
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
  if (directive.rules.every((rule58) => rule58.suppressed === 0)) return removeComment(directive, source);
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
var rule22 = defineRule({
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
var rule23 = defineRule({
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
var rule24 = defineRule({
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
var rule25 = defineRule({
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
  for (const relative2 of relatives) {
    const relativeSpec = objectClass(relative2, context.target, context.catalog);
    if (!relative2.table || !relativeSpec?.params.has(entry.key)) continue;
    const where2 = relative2 === object.parent ? `the table of the ${relativeSpec.group.replace(/s$/, "")} that holds this \`${object.entry.key}\`` : `its \`${relative2.entry.key}\` table`;
    const edits = moveEntryEdits(context.source.text, entry, relative2.table);
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
var rule26 = defineRule({
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
var rule27 = defineRule({
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
    const keep2 = param.default === null ? "" : `; leave it out to keep the default ${param.default}`;
    context.report({ at: mismatch.node, message: `${spec.name} declares ${declared}, which takes ${mismatch.unwritable}: no TOML value passes, and ${failure}${keep2}` });
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
var rule28 = defineRule({
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
var rule29 = defineRule({
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
var rule30 = defineRule({
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
var rule31 = defineRule({
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
var rule32 = defineRule({
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
var rule33 = defineRule({
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

// rules/nodes-per-block-below-one/index.ts
var rule34 = defineRule({
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
var rule35 = defineRule({
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
      const shown2 = settingText(nodes);
      context.report({
        at: nodes.entry.keySpan,
        message: `nodes_per_block = ${shown2}, but ${which} ` + (launcher.reach === "first-node-only" ? `starts all ${shown2} worker pools on the block's first node, each sized for a whole node: that node runs ${shown2} times the workers it has room for ` : "runs the worker command once, on the first node, ") + `while ${idle === 1 ? "the other node" : Number.isSafeInteger(idle) ? `the other ${idle} nodes` : "the other nodes"} of every block sit${idle === 1 ? "s" : ""} idle. Use nodes_per_block = 1 and raise max_blocks, or a launcher that spreads over the nodes (SrunLauncher on Slurm)`
      });
    }
  })
});

// rules/cores-per-node-below-one/index.ts
var rule36 = defineRule({
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
var rule37 = defineRule({
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
var rule38 = defineRule({
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
var rule39 = defineRule({
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
var rule40 = defineRule({
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
        message: `${object.className} adds "#SBATCH --exclusive" unless exclusive = false (its default is true in ${describeTarget(context.target)}), so every block takes whole nodes although this provider asks for ${sizing.join(", ")}. On a shared partition a whole free node can take far longer to come up, and the rest of it sits idle. Set exclusive = false to ask for only what is written here, or exclusive = true if whole nodes are what you want`
      });
    }
  })
});

// rules/exclusive-mem-per-cpu/index.ts
var EXAMPLE_NODE_CPUS = 128;
var rule41 = defineRule({
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

// rules/ntasks-directive/index.ts
var rule42 = defineRule({
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
      const tasks = count2(ntasks.value?.text);
      if (!at || tasks === void 0) return;
      const setting = (name) => count2(slurm.effective.get(name)?.value?.text);
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
          message: `${asked}, but the job has --nodes=${nodes} with at most ${perNode} task${perNode === 1 ? "" : "s"} per node (--ntasks-per-node=${perNode}${perNode === 1 ? ", which parsl writes" : ""}): Slurm cannot place them and sbatch refuses the job ("Requested node configuration is not available"). ${instead}`
        });
        return;
      }
      context.report({
        at,
        message: `${asked} \xD7 --cpus-per-task=${cpusPerTask} = ${tasks * cpusPerTask} CPUs on ${nodes} node${nodes === 1 ? "" : "s"}, but ${launcher}: the other CPUs sit idle, and sbatch refuses the job where no node has that many. ${instead}`
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
function commandName(command2) {
  return command2.words[0]?.text;
}
function activateCall(command2) {
  const name = commandName(command2);
  return TOOLS.find((tool) => tool === name) && command2.words[1]?.text === "activate" ? name : void 0;
}
function moduleLoads(command2) {
  const [name, ...args] = command2.words.map((word) => word.text);
  if (name === "module" && MODULE_LOADS.has(args[0] ?? "")) return args.slice(1).filter((arg) => !arg.startsWith("-"));
  if (name === "ml" && !ML_OTHER.has(args[0] ?? "")) return args.filter((arg) => !arg.startsWith("-"));
  return name === "module" || name === "ml" ? [] : void 0;
}
function isToolchainModule(module) {
  const name = module.split("/")[0].replace(/-\d[\w.-]*$/, "");
  return TOOLCHAIN_MODULE.test(name);
}
function activatesEnvironment(command2) {
  const name = commandName(command2);
  if (name === void 0) return command2.assignments.some((word) => word.text.startsWith("PATH="));
  if (activateCall(command2)) return true;
  if (name === "source" || name === ".") return !MODULE_INIT.test(command2.words[1]?.text ?? "");
  if (ACTIVATING_COMMANDS.has(name)) return true;
  const modules = moduleLoads(command2);
  if (modules) return modules.some((module) => !isToolchainModule(module));
  if (name === "spack") return ["load", "env"].includes(command2.words[1]?.text ?? "");
  if (name === "export") return command2.words.some((word) => word.text.startsWith("PATH="));
  return false;
}
function loadsShellHook(command2, tool) {
  const name = commandName(command2);
  const args = command2.words.slice(1).map((word) => word.text);
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
var rule43 = defineRule({
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
      const toolchains = commands.flatMap((command2) => moduleLoads(command2) ?? []);
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
var rule44 = defineRule({
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
      commands.forEach((command2, index) => {
        const tool = activateCall(command2);
        if (!tool || reported.has(tool) || commands.slice(0, index).some((earlier) => loadsShellHook(earlier, tool))) return;
        reported.add(tool);
        const words2 = command2.words;
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
var rule45 = defineRule({
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
      (pattern2) => [...text.slice(start, end).matchAll(pattern2)].map((match) => ({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] }))
    )
  );
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
function readRanges(key, text) {
  if (key === "worker_init") return shellCommands(text).flatMap((command2) => [...command2.assignments, ...command2.words].map((word) => [word.start, word.end]));
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
var rule46 = defineRule({
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
var rule47 = defineRule({
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
var rule48 = defineRule({
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
var rule49 = defineRule({
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
var rule50 = defineRule({
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

// rules/unknown-partition/index.ts
var rule51 = defineRule({
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
          message: `${requested.written}: this cluster has no partition "${name}" (the partitions in ${profile.file} are ${known.map((k) => `"${k}"`).join(", ") || "none"}), so sbatch refuses every block with "invalid partition specified: ${name}". ` + (guess ? `Did you mean "${guess}"?` : "Name one of the partitions above, or refresh the profile with parsl-lint cluster-profile if it has changed")
        });
      }
    }
  })
});

// rules/no-default-partition/index.ts
var rule52 = defineRule({
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
        message: `${job.provider.className} names no partition, and this cluster has no default one (${profile.file} has no default_partition), so sbatch refuses every block ("No partition specified or system default partition"). Set partition to one of ${names || "the cluster's partitions"}`
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
var rule53 = defineRule({
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
        message: `${time.written} asks for ${asked}, more than ${walltimeText(maxTime.value)}, the MaxTime of ${target.described} ${cite(maxTime.from)}. Where the site enforces partition limits Slurm refuses every block at submission ("Requested time limit is invalid"); elsewhere the blocks wait in the queue for ever (reason PartitionConfig). Ask for at most ${walltimeText(maxTime.value)}, or use a partition with a longer limit`
      });
    }
  })
});

// rules/partition-node-size/index.ts
var rule54 = defineRule({
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
          message: `${cpusValue.written} asks for ${cpus.value} CPUs on one node, but the largest node of ${described} has ${maxCpus.value} ${cite(maxCpus.from)}: ${refused} ("More processors requested than permitted"). Ask for at most ${maxCpus.value}, or use a partition with bigger nodes`
        });
      }
      const maxMemory = partition.maxNodeMemoryMb;
      if (!maxMemory) return;
      const mem = request.mem;
      const perNode = mem && parseSlurmMemory(mem.text, "mem");
      if (mem && perNode?.ok && perNode.value > maxMemory.value) {
        context.report({
          at: mem.at,
          message: `${mem.written} asks for ${megabytesText(perNode.value)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}: ${refused} ("Requested node configuration is not available"). Ask for at most ${megabytesText(maxMemory.value)}, or use a partition with bigger nodes`
        });
      }
      const perCpuValue = request["mem-per-cpu"];
      const perCpu = perCpuValue && parseSlurmMemory(perCpuValue.text, "mem-per-cpu");
      if (perCpuValue && perCpu?.ok && perCpu.value * cpusAsked > maxMemory.value) {
        context.report({
          at: perCpuValue.at,
          message: `${perCpuValue.written} \xD7 ${cpusAsked} CPU${cpusAsked === 1 ? "" : "s"} is ${megabytesText(perCpu.value * cpusAsked)} on one node, but the largest node of ${described} has ${megabytesText(maxMemory.value)} ${cite(maxMemory.from)}: ${refused} ("Requested node configuration is not available"). Ask for less memory per CPU, or use a partition with bigger nodes`
        });
      }
    }
  })
});

// rules/partition-max-nodes/index.ts
var rule55 = defineRule({
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
        message: `${nodes.written} asks for ${parsed.value.min} nodes per block, more than ${limit.value}, the ${limit.what} of ${target.described} ${cite(limit.from)}. Where the site enforces partition limits Slurm refuses every block ("Node count specification invalid"); elsewhere the blocks never start. Ask for at most ${limit.value}`
      });
    }
  })
});

// rules/partition-access/index.ts
var rule56 = defineRule({
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
        const rule58 = allow ? `allows only ${allow.value.map((name) => `"${name}"`).join(", ")} ${cite(allow.from)}` : `denies it ${cite(deny.from)}`;
        context.report({
          at: value.at,
          message: `${value.written}: ${described} ${rule58}, so Slurm refuses every block ("${refusal2}") or leaves it pending ("Job's ${what} not permitted to use this partition"). Use an allowed ${what}, or another partition`
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
  [/Memory specification can not be satisfied|Requested node configuration is not available/i, ["mem", "mem-per-cpu", "cpus-per-task", "nodes"]],
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
  for (const [pattern2, names] of BY_MESSAGE) {
    const match = pattern2.exec(answer.stderr);
    if (!match) continue;
    settings.push(...names, ...match[1] ? [match[1].toLowerCase()] : []);
  }
  for (const pattern2 of QUOTING) {
    const match = pattern2.exec(answer.stderr);
    if (match) return { settings, quoted: match[1].length === 1 ? `-${match[1]}` : match[1] };
  }
  return { settings };
}
function sbatchSays(answer) {
  return answer.stderr.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith('Try "sbatch --help"')).join(" / ");
}

// rules/sbatch-refuses-job/index.ts
var rule57 = defineRule({
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
      const written = value ? ` (${value.written})` : "";
      context.report({
        at: value?.at ?? quoted ?? table,
        message: `sbatch --test-only refuses this job${written}, so every block would fail to submit: "${sbatchSays(answer)}"`
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
  rule17,
  rule16,
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
  rule47,
  rule48,
  rule49,
  rule50,
  rule51,
  rule52,
  rule53,
  rule54,
  rule55,
  rule56,
  rule57
];

// src/cli/fix-summary.ts
function fixSummary(reports, fix, diff) {
  const left2 = (safety) => reports.reduce((sum, report2) => sum + report2.diagnostics.filter((d) => d.fix?.safety === safety).length, 0);
  const applied = reports.reduce((sum, report2) => sum + (report2.fixesApplied ?? 0), 0);
  const safe = left2("safe");
  const unsafe = fix === "unsafe" ? 0 : left2("unsafe");
  const parts = [];
  if (fix) parts.push(`${applied} ${applied === 1 ? "fix" : "fixes"} ${diff ? "to apply" : "applied"}`);
  else if (safe > 0) parts.push(`${safe} fixable with --fix`);
  if (unsafe > 0) parts.push(parts.length > 0 ? `${unsafe} more with --unsafe-fixes` : `${unsafe} fixable with --fix --unsafe-fixes`);
  return parts.join(", ");
}

// src/schema/json-schema.ts
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
    for (const [name, spec] of classes) definitions[classKey(group, name)] = classTable(name, spec);
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
  for (const param of config.params.values()) properties[param.name] = parameter(config, param);
  properties["strategy"] = { ...properties["strategy"], pattern: `^(?:[Nn][Oo][Nn][Ee]|${STRATEGIES.filter((name) => name !== "none").join("|")})$`, examples: STRATEGIES };
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
      oneOf: names.map((name) => ({ $ref: `#/definitions/${classKey(group, name)}` }))
    }
  };
}
function classKey(group, name) {
  return `${group}.${name}`;
}
function classTable(name, spec) {
  const properties = { class: { enum: [name] } };
  for (const param of spec.params.values()) properties[param.name] = parameter(spec, param);
  const required = [...spec.params.values()].filter((param) => param.required).map((param) => param.name);
  return {
    title: name,
    description: `${name}(${[...spec.params.keys()].join(", ")})`,
    type: "object",
    properties,
    ...required.length > 0 && { required },
    additionalProperties: false
  };
}
function parameter(spec, param) {
  const description = `${spec.name}(${param.name}: ${param.type ?? "no annotation"}${param.default === null ? "" : ` = ${param.default}`})`;
  const type = parseAnnotation(param.type);
  const group = OBJECT_KEYS.get(param.name);
  if (group) return { description, ...objects(group, type, param.name) };
  const value = spec.typechecked ? valueSchema(type) : {};
  const fallback = pythonDefault(param);
  return {
    ...value,
    description: value["description"] === void 0 ? description : `${description} takes ${value["description"]}`,
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
  const writable = members.filter((member) => unwritable(member) === void 0);
  if (writable.length === 0) return valueSchema(members.find((member) => member.kind !== "none") ?? members[0]);
  const schemas = writable.map(valueSchema);
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
function printRules(rules, format3) {
  if (format3 === "json") {
    const list = rules.map(({ meta }) => ({ id: meta.id, aliases: meta.aliases ?? [], severity: meta.severity, fix: meta.fix, description: meta.description, docs: ruleDocsUrl(meta.id) }));
    process.stdout.write(`${JSON.stringify({ version: 1, rules: list }, null, 2)}
`);
    return;
  }
  const width = Math.max(...rules.map((rule58) => rule58.meta.id.length));
  for (const { meta } of rules) {
    const formerly = meta.aliases?.length ? ` (formerly ${meta.aliases.join(", ")}, which still work)` : "";
    process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${`fix: ${meta.fix}`.padEnd(11)}  ${meta.description}${formerly}
`);
  }
}

// src/cli/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

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
function annotation(path6, diagnostic) {
  const { start, end } = diagnostic;
  const properties = [
    `file=${escapeProperty(printable(path6))}`,
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
  const counts = `${summary.errors} ${plural2(summary.errors, "error")}, ${summary.warnings} ${plural2(summary.warnings, "warning")}, ${summary.infos} ${plural2(summary.infos, "info")} in ${summary.files} ${plural2(summary.files, "file")}`;
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
function plural2(count3, noun) {
  return count3 === 1 ? noun : `${noun}s`;
}

// src/output/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(reports, tool) {
  const found = new Set(reports.flatMap((report2) => [...report2.diagnostics, ...report2.suppressed ?? []].map((d) => d.rule)));
  const rules = tool.rules.filter((rule58) => found.has(rule58.id));
  const ruleIndex = new Map(rules.map((rule58, index) => [rule58.id, index]));
  const result = (path6, d) => {
    const uri = artifactUri(path6);
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
  const suppressed = (path6, d) => ({
    ...result(path6, d),
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
            rules: rules.map((rule58) => ({
              id: rule58.id,
              shortDescription: { text: rule58.description },
              helpUri: ruleDocsUrl(rule58.id),
              defaultConfiguration: { level: LEVEL[rule58.severity] },
              properties: { fix: rule58.fix }
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
function artifactUri(path6) {
  return path6.split("/").map(encodeURIComponent).join("/");
}
function replacement(edit) {
  return { deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } };
}

// src/output/stylish.ts
function formatStylish(reports, chalk2) {
  return reports.map((report2) => formatStylishFile(report2, chalk2)).join("") + formatStylishSummary(reports, chalk2);
}
function formatStylishFile(report2, chalk2) {
  const paint = { error: chalk2.red, warning: chalk2.yellow, info: chalk2.blue };
  if (report2.diagnostics.length === 0) return "";
  const lines = [chalk2.underline(printable(report2.path))];
  for (const diagnostic of report2.diagnostics) {
    const where2 = `${diagnostic.start.line}:${diagnostic.start.column}`;
    lines.push(`  ${chalk2.dim(where2)}  ${paint[diagnostic.severity](diagnostic.severity)}  ${printable(diagnostic.message)}  ${chalk2.dim(diagnostic.rule)}`);
    lines.push(...codeFrame(report2.source, diagnostic, chalk2).map((line) => `    ${line}`));
    lines.push(`    ${chalk2.dim(`docs: ${diagnostic.docs}`)}`);
  }
  return `${lines.join("\n")}

`;
}
function formatStylishSummary(reports, chalk2) {
  return `${summaryLine(reports, chalk2)}
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
    plural3(summary.errors, "error"),
    plural3(summary.warnings, "warning"),
    ...summary.infos > 0 ? [plural3(summary.infos, "info")] : []
  ].join(", ");
  if (summary.errors + summary.warnings + summary.infos === 0) {
    return chalk2.green(`\u2714 no problems in ${plural3(summary.files, "file")}`);
  }
  const text = `${counts} in ${plural3(files, "file")} (${summary.files} checked)`;
  return summary.errors > 0 ? chalk2.red.bold(`\u2716 ${text}`) : chalk2.yellow.bold(`\u26A0 ${text}`);
}
function plural3(count3, noun) {
  return `${count3} ${noun}${count3 === 1 ? "" : "s"}`;
}

// src/cli/version.ts
import { readFileSync } from "node:fs";
function packageVersion() {
  const manifest = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));
  return manifest.version;
}

// src/cli/report.ts
function renderReport(reports, options, chalk2) {
  switch (options.format) {
    case "json":
      return formatJson(reports);
    case "github":
      return formatGithub(reports);
    case "sarif":
      return formatSarif(reports, { version: packageVersion(), informationUri: repositoryUrl(), rules: RULES.map((rule58) => rule58.meta) });
    case "gitlab":
      return formatGitlab(reports);
    case "compact":
      return formatCompact(reports);
    case "markdown":
      return formatMarkdown(reports);
    case "stylish": {
      if (reports.length === 0 && options.onlyParslConfigs) return "no parsl config among the files given (--only-parsl-configs)\n";
      const fixes = fixSummary(reports, options.fix, false);
      return formatStylish(reports, chalk2) + (fixes ? `${chalk2.dim(fixes)}
` : "");
    }
  }
}
async function writeReport(file, report2) {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, report2);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${file}: ${error.code ?? error.message}`);
  }
}

// src/cli/rule-page.ts
import { readFileSync as readFileSync2 } from "node:fs";
function printRulePage(name, rules) {
  const names = ruleNames(rules);
  const id = names.get(name);
  if (id === void 0) {
    const guess = closestMatch(name, [...names.keys()]);
    throw new UsageError(`unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : ""} (parsl-lint rules lists them)`);
  }
  const page = readFileSync2(packageFile(`rules/${id}/README.md`), "utf8");
  process.stdout.write(`${page.trimEnd()}

Online: ${ruleDocsUrl(id)}
`);
}

// src/cli/which.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";

// src/model/config-discovery.ts
import path2 from "node:path";
var FILE_NAME = "qiime2_config.toml";
function discoverQiime2Config({ env: env3, platform, home, exists }) {
  const join2 = platform === "win32" ? path2.win32.join : path2.posix.join;
  const userFile = join2(userConfigDir(env3, platform, home), FILE_NAME);
  const siteFile = join2(siteConfigDir(env3, platform, home), FILE_NAME);
  const condaPrefix = env3["CONDA_PREFIX"] ?? "";
  const condaFile = condaPrefix === "" ? void 0 : join2(condaPrefix, "etc", FILE_NAME);
  const places = [
    ["QIIMETEST", void 0],
    ["$QIIME2_CONFIG", env3["QIIME2_CONFIG"] || void 0],
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
  if (env3["QIIMETEST"] !== void 0) {
    outcomes.push("set: QIIME 2 uses its built-in test config");
    return decide(void 0, "QIIMETEST is set, so QIIME 2 reads no file and uses its built-in test config");
  }
  outcomes.push("not set");
  const variable = env3["QIIME2_CONFIG"];
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
function userConfigDir(env3, platform, home) {
  if (platform === "darwin") return path2.posix.join(home, "Library", "Application Support", "qiime2");
  if (platform === "win32") return path2.win32.join(env3["LOCALAPPDATA"] ?? path2.win32.join(home, "AppData", "Local"), "qiime2", "qiime2");
  return path2.posix.join(env3["XDG_CONFIG_HOME"] ?? path2.posix.join(home, ".config"), "qiime2");
}
function siteConfigDir(env3, platform, home) {
  if (platform === "darwin") return "/Library/Application Support/qiime2";
  if (platform === "win32") return path2.win32.join(env3["ProgramData"] ?? "C:\\ProgramData", "qiime2", "qiime2");
  const first = (env3["XDG_CONFIG_DIRS"] ?? "/etc/xdg").split(":")[0].replace(/\/+$/, "");
  return path2.posix.join(first.replace(/^~(?=\/|$)/, home), "qiime2");
}

// src/cli/which.ts
function printWhich(format3) {
  const discovery = discoverQiime2Config({ env: process.env, platform: process.platform, home: homedir(), exists: existsSync });
  if (format3 === "json") {
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

// node_modules/yargs/lib/platform-shims/esm.mjs
import { notStrictEqual, strictEqual } from "assert";

// node_modules/cliui/build/lib/index.js
var align = {
  right: alignRight,
  center: alignCenter
};
var top = 0;
var right = 1;
var bottom = 2;
var left = 3;
var UI = class {
  constructor(opts) {
    var _a2;
    this.width = opts.width;
    this.wrap = (_a2 = opts.wrap) !== null && _a2 !== void 0 ? _a2 : true;
    this.rows = [];
  }
  span(...args) {
    const cols = this.div(...args);
    cols.span = true;
  }
  resetOutput() {
    this.rows = [];
  }
  div(...args) {
    if (args.length === 0) {
      this.div("");
    }
    if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") {
      return this.applyLayoutDSL(args[0]);
    }
    const cols = args.map((arg) => {
      if (typeof arg === "string") {
        return this.colFromString(arg);
      }
      return arg;
    });
    this.rows.push(cols);
    return cols;
  }
  shouldApplyLayoutDSL(...args) {
    return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
  }
  applyLayoutDSL(str) {
    const rows = str.split("\n").map((row) => row.split("	"));
    let leftColumnWidth = 0;
    rows.forEach((columns) => {
      if (columns.length > 1 && mixin.stringWidth(columns[0]) > leftColumnWidth) {
        leftColumnWidth = Math.min(Math.floor(this.width * 0.5), mixin.stringWidth(columns[0]));
      }
    });
    rows.forEach((columns) => {
      this.div(...columns.map((r, i) => {
        return {
          text: r.trim(),
          padding: this.measurePadding(r),
          width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
        };
      }));
    });
    return this.rows[this.rows.length - 1];
  }
  colFromString(text) {
    return {
      text,
      padding: this.measurePadding(text)
    };
  }
  measurePadding(str) {
    const noAnsi = mixin.stripAnsi(str);
    return [0, noAnsi.match(/\s*$/)[0].length, 0, noAnsi.match(/^\s*/)[0].length];
  }
  toString() {
    const lines = [];
    this.rows.forEach((row) => {
      this.rowToString(row, lines);
    });
    return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
  }
  rowToString(row, lines) {
    this.rasterize(row).forEach((rrow, r) => {
      let str = "";
      rrow.forEach((col, c) => {
        const { width } = row[c];
        const wrapWidth = this.negatePadding(row[c]);
        let ts = col;
        if (wrapWidth > mixin.stringWidth(col)) {
          ts += " ".repeat(wrapWidth - mixin.stringWidth(col));
        }
        if (row[c].align && row[c].align !== "left" && this.wrap) {
          const fn = align[row[c].align];
          ts = fn(ts, wrapWidth);
          if (mixin.stringWidth(ts) < wrapWidth) {
            ts += " ".repeat((width || 0) - mixin.stringWidth(ts) - 1);
          }
        }
        const padding = row[c].padding || [0, 0, 0, 0];
        if (padding[left]) {
          str += " ".repeat(padding[left]);
        }
        str += addBorder(row[c], ts, "| ");
        str += ts;
        str += addBorder(row[c], ts, " |");
        if (padding[right]) {
          str += " ".repeat(padding[right]);
        }
        if (r === 0 && lines.length > 0) {
          str = this.renderInline(str, lines[lines.length - 1]);
        }
      });
      lines.push({
        text: str.replace(/ +$/, ""),
        span: row.span
      });
    });
    return lines;
  }
  // if the full 'source' can render in
  // the target line, do so.
  renderInline(source, previousLine) {
    const match = source.match(/^ */);
    const leadingWhitespace = match ? match[0].length : 0;
    const target = previousLine.text;
    const targetTextWidth = mixin.stringWidth(target.trimRight());
    if (!previousLine.span) {
      return source;
    }
    if (!this.wrap) {
      previousLine.hidden = true;
      return target + source;
    }
    if (leadingWhitespace < targetTextWidth) {
      return source;
    }
    previousLine.hidden = true;
    return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
  }
  rasterize(row) {
    const rrows = [];
    const widths = this.columnWidths(row);
    let wrapped;
    row.forEach((col, c) => {
      col.width = widths[c];
      if (this.wrap) {
        wrapped = mixin.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
      } else {
        wrapped = col.text.split("\n");
      }
      if (col.border) {
        wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
        wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
      }
      if (col.padding) {
        wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
        wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
      }
      wrapped.forEach((str, r) => {
        if (!rrows[r]) {
          rrows.push([]);
        }
        const rrow = rrows[r];
        for (let i = 0; i < c; i++) {
          if (rrow[i] === void 0) {
            rrow.push("");
          }
        }
        rrow.push(str);
      });
    });
    return rrows;
  }
  negatePadding(col) {
    let wrapWidth = col.width || 0;
    if (col.padding) {
      wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
    }
    if (col.border) {
      wrapWidth -= 4;
    }
    return wrapWidth;
  }
  columnWidths(row) {
    if (!this.wrap) {
      return row.map((col) => {
        return col.width || mixin.stringWidth(col.text);
      });
    }
    let unset = row.length;
    let remainingWidth = this.width;
    const widths = row.map((col) => {
      if (col.width) {
        unset--;
        remainingWidth -= col.width;
        return col.width;
      }
      return void 0;
    });
    const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
    return widths.map((w, i) => {
      if (w === void 0) {
        return Math.max(unsetWidth, _minWidth(row[i]));
      }
      return w;
    });
  }
};
function addBorder(col, ts, style) {
  if (col.border) {
    if (/[.']-+[.']/.test(ts)) {
      return "";
    }
    if (ts.trim().length !== 0) {
      return style;
    }
    return "  ";
  }
  return "";
}
function _minWidth(col) {
  const padding = col.padding || [];
  const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
  if (col.border) {
    return minWidth + 4;
  }
  return minWidth;
}
function getWindowWidth() {
  if (typeof process === "object" && process.stdout && process.stdout.columns) {
    return process.stdout.columns;
  }
  return 80;
}
function alignRight(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth < width) {
    return " ".repeat(width - strWidth) + str;
  }
  return str;
}
function alignCenter(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth >= width) {
    return str;
  }
  return " ".repeat(width - strWidth >> 1) + str;
}
var mixin;
function cliui(opts, _mixin) {
  mixin = _mixin;
  return new UI({
    width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
    wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
  });
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/cliui/node_modules/string-width/index.js
var import_emoji_regex = __toESM(require_emoji_regex(), 1);
var __parslLintSegmenter;
var __parslLintLazySegmenter = () => ({ segment: (text) => (__parslLintSegmenter ??= new Intl.Segmenter()).segment(text) });
var segmenter = __parslLintLazySegmenter();
var defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/wrap-ansi/node_modules/string-width/index.js
var import_emoji_regex2 = __toESM(require_emoji_regex(), 1);
var __parslLintSegmenter2;
var __parslLintLazySegmenter2 = () => ({ segment: (text) => (__parslLintSegmenter2 ??= new Intl.Segmenter()).segment(text) });
var segmenter2 = __parslLintLazySegmenter2();
var defaultIgnorableCodePointRegex2 = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
function stringWidth2(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter2.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex2.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex2.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET2 = 10;
var wrapAnsi162 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi2562 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m2 = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles3 = {
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
var modifierNames2 = Object.keys(styles3.modifier);
var foregroundColorNames2 = Object.keys(styles3.color);
var backgroundColorNames2 = Object.keys(styles3.bgColor);
var colorNames2 = [...foregroundColorNames2, ...backgroundColorNames2];
function assembleStyles2() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles3)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles3[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles3[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles3, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles3, "codes", {
    value: codes,
    enumerable: false
  });
  styles3.color.close = "\x1B[39m";
  styles3.bgColor.close = "\x1B[49m";
  styles3.color.ansi = wrapAnsi162();
  styles3.color.ansi256 = wrapAnsi2562();
  styles3.color.ansi16m = wrapAnsi16m2();
  styles3.bgColor.ansi = wrapAnsi162(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi256 = wrapAnsi2562(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi16m = wrapAnsi16m2(ANSI_BACKGROUND_OFFSET2);
  Object.defineProperties(styles3, {
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
      value: (hex) => styles3.rgbToAnsi256(...styles3.hexToRgb(hex)),
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
      value: (red, green, blue) => styles3.ansi256ToAnsi(styles3.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles3.ansi256ToAnsi(styles3.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles3;
}
var ansiStyles2 = assembleStyles2();
var ansi_styles_default2 = ansiStyles2;

// node_modules/wrap-ansi/index.js
var ESCAPES = /* @__PURE__ */ new Set([
  "\x1B",
  "\x9B"
]);
var END_CODE = 39;
var ANSI_ESCAPE_BELL = "\x07";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
var wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
var wordLengths = (string) => string.split(" ").map((character) => stringWidth2(character));
var wrapWord = (rows, word, columns) => {
  const characters = [...word];
  let isInsideEscape = false;
  let isInsideLinkEscape = false;
  let visible = stringWidth2(stripAnsi(rows.at(-1)));
  for (const [index, character] of characters.entries()) {
    const characterLength = stringWidth2(character);
    if (visible + characterLength <= columns) {
      rows[rows.length - 1] += character;
    } else {
      rows.push(character);
      visible = 0;
    }
    if (ESCAPES.has(character)) {
      isInsideEscape = true;
      const ansiEscapeLinkCandidate = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("");
      isInsideLinkEscape = ansiEscapeLinkCandidate === ANSI_ESCAPE_LINK;
    }
    if (isInsideEscape) {
      if (isInsideLinkEscape) {
        if (character === ANSI_ESCAPE_BELL) {
          isInsideEscape = false;
          isInsideLinkEscape = false;
        }
      } else if (character === ANSI_SGR_TERMINATOR) {
        isInsideEscape = false;
      }
      continue;
    }
    visible += characterLength;
    if (visible === columns && index < characters.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
};
var stringVisibleTrimSpacesRight = (string) => {
  const words2 = string.split(" ");
  let last = words2.length;
  while (last > 0) {
    if (stringWidth2(words2[last - 1]) > 0) {
      break;
    }
    last--;
  }
  if (last === words2.length) {
    return string;
  }
  return words2.slice(0, last).join(" ") + words2.slice(last).join("");
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  let returnValue = "";
  let escapeCode;
  let escapeUrl;
  const lengths = wordLengths(string);
  let rows = [""];
  for (const [index, word] of string.split(" ").entries()) {
    if (options.trim !== false) {
      rows[rows.length - 1] = rows.at(-1).trimStart();
    }
    let rowLength = stringWidth2(rows.at(-1));
    if (index !== 0) {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && lengths[index] > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((lengths[index] - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
      }
      wrapWord(rows, word, columns);
      continue;
    }
    if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        wrapWord(rows, word, columns);
        continue;
      }
      rows.push("");
    }
    if (rowLength + lengths[index] > columns && options.wordWrap === false) {
      wrapWord(rows, word, columns);
      continue;
    }
    rows[rows.length - 1] += word;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  const preString = rows.join("\n");
  const pre = [...preString];
  let preStringIndex = 0;
  for (const [index, character] of pre.entries()) {
    returnValue += character;
    if (ESCAPES.has(character)) {
      const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
      if (groups.code !== void 0) {
        const code2 = Number.parseFloat(groups.code);
        escapeCode = code2 === END_CODE ? void 0 : code2;
      } else if (groups.uri !== void 0) {
        escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
      }
    }
    const code = ansi_styles_default2.codes.get(Number(escapeCode));
    if (pre[index + 1] === "\n") {
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink("");
      }
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(code);
      }
    } else if (character === "\n") {
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(escapeCode);
      }
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink(escapeUrl);
      }
    }
    preStringIndex += character.length;
  }
  return returnValue;
};
function wrapAnsi(string, columns, options) {
  return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}

// node_modules/cliui/index.mjs
function ui(opts) {
  return cliui(opts, {
    stringWidth,
    stripAnsi,
    wrap: wrapAnsi
  });
}

// node_modules/escalade/sync/index.mjs
import { dirname, resolve } from "path";
import { readdirSync, statSync } from "fs";
function sync_default(start, callback) {
  let dir = resolve(".", start);
  let tmp, stats = statSync(dir);
  if (!stats.isDirectory()) {
    dir = dirname(dir);
  }
  while (true) {
    tmp = callback(dir, readdirSync(dir));
    if (tmp) return resolve(dir, tmp);
    dir = dirname(tmp = dir);
    if (tmp === dir) break;
  }
}

// node_modules/yargs/lib/platform-shims/esm.mjs
import { inspect } from "util";
import { fileURLToPath } from "url";

// node_modules/yargs-parser/build/lib/index.js
import { format } from "util";
import { normalize, resolve as resolve2 } from "path";

// node_modules/yargs-parser/build/lib/string-utils.js
function camelCase(str) {
  const isCamelCase = str !== str.toLowerCase() && str !== str.toUpperCase();
  if (!isCamelCase) {
    str = str.toLowerCase();
  }
  if (str.indexOf("-") === -1 && str.indexOf("_") === -1) {
    return str;
  } else {
    let camelcase = "";
    let nextChrUpper = false;
    const leadingHyphens = str.match(/^-+/);
    for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
      let chr = str.charAt(i);
      if (nextChrUpper) {
        nextChrUpper = false;
        chr = chr.toUpperCase();
      }
      if (i !== 0 && (chr === "-" || chr === "_")) {
        nextChrUpper = true;
      } else if (chr !== "-" && chr !== "_") {
        camelcase += chr;
      }
    }
    return camelcase;
  }
}
function decamelize(str, joinString) {
  const lowercase = str.toLowerCase();
  joinString = joinString || "-";
  let notCamelcase = "";
  for (let i = 0; i < str.length; i++) {
    const chrLower = lowercase.charAt(i);
    const chrString = str.charAt(i);
    if (chrLower !== chrString && i > 0) {
      notCamelcase += `${joinString}${lowercase.charAt(i)}`;
    } else {
      notCamelcase += chrString;
    }
  }
  return notCamelcase;
}
function looksLikeNumber(x) {
  if (x === null || x === void 0)
    return false;
  if (typeof x === "number")
    return true;
  if (/^0x[0-9a-f]+$/i.test(x))
    return true;
  if (/^0[^.]/.test(x))
    return false;
  return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}

// node_modules/yargs-parser/build/lib/tokenize-arg-string.js
function tokenizeArgString(argString) {
  if (Array.isArray(argString)) {
    return argString.map((e) => typeof e !== "string" ? e + "" : e);
  }
  argString = argString.trim();
  let i = 0;
  let prevC = null;
  let c = null;
  let opening = null;
  const args = [];
  for (let ii = 0; ii < argString.length; ii++) {
    prevC = c;
    c = argString.charAt(ii);
    if (c === " " && !opening) {
      if (!(prevC === " ")) {
        i++;
      }
      continue;
    }
    if (c === opening) {
      opening = null;
    } else if ((c === "'" || c === '"') && !opening) {
      opening = c;
    }
    if (!args[i])
      args[i] = "";
    args[i] += c;
  }
  return args;
}

// node_modules/yargs-parser/build/lib/yargs-parser-types.js
var DefaultValuesForTypeKey;
(function(DefaultValuesForTypeKey2) {
  DefaultValuesForTypeKey2["BOOLEAN"] = "boolean";
  DefaultValuesForTypeKey2["STRING"] = "string";
  DefaultValuesForTypeKey2["NUMBER"] = "number";
  DefaultValuesForTypeKey2["ARRAY"] = "array";
})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));

// node_modules/yargs-parser/build/lib/yargs-parser.js
var mixin2;
var YargsParser = class {
  constructor(_mixin) {
    mixin2 = _mixin;
  }
  parse(argsInput, options) {
    const opts = Object.assign({
      alias: void 0,
      array: void 0,
      boolean: void 0,
      config: void 0,
      configObjects: void 0,
      configuration: void 0,
      coerce: void 0,
      count: void 0,
      default: void 0,
      envPrefix: void 0,
      narg: void 0,
      normalize: void 0,
      string: void 0,
      number: void 0,
      __: void 0,
      key: void 0
    }, options);
    const args = tokenizeArgString(argsInput);
    const inputIsString = typeof argsInput === "string";
    const aliases = combineAliases(Object.assign(/* @__PURE__ */ Object.create(null), opts.alias));
    const configuration = Object.assign({
      "boolean-negation": true,
      "camel-case-expansion": true,
      "combine-arrays": false,
      "dot-notation": true,
      "duplicate-arguments-array": true,
      "flatten-duplicate-arrays": true,
      "greedy-arrays": true,
      "halt-at-non-option": false,
      "nargs-eats-options": false,
      "negation-prefix": "no-",
      "parse-numbers": true,
      "parse-positional-numbers": true,
      "populate--": false,
      "set-placeholder-key": false,
      "short-option-groups": true,
      "strip-aliased": false,
      "strip-dashed": false,
      "unknown-options-as-args": false
    }, opts.configuration);
    const defaults = Object.assign(/* @__PURE__ */ Object.create(null), opts.default);
    const configObjects = opts.configObjects || [];
    const envPrefix = opts.envPrefix;
    const notFlagsOption = configuration["populate--"];
    const notFlagsArgv = notFlagsOption ? "--" : "_";
    const newAliases = /* @__PURE__ */ Object.create(null);
    const defaulted = /* @__PURE__ */ Object.create(null);
    const __ = opts.__ || mixin2.format;
    const flags = {
      aliases: /* @__PURE__ */ Object.create(null),
      arrays: /* @__PURE__ */ Object.create(null),
      bools: /* @__PURE__ */ Object.create(null),
      strings: /* @__PURE__ */ Object.create(null),
      numbers: /* @__PURE__ */ Object.create(null),
      counts: /* @__PURE__ */ Object.create(null),
      normalize: /* @__PURE__ */ Object.create(null),
      configs: /* @__PURE__ */ Object.create(null),
      nargs: /* @__PURE__ */ Object.create(null),
      coercions: /* @__PURE__ */ Object.create(null),
      keys: []
    };
    const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
    const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
    [].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
      const key = typeof opt === "object" ? opt.key : opt;
      const assignment = Object.keys(opt).map(function(key2) {
        const arrayFlagKeys = {
          boolean: "bools",
          string: "strings",
          number: "numbers"
        };
        return arrayFlagKeys[key2];
      }).filter(Boolean).pop();
      if (assignment) {
        flags[assignment][key] = true;
      }
      flags.arrays[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
      flags.bools[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.string || []).filter(Boolean).forEach(function(key) {
      flags.strings[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.number || []).filter(Boolean).forEach(function(key) {
      flags.numbers[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.count || []).filter(Boolean).forEach(function(key) {
      flags.counts[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
      flags.normalize[key] = true;
      flags.keys.push(key);
    });
    if (typeof opts.narg === "object") {
      Object.entries(opts.narg).forEach(([key, value]) => {
        if (typeof value === "number") {
          flags.nargs[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.coerce === "object") {
      Object.entries(opts.coerce).forEach(([key, value]) => {
        if (typeof value === "function") {
          flags.coercions[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.config !== "undefined") {
      if (Array.isArray(opts.config) || typeof opts.config === "string") {
        ;
        [].concat(opts.config).filter(Boolean).forEach(function(key) {
          flags.configs[key] = true;
        });
      } else if (typeof opts.config === "object") {
        Object.entries(opts.config).forEach(([key, value]) => {
          if (typeof value === "boolean" || typeof value === "function") {
            flags.configs[key] = value;
          }
        });
      }
    }
    extendAliases(opts.key, aliases, opts.default, flags.arrays);
    Object.keys(defaults).forEach(function(key) {
      (flags.aliases[key] || []).forEach(function(alias) {
        defaults[alias] = defaults[key];
      });
    });
    let error = null;
    checkConfiguration();
    let notFlags = [];
    const argv = Object.assign(/* @__PURE__ */ Object.create(null), { _: [] });
    const argvReturn = {};
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const truncatedArg = arg.replace(/^-{3,}/, "---");
      let broken;
      let key;
      let letters;
      let m;
      let next;
      let value;
      if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) {
        pushPositional(arg);
      } else if (truncatedArg.match(/^---+(=|$)/)) {
        pushPositional(arg);
        continue;
      } else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
        m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          if (checkAllAliases(m[1], flags.arrays)) {
            i = eatArray(i, m[1], args, m[2]);
          } else if (checkAllAliases(m[1], flags.nargs) !== false) {
            i = eatNargs(i, m[1], args, m[2]);
          } else {
            setArg(m[1], m[2], true);
          }
        }
      } else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
        m = arg.match(negatedBoolean);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
        }
      } else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
        m = arg.match(/^--?(.+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-.\..+=/)) {
        m = arg.match(/^-([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          setArg(m[1], m[2]);
        }
      } else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
        next = args[i + 1];
        m = arg.match(/^-(.\..+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
            setArg(key, next);
            i++;
          } else {
            setArg(key, defaultValue(key));
          }
        }
      } else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
        letters = arg.slice(1, -1).split("");
        broken = false;
        for (let j = 0; j < letters.length; j++) {
          next = arg.slice(j + 2);
          if (letters[j + 1] && letters[j + 1] === "=") {
            value = arg.slice(j + 3);
            key = letters[j];
            if (checkAllAliases(key, flags.arrays)) {
              i = eatArray(i, key, args, value);
            } else if (checkAllAliases(key, flags.nargs) !== false) {
              i = eatNargs(i, key, args, value);
            } else {
              setArg(key, value);
            }
            broken = true;
            break;
          }
          if (next === "-") {
            setArg(letters[j], next);
            continue;
          }
          if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
            setArg(letters[j], next);
            broken = true;
            break;
          }
          if (letters[j + 1] && letters[j + 1].match(/\W/)) {
            setArg(letters[j], next);
            broken = true;
            break;
          } else {
            setArg(letters[j], defaultValue(letters[j]));
          }
        }
        key = arg.slice(-1)[0];
        if (!broken && key !== "-") {
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
        key = arg.slice(1);
        setArg(key, defaultValue(key));
      } else if (arg === "--") {
        notFlags = args.slice(i + 1);
        break;
      } else if (configuration["halt-at-non-option"]) {
        notFlags = args.slice(i);
        break;
      } else {
        pushPositional(arg);
      }
    }
    applyEnvVars(argv, true);
    applyEnvVars(argv, false);
    setConfig(argv);
    setConfigObjects();
    applyDefaultsAndAliases(argv, flags.aliases, defaults, true);
    applyCoercions(argv);
    if (configuration["set-placeholder-key"])
      setPlaceholderKeys(argv);
    Object.keys(flags.counts).forEach(function(key) {
      if (!hasKey(argv, key.split(".")))
        setArg(key, 0);
    });
    if (notFlagsOption && notFlags.length)
      argv[notFlagsArgv] = [];
    notFlags.forEach(function(key) {
      argv[notFlagsArgv].push(key);
    });
    if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) {
      Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
        delete argv[key];
      });
    }
    if (configuration["strip-aliased"]) {
      ;
      [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
        if (configuration["camel-case-expansion"] && alias.includes("-")) {
          delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
        }
        delete argv[alias];
      });
    }
    function pushPositional(arg) {
      const maybeCoercedNumber = maybeCoerceNumber("_", arg);
      if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") {
        argv._.push(maybeCoercedNumber);
      }
    }
    function eatNargs(i, key, args2, argAfterEqualSign) {
      let ii;
      let toEat = checkAllAliases(key, flags.nargs);
      toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
      if (toEat === 0) {
        if (!isUndefined(argAfterEqualSign)) {
          error = Error(__("Argument unexpected for: %s", key));
        }
        setArg(key, defaultValue(key));
        return i;
      }
      let available = isUndefined(argAfterEqualSign) ? 0 : 1;
      if (configuration["nargs-eats-options"]) {
        if (args2.length - (i + 1) + available < toEat) {
          error = Error(__("Not enough arguments following: %s", key));
        }
        available = toEat;
      } else {
        for (ii = i + 1; ii < args2.length; ii++) {
          if (!args2[ii].match(/^-[^0-9]/) || args2[ii].match(negative) || isUnknownOptionAsArg(args2[ii]))
            available++;
          else
            break;
        }
        if (available < toEat)
          error = Error(__("Not enough arguments following: %s", key));
      }
      let consumed = Math.min(available, toEat);
      if (!isUndefined(argAfterEqualSign) && consumed > 0) {
        setArg(key, argAfterEqualSign);
        consumed--;
      }
      for (ii = i + 1; ii < consumed + i + 1; ii++) {
        setArg(key, args2[ii]);
      }
      return i + consumed;
    }
    function eatArray(i, key, args2, argAfterEqualSign) {
      let argsToSet = [];
      let next = argAfterEqualSign || args2[i + 1];
      const nargsCount = checkAllAliases(key, flags.nargs);
      if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) {
        argsToSet.push(true);
      } else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
        if (defaults[key] !== void 0) {
          const defVal = defaults[key];
          argsToSet = Array.isArray(defVal) ? defVal : [defVal];
        }
      } else {
        if (!isUndefined(argAfterEqualSign)) {
          argsToSet.push(processValue(key, argAfterEqualSign, true));
        }
        for (let ii = i + 1; ii < args2.length; ii++) {
          if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount)
            break;
          next = args2[ii];
          if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next))
            break;
          i = ii;
          argsToSet.push(processValue(key, next, inputIsString));
        }
      }
      if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) {
        error = Error(__("Not enough arguments following: %s", key));
      }
      setArg(key, argsToSet);
      return i;
    }
    function setArg(key, val, shouldStripQuotes = inputIsString) {
      if (/-/.test(key) && configuration["camel-case-expansion"]) {
        const alias = key.split(".").map(function(prop) {
          return camelCase(prop);
        }).join(".");
        addNewAlias(key, alias);
      }
      const value = processValue(key, val, shouldStripQuotes);
      const splitKey = key.split(".");
      setKey(argv, splitKey, value);
      if (flags.aliases[key]) {
        flags.aliases[key].forEach(function(x) {
          const keyProperties = x.split(".");
          setKey(argv, keyProperties, value);
        });
      }
      if (splitKey.length > 1 && configuration["dot-notation"]) {
        ;
        (flags.aliases[splitKey[0]] || []).forEach(function(x) {
          let keyProperties = x.split(".");
          const a = [].concat(splitKey);
          a.shift();
          keyProperties = keyProperties.concat(a);
          if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) {
            setKey(argv, keyProperties, value);
          }
        });
      }
      if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) {
        const keys = [key].concat(flags.aliases[key] || []);
        keys.forEach(function(key2) {
          Object.defineProperty(argvReturn, key2, {
            enumerable: true,
            get() {
              return val;
            },
            set(value2) {
              val = typeof value2 === "string" ? mixin2.normalize(value2) : value2;
            }
          });
        });
      }
    }
    function addNewAlias(key, alias) {
      if (!(flags.aliases[key] && flags.aliases[key].length)) {
        flags.aliases[key] = [alias];
        newAliases[alias] = true;
      }
      if (!(flags.aliases[alias] && flags.aliases[alias].length)) {
        addNewAlias(alias, key);
      }
    }
    function processValue(key, val, shouldStripQuotes) {
      if (shouldStripQuotes) {
        val = stripQuotes(val);
      }
      if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
        if (typeof val === "string")
          val = val === "true";
      }
      let value = Array.isArray(val) ? val.map(function(v) {
        return maybeCoerceNumber(key, v);
      }) : maybeCoerceNumber(key, val);
      if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) {
        value = increment();
      }
      if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
        if (Array.isArray(val))
          value = val.map((val2) => {
            return mixin2.normalize(val2);
          });
        else
          value = mixin2.normalize(val);
      }
      return value;
    }
    function maybeCoerceNumber(key, value) {
      if (!configuration["parse-positional-numbers"] && key === "_")
        return value;
      if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
        const shouldCoerceNumber = looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`)));
        if (shouldCoerceNumber || !isUndefined(value) && checkAllAliases(key, flags.numbers)) {
          value = Number(value);
        }
      }
      return value;
    }
    function setConfig(argv2) {
      const configLookup = /* @__PURE__ */ Object.create(null);
      applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
      Object.keys(flags.configs).forEach(function(configKey) {
        const configPath = argv2[configKey] || configLookup[configKey];
        if (configPath) {
          try {
            let config = null;
            const resolvedConfigPath = mixin2.resolve(mixin2.cwd(), configPath);
            const resolveConfig = flags.configs[configKey];
            if (typeof resolveConfig === "function") {
              try {
                config = resolveConfig(resolvedConfigPath);
              } catch (e) {
                config = e;
              }
              if (config instanceof Error) {
                error = config;
                return;
              }
            } else {
              config = mixin2.require(resolvedConfigPath);
            }
            setConfigObject(config);
          } catch (ex) {
            if (ex.name === "PermissionDenied")
              error = ex;
            else if (argv2[configKey])
              error = Error(__("Invalid JSON config file: %s", configPath));
          }
        }
      });
    }
    function setConfigObject(config, prev) {
      Object.keys(config).forEach(function(key) {
        const value = config[key];
        const fullKey = prev ? prev + "." + key : key;
        if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) {
          setConfigObject(value, fullKey);
        } else {
          if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) {
            setArg(fullKey, value);
          }
        }
      });
    }
    function setConfigObjects() {
      if (typeof configObjects !== "undefined") {
        configObjects.forEach(function(configObject) {
          setConfigObject(configObject);
        });
      }
    }
    function applyEnvVars(argv2, configOnly) {
      if (typeof envPrefix === "undefined")
        return;
      const prefix = typeof envPrefix === "string" ? envPrefix : "";
      const env3 = mixin2.env();
      Object.keys(env3).forEach(function(envVar) {
        if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
          const keys = envVar.split("__").map(function(key, i) {
            if (i === 0) {
              key = key.substring(prefix.length);
            }
            return camelCase(key);
          });
          if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv2, keys)) {
            setArg(keys.join("."), env3[envVar]);
          }
        }
      });
    }
    function applyCoercions(argv2) {
      let coerce;
      const applied = /* @__PURE__ */ new Set();
      Object.keys(argv2).forEach(function(key) {
        if (!applied.has(key)) {
          coerce = checkAllAliases(key, flags.coercions);
          if (typeof coerce === "function") {
            try {
              const value = maybeCoerceNumber(key, coerce(argv2[key]));
              [].concat(flags.aliases[key] || [], key).forEach((ali) => {
                applied.add(ali);
                argv2[ali] = value;
              });
            } catch (err) {
              error = err;
            }
          }
        }
      });
    }
    function setPlaceholderKeys(argv2) {
      flags.keys.forEach((key) => {
        if (~key.indexOf("."))
          return;
        if (typeof argv2[key] === "undefined")
          argv2[key] = void 0;
      });
      return argv2;
    }
    function applyDefaultsAndAliases(obj, aliases2, defaults2, canLog = false) {
      Object.keys(defaults2).forEach(function(key) {
        if (!hasKey(obj, key.split("."))) {
          setKey(obj, key.split("."), defaults2[key]);
          if (canLog)
            defaulted[key] = true;
          (aliases2[key] || []).forEach(function(x) {
            if (hasKey(obj, x.split(".")))
              return;
            setKey(obj, x.split("."), defaults2[key]);
          });
        }
      });
    }
    function hasKey(obj, keys) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        o = o[key2] || {};
      });
      const key = keys[keys.length - 1];
      if (typeof o !== "object")
        return false;
      else
        return key in o;
    }
    function setKey(obj, keys, value) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        key2 = sanitizeKey(key2);
        if (typeof o === "object" && o[key2] === void 0) {
          o[key2] = {};
        }
        if (typeof o[key2] !== "object" || Array.isArray(o[key2])) {
          if (Array.isArray(o[key2])) {
            o[key2].push({});
          } else {
            o[key2] = [o[key2], {}];
          }
          o = o[key2][o[key2].length - 1];
        } else {
          o = o[key2];
        }
      });
      const key = sanitizeKey(keys[keys.length - 1]);
      const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
      const isValueArray = Array.isArray(value);
      let duplicate = configuration["duplicate-arguments-array"];
      if (!duplicate && checkAllAliases(key, flags.nargs)) {
        duplicate = true;
        if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) {
          o[key] = void 0;
        }
      }
      if (value === increment()) {
        o[key] = increment(o[key]);
      } else if (Array.isArray(o[key])) {
        if (duplicate && isTypeArray && isValueArray) {
          o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
        } else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) {
          o[key] = value;
        } else {
          o[key] = o[key].concat([value]);
        }
      } else if (o[key] === void 0 && isTypeArray) {
        o[key] = isValueArray ? value : [value];
      } else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) {
        o[key] = [o[key], value];
      } else {
        o[key] = value;
      }
    }
    function extendAliases(...args2) {
      args2.forEach(function(obj) {
        Object.keys(obj || {}).forEach(function(key) {
          if (flags.aliases[key])
            return;
          flags.aliases[key] = [].concat(aliases[key] || []);
          flags.aliases[key].concat(key).forEach(function(x) {
            if (/-/.test(x) && configuration["camel-case-expansion"]) {
              const c = camelCase(x);
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].concat(key).forEach(function(x) {
            if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
              const c = decamelize(x, "-");
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].forEach(function(x) {
            flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
              return x !== y;
            }));
          });
        });
      });
    }
    function checkAllAliases(key, flag) {
      const toCheck = [].concat(flags.aliases[key] || [], key);
      const keys = Object.keys(flag);
      const setAlias = toCheck.find((key2) => keys.includes(key2));
      return setAlias ? flag[setAlias] : false;
    }
    function hasAnyFlag(key) {
      const flagsKeys = Object.keys(flags);
      const toCheck = [].concat(flagsKeys.map((k) => flags[k]));
      return toCheck.some(function(flag) {
        return Array.isArray(flag) ? flag.includes(key) : flag[key];
      });
    }
    function hasFlagsMatching(arg, ...patterns) {
      const toCheck = [].concat(...patterns);
      return toCheck.some(function(pattern2) {
        const match = arg.match(pattern2);
        return match && hasAnyFlag(match[1]);
      });
    }
    function hasAllShortFlags(arg) {
      if (arg.match(negative) || !arg.match(/^-[^-]+/)) {
        return false;
      }
      let hasAllFlags = true;
      let next;
      const letters = arg.slice(1).split("");
      for (let j = 0; j < letters.length; j++) {
        next = arg.slice(j + 2);
        if (!hasAnyFlag(letters[j])) {
          hasAllFlags = false;
          break;
        }
        if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) {
          break;
        }
      }
      return hasAllFlags;
    }
    function isUnknownOptionAsArg(arg) {
      return configuration["unknown-options-as-args"] && isUnknownOption(arg);
    }
    function isUnknownOption(arg) {
      arg = arg.replace(/^-{3,}/, "--");
      if (arg.match(negative)) {
        return false;
      }
      if (hasAllShortFlags(arg)) {
        return false;
      }
      const flagWithEquals = /^-+([^=]+?)=[\s\S]*$/;
      const normalFlag = /^-+([^=]+?)$/;
      const flagEndingInHyphen = /^-+([^=]+?)-$/;
      const flagEndingInDigits = /^-+([^=]+?\d+)$/;
      const flagEndingInNonWordCharacters = /^-+([^=]+?)\W+.*$/;
      return !hasFlagsMatching(arg, flagWithEquals, negatedBoolean, normalFlag, flagEndingInHyphen, flagEndingInDigits, flagEndingInNonWordCharacters);
    }
    function defaultValue(key) {
      if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) {
        return defaults[key];
      } else {
        return defaultForType(guessType2(key));
      }
    }
    function defaultForType(type) {
      const def = {
        [DefaultValuesForTypeKey.BOOLEAN]: true,
        [DefaultValuesForTypeKey.STRING]: "",
        [DefaultValuesForTypeKey.NUMBER]: void 0,
        [DefaultValuesForTypeKey.ARRAY]: []
      };
      return def[type];
    }
    function guessType2(key) {
      let type = DefaultValuesForTypeKey.BOOLEAN;
      if (checkAllAliases(key, flags.strings))
        type = DefaultValuesForTypeKey.STRING;
      else if (checkAllAliases(key, flags.numbers))
        type = DefaultValuesForTypeKey.NUMBER;
      else if (checkAllAliases(key, flags.bools))
        type = DefaultValuesForTypeKey.BOOLEAN;
      else if (checkAllAliases(key, flags.arrays))
        type = DefaultValuesForTypeKey.ARRAY;
      return type;
    }
    function isUndefined(num) {
      return num === void 0;
    }
    function checkConfiguration() {
      Object.keys(flags.counts).find((key) => {
        if (checkAllAliases(key, flags.arrays)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
          return true;
        } else if (checkAllAliases(key, flags.nargs)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
          return true;
        }
        return false;
      });
    }
    return {
      aliases: Object.assign({}, flags.aliases),
      argv: Object.assign(argvReturn, argv),
      configuration,
      defaulted: Object.assign({}, defaulted),
      error,
      newAliases: Object.assign({}, newAliases)
    };
  }
};
function combineAliases(aliases) {
  const aliasArrays = [];
  const combined = /* @__PURE__ */ Object.create(null);
  let change = true;
  Object.keys(aliases).forEach(function(key) {
    aliasArrays.push([].concat(aliases[key], key));
  });
  while (change) {
    change = false;
    for (let i = 0; i < aliasArrays.length; i++) {
      for (let ii = i + 1; ii < aliasArrays.length; ii++) {
        const intersect = aliasArrays[i].filter(function(v) {
          return aliasArrays[ii].indexOf(v) !== -1;
        });
        if (intersect.length) {
          aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
          aliasArrays.splice(ii, 1);
          change = true;
          break;
        }
      }
    }
  }
  aliasArrays.forEach(function(aliasArray) {
    aliasArray = aliasArray.filter(function(v, i, self) {
      return self.indexOf(v) === i;
    });
    const lastAlias = aliasArray.pop();
    if (lastAlias !== void 0 && typeof lastAlias === "string") {
      combined[lastAlias] = aliasArray;
    }
  });
  return combined;
}
function increment(orig) {
  return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
  if (key === "__proto__")
    return "___proto___";
  return key;
}
function stripQuotes(val) {
  return typeof val === "string" && (val[0] === "'" || val[0] === '"') && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}

// node_modules/yargs-parser/build/lib/index.js
import { readFileSync as readFileSync3 } from "fs";
import { createRequire } from "node:module";
var _a;
var _b;
var _c;
var minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
var nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
if (nodeVersion) {
  const major = Number(nodeVersion.match(/^([^.]+)/)[1]);
  if (major < minNodeVersion) {
    throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
  }
}
var env2 = process ? process.env : {};
var require2 = createRequire ? createRequire(import.meta.url) : void 0;
var parser = new YargsParser({
  cwd: process.cwd,
  env: () => {
    return env2;
  },
  format,
  normalize,
  resolve: resolve2,
  require: (path6) => {
    if (typeof require2 !== "undefined") {
      return require2(path6);
    } else if (path6.match(/\.json$/)) {
      return JSON.parse(readFileSync3(path6, "utf8"));
    } else {
      throw Error("only .json config files are supported in ESM");
    }
  }
});
var yargsParser = function Parser(args, opts) {
  const result = parser.parse(args.slice(), opts);
  return result.argv;
};
yargsParser.detailed = function(args, opts) {
  return parser.parse(args.slice(), opts);
};
yargsParser.camelCase = camelCase;
yargsParser.decamelize = decamelize;
yargsParser.looksLikeNumber = looksLikeNumber;
var lib_default = yargsParser;

// node_modules/yargs/lib/platform-shims/esm.mjs
import { basename, dirname as dirname2, extname, relative, resolve as resolve4, join } from "path";

// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
  if (isBundledElectronApp())
    return 0;
  return 1;
}
function isBundledElectronApp() {
  return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
  return !!process.versions.electron;
}
function getProcessArgvBin() {
  return process.argv[getProcessArgvBinIndex()];
}

// node_modules/string-width/index.js
var __parslLintSegmenter3;
var __parslLintRgiEmoji;
var __parslLintLazySegmenter3 = () => ({ segment: (text) => (__parslLintSegmenter3 ??= new Intl.Segmenter()).segment(text) });
var __parslLintLazyRgiEmoji = () => ({ test: (text) => (__parslLintRgiEmoji ??= new RegExp("^\\p{RGI_Emoji}$", "v")).test(text) });
var segmenter3 = __parslLintLazySegmenter3();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = __parslLintLazyRgiEmoji();
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth3(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter3.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/y18n/build/lib/platform-shims/node.js
import { readFileSync as readFileSync4, statSync as statSync2, writeFile as writeFile2 } from "fs";
import { format as format2 } from "util";
import { resolve as resolve3 } from "path";
var node_default = {
  fs: {
    readFileSync: readFileSync4,
    writeFile: writeFile2
  },
  format: format2,
  resolve: resolve3,
  exists: (file) => {
    try {
      return statSync2(file).isFile();
    } catch (err) {
      return false;
    }
  }
};

// node_modules/y18n/build/lib/index.js
var shim;
var Y18N = class {
  constructor(opts) {
    opts = opts || {};
    this.directory = opts.directory || "./locales";
    this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
    this.locale = opts.locale || "en";
    this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
    this.cache = /* @__PURE__ */ Object.create(null);
    this.writeQueue = [];
  }
  __(...args) {
    if (typeof arguments[0] !== "string") {
      return this._taggedLiteral(arguments[0], ...arguments);
    }
    const str = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    cb = cb || function() {
    };
    if (!this.cache[this.locale])
      this._readLocaleFile();
    if (!this.cache[this.locale][str] && this.updateFiles) {
      this.cache[this.locale][str] = str;
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    return shim.format.apply(shim.format, [this.cache[this.locale][str] || str].concat(args));
  }
  __n() {
    const args = Array.prototype.slice.call(arguments);
    const singular = args.shift();
    const plural4 = args.shift();
    const quantity = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    if (!this.cache[this.locale])
      this._readLocaleFile();
    let str = quantity === 1 ? singular : plural4;
    if (this.cache[this.locale][singular]) {
      const entry = this.cache[this.locale][singular];
      str = entry[quantity === 1 ? "one" : "other"];
    }
    if (!this.cache[this.locale][singular] && this.updateFiles) {
      this.cache[this.locale][singular] = {
        one: singular,
        other: plural4
      };
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    const values = [str];
    if (~str.indexOf("%d"))
      values.push(quantity);
    return shim.format.apply(shim.format, values.concat(args));
  }
  setLocale(locale) {
    this.locale = locale;
  }
  getLocale() {
    return this.locale;
  }
  updateLocale(obj) {
    if (!this.cache[this.locale])
      this._readLocaleFile();
    for (const key in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.cache[this.locale][key] = obj[key];
      }
    }
  }
  _taggedLiteral(parts, ...args) {
    let str = "";
    parts.forEach(function(part, i) {
      const arg = args[i + 1];
      str += part;
      if (typeof arg !== "undefined") {
        str += "%s";
      }
    });
    return this.__.apply(this, [str].concat([].slice.call(args, 1)));
  }
  _enqueueWrite(work) {
    this.writeQueue.push(work);
    if (this.writeQueue.length === 1)
      this._processWriteQueue();
  }
  _processWriteQueue() {
    const _this = this;
    const work = this.writeQueue[0];
    const directory = work.directory;
    const locale = work.locale;
    const cb = work.cb;
    const languageFile = this._resolveLocaleFile(directory, locale);
    const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
    shim.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
      _this.writeQueue.shift();
      if (_this.writeQueue.length > 0)
        _this._processWriteQueue();
      cb(err);
    });
  }
  _readLocaleFile() {
    let localeLookup = {};
    const languageFile = this._resolveLocaleFile(this.directory, this.locale);
    try {
      if (shim.fs.readFileSync) {
        localeLookup = JSON.parse(shim.fs.readFileSync(languageFile, "utf-8"));
      }
    } catch (err) {
      if (err instanceof SyntaxError) {
        err.message = "syntax error in " + languageFile;
      }
      if (err.code === "ENOENT")
        localeLookup = {};
      else
        throw err;
    }
    this.cache[this.locale] = localeLookup;
  }
  _resolveLocaleFile(directory, locale) {
    let file = shim.resolve(directory, "./", locale + ".json");
    if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
      const languageFile = shim.resolve(directory, "./", locale.split("_")[0] + ".json");
      if (this._fileExistsSync(languageFile))
        file = languageFile;
    }
    return file;
  }
  _fileExistsSync(file) {
    return shim.exists(file);
  }
};
function y18n(opts, _shim) {
  shim = _shim;
  const y18n3 = new Y18N(opts);
  return {
    __: y18n3.__.bind(y18n3),
    __n: y18n3.__n.bind(y18n3),
    setLocale: y18n3.setLocale.bind(y18n3),
    getLocale: y18n3.getLocale.bind(y18n3),
    updateLocale: y18n3.updateLocale.bind(y18n3),
    locale: y18n3.locale
  };
}

// node_modules/y18n/index.mjs
var y18n2 = (opts) => {
  return y18n(opts, node_default);
};
var y18n_default = y18n2;

// node_modules/yargs/lib/platform-shims/esm.mjs
var import_get_caller_file = __toESM(require_get_caller_file(), 1);
import { createRequire as createRequire2 } from "node:module";
import { readFileSync as readFileSync5, readdirSync as readdirSync2 } from "node:fs";
var __dirname = fileURLToPath(import.meta.url);
var mainFilename = __dirname.substring(0, __dirname.lastIndexOf("node_modules"));
var require3 = createRequire2(import.meta.url);
var esm_default = {
  assert: {
    notStrictEqual,
    strictEqual
  },
  cliui: ui,
  findUp: sync_default,
  getEnv: (key) => {
    return process.env[key];
  },
  inspect,
  getProcessArgvBin,
  mainFilename: mainFilename || process.cwd(),
  Parser: lib_default,
  path: {
    basename,
    dirname: dirname2,
    extname,
    relative,
    resolve: resolve4,
    join
  },
  process: {
    argv: () => process.argv,
    cwd: process.cwd,
    emitWarning: (warning, type) => process.emitWarning(warning, type),
    execPath: () => process.execPath,
    exit: (code) => {
      process.exit(code);
    },
    nextTick: process.nextTick,
    stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
  },
  readFileSync: readFileSync5,
  readdirSync: readdirSync2,
  require: require3,
  getCallerFile: () => {
    const callerFile = (0, import_get_caller_file.default)(3);
    return callerFile.match(/^file:\/\//) ? fileURLToPath(callerFile) : callerFile;
  },
  stringWidth: stringWidth3,
  y18n: y18n_default({
    directory: resolve4(__dirname, "../../../locales"),
    updateFiles: false
  })
};

// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim3, message) {
  shim3.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim3) {
  shim3.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
  return Object.keys(object);
}

// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
  return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}

// node_modules/yargs/build/lib/yerror.js
var YError = class _YError extends Error {
  constructor(msg) {
    super(msg || "yargs error");
    this.name = "YError";
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, _YError);
    }
  }
};

// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
  const extraSpacesStrippedCommand = cmd.replace(/\s{2,}/g, " ");
  const splitCommand = extraSpacesStrippedCommand.split(/\s+(?![^[]*]|[^<]*>)/);
  const bregex = /\.*[\][<>]/g;
  const firstCommand = splitCommand.shift();
  if (!firstCommand)
    throw new Error(`No command found in: ${cmd}`);
  const parsedCommand = {
    cmd: firstCommand.replace(bregex, ""),
    demanded: [],
    optional: []
  };
  splitCommand.forEach((cmd2, i) => {
    let variadic = false;
    cmd2 = cmd2.replace(/\s/g, "");
    if (/\.+[\]>]/.test(cmd2) && i === splitCommand.length - 1)
      variadic = true;
    if (/^\[/.test(cmd2)) {
      parsedCommand.optional.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    } else {
      parsedCommand.demanded.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    }
  });
  return parsedCommand;
}

// node_modules/yargs/build/lib/argsert.js
var positionName = ["first", "second", "third", "fourth", "fifth", "sixth"];
function argsert(arg1, arg2, arg3) {
  function parseArgs() {
    return typeof arg1 === "object" ? [{ demanded: [], optional: [] }, arg1, arg2] : [
      parseCommand(`cmd ${arg1}`),
      arg2,
      arg3
    ];
  }
  try {
    let position = 0;
    const [parsed, callerArguments, _length] = parseArgs();
    const args = [].slice.call(callerArguments);
    while (args.length && args[args.length - 1] === void 0)
      args.pop();
    const length = _length || args.length;
    if (length < parsed.demanded.length) {
      throw new YError(`Not enough arguments provided. Expected ${parsed.demanded.length} but received ${args.length}.`);
    }
    const totalCommands = parsed.demanded.length + parsed.optional.length;
    if (length > totalCommands) {
      throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
    }
    parsed.demanded.forEach((demanded) => {
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = demanded.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, demanded.cmd, position);
      position += 1;
    });
    parsed.optional.forEach((optional) => {
      if (args.length === 0)
        return;
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = optional.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, optional.cmd, position);
      position += 1;
    });
  } catch (err) {
    console.warn(err.stack);
  }
}
function guessType(arg) {
  if (Array.isArray(arg)) {
    return "array";
  } else if (arg === null) {
    return "null";
  }
  return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
  throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}

// node_modules/yargs/build/lib/middleware.js
var GlobalMiddleware = class {
  constructor(yargs) {
    this.globalMiddleware = [];
    this.frozens = [];
    this.yargs = yargs;
  }
  addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
    argsert("<array|function> [boolean] [boolean] [boolean]", [callback, applyBeforeValidation, global], arguments.length);
    if (Array.isArray(callback)) {
      for (let i = 0; i < callback.length; i++) {
        if (typeof callback[i] !== "function") {
          throw Error("middleware must be a function");
        }
        const m = callback[i];
        m.applyBeforeValidation = applyBeforeValidation;
        m.global = global;
      }
      Array.prototype.push.apply(this.globalMiddleware, callback);
    } else if (typeof callback === "function") {
      const m = callback;
      m.applyBeforeValidation = applyBeforeValidation;
      m.global = global;
      m.mutates = mutates;
      this.globalMiddleware.push(callback);
    }
    return this.yargs;
  }
  addCoerceMiddleware(callback, option) {
    const aliases = this.yargs.getAliases();
    this.globalMiddleware = this.globalMiddleware.filter((m) => {
      const toCheck = [...aliases[option] || [], option];
      if (!m.option)
        return true;
      else
        return !toCheck.includes(m.option);
    });
    callback.option = option;
    return this.addMiddleware(callback, true, true, true);
  }
  getMiddleware() {
    return this.globalMiddleware;
  }
  freeze() {
    this.frozens.push([...this.globalMiddleware]);
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    if (frozen !== void 0)
      this.globalMiddleware = frozen;
  }
  reset() {
    this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
  }
};
function commandMiddlewareFactory(commandMiddleware) {
  if (!commandMiddleware)
    return [];
  return commandMiddleware.map((middleware) => {
    middleware.applyBeforeValidation = false;
    return middleware;
  });
}
function applyMiddleware(argv, yargs, middlewares, beforeValidation) {
  return middlewares.reduce((acc, middleware) => {
    if (middleware.applyBeforeValidation !== beforeValidation) {
      return acc;
    }
    if (middleware.mutates) {
      if (middleware.applied)
        return acc;
      middleware.applied = true;
    }
    if (isPromise(acc)) {
      return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
    } else {
      const result = middleware(acc, yargs);
      return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
    }
  }, argv);
}

// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
  throw err;
}) {
  try {
    const result = isFunction(getResult) ? getResult() : getResult;
    return isPromise(result) ? result.then((result2) => resultHandler(result2)) : resultHandler(result);
  } catch (err) {
    return errorHandler(err);
  }
}
function isFunction(arg) {
  return typeof arg === "function";
}

// node_modules/yargs/build/lib/command.js
var DEFAULT_MARKER = /(^\*)|(^\$0)/;
var CommandInstance = class {
  constructor(usage2, validation2, globalMiddleware, shim3) {
    this.requireCache = /* @__PURE__ */ new Set();
    this.handlers = {};
    this.aliasMap = {};
    this.frozens = [];
    this.shim = shim3;
    this.usage = usage2;
    this.globalMiddleware = globalMiddleware;
    this.validation = validation2;
  }
  addDirectory(dir, req, callerFile, opts) {
    opts = opts || {};
    this.requireCache.add(callerFile);
    const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
    const files = this.shim.readdirSync(fullDirPath, {
      recursive: opts.recurse ? true : false
    });
    if (!Array.isArray(opts.extensions))
      opts.extensions = ["js"];
    const visit = typeof opts.visit === "function" ? opts.visit : (o) => o;
    for (const fileb of files) {
      const file = fileb.toString();
      if (opts.exclude) {
        let exclude = false;
        if (typeof opts.exclude === "function") {
          exclude = opts.exclude(file);
        } else {
          exclude = opts.exclude.test(file);
        }
        if (exclude)
          continue;
      }
      if (opts.include) {
        let include = false;
        if (typeof opts.include === "function") {
          include = opts.include(file);
        } else {
          include = opts.include.test(file);
        }
        if (!include)
          continue;
      }
      let supportedExtension = false;
      for (const ext of opts.extensions) {
        if (file.endsWith(ext))
          supportedExtension = true;
      }
      if (supportedExtension) {
        const joined = this.shim.path.join(fullDirPath, file);
        const module = req(joined);
        const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
        const visited = visit(extendableModule, joined, file);
        if (visited) {
          if (this.requireCache.has(joined))
            continue;
          else
            this.requireCache.add(joined);
          if (!extendableModule.command) {
            extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
          }
          this.addHandler(extendableModule);
        }
      }
    }
  }
  addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
    let aliases = [];
    const middlewares = commandMiddlewareFactory(commandMiddleware);
    handler = handler || (() => {
    });
    if (Array.isArray(cmd)) {
      if (isCommandAndAliases(cmd)) {
        [cmd, ...aliases] = cmd;
      } else {
        for (const command2 of cmd) {
          this.addHandler(command2);
        }
      }
    } else if (isCommandHandlerDefinition(cmd)) {
      let command2 = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
      if (command2 === null) {
        throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
      }
      if (cmd.aliases)
        command2 = [].concat(command2).concat(cmd.aliases);
      this.addHandler(command2, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
      return;
    } else if (isCommandBuilderDefinition(builder)) {
      this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
      return;
    }
    if (typeof cmd === "string") {
      const parsedCommand = parseCommand(cmd);
      aliases = aliases.map((alias) => parseCommand(alias).cmd);
      let isDefault = false;
      const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
        if (DEFAULT_MARKER.test(c)) {
          isDefault = true;
          return false;
        }
        return true;
      });
      if (parsedAliases.length === 0 && isDefault)
        parsedAliases.push("$0");
      if (isDefault) {
        parsedCommand.cmd = parsedAliases[0];
        aliases = parsedAliases.slice(1);
        cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
      }
      aliases.forEach((alias) => {
        this.aliasMap[alias] = parsedCommand.cmd;
      });
      if (description !== false) {
        this.usage.command(cmd, description, isDefault, aliases, deprecated);
      }
      this.handlers[parsedCommand.cmd] = {
        original: cmd,
        description,
        handler,
        builder: builder || {},
        middlewares,
        deprecated,
        demanded: parsedCommand.demanded,
        optional: parsedCommand.optional
      };
      if (isDefault)
        this.defaultCommand = this.handlers[parsedCommand.cmd];
    }
  }
  getCommandHandlers() {
    return this.handlers;
  }
  getCommands() {
    return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
  }
  hasDefaultCommand() {
    return !!this.defaultCommand;
  }
  runCommand(command2, yargs, parsed, commandIndex, helpOnly, helpOrVersionSet) {
    const commandHandler = this.handlers[command2] || this.handlers[this.aliasMap[command2]] || this.defaultCommand;
    const currentContext = yargs.getInternalMethods().getContext();
    const parentCommands = currentContext.commands.slice();
    const isDefaultCommand = !command2;
    if (command2) {
      currentContext.commands.push(command2);
      currentContext.fullCommands.push(commandHandler.original);
    }
    const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
    return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
  }
  applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
    const builder = commandHandler.builder;
    let innerYargs = yargs;
    if (isCommandBuilderCallback(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
      if (isPromise(builderOutput)) {
        return builderOutput.then((output) => {
          innerYargs = isYargsInstance(output) ? output : yargs;
          return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
        });
      }
    } else if (isCommandBuilderOptionDefinitions(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      innerYargs = yargs.getInternalMethods().reset(aliases);
      Object.keys(commandHandler.builder).forEach((key) => {
        innerYargs.option(key, builder[key]);
      });
    }
    return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
  }
  parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
    if (isDefaultCommand)
      innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
    if (this.shouldUpdateUsage(innerYargs)) {
      innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
    }
    const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
    return isPromise(innerArgv) ? innerArgv.then((argv) => ({
      aliases: innerYargs.parsed.aliases,
      innerArgv: argv
    })) : {
      aliases: innerYargs.parsed.aliases,
      innerArgv
    };
  }
  shouldUpdateUsage(yargs) {
    return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
  }
  usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
    const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
    const pc = parentCommands.filter((c2) => {
      return !DEFAULT_MARKER.test(c2);
    });
    pc.push(c);
    return `$0 ${pc.join(" ")}`;
  }
  handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
    if (!yargs.getInternalMethods().getHasOutput()) {
      const validation2 = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        validation2(result);
        return result;
      });
    }
    if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
      yargs.getInternalMethods().setHasOutput();
      const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
      yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
      innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        const handlerResult = commandHandler.handler(result);
        return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
      });
      if (!isDefaultCommand) {
        yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
      }
      if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) {
        innerArgv.catch((error) => {
          try {
            yargs.getInternalMethods().getUsageInstance().fail(null, error);
          } catch (_err) {
          }
        });
      }
    }
    if (!isDefaultCommand) {
      currentContext.commands.pop();
      currentContext.fullCommands.pop();
    }
    return innerArgv;
  }
  applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
    let positionalMap = {};
    if (helpOnly)
      return innerArgv;
    if (!yargs.getInternalMethods().getHasOutput()) {
      positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
    }
    const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
    const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
    return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
  }
  populatePositionals(commandHandler, argv, context, yargs) {
    argv._ = argv._.slice(context.commands.length);
    const demanded = commandHandler.demanded.slice(0);
    const optional = commandHandler.optional.slice(0);
    const positionalMap = {};
    this.validation.positionalCount(demanded.length, argv._.length);
    while (demanded.length) {
      const demand = demanded.shift();
      this.populatePositional(demand, argv, positionalMap);
    }
    while (optional.length) {
      const maybe = optional.shift();
      this.populatePositional(maybe, argv, positionalMap);
    }
    argv._ = context.commands.concat(argv._.map((a) => "" + a));
    this.postProcessPositionals(argv, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
    return positionalMap;
  }
  populatePositional(positional, argv, positionalMap) {
    const cmd = positional.cmd[0];
    if (positional.variadic) {
      positionalMap[cmd] = argv._.splice(0).map(String);
    } else {
      if (argv._.length)
        positionalMap[cmd] = [String(argv._.shift())];
    }
  }
  cmdToParseOptions(cmdString) {
    const parseOptions = {
      array: [],
      default: {},
      alias: {},
      demand: {}
    };
    const parsed = parseCommand(cmdString);
    parsed.demanded.forEach((d) => {
      const [cmd, ...aliases] = d.cmd;
      if (d.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
      parseOptions.demand[cmd] = true;
    });
    parsed.optional.forEach((o) => {
      const [cmd, ...aliases] = o.cmd;
      if (o.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
    });
    return parseOptions;
  }
  postProcessPositionals(argv, positionalMap, parseOptions, yargs) {
    const options = Object.assign({}, yargs.getOptions());
    options.default = Object.assign(parseOptions.default, options.default);
    for (const key of Object.keys(parseOptions.alias)) {
      options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
    }
    options.array = options.array.concat(parseOptions.array);
    options.config = {};
    const unparsed = [];
    Object.keys(positionalMap).forEach((key) => {
      positionalMap[key].map((value) => {
        if (options.configuration["unknown-options-as-args"])
          options.key[key] = true;
        unparsed.push(`--${key}`);
        unparsed.push(value);
      });
    });
    if (!unparsed.length)
      return;
    const config = Object.assign({}, options.configuration, {
      "populate--": false
    });
    const parsed = this.shim.Parser.detailed(unparsed, Object.assign({}, options, {
      configuration: config
    }));
    if (parsed.error) {
      yargs.getInternalMethods().getUsageInstance().fail(parsed.error.message, parsed.error);
    } else {
      const positionalKeys = Object.keys(positionalMap);
      Object.keys(positionalMap).forEach((key) => {
        positionalKeys.push(...parsed.aliases[key]);
      });
      Object.keys(parsed.argv).forEach((key) => {
        if (positionalKeys.includes(key)) {
          if (!positionalMap[key])
            positionalMap[key] = parsed.argv[key];
          if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv, key) && Object.prototype.hasOwnProperty.call(parsed.argv, key) && (Array.isArray(argv[key]) || Array.isArray(parsed.argv[key]))) {
            argv[key] = [].concat(argv[key], parsed.argv[key]);
          } else {
            argv[key] = parsed.argv[key];
          }
        }
      });
    }
  }
  isDefaulted(yargs, key) {
    const { default: defaults } = yargs.getOptions();
    return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
  }
  isInConfigs(yargs, key) {
    const { configObjects } = yargs.getOptions();
    return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
  }
  runDefaultBuilderOn(yargs) {
    if (!this.defaultCommand)
      return;
    if (this.shouldUpdateUsage(yargs)) {
      const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
      yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
    }
    const builder = this.defaultCommand.builder;
    if (isCommandBuilderCallback(builder)) {
      return builder(yargs, true);
    } else if (!isCommandBuilderDefinition(builder)) {
      Object.keys(builder).forEach((key) => {
        yargs.option(key, builder[key]);
      });
    }
    return void 0;
  }
  extractDesc({ describe, description, desc }) {
    for (const test of [describe, description, desc]) {
      if (typeof test === "string" || test === false)
        return test;
      assertNotStrictEqual(test, true, this.shim);
    }
    return false;
  }
  freeze() {
    this.frozens.push({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    });
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    assertNotStrictEqual(frozen, void 0, this.shim);
    ({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    } = frozen);
  }
  reset() {
    this.handlers = {};
    this.aliasMap = {};
    this.defaultCommand = void 0;
    this.requireCache = /* @__PURE__ */ new Set();
    return this;
  }
};
function command(usage2, validation2, globalMiddleware, shim3) {
  return new CommandInstance(usage2, validation2, globalMiddleware, shim3);
}
function isCommandBuilderDefinition(builder) {
  return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
  return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
  return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
  return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
  return typeof cmd === "object" && !Array.isArray(cmd);
}

// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
  const obj = {};
  objectKeys(original).forEach((key) => {
    if (filter(key, original[key])) {
      obj[key] = original[key];
    }
  });
  return obj;
}

// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
  if (typeof process === "undefined")
    return;
  [process.stdout, process.stderr].forEach((_stream) => {
    const stream = _stream;
    if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") {
      stream._handle.setBlocking(blocking);
    }
  });
}

// node_modules/yargs/build/lib/usage.js
function isBoolean(fail) {
  return typeof fail === "boolean";
}
function usage(yargs, shim3) {
  const __ = shim3.y18n.__;
  const self = {};
  const fails = [];
  self.failFn = function failFn(f) {
    fails.push(f);
  };
  let failMessage = null;
  let globalFailMessage = null;
  let showHelpOnFail = true;
  self.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
    const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
    if (yargs.getInternalMethods().isGlobalContext()) {
      globalFailMessage = message;
    }
    failMessage = message;
    showHelpOnFail = enabled;
    return self;
  };
  let failureOutput = false;
  self.fail = function fail(msg, err) {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (fails.length) {
      for (let i = fails.length - 1; i >= 0; --i) {
        const fail2 = fails[i];
        if (isBoolean(fail2)) {
          if (err)
            throw err;
          else if (msg)
            throw Error(msg);
        } else {
          fail2(msg, err, self);
        }
      }
    } else {
      if (yargs.getExitProcess())
        setBlocking(true);
      if (!failureOutput) {
        failureOutput = true;
        if (showHelpOnFail) {
          yargs.showHelp("error");
          logger.error();
        }
        if (msg || err)
          logger.error(msg || err);
        const globalOrCommandFailMessage = failMessage || globalFailMessage;
        if (globalOrCommandFailMessage) {
          if (msg || err)
            logger.error("");
          logger.error(globalOrCommandFailMessage);
        }
      }
      err = err || new YError(msg);
      if (yargs.getExitProcess()) {
        return yargs.exit(1);
      } else if (yargs.getInternalMethods().hasParseCallback()) {
        return yargs.exit(1, err);
      } else {
        throw err;
      }
    }
  };
  let usages = [];
  let usageDisabled = false;
  self.usage = (msg, description) => {
    if (msg === null) {
      usageDisabled = true;
      usages = [];
      return self;
    }
    usageDisabled = false;
    usages.push([msg, description || ""]);
    return self;
  };
  self.getUsage = () => {
    return usages;
  };
  self.getUsageDisabled = () => {
    return usageDisabled;
  };
  self.getPositionalGroupName = () => {
    return __("Positionals:");
  };
  let examples = [];
  self.example = (cmd, description) => {
    examples.push([cmd, description || ""]);
  };
  let commands = [];
  self.command = function command2(cmd, description, isDefault, aliases, deprecated = false) {
    if (isDefault) {
      commands = commands.map((cmdArray) => {
        cmdArray[2] = false;
        return cmdArray;
      });
    }
    commands.push([cmd, description || "", isDefault, aliases, deprecated]);
  };
  self.getCommands = () => commands;
  let descriptions = {};
  self.describe = function describe(keyOrKeys, desc) {
    if (Array.isArray(keyOrKeys)) {
      keyOrKeys.forEach((k) => {
        self.describe(k, desc);
      });
    } else if (typeof keyOrKeys === "object") {
      Object.keys(keyOrKeys).forEach((k) => {
        self.describe(k, keyOrKeys[k]);
      });
    } else {
      descriptions[keyOrKeys] = desc;
    }
  };
  self.getDescriptions = () => descriptions;
  let epilogs = [];
  self.epilog = (msg) => {
    epilogs.push(msg);
  };
  let wrapSet = false;
  let wrap;
  self.wrap = (cols) => {
    wrapSet = true;
    wrap = cols;
  };
  self.getWrap = () => {
    if (shim3.getEnv("YARGS_DISABLE_WRAP")) {
      return null;
    }
    if (!wrapSet) {
      wrap = windowWidth();
      wrapSet = true;
    }
    return wrap;
  };
  const deferY18nLookupPrefix = "__yargsString__:";
  self.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
  self.help = function help() {
    if (cachedHelpMessage)
      return cachedHelpMessage;
    normalizeAliases();
    const base$0 = yargs.customScriptName ? yargs.$0 : shim3.path.basename(yargs.$0);
    const demandedOptions = yargs.getDemandedOptions();
    const demandedCommands = yargs.getDemandedCommands();
    const deprecatedOptions = yargs.getDeprecatedOptions();
    const groups = yargs.getGroups();
    const options = yargs.getOptions();
    let keys = [];
    keys = keys.concat(Object.keys(descriptions));
    keys = keys.concat(Object.keys(demandedOptions));
    keys = keys.concat(Object.keys(demandedCommands));
    keys = keys.concat(Object.keys(options.default));
    keys = keys.filter(filterHiddenOptions);
    keys = Object.keys(keys.reduce((acc, key) => {
      if (key !== "_")
        acc[key] = true;
      return acc;
    }, {}));
    const theWrap = self.getWrap();
    const ui2 = shim3.cliui({
      width: theWrap,
      wrap: !!theWrap
    });
    if (!usageDisabled) {
      if (usages.length) {
        usages.forEach((usage2) => {
          ui2.div({ text: `${usage2[0].replace(/\$0/g, base$0)}` });
          if (usage2[1]) {
            ui2.div({ text: `${usage2[1]}`, padding: [1, 0, 0, 0] });
          }
        });
        ui2.div();
      } else if (commands.length) {
        let u = null;
        if (demandedCommands._) {
          u = `${base$0} <${__("command")}>
`;
        } else {
          u = `${base$0} [${__("command")}]
`;
        }
        ui2.div(`${u}`);
      }
    }
    if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
      ui2.div(__("Commands:"));
      const context = yargs.getInternalMethods().getContext();
      const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
      if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) {
        commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
      }
      const prefix = base$0 ? `${base$0} ` : "";
      commands.forEach((command2) => {
        const commandString = `${prefix}${parentCommands}${command2[0].replace(/^\$0 ?/, "")}`;
        ui2.span({
          text: commandString,
          padding: [0, 2, 0, 2],
          width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
        }, { text: command2[1] });
        const hints = [];
        if (command2[2])
          hints.push(`[${__("default")}]`);
        if (command2[3] && command2[3].length) {
          hints.push(`[${__("aliases:")} ${command2[3].join(", ")}]`);
        }
        if (command2[4]) {
          if (typeof command2[4] === "string") {
            hints.push(`[${__("deprecated: %s", command2[4])}]`);
          } else {
            hints.push(`[${__("deprecated")}]`);
          }
        }
        if (hints.length) {
          ui2.div({
            text: hints.join(" "),
            padding: [0, 0, 0, 2],
            align: "right"
          });
        } else {
          ui2.div();
        }
      });
      ui2.div();
    }
    const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
    keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
    const defaultGroup = __("Options:");
    if (!groups[defaultGroup])
      groups[defaultGroup] = [];
    addUngroupedKeys(keys, options.alias, groups, defaultGroup);
    const isLongSwitch = (sw) => /^--/.test(getText(sw));
    const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
      const normalizedKeys = groups[groupName].filter(filterHiddenOptions).map((key) => {
        if (aliasKeys.includes(key))
          return key;
        for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) {
          if ((options.alias[aliasKey] || []).includes(key))
            return aliasKey;
        }
        return key;
      });
      return { groupName, normalizedKeys };
    }).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
      const switches = normalizedKeys.reduce((acc, key) => {
        acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
          if (groupName === self.getPositionalGroupName())
            return sw;
          else {
            return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
          }
        }).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
        return acc;
      }, {});
      return { groupName, normalizedKeys, switches };
    });
    const shortSwitchesUsed = displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])));
    if (shortSwitchesUsed) {
      displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
        normalizedKeys.forEach((key) => {
          if (isLongSwitch(switches[key])) {
            switches[key] = addIndentation(switches[key], "-x, ".length);
          }
        });
      });
    }
    displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
      ui2.div(groupName);
      normalizedKeys.forEach((key) => {
        const kswitch = switches[key];
        let desc = descriptions[key] || "";
        let type = null;
        if (desc.includes(deferY18nLookupPrefix))
          desc = __(desc.substring(deferY18nLookupPrefix.length));
        if (options.boolean.includes(key))
          type = `[${__("boolean")}]`;
        if (options.count.includes(key))
          type = `[${__("count")}]`;
        if (options.string.includes(key))
          type = `[${__("string")}]`;
        if (options.normalize.includes(key))
          type = `[${__("string")}]`;
        if (options.array.includes(key))
          type = `[${__("array")}]`;
        if (options.number.includes(key))
          type = `[${__("number")}]`;
        const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
        const extra = [
          key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
          type,
          key in demandedOptions ? `[${__("required")}]` : null,
          options.choices && options.choices[key] ? `[${__("choices:")} ${self.stringifiedValues(options.choices[key])}]` : null,
          defaultString(options.default[key], options.defaultDescription[key])
        ].filter(Boolean).join(" ");
        ui2.span({
          text: getText(kswitch),
          padding: [0, 2, 0, 2 + getIndentation(kswitch)],
          width: maxWidth(switches, theWrap) + 4
        }, desc);
        const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
        if (extra && !shouldHideOptionExtras)
          ui2.div({ text: extra, padding: [0, 0, 0, 2], align: "right" });
        else
          ui2.div();
      });
      ui2.div();
    });
    if (examples.length) {
      ui2.div(__("Examples:"));
      examples.forEach((example) => {
        example[0] = example[0].replace(/\$0/g, base$0);
      });
      examples.forEach((example) => {
        if (example[1] === "") {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2]
          });
        } else {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2],
            width: maxWidth(examples, theWrap) + 4
          }, {
            text: example[1]
          });
        }
      });
      ui2.div();
    }
    if (epilogs.length > 0) {
      const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
      ui2.div(`${e}
`);
    }
    return ui2.toString().replace(/\s*$/, "");
  };
  function maxWidth(table, theWrap, modifier) {
    let width = 0;
    if (!Array.isArray(table)) {
      table = Object.values(table).map((v) => [v]);
    }
    table.forEach((v) => {
      width = Math.max(shim3.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
    });
    if (theWrap)
      width = Math.min(width, parseInt((theWrap * 0.5).toString(), 10));
    return width;
  }
  function normalizeAliases() {
    const demandedOptions = yargs.getDemandedOptions();
    const options = yargs.getOptions();
    (Object.keys(options.alias) || []).forEach((key) => {
      options.alias[key].forEach((alias) => {
        if (descriptions[alias])
          self.describe(key, descriptions[alias]);
        if (alias in demandedOptions)
          yargs.demandOption(key, demandedOptions[alias]);
        if (options.boolean.includes(alias))
          yargs.boolean(key);
        if (options.count.includes(alias))
          yargs.count(key);
        if (options.string.includes(alias))
          yargs.string(key);
        if (options.normalize.includes(alias))
          yargs.normalize(key);
        if (options.array.includes(alias))
          yargs.array(key);
        if (options.number.includes(alias))
          yargs.number(key);
      });
    });
  }
  let cachedHelpMessage;
  self.cacheHelpMessage = function() {
    cachedHelpMessage = this.help();
  };
  self.clearCachedHelpMessage = function() {
    cachedHelpMessage = void 0;
  };
  self.hasCachedHelpMessage = function() {
    return !!cachedHelpMessage;
  };
  function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
    let groupedKeys = [];
    let toCheck = null;
    Object.keys(groups).forEach((group) => {
      groupedKeys = groupedKeys.concat(groups[group]);
    });
    keys.forEach((key) => {
      toCheck = [key].concat(aliases[key]);
      if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) {
        groups[defaultGroup].push(key);
      }
    });
    return groupedKeys;
  }
  function filterHiddenOptions(key) {
    return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
  }
  self.showHelp = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(self.help());
  };
  self.functionDescription = (fn) => {
    const description = fn.name ? shim3.Parser.decamelize(fn.name, "-") : __("generated-value");
    return ["(", description, ")"].join("");
  };
  self.stringifiedValues = function stringifiedValues(values, separator) {
    let string = "";
    const sep = separator || ", ";
    const array = [].concat(values);
    if (!values || !array.length)
      return string;
    array.forEach((value) => {
      if (string.length)
        string += sep;
      string += JSON.stringify(value);
    });
    return string;
  };
  function defaultString(value, defaultDescription) {
    let string = `[${__("default:")} `;
    if (value === void 0 && !defaultDescription)
      return null;
    if (defaultDescription) {
      string += defaultDescription;
    } else {
      switch (typeof value) {
        case "string":
          string += `"${value}"`;
          break;
        case "object":
          string += JSON.stringify(value);
          break;
        default:
          string += value;
      }
    }
    return `${string}]`;
  }
  function windowWidth() {
    const maxWidth2 = 80;
    if (shim3.process.stdColumns) {
      return Math.min(maxWidth2, shim3.process.stdColumns);
    } else {
      return maxWidth2;
    }
  }
  let version = null;
  self.version = (ver) => {
    version = ver;
  };
  self.showVersion = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(version);
  };
  self.reset = function reset(localLookup) {
    failMessage = null;
    failureOutput = false;
    usages = [];
    usageDisabled = false;
    epilogs = [];
    examples = [];
    commands = [];
    descriptions = objFilter(descriptions, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      failMessage,
      failureOutput,
      usages,
      usageDisabled,
      epilogs,
      examples,
      commands,
      descriptions
    });
  };
  self.unfreeze = function unfreeze(defaultCommand = false) {
    const frozen = frozens.pop();
    if (!frozen)
      return;
    if (defaultCommand) {
      descriptions = { ...frozen.descriptions, ...descriptions };
      commands = [...frozen.commands, ...commands];
      usages = [...frozen.usages, ...usages];
      examples = [...frozen.examples, ...examples];
      epilogs = [...frozen.epilogs, ...epilogs];
    } else {
      ({
        failMessage,
        failureOutput,
        usages,
        usageDisabled,
        epilogs,
        examples,
        commands,
        descriptions
      } = frozen);
    }
  };
  return self;
}
function isIndentedText(text) {
  return typeof text === "object";
}
function addIndentation(text, indent) {
  return isIndentedText(text) ? { text: text.text, indentation: text.indentation + indent } : { text, indentation: indent };
}
function getIndentation(text) {
  return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
  return isIndentedText(text) ? text.text : text;
}

// node_modules/yargs/build/lib/completion-templates.js
var completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
var completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'
' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
var completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;

// node_modules/yargs/build/lib/completion.js
var Completion = class {
  constructor(yargs, usage2, command2, shim3) {
    var _a2, _b2, _c2, _d, _e;
    this.yargs = yargs;
    this.usage = usage2;
    this.command = command2;
    this.shim = shim3;
    this.completionKey = "get-yargs-completions";
    this.aliases = null;
    this.customCompletionFunction = null;
    this.indexAfterLastReset = 0;
    this.zshShell = (_c2 = ((_a2 = this.shim.getEnv("SHELL")) === null || _a2 === void 0 ? void 0 : _a2.includes("zsh")) || ((_b2 = this.shim.getEnv("ZSH_NAME")) === null || _b2 === void 0 ? void 0 : _b2.includes("zsh"))) !== null && _c2 !== void 0 ? _c2 : false;
    this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
  }
  defaultCompletion(args, argv, current, done) {
    const handlers = this.command.getCommandHandlers();
    for (let i = 0, ii = args.length; i < ii; ++i) {
      if (handlers[args[i]] && handlers[args[i]].builder) {
        const builder = handlers[args[i]].builder;
        if (isCommandBuilderCallback(builder)) {
          this.indexAfterLastReset = i + 1;
          const y = this.yargs.getInternalMethods().reset();
          builder(y, true);
          return y.argv;
        }
      }
    }
    const completions = [];
    this.commandCompletions(completions, args, current);
    this.optionCompletions(completions, args, argv, current);
    this.choicesFromOptionsCompletions(completions, args, argv, current);
    this.choicesFromPositionalsCompletions(completions, args, argv, current);
    done(null, completions);
  }
  commandCompletions(completions, args, current) {
    const parentCommands = this.yargs.getInternalMethods().getContext().commands;
    if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) {
      this.usage.getCommands().forEach((usageCommand) => {
        const commandName2 = parseCommand(usageCommand[0]).cmd;
        if (args.indexOf(commandName2) === -1) {
          const desc = usageCommand[1] || "";
          if (this.fishShell) {
            completions.push(commandName2 + "	" + desc);
          } else if (this.zshShell) {
            completions.push(commandName2.replace(/:/g, "\\:") + ":" + desc);
          } else {
            completions.push(commandName2);
          }
        }
      });
    }
  }
  optionCompletions(completions, args, argv, current) {
    if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
      const options = this.yargs.getOptions();
      const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
      Object.keys(options.key).forEach((key) => {
        const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
        const isPositionalKey = positionalKeys.includes(key);
        if (!isPositionalKey && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) {
          this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
        }
      });
    }
  }
  choicesFromOptionsCompletions(completions, args, argv, current) {
    if (this.previousArgHasChoices(args)) {
      const choices = this.getPreviousArgChoices(args);
      if (choices && choices.length > 0) {
        if (this.fishShell) {
          completions.push(...choices);
        } else {
          completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
        }
      }
    }
  }
  choicesFromPositionalsCompletions(completions, args, argv, current) {
    if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) {
      return;
    }
    const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
    const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
    const positionalKey = positionalKeys[argv._.length - offset - 1];
    if (!positionalKey) {
      return;
    }
    const choices = this.yargs.getOptions().choices[positionalKey] || [];
    for (const choice of choices) {
      if (choice.startsWith(current)) {
        if (this.fishShell) {
          completions.push(choice);
        } else {
          completions.push(choice.replace(/:/g, "\\:"));
        }
      }
    }
  }
  getPreviousArgChoices(args) {
    if (args.length < 1)
      return;
    let previousArg = args[args.length - 1];
    let filter = "";
    if (!previousArg.startsWith("-") && args.length > 1) {
      filter = previousArg;
      previousArg = args[args.length - 2];
    }
    if (!previousArg.startsWith("-"))
      return;
    const previousArgKey = previousArg.replace(/^-+/, "");
    const options = this.yargs.getOptions();
    const possibleAliases = [
      previousArgKey,
      ...this.yargs.getAliases()[previousArgKey] || []
    ];
    let choices;
    for (const possibleAlias of possibleAliases) {
      if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
        choices = options.choices[possibleAlias];
        break;
      }
    }
    if (choices) {
      return choices.filter((choice) => !filter || choice.startsWith(filter));
    }
  }
  previousArgHasChoices(args) {
    const choices = this.getPreviousArgChoices(args);
    return choices !== void 0 && choices.length > 0;
  }
  argsContainKey(args, key, negable) {
    const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
    if (argsContains(key))
      return true;
    if (negable && argsContains(`no-${key}`))
      return true;
    if (this.aliases) {
      for (const alias of this.aliases[key]) {
        if (argsContains(alias))
          return true;
      }
    }
    return false;
  }
  completeOptionKey(key, completions, current, negable) {
    var _a2, _b2, _c2, _d;
    let keyWithDesc = key;
    if (this.zshShell || this.fishShell) {
      const descs = this.usage.getDescriptions();
      const aliasKey = (_b2 = (_a2 = this === null || this === void 0 ? void 0 : this.aliases) === null || _a2 === void 0 ? void 0 : _a2[key]) === null || _b2 === void 0 ? void 0 : _b2.find((alias) => {
        const desc2 = descs[alias];
        return typeof desc2 === "string" && desc2.length > 0;
      });
      const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
      const desc = (_d = (_c2 = descs[key]) !== null && _c2 !== void 0 ? _c2 : descFromAlias) !== null && _d !== void 0 ? _d : "";
      const cleanedDesc = desc.replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
      if (this.fishShell) {
        keyWithDesc = `${key}	${cleanedDesc}`;
      } else {
        keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
      }
    }
    const startsByTwoDashes = (s) => /^--/.test(s);
    const isShortOption = (s) => /^[^0-9]$/.test(s);
    const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
    completions.push(dashes + keyWithDesc);
    if (negable) {
      completions.push(dashes + "no-" + keyWithDesc);
    }
  }
  customCompletion(args, argv, current, done) {
    assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
    if (isSyncCompletionFunction(this.customCompletionFunction)) {
      const result = this.customCompletionFunction(current, argv);
      if (isPromise(result)) {
        return result.then((list) => {
          this.shim.process.nextTick(() => {
            done(null, list);
          });
        }).catch((err) => {
          this.shim.process.nextTick(() => {
            done(err, void 0);
          });
        });
      }
      return done(null, result);
    } else if (isFallbackCompletionFunction(this.customCompletionFunction)) {
      return this.customCompletionFunction(current, argv, (onCompleted = done) => this.defaultCompletion(args, argv, current, onCompleted), (completions) => {
        done(null, completions);
      });
    } else {
      return this.customCompletionFunction(current, argv, (completions) => {
        done(null, completions);
      });
    }
  }
  getCompletion(args, done) {
    const current = args.length ? args[args.length - 1] : "";
    const argv = this.yargs.parse(args, true);
    const completionFunction = this.customCompletionFunction ? (argv2) => this.customCompletion(args, argv2, current, done) : (argv2) => this.defaultCompletion(args, argv2, current, done);
    return isPromise(argv) ? argv.then(completionFunction) : completionFunction(argv);
  }
  generateCompletionScript($0, cmd) {
    let script;
    if (this.zshShell) {
      script = completionZshTemplate;
    } else if (this.fishShell) {
      script = completionFishTemplate;
    } else {
      script = completionShTemplate;
    }
    const name = this.shim.path.basename($0);
    if ($0.match(/\.js$/))
      $0 = `./${$0}`;
    script = script.replace(/{{app_name}}/g, name);
    script = script.replace(/{{completion_command}}/g, cmd);
    return script.replace(/{{app_path}}/g, $0);
  }
  registerFunction(fn) {
    this.customCompletionFunction = fn;
  }
  setParsed(parsed) {
    this.aliases = parsed.aliases;
  }
};
function completion(yargs, usage2, command2, shim3) {
  return new Completion(yargs, usage2, command2, shim3);
}
function isSyncCompletionFunction(completionFunction) {
  return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
  return completionFunction.length > 3;
}

// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
  if (a.length === 0)
    return b.length;
  if (b.length === 0)
    return a.length;
  const matrix = [];
  let i;
  for (i = 0; i <= b.length; i++) {
    matrix[i] = [i];
  }
  let j;
  for (j = 0; j <= a.length; j++) {
    matrix[0][j] = j;
  }
  for (i = 1; i <= b.length; i++) {
    for (j = 1; j <= a.length; j++) {
      if (b.charAt(i - 1) === a.charAt(j - 1)) {
        matrix[i][j] = matrix[i - 1][j - 1];
      } else {
        if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) {
          matrix[i][j] = matrix[i - 2][j - 2] + 1;
        } else {
          matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
        }
      }
    }
  }
  return matrix[b.length][a.length];
}

// node_modules/yargs/build/lib/validation.js
var specialKeys = ["$0", "--", "_"];
function validation(yargs, usage2, shim3) {
  const __ = shim3.y18n.__;
  const __n = shim3.y18n.__n;
  const self = {};
  self.nonOptionCount = function nonOptionCount(argv) {
    const demandedCommands = yargs.getDemandedCommands();
    const positionalCount = argv._.length + (argv["--"] ? argv["--"].length : 0);
    const _s = positionalCount - yargs.getInternalMethods().getContext().commands.length;
    if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
      if (_s < demandedCommands._.min) {
        if (demandedCommands._.minMsg !== void 0) {
          usage2.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
        } else {
          usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
        }
      } else if (_s > demandedCommands._.max) {
        if (demandedCommands._.maxMsg !== void 0) {
          usage2.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
        } else {
          usage2.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
        }
      }
    }
  };
  self.positionalCount = function positionalCount(required, observed) {
    if (observed < required) {
      usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
    }
  };
  self.requiredArguments = function requiredArguments(argv, demandedOptions) {
    let missing = null;
    for (const key of Object.keys(demandedOptions)) {
      if (!Object.prototype.hasOwnProperty.call(argv, key) || typeof argv[key] === "undefined") {
        missing = missing || {};
        missing[key] = demandedOptions[key];
      }
    }
    if (missing) {
      const customMsgs = [];
      for (const key of Object.keys(missing)) {
        const msg = missing[key];
        if (msg && customMsgs.indexOf(msg) < 0) {
          customMsgs.push(msg);
        }
      }
      const customMsg = customMsgs.length ? `
${customMsgs.join("\n")}` : "";
      usage2.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
    }
  };
  self.unknownArguments = function unknownArguments(argv, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
    var _a2;
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    Object.keys(argv).forEach((key) => {
      if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self.isValidAndSomeAliasIsNotNew(key, aliases)) {
        unknown.push(key);
      }
    });
    if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (checkPositionals) {
      const demandedCommands = yargs.getDemandedCommands();
      const maxNonOptDemanded = ((_a2 = demandedCommands._) === null || _a2 === void 0 ? void 0 : _a2.max) || 0;
      const expected = currentContext.commands.length + maxNonOptDemanded;
      if (expected < argv._.length) {
        argv._.slice(expected).forEach((key) => {
          key = String(key);
          if (!currentContext.commands.includes(key) && !unknown.includes(key)) {
            unknown.push(key);
          }
        });
      }
    }
    if (unknown.length) {
      usage2.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
    }
  };
  self.unknownCommands = function unknownCommands(argv) {
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    if (currentContext.commands.length > 0 || commandKeys.length > 0) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (unknown.length > 0) {
      usage2.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
      return true;
    } else {
      return false;
    }
  };
  self.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
    if (!Object.prototype.hasOwnProperty.call(aliases, key)) {
      return false;
    }
    const newAliases = yargs.parsed.newAliases;
    return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
  };
  self.limitedChoices = function limitedChoices(argv) {
    const options = yargs.getOptions();
    const invalid = {};
    if (!Object.keys(options.choices).length)
      return;
    Object.keys(argv).forEach((key) => {
      if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) {
        [].concat(argv[key]).forEach((value) => {
          if (options.choices[key].indexOf(value) === -1 && value !== void 0) {
            invalid[key] = (invalid[key] || []).concat(value);
          }
        });
      }
    });
    const invalidKeys = Object.keys(invalid);
    if (!invalidKeys.length)
      return;
    let msg = __("Invalid values:");
    invalidKeys.forEach((key) => {
      msg += `
  ${__("Argument: %s, Given: %s, Choices: %s", key, usage2.stringifiedValues(invalid[key]), usage2.stringifiedValues(options.choices[key]))}`;
    });
    usage2.fail(msg);
  };
  let implied = {};
  self.implies = function implies(key, value) {
    argsert("<string|object> [array|number|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.implies(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!implied[key]) {
        implied[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.implies(key, i));
      } else {
        assertNotStrictEqual(value, void 0, shim3);
        implied[key].push(value);
      }
    }
  };
  self.getImplied = function getImplied() {
    return implied;
  };
  function keyExists(argv, val) {
    const num = Number(val);
    val = isNaN(num) ? val : num;
    if (typeof val === "number") {
      val = argv._.length >= val;
    } else if (val.match(/^--no-.+/)) {
      val = val.match(/^--no-(.+)/)[1];
      val = !Object.prototype.hasOwnProperty.call(argv, val);
    } else {
      val = Object.prototype.hasOwnProperty.call(argv, val);
    }
    return val;
  }
  self.implications = function implications(argv) {
    const implyFail = [];
    Object.keys(implied).forEach((key) => {
      const origKey = key;
      (implied[key] || []).forEach((value) => {
        let key2 = origKey;
        const origValue = value;
        key2 = keyExists(argv, key2);
        value = keyExists(argv, value);
        if (key2 && !value) {
          implyFail.push(` ${origKey} -> ${origValue}`);
        }
      });
    });
    if (implyFail.length) {
      let msg = `${__("Implications failed:")}
`;
      implyFail.forEach((value) => {
        msg += value;
      });
      usage2.fail(msg);
    }
  };
  let conflicting = {};
  self.conflicts = function conflicts(key, value) {
    argsert("<string|object> [array|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.conflicts(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!conflicting[key]) {
        conflicting[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.conflicts(key, i));
      } else {
        conflicting[key].push(value);
      }
    }
  };
  self.getConflicting = () => conflicting;
  self.conflicting = function conflictingFn(argv) {
    Object.keys(argv).forEach((key) => {
      if (conflicting[key]) {
        conflicting[key].forEach((value) => {
          if (value && argv[key] !== void 0 && argv[value] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      }
    });
    if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) {
      Object.keys(conflicting).forEach((key) => {
        conflicting[key].forEach((value) => {
          if (value && argv[shim3.Parser.camelCase(key)] !== void 0 && argv[shim3.Parser.camelCase(value)] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      });
    }
  };
  self.recommendCommands = function recommendCommands(cmd, potentialCommands) {
    const threshold = 3;
    potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
    let recommended = null;
    let bestDistance = Infinity;
    for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
      const d = levenshtein(cmd, candidate);
      if (d <= threshold && d < bestDistance) {
        bestDistance = d;
        recommended = candidate;
      }
    }
    if (recommended)
      usage2.fail(__("Did you mean %s?", recommended));
  };
  self.reset = function reset(localLookup) {
    implied = objFilter(implied, (k) => !localLookup[k]);
    conflicting = objFilter(conflicting, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      implied,
      conflicting
    });
  };
  self.unfreeze = function unfreeze() {
    const frozen = frozens.pop();
    assertNotStrictEqual(frozen, void 0, shim3);
    ({ implied, conflicting } = frozen);
  };
  return self;
}

// node_modules/yargs/build/lib/utils/apply-extends.js
var previouslyVisitedConfigs = [];
var shim2;
function applyExtends(config, cwd, mergeExtends, _shim) {
  shim2 = _shim;
  let defaultConfig = {};
  if (Object.prototype.hasOwnProperty.call(config, "extends")) {
    if (typeof config.extends !== "string")
      return defaultConfig;
    const isPath = /\.json|\..*rc$/.test(config.extends);
    let pathToDefault = null;
    if (!isPath) {
      try {
        pathToDefault = import.meta.resolve(config.extends);
      } catch (_err) {
        return config;
      }
    } else {
      pathToDefault = getPathToDefaultConfig(cwd, config.extends);
    }
    checkForCircularExtends(pathToDefault);
    previouslyVisitedConfigs.push(pathToDefault);
    defaultConfig = isPath ? JSON.parse(shim2.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
    delete config.extends;
    defaultConfig = applyExtends(defaultConfig, shim2.path.dirname(pathToDefault), mergeExtends, shim2);
  }
  previouslyVisitedConfigs = [];
  return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
  if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) {
    throw new YError(`Circular extended configurations: '${cfgPath}'.`);
  }
}
function getPathToDefaultConfig(cwd, pathToExtend) {
  return shim2.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
  const target = {};
  function isObject(obj) {
    return obj && typeof obj === "object" && !Array.isArray(obj);
  }
  Object.assign(target, config1);
  for (const key of Object.keys(config2)) {
    if (key === "__proto__")
      continue;
    if (isObject(config2[key]) && isObject(target[key])) {
      target[key] = mergeDeep(config1[key], config2[key]);
    } else {
      target[key] = config2[key];
    }
  }
  return target;
}

// node_modules/yargs/build/lib/yargs-factory.js
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _YargsInstance_command;
var _YargsInstance_cwd;
var _YargsInstance_context;
var _YargsInstance_completion;
var _YargsInstance_completionCommand;
var _YargsInstance_defaultShowHiddenOpt;
var _YargsInstance_exitError;
var _YargsInstance_detectLocale;
var _YargsInstance_emittedWarnings;
var _YargsInstance_exitProcess;
var _YargsInstance_frozens;
var _YargsInstance_globalMiddleware;
var _YargsInstance_groups;
var _YargsInstance_hasOutput;
var _YargsInstance_helpOpt;
var _YargsInstance_isGlobalContext;
var _YargsInstance_logger;
var _YargsInstance_output;
var _YargsInstance_options;
var _YargsInstance_parentRequire;
var _YargsInstance_parserConfig;
var _YargsInstance_parseFn;
var _YargsInstance_parseContext;
var _YargsInstance_pkgs;
var _YargsInstance_preservedGroups;
var _YargsInstance_processArgs;
var _YargsInstance_recommendCommands;
var _YargsInstance_shim;
var _YargsInstance_strict;
var _YargsInstance_strictCommands;
var _YargsInstance_strictOptions;
var _YargsInstance_usage;
var _YargsInstance_usageConfig;
var _YargsInstance_versionOpt;
var _YargsInstance_validation;
function YargsFactory(_shim) {
  return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
    const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
    Object.defineProperty(yargs, "argv", {
      get: () => {
        return yargs.parse();
      },
      enumerable: true
    });
    yargs.help();
    yargs.version();
    return yargs;
  };
}
var kCopyDoubleDash = Symbol("copyDoubleDash");
var kCreateLogger = Symbol("copyDoubleDash");
var kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
var kEmitWarning = Symbol("emitWarning");
var kFreeze = Symbol("freeze");
var kGetDollarZero = Symbol("getDollarZero");
var kGetParserConfiguration = Symbol("getParserConfiguration");
var kGetUsageConfiguration = Symbol("getUsageConfiguration");
var kGuessLocale = Symbol("guessLocale");
var kGuessVersion = Symbol("guessVersion");
var kParsePositionalNumbers = Symbol("parsePositionalNumbers");
var kPkgUp = Symbol("pkgUp");
var kPopulateParserHintArray = Symbol("populateParserHintArray");
var kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
var kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
var kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
var kSanitizeKey = Symbol("sanitizeKey");
var kSetKey = Symbol("setKey");
var kUnfreeze = Symbol("unfreeze");
var kValidateAsync = Symbol("validateAsync");
var kGetCommandInstance = Symbol("getCommandInstance");
var kGetContext = Symbol("getContext");
var kGetHasOutput = Symbol("getHasOutput");
var kGetLoggerInstance = Symbol("getLoggerInstance");
var kGetParseContext = Symbol("getParseContext");
var kGetUsageInstance = Symbol("getUsageInstance");
var kGetValidationInstance = Symbol("getValidationInstance");
var kHasParseCallback = Symbol("hasParseCallback");
var kIsGlobalContext = Symbol("isGlobalContext");
var kPostProcess = Symbol("postProcess");
var kRebase = Symbol("rebase");
var kReset = Symbol("reset");
var kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
var kRunValidation = Symbol("runValidation");
var kSetHasOutput = Symbol("setHasOutput");
var kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
var DEFAULT_LOCALE = "en_US";
var YargsInstance = class {
  constructor(processArgs = [], cwd, parentRequire, shim3) {
    this.customScriptName = false;
    this.parsed = false;
    _YargsInstance_command.set(this, void 0);
    _YargsInstance_cwd.set(this, void 0);
    _YargsInstance_context.set(this, { commands: [], fullCommands: [] });
    _YargsInstance_completion.set(this, null);
    _YargsInstance_completionCommand.set(this, null);
    _YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
    _YargsInstance_exitError.set(this, null);
    _YargsInstance_detectLocale.set(this, true);
    _YargsInstance_emittedWarnings.set(this, {});
    _YargsInstance_exitProcess.set(this, true);
    _YargsInstance_frozens.set(this, []);
    _YargsInstance_globalMiddleware.set(this, void 0);
    _YargsInstance_groups.set(this, {});
    _YargsInstance_hasOutput.set(this, false);
    _YargsInstance_helpOpt.set(this, null);
    _YargsInstance_isGlobalContext.set(this, true);
    _YargsInstance_logger.set(this, void 0);
    _YargsInstance_output.set(this, "");
    _YargsInstance_options.set(this, void 0);
    _YargsInstance_parentRequire.set(this, void 0);
    _YargsInstance_parserConfig.set(this, {});
    _YargsInstance_parseFn.set(this, null);
    _YargsInstance_parseContext.set(this, null);
    _YargsInstance_pkgs.set(this, {});
    _YargsInstance_preservedGroups.set(this, {});
    _YargsInstance_processArgs.set(this, void 0);
    _YargsInstance_recommendCommands.set(this, false);
    _YargsInstance_shim.set(this, void 0);
    _YargsInstance_strict.set(this, false);
    _YargsInstance_strictCommands.set(this, false);
    _YargsInstance_strictOptions.set(this, false);
    _YargsInstance_usage.set(this, void 0);
    _YargsInstance_usageConfig.set(this, {});
    _YargsInstance_versionOpt.set(this, null);
    _YargsInstance_validation.set(this, void 0);
    __classPrivateFieldSet(this, _YargsInstance_shim, shim3, "f");
    __classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
    __classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
    __classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
    __classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
    this.$0 = this[kGetDollarZero]();
    this[kReset]();
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    __classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
  }
  addHelpOpt(opt, msg) {
    const defaultHelpOpt = "help";
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
      __classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
    }
    if (opt === false && msg === void 0)
      return this;
    __classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
    return this;
  }
  help(opt, msg) {
    return this.addHelpOpt(opt, msg);
  }
  addShowHiddenOpt(opt, msg) {
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (opt === false && msg === void 0)
      return this;
    const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    this.boolean(showHiddenOpt);
    this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
    return this;
  }
  showHidden(opt, msg) {
    return this.addShowHiddenOpt(opt, msg);
  }
  alias(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
    return this;
  }
  array(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("array", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  boolean(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("boolean", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  check(f, global) {
    argsert("<function> [boolean]", [f, global], arguments.length);
    this.middleware((argv, _yargs) => {
      return maybeAsyncResult(() => {
        return f(argv, _yargs.getOptions());
      }, (result) => {
        if (!result) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
        } else if (typeof result === "string" || result instanceof Error) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
        }
        return argv;
      }, (err) => {
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
        return argv;
      });
    }, false, global);
    return this;
  }
  choices(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
    return this;
  }
  coerce(keys, value) {
    argsert("<object|string|array> [function]", [keys, value], arguments.length);
    if (Array.isArray(keys)) {
      if (!value) {
        throw new YError("coerce callback must be provided");
      }
      for (const key of keys) {
        this.coerce(key, value);
      }
      return this;
    } else if (typeof keys === "object") {
      for (const key of Object.keys(keys)) {
        this.coerce(key, keys[key]);
      }
      return this;
    }
    if (!value) {
      throw new YError("coerce callback must be provided");
    }
    const coerceKey = keys;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv, yargs) => {
      var _a2;
      const coerceKeyAliases = (_a2 = yargs.getAliases()[coerceKey]) !== null && _a2 !== void 0 ? _a2 : [];
      const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv, key));
      if (argvKeys.length === 0) {
        return argv;
      }
      return maybeAsyncResult(() => {
        return value(argv[argvKeys[0]]);
      }, (result) => {
        argvKeys.forEach((key) => {
          argv[key] = result;
        });
        return argv;
      }, (err) => {
        throw new YError(err.message);
      });
    }, coerceKey);
    return this;
  }
  conflicts(key1, key2) {
    argsert("<string|object> [string|array]", [key1, key2], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
    return this;
  }
  config(key = "config", msg, parseFn) {
    argsert("[object|string] [string|function] [function]", [key, msg, parseFn], arguments.length);
    if (typeof key === "object" && !Array.isArray(key)) {
      key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
      return this;
    }
    if (typeof msg === "function") {
      parseFn = msg;
      msg = void 0;
    }
    this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
    (Array.isArray(key) ? key : [key]).forEach((k) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
    });
    return this;
  }
  completion(cmd, desc, fn) {
    argsert("[string] [string|boolean|function] [function]", [cmd, desc, fn], arguments.length);
    if (typeof desc === "function") {
      fn = desc;
      desc = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
    if (!desc && desc !== false) {
      desc = "generate completion script";
    }
    this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
    if (fn)
      __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
    return this;
  }
  command(cmd, description, builder, handler, middlewares, deprecated) {
    argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [cmd, description, builder, handler, middlewares, deprecated], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
    return this;
  }
  commands(cmd, description, builder, handler, middlewares, deprecated) {
    return this.command(cmd, description, builder, handler, middlewares, deprecated);
  }
  commandDir(dir, opts) {
    argsert("<string> [object]", [dir, opts], arguments.length);
    const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
    return this;
  }
  count(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("count", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  default(key, value, defaultDescription) {
    argsert("<object|string|array> [*] [string]", [key, value, defaultDescription], arguments.length);
    if (defaultDescription) {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
    }
    if (typeof value === "function") {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key])
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
      value = value.call();
    }
    this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
    return this;
  }
  defaults(key, value, defaultDescription) {
    return this.default(key, value, defaultDescription);
  }
  demandCommand(min = 1, max, minMsg, maxMsg) {
    argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [min, max, minMsg, maxMsg], arguments.length);
    if (typeof max !== "number") {
      minMsg = max;
      max = Infinity;
    }
    this.global("_", false);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
      min,
      max,
      minMsg,
      maxMsg
    };
    return this;
  }
  demand(keys, max, msg) {
    if (Array.isArray(max)) {
      max.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
      max = Infinity;
    } else if (typeof max !== "number") {
      msg = max;
      max = Infinity;
    }
    if (typeof keys === "number") {
      assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      this.demandCommand(keys, max, msg, msg);
    } else if (Array.isArray(keys)) {
      keys.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
    } else {
      if (typeof msg === "string") {
        this.demandOption(keys, msg);
      } else if (msg === true || typeof msg === "undefined") {
        this.demandOption(keys);
      }
    }
    return this;
  }
  demandOption(keys, msg) {
    argsert("<object|string|array> [string]", [keys, msg], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
    return this;
  }
  deprecateOption(option, message) {
    argsert("<string> [string|boolean]", [option, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
    return this;
  }
  describe(keys, description) {
    argsert("<object|string|array> [string]", [keys, description], arguments.length);
    this[kSetKey](keys, true);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
    return this;
  }
  detectLocale(detect) {
    argsert("<boolean>", [detect], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
    return this;
  }
  env(prefix) {
    argsert("[string|boolean]", [prefix], arguments.length);
    if (prefix === false)
      delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    else
      __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
    return this;
  }
  epilogue(msg) {
    argsert("<string>", [msg], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
    return this;
  }
  epilog(msg) {
    return this.epilogue(msg);
  }
  example(cmd, description) {
    argsert("<string|array> [string]", [cmd, description], arguments.length);
    if (Array.isArray(cmd)) {
      cmd.forEach((exampleParams) => this.example(...exampleParams));
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
    }
    return this;
  }
  exit(code, err) {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
  }
  exitProcess(enabled = true) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
    return this;
  }
  fail(f) {
    argsert("<function|boolean>", [f], arguments.length);
    if (typeof f === "boolean" && f !== false) {
      throw new YError("Invalid first argument. Expected function or boolean 'false'");
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
    return this;
  }
  getAliases() {
    return this.parsed ? this.parsed.aliases : {};
  }
  async getCompletion(args, done) {
    argsert("<array> [function]", [args, done], arguments.length);
    if (!done) {
      return new Promise((resolve5, reject) => {
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
          if (err)
            reject(err);
          else
            resolve5(completions);
        });
      });
    } else {
      return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
    }
  }
  getDemandedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
  }
  getDemandedCommands() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
  }
  getDeprecatedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
  }
  getDetectLocale() {
    return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
  }
  getExitProcess() {
    return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
  }
  getGroups() {
    return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
  }
  getHelp() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse)) {
          return parse.then(() => {
            return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
          });
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        return builderResponse.then(() => {
          return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
        });
      }
    }
    return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
  }
  getOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_options, "f");
  }
  getStrict() {
    return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
  }
  getStrictCommands() {
    return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
  }
  getStrictOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
  }
  global(globals, global) {
    argsert("<string|array> [boolean]", [globals, global], arguments.length);
    globals = [].concat(globals);
    if (global !== false) {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
    } else {
      globals.forEach((g) => {
        if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g))
          __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
      });
    }
    return this;
  }
  group(opts, groupName) {
    argsert("<string|array> <string>", [opts, groupName], arguments.length);
    const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
    if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) {
      delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
    }
    const seen = {};
    __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
      if (seen[key])
        return false;
      return seen[key] = true;
    });
    return this;
  }
  hide(key) {
    argsert("<string>", [key], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
    return this;
  }
  implies(key, value) {
    argsert("<string|object> [number|string|array]", [key, value], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
    return this;
  }
  locale(locale) {
    argsert("[string]", [locale], arguments.length);
    if (locale === void 0) {
      this[kGuessLocale]();
      return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
    }
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
    return this;
  }
  middleware(callback, applyBeforeValidation, global) {
    return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
  }
  nargs(key, value) {
    argsert("<string|object|array> [number]", [key, value], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
    return this;
  }
  normalize(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("normalize", keys);
    return this;
  }
  number(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("number", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  option(key, opt) {
    argsert("<string|object> [object]", [key, opt], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        this.options(k, key[k]);
      });
    } else {
      if (typeof opt !== "object") {
        opt = {};
      }
      this[kTrackManuallySetKeys](key);
      if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) {
        this[kEmitWarning]([
          '"version" is a reserved word.',
          "Please do one of the following:",
          '- Disable version with `yargs.version(false)` if using "version" as an option',
          "- Use the built-in `yargs.version` method instead (if applicable)",
          "- Use a different option key",
          "https://yargs.js.org/docs/#api-reference-version"
        ].join("\n"), void 0, "versionWarning");
      }
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
      if (opt.alias)
        this.alias(key, opt.alias);
      const deprecate = opt.deprecate || opt.deprecated;
      if (deprecate) {
        this.deprecateOption(key, deprecate);
      }
      const demand = opt.demand || opt.required || opt.require;
      if (demand) {
        this.demand(key, demand);
      }
      if (opt.demandOption) {
        this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
      }
      if (opt.conflicts) {
        this.conflicts(key, opt.conflicts);
      }
      if ("default" in opt) {
        this.default(key, opt.default);
      }
      if (opt.implies !== void 0) {
        this.implies(key, opt.implies);
      }
      if (opt.nargs !== void 0) {
        this.nargs(key, opt.nargs);
      }
      if (opt.config) {
        this.config(key, opt.configParser);
      }
      if (opt.normalize) {
        this.normalize(key);
      }
      if (opt.choices) {
        this.choices(key, opt.choices);
      }
      if (opt.coerce) {
        this.coerce(key, opt.coerce);
      }
      if (opt.group) {
        this.group(key, opt.group);
      }
      if (opt.boolean || opt.type === "boolean") {
        this.boolean(key);
        if (opt.alias)
          this.boolean(opt.alias);
      }
      if (opt.array || opt.type === "array") {
        this.array(key);
        if (opt.alias)
          this.array(opt.alias);
      }
      if (opt.number || opt.type === "number") {
        this.number(key);
        if (opt.alias)
          this.number(opt.alias);
      }
      if (opt.string || opt.type === "string") {
        this.string(key);
        if (opt.alias)
          this.string(opt.alias);
      }
      if (opt.count || opt.type === "count") {
        this.count(key);
      }
      if (typeof opt.global === "boolean") {
        this.global(key, opt.global);
      }
      if (opt.defaultDescription) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
      }
      if (opt.skipValidation) {
        this.skipValidation(key);
      }
      const desc = opt.describe || opt.description || opt.desc;
      const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
      if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") {
        this.describe(key, desc);
      }
      if (opt.hidden) {
        this.hide(key);
      }
      if (opt.requiresArg) {
        this.requiresArg(key);
      }
    }
    return this;
  }
  options(key, opt) {
    return this.option(key, opt);
  }
  parse(args, shortCircuit, _parseFn) {
    argsert("[string|array] [function|boolean|object] [function]", [args, shortCircuit, _parseFn], arguments.length);
    this[kFreeze]();
    if (typeof args === "undefined") {
      args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    }
    if (typeof shortCircuit === "object") {
      __classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
      shortCircuit = _parseFn;
    }
    if (typeof shortCircuit === "function") {
      __classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
      shortCircuit = false;
    }
    if (!shortCircuit)
      __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
      __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
    const parsed = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
    const tmpParsed = this.parsed;
    __classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
    if (isPromise(parsed)) {
      return parsed.then((argv) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        return argv;
      }).catch((err) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) {
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        }
        throw err;
      }).finally(() => {
        this[kUnfreeze]();
        this.parsed = tmpParsed;
      });
    } else {
      if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
        __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
      this[kUnfreeze]();
      this.parsed = tmpParsed;
    }
    return parsed;
  }
  parseAsync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
  }
  parseSync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    if (isPromise(maybePromise)) {
      throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
    }
    return maybePromise;
  }
  parserConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
    return this;
  }
  pkgConf(key, rootPath) {
    argsert("<string> [string]", [key, rootPath], arguments.length);
    let conf = null;
    const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
    if (obj[key] && typeof obj[key] === "object") {
      conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
    }
    return this;
  }
  positional(key, opts) {
    argsert("<string> <object>", [key, opts], arguments.length);
    const supportedOpts = [
      "default",
      "defaultDescription",
      "implies",
      "normalize",
      "choices",
      "conflicts",
      "coerce",
      "type",
      "describe",
      "desc",
      "description",
      "alias"
    ];
    opts = objFilter(opts, (k, v) => {
      if (k === "type" && !["string", "number", "boolean"].includes(v))
        return false;
      return supportedOpts.includes(k);
    });
    const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
    const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
      array: [],
      alias: {},
      default: {},
      demand: {}
    };
    objectKeys(parseOptions).forEach((pk) => {
      const parseOption = parseOptions[pk];
      if (Array.isArray(parseOption)) {
        if (parseOption.indexOf(key) !== -1)
          opts[pk] = true;
      } else {
        if (parseOption[key] && !(pk in opts))
          opts[pk] = parseOption[key];
      }
    });
    this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
    return this.option(key, opts);
  }
  recommendCommands(recommend = true) {
    argsert("[boolean]", [recommend], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
    return this;
  }
  required(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  require(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  requiresArg(keys) {
    argsert("<array|string|object> [number]", [keys], arguments.length);
    if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) {
      return this;
    } else {
      this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
    }
    return this;
  }
  showCompletionScript($0, cmd) {
    argsert("[string] [string]", [$0, cmd], arguments.length);
    $0 = $0 || this.$0;
    __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
    return this;
  }
  showHelp(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse)) {
          parse.then(() => {
            __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
          });
          return this;
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        builderResponse.then(() => {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
        });
        return this;
      }
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
    return this;
  }
  scriptName(scriptName) {
    this.customScriptName = true;
    this.$0 = scriptName;
    return this;
  }
  showHelpOnFail(enabled, message) {
    argsert("[boolean|string] [string]", [enabled, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
    return this;
  }
  showVersion(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
    return this;
  }
  skipValidation(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("skipValidation", keys);
    return this;
  }
  strict(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
    return this;
  }
  strictCommands(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
    return this;
  }
  strictOptions(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
    return this;
  }
  string(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("string", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  terminalWidth() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
  }
  updateLocale(obj) {
    return this.updateStrings(obj);
  }
  updateStrings(obj) {
    argsert("<object>", [obj], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
    return this;
  }
  usage(msg, description, builder, handler) {
    argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [msg, description, builder, handler], arguments.length);
    if (description !== void 0) {
      assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if ((msg || "").match(/^\$0( |$)/)) {
        return this.command(msg, description, builder, handler);
      } else {
        throw new YError(".usage() description must start with $0 if being used as alias for .command()");
      }
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
      return this;
    }
  }
  usageConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
    return this;
  }
  version(opt, msg, ver) {
    const defaultVersionOpt = "version";
    argsert("[boolean|string] [string] [string]", [opt, msg, ver], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
      __classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
    }
    if (arguments.length === 0) {
      ver = this[kGuessVersion]();
      opt = defaultVersionOpt;
    } else if (arguments.length === 1) {
      if (opt === false) {
        return this;
      }
      ver = opt;
      opt = defaultVersionOpt;
    } else if (arguments.length === 2) {
      ver = msg;
      msg = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
    msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
    return this;
  }
  wrap(cols) {
    argsert("<number|null|undefined>", [cols], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
    return this;
  }
  [(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv) {
    if (!argv._ || !argv["--"])
      return argv;
    argv._.push.apply(argv._, argv["--"]);
    try {
      delete argv["--"];
    } catch (_err) {
    }
    return argv;
  }
  [kCreateLogger]() {
    return {
      log: (...args) => {
        if (!this[kHasParseCallback]())
          console.log(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      },
      error: (...args) => {
        if (!this[kHasParseCallback]())
          console.error(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      }
    };
  }
  [kDeleteFromParserHintObject](optionKey) {
    objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
      if (/* @__PURE__ */ ((key) => key === "configObjects")(hintKey))
        return;
      const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
      if (Array.isArray(hint)) {
        if (hint.includes(optionKey))
          hint.splice(hint.indexOf(optionKey), 1);
      } else if (typeof hint === "object") {
        delete hint[optionKey];
      }
    });
    delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
  }
  [kEmitWarning](warning, type, deduplicationId) {
    if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
      __classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
    }
  }
  [kFreeze]() {
    __classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
      options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
      configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
      exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
      groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
      strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
      strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
      strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
      completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
      output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
      exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
      hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
      parsed: this.parsed,
      parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
      parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
    });
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
  }
  [kGetDollarZero]() {
    let $0 = "";
    let default$0;
    if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
    } else {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
    }
    $0 = default$0.map((x) => {
      const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
      return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
    }).join(" ").trim();
    if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) {
      $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
    }
    return $0;
  }
  [kGetParserConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
  }
  [kGetUsageConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
  }
  [kGuessLocale]() {
    if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f"))
      return;
    const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
    this.locale(locale.replace(/[.:].*/, ""));
  }
  [kGuessVersion]() {
    const obj = this[kPkgUp]();
    return obj.version || "unknown";
  }
  [kParsePositionalNumbers](argv) {
    const args = argv["--"] ? argv["--"] : argv._;
    for (let i = 0, arg; (arg = args[i]) !== void 0; i++) {
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) {
        args[i] = Number(arg);
      }
    }
    return argv;
  }
  [kPkgUp](rootPath) {
    const npath = rootPath || "*";
    if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath])
      return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
    let obj = {};
    try {
      let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) {
        startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
      }
      const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
        if (names.includes("package.json")) {
          return "package.json";
        } else {
          return void 0;
        }
      });
      assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
    } catch (_noop) {
    }
    __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
    return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
  }
  [kPopulateParserHintArray](type, keys) {
    keys = [].concat(keys);
    keys.forEach((key) => {
      key = this[kSanitizeKey](key);
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
    });
  }
  [kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = value2;
    });
  }
  [kPopulateParserHintArrayDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] || []).concat(value2);
    });
  }
  [kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
    if (Array.isArray(key)) {
      key.forEach((k) => {
        builder(k, value);
      });
    } else if (/* @__PURE__ */ ((key2) => typeof key2 === "object")(key)) {
      for (const k of objectKeys(key)) {
        builder(k, key[k]);
      }
    } else {
      singleKeyHandler(type, this[kSanitizeKey](key), value);
    }
  }
  [kSanitizeKey](key) {
    if (key === "__proto__")
      return "___proto___";
    return key;
  }
  [kSetKey](key, set) {
    this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
    return this;
  }
  [kUnfreeze]() {
    var _a2, _b2, _c2, _d, _e, _f, _g, _h, _j, _k, _l, _m;
    const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
    assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
    let configObjects;
    _a2 = this, _b2 = this, _c2 = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {
      options: { set value(_o) {
        __classPrivateFieldSet(_a2, _YargsInstance_options, _o, "f");
      } }.value,
      configObjects,
      exitProcess: { set value(_o) {
        __classPrivateFieldSet(_b2, _YargsInstance_exitProcess, _o, "f");
      } }.value,
      groups: { set value(_o) {
        __classPrivateFieldSet(_c2, _YargsInstance_groups, _o, "f");
      } }.value,
      output: { set value(_o) {
        __classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
      } }.value,
      exitError: { set value(_o) {
        __classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
      } }.value,
      hasOutput: { set value(_o) {
        __classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
      } }.value,
      parsed: this.parsed,
      strict: { set value(_o) {
        __classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
      } }.value,
      strictCommands: { set value(_o) {
        __classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
      } }.value,
      strictOptions: { set value(_o) {
        __classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
      } }.value,
      completionCommand: { set value(_o) {
        __classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
      } }.value,
      parseFn: { set value(_o) {
        __classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
      } }.value,
      parseContext: { set value(_o) {
        __classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
      } }.value
    } = frozen;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
  }
  [kValidateAsync](validation2, argv) {
    return maybeAsyncResult(argv, (result) => {
      validation2(result);
      return result;
    });
  }
  getInternalMethods() {
    return {
      getCommandInstance: this[kGetCommandInstance].bind(this),
      getContext: this[kGetContext].bind(this),
      getHasOutput: this[kGetHasOutput].bind(this),
      getLoggerInstance: this[kGetLoggerInstance].bind(this),
      getParseContext: this[kGetParseContext].bind(this),
      getParserConfiguration: this[kGetParserConfiguration].bind(this),
      getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
      getUsageInstance: this[kGetUsageInstance].bind(this),
      getValidationInstance: this[kGetValidationInstance].bind(this),
      hasParseCallback: this[kHasParseCallback].bind(this),
      isGlobalContext: this[kIsGlobalContext].bind(this),
      postProcess: this[kPostProcess].bind(this),
      reset: this[kReset].bind(this),
      runValidation: this[kRunValidation].bind(this),
      runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
      setHasOutput: this[kSetHasOutput].bind(this)
    };
  }
  [kGetCommandInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_command, "f");
  }
  [kGetContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_context, "f");
  }
  [kGetHasOutput]() {
    return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
  }
  [kGetLoggerInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
  }
  [kGetParseContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
  }
  [kGetUsageInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
  }
  [kGetValidationInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
  }
  [kHasParseCallback]() {
    return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
  }
  [kIsGlobalContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
  }
  [kPostProcess](argv, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
    if (calledFromCommand)
      return argv;
    if (isPromise(argv))
      return argv;
    if (!populateDoubleDash) {
      argv = this[kCopyDoubleDash](argv);
    }
    const parsePositionalNumbers = this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0;
    if (parsePositionalNumbers) {
      argv = this[kParsePositionalNumbers](argv);
    }
    if (runGlobalMiddleware) {
      argv = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
    }
    return argv;
  }
  [kReset](aliases = {}) {
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
    const tmpOptions = {};
    tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
    tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
    const localLookup = {};
    tmpOptions.local.forEach((l) => {
      localLookup[l] = true;
      (aliases[l] || []).forEach((a) => {
        localLookup[a] = true;
      });
    });
    Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
      const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
      if (keys.length > 0) {
        acc[groupName] = keys;
      }
      return acc;
    }, {}));
    __classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
    const arrayOptions = [
      "array",
      "boolean",
      "string",
      "skipValidation",
      "count",
      "normalize",
      "number",
      "hiddenOptions"
    ];
    const objectOptions = [
      "narg",
      "key",
      "alias",
      "default",
      "defaultDescription",
      "config",
      "choices",
      "demandedOptions",
      "demandedCommands",
      "deprecatedOptions"
    ];
    arrayOptions.forEach((k) => {
      tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k2) => !localLookup[k2]);
    });
    objectOptions.forEach((k) => {
      tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k2) => !localLookup[k2]);
    });
    tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    __classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f"))
      __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_output, "", "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
    this.parsed = false;
    return this;
  }
  [kRebase](base, dir) {
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
  }
  [kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
    var _a2, _b2, _c2, _d;
    let skipValidation = !!calledFromCommand || helpOnly;
    args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
    const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
    const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, {
      "populate--": true
    });
    const parsed = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), {
      configuration: { "parse-positional-numbers": false, ...config }
    }));
    const argv = Object.assign(parsed.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
    let argvPromise = void 0;
    const aliases = parsed.aliases;
    let helpOptSet = false;
    let versionOptSet = false;
    Object.keys(argv).forEach((key) => {
      if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv[key]) {
        helpOptSet = true;
      } else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv[key]) {
        versionOptSet = true;
      }
    });
    argv.$0 = this.$0;
    this.parsed = parsed;
    if (commandIndex === 0) {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
    }
    try {
      this[kGuessLocale]();
      if (shortCircuit) {
        return this[kPostProcess](argv, populateDoubleDash, !!calledFromCommand, false);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
        const helpCmds = [__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1);
        if (helpCmds.includes("" + argv._[argv._.length - 1])) {
          argv._.pop();
          helpOptSet = true;
        }
      }
      __classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
      const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
      const requestCompletions = ((_a2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a2 === void 0 ? void 0 : _a2.completionKey) ? [
        (_b2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b2 === void 0 ? void 0 : _b2.completionKey,
        ...(_d = this.getAliases()[(_c2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c2 === void 0 ? void 0 : _c2.completionKey]) !== null && _d !== void 0 ? _d : []
      ].some((key) => Object.prototype.hasOwnProperty.call(argv, key)) : false;
      const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
      if (argv._.length) {
        if (handlerKeys.length) {
          let firstUnknownCommand;
          for (let i = commandIndex || 0, cmd; argv._[i] !== void 0; i++) {
            cmd = String(argv._[i]);
            if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
              return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
            } else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              firstUnknownCommand = cmd;
              break;
            }
          }
          if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) {
            __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
          }
        }
        if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          this.showCompletionScript();
          this.exit(0);
        }
      }
      if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
        const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
        return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
      }
      if (requestCompletions) {
        if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
          setBlocking(true);
        args = [].concat(args);
        const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
          if (err)
            throw new YError(err.message);
          (completions || []).forEach((completion2) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion2);
          });
          this.exit(0);
        });
        return this[kPostProcess](argv, !populateDoubleDash, !!calledFromCommand, false);
      }
      if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
        if (helpOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          this.showHelp((message) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
            this.exit(0);
          });
        } else if (versionOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
          this.exit(0);
        }
      }
      if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) {
        skipValidation = Object.keys(argv).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv[key] === true);
      }
      if (!skipValidation) {
        if (parsed.error)
          throw new YError(parsed.error.message);
        if (!requestCompletions) {
          const validation2 = this[kRunValidation](aliases, {}, parsed.error);
          if (!calledFromCommand) {
            argvPromise = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
          }
          argvPromise = this[kValidateAsync](validation2, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv);
          if (isPromise(argvPromise) && !calledFromCommand) {
            argvPromise = argvPromise.then(() => {
              return applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
            });
          }
        }
      }
    } catch (err) {
      if (err instanceof YError)
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
      else
        throw err;
    }
    return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv, populateDoubleDash, !!calledFromCommand, true);
  }
  [kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
    const demandedOptions = { ...this.getDemandedOptions() };
    return (argv) => {
      if (parseErrors)
        throw new YError(parseErrors.message);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv, demandedOptions);
      let failedStrictCommands = false;
      if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) {
        failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, positionalMap, !!isDefaultCommand);
      } else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, {}, false, false);
      }
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv);
    };
  }
  [kSetHasOutput]() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
  }
  [kTrackManuallySetKeys](keys) {
    if (typeof keys === "string") {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
    } else {
      for (const k of keys) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
      }
    }
  }
};
function isYargsInstance(y) {
  return !!y && typeof y.getInternalMethods === "function";
}

// node_modules/yargs/index.mjs
var Yargs = YargsFactory(esm_default);
var yargs_default = Yargs;

// src/cli/site-options.ts
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
    const used = names.find((name) => argv[name] !== void 0 && argv[name] !== false);
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
  for (const name of INIT_FLAGS) {
    const value = nonEmpty(argv, name);
    if (value !== void 0) flags[name] = value;
  }
  return { ...flags, output: nonEmpty(argv, "output"), force: argv["force"] === true, qiime2: nonEmpty(argv, "qiime2") };
}
function nonEmpty(argv, name) {
  const value = argv[name];
  if (value === void 0) return void 0;
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (typeof last !== "string" || last.trim() === "") throw new UsageError(`--${name} needs a value`);
  return last.trim();
}

// src/cli/options.ts
var FORMATS = ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
var SUBCOMMANDS = /* @__PURE__ */ new Set(["schema", "rules", "explain", "rule", "which", "cluster-profile", "init"]);
async function parseCommandLine(argv, ruleIds, version) {
  let output = "";
  const parser2 = yargs_default([...argv]).scriptName("parsl-lint").usage(
    "$0 [files, directories, globs or - for stdin ...] [--sbatch-test]\n$0 explain FILE...\n$0 schema [--qiime2 VERSION | --parsl VERSION]\n$0 rules [--format json]\n$0 rule NAME\n$0 which [--format json]\n$0 cluster-profile [SCONTROL-OUTPUT ...] [--output FILE]\n$0 init --workers N --cpus N --mem 96GB --walltime 24h --env ENV [--partition P] [--account A] [--qiime2 VERSION] [--output FILE]\n\nLint QIIME 2 / parsl TOML configs before you submit a pipeline; show the batch scripts parsl will write; print the JSON Schema for editors; list the rules; print a rule's page; name the config file QIIME 2 would load.\nTo lint a file named explain, schema, rules, rule or which, write ./explain, ./schema, ./rules, ./rule or ./which."
  ).option("format", { alias: "f", choices: FORMATS, describe: "Output format: stylish, json, github (annotations; the default when GITHUB_ACTIONS=true), sarif (2.1.0), gitlab (Code Quality), compact (path:line:col: severity: message [rule]), markdown (a table)" }).option("output-file", { alias: "o", type: "string", describe: "Write the report to this file instead of stdout" }).option("quiet", { type: "boolean", default: false, describe: "Report errors only" }).option("max-warnings", { type: "number", default: -1, describe: "Fail (exit 1) when there are more warnings than this" }).option("rule", { type: "string", describe: "Set a rule's severity: NAME=off|info|warning|error (repeatable: --rule a=off --rule b=error)" }).option("stdin-filename", { type: "string", describe: "The name to report for a file read from stdin (-)" }).option("color", { type: "boolean", describe: "Force colour on (--color) or off (--no-color); default: on for a terminal, honouring NO_COLOR and FORCE_COLOR" }).option("qiime2", { type: "string", describe: "Judge against this QIIME 2 release (default: the newest)" }).option("parsl", { type: "string", describe: "Judge against this parsl release (for plain parsl users)" }).option("fix", { type: "boolean", default: false, describe: "Apply the safe fixes to the files (for stdin -: print the fixed document)" }).option("unsafe-fixes", { type: "boolean", default: false, describe: "With --fix or --diff: apply the unsafe fixes too" }).option("diff", { type: "boolean", default: false, describe: "Print the fixes as a unified diff and write nothing; exit 1 if there is any" }).option("config", { type: "string", describe: "Use this config file for every file (--no-config: use none); default: the closest parsl-lint.toml, .parsl-lint.toml or pyproject.toml [tool.parsl-lint]" }).option("inline-config", { type: "boolean", default: true, describe: "Honour # parsl-lint-disable comments (--no-inline-config ignores them)" }).option("print-config", { type: "string", describe: "Print the settings that apply to this file and the config file they come from" }).option("only-parsl-configs", { type: "boolean", default: false, describe: "Lint a named file only if a directory walk would (it has a parsl table, or matches include); none left is not an error. For pre-commit" }).options(SITE_OPTIONS).option("debug", { type: "boolean", default: false, describe: "Print stack traces of internal errors" }).version(version).alias("help", "h").alias("version", "v").strictOptions().exitProcess(false).fail((message, error) => {
    throw new UsageError(message ?? error?.message ?? "invalid command line");
  }).wrap(Math.min(100, process.stdout.columns ?? 100));
  const argvParsed = await parser2.parseAsync([...argv], {}, (_error, _argv, text) => {
    output = text;
  });
  if (argvParsed.help || argvParsed.version) return { kind: "exit", output };
  const positionals = argvParsed._.map(String);
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
      debug: argvParsed.debug,
      fix: argvParsed.fix || argvParsed.diff ? argvParsed["unsafe-fixes"] ? "unsafe" : "safe" : void 0,
      diff: argvParsed.diff,
      config,
      inlineConfig: argvParsed["inline-config"],
      printConfig: argvParsed["print-config"],
      onlyParslConfigs: argvParsed["only-parsl-configs"],
      sbatchTest: argvParsed["sbatch-test"]
    }
  };
}
function parseRuleSettings(values, ruleIds) {
  const settings = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes NAME=off|info|warning|error, got "${value}"`);
    const [, id, setting] = match;
    if (!ruleIds.includes(id)) {
      const guess = closestMatch(id, ruleIds);
      throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ""}; the rules are: ${ruleIds.join(", ")}`);
    }
    if (setting !== "off" && !SEVERITIES.includes(setting)) {
      throw new UsageError(`--rule ${id}: the setting must be off, info, warning or error, got "${setting}"`);
    }
    settings.set(id, setting);
  }
  return settings;
}

// src/cli/same-file.ts
import { statSync as statSync3 } from "node:fs";
function distinctFiles(files) {
  const kept = [];
  const keptAt = /* @__PURE__ */ new Map();
  for (const input of files) {
    const key = identity(input.file);
    const at = key === void 0 ? void 0 : keptAt.get(key);
    if (at === void 0) {
      if (key !== void 0) keptAt.set(key, kept.length);
      kept.push(input);
    } else if (input.explicit && !kept[at].explicit) {
      kept[at] = { ...kept[at], explicit: true };
    }
  }
  return kept;
}
function identity(file) {
  try {
    const stats = statSync3(file, { bigint: true });
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
import path4 from "node:path";

// src/config/globs.ts
import path3 from "node:path";
async function globMatcher(patterns, base) {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import("./picomatch-4PJTKFRP.mjs");
  const isMatch = picomatch(patterns.map((pattern2) => pattern2.replace(/^\.\//, "")), { dot: true });
  return (file) => {
    const relative2 = path3.relative(base, file);
    if (relative2 === "" || relative2 === ".." || relative2.startsWith(`..${path3.sep}`) || path3.isAbsolute(relative2)) return false;
    const parts = relative2.split(path3.sep);
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
      const file = path4.resolve(cwd, options.config);
      let config;
      this.findConfig = () => config ??= load(file).then((found) => {
        if (!found) throw new ConfigError(`${options.config}: no such file${path4.basename(file) === "pyproject.toml" ? ", or no [tool.parsl-lint] table in it" : ""}`);
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
    const base = config.file ? path4.dirname(config.file) : this.cwd;
    return {
      config,
      lintOptions: {
        rules: this.rules,
        target: this.target(config),
        settings: new Map([...config.rules, ...this.options.settings]),
        inlineConfig: this.options.inlineConfig,
        requiredFields: config.required,
        profile: config.profile
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
    rules: Object.fromEntries(lintOptions.rules.map((rule58) => [rule58.meta.id, lintOptions.settings?.get(rule58.meta.id) ?? rule58.meta.severity])),
    include: config.include,
    exclude: config.exclude,
    required: config.required,
    profile: config.profile ? config.profile.file : null,
    inlineConfig: lintOptions.inlineConfig
  };
  return `${JSON.stringify(description, null, 2)}
`;
}

// src/cli/main.ts
async function run(argv) {
  const debug = argv.includes("--debug");
  try {
    const command2 = await parseCommandLine(argv, [...ruleNames(RULES).keys()], packageVersion());
    if (command2.kind === "exit") {
      process.stdout.write(command2.output.endsWith("\n") ? command2.output : `${command2.output}
`);
      return 0;
    }
    if (command2.kind === "schema") {
      printSchema(command2.qiime2, command2.parsl);
      return 0;
    }
    if (command2.kind === "rules") {
      printRules(RULES, command2.format);
      return 0;
    }
    if (command2.kind === "cluster-profile") return await (await import("./cluster-profile-6FXI2DNR.mjs")).clusterProfile(command2.request, process.cwd());
    if (command2.kind === "init") return await (await import("./init-YERTGCFY.mjs")).init(command2.flags, [...ruleNames(RULES).keys()], process.cwd());
    if (command2.kind === "rule") {
      printRulePage(command2.name, RULES);
      return 0;
    }
    if (command2.kind === "which") {
      printWhich(command2.format);
      return 0;
    }
    return await lint(command2.options, command2.kind === "explain");
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
    process.stdout.write(describeSettings(await finder.forFile(path5.resolve(cwd, options.printConfig)), cwd));
    return 0;
  }
  const fixer = options.fix ? await import("./fix-RH4EMTKV.mjs") : void 0;
  const reports = [];
  const diffs = [];
  const invalid = [];
  const sbatch = options.sbatchTest ? await import("./sbatch-test-D35AWUCG.mjs") : void 0;
  const unread = { named: 0 };
  for await (const input of readInputs(options, finder, cwd, unread)) {
    const lintOptions = sbatch ? { ...input.settings.lintOptions, sbatchAnswer: await sbatch.sbatchAnswers(input.bytes, input.settings.lintOptions.target) } : input.settings.lintOptions;
    const { result, applied, diff } = fixer ? await fixer.fixInput(input.bytes, input.file, input.shown, lintOptions, options) : { result: lintBytes(input.bytes, lintOptions), applied: 0, diff: "" };
    if (diff) diffs.push(diff);
    if (result.syntaxError) invalid.push(input.shown);
    reports.push({
      path: input.shown,
      source: result.source,
      diagnostics: keep(result.diagnostics, options),
      suppressed: keep(result.suppressed, options),
      fixesApplied: applied,
      ...explain2 && { jobs: result.jobs }
    });
  }
  if (explain2) {
    const chalk2 = new Chalk({ level: useColor(options.color, process.stdout) ? 1 : 0 });
    process.stdout.write(options.format === "json" ? formatExplainJson(reports) : formatExplain(reports, chalk2));
    for (const shown2 of invalid) process.stderr.write(`parsl-lint: ${shown2} is not valid TOML; run parsl-lint ${shown2} to see where
`);
    if (unread.named > 0) return 2;
    return invalid.length > 0 ? 1 : 0;
  }
  if (options.diff) {
    process.stdout.write(diffs.join(""));
    const summary2 = fixSummary(reports, options.fix, true);
    if (summary2) process.stderr.write(`parsl-lint: ${summary2}
`);
    if (unread.named > 0) return 2;
    return diffs.length > 0 || invalid.length > 0 ? 1 : 0;
  }
  const out = options.fix && options.inputs.includes("-") ? process.stderr : process.stdout;
  const color = options.outputFile === void 0 ? useColor(options.color, out) : options.color ?? false;
  const report2 = renderReport(reports, options, new Chalk({ level: color ? 1 : 0 }));
  if (options.outputFile === void 0) out.write(report2);
  else await writeReport(path5.resolve(cwd, options.outputFile), report2);
  const summary = summarize(reports);
  const tooManyWarnings = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings;
  if (tooManyWarnings && (options.format === "stylish" || options.outputFile !== void 0)) {
    process.stderr.write(`parsl-lint: too many warnings (${summary.warnings}, --max-warnings is ${options.maxWarnings})
`);
  }
  if (invalid.length > 0 && summary.errors === 0) process.stderr.write(`parsl-lint: ${invalid.length === 1 ? "1 file is" : `${invalid.length} files are`} not valid TOML
`);
  if (unread.named > 0) return 2;
  return summary.errors > 0 || invalid.length > 0 || tooManyWarnings ? 1 : 0;
}
async function* readInputs(options, finder, cwd, unread) {
  const inputs = options.inputs.length > 0 ? options.inputs : ["."];
  const fromStdin = inputs.filter((input) => input === "-");
  if (fromStdin.length > 1) throw new UsageError("stdin (-) can be read only once");
  if (fromStdin.length === 1) {
    const named = path5.resolve(cwd, options.stdinFilename ?? "stdin");
    const settings = await finder.forFile(named);
    const bytes = await readStdin();
    const wanted = !settings.excluded(named) && (!options.onlyParslConfigs || looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (wanted) yield { file: void 0, shown: options.stdinFilename ?? "<stdin>", bytes, settings };
  }
  const paths = inputs.filter((input) => input !== "-");
  if (paths.length === 0) return;
  let found = 0;
  let excluded = 0;
  let unreadable = 0;
  const warn = (message) => process.stderr.write(`parsl-lint: warning: ${message}
`);
  for (const input of distinctFiles(await resolveFiles(paths, cwd, { onlyParslConfigs: options.onlyParslConfigs, warn }))) {
    const settings = await finder.forFile(input.file);
    if (settings.excluded(input.file)) {
      excluded++;
      continue;
    }
    const shown2 = displayPath(input.file, cwd);
    let bytes;
    try {
      bytes = readRegularFile(input.file);
    } catch (error) {
      if (input.explicit) {
        process.stderr.write(`parsl-lint: cannot read ${printable(shown2)}: ${readProblem(error)}
`);
        unread.named++;
      } else {
        warn(`skipped ${printable(shown2)}: ${readProblem(error)}`);
      }
      unreadable++;
      continue;
    }
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    found++;
    yield { file: input.file, shown: shown2, bytes, settings };
  }
  if (found === 0 && excluded === 0 && unreadable === 0 && !options.onlyParslConfigs) throw new UsageError(`no parsl config found in ${paths.join(", ")} (a TOML file with a [parsl] table)`);
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
export {
  run
};
/*! Bundled license information:

yargs-parser/build/lib/string-utils.js:
yargs-parser/build/lib/tokenize-arg-string.js:
yargs-parser/build/lib/yargs-parser-types.js:
yargs-parser/build/lib/yargs-parser.js:
  (**
   * @license
   * Copyright (c) 2016, Contributors
   * SPDX-License-Identifier: ISC
   *)

yargs-parser/build/lib/index.js:
  (**
   * @fileoverview Main entrypoint for libraries using yargs-parser in Node.js
   *
   * @license
   * Copyright (c) 2016, Contributors
   * SPDX-License-Identifier: ISC
   *)
*/
