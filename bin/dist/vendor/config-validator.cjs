const __parslLintBundleUrl = require('node:url').pathToFileURL(__filename).href;
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

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/config-validator.ts
var config_validator_exports = {};
__export(config_validator_exports, {
  generated: () => generated
});
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "qiime2" || key0 === "parsl" || key0 === "include" || key0 === "exclude" || key0 === "rules" || key0 === "profile" || key0 === "required" || key0 === "slurm")) {
          validate0.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.qiime2 !== void 0) {
          let data0 = data.qiime2;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate0.errors = [{ instancePath: instancePath + "/qiime2", schemaPath: "#/properties/qiime2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.qiime2.type, parentSchema: schema0.properties.qiime2, data: data0 }];
            return false;
          }
          const _errs3 = errors;
          if (errors === _errs2) {
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.parsl !== void 0) {
            let data1 = data.parsl;
            const _errs4 = errors;
            if (typeof data1 !== "string") {
              validate0.errors = [{ instancePath: instancePath + "/parsl", schemaPath: "#/properties/parsl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.parsl.type, parentSchema: schema0.properties.parsl, data: data1 }];
              return false;
            }
            const _errs5 = errors;
            if (errors === _errs4) {
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.include !== void 0) {
              let data2 = data.include;
              const _errs6 = errors;
              const _errs7 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs8 = errors;
                    const _errs9 = errors;
                    if (errors === _errs8) {
                      if (typeof data3 === "string") {
                        if (func0(data3) < 1) {
                          validate0.errors = [{ instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.include.items, data: data3 }];
                          return false;
                        } else {
                        }
                      } else {
                        validate0.errors = [{ instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.include.items.type, parentSchema: schema0.properties.include.items, data: data3 }];
                        return false;
                      }
                      if (errors === _errs8) {
                      }
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                  if (valid1) {
                  }
                } else {
                  validate0.errors = [{ instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.include.type, parentSchema: schema0.properties.include, data: data2 }];
                  return false;
                }
                if (errors === _errs6) {
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.exclude !== void 0) {
                let data4 = data.exclude;
                const _errs10 = errors;
                const _errs11 = errors;
                if (errors === _errs10) {
                  if (Array.isArray(data4)) {
                    var valid2 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data5 = data4[i1];
                      const _errs12 = errors;
                      const _errs13 = errors;
                      if (errors === _errs12) {
                        if (typeof data5 === "string") {
                          if (func0(data5) < 1) {
                            validate0.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.exclude.items, data: data5 }];
                            return false;
                          } else {
                          }
                        } else {
                          validate0.errors = [{ instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.exclude.items.type, parentSchema: schema0.properties.exclude.items, data: data5 }];
                          return false;
                        }
                        if (errors === _errs12) {
                        }
                      }
                      var valid2 = _errs12 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                    if (valid2) {
                    }
                  } else {
                    validate0.errors = [{ instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.exclude.type, parentSchema: schema0.properties.exclude, data: data4 }];
                    return false;
                  }
                  if (errors === _errs10) {
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.rules !== void 0) {
                  let data6 = data.rules;
                  const _errs14 = errors;
                  const _errs15 = errors;
                  if (errors === _errs14) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      const _errs16 = errors;
                      for (const key1 in data6) {
                        if (!func2.call(schema0.properties.rules.properties, key1)) {
                          validate0.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rules, data: data6 }];
                          return false;
                          break;
                        }
                      }
                      if (_errs16 === errors) {
                        if (data6["toml-syntax"] !== void 0) {
                          let data7 = data6["toml-syntax"];
                          const _errs17 = errors;
                          const vSchema0 = schema0.properties.rules.properties["toml-syntax"].enum;
                          if (!(data7 === "off" || data7 === "error" || data7 === "warning" || data7 === "info")) {
                            validate0.errors = [{ instancePath: instancePath + "/rules/toml-syntax", schemaPath: "#/properties/rules/properties/toml-syntax/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["toml-syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["toml-syntax"].enum, parentSchema: schema0.properties.rules.properties["toml-syntax"], data: data7 }];
                            return false;
                          } else {
                          }
                          if (errors === _errs17) {
                          }
                          var valid3 = _errs17 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data6["toml-version"] !== void 0) {
                            let data8 = data6["toml-version"];
                            const _errs18 = errors;
                            const vSchema1 = schema0.properties.rules.properties["toml-version"].enum;
                            if (!(data8 === "off" || data8 === "error" || data8 === "warning" || data8 === "info")) {
                              validate0.errors = [{ instancePath: instancePath + "/rules/toml-version", schemaPath: "#/properties/rules/properties/toml-version/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["toml-version"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["toml-version"].enum, parentSchema: schema0.properties.rules.properties["toml-version"], data: data8 }];
                              return false;
                            } else {
                            }
                            if (errors === _errs18) {
                            }
                            var valid3 = _errs18 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data6["tomlkit-key-already-present"] !== void 0) {
                              let data9 = data6["tomlkit-key-already-present"];
                              const _errs19 = errors;
                              const vSchema2 = schema0.properties.rules.properties["tomlkit-key-already-present"].enum;
                              if (!(data9 === "off" || data9 === "error" || data9 === "warning" || data9 === "info")) {
                                validate0.errors = [{ instancePath: instancePath + "/rules/tomlkit-key-already-present", schemaPath: "#/properties/rules/properties/tomlkit-key-already-present/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["tomlkit-key-already-present"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["tomlkit-key-already-present"].enum, parentSchema: schema0.properties.rules.properties["tomlkit-key-already-present"], data: data9 }];
                                return false;
                              } else {
                              }
                              if (errors === _errs19) {
                              }
                              var valid3 = _errs19 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data6["byte-order-mark"] !== void 0) {
                                let data10 = data6["byte-order-mark"];
                                const _errs20 = errors;
                                const vSchema3 = schema0.properties.rules.properties["byte-order-mark"].enum;
                                if (!(data10 === "off" || data10 === "error" || data10 === "warning" || data10 === "info")) {
                                  validate0.errors = [{ instancePath: instancePath + "/rules/byte-order-mark", schemaPath: "#/properties/rules/properties/byte-order-mark/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["byte-order-mark"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["byte-order-mark"].enum, parentSchema: schema0.properties.rules.properties["byte-order-mark"], data: data10 }];
                                  return false;
                                } else {
                                }
                                if (errors === _errs20) {
                                }
                                var valid3 = _errs20 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data6["missing-parsl-table"] !== void 0) {
                                  let data11 = data6["missing-parsl-table"];
                                  const _errs21 = errors;
                                  const vSchema4 = schema0.properties.rules.properties["missing-parsl-table"].enum;
                                  if (!(data11 === "off" || data11 === "error" || data11 === "warning" || data11 === "info")) {
                                    validate0.errors = [{ instancePath: instancePath + "/rules/missing-parsl-table", schemaPath: "#/properties/rules/properties/missing-parsl-table/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-parsl-table"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-parsl-table"].enum, parentSchema: schema0.properties.rules.properties["missing-parsl-table"], data: data11 }];
                                    return false;
                                  } else {
                                  }
                                  if (errors === _errs21) {
                                  }
                                  var valid3 = _errs21 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data6["ignored-top-level-table"] !== void 0) {
                                    let data12 = data6["ignored-top-level-table"];
                                    const _errs22 = errors;
                                    const vSchema5 = schema0.properties.rules.properties["ignored-top-level-table"].enum;
                                    if (!(data12 === "off" || data12 === "error" || data12 === "warning" || data12 === "info")) {
                                      validate0.errors = [{ instancePath: instancePath + "/rules/ignored-top-level-table", schemaPath: "#/properties/rules/properties/ignored-top-level-table/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["ignored-top-level-table"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["ignored-top-level-table"].enum, parentSchema: schema0.properties.rules.properties["ignored-top-level-table"], data: data12 }];
                                      return false;
                                    } else {
                                    }
                                    if (errors === _errs22) {
                                    }
                                    var valid3 = _errs22 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data6["missing-class"] !== void 0) {
                                      let data13 = data6["missing-class"];
                                      const _errs23 = errors;
                                      const vSchema6 = schema0.properties.rules.properties["missing-class"].enum;
                                      if (!(data13 === "off" || data13 === "error" || data13 === "warning" || data13 === "info")) {
                                        validate0.errors = [{ instancePath: instancePath + "/rules/missing-class", schemaPath: "#/properties/rules/properties/missing-class/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-class"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-class"].enum, parentSchema: schema0.properties.rules.properties["missing-class"], data: data13 }];
                                        return false;
                                      } else {
                                      }
                                      if (errors === _errs23) {
                                      }
                                      var valid3 = _errs23 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data6["duplicate-executor-label"] !== void 0) {
                                        let data14 = data6["duplicate-executor-label"];
                                        const _errs24 = errors;
                                        const vSchema7 = schema0.properties.rules.properties["duplicate-executor-label"].enum;
                                        if (!(data14 === "off" || data14 === "error" || data14 === "warning" || data14 === "info")) {
                                          validate0.errors = [{ instancePath: instancePath + "/rules/duplicate-executor-label", schemaPath: "#/properties/rules/properties/duplicate-executor-label/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["duplicate-executor-label"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["duplicate-executor-label"].enum, parentSchema: schema0.properties.rules.properties["duplicate-executor-label"], data: data14 }];
                                          return false;
                                        } else {
                                        }
                                        if (errors === _errs24) {
                                        }
                                        var valid3 = _errs24 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data6["missing-default-executor"] !== void 0) {
                                          let data15 = data6["missing-default-executor"];
                                          const _errs25 = errors;
                                          const vSchema8 = schema0.properties.rules.properties["missing-default-executor"].enum;
                                          if (!(data15 === "off" || data15 === "error" || data15 === "warning" || data15 === "info")) {
                                            validate0.errors = [{ instancePath: instancePath + "/rules/missing-default-executor", schemaPath: "#/properties/rules/properties/missing-default-executor/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-default-executor"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-default-executor"].enum, parentSchema: schema0.properties.rules.properties["missing-default-executor"], data: data15 }];
                                            return false;
                                          } else {
                                          }
                                          if (errors === _errs25) {
                                          }
                                          var valid3 = _errs25 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data6["unknown-executor-label"] !== void 0) {
                                            let data16 = data6["unknown-executor-label"];
                                            const _errs26 = errors;
                                            const vSchema9 = schema0.properties.rules.properties["unknown-executor-label"].enum;
                                            if (!(data16 === "off" || data16 === "error" || data16 === "warning" || data16 === "info")) {
                                              validate0.errors = [{ instancePath: instancePath + "/rules/unknown-executor-label", schemaPath: "#/properties/rules/properties/unknown-executor-label/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unknown-executor-label"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unknown-executor-label"].enum, parentSchema: schema0.properties.rules.properties["unknown-executor-label"], data: data16 }];
                                              return false;
                                            } else {
                                            }
                                            if (errors === _errs26) {
                                            }
                                            var valid3 = _errs26 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data6["missing-walltime"] !== void 0) {
                                              let data17 = data6["missing-walltime"];
                                              const _errs27 = errors;
                                              const vSchema10 = schema0.properties.rules.properties["missing-walltime"].enum;
                                              if (!(data17 === "off" || data17 === "error" || data17 === "warning" || data17 === "info")) {
                                                validate0.errors = [{ instancePath: instancePath + "/rules/missing-walltime", schemaPath: "#/properties/rules/properties/missing-walltime/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-walltime"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-walltime"].enum, parentSchema: schema0.properties.rules.properties["missing-walltime"], data: data17 }];
                                                return false;
                                              } else {
                                              }
                                              if (errors === _errs27) {
                                              }
                                              var valid3 = _errs27 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data6["missing-worker-init"] !== void 0) {
                                                let data18 = data6["missing-worker-init"];
                                                const _errs28 = errors;
                                                const vSchema11 = schema0.properties.rules.properties["missing-worker-init"].enum;
                                                if (!(data18 === "off" || data18 === "error" || data18 === "warning" || data18 === "info")) {
                                                  validate0.errors = [{ instancePath: instancePath + "/rules/missing-worker-init", schemaPath: "#/properties/rules/properties/missing-worker-init/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-worker-init"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-worker-init"].enum, parentSchema: schema0.properties.rules.properties["missing-worker-init"], data: data18 }];
                                                  return false;
                                                } else {
                                                }
                                                if (errors === _errs28) {
                                                }
                                                var valid3 = _errs28 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data6["walltime-format"] !== void 0) {
                                                  let data19 = data6["walltime-format"];
                                                  const _errs29 = errors;
                                                  const vSchema12 = schema0.properties.rules.properties["walltime-format"].enum;
                                                  if (!(data19 === "off" || data19 === "error" || data19 === "warning" || data19 === "info")) {
                                                    validate0.errors = [{ instancePath: instancePath + "/rules/walltime-format", schemaPath: "#/properties/rules/properties/walltime-format/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["walltime-format"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["walltime-format"].enum, parentSchema: schema0.properties.rules.properties["walltime-format"], data: data19 }];
                                                    return false;
                                                  } else {
                                                  }
                                                  if (errors === _errs29) {
                                                  }
                                                  var valid3 = _errs29 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data6["memory-option-conflict"] !== void 0) {
                                                    let data20 = data6["memory-option-conflict"];
                                                    const _errs30 = errors;
                                                    const vSchema13 = schema0.properties.rules.properties["memory-option-conflict"].enum;
                                                    if (!(data20 === "off" || data20 === "error" || data20 === "warning" || data20 === "info")) {
                                                      validate0.errors = [{ instancePath: instancePath + "/rules/memory-option-conflict", schemaPath: "#/properties/rules/properties/memory-option-conflict/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["memory-option-conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["memory-option-conflict"].enum, parentSchema: schema0.properties.rules.properties["memory-option-conflict"], data: data20 }];
                                                      return false;
                                                    } else {
                                                    }
                                                    if (errors === _errs30) {
                                                    }
                                                    var valid3 = _errs30 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data6["header-ended"] !== void 0) {
                                                      let data21 = data6["header-ended"];
                                                      const _errs31 = errors;
                                                      const vSchema14 = schema0.properties.rules.properties["header-ended"].enum;
                                                      if (!(data21 === "off" || data21 === "error" || data21 === "warning" || data21 === "info")) {
                                                        validate0.errors = [{ instancePath: instancePath + "/rules/header-ended", schemaPath: "#/properties/rules/properties/header-ended/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["header-ended"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["header-ended"].enum, parentSchema: schema0.properties.rules.properties["header-ended"], data: data21 }];
                                                        return false;
                                                      } else {
                                                      }
                                                      if (errors === _errs31) {
                                                      }
                                                      var valid3 = _errs31 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data6["sbatch-header-ended"] !== void 0) {
                                                        let data22 = data6["sbatch-header-ended"];
                                                        const _errs32 = errors;
                                                        const vSchema15 = schema0.properties.rules.properties["sbatch-header-ended"].enum;
                                                        if (!(data22 === "off" || data22 === "error" || data22 === "warning" || data22 === "info")) {
                                                          validate0.errors = [{ instancePath: instancePath + "/rules/sbatch-header-ended", schemaPath: "#/properties/rules/properties/sbatch-header-ended/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["sbatch-header-ended"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["sbatch-header-ended"].enum, parentSchema: schema0.properties.rules.properties["sbatch-header-ended"], data: data22 }];
                                                          return false;
                                                        } else {
                                                        }
                                                        if (errors === _errs32) {
                                                        }
                                                        var valid3 = _errs32 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data6["pbs-header-ended"] !== void 0) {
                                                          let data23 = data6["pbs-header-ended"];
                                                          const _errs33 = errors;
                                                          const vSchema16 = schema0.properties.rules.properties["pbs-header-ended"].enum;
                                                          if (!(data23 === "off" || data23 === "error" || data23 === "warning" || data23 === "info")) {
                                                            validate0.errors = [{ instancePath: instancePath + "/rules/pbs-header-ended", schemaPath: "#/properties/rules/properties/pbs-header-ended/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["pbs-header-ended"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["pbs-header-ended"].enum, parentSchema: schema0.properties.rules.properties["pbs-header-ended"], data: data23 }];
                                                            return false;
                                                          } else {
                                                          }
                                                          if (errors === _errs33) {
                                                          }
                                                          var valid3 = _errs33 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data6["directive-ignored"] !== void 0) {
                                                            let data24 = data6["directive-ignored"];
                                                            const _errs34 = errors;
                                                            const vSchema17 = schema0.properties.rules.properties["directive-ignored"].enum;
                                                            if (!(data24 === "off" || data24 === "error" || data24 === "warning" || data24 === "info")) {
                                                              validate0.errors = [{ instancePath: instancePath + "/rules/directive-ignored", schemaPath: "#/properties/rules/properties/directive-ignored/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["directive-ignored"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["directive-ignored"].enum, parentSchema: schema0.properties.rules.properties["directive-ignored"], data: data24 }];
                                                              return false;
                                                            } else {
                                                            }
                                                            if (errors === _errs34) {
                                                            }
                                                            var valid3 = _errs34 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data6["sbatch-directive-ignored"] !== void 0) {
                                                              let data25 = data6["sbatch-directive-ignored"];
                                                              const _errs35 = errors;
                                                              const vSchema18 = schema0.properties.rules.properties["sbatch-directive-ignored"].enum;
                                                              if (!(data25 === "off" || data25 === "error" || data25 === "warning" || data25 === "info")) {
                                                                validate0.errors = [{ instancePath: instancePath + "/rules/sbatch-directive-ignored", schemaPath: "#/properties/rules/properties/sbatch-directive-ignored/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["sbatch-directive-ignored"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["sbatch-directive-ignored"].enum, parentSchema: schema0.properties.rules.properties["sbatch-directive-ignored"], data: data25 }];
                                                                return false;
                                                              } else {
                                                              }
                                                              if (errors === _errs35) {
                                                              }
                                                              var valid3 = _errs35 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data6["batch-directive-ignored"] !== void 0) {
                                                                let data26 = data6["batch-directive-ignored"];
                                                                const _errs36 = errors;
                                                                const vSchema19 = schema0.properties.rules.properties["batch-directive-ignored"].enum;
                                                                if (!(data26 === "off" || data26 === "error" || data26 === "warning" || data26 === "info")) {
                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/batch-directive-ignored", schemaPath: "#/properties/rules/properties/batch-directive-ignored/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["batch-directive-ignored"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["batch-directive-ignored"].enum, parentSchema: schema0.properties.rules.properties["batch-directive-ignored"], data: data26 }];
                                                                  return false;
                                                                } else {
                                                                }
                                                                if (errors === _errs36) {
                                                                }
                                                                var valid3 = _errs36 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data6["directive-in-worker-init"] !== void 0) {
                                                                  let data27 = data6["directive-in-worker-init"];
                                                                  const _errs37 = errors;
                                                                  const vSchema20 = schema0.properties.rules.properties["directive-in-worker-init"].enum;
                                                                  if (!(data27 === "off" || data27 === "error" || data27 === "warning" || data27 === "info")) {
                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/directive-in-worker-init", schemaPath: "#/properties/rules/properties/directive-in-worker-init/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["directive-in-worker-init"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["directive-in-worker-init"].enum, parentSchema: schema0.properties.rules.properties["directive-in-worker-init"], data: data27 }];
                                                                    return false;
                                                                  } else {
                                                                  }
                                                                  if (errors === _errs37) {
                                                                  }
                                                                  var valid3 = _errs37 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                  if (data6["misspelt-sbatch-option"] !== void 0) {
                                                                    let data28 = data6["misspelt-sbatch-option"];
                                                                    const _errs38 = errors;
                                                                    const vSchema21 = schema0.properties.rules.properties["misspelt-sbatch-option"].enum;
                                                                    if (!(data28 === "off" || data28 === "error" || data28 === "warning" || data28 === "info")) {
                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/misspelt-sbatch-option", schemaPath: "#/properties/rules/properties/misspelt-sbatch-option/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["misspelt-sbatch-option"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["misspelt-sbatch-option"].enum, parentSchema: schema0.properties.rules.properties["misspelt-sbatch-option"], data: data28 }];
                                                                      return false;
                                                                    } else {
                                                                    }
                                                                    if (errors === _errs38) {
                                                                    }
                                                                    var valid3 = _errs38 === errors;
                                                                  } else {
                                                                    var valid3 = true;
                                                                  }
                                                                  if (valid3) {
                                                                    if (data6["unknown-sbatch-option"] !== void 0) {
                                                                      let data29 = data6["unknown-sbatch-option"];
                                                                      const _errs39 = errors;
                                                                      const vSchema22 = schema0.properties.rules.properties["unknown-sbatch-option"].enum;
                                                                      if (!(data29 === "off" || data29 === "error" || data29 === "warning" || data29 === "info")) {
                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/unknown-sbatch-option", schemaPath: "#/properties/rules/properties/unknown-sbatch-option/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unknown-sbatch-option"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unknown-sbatch-option"].enum, parentSchema: schema0.properties.rules.properties["unknown-sbatch-option"], data: data29 }];
                                                                        return false;
                                                                      } else {
                                                                      }
                                                                      if (errors === _errs39) {
                                                                      }
                                                                      var valid3 = _errs39 === errors;
                                                                    } else {
                                                                      var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                      if (data6["sbatch-rejects-directive"] !== void 0) {
                                                                        let data30 = data6["sbatch-rejects-directive"];
                                                                        const _errs40 = errors;
                                                                        const vSchema23 = schema0.properties.rules.properties["sbatch-rejects-directive"].enum;
                                                                        if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "info")) {
                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/sbatch-rejects-directive", schemaPath: "#/properties/rules/properties/sbatch-rejects-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["sbatch-rejects-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["sbatch-rejects-directive"].enum, parentSchema: schema0.properties.rules.properties["sbatch-rejects-directive"], data: data30 }];
                                                                          return false;
                                                                        } else {
                                                                        }
                                                                        if (errors === _errs40) {
                                                                        }
                                                                        var valid3 = _errs40 === errors;
                                                                      } else {
                                                                        var valid3 = true;
                                                                      }
                                                                      if (valid3) {
                                                                        if (data6["sbatch-option-release"] !== void 0) {
                                                                          let data31 = data6["sbatch-option-release"];
                                                                          const _errs41 = errors;
                                                                          const vSchema24 = schema0.properties.rules.properties["sbatch-option-release"].enum;
                                                                          if (!(data31 === "off" || data31 === "error" || data31 === "warning" || data31 === "info")) {
                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/sbatch-option-release", schemaPath: "#/properties/rules/properties/sbatch-option-release/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["sbatch-option-release"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["sbatch-option-release"].enum, parentSchema: schema0.properties.rules.properties["sbatch-option-release"], data: data31 }];
                                                                            return false;
                                                                          } else {
                                                                          }
                                                                          if (errors === _errs41) {
                                                                          }
                                                                          var valid3 = _errs41 === errors;
                                                                        } else {
                                                                          var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                          if (data6["overridden-directive"] !== void 0) {
                                                                            let data32 = data6["overridden-directive"];
                                                                            const _errs42 = errors;
                                                                            const vSchema25 = schema0.properties.rules.properties["overridden-directive"].enum;
                                                                            if (!(data32 === "off" || data32 === "error" || data32 === "warning" || data32 === "info")) {
                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/overridden-directive", schemaPath: "#/properties/rules/properties/overridden-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["overridden-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["overridden-directive"].enum, parentSchema: schema0.properties.rules.properties["overridden-directive"], data: data32 }];
                                                                              return false;
                                                                            } else {
                                                                            }
                                                                            if (errors === _errs42) {
                                                                            }
                                                                            var valid3 = _errs42 === errors;
                                                                          } else {
                                                                            var valid3 = true;
                                                                          }
                                                                          if (valid3) {
                                                                            if (data6["overridden-batch-directive"] !== void 0) {
                                                                              let data33 = data6["overridden-batch-directive"];
                                                                              const _errs43 = errors;
                                                                              const vSchema26 = schema0.properties.rules.properties["overridden-batch-directive"].enum;
                                                                              if (!(data33 === "off" || data33 === "error" || data33 === "warning" || data33 === "info")) {
                                                                                validate0.errors = [{ instancePath: instancePath + "/rules/overridden-batch-directive", schemaPath: "#/properties/rules/properties/overridden-batch-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["overridden-batch-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["overridden-batch-directive"].enum, parentSchema: schema0.properties.rules.properties["overridden-batch-directive"], data: data33 }];
                                                                                return false;
                                                                              } else {
                                                                              }
                                                                              if (errors === _errs43) {
                                                                              }
                                                                              var valid3 = _errs43 === errors;
                                                                            } else {
                                                                              var valid3 = true;
                                                                            }
                                                                            if (valid3) {
                                                                              if (data6["site-required-field"] !== void 0) {
                                                                                let data34 = data6["site-required-field"];
                                                                                const _errs44 = errors;
                                                                                const vSchema27 = schema0.properties.rules.properties["site-required-field"].enum;
                                                                                if (!(data34 === "off" || data34 === "error" || data34 === "warning" || data34 === "info")) {
                                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/site-required-field", schemaPath: "#/properties/rules/properties/site-required-field/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["site-required-field"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["site-required-field"].enum, parentSchema: schema0.properties.rules.properties["site-required-field"], data: data34 }];
                                                                                  return false;
                                                                                } else {
                                                                                }
                                                                                if (errors === _errs44) {
                                                                                }
                                                                                var valid3 = _errs44 === errors;
                                                                              } else {
                                                                                var valid3 = true;
                                                                              }
                                                                              if (valid3) {
                                                                                if (data6["unused-disable-directive"] !== void 0) {
                                                                                  let data35 = data6["unused-disable-directive"];
                                                                                  const _errs45 = errors;
                                                                                  const vSchema28 = schema0.properties.rules.properties["unused-disable-directive"].enum;
                                                                                  if (!(data35 === "off" || data35 === "error" || data35 === "warning" || data35 === "info")) {
                                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/unused-disable-directive", schemaPath: "#/properties/rules/properties/unused-disable-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unused-disable-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unused-disable-directive"].enum, parentSchema: schema0.properties.rules.properties["unused-disable-directive"], data: data35 }];
                                                                                    return false;
                                                                                  } else {
                                                                                  }
                                                                                  if (errors === _errs45) {
                                                                                  }
                                                                                  var valid3 = _errs45 === errors;
                                                                                } else {
                                                                                  var valid3 = true;
                                                                                }
                                                                                if (valid3) {
                                                                                  if (data6["unknown-class"] !== void 0) {
                                                                                    let data36 = data6["unknown-class"];
                                                                                    const _errs46 = errors;
                                                                                    const vSchema29 = schema0.properties.rules.properties["unknown-class"].enum;
                                                                                    if (!(data36 === "off" || data36 === "error" || data36 === "warning" || data36 === "info")) {
                                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/unknown-class", schemaPath: "#/properties/rules/properties/unknown-class/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unknown-class"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unknown-class"].enum, parentSchema: schema0.properties.rules.properties["unknown-class"], data: data36 }];
                                                                                      return false;
                                                                                    } else {
                                                                                    }
                                                                                    if (errors === _errs46) {
                                                                                    }
                                                                                    var valid3 = _errs46 === errors;
                                                                                  } else {
                                                                                    var valid3 = true;
                                                                                  }
                                                                                  if (valid3) {
                                                                                    if (data6["qualified-class-name"] !== void 0) {
                                                                                      let data37 = data6["qualified-class-name"];
                                                                                      const _errs47 = errors;
                                                                                      const vSchema30 = schema0.properties.rules.properties["qualified-class-name"].enum;
                                                                                      if (!(data37 === "off" || data37 === "error" || data37 === "warning" || data37 === "info")) {
                                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/qualified-class-name", schemaPath: "#/properties/rules/properties/qualified-class-name/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["qualified-class-name"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["qualified-class-name"].enum, parentSchema: schema0.properties.rules.properties["qualified-class-name"], data: data37 }];
                                                                                        return false;
                                                                                      } else {
                                                                                      }
                                                                                      if (errors === _errs47) {
                                                                                      }
                                                                                      var valid3 = _errs47 === errors;
                                                                                    } else {
                                                                                      var valid3 = true;
                                                                                    }
                                                                                    if (valid3) {
                                                                                      if (data6["test-executor"] !== void 0) {
                                                                                        let data38 = data6["test-executor"];
                                                                                        const _errs48 = errors;
                                                                                        const vSchema31 = schema0.properties.rules.properties["test-executor"].enum;
                                                                                        if (!(data38 === "off" || data38 === "error" || data38 === "warning" || data38 === "info")) {
                                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/test-executor", schemaPath: "#/properties/rules/properties/test-executor/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["test-executor"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["test-executor"].enum, parentSchema: schema0.properties.rules.properties["test-executor"], data: data38 }];
                                                                                          return false;
                                                                                        } else {
                                                                                        }
                                                                                        if (errors === _errs48) {
                                                                                        }
                                                                                        var valid3 = _errs48 === errors;
                                                                                      } else {
                                                                                        var valid3 = true;
                                                                                      }
                                                                                      if (valid3) {
                                                                                        if (data6["unknown-parameter"] !== void 0) {
                                                                                          let data39 = data6["unknown-parameter"];
                                                                                          const _errs49 = errors;
                                                                                          const vSchema32 = schema0.properties.rules.properties["unknown-parameter"].enum;
                                                                                          if (!(data39 === "off" || data39 === "error" || data39 === "warning" || data39 === "info")) {
                                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/unknown-parameter", schemaPath: "#/properties/rules/properties/unknown-parameter/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unknown-parameter"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unknown-parameter"].enum, parentSchema: schema0.properties.rules.properties["unknown-parameter"], data: data39 }];
                                                                                            return false;
                                                                                          } else {
                                                                                          }
                                                                                          if (errors === _errs49) {
                                                                                          }
                                                                                          var valid3 = _errs49 === errors;
                                                                                        } else {
                                                                                          var valid3 = true;
                                                                                        }
                                                                                        if (valid3) {
                                                                                          if (data6["missing-parameter"] !== void 0) {
                                                                                            let data40 = data6["missing-parameter"];
                                                                                            const _errs50 = errors;
                                                                                            const vSchema33 = schema0.properties.rules.properties["missing-parameter"].enum;
                                                                                            if (!(data40 === "off" || data40 === "error" || data40 === "warning" || data40 === "info")) {
                                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/missing-parameter", schemaPath: "#/properties/rules/properties/missing-parameter/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["missing-parameter"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["missing-parameter"].enum, parentSchema: schema0.properties.rules.properties["missing-parameter"], data: data40 }];
                                                                                              return false;
                                                                                            } else {
                                                                                            }
                                                                                            if (errors === _errs50) {
                                                                                            }
                                                                                            var valid3 = _errs50 === errors;
                                                                                          } else {
                                                                                            var valid3 = true;
                                                                                          }
                                                                                          if (valid3) {
                                                                                            if (data6["parameter-type"] !== void 0) {
                                                                                              let data41 = data6["parameter-type"];
                                                                                              const _errs51 = errors;
                                                                                              const vSchema34 = schema0.properties.rules.properties["parameter-type"].enum;
                                                                                              if (!(data41 === "off" || data41 === "error" || data41 === "warning" || data41 === "info")) {
                                                                                                validate0.errors = [{ instancePath: instancePath + "/rules/parameter-type", schemaPath: "#/properties/rules/properties/parameter-type/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["parameter-type"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["parameter-type"].enum, parentSchema: schema0.properties.rules.properties["parameter-type"], data: data41 }];
                                                                                                return false;
                                                                                              } else {
                                                                                              }
                                                                                              if (errors === _errs51) {
                                                                                              }
                                                                                              var valid3 = _errs51 === errors;
                                                                                            } else {
                                                                                              var valid3 = true;
                                                                                            }
                                                                                            if (valid3) {
                                                                                              if (data6["parameter-version"] !== void 0) {
                                                                                                let data42 = data6["parameter-version"];
                                                                                                const _errs52 = errors;
                                                                                                const vSchema35 = schema0.properties.rules.properties["parameter-version"].enum;
                                                                                                if (!(data42 === "off" || data42 === "error" || data42 === "warning" || data42 === "info")) {
                                                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/parameter-version", schemaPath: "#/properties/rules/properties/parameter-version/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["parameter-version"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["parameter-version"].enum, parentSchema: schema0.properties.rules.properties["parameter-version"], data: data42 }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                }
                                                                                                if (errors === _errs52) {
                                                                                                }
                                                                                                var valid3 = _errs52 === errors;
                                                                                              } else {
                                                                                                var valid3 = true;
                                                                                              }
                                                                                              if (valid3) {
                                                                                                if (data6["deprecated-parameter"] !== void 0) {
                                                                                                  let data43 = data6["deprecated-parameter"];
                                                                                                  const _errs53 = errors;
                                                                                                  const vSchema36 = schema0.properties.rules.properties["deprecated-parameter"].enum;
                                                                                                  if (!(data43 === "off" || data43 === "error" || data43 === "warning" || data43 === "info")) {
                                                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/deprecated-parameter", schemaPath: "#/properties/rules/properties/deprecated-parameter/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["deprecated-parameter"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["deprecated-parameter"].enum, parentSchema: schema0.properties.rules.properties["deprecated-parameter"], data: data43 }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                  }
                                                                                                  if (errors === _errs53) {
                                                                                                  }
                                                                                                  var valid3 = _errs53 === errors;
                                                                                                } else {
                                                                                                  var valid3 = true;
                                                                                                }
                                                                                                if (valid3) {
                                                                                                  if (data6["strategy-value"] !== void 0) {
                                                                                                    let data44 = data6["strategy-value"];
                                                                                                    const _errs54 = errors;
                                                                                                    const vSchema37 = schema0.properties.rules.properties["strategy-value"].enum;
                                                                                                    if (!(data44 === "off" || data44 === "error" || data44 === "warning" || data44 === "info")) {
                                                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/strategy-value", schemaPath: "#/properties/rules/properties/strategy-value/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["strategy-value"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["strategy-value"].enum, parentSchema: schema0.properties.rules.properties["strategy-value"], data: data44 }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                    }
                                                                                                    if (errors === _errs54) {
                                                                                                    }
                                                                                                    var valid3 = _errs54 === errors;
                                                                                                  } else {
                                                                                                    var valid3 = true;
                                                                                                  }
                                                                                                  if (valid3) {
                                                                                                    if (data6["executor-mapping-form"] !== void 0) {
                                                                                                      let data45 = data6["executor-mapping-form"];
                                                                                                      const _errs55 = errors;
                                                                                                      const vSchema38 = schema0.properties.rules.properties["executor-mapping-form"].enum;
                                                                                                      if (!(data45 === "off" || data45 === "error" || data45 === "warning" || data45 === "info")) {
                                                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/executor-mapping-form", schemaPath: "#/properties/rules/properties/executor-mapping-form/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["executor-mapping-form"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["executor-mapping-form"].enum, parentSchema: schema0.properties.rules.properties["executor-mapping-form"], data: data45 }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                      }
                                                                                                      if (errors === _errs55) {
                                                                                                      }
                                                                                                      var valid3 = _errs55 === errors;
                                                                                                    } else {
                                                                                                      var valid3 = true;
                                                                                                    }
                                                                                                    if (valid3) {
                                                                                                      if (data6["ignored-executor-mapping"] !== void 0) {
                                                                                                        let data46 = data6["ignored-executor-mapping"];
                                                                                                        const _errs56 = errors;
                                                                                                        const vSchema39 = schema0.properties.rules.properties["ignored-executor-mapping"].enum;
                                                                                                        if (!(data46 === "off" || data46 === "error" || data46 === "warning" || data46 === "info")) {
                                                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/ignored-executor-mapping", schemaPath: "#/properties/rules/properties/ignored-executor-mapping/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["ignored-executor-mapping"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["ignored-executor-mapping"].enum, parentSchema: schema0.properties.rules.properties["ignored-executor-mapping"], data: data46 }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                        }
                                                                                                        if (errors === _errs56) {
                                                                                                        }
                                                                                                        var valid3 = _errs56 === errors;
                                                                                                      } else {
                                                                                                        var valid3 = true;
                                                                                                      }
                                                                                                      if (valid3) {
                                                                                                        if (data6["block-limits"] !== void 0) {
                                                                                                          let data47 = data6["block-limits"];
                                                                                                          const _errs57 = errors;
                                                                                                          const vSchema40 = schema0.properties.rules.properties["block-limits"].enum;
                                                                                                          if (!(data47 === "off" || data47 === "error" || data47 === "warning" || data47 === "info")) {
                                                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/block-limits", schemaPath: "#/properties/rules/properties/block-limits/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["block-limits"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["block-limits"].enum, parentSchema: schema0.properties.rules.properties["block-limits"], data: data47 }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                          }
                                                                                                          if (errors === _errs57) {
                                                                                                          }
                                                                                                          var valid3 = _errs57 === errors;
                                                                                                        } else {
                                                                                                          var valid3 = true;
                                                                                                        }
                                                                                                        if (valid3) {
                                                                                                          if (data6["nodes-per-block-below-one"] !== void 0) {
                                                                                                            let data48 = data6["nodes-per-block-below-one"];
                                                                                                            const _errs58 = errors;
                                                                                                            const vSchema41 = schema0.properties.rules.properties["nodes-per-block-below-one"].enum;
                                                                                                            if (!(data48 === "off" || data48 === "error" || data48 === "warning" || data48 === "info")) {
                                                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/nodes-per-block-below-one", schemaPath: "#/properties/rules/properties/nodes-per-block-below-one/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["nodes-per-block-below-one"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["nodes-per-block-below-one"].enum, parentSchema: schema0.properties.rules.properties["nodes-per-block-below-one"], data: data48 }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                            }
                                                                                                            if (errors === _errs58) {
                                                                                                            }
                                                                                                            var valid3 = _errs58 === errors;
                                                                                                          } else {
                                                                                                            var valid3 = true;
                                                                                                          }
                                                                                                          if (valid3) {
                                                                                                            if (data6["launcher-uses-one-node"] !== void 0) {
                                                                                                              let data49 = data6["launcher-uses-one-node"];
                                                                                                              const _errs59 = errors;
                                                                                                              const vSchema42 = schema0.properties.rules.properties["launcher-uses-one-node"].enum;
                                                                                                              if (!(data49 === "off" || data49 === "error" || data49 === "warning" || data49 === "info")) {
                                                                                                                validate0.errors = [{ instancePath: instancePath + "/rules/launcher-uses-one-node", schemaPath: "#/properties/rules/properties/launcher-uses-one-node/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["launcher-uses-one-node"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["launcher-uses-one-node"].enum, parentSchema: schema0.properties.rules.properties["launcher-uses-one-node"], data: data49 }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                              }
                                                                                                              if (errors === _errs59) {
                                                                                                              }
                                                                                                              var valid3 = _errs59 === errors;
                                                                                                            } else {
                                                                                                              var valid3 = true;
                                                                                                            }
                                                                                                            if (valid3) {
                                                                                                              if (data6["cores-per-node-below-one"] !== void 0) {
                                                                                                                let data50 = data6["cores-per-node-below-one"];
                                                                                                                const _errs60 = errors;
                                                                                                                const vSchema43 = schema0.properties.rules.properties["cores-per-node-below-one"].enum;
                                                                                                                if (!(data50 === "off" || data50 === "error" || data50 === "warning" || data50 === "info")) {
                                                                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/cores-per-node-below-one", schemaPath: "#/properties/rules/properties/cores-per-node-below-one/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["cores-per-node-below-one"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["cores-per-node-below-one"].enum, parentSchema: schema0.properties.rules.properties["cores-per-node-below-one"], data: data50 }];
                                                                                                                  return false;
                                                                                                                } else {
                                                                                                                }
                                                                                                                if (errors === _errs60) {
                                                                                                                }
                                                                                                                var valid3 = _errs60 === errors;
                                                                                                              } else {
                                                                                                                var valid3 = true;
                                                                                                              }
                                                                                                              if (valid3) {
                                                                                                                if (data6["worker-larger-than-node"] !== void 0) {
                                                                                                                  let data51 = data6["worker-larger-than-node"];
                                                                                                                  const _errs61 = errors;
                                                                                                                  const vSchema44 = schema0.properties.rules.properties["worker-larger-than-node"].enum;
                                                                                                                  if (!(data51 === "off" || data51 === "error" || data51 === "warning" || data51 === "info")) {
                                                                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/worker-larger-than-node", schemaPath: "#/properties/rules/properties/worker-larger-than-node/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["worker-larger-than-node"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["worker-larger-than-node"].enum, parentSchema: schema0.properties.rules.properties["worker-larger-than-node"], data: data51 }];
                                                                                                                    return false;
                                                                                                                  } else {
                                                                                                                  }
                                                                                                                  if (errors === _errs61) {
                                                                                                                  }
                                                                                                                  var valid3 = _errs61 === errors;
                                                                                                                } else {
                                                                                                                  var valid3 = true;
                                                                                                                }
                                                                                                                if (valid3) {
                                                                                                                  if (data6["memory-limits-workers"] !== void 0) {
                                                                                                                    let data52 = data6["memory-limits-workers"];
                                                                                                                    const _errs62 = errors;
                                                                                                                    const vSchema45 = schema0.properties.rules.properties["memory-limits-workers"].enum;
                                                                                                                    if (!(data52 === "off" || data52 === "error" || data52 === "warning" || data52 === "info")) {
                                                                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/memory-limits-workers", schemaPath: "#/properties/rules/properties/memory-limits-workers/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["memory-limits-workers"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["memory-limits-workers"].enum, parentSchema: schema0.properties.rules.properties["memory-limits-workers"], data: data52 }];
                                                                                                                      return false;
                                                                                                                    } else {
                                                                                                                    }
                                                                                                                    if (errors === _errs62) {
                                                                                                                    }
                                                                                                                    var valid3 = _errs62 === errors;
                                                                                                                  } else {
                                                                                                                    var valid3 = true;
                                                                                                                  }
                                                                                                                  if (valid3) {
                                                                                                                    if (data6["strategy-none-max-blocks"] !== void 0) {
                                                                                                                      let data53 = data6["strategy-none-max-blocks"];
                                                                                                                      const _errs63 = errors;
                                                                                                                      const vSchema46 = schema0.properties.rules.properties["strategy-none-max-blocks"].enum;
                                                                                                                      if (!(data53 === "off" || data53 === "error" || data53 === "warning" || data53 === "info")) {
                                                                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/strategy-none-max-blocks", schemaPath: "#/properties/rules/properties/strategy-none-max-blocks/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["strategy-none-max-blocks"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["strategy-none-max-blocks"].enum, parentSchema: schema0.properties.rules.properties["strategy-none-max-blocks"], data: data53 }];
                                                                                                                        return false;
                                                                                                                      } else {
                                                                                                                      }
                                                                                                                      if (errors === _errs63) {
                                                                                                                      }
                                                                                                                      var valid3 = _errs63 === errors;
                                                                                                                    } else {
                                                                                                                      var valid3 = true;
                                                                                                                    }
                                                                                                                    if (valid3) {
                                                                                                                      if (data6["exclusive-by-default"] !== void 0) {
                                                                                                                        let data54 = data6["exclusive-by-default"];
                                                                                                                        const _errs64 = errors;
                                                                                                                        const vSchema47 = schema0.properties.rules.properties["exclusive-by-default"].enum;
                                                                                                                        if (!(data54 === "off" || data54 === "error" || data54 === "warning" || data54 === "info")) {
                                                                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/exclusive-by-default", schemaPath: "#/properties/rules/properties/exclusive-by-default/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["exclusive-by-default"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["exclusive-by-default"].enum, parentSchema: schema0.properties.rules.properties["exclusive-by-default"], data: data54 }];
                                                                                                                          return false;
                                                                                                                        } else {
                                                                                                                        }
                                                                                                                        if (errors === _errs64) {
                                                                                                                        }
                                                                                                                        var valid3 = _errs64 === errors;
                                                                                                                      } else {
                                                                                                                        var valid3 = true;
                                                                                                                      }
                                                                                                                      if (valid3) {
                                                                                                                        if (data6["exclusive-mem-per-cpu"] !== void 0) {
                                                                                                                          let data55 = data6["exclusive-mem-per-cpu"];
                                                                                                                          const _errs65 = errors;
                                                                                                                          const vSchema48 = schema0.properties.rules.properties["exclusive-mem-per-cpu"].enum;
                                                                                                                          if (!(data55 === "off" || data55 === "error" || data55 === "warning" || data55 === "info")) {
                                                                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/exclusive-mem-per-cpu", schemaPath: "#/properties/rules/properties/exclusive-mem-per-cpu/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["exclusive-mem-per-cpu"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["exclusive-mem-per-cpu"].enum, parentSchema: schema0.properties.rules.properties["exclusive-mem-per-cpu"], data: data55 }];
                                                                                                                            return false;
                                                                                                                          } else {
                                                                                                                          }
                                                                                                                          if (errors === _errs65) {
                                                                                                                          }
                                                                                                                          var valid3 = _errs65 === errors;
                                                                                                                        } else {
                                                                                                                          var valid3 = true;
                                                                                                                        }
                                                                                                                        if (valid3) {
                                                                                                                          if (data6["ntasks-directive"] !== void 0) {
                                                                                                                            let data56 = data6["ntasks-directive"];
                                                                                                                            const _errs66 = errors;
                                                                                                                            const vSchema49 = schema0.properties.rules.properties["ntasks-directive"].enum;
                                                                                                                            if (!(data56 === "off" || data56 === "error" || data56 === "warning" || data56 === "info")) {
                                                                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/ntasks-directive", schemaPath: "#/properties/rules/properties/ntasks-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["ntasks-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["ntasks-directive"].enum, parentSchema: schema0.properties.rules.properties["ntasks-directive"], data: data56 }];
                                                                                                                              return false;
                                                                                                                            } else {
                                                                                                                            }
                                                                                                                            if (errors === _errs66) {
                                                                                                                            }
                                                                                                                            var valid3 = _errs66 === errors;
                                                                                                                          } else {
                                                                                                                            var valid3 = true;
                                                                                                                          }
                                                                                                                          if (valid3) {
                                                                                                                            if (data6["worker-init-no-activation"] !== void 0) {
                                                                                                                              let data57 = data6["worker-init-no-activation"];
                                                                                                                              const _errs67 = errors;
                                                                                                                              const vSchema50 = schema0.properties.rules.properties["worker-init-no-activation"].enum;
                                                                                                                              if (!(data57 === "off" || data57 === "error" || data57 === "warning" || data57 === "info")) {
                                                                                                                                validate0.errors = [{ instancePath: instancePath + "/rules/worker-init-no-activation", schemaPath: "#/properties/rules/properties/worker-init-no-activation/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["worker-init-no-activation"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["worker-init-no-activation"].enum, parentSchema: schema0.properties.rules.properties["worker-init-no-activation"], data: data57 }];
                                                                                                                                return false;
                                                                                                                              } else {
                                                                                                                              }
                                                                                                                              if (errors === _errs67) {
                                                                                                                              }
                                                                                                                              var valid3 = _errs67 === errors;
                                                                                                                            } else {
                                                                                                                              var valid3 = true;
                                                                                                                            }
                                                                                                                            if (valid3) {
                                                                                                                              if (data6["dos-line-breaks"] !== void 0) {
                                                                                                                                let data58 = data6["dos-line-breaks"];
                                                                                                                                const _errs68 = errors;
                                                                                                                                const vSchema51 = schema0.properties.rules.properties["dos-line-breaks"].enum;
                                                                                                                                if (!(data58 === "off" || data58 === "error" || data58 === "warning" || data58 === "info")) {
                                                                                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/dos-line-breaks", schemaPath: "#/properties/rules/properties/dos-line-breaks/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["dos-line-breaks"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["dos-line-breaks"].enum, parentSchema: schema0.properties.rules.properties["dos-line-breaks"], data: data58 }];
                                                                                                                                  return false;
                                                                                                                                } else {
                                                                                                                                }
                                                                                                                                if (errors === _errs68) {
                                                                                                                                }
                                                                                                                                var valid3 = _errs68 === errors;
                                                                                                                              } else {
                                                                                                                                var valid3 = true;
                                                                                                                              }
                                                                                                                              if (valid3) {
                                                                                                                                if (data6["activate-without-shell-hook"] !== void 0) {
                                                                                                                                  let data59 = data6["activate-without-shell-hook"];
                                                                                                                                  const _errs69 = errors;
                                                                                                                                  const vSchema52 = schema0.properties.rules.properties["activate-without-shell-hook"].enum;
                                                                                                                                  if (!(data59 === "off" || data59 === "error" || data59 === "warning" || data59 === "info")) {
                                                                                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/activate-without-shell-hook", schemaPath: "#/properties/rules/properties/activate-without-shell-hook/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["activate-without-shell-hook"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["activate-without-shell-hook"].enum, parentSchema: schema0.properties.rules.properties["activate-without-shell-hook"], data: data59 }];
                                                                                                                                    return false;
                                                                                                                                  } else {
                                                                                                                                  }
                                                                                                                                  if (errors === _errs69) {
                                                                                                                                  }
                                                                                                                                  var valid3 = _errs69 === errors;
                                                                                                                                } else {
                                                                                                                                  var valid3 = true;
                                                                                                                                }
                                                                                                                                if (valid3) {
                                                                                                                                  if (data6["placeholder-value"] !== void 0) {
                                                                                                                                    let data60 = data6["placeholder-value"];
                                                                                                                                    const _errs70 = errors;
                                                                                                                                    const vSchema53 = schema0.properties.rules.properties["placeholder-value"].enum;
                                                                                                                                    if (!(data60 === "off" || data60 === "error" || data60 === "warning" || data60 === "info")) {
                                                                                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/placeholder-value", schemaPath: "#/properties/rules/properties/placeholder-value/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["placeholder-value"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["placeholder-value"].enum, parentSchema: schema0.properties.rules.properties["placeholder-value"], data: data60 }];
                                                                                                                                      return false;
                                                                                                                                    } else {
                                                                                                                                    }
                                                                                                                                    if (errors === _errs70) {
                                                                                                                                    }
                                                                                                                                    var valid3 = _errs70 === errors;
                                                                                                                                  } else {
                                                                                                                                    var valid3 = true;
                                                                                                                                  }
                                                                                                                                  if (valid3) {
                                                                                                                                    if (data6["address-not-ip"] !== void 0) {
                                                                                                                                      let data61 = data6["address-not-ip"];
                                                                                                                                      const _errs71 = errors;
                                                                                                                                      const vSchema54 = schema0.properties.rules.properties["address-not-ip"].enum;
                                                                                                                                      if (!(data61 === "off" || data61 === "error" || data61 === "warning" || data61 === "info")) {
                                                                                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/address-not-ip", schemaPath: "#/properties/rules/properties/address-not-ip/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["address-not-ip"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["address-not-ip"].enum, parentSchema: schema0.properties.rules.properties["address-not-ip"], data: data61 }];
                                                                                                                                        return false;
                                                                                                                                      } else {
                                                                                                                                      }
                                                                                                                                      if (errors === _errs71) {
                                                                                                                                      }
                                                                                                                                      var valid3 = _errs71 === errors;
                                                                                                                                    } else {
                                                                                                                                      var valid3 = true;
                                                                                                                                    }
                                                                                                                                    if (valid3) {
                                                                                                                                      if (data6["implausible-memory"] !== void 0) {
                                                                                                                                        let data62 = data6["implausible-memory"];
                                                                                                                                        const _errs72 = errors;
                                                                                                                                        const vSchema55 = schema0.properties.rules.properties["implausible-memory"].enum;
                                                                                                                                        if (!(data62 === "off" || data62 === "error" || data62 === "warning" || data62 === "info")) {
                                                                                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/implausible-memory", schemaPath: "#/properties/rules/properties/implausible-memory/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["implausible-memory"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["implausible-memory"].enum, parentSchema: schema0.properties.rules.properties["implausible-memory"], data: data62 }];
                                                                                                                                          return false;
                                                                                                                                        } else {
                                                                                                                                        }
                                                                                                                                        if (errors === _errs72) {
                                                                                                                                        }
                                                                                                                                        var valid3 = _errs72 === errors;
                                                                                                                                      } else {
                                                                                                                                        var valid3 = true;
                                                                                                                                      }
                                                                                                                                      if (valid3) {
                                                                                                                                        if (data6["default-aprun-launcher"] !== void 0) {
                                                                                                                                          let data63 = data6["default-aprun-launcher"];
                                                                                                                                          const _errs73 = errors;
                                                                                                                                          const vSchema56 = schema0.properties.rules.properties["default-aprun-launcher"].enum;
                                                                                                                                          if (!(data63 === "off" || data63 === "error" || data63 === "warning" || data63 === "info")) {
                                                                                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/default-aprun-launcher", schemaPath: "#/properties/rules/properties/default-aprun-launcher/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["default-aprun-launcher"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["default-aprun-launcher"].enum, parentSchema: schema0.properties.rules.properties["default-aprun-launcher"], data: data63 }];
                                                                                                                                            return false;
                                                                                                                                          } else {
                                                                                                                                          }
                                                                                                                                          if (errors === _errs73) {
                                                                                                                                          }
                                                                                                                                          var valid3 = _errs73 === errors;
                                                                                                                                        } else {
                                                                                                                                          var valid3 = true;
                                                                                                                                        }
                                                                                                                                        if (valid3) {
                                                                                                                                          if (data6["unreachable-executor"] !== void 0) {
                                                                                                                                            let data64 = data6["unreachable-executor"];
                                                                                                                                            const _errs74 = errors;
                                                                                                                                            const vSchema57 = schema0.properties.rules.properties["unreachable-executor"].enum;
                                                                                                                                            if (!(data64 === "off" || data64 === "error" || data64 === "warning" || data64 === "info")) {
                                                                                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/unreachable-executor", schemaPath: "#/properties/rules/properties/unreachable-executor/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unreachable-executor"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unreachable-executor"].enum, parentSchema: schema0.properties.rules.properties["unreachable-executor"], data: data64 }];
                                                                                                                                              return false;
                                                                                                                                            } else {
                                                                                                                                            }
                                                                                                                                            if (errors === _errs74) {
                                                                                                                                            }
                                                                                                                                            var valid3 = _errs74 === errors;
                                                                                                                                          } else {
                                                                                                                                            var valid3 = true;
                                                                                                                                          }
                                                                                                                                          if (valid3) {
                                                                                                                                            if (data6["foreign-directive"] !== void 0) {
                                                                                                                                              let data65 = data6["foreign-directive"];
                                                                                                                                              const _errs75 = errors;
                                                                                                                                              const vSchema58 = schema0.properties.rules.properties["foreign-directive"].enum;
                                                                                                                                              if (!(data65 === "off" || data65 === "error" || data65 === "warning" || data65 === "info")) {
                                                                                                                                                validate0.errors = [{ instancePath: instancePath + "/rules/foreign-directive", schemaPath: "#/properties/rules/properties/foreign-directive/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["foreign-directive"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["foreign-directive"].enum, parentSchema: schema0.properties.rules.properties["foreign-directive"], data: data65 }];
                                                                                                                                                return false;
                                                                                                                                              } else {
                                                                                                                                              }
                                                                                                                                              if (errors === _errs75) {
                                                                                                                                              }
                                                                                                                                              var valid3 = _errs75 === errors;
                                                                                                                                            } else {
                                                                                                                                              var valid3 = true;
                                                                                                                                            }
                                                                                                                                            if (valid3) {
                                                                                                                                              if (data6["unknown-partition"] !== void 0) {
                                                                                                                                                let data66 = data6["unknown-partition"];
                                                                                                                                                const _errs76 = errors;
                                                                                                                                                const vSchema59 = schema0.properties.rules.properties["unknown-partition"].enum;
                                                                                                                                                if (!(data66 === "off" || data66 === "error" || data66 === "warning" || data66 === "info")) {
                                                                                                                                                  validate0.errors = [{ instancePath: instancePath + "/rules/unknown-partition", schemaPath: "#/properties/rules/properties/unknown-partition/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["unknown-partition"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["unknown-partition"].enum, parentSchema: schema0.properties.rules.properties["unknown-partition"], data: data66 }];
                                                                                                                                                  return false;
                                                                                                                                                } else {
                                                                                                                                                }
                                                                                                                                                if (errors === _errs76) {
                                                                                                                                                }
                                                                                                                                                var valid3 = _errs76 === errors;
                                                                                                                                              } else {
                                                                                                                                                var valid3 = true;
                                                                                                                                              }
                                                                                                                                              if (valid3) {
                                                                                                                                                if (data6["no-default-partition"] !== void 0) {
                                                                                                                                                  let data67 = data6["no-default-partition"];
                                                                                                                                                  const _errs77 = errors;
                                                                                                                                                  const vSchema60 = schema0.properties.rules.properties["no-default-partition"].enum;
                                                                                                                                                  if (!(data67 === "off" || data67 === "error" || data67 === "warning" || data67 === "info")) {
                                                                                                                                                    validate0.errors = [{ instancePath: instancePath + "/rules/no-default-partition", schemaPath: "#/properties/rules/properties/no-default-partition/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["no-default-partition"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["no-default-partition"].enum, parentSchema: schema0.properties.rules.properties["no-default-partition"], data: data67 }];
                                                                                                                                                    return false;
                                                                                                                                                  } else {
                                                                                                                                                  }
                                                                                                                                                  if (errors === _errs77) {
                                                                                                                                                  }
                                                                                                                                                  var valid3 = _errs77 === errors;
                                                                                                                                                } else {
                                                                                                                                                  var valid3 = true;
                                                                                                                                                }
                                                                                                                                                if (valid3) {
                                                                                                                                                  if (data6["partition-time-limit"] !== void 0) {
                                                                                                                                                    let data68 = data6["partition-time-limit"];
                                                                                                                                                    const _errs78 = errors;
                                                                                                                                                    const vSchema61 = schema0.properties.rules.properties["partition-time-limit"].enum;
                                                                                                                                                    if (!(data68 === "off" || data68 === "error" || data68 === "warning" || data68 === "info")) {
                                                                                                                                                      validate0.errors = [{ instancePath: instancePath + "/rules/partition-time-limit", schemaPath: "#/properties/rules/properties/partition-time-limit/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["partition-time-limit"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["partition-time-limit"].enum, parentSchema: schema0.properties.rules.properties["partition-time-limit"], data: data68 }];
                                                                                                                                                      return false;
                                                                                                                                                    } else {
                                                                                                                                                    }
                                                                                                                                                    if (errors === _errs78) {
                                                                                                                                                    }
                                                                                                                                                    var valid3 = _errs78 === errors;
                                                                                                                                                  } else {
                                                                                                                                                    var valid3 = true;
                                                                                                                                                  }
                                                                                                                                                  if (valid3) {
                                                                                                                                                    if (data6["partition-node-size"] !== void 0) {
                                                                                                                                                      let data69 = data6["partition-node-size"];
                                                                                                                                                      const _errs79 = errors;
                                                                                                                                                      const vSchema62 = schema0.properties.rules.properties["partition-node-size"].enum;
                                                                                                                                                      if (!(data69 === "off" || data69 === "error" || data69 === "warning" || data69 === "info")) {
                                                                                                                                                        validate0.errors = [{ instancePath: instancePath + "/rules/partition-node-size", schemaPath: "#/properties/rules/properties/partition-node-size/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["partition-node-size"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["partition-node-size"].enum, parentSchema: schema0.properties.rules.properties["partition-node-size"], data: data69 }];
                                                                                                                                                        return false;
                                                                                                                                                      } else {
                                                                                                                                                      }
                                                                                                                                                      if (errors === _errs79) {
                                                                                                                                                      }
                                                                                                                                                      var valid3 = _errs79 === errors;
                                                                                                                                                    } else {
                                                                                                                                                      var valid3 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid3) {
                                                                                                                                                      if (data6["partition-max-nodes"] !== void 0) {
                                                                                                                                                        let data70 = data6["partition-max-nodes"];
                                                                                                                                                        const _errs80 = errors;
                                                                                                                                                        const vSchema63 = schema0.properties.rules.properties["partition-max-nodes"].enum;
                                                                                                                                                        if (!(data70 === "off" || data70 === "error" || data70 === "warning" || data70 === "info")) {
                                                                                                                                                          validate0.errors = [{ instancePath: instancePath + "/rules/partition-max-nodes", schemaPath: "#/properties/rules/properties/partition-max-nodes/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["partition-max-nodes"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["partition-max-nodes"].enum, parentSchema: schema0.properties.rules.properties["partition-max-nodes"], data: data70 }];
                                                                                                                                                          return false;
                                                                                                                                                        } else {
                                                                                                                                                        }
                                                                                                                                                        if (errors === _errs80) {
                                                                                                                                                        }
                                                                                                                                                        var valid3 = _errs80 === errors;
                                                                                                                                                      } else {
                                                                                                                                                        var valid3 = true;
                                                                                                                                                      }
                                                                                                                                                      if (valid3) {
                                                                                                                                                        if (data6["partition-access"] !== void 0) {
                                                                                                                                                          let data71 = data6["partition-access"];
                                                                                                                                                          const _errs81 = errors;
                                                                                                                                                          const vSchema64 = schema0.properties.rules.properties["partition-access"].enum;
                                                                                                                                                          if (!(data71 === "off" || data71 === "error" || data71 === "warning" || data71 === "info")) {
                                                                                                                                                            validate0.errors = [{ instancePath: instancePath + "/rules/partition-access", schemaPath: "#/properties/rules/properties/partition-access/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["partition-access"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["partition-access"].enum, parentSchema: schema0.properties.rules.properties["partition-access"], data: data71 }];
                                                                                                                                                            return false;
                                                                                                                                                          } else {
                                                                                                                                                          }
                                                                                                                                                          if (errors === _errs81) {
                                                                                                                                                          }
                                                                                                                                                          var valid3 = _errs81 === errors;
                                                                                                                                                        } else {
                                                                                                                                                          var valid3 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid3) {
                                                                                                                                                          if (data6["sbatch-refuses-job"] !== void 0) {
                                                                                                                                                            let data72 = data6["sbatch-refuses-job"];
                                                                                                                                                            const _errs82 = errors;
                                                                                                                                                            const vSchema65 = schema0.properties.rules.properties["sbatch-refuses-job"].enum;
                                                                                                                                                            if (!(data72 === "off" || data72 === "error" || data72 === "warning" || data72 === "info")) {
                                                                                                                                                              validate0.errors = [{ instancePath: instancePath + "/rules/sbatch-refuses-job", schemaPath: "#/properties/rules/properties/sbatch-refuses-job/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.properties["sbatch-refuses-job"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.properties["sbatch-refuses-job"].enum, parentSchema: schema0.properties.rules.properties["sbatch-refuses-job"], data: data72 }];
                                                                                                                                                              return false;
                                                                                                                                                            } else {
                                                                                                                                                            }
                                                                                                                                                            if (errors === _errs82) {
                                                                                                                                                            }
                                                                                                                                                            var valid3 = _errs82 === errors;
                                                                                                                                                          } else {
                                                                                                                                                            var valid3 = true;
                                                                                                                                                          }
                                                                                                                                                          if (valid3) {
                                                                                                                                                          }
                                                                                                                                                        }
                                                                                                                                                      }
                                                                                                                                                    }
                                                                                                                                                  }
                                                                                                                                                }
                                                                                                                                              }
                                                                                                                                            }
                                                                                                                                          }
                                                                                                                                        }
                                                                                                                                      }
                                                                                                                                    }
                                                                                                                                  }
                                                                                                                                }
                                                                                                                              }
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate0.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.type, parentSchema: schema0.properties.rules, data: data6 }];
                      return false;
                    }
                    if (errors === _errs14) {
                    }
                  }
                  var valid0 = _errs14 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.profile !== void 0) {
                    let data73 = data.profile;
                    const _errs83 = errors;
                    const _errs84 = errors;
                    let valid4 = false;
                    const _errs85 = errors;
                    if (typeof data73 !== "string") {
                      const err0 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.profile.anyOf[0].type, parentSchema: schema0.properties.profile.anyOf[0], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err0];
                      } else {
                        vErrors.push(err0);
                      }
                      errors++;
                    }
                    const _errs86 = errors;
                    if (errors === _errs85) {
                    }
                    var _valid0 = _errs85 === errors;
                    valid4 = valid4 || _valid0;
                    if (!valid4) {
                      const _errs87 = errors;
                      if (!(data73 && typeof data73 == "object" && !Array.isArray(data73))) {
                        const err1 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.profile.anyOf[1].type, parentSchema: schema0.properties.profile.anyOf[1], data: data73 };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                      const _errs88 = errors;
                      if (errors === _errs87) {
                      }
                      var _valid0 = _errs87 === errors;
                      valid4 = valid4 || _valid0;
                      if (!valid4) {
                      }
                    }
                    if (!valid4) {
                      const err2 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema0.properties.profile.anyOf, parentSchema: schema0.properties.profile, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                      validate0.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs84;
                      if (vErrors !== null) {
                        if (_errs84) {
                          vErrors.length = _errs84;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    if (errors === _errs83) {
                    }
                    var valid0 = _errs83 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.required !== void 0) {
                      let data74 = data.required;
                      const _errs89 = errors;
                      const _errs90 = errors;
                      if (errors === _errs89) {
                        if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                          const _errs91 = errors;
                          for (const key2 in data74) {
                            if (!(key2 === "SlurmProvider" || key2 === "PBSProProvider" || key2 === "TorqueProvider" || key2 === "LSFProvider" || key2 === "GridEngineProvider" || key2 === "CondorProvider" || key2 === "CobaltProvider")) {
                              validate0.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.required, data: data74 }];
                              return false;
                              break;
                            }
                          }
                          if (_errs91 === errors) {
                            if (data74.SlurmProvider !== void 0) {
                              let data75 = data74.SlurmProvider;
                              const _errs92 = errors;
                              const _errs93 = errors;
                              if (errors === _errs92) {
                                if (Array.isArray(data75)) {
                                  var valid6 = true;
                                  const len2 = data75.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    let data76 = data75[i2];
                                    const _errs94 = errors;
                                    const _errs95 = errors;
                                    if (errors === _errs94) {
                                      if (typeof data76 === "string") {
                                        if (!pattern0.test(data76)) {
                                          validate0.errors = [{ instancePath: instancePath + "/required/SlurmProvider/" + i2, schemaPath: "#/properties/required/properties/SlurmProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.SlurmProvider.items, data: data76 }];
                                          return false;
                                        } else {
                                        }
                                      } else {
                                        validate0.errors = [{ instancePath: instancePath + "/required/SlurmProvider/" + i2, schemaPath: "#/properties/required/properties/SlurmProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.SlurmProvider.items.type, parentSchema: schema0.properties.required.properties.SlurmProvider.items, data: data76 }];
                                        return false;
                                      }
                                      if (errors === _errs94) {
                                      }
                                    }
                                    var valid6 = _errs94 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                  if (valid6) {
                                    let valid7;
                                    let i3 = data75.length;
                                    let j0;
                                    valid7 = true;
                                    if (i3 > 1) {
                                      const indices0 = {};
                                      for (; i3--; ) {
                                        let item0 = data75[i3];
                                        if (typeof item0 !== "string") {
                                          continue;
                                        }
                                        if (typeof indices0[item0] == "number") {
                                          j0 = indices0[item0];
                                          validate0.errors = [{ instancePath: instancePath + "/required/SlurmProvider", schemaPath: "#/properties/required/properties/SlurmProvider/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.SlurmProvider, data: data75 }];
                                          return false;
                                          valid7 = false;
                                          break;
                                        }
                                        indices0[item0] = i3;
                                      }
                                    }
                                    if (valid7) {
                                    }
                                  }
                                } else {
                                  validate0.errors = [{ instancePath: instancePath + "/required/SlurmProvider", schemaPath: "#/properties/required/properties/SlurmProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.SlurmProvider.type, parentSchema: schema0.properties.required.properties.SlurmProvider, data: data75 }];
                                  return false;
                                }
                                if (errors === _errs92) {
                                }
                              }
                              var valid5 = _errs92 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data74.PBSProProvider !== void 0) {
                                let data77 = data74.PBSProProvider;
                                const _errs96 = errors;
                                const _errs97 = errors;
                                if (errors === _errs96) {
                                  if (Array.isArray(data77)) {
                                    var valid8 = true;
                                    const len3 = data77.length;
                                    for (let i4 = 0; i4 < len3; i4++) {
                                      let data78 = data77[i4];
                                      const _errs98 = errors;
                                      const _errs99 = errors;
                                      if (errors === _errs98) {
                                        if (typeof data78 === "string") {
                                          if (!pattern0.test(data78)) {
                                            validate0.errors = [{ instancePath: instancePath + "/required/PBSProProvider/" + i4, schemaPath: "#/properties/required/properties/PBSProProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.PBSProProvider.items, data: data78 }];
                                            return false;
                                          } else {
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/required/PBSProProvider/" + i4, schemaPath: "#/properties/required/properties/PBSProProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.PBSProProvider.items.type, parentSchema: schema0.properties.required.properties.PBSProProvider.items, data: data78 }];
                                          return false;
                                        }
                                        if (errors === _errs98) {
                                        }
                                      }
                                      var valid8 = _errs98 === errors;
                                      if (!valid8) {
                                        break;
                                      }
                                    }
                                    if (valid8) {
                                      let valid9;
                                      let i5 = data77.length;
                                      let j1;
                                      valid9 = true;
                                      if (i5 > 1) {
                                        const indices1 = {};
                                        for (; i5--; ) {
                                          let item1 = data77[i5];
                                          if (typeof item1 !== "string") {
                                            continue;
                                          }
                                          if (typeof indices1[item1] == "number") {
                                            j1 = indices1[item1];
                                            validate0.errors = [{ instancePath: instancePath + "/required/PBSProProvider", schemaPath: "#/properties/required/properties/PBSProProvider/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.PBSProProvider, data: data77 }];
                                            return false;
                                            valid9 = false;
                                            break;
                                          }
                                          indices1[item1] = i5;
                                        }
                                      }
                                      if (valid9) {
                                      }
                                    }
                                  } else {
                                    validate0.errors = [{ instancePath: instancePath + "/required/PBSProProvider", schemaPath: "#/properties/required/properties/PBSProProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.PBSProProvider.type, parentSchema: schema0.properties.required.properties.PBSProProvider, data: data77 }];
                                    return false;
                                  }
                                  if (errors === _errs96) {
                                  }
                                }
                                var valid5 = _errs96 === errors;
                              } else {
                                var valid5 = true;
                              }
                              if (valid5) {
                                if (data74.TorqueProvider !== void 0) {
                                  let data79 = data74.TorqueProvider;
                                  const _errs100 = errors;
                                  const _errs101 = errors;
                                  if (errors === _errs100) {
                                    if (Array.isArray(data79)) {
                                      var valid10 = true;
                                      const len4 = data79.length;
                                      for (let i6 = 0; i6 < len4; i6++) {
                                        let data80 = data79[i6];
                                        const _errs102 = errors;
                                        const _errs103 = errors;
                                        if (errors === _errs102) {
                                          if (typeof data80 === "string") {
                                            if (!pattern0.test(data80)) {
                                              validate0.errors = [{ instancePath: instancePath + "/required/TorqueProvider/" + i6, schemaPath: "#/properties/required/properties/TorqueProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.TorqueProvider.items, data: data80 }];
                                              return false;
                                            } else {
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/required/TorqueProvider/" + i6, schemaPath: "#/properties/required/properties/TorqueProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.TorqueProvider.items.type, parentSchema: schema0.properties.required.properties.TorqueProvider.items, data: data80 }];
                                            return false;
                                          }
                                          if (errors === _errs102) {
                                          }
                                        }
                                        var valid10 = _errs102 === errors;
                                        if (!valid10) {
                                          break;
                                        }
                                      }
                                      if (valid10) {
                                        let valid11;
                                        let i7 = data79.length;
                                        let j2;
                                        valid11 = true;
                                        if (i7 > 1) {
                                          const indices2 = {};
                                          for (; i7--; ) {
                                            let item2 = data79[i7];
                                            if (typeof item2 !== "string") {
                                              continue;
                                            }
                                            if (typeof indices2[item2] == "number") {
                                              j2 = indices2[item2];
                                              validate0.errors = [{ instancePath: instancePath + "/required/TorqueProvider", schemaPath: "#/properties/required/properties/TorqueProvider/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.TorqueProvider, data: data79 }];
                                              return false;
                                              valid11 = false;
                                              break;
                                            }
                                            indices2[item2] = i7;
                                          }
                                        }
                                        if (valid11) {
                                        }
                                      }
                                    } else {
                                      validate0.errors = [{ instancePath: instancePath + "/required/TorqueProvider", schemaPath: "#/properties/required/properties/TorqueProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.TorqueProvider.type, parentSchema: schema0.properties.required.properties.TorqueProvider, data: data79 }];
                                      return false;
                                    }
                                    if (errors === _errs100) {
                                    }
                                  }
                                  var valid5 = _errs100 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data74.LSFProvider !== void 0) {
                                    let data81 = data74.LSFProvider;
                                    const _errs104 = errors;
                                    const _errs105 = errors;
                                    if (errors === _errs104) {
                                      if (Array.isArray(data81)) {
                                        var valid12 = true;
                                        const len5 = data81.length;
                                        for (let i8 = 0; i8 < len5; i8++) {
                                          let data82 = data81[i8];
                                          const _errs106 = errors;
                                          const _errs107 = errors;
                                          if (errors === _errs106) {
                                            if (typeof data82 === "string") {
                                              if (!pattern0.test(data82)) {
                                                validate0.errors = [{ instancePath: instancePath + "/required/LSFProvider/" + i8, schemaPath: "#/properties/required/properties/LSFProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.LSFProvider.items, data: data82 }];
                                                return false;
                                              } else {
                                              }
                                            } else {
                                              validate0.errors = [{ instancePath: instancePath + "/required/LSFProvider/" + i8, schemaPath: "#/properties/required/properties/LSFProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.LSFProvider.items.type, parentSchema: schema0.properties.required.properties.LSFProvider.items, data: data82 }];
                                              return false;
                                            }
                                            if (errors === _errs106) {
                                            }
                                          }
                                          var valid12 = _errs106 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                        if (valid12) {
                                          let valid13;
                                          let i9 = data81.length;
                                          let j3;
                                          valid13 = true;
                                          if (i9 > 1) {
                                            const indices3 = {};
                                            for (; i9--; ) {
                                              let item3 = data81[i9];
                                              if (typeof item3 !== "string") {
                                                continue;
                                              }
                                              if (typeof indices3[item3] == "number") {
                                                j3 = indices3[item3];
                                                validate0.errors = [{ instancePath: instancePath + "/required/LSFProvider", schemaPath: "#/properties/required/properties/LSFProvider/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.LSFProvider, data: data81 }];
                                                return false;
                                                valid13 = false;
                                                break;
                                              }
                                              indices3[item3] = i9;
                                            }
                                          }
                                          if (valid13) {
                                          }
                                        }
                                      } else {
                                        validate0.errors = [{ instancePath: instancePath + "/required/LSFProvider", schemaPath: "#/properties/required/properties/LSFProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.LSFProvider.type, parentSchema: schema0.properties.required.properties.LSFProvider, data: data81 }];
                                        return false;
                                      }
                                      if (errors === _errs104) {
                                      }
                                    }
                                    var valid5 = _errs104 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data74.GridEngineProvider !== void 0) {
                                      let data83 = data74.GridEngineProvider;
                                      const _errs108 = errors;
                                      const _errs109 = errors;
                                      if (errors === _errs108) {
                                        if (Array.isArray(data83)) {
                                          var valid14 = true;
                                          const len6 = data83.length;
                                          for (let i10 = 0; i10 < len6; i10++) {
                                            let data84 = data83[i10];
                                            const _errs110 = errors;
                                            const _errs111 = errors;
                                            if (errors === _errs110) {
                                              if (typeof data84 === "string") {
                                                if (!pattern0.test(data84)) {
                                                  validate0.errors = [{ instancePath: instancePath + "/required/GridEngineProvider/" + i10, schemaPath: "#/properties/required/properties/GridEngineProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.GridEngineProvider.items, data: data84 }];
                                                  return false;
                                                } else {
                                                }
                                              } else {
                                                validate0.errors = [{ instancePath: instancePath + "/required/GridEngineProvider/" + i10, schemaPath: "#/properties/required/properties/GridEngineProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.GridEngineProvider.items.type, parentSchema: schema0.properties.required.properties.GridEngineProvider.items, data: data84 }];
                                                return false;
                                              }
                                              if (errors === _errs110) {
                                              }
                                            }
                                            var valid14 = _errs110 === errors;
                                            if (!valid14) {
                                              break;
                                            }
                                          }
                                          if (valid14) {
                                            let valid15;
                                            let i11 = data83.length;
                                            let j4;
                                            valid15 = true;
                                            if (i11 > 1) {
                                              const indices4 = {};
                                              for (; i11--; ) {
                                                let item4 = data83[i11];
                                                if (typeof item4 !== "string") {
                                                  continue;
                                                }
                                                if (typeof indices4[item4] == "number") {
                                                  j4 = indices4[item4];
                                                  validate0.errors = [{ instancePath: instancePath + "/required/GridEngineProvider", schemaPath: "#/properties/required/properties/GridEngineProvider/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.GridEngineProvider, data: data83 }];
                                                  return false;
                                                  valid15 = false;
                                                  break;
                                                }
                                                indices4[item4] = i11;
                                              }
                                            }
                                            if (valid15) {
                                            }
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/required/GridEngineProvider", schemaPath: "#/properties/required/properties/GridEngineProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.GridEngineProvider.type, parentSchema: schema0.properties.required.properties.GridEngineProvider, data: data83 }];
                                          return false;
                                        }
                                        if (errors === _errs108) {
                                        }
                                      }
                                      var valid5 = _errs108 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                    if (valid5) {
                                      if (data74.CondorProvider !== void 0) {
                                        let data85 = data74.CondorProvider;
                                        const _errs112 = errors;
                                        const _errs113 = errors;
                                        if (errors === _errs112) {
                                          if (Array.isArray(data85)) {
                                            var valid16 = true;
                                            const len7 = data85.length;
                                            for (let i12 = 0; i12 < len7; i12++) {
                                              let data86 = data85[i12];
                                              const _errs114 = errors;
                                              const _errs115 = errors;
                                              if (errors === _errs114) {
                                                if (typeof data86 === "string") {
                                                  if (!pattern0.test(data86)) {
                                                    validate0.errors = [{ instancePath: instancePath + "/required/CondorProvider/" + i12, schemaPath: "#/properties/required/properties/CondorProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.CondorProvider.items, data: data86 }];
                                                    return false;
                                                  } else {
                                                  }
                                                } else {
                                                  validate0.errors = [{ instancePath: instancePath + "/required/CondorProvider/" + i12, schemaPath: "#/properties/required/properties/CondorProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.CondorProvider.items.type, parentSchema: schema0.properties.required.properties.CondorProvider.items, data: data86 }];
                                                  return false;
                                                }
                                                if (errors === _errs114) {
                                                }
                                              }
                                              var valid16 = _errs114 === errors;
                                              if (!valid16) {
                                                break;
                                              }
                                            }
                                            if (valid16) {
                                              let valid17;
                                              let i13 = data85.length;
                                              let j5;
                                              valid17 = true;
                                              if (i13 > 1) {
                                                const indices5 = {};
                                                for (; i13--; ) {
                                                  let item5 = data85[i13];
                                                  if (typeof item5 !== "string") {
                                                    continue;
                                                  }
                                                  if (typeof indices5[item5] == "number") {
                                                    j5 = indices5[item5];
                                                    validate0.errors = [{ instancePath: instancePath + "/required/CondorProvider", schemaPath: "#/properties/required/properties/CondorProvider/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i13 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.CondorProvider, data: data85 }];
                                                    return false;
                                                    valid17 = false;
                                                    break;
                                                  }
                                                  indices5[item5] = i13;
                                                }
                                              }
                                              if (valid17) {
                                              }
                                            }
                                          } else {
                                            validate0.errors = [{ instancePath: instancePath + "/required/CondorProvider", schemaPath: "#/properties/required/properties/CondorProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.CondorProvider.type, parentSchema: schema0.properties.required.properties.CondorProvider, data: data85 }];
                                            return false;
                                          }
                                          if (errors === _errs112) {
                                          }
                                        }
                                        var valid5 = _errs112 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data74.CobaltProvider !== void 0) {
                                          let data87 = data74.CobaltProvider;
                                          const _errs116 = errors;
                                          const _errs117 = errors;
                                          if (errors === _errs116) {
                                            if (Array.isArray(data87)) {
                                              var valid18 = true;
                                              const len8 = data87.length;
                                              for (let i14 = 0; i14 < len8; i14++) {
                                                let data88 = data87[i14];
                                                const _errs118 = errors;
                                                const _errs119 = errors;
                                                if (errors === _errs118) {
                                                  if (typeof data88 === "string") {
                                                    if (!pattern0.test(data88)) {
                                                      validate0.errors = [{ instancePath: instancePath + "/required/CobaltProvider/" + i14, schemaPath: "#/properties/required/properties/CobaltProvider/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema0.properties.required.properties.CobaltProvider.items, data: data88 }];
                                                      return false;
                                                    } else {
                                                    }
                                                  } else {
                                                    validate0.errors = [{ instancePath: instancePath + "/required/CobaltProvider/" + i14, schemaPath: "#/properties/required/properties/CobaltProvider/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.required.properties.CobaltProvider.items.type, parentSchema: schema0.properties.required.properties.CobaltProvider.items, data: data88 }];
                                                    return false;
                                                  }
                                                  if (errors === _errs118) {
                                                  }
                                                }
                                                var valid18 = _errs118 === errors;
                                                if (!valid18) {
                                                  break;
                                                }
                                              }
                                              if (valid18) {
                                                let valid19;
                                                let i15 = data87.length;
                                                let j6;
                                                valid19 = true;
                                                if (i15 > 1) {
                                                  const indices6 = {};
                                                  for (; i15--; ) {
                                                    let item6 = data87[i15];
                                                    if (typeof item6 !== "string") {
                                                      continue;
                                                    }
                                                    if (typeof indices6[item6] == "number") {
                                                      j6 = indices6[item6];
                                                      validate0.errors = [{ instancePath: instancePath + "/required/CobaltProvider", schemaPath: "#/properties/required/properties/CobaltProvider/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i15 + " are identical)", schema: true, parentSchema: schema0.properties.required.properties.CobaltProvider, data: data87 }];
                                                      return false;
                                                      valid19 = false;
                                                      break;
                                                    }
                                                    indices6[item6] = i15;
                                                  }
                                                }
                                                if (valid19) {
                                                }
                                              }
                                            } else {
                                              validate0.errors = [{ instancePath: instancePath + "/required/CobaltProvider", schemaPath: "#/properties/required/properties/CobaltProvider/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.required.properties.CobaltProvider.type, parentSchema: schema0.properties.required.properties.CobaltProvider, data: data87 }];
                                              return false;
                                            }
                                            if (errors === _errs116) {
                                            }
                                          }
                                          var valid5 = _errs116 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate0.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.required.type, parentSchema: schema0.properties.required, data: data74 }];
                          return false;
                        }
                        if (errors === _errs89) {
                        }
                      }
                      var valid0 = _errs89 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.slurm !== void 0) {
                        let data89 = data.slurm;
                        const _errs120 = errors;
                        const _errs121 = errors;
                        if (errors === _errs120) {
                          if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                            const _errs122 = errors;
                            for (const key3 in data89) {
                              if (!(key3 === "plugin-options" || key3 === "release")) {
                                validate0.errors = [{ instancePath: instancePath + "/slurm", schemaPath: "#/properties/slurm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.slurm, data: data89 }];
                                return false;
                                break;
                              }
                            }
                            if (_errs122 === errors) {
                              if (data89["plugin-options"] !== void 0) {
                                let data90 = data89["plugin-options"];
                                const _errs123 = errors;
                                const _errs124 = errors;
                                if (errors === _errs123) {
                                  if (Array.isArray(data90)) {
                                    var valid21 = true;
                                    const len9 = data90.length;
                                    for (let i16 = 0; i16 < len9; i16++) {
                                      let data91 = data90[i16];
                                      const _errs125 = errors;
                                      const _errs126 = errors;
                                      if (errors === _errs125) {
                                        if (typeof data91 === "string") {
                                          if (!pattern7.test(data91)) {
                                            validate0.errors = [{ instancePath: instancePath + "/slurm/plugin-options/" + i16, schemaPath: "#/properties/slurm/properties/plugin-options/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema0.properties.slurm.properties["plugin-options"].items, data: data91 }];
                                            return false;
                                          } else {
                                          }
                                        } else {
                                          validate0.errors = [{ instancePath: instancePath + "/slurm/plugin-options/" + i16, schemaPath: "#/properties/slurm/properties/plugin-options/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.slurm.properties["plugin-options"].items.type, parentSchema: schema0.properties.slurm.properties["plugin-options"].items, data: data91 }];
                                          return false;
                                        }
                                        if (errors === _errs125) {
                                        }
                                      }
                                      var valid21 = _errs125 === errors;
                                      if (!valid21) {
                                        break;
                                      }
                                    }
                                    if (valid21) {
                                      let valid22;
                                      let i17 = data90.length;
                                      let j7;
                                      valid22 = true;
                                      if (i17 > 1) {
                                        const indices7 = {};
                                        for (; i17--; ) {
                                          let item7 = data90[i17];
                                          if (typeof item7 !== "string") {
                                            continue;
                                          }
                                          if (typeof indices7[item7] == "number") {
                                            j7 = indices7[item7];
                                            validate0.errors = [{ instancePath: instancePath + "/slurm/plugin-options", schemaPath: "#/properties/slurm/properties/plugin-options/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i17 + " are identical)", schema: true, parentSchema: schema0.properties.slurm.properties["plugin-options"], data: data90 }];
                                            return false;
                                            valid22 = false;
                                            break;
                                          }
                                          indices7[item7] = i17;
                                        }
                                      }
                                      if (valid22) {
                                      }
                                    }
                                  } else {
                                    validate0.errors = [{ instancePath: instancePath + "/slurm/plugin-options", schemaPath: "#/properties/slurm/properties/plugin-options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.slurm.properties["plugin-options"].type, parentSchema: schema0.properties.slurm.properties["plugin-options"], data: data90 }];
                                    return false;
                                  }
                                  if (errors === _errs123) {
                                  }
                                }
                                var valid20 = _errs123 === errors;
                              } else {
                                var valid20 = true;
                              }
                              if (valid20) {
                                if (data89.release !== void 0) {
                                  let data92 = data89.release;
                                  const _errs127 = errors;
                                  if (typeof data92 !== "string") {
                                    validate0.errors = [{ instancePath: instancePath + "/slurm/release", schemaPath: "#/properties/slurm/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.slurm.properties.release.type, parentSchema: schema0.properties.slurm.properties.release, data: data92 }];
                                    return false;
                                  }
                                  const _errs128 = errors;
                                  if (errors === _errs127) {
                                  }
                                  var valid20 = _errs127 === errors;
                                } else {
                                  var valid20 = true;
                                }
                                if (valid20) {
                                }
                              }
                            }
                          } else {
                            validate0.errors = [{ instancePath: instancePath + "/slurm", schemaPath: "#/properties/slurm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.slurm.type, parentSchema: schema0.properties.slurm, data: data89 }];
                            return false;
                          }
                          if (errors === _errs120) {
                          }
                        }
                        var valid0 = _errs120 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate0.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data }];
      return false;
    }
    if (errors === 0) {
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var import_ucs2length, validate, schema0, func0, func2, pattern0, pattern7, generated;
var init_config_validator = __esm({
  "src/config/config-validator.ts"() {
    "use strict";
    import_ucs2length = __toESM(require_ucs2length(), 1);
    validate = validate0;
    schema0 = { "type": "object", "additionalProperties": false, "properties": { "qiime2": { "type": "string" }, "parsl": { "type": "string" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "rules": { "type": "object", "additionalProperties": false, "properties": { "toml-syntax": { "enum": ["off", "error", "warning", "info"] }, "toml-version": { "enum": ["off", "error", "warning", "info"] }, "tomlkit-key-already-present": { "enum": ["off", "error", "warning", "info"] }, "byte-order-mark": { "enum": ["off", "error", "warning", "info"] }, "missing-parsl-table": { "enum": ["off", "error", "warning", "info"] }, "ignored-top-level-table": { "enum": ["off", "error", "warning", "info"] }, "missing-class": { "enum": ["off", "error", "warning", "info"] }, "duplicate-executor-label": { "enum": ["off", "error", "warning", "info"] }, "missing-default-executor": { "enum": ["off", "error", "warning", "info"] }, "unknown-executor-label": { "enum": ["off", "error", "warning", "info"] }, "missing-walltime": { "enum": ["off", "error", "warning", "info"] }, "missing-worker-init": { "enum": ["off", "error", "warning", "info"] }, "walltime-format": { "enum": ["off", "error", "warning", "info"] }, "memory-option-conflict": { "enum": ["off", "error", "warning", "info"] }, "header-ended": { "enum": ["off", "error", "warning", "info"] }, "sbatch-header-ended": { "enum": ["off", "error", "warning", "info"] }, "pbs-header-ended": { "enum": ["off", "error", "warning", "info"] }, "directive-ignored": { "enum": ["off", "error", "warning", "info"] }, "sbatch-directive-ignored": { "enum": ["off", "error", "warning", "info"] }, "batch-directive-ignored": { "enum": ["off", "error", "warning", "info"] }, "directive-in-worker-init": { "enum": ["off", "error", "warning", "info"] }, "misspelt-sbatch-option": { "enum": ["off", "error", "warning", "info"] }, "unknown-sbatch-option": { "enum": ["off", "error", "warning", "info"] }, "sbatch-rejects-directive": { "enum": ["off", "error", "warning", "info"] }, "sbatch-option-release": { "enum": ["off", "error", "warning", "info"] }, "overridden-directive": { "enum": ["off", "error", "warning", "info"] }, "overridden-batch-directive": { "enum": ["off", "error", "warning", "info"] }, "site-required-field": { "enum": ["off", "error", "warning", "info"] }, "unused-disable-directive": { "enum": ["off", "error", "warning", "info"] }, "unknown-class": { "enum": ["off", "error", "warning", "info"] }, "qualified-class-name": { "enum": ["off", "error", "warning", "info"] }, "test-executor": { "enum": ["off", "error", "warning", "info"] }, "unknown-parameter": { "enum": ["off", "error", "warning", "info"] }, "missing-parameter": { "enum": ["off", "error", "warning", "info"] }, "parameter-type": { "enum": ["off", "error", "warning", "info"] }, "parameter-version": { "enum": ["off", "error", "warning", "info"] }, "deprecated-parameter": { "enum": ["off", "error", "warning", "info"] }, "strategy-value": { "enum": ["off", "error", "warning", "info"] }, "executor-mapping-form": { "enum": ["off", "error", "warning", "info"] }, "ignored-executor-mapping": { "enum": ["off", "error", "warning", "info"] }, "block-limits": { "enum": ["off", "error", "warning", "info"] }, "nodes-per-block-below-one": { "enum": ["off", "error", "warning", "info"] }, "launcher-uses-one-node": { "enum": ["off", "error", "warning", "info"] }, "cores-per-node-below-one": { "enum": ["off", "error", "warning", "info"] }, "worker-larger-than-node": { "enum": ["off", "error", "warning", "info"] }, "memory-limits-workers": { "enum": ["off", "error", "warning", "info"] }, "strategy-none-max-blocks": { "enum": ["off", "error", "warning", "info"] }, "exclusive-by-default": { "enum": ["off", "error", "warning", "info"] }, "exclusive-mem-per-cpu": { "enum": ["off", "error", "warning", "info"] }, "ntasks-directive": { "enum": ["off", "error", "warning", "info"] }, "worker-init-no-activation": { "enum": ["off", "error", "warning", "info"] }, "dos-line-breaks": { "enum": ["off", "error", "warning", "info"] }, "activate-without-shell-hook": { "enum": ["off", "error", "warning", "info"] }, "placeholder-value": { "enum": ["off", "error", "warning", "info"] }, "address-not-ip": { "enum": ["off", "error", "warning", "info"] }, "implausible-memory": { "enum": ["off", "error", "warning", "info"] }, "default-aprun-launcher": { "enum": ["off", "error", "warning", "info"] }, "unreachable-executor": { "enum": ["off", "error", "warning", "info"] }, "foreign-directive": { "enum": ["off", "error", "warning", "info"] }, "unknown-partition": { "enum": ["off", "error", "warning", "info"] }, "no-default-partition": { "enum": ["off", "error", "warning", "info"] }, "partition-time-limit": { "enum": ["off", "error", "warning", "info"] }, "partition-node-size": { "enum": ["off", "error", "warning", "info"] }, "partition-max-nodes": { "enum": ["off", "error", "warning", "info"] }, "partition-access": { "enum": ["off", "error", "warning", "info"] }, "sbatch-refuses-job": { "enum": ["off", "error", "warning", "info"] } } }, "profile": { "anyOf": [{ "type": "string" }, { "type": "object" }] }, "required": { "type": "object", "additionalProperties": false, "properties": { "SlurmProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "PBSProProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "TorqueProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "LSFProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "GridEngineProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "CondorProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true }, "CobaltProvider": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "uniqueItems": true } } }, "slurm": { "type": "object", "additionalProperties": false, "properties": { "plugin-options": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, "uniqueItems": true }, "release": { "type": "string" } } } } };
    func0 = import_ucs2length.default.default;
    func2 = Object.prototype.hasOwnProperty;
    pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
    pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
    generated = { ruleIds: ["toml-syntax", "toml-version", "tomlkit-key-already-present", "byte-order-mark", "missing-parsl-table", "ignored-top-level-table", "missing-class", "duplicate-executor-label", "missing-default-executor", "unknown-executor-label", "missing-walltime", "missing-worker-init", "walltime-format", "memory-option-conflict", "header-ended", "sbatch-header-ended", "pbs-header-ended", "directive-ignored", "sbatch-directive-ignored", "batch-directive-ignored", "directive-in-worker-init", "misspelt-sbatch-option", "unknown-sbatch-option", "sbatch-rejects-directive", "sbatch-option-release", "overridden-directive", "overridden-batch-directive", "site-required-field", "unused-disable-directive", "unknown-class", "qualified-class-name", "test-executor", "unknown-parameter", "missing-parameter", "parameter-type", "parameter-version", "deprecated-parameter", "strategy-value", "executor-mapping-form", "ignored-executor-mapping", "block-limits", "nodes-per-block-below-one", "launcher-uses-one-node", "cores-per-node-below-one", "worker-larger-than-node", "memory-limits-workers", "strategy-none-max-blocks", "exclusive-by-default", "exclusive-mem-per-cpu", "ntasks-directive", "worker-init-no-activation", "dos-line-breaks", "activate-without-shell-hook", "placeholder-value", "address-not-ip", "implausible-memory", "default-aprun-launcher", "unreachable-executor", "foreign-directive", "unknown-partition", "no-default-partition", "partition-time-limit", "partition-node-size", "partition-max-nodes", "partition-access", "sbatch-refuses-job"], validate };
  }
});

// vendor-config-validator.cjs
module.exports = { generated: (init_config_validator(), __toCommonJS(config_validator_exports)).generated };
