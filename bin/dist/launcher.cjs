"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// src/launcher.ts
var launcher_exports = {};
__export(launcher_exports, {
  codeCacheFile: () => codeCacheFile,
  loadBundle: () => loadBundle
});
module.exports = __toCommonJS(launcher_exports);
var import_node_fs2 = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");
var import_node_zlib = require("node:zlib");

// src/make-folders.ts
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);
function makeFolders(folder, mode) {
  try {
    (0, import_node_fs.mkdirSync)(folder, mode);
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") return;
    const parent = import_node_path.default.dirname(folder);
    if (code !== "ENOENT" || parent === folder) throw error;
    makeFolders(parent, mode);
    (0, import_node_fs.mkdirSync)(folder, mode);
  }
}

// src/launcher.ts
var MAX_CACHE_BYTES = 64 * 2 ** 20;
function loadBundle(file, env = process.env) {
  const source = (0, import_node_fs2.readFileSync)(file, "latin1");
  const cacheFile = codeCacheFile(source, env);
  const cachedData = cacheFile === void 0 ? void 0 : readPrivateFile(cacheFile);
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, ...cachedData && { cachedData } });
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path2.default.dirname(file));
  const fromCache = cachedData !== void 0 && !script.cachedDataRejected;
  return {
    exports: module2.exports,
    fromCache,
    saveCodeCache: () => {
      if (cacheFile !== void 0 && !fromCache) writePrivateFile(cacheFile, () => script.createCachedData());
    }
  };
}
function codeCacheFile(source, env = process.env) {
  if (env["PARSL_LINT_NO_CODE_CACHE"] === "1" || env["NODE_DISABLE_COMPILE_CACHE"] === "1") return void 0;
  const hash = /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1];
  const folder = cacheFolder(env);
  if (hash === void 0 || folder === void 0) return void 0;
  return import_node_path2.default.join(folder, `cli-${hash.slice(0, 32)}-node${process.versions.node}-${process.arch}.v8cache`);
}
function cacheFolder(env) {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg !== void 0 && import_node_path2.default.isAbsolute(xdg)) return import_node_path2.default.join(xdg, "parsl-lint");
  let home;
  try {
    home = import_node_os.default.homedir();
  } catch {
    return void 0;
  }
  if (!import_node_path2.default.isAbsolute(home)) return void 0;
  if (process.platform === "darwin") return import_node_path2.default.join(home, "Library", "Caches", "parsl-lint");
  if (process.platform === "win32" && env["LOCALAPPDATA"]) return import_node_path2.default.join(env["LOCALAPPDATA"], "parsl-lint");
  return import_node_path2.default.join(home, ".cache", "parsl-lint");
}
function isPrivate(stats) {
  if (process.platform === "win32" || process.getuid === void 0) return true;
  return stats.uid === process.getuid() && (stats.mode & 18) === 0;
}
function readPrivateFile(file) {
  try {
    if (!isPrivate((0, import_node_fs2.lstatSync)(import_node_path2.default.dirname(file)))) return void 0;
    const fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NOFOLLOW ?? 0));
    try {
      const stats = (0, import_node_fs2.fstatSync)(fd);
      if (!stats.isFile() || !isPrivate(stats) || stats.size > MAX_CACHE_BYTES) return void 0;
      const file2 = (0, import_node_fs2.readFileSync)(fd);
      const data = file2.subarray(4);
      return file2.length > 4 && file2.readUInt32BE(0) === (0, import_node_zlib.crc32)(data) ? data : void 0;
    } finally {
      (0, import_node_fs2.closeSync)(fd);
    }
  } catch {
    return void 0;
  }
}
function writePrivateFile(file, content) {
  const folder = import_node_path2.default.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    makeFolders(folder, 448);
    const stats = (0, import_node_fs2.lstatSync)(folder);
    if (!stats.isDirectory() || !isPrivate(stats)) return;
    const data = content();
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE((0, import_node_zlib.crc32)(data));
    (0, import_node_fs2.writeFileSync)(temporary, Buffer.concat([checksum, data]), { mode: 384, flag: "wx" });
    (0, import_node_fs2.renameSync)(temporary, file);
  } catch {
    try {
      (0, import_node_fs2.rmSync)(temporary, { force: true });
    } catch {
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codeCacheFile,
  loadBundle
});
