const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags2) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags2);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags2 = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags2[node.tag] = true;
          });
          tagNames = Object.keys(tags2);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item2 of node.items) {
          const c = getAliasCount(doc, item2, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema3, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema3.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema3[identity.MAP] : Symbol.iterator in Object(value) ? schema3[identity.SEQ] : schema3[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema3, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema3,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema3) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema3,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema3) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema3)
          copy.schema = schema3;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema3) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str2, indent, comment2) => str2.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str2.endsWith(" ") ? "" : " ") + comment2;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item2, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item2;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item2, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item2, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item2, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags: tags2 } = ctx.doc.schema;
        if (tags2.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item2, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item2.value === "string" ? item2 : Object.assign({}, item2, { value: String(item2.value) });
      let { type: type2 } = item2;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags2, item2) {
      if (item2.tag) {
        const match = tags2.filter((t2) => t2.tag === item2.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item2.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item2)) {
        obj = item2.value;
        let match = tags2.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item2.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item2;
        tagObj = tags2.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item2, ctx, onComment, onChompKeep) {
      if (identity.isPair(item2))
        return item2.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item2)) {
        if (ctx.doc.directives)
          return item2.toString(ctx);
        if (ctx.resolvedAliases?.has(item2)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item2);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item2]);
          item2 = item2.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item2) ? item2 : ctx.doc.createNode(item2, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log2 = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema3) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema3);
        if (identity.isNode(value))
          value = value.clone(schema3);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item2 = items[i];
        let comment3 = null;
        if (identity.isNode(item2)) {
          if (!chompKeep && item2.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item2.commentBefore, chompKeep);
          if (item2.comment)
            comment3 = item2.comment;
        } else if (identity.isPair(item2)) {
          const ik = identity.isNode(item2.key) ? item2.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item2, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item2 = items[i];
        let comment2 = null;
        if (identity.isNode(item2)) {
          if (item2.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item2.commentBefore, false);
          if (item2.comment)
            comment2 = item2.comment;
        } else if (identity.isPair(item2)) {
          const ik = identity.isNode(item2.key) ? item2.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item2.value) ? item2.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item2.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str2 = stringify2.stringify(item2, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema3) {
        super(identity.MAP, schema3);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema3, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema3);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema3.sortMapEntries === "function") {
          map2.items.sort(schema3.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item2) => sortEntries(_pair, item2) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item2 of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item2);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item2 of this.items) {
          if (!identity.isPair(item2))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item2)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema3, obj, ctx) => YAMLMap.YAMLMap.from(schema3, obj, ctx)
    };
    exports2.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema3) {
        super(identity.SEQ, schema3);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item2 of this.items)
          seq2.push(toJS.toJS(item2, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema3, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema3);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema3, obj, ctx) => YAMLSeq.YAMLSeq.from(schema3, obj, ctx)
    };
    exports2.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item2, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item2, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float2;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema3 = [
      map2.map,
      seq2.seq,
      string2.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports2.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema3 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item2 = seq2.items[i];
          if (identity.isPair(item2))
            continue;
          else if (identity.isMap(item2)) {
            if (item2.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item2.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item2.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item2.commentBefore}
${pair2.key.commentBefore}` : item2.commentBefore;
            if (item2.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item2.comment}
${cn.comment}` : item2.comment;
            }
            item2 = pair2;
          }
          seq2.items[i] = identity.isPair(item2) ? item2 : new Pair.Pair(item2);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema3, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema3);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs2;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema3, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema3, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema3, iterable, ctx) => YAMLOMap.from(schema3, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float2;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema3) {
        super(schema3);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema3, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema3);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema3, iterable, ctx) => YAMLSet.from(schema3, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string2 = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema3 = [
      map2.map,
      seq2.seq,
      string2.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports2.schema = schema3;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema3 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema3.schema],
      ["failsafe", [map2.map, seq2.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags2 = schemaTags;
      if (!tags2) {
        if (Array.isArray(customTags))
          tags2 = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      if (addMergeTag)
        tags2 = tags2.concat(merge2.merge);
      return tags2.reduce((tags3, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags3.includes(tagObj))
          tags3.push(tagObj);
        return tags3;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string2 = require_string();
    var tags2 = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema3, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags2.getTags(compat, "compat") : compat ? tags2.getTags(null, compat) : null;
        this.name = typeof schema3 === "string" && schema3 || "core";
        this.knownTags = resolveKnownTags ? tags2.coreKnownTags : {};
        this.tags = tags2.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map2.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map2.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment2)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair2);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content2 = lines[i][1];
        if (content2 === "" || content2 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content2] = lines[i];
        if (content2 === "" || content2 === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content2.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content2] = lines[i];
        offset += indent.length + content2.length + 1;
        const crlf = content2[content2.length - 1] === "\r";
        if (crlf)
          content2 = content2.slice(0, -1);
        if (content2 && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content2.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content2;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content2[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content2;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content2 === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content2;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema3, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema3[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema3.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema3.knownTags[tagName];
      if (kt && !kt.collection) {
        schema3.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema3[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema3 }, value, token, onError) {
      const tag = schema3.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema3[identity.SCALAR];
      if (schema3.compat) {
        const compat = schema3.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema3[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item2 of token.items)
            res += stringifyItem(item2);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item2 of token.items)
            res += stringifyItem(item2);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item2 = cst;
      for (const [field, index] of path) {
        const tok = item2?.[field];
        if (tok && "items" in tok) {
          item2 = tok.items[index];
        } else
          return void 0;
      }
      return item2;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item2, visitor) {
      let ctrl = visitor(item2, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item2[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item2, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item2, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type2) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema2.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser2.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
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
    var SEP = "/";
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
      START_ANCHOR,
      SEP
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
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
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
    module2.exports = {
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

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports2.isRegexChar = (str2) => str2.length === 1 && exports2.hasRegexChars(str2);
    exports2.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows: windows2 } = {}) => {
      const segs = path.split(windows2 ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
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
    } = require_constants();
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
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
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
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
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
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
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
                finished = true;
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
          if (finished === true) continue;
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
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
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
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
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
              finished = true;
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
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
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
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
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
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
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
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket2 = 0;
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
            bracket2++;
          } else if (ch === "]" && bracket2 > 0) {
            bracket2--;
          } else if (bracket2 === 0) {
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
      let bracket2 = 0;
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
          bracket2++;
          continue;
        }
        if (ch === "]" && bracket2 > 0) {
          bracket2--;
          continue;
        }
        if (bracket2 > 0) {
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
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
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
      return chars;
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
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
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
      const PLATFORM_CHARS = constants.globChars(opts.windows);
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
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
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
            for (const t2 of toks) {
              state.output += t2.output || t2.value;
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
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
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
      } = constants.globChars(opts.windows);
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
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
    picomatch3.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module2.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module2.exports = picomatch3;
  }
});

// cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);

// cli/cli-io.ts
function processIo() {
  return {
    cwd: process.cwd(),
    stdout: (text2) => process.stdout.write(text2),
    stderr: (text2) => process.stderr.write(text2),
    now: () => /* @__PURE__ */ new Date(),
    env: process.env
  };
}
var UsageError = class extends Error {
  name = "UsageError";
};
var EXIT = { pass: 0, fail: 1, usage: 2 };

// cli/init.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_node_util = require("node:util");

// core/policy/policy.ts
var DEFAULT_BUDGET_QUERY = 'slo:period_error_budget_remaining:ratio{sloth_service="{service}", sloth_slo="{slo}"}';
var DEFAULT_POLICY_PATH = ".github/roadmap-gate.yml";
function defaultPolicy() {
  return {
    paths: ["roadmap/**/*.yaml", "roadmap/**/*.yml", "roadmap/**/*.json"],
    gate: {
      statuses: ["planned", "in_progress", "launched"],
      metrics: ["pipeline_reliability", "error_budget", "latency"],
      ai_metrics: ["drift_alerts"],
      instrumentation: ["logging", "failures", "performance", "user_feedback"],
      ai_instrumentation: ["drift"]
    },
    sign_off: { reviewers: [], min_approvals: 1, max_age_days: 180, verify: true },
    issues: { labels: ["roadmap"] },
    pull_requests: { require_roadmap_link: false, exempt_labels: ["no-roadmap"] },
    waivers: { max_days: 90 },
    enforcement: "block",
    limits: { max_file_bytes: 1048576 },
    error_budget: {
      gate: false,
      statuses: ["in_progress", "launched"],
      min_remaining: 0,
      query: DEFAULT_BUDGET_QUERY,
      unreachable: "warn",
      exempt_labels: ["reliability", "incident"]
    },
    slo: { files: [], require: [], sloth_period: "30d", service: "" }
  };
}

// cli/init-templates.ts
var SCHEMA_BASE = "https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas";
function policyTemplate() {
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/config.schema.json
# roadmap-gate policy: how this repository's roadmap items are judged. Every key is optional;
# the values below are the defaults. See https://github.com/roadmap-gate/roadmap-gate#policy
paths: ["roadmap/**/*.yaml", "roadmap/**/*.yml", "roadmap/**/*.json"]
gate:
  statuses: [planned, in_progress, launched] # items in these statuses must be gate-ready
  metrics: [pipeline_reliability, error_budget, latency]
  ai_metrics: [drift_alerts] # added for items with ai: true
  instrumentation: [logging, failures, performance, user_feedback]
  ai_instrumentation: [drift]
sign_off:
  reviewers: [] # "@user" or "@org/team"; empty = anyone with write access
  min_approvals: 1
  max_age_days: 180
  verify: true # a sign-off counts only when backed by an approving review (Action and App)
issues:
  labels: [roadmap]
pull_requests:
  require_roadmap_link: false
  exempt_labels: [no-roadmap]
waivers:
  max_days: 90
enforcement: block # block: a failing check; warn: a neutral check with the same findings
limits:
  max_file_bytes: 1048576
slo:
  files: [] # globs of SLO files (OpenSLO v1, Sloth, Pyrra); metrics' slo: are checked against them
  require: [] # metric kinds a gated item must link to an SLO with slo:
  sloth_period: 30d # Sloth specs carry no window (Sloth's --default-slo-period)
  service: "" # service of SLOs that \`roadmap-gate slo\` exports; empty: the item id
`;
}
function exampleItemTemplate(options) {
  const { ai, today } = options;
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/roadmap-item.schema.json
# An example roadmap item: copy it for each ${ai ? "AI capability" : "feature"}, then delete this one.
# Check items with \`npx roadmap-gate validate\`; the README explains every field.
apiVersion: roadmap-gate/v1
id: ${ai ? "AI-1" : "FEAT-1"}
title: ${ai ? "Example AI capability" : "Example feature"}
owner: "@your-handle"
status: planned # proposed items need only apiVersion, id, title, owner and status
${ai ? "ai: true\n" : ""}team:
  domain_experts: ["@domain-expert"]
slices:
  - id: first-slice
    value: The smallest change that ships value on its own${ai ? ", e.g. scores logged in shadow mode" : ""}
    acceptance: How it is tested, e.g. an end-to-end test of the main path
  - id: second-slice
    value: What the next slice adds for users
    acceptance: How it is tested
    depends_on: [first-slice]
metrics:
  pipeline_reliability:
    objective: ">= 99.5%"
    window: 28d
    source: "Where it is measured, e.g. grafana: job success rate"
  error_budget:
    objective: "<= 0.5%"
    window: 28d
    source: "e.g. grafana: 5xx ratio"
  latency:
    objective: "p95 <= 300ms"
    window: 7d
    source: "e.g. grafana: request duration"
${ai ? `  drift_alerts:
    objective: "<= 2/week"
    window: 4w
    source: "e.g. evidently: feature distribution report"
` : ""}instrumentation:
  logging: # from the first slice: "from day one"
    how: Structured logs with a request id
    from_slice: first-slice
  failures:
    how: Error tracking with a release tag
    from_slice: first-slice
  performance:
    how: Duration histograms or tracing spans
    from_slice: first-slice
${ai ? `  drift:
    how: Daily comparison of input distributions against the training data
    from_slice: first-slice
` : ""}  user_feedback:
    how: A feedback link next to the new feature
    from_slice: second-slice
risk_review:
  risks:
    - id: R1
      description: What could go wrong
      likelihood: medium # low, medium or high
      impact: medium
      mitigation: How the risk is reduced, e.g. a feature flag to switch it off
  sign_off: # on GitHub, a sign-off counts only when the reviewer approves the pull request
    - reviewer: "@reviewer"
      date: "${today}"
      decision: approved # approved, approved_with_conditions (then conditions:) or rejected
`;
}

// core/dates.ts
var ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
function dayNumber(date) {
  let known = dayNumbers.get(date);
  if (known === void 0 && !dayNumbers.has(date)) {
    if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
    known = computeDayNumber(date);
    dayNumbers.set(date, known);
  }
  return known;
}
var MEMO_LIMIT = 4096;
var dayNumbers = /* @__PURE__ */ new Map();
function computeDayNumber(date) {
  const match = ISO_DATE.exec(date);
  if (!match) return void 0;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return void 0;
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function daysBetween(from, to) {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === void 0 || b === void 0 ? void 0 : b - a;
}
function utcToday(now) {
  return now.toISOString().slice(0, 10);
}

// cli/input-options.ts
var inputOptions = {
  config: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  today: { type: "string" },
  "prometheus-url": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseToday(value, io) {
  if (value === void 0) return utcToday(io.now());
  if (dayNumber(value) === void 0)
    throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}
function parseFormat(value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, not "${value}"`);
}

// cli/usage.ts
var MAIN_HELP = `roadmap-gate: check that roadmap items are ready to be worked on safely

Usage:
  roadmap-gate validate [PATH|GLOB ...] [--config FILE] [--format text|json|sarif|github]
                        [--output FILE] [--today YYYY-MM-DD] [--prometheus-url URL] [--color]
  roadmap-gate report   [PATH|GLOB ...] [--config FILE] [--format markdown|json]
                        [--output FILE] [--today YYYY-MM-DD] [--prometheus-url URL]
  roadmap-gate slo      [PATH|GLOB ...] [--config FILE] [--format openslo|sloth] [--output FILE]
  roadmap-gate init     [--ai]
  roadmap-gate schema   [item|config]

Run "roadmap-gate COMMAND --help" for a command's options; --version prints the version.
`;
var VALIDATE_HELP = `Usage: roadmap-gate validate [PATH|GLOB ...] [options]

Checks item files: files, folders (their .yaml, .yml and .json files, at any depth) or globs.
With none, the policy's \`paths\` (default roadmap/**/*.yaml, *.yml, *.json).

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   text (default), json, sarif (2.1.0, for code scanning), github (annotations)
  -o, --output FILE     write the report to FILE instead of stdout
  --today YYYY-MM-DD    judge dates as of this UTC day (default: today)
  --prometheus-url URL  Prometheus for the error-budget gate (policy error_budget.gate); default
                        ROADMAP_GATE_PROMETHEUS_URL; a Bearer token from ROADMAP_GATE_PROMETHEUS_TOKEN
  --color               colour the text format

Exit codes: 0 no errors, 1 errors, 2 a usage error or an invalid policy (nothing judged).
Sign-offs cannot be verified against GitHub reviews here; they are judged as written.
`;
var REPORT_HELP = `Usage: roadmap-gate report [PATH|GLOB ...] [options]

Every item with its status, gate verdict, sign-offs, findings and slice graph (Mermaid), for a
job summary or a pull request comment.

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   markdown (default) or json
  -o, --output FILE     write the report to FILE instead of stdout
  --today YYYY-MM-DD    judge dates as of this UTC day (default: today)
  --prometheus-url URL  Prometheus for the error-budget gate (policy error_budget.gate); default
                        ROADMAP_GATE_PROMETHEUS_URL; a Bearer token from ROADMAP_GATE_PROMETHEUS_TOKEN

Exit codes: 0 the report was written (whatever the verdicts), 2 a usage error or an invalid policy.
`;
var INIT_HELP = `Usage: roadmap-gate init [--ai]

Writes .github/roadmap-gate.yml (the policy, with every default spelled out) and
roadmap/example.yaml (a complete item that passes the gate). Existing files are never
overwritten: they are skipped with a message.

Options:
  --ai                  the example item is an AI capability (drift metric and instrumentation)
  --today YYYY-MM-DD    the example sign-off's date (default: today, UTC)
`;
var SCHEMA_HELP = `Usage: roadmap-gate schema [item|config]

Prints the JSON Schema (draft 2020-12) of an item file (default) or of the policy file.
`;
var SLO_HELP = `Usage: roadmap-gate slo [PATH|GLOB ...] [options]

Writes SLOs, as one YAML stream, for every metric of the gated items that has an \`sli\`:
OpenSLO v1 (one SLO document each) or Sloth prometheus/v1 (one spec per service). Each SLO is
named by the metric's \`slo\`, else ITEM-ID-KIND; link it back with \`slo:\` and list the file in
the policy's slo.files. Metrics that cannot be exported are named on stderr, with the reason.

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   openslo (default) or sloth
  -o, --output FILE     write the SLOs to FILE instead of stdout
`;

// cli/init.ts
var EXAMPLE_ITEM_PATH = "roadmap/example.yaml";
async function init(argv, io) {
  const { values } = (0, import_node_util.parseArgs)({
    args: argv,
    options: {
      ai: { type: "boolean" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.pass;
  }
  const today = parseToday(values.today, io);
  const files = [
    { path: DEFAULT_POLICY_PATH, text: policyTemplate() },
    { path: EXAMPLE_ITEM_PATH, text: exampleItemTemplate({ ai: values.ai ?? false, today }) }
  ];
  for (const file of files) {
    const abs = (0, import_node_path.resolve)(io.cwd, file.path);
    await (0, import_promises.mkdir)((0, import_node_path.dirname)(abs), { recursive: true });
    try {
      await (0, import_promises.writeFile)(abs, file.text, { flag: "wx" });
      io.stdout(`Created ${file.path}
`);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      io.stdout(`Skipped ${file.path}: it already exists
`);
    }
  }
  io.stdout("Next: edit the example, then run `roadmap-gate validate`.\n");
  return EXIT.pass;
}

// cli/package-files.ts
var import_node_fs = require("node:fs");
var import_promises2 = require("node:fs/promises");
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");
function packageRoot() {
  let dir = (0, import_node_path2.dirname)((0, import_node_url.fileURLToPath)(__importMetaUrl));
  for (; ; ) {
    if (["package.json", "schemas", "bin/roadmap-gate.js"].every((f) => (0, import_node_fs.existsSync)((0, import_node_path2.join)(dir, f))))
      return dir;
    const parent = (0, import_node_path2.dirname)(dir);
    if (parent === dir) throw new Error("roadmap-gate: cannot find its package folder");
    dir = parent;
  }
}
async function readPackageFile(relative4) {
  return (0, import_promises2.readFile)((0, import_node_path2.join)(packageRoot(), relative4), "utf8");
}
async function packageVersion() {
  const pkg = JSON.parse(await readPackageFile("package.json"));
  return pkg.version ?? "0.0.0";
}

// cli/report.ts
var import_node_util2 = require("node:util");

// core/format/summary-line.ts
function summaryLine(report3) {
  const parts = [count(report3.errors, "error"), count(report3.warnings, "warning")];
  if (report3.notes > 0) parts.push(count(report3.notes, "note"));
  return `${parts.join(", ")} in ${count(report3.items.length, "item")}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// core/rules/read.ts
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function filled(value) {
  return typeof value === "string" && /\S/.test(value) ? value : void 0;
}
function ownKeys(value) {
  const map2 = record(value);
  return map2 ? Object.keys(map2) : [];
}
function has(map2, key) {
  return map2 !== void 0 && Object.prototype.hasOwnProperty.call(map2, key);
}
function login(handle) {
  return (handle.startsWith("@") ? handle.slice(1) : handle).toLowerCase();
}

// core/error-budget/budget-scope.ts
function inBudgetStatus(data, policy) {
  return policy.error_budget.statuses.includes(text(data.status) ?? "");
}
function everyBudgetItem(loaded, policy) {
  return loaded.flatMap((l) => l.ok && inBudgetStatus(l.data, policy) ? [l] : []);
}
var NO_PROMETHEUS_NOTICE = "error_budget.gate is on, but no Prometheus URL was given (CLI --prometheus-url or ROADMAP_GATE_PROMETHEUS_URL, Action input prometheus-url, App PROMETHEUS_URL), so error budgets were not checked.";

// core/error-budget/prometheus-port.ts
var PrometheusError = class extends Error {
  constructor(kind, message, options) {
    super(message, options);
    this.kind = kind;
    this.name = "PrometheusError";
  }
  kind;
};

// core/error-budget/budget-reading.ts
function readBudget(samples) {
  if (samples.length === 0) return { kind: "unknown", reason: "the query returned no series" };
  if (samples.length > 1)
    return {
      kind: "unknown",
      reason: `the query returned ${samples.length} series, not one`
    };
  const value = Number(samples[0].value);
  if (!Number.isFinite(value))
    return { kind: "unknown", reason: `the query's value is ${samples[0].value}, not a number` };
  return { kind: "remaining", remaining: value };
}
function unanswered(error) {
  if (error instanceof PrometheusError) return { kind: "unknown", reason: error.message };
  return {
    kind: "unknown",
    reason: `asking Prometheus failed: ${error instanceof Error ? error.message : String(error)}`
  };
}
function percent(ratio) {
  const rounded = Math.round(ratio * 1e3) / 10;
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}

// core/error-budget/budget-query.ts
function renderBudgetQuery(template, values) {
  return template.replace(
    /\{(slo|service|item)\}/g,
    (_, key) => escapePromqlString(values[key])
  );
}
function escapePromqlString(value) {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === '"' || ch === "'" || ch === "`" || code < 32 || code === 127)
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

// core/error-budget/budget-targets.ts
function budgetTargets(data, policy, lookup) {
  const item2 = text(data.id) ?? "";
  const metrics = record(data.metrics);
  const targets = [];
  for (const kind of ownKeys(metrics)) {
    const metric = record(metrics?.[kind]);
    const written = text(metric?.slo);
    if (written === void 0 || written === "") continue;
    const linked = lookup ? lookup(written) : asWritten(written);
    if (!linked) continue;
    const service = linked.service ?? exportedService(item2, policy);
    const window = linked.windowDays !== void 0 ? `${linked.windowDays}d` : text(metric?.window);
    const query = renderBudgetQuery(policy.error_budget.query, {
      slo: linked.name,
      service,
      item: item2
    });
    targets.push({ kind, slo: linked.name, service, window, query });
  }
  return targets;
}
function asWritten(written) {
  const slash = written.indexOf("/");
  return slash > 0 ? { service: written.slice(0, slash), name: written.slice(slash + 1) } : { name: written };
}
function exportedService(item2, policy) {
  return policy.slo.service !== "" ? policy.slo.service : item2.toLowerCase();
}

// core/error-budget/gather-budget-facts.ts
var MAX_CONCURRENT_QUERIES = 4;
async function gatherBudgetFacts(port, items, policy, options = {}) {
  const targets = /* @__PURE__ */ new Map();
  for (const item2 of items)
    targets.set(item2.file, budgetTargets(item2.data, policy, options.lookup));
  const queries = [...new Set([...targets.values()].flatMap((list2) => list2.map((t2) => t2.query)))];
  const readings = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const query = queries[next++];
      readings.set(query, await ask(port, query));
    }
  };
  const width = Math.max(
    1,
    Math.min(options.concurrency ?? MAX_CONCURRENT_QUERIES, queries.length)
  );
  await Promise.all(Array.from({ length: width }, worker));
  return { targets, readings };
}
async function ask(port, query) {
  try {
    return readBudget(await port.instantQuery(query));
  } catch (error) {
    return unanswered(error);
  }
}

// core/error-budget/check-budgets.ts
async function checkBudgets(port, items, policy, lookup) {
  if (!policy.error_budget.gate) return { notices: [] };
  if (!port) return { notices: [NO_PROMETHEUS_NOTICE] };
  return { facts: await gatherBudgetFacts(port, items, policy, { lookup }), notices: [] };
}

// core/findings/sort-findings.ts
var rank = { error: 0, warning: 1, note: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || rank[a.level] - rank[b.level]
  );
}
function byImportance(findings) {
  return [...findings].sort((a, b) => rank[a.level] - rank[b.level]);
}

// core/build-report.ts
function buildReport(items, findings, notices) {
  const sorted = sortFindings(findings);
  const count2 = (level) => sorted.filter((f) => f.level === level).length;
  const errors = count2("error");
  return {
    items,
    findings: sorted,
    errors,
    warnings: count2("warning"),
    notes: count2("note"),
    result: errors > 0 ? "fail" : "pass",
    notices: [...new Set(notices)]
  };
}
function withFindings(report3, extra) {
  return extra.length === 0 ? report3 : buildReport(report3.items, [...report3.findings, ...extra], report3.notices);
}

// core/item/ucs2length.ts
var SURROGATE = /[\uD800-\uDFFF]/;
function ucs2length(text2) {
  if (!SURROGATE.test(text2)) return text2.length;
  let length = 0;
  for (let at2 = 0; at2 < text2.length; length++) {
    const unit = text2.charCodeAt(at2++);
    if (unit >= 55296 && unit <= 56319 && (text2.charCodeAt(at2) & 64512) === 56320) at2++;
  }
  return length;
}

// core/item/validators.generated.ts
var runtime_equal_module = __toESM(require_equal(), 1);
var runtime_ucs2length = { default: ucs2length?.default ?? ucs2length };
var runtime_equal = { default: runtime_equal_module.default?.default ?? runtime_equal_module.default };
function appendErrors(into, errors) {
  if (into === null) return errors;
  for (let i = 0; i < errors.length; i++) into.push(errors[i]);
  return into;
}
var item = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas/roadmap-item.schema.json", "title": "roadmap-gate item", "description": "One roadmap item (a feature or an AI capability) and how it will be executed safely. See the roadmap-gate README.", "type": "object", "required": ["apiVersion", "id", "title", "owner", "status"], "properties": { "apiVersion": { "const": "roadmap-gate/v1", "description": "The file format version: exactly `roadmap-gate/v1`." }, "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*-[0-9]+$", "$comment": "rule: id-format", "description": "The item's id, unique across all item files.", "examples": ["FEAT-142", "AI-7"] }, "title": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "A short title.", "examples": ["Smart reorder suggestions"] }, "owner": { "$ref": "#/$defs/handle", "description": "Who owns the item: `@user` or `@org/team`." }, "status": { "enum": ["proposed", "planned", "in_progress", "launched", "retired"], "description": "proposed, planned, in_progress, launched or retired. Gated statuses (policy gate.statuses) need the full execution plan." }, "ai": { "type": "boolean", "default": false, "description": "true for an AI capability: adds the drift_alerts metric and drift instrumentation." }, "issue": { "type": "integer", "minimum": 1, "description": "The tracking issue number in the same repository." }, "team": { "type": "object", "title": "Team", "description": "Who builds it and who knows the domain.", "properties": { "domain_experts": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handle" }, "description": "Handles of the domain experts (at least one)." }, "pairings": { "type": "array", "description": "Senior/junior pairings, each on an area.", "items": { "type": "object", "title": "Pairing", "description": "A senior paired with a junior on an area.", "properties": { "senior": { "$ref": "#/$defs/handle", "description": "The senior engineer." }, "junior": { "$ref": "#/$defs/handle", "description": "The junior engineer." }, "area": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The area they pair on." } }, "required": ["senior", "junior", "area"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false } }, "external": { "type": "array", "description": "External people or vendors, each with a plan to hand their knowledge to the team.", "items": { "type": "object", "title": "External", "description": "An external contributor.", "properties": { "who": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The person, vendor or team outside." }, "knowledge_transfer": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The plan to hand the knowledge to the team.", "examples": ["Pairing sessions and a runbook by the second slice"] } }, "required": ["who", "knowledge_transfer"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false } } }, "required": ["domain_experts"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "slices": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/slice" }, "description": "Execution-safe slices, in order; the first is `slices[0]`." }, "metrics": { "type": "object", "description": "Execution health metrics keyed by kind: pipeline_reliability, error_budget, latency, drift_alerts or a custom snake_case key.", "propertyNames": { "pattern": "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$", "$comment": "rule: key-format" }, "properties": { "pipeline_reliability": { "$ref": "#/$defs/metric", "description": "Share of pipeline runs that succeed." }, "error_budget": { "$ref": "#/$defs/metric", "description": "Allowed failures over the window." }, "latency": { "$ref": "#/$defs/metric", "description": "How fast it answers, e.g. p95 <= 300ms." }, "drift_alerts": { "$ref": "#/$defs/metric", "description": "Data or model drift alerts (AI items)." } }, "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": { "$ref": "#/$defs/metric" } }, "instrumentation": { "type": "object", "description": "Instrumentation keyed by kind: logging, failures, performance, drift, user_feedback or custom.", "propertyNames": { "pattern": "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$", "$comment": "rule: key-format" }, "properties": { "logging": { "$ref": "#/$defs/instrumentation", "description": "Logs, from the first slice." }, "failures": { "$ref": "#/$defs/instrumentation", "description": "Failure capture, from the first slice." }, "performance": { "$ref": "#/$defs/instrumentation", "description": "Performance measurement." }, "drift": { "$ref": "#/$defs/instrumentation", "description": "Drift detection (AI items)." }, "user_feedback": { "$ref": "#/$defs/instrumentation", "description": "How user feedback is collected." } }, "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": { "$ref": "#/$defs/instrumentation" } }, "risk_review": { "type": "object", "title": "Risk review", "description": "The execution risk review and its sign-offs.", "properties": { "risks": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/risk" }, "description": "At least one execution risk." }, "sign_off": { "type": "array", "items": { "$ref": "#/$defs/signOff" }, "description": "Reviewers' decisions." } }, "required": ["risks"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "waivers": { "type": "array", "items": { "$ref": "#/$defs/waiver" }, "description": "Rules silenced for this item until they expire." } }, "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false, "examples": [{ "apiVersion": "roadmap-gate/v1", "id": "FEAT-142", "title": "Bulk export", "owner": "@acme/data", "status": "proposed" }], "$defs": { "handle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", "$comment": "rule: handle-format", "title": "Handle", "description": "A GitHub user (`@user`) or team (`@org/team`).", "examples": ["@alice", "@acme/platform"] }, "date": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "$comment": "rule: date-format", "title": "Date", "description": 'An ISO date, YYYY-MM-DD. Write it quoted ("2026-01-05") so YAML 1.1 tools read it as text.', "examples": ["2026-01-05"] }, "metric": { "type": "object", "title": "Metric", "description": "An execution health metric the item is held to.", "properties": { "objective": { "type": "string", "minLength": 1, "description": "The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.", "pattern": "^(p[0-9]{1,2}(\\.[0-9]+)? )?(>=|<=|==|>|<) ?-?[0-9]+(\\.[0-9]+)?(%|ms|s|/hour|/day|/week|/month)?$", "$comment": "rule: objective-format", "examples": [">= 99.5%", "p95 <= 300ms", "<= 2/week"] }, "window": { "type": "string", "pattern": "^[0-9]+(h|d|w)$", "$comment": "rule: window-format", "description": "The period the objective is measured over: NUMBER + h, d or w.", "examples": ["28d", "1w", "24h"] }, "source": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Where the metric is measured (dashboard, query, system).", "examples": ["datadog:checkout.pipeline.success_rate"] }, "alert": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Where a breach is sent (pager, channel).", "examples": ["pagerduty:checkout-oncall"] }, "slo": { "type": "string", "minLength": 1, "description": "The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.", "examples": ["checkout-availability", "checkout/requests-availability"] }, "sli": { "$ref": "#/$defs/sli", "description": "How the metric is measured, for `roadmap-gate slo` to export: `{type, total, good | bad}` (a ratio) or `{type, query}` (a threshold metric). Prometheus queries are checked with PromQL's grammar." } }, "required": ["objective", "window", "source"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "instrumentation": { "type": "object", "title": "Instrumentation", "description": "How one kind of signal is captured, and from which slice on.", "properties": { "how": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "How the signal is captured.", "examples": ["structured JSON logs with request id"] }, "from_slice": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The id of the slice that ships it; `logging` and `failures` must start with the first slice.", "examples": ["skeleton"] } }, "required": ["how", "from_slice"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "slice": { "type": "object", "title": "Slice", "description": "An execution-safe slice that ships value on its own.", "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "$comment": "rule: slice-id-format", "description": "kebab-case id, unique within the item.", "examples": ["read-only-preview"] }, "value": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The independent value this slice ships.", "examples": ["Users can preview recommendations without acting on them"] }, "acceptance": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "How the slice is tested and accepted.", "examples": ["E2E test: preview renders for 100% of seeded accounts"] }, "depends_on": { "type": "array", "description": "Ids of earlier slices of this item that must ship first.", "items": { "type": "string", "description": "A slice id." }, "uniqueItems": true } }, "required": ["id", "value", "acceptance"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "risk": { "type": "object", "title": "Risk", "description": "One execution risk, with its mitigation.", "properties": { "id": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "An id for the risk, unique within the item.", "examples": ["R1"] }, "description": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "What could go wrong.", "examples": ["Model drift degrades recommendations silently"] }, "likelihood": { "enum": ["low", "medium", "high"], "description": "How likely: low, medium or high." }, "impact": { "enum": ["low", "medium", "high"], "description": "How bad if it happens: low, medium or high." }, "mitigation": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "What reduces the likelihood or impact.", "examples": ["Drift alert on feature distributions; weekly review"] }, "owner": { "$ref": "#/$defs/handle", "description": "Who watches this risk." } }, "required": ["id", "description", "likelihood", "impact", "mitigation"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "signOff": { "type": "object", "title": "Sign-off", "description": "A reviewer's decision on the execution risk review. On GitHub it counts only when backed by the reviewer's approving review.", "properties": { "reviewer": { "$ref": "#/$defs/handle", "description": "The reviewer's handle." }, "date": { "$ref": "#/$defs/date", "description": "When the reviewer decided; not in the future, not older than sign_off.max_age_days." }, "decision": { "enum": ["approved", "approved_with_conditions", "rejected"], "description": "approved, approved_with_conditions (then `conditions` is required) or rejected." }, "conditions": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The conditions of an approved_with_conditions decision." }, "role": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The reviewer's role in the review.", "examples": ["SRE", "ML lead"] } }, "required": ["reviewer", "date", "decision"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "waiver": { "type": "object", "title": "Waiver", "description": "Silences one rule for this item until it expires; shown in every report. Sign-off rules cannot be waived.", "properties": { "rule": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The rule id to silence.", "examples": ["metric-missing"] }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Why the rule is waived." }, "approved_by": { "$ref": "#/$defs/handle", "description": "Who approved the waiver." }, "expires": { "$ref": "#/$defs/date", "description": "Last day the waiver holds (at most waivers.max_days ahead)." } }, "required": ["rule", "reason", "approved_by", "expires"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false }, "sli": { "type": "object", "title": "SLI", "description": "How the metric is measured, for `roadmap-gate slo` to export: a ratio (`total` and exactly one of `good` or `bad`) or a threshold metric (`query`). Prometheus queries are checked with Prometheus's own PromQL grammar; Sloth's `{{.window}}` is allowed.", "properties": { "type": { "type": "string", "minLength": 1, "description": "The metric source type, as OpenSLO's `metricSource.type`: `prometheus`, `datadog`, ...", "examples": ["prometheus"] }, "total": { "type": "string", "minLength": 1, "description": "A ratio's query for all events.", "examples": ['sum(rate(http_requests_total{job="checkout"}[{{.window}}]))'] }, "good": { "type": "string", "minLength": 1, "description": "A ratio's query for good events (or write `bad`).", "examples": ['sum(rate(http_requests_total{job="checkout",code!~"5.."}[{{.window}}]))'] }, "bad": { "type": "string", "minLength": 1, "description": "A ratio's query for bad events (or write `good`).", "examples": ['sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))'] }, "query": { "type": "string", "minLength": 1, "description": "A threshold metric's query, whose value the objective bounds (e.g. a latency percentile).", "examples": ['histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="checkout"}[5m])))'] } }, "required": ["type"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = runtime_ucs2length.default;
var pattern3 = new RegExp("^x-", "u");
var pattern4 = new RegExp("^[A-Z][A-Z0-9]*-[0-9]+$", "u");
var pattern5 = new RegExp("\\S", "u");
var pattern17 = new RegExp("^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$", "u");
var schema20 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", "$comment": "rule: handle-format", "title": "Handle", "description": "A GitHub user (`@user`) or team (`@org/team`).", "examples": ["@alice", "@acme/platform"] };
var pattern6 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$" }, schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema21 = { "type": "object", "title": "Slice", "description": "An execution-safe slice that ships value on its own.", "properties": { "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "$comment": "rule: slice-id-format", "description": "kebab-case id, unique within the item.", "examples": ["read-only-preview"] }, "value": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The independent value this slice ships.", "examples": ["Users can preview recommendations without acting on them"] }, "acceptance": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "How the slice is tested and accepted.", "examples": ["E2E test: preview renders for 100% of seeded accounts"] }, "depends_on": { "type": "array", "description": "Ids of earlier slices of this item that must ship first.", "items": { "type": "string", "description": "A slice id." }, "uniqueItems": true } }, "required": ["id", "value", "acceptance"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
var pattern14 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.acceptance === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "acceptance" }, schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "value" || key0 === "acceptance" || key0 === "depends_on" || pattern3.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern14.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema21.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.id.type, parentSchema: schema21.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema21.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema21.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.value.type, parentSchema: schema21.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data2 = data.acceptance;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema21.properties.acceptance, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err10 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema21.properties.acceptance, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/acceptance", schemaPath: "#/properties/acceptance/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.acceptance.type, parentSchema: schema21.properties.acceptance, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data3 = data.depends_on;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/depends_on/" + i0, schemaPath: "#/properties/depends_on/items/type", keyword: "type", params: { type: "string" }, schema: schema21.properties.depends_on.items.type, parentSchema: schema21.properties.depends_on.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, schema: true, parentSchema: schema21.properties.depends_on, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/type", keyword: "type", params: { type: "array" }, schema: schema21.properties.depends_on.type, parentSchema: schema21.properties.depends_on, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema22 = { "type": "object", "title": "Metric", "description": "An execution health metric the item is held to.", "properties": { "objective": { "type": "string", "minLength": 1, "description": "The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.", "pattern": "^(p[0-9]{1,2}(\\.[0-9]+)? )?(>=|<=|==|>|<) ?-?[0-9]+(\\.[0-9]+)?(%|ms|s|/hour|/day|/week|/month)?$", "$comment": "rule: objective-format", "examples": [">= 99.5%", "p95 <= 300ms", "<= 2/week"] }, "window": { "type": "string", "pattern": "^[0-9]+(h|d|w)$", "$comment": "rule: window-format", "description": "The period the objective is measured over: NUMBER + h, d or w.", "examples": ["28d", "1w", "24h"] }, "source": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Where the metric is measured (dashboard, query, system).", "examples": ["datadog:checkout.pipeline.success_rate"] }, "alert": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Where a breach is sent (pager, channel).", "examples": ["pagerduty:checkout-oncall"] }, "slo": { "type": "string", "minLength": 1, "description": "The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.", "examples": ["checkout-availability", "checkout/requests-availability"] }, "sli": { "$ref": "#/$defs/sli", "description": "How the metric is measured, for `roadmap-gate slo` to export: `{type, total, good | bad}` (a ratio) or `{type, query}` (a threshold metric). Prometheus queries are checked with PromQL's grammar." } }, "required": ["objective", "window", "source"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
var pattern20 = new RegExp("^(p[0-9]{1,2}(\\.[0-9]+)? )?(>=|<=|==|>|<) ?-?[0-9]+(\\.[0-9]+)?(%|ms|s|/hour|/day|/week|/month)?$", "u");
var pattern21 = new RegExp("^[0-9]+(h|d|w)$", "u");
var schema23 = { "type": "object", "title": "SLI", "description": "How the metric is measured, for `roadmap-gate slo` to export: a ratio (`total` and exactly one of `good` or `bad`) or a threshold metric (`query`). Prometheus queries are checked with Prometheus's own PromQL grammar; Sloth's `{{.window}}` is allowed.", "properties": { "type": { "type": "string", "minLength": 1, "description": "The metric source type, as OpenSLO's `metricSource.type`: `prometheus`, `datadog`, ...", "examples": ["prometheus"] }, "total": { "type": "string", "minLength": 1, "description": "A ratio's query for all events.", "examples": ['sum(rate(http_requests_total{job="checkout"}[{{.window}}]))'] }, "good": { "type": "string", "minLength": 1, "description": "A ratio's query for good events (or write `bad`).", "examples": ['sum(rate(http_requests_total{job="checkout",code!~"5.."}[{{.window}}]))'] }, "bad": { "type": "string", "minLength": 1, "description": "A ratio's query for bad events (or write `good`).", "examples": ['sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))'] }, "query": { "type": "string", "minLength": 1, "description": "A threshold metric's query, whose value the objective bounds (e.g. a latency percentile).", "examples": ['histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="checkout"}[5m])))'] } }, "required": ["type"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "total" || key0 === "good" || key0 === "bad" || key0 === "query" || pattern3.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema23.properties.type, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, schema: schema23.properties.type.type, parentSchema: schema23.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.total !== void 0) {
      let data1 = data.total;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema23.properties.total, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/type", keyword: "type", params: { type: "string" }, schema: schema23.properties.total.type, parentSchema: schema23.properties.total, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.good !== void 0) {
      let data2 = data.good;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err6 = { instancePath: instancePath + "/good", schemaPath: "#/properties/good/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema23.properties.good, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/good", schemaPath: "#/properties/good/type", keyword: "type", params: { type: "string" }, schema: schema23.properties.good.type, parentSchema: schema23.properties.good, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.bad !== void 0) {
      let data3 = data.bad;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err8 = { instancePath: instancePath + "/bad", schemaPath: "#/properties/bad/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema23.properties.bad, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/bad", schemaPath: "#/properties/bad/type", keyword: "type", params: { type: "string" }, schema: schema23.properties.bad.type, parentSchema: schema23.properties.bad, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      let data4 = data.query;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err10 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema23.properties.query, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "string" }, schema: schema23.properties.query.type, parentSchema: schema23.properties.query, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.objective === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objective" }, schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "objective" || key0 === "window" || key0 === "source" || key0 === "alert" || key0 === "slo" || key0 === "sli" || pattern3.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.objective !== void 0) {
      let data0 = data.objective;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema22.properties.objective, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern20.test(data0)) {
          const err5 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/pattern", keyword: "pattern", params: { pattern: "^(p[0-9]{1,2}(\\.[0-9]+)? )?(>=|<=|==|>|<) ?-?[0-9]+(\\.[0-9]+)?(%|ms|s|/hour|/day|/week|/month)?$" }, schema: "^(p[0-9]{1,2}(\\.[0-9]+)? )?(>=|<=|==|>|<) ?-?[0-9]+(\\.[0-9]+)?(%|ms|s|/hour|/day|/week|/month)?$", parentSchema: schema22.properties.objective, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "string" }, schema: schema22.properties.objective.type, parentSchema: schema22.properties.objective, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data1 = data.window;
      if (typeof data1 === "string") {
        if (!pattern21.test(data1)) {
          const err7 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(h|d|w)$" }, schema: "^[0-9]+(h|d|w)$", parentSchema: schema22.properties.window, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "string" }, schema: schema22.properties.window.type, parentSchema: schema22.properties.window, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema22.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema22.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, schema: schema22.properties.source.type, parentSchema: schema22.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.alert !== void 0) {
      let data3 = data.alert;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err12 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema22.properties.alert, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err13 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema22.properties.alert, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/type", keyword: "type", params: { type: "string" }, schema: schema22.properties.alert.type, parentSchema: schema22.properties.alert, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.slo !== void 0) {
      let data4 = data.slo;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err15 = { instancePath: instancePath + "/slo", schemaPath: "#/properties/slo/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema22.properties.slo, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/slo", schemaPath: "#/properties/slo/type", keyword: "type", params: { type: "string" }, schema: schema22.properties.slo.type, parentSchema: schema22.properties.slo, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.sli !== void 0) {
      if (!validate61(data.sli, { instancePath: instancePath + "/sli", parentData: data, parentDataProperty: "sli", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema24 = { "type": "object", "title": "Instrumentation", "description": "How one kind of signal is captured, and from which slice on.", "properties": { "how": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "How the signal is captured.", "examples": ["structured JSON logs with request id"] }, "from_slice": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The id of the slice that ships it; `logging` and `failures` must start with the first slice.", "examples": ["skeleton"] } }, "required": ["how", "from_slice"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.how === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "how" }, schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.from_slice === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from_slice" }, schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "how" || key0 === "from_slice" || pattern3.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.how !== void 0) {
      let data0 = data.how;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/how", schemaPath: "#/properties/how/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema24.properties.how, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/how", schemaPath: "#/properties/how/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema24.properties.how, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/how", schemaPath: "#/properties/how/type", keyword: "type", params: { type: "string" }, schema: schema24.properties.how.type, parentSchema: schema24.properties.how, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.from_slice !== void 0) {
      let data1 = data.from_slice;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/from_slice", schemaPath: "#/properties/from_slice/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema24.properties.from_slice, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/from_slice", schemaPath: "#/properties/from_slice/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema24.properties.from_slice, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/from_slice", schemaPath: "#/properties/from_slice/type", keyword: "type", params: { type: "string" }, schema: schema24.properties.from_slice.type, parentSchema: schema24.properties.from_slice, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema25 = { "type": "object", "title": "Risk", "description": "One execution risk, with its mitigation.", "properties": { "id": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "An id for the risk, unique within the item.", "examples": ["R1"] }, "description": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "What could go wrong.", "examples": ["Model drift degrades recommendations silently"] }, "likelihood": { "enum": ["low", "medium", "high"], "description": "How likely: low, medium or high." }, "impact": { "enum": ["low", "medium", "high"], "description": "How bad if it happens: low, medium or high." }, "mitigation": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "What reduces the likelihood or impact.", "examples": ["Drift alert on feature distributions; weekly review"] }, "owner": { "$ref": "#/$defs/handle", "description": "Who watches this risk." } }, "required": ["id", "description", "likelihood", "impact", "mitigation"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.likelihood === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "likelihood" }, schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.impact === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "impact" }, schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.mitigation === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mitigation" }, schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "description" || key0 === "likelihood" || key0 === "impact" || key0 === "mitigation" || key0 === "owner" || pattern3.test(key0))) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema25.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema25.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema25.properties.id.type, parentSchema: schema25.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema25.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema25.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, schema: schema25.properties.description.type, parentSchema: schema25.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.likelihood !== void 0) {
      let data2 = data.likelihood;
      if (!(data2 === "low" || data2 === "medium" || data2 === "high")) {
        const err12 = { instancePath: instancePath + "/likelihood", schemaPath: "#/properties/likelihood/enum", keyword: "enum", params: { allowedValues: schema25.properties.likelihood.enum }, schema: schema25.properties.likelihood.enum, parentSchema: schema25.properties.likelihood, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.impact !== void 0) {
      let data3 = data.impact;
      if (!(data3 === "low" || data3 === "medium" || data3 === "high")) {
        const err13 = { instancePath: instancePath + "/impact", schemaPath: "#/properties/impact/enum", keyword: "enum", params: { allowedValues: schema25.properties.impact.enum }, schema: schema25.properties.impact.enum, parentSchema: schema25.properties.impact, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.mitigation !== void 0) {
      let data4 = data.mitigation;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err14 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema25.properties.mitigation, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err15 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema25.properties.mitigation, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/mitigation", schemaPath: "#/properties/mitigation/type", keyword: "type", params: { type: "string" }, schema: schema25.properties.mitigation.type, parentSchema: schema25.properties.mitigation, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      if (!validate53(data.owner, { instancePath: instancePath + "/owner", parentData: data, parentDataProperty: "owner", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema26 = { "type": "object", "title": "Sign-off", "description": "A reviewer's decision on the execution risk review. On GitHub it counts only when backed by the reviewer's approving review.", "properties": { "reviewer": { "$ref": "#/$defs/handle", "description": "The reviewer's handle." }, "date": { "$ref": "#/$defs/date", "description": "When the reviewer decided; not in the future, not older than sign_off.max_age_days." }, "decision": { "enum": ["approved", "approved_with_conditions", "rejected"], "description": "approved, approved_with_conditions (then `conditions` is required) or rejected." }, "conditions": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The conditions of an approved_with_conditions decision." }, "role": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The reviewer's role in the review.", "examples": ["SRE", "ML lead"] } }, "required": ["reviewer", "date", "decision"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
var schema27 = { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "$comment": "rule: date-format", "title": "Date", "description": 'An ISO date, YYYY-MM-DD. Write it quoted ("2026-01-05") so YAML 1.1 tools read it as text.', "examples": ["2026-01-05"] };
var pattern36 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern36.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" }, schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reviewer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewer" }, schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "date" }, schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.decision === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "reviewer" || key0 === "date" || key0 === "decision" || key0 === "conditions" || key0 === "role" || pattern3.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.reviewer !== void 0) {
      if (!validate53(data.reviewer, { instancePath: instancePath + "/reviewer", parentData: data, parentDataProperty: "reviewer", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.date !== void 0) {
      if (!validate80(data.date, { instancePath: instancePath + "/date", parentData: data, parentDataProperty: "date", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.decision !== void 0) {
      let data2 = data.decision;
      if (!(data2 === "approved" || data2 === "approved_with_conditions" || data2 === "rejected")) {
        const err4 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema26.properties.decision.enum }, schema: schema26.properties.decision.enum, parentSchema: schema26.properties.decision, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.conditions !== void 0) {
      let data3 = data.conditions;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err5 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema26.properties.conditions, data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err6 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema26.properties.conditions, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: "string" }, schema: schema26.properties.conditions.type, parentSchema: schema26.properties.conditions, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data4 = data.role;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err8 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema26.properties.role, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err9 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema26.properties.role, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, schema: schema26.properties.role.type, parentSchema: schema26.properties.role, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema28 = { "type": "object", "title": "Waiver", "description": "Silences one rule for this item until it expires; shown in every report. Sign-off rules cannot be waived.", "properties": { "rule": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "The rule id to silence.", "examples": ["metric-missing"] }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S", "$comment": "rule: empty-value", "description": "Why the rule is waived." }, "approved_by": { "$ref": "#/$defs/handle", "description": "Who approved the waiver." }, "expires": { "$ref": "#/$defs/date", "description": "Last day the waiver holds (at most waivers.max_days ahead)." } }, "required": ["rule", "reason", "approved_by", "expires"], "patternProperties": { "^x-": { "description": "Free for a team's own use." } }, "additionalProperties": false };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_by" }, schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "reason" || key0 === "approved_by" || key0 === "expires" || pattern3.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema28.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema28.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, schema: schema28.properties.rule.type, parentSchema: schema28.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema28.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema28.properties.reason, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, schema: schema28.properties.reason.type, parentSchema: schema28.properties.reason, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      if (!validate53(data.approved_by, { instancePath: instancePath + "/approved_by", parentData: data, parentDataProperty: "approved_by", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.expires !== void 0) {
      if (!validate80(data.expires, { instancePath: instancePath + "/expires", parentData: data, parentDataProperty: "expires", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate80.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema19.properties, key0) || pattern3.test(key0))) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("roadmap-gate/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "roadmap-gate/v1" }, schema: "roadmap-gate/v1", parentSchema: schema19.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*-[0-9]+$" }, schema: "^[A-Z][A-Z0-9]*-[0-9]+$", parentSchema: schema19.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, schema: schema19.properties.id.type, parentSchema: schema19.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema19.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, schema: schema19.properties.title.type, parentSchema: schema19.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      if (!validate53(data.owner, { instancePath: instancePath + "/owner", parentData: data, parentDataProperty: "owner", rootData, dynamicAnchors })) {
        vErrors = appendErrors(vErrors, validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "proposed" || data4 === "planned" || data4 === "in_progress" || data4 === "launched" || data4 === "retired")) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema19.properties.status.enum }, schema: schema19.properties.status.enum, parentSchema: schema19.properties.status, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ai !== void 0) {
      let data5 = data.ai;
      if (typeof data5 !== "boolean") {
        const err13 = { instancePath: instancePath + "/ai", schemaPath: "#/properties/ai/type", keyword: "type", params: { type: "boolean" }, schema: schema19.properties.ai.type, parentSchema: schema19.properties.ai, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data6 = data.issue;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err14 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/type", keyword: "type", params: { type: "integer" }, schema: schema19.properties.issue.type, parentSchema: schema19.properties.issue, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 < 1 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema19.properties.issue, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.team !== void 0) {
      let data7 = data.team;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.domain_experts === void 0) {
          const err16 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/required", keyword: "required", params: { missingProperty: "domain_experts" }, schema: schema19.properties.team.required, parentSchema: schema19.properties.team, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "domain_experts" || key1 === "pairings" || key1 === "external" || pattern3.test(key1))) {
            const err17 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema19.properties.team, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data7.domain_experts !== void 0) {
          let data8 = data7.domain_experts;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err18 = { instancePath: instancePath + "/team/domain_experts", schemaPath: "#/properties/team/properties/domain_experts/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.team.properties.domain_experts, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate53(data8[i0], { instancePath: instancePath + "/team/domain_experts/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = appendErrors(vErrors, validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/team/domain_experts", schemaPath: "#/properties/team/properties/domain_experts/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.team.properties.domain_experts.type, parentSchema: schema19.properties.team.properties.domain_experts, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.pairings !== void 0) {
          let data10 = data7.pairings;
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data11 = data10[i1];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.senior === void 0) {
                  const err20 = { instancePath: instancePath + "/team/pairings/" + i1, schemaPath: "#/properties/team/properties/pairings/items/required", keyword: "required", params: { missingProperty: "senior" }, schema: schema19.properties.team.properties.pairings.items.required, parentSchema: schema19.properties.team.properties.pairings.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data11.junior === void 0) {
                  const err21 = { instancePath: instancePath + "/team/pairings/" + i1, schemaPath: "#/properties/team/properties/pairings/items/required", keyword: "required", params: { missingProperty: "junior" }, schema: schema19.properties.team.properties.pairings.items.required, parentSchema: schema19.properties.team.properties.pairings.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data11.area === void 0) {
                  const err22 = { instancePath: instancePath + "/team/pairings/" + i1, schemaPath: "#/properties/team/properties/pairings/items/required", keyword: "required", params: { missingProperty: "area" }, schema: schema19.properties.team.properties.pairings.items.required, parentSchema: schema19.properties.team.properties.pairings.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                for (const key2 in data11) {
                  if (!(key2 === "senior" || key2 === "junior" || key2 === "area" || pattern3.test(key2))) {
                    const err23 = { instancePath: instancePath + "/team/pairings/" + i1, schemaPath: "#/properties/team/properties/pairings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, schema: false, parentSchema: schema19.properties.team.properties.pairings.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data11.senior !== void 0) {
                  if (!validate53(data11.senior, { instancePath: instancePath + "/team/pairings/" + i1 + "/senior", parentData: data11, parentDataProperty: "senior", rootData, dynamicAnchors })) {
                    vErrors = appendErrors(vErrors, validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data11.junior !== void 0) {
                  if (!validate53(data11.junior, { instancePath: instancePath + "/team/pairings/" + i1 + "/junior", parentData: data11, parentDataProperty: "junior", rootData, dynamicAnchors })) {
                    vErrors = appendErrors(vErrors, validate53.errors);
                    errors = vErrors.length;
                  }
                }
                if (data11.area !== void 0) {
                  let data14 = data11.area;
                  if (typeof data14 === "string") {
                    if (func2(data14) < 1) {
                      const err24 = { instancePath: instancePath + "/team/pairings/" + i1 + "/area", schemaPath: "#/properties/team/properties/pairings/items/properties/area/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.team.properties.pairings.items.properties.area, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data14)) {
                      const err25 = { instancePath: instancePath + "/team/pairings/" + i1 + "/area", schemaPath: "#/properties/team/properties/pairings/items/properties/area/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema19.properties.team.properties.pairings.items.properties.area, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/team/pairings/" + i1 + "/area", schemaPath: "#/properties/team/properties/pairings/items/properties/area/type", keyword: "type", params: { type: "string" }, schema: schema19.properties.team.properties.pairings.items.properties.area.type, parentSchema: schema19.properties.team.properties.pairings.items.properties.area, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/team/pairings/" + i1, schemaPath: "#/properties/team/properties/pairings/items/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.team.properties.pairings.items.type, parentSchema: schema19.properties.team.properties.pairings.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/team/pairings", schemaPath: "#/properties/team/properties/pairings/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.team.properties.pairings.type, parentSchema: schema19.properties.team.properties.pairings, data: data10 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data7.external !== void 0) {
          let data15 = data7.external;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data16 = data15[i2];
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.who === void 0) {
                  const err29 = { instancePath: instancePath + "/team/external/" + i2, schemaPath: "#/properties/team/properties/external/items/required", keyword: "required", params: { missingProperty: "who" }, schema: schema19.properties.team.properties.external.items.required, parentSchema: schema19.properties.team.properties.external.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data16.knowledge_transfer === void 0) {
                  const err30 = { instancePath: instancePath + "/team/external/" + i2, schemaPath: "#/properties/team/properties/external/items/required", keyword: "required", params: { missingProperty: "knowledge_transfer" }, schema: schema19.properties.team.properties.external.items.required, parentSchema: schema19.properties.team.properties.external.items, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                for (const key3 in data16) {
                  if (!(key3 === "who" || key3 === "knowledge_transfer" || pattern3.test(key3))) {
                    const err31 = { instancePath: instancePath + "/team/external/" + i2, schemaPath: "#/properties/team/properties/external/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, schema: false, parentSchema: schema19.properties.team.properties.external.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data16.who !== void 0) {
                  let data17 = data16.who;
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err32 = { instancePath: instancePath + "/team/external/" + i2 + "/who", schemaPath: "#/properties/team/properties/external/items/properties/who/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.team.properties.external.items.properties.who, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data17)) {
                      const err33 = { instancePath: instancePath + "/team/external/" + i2 + "/who", schemaPath: "#/properties/team/properties/external/items/properties/who/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema19.properties.team.properties.external.items.properties.who, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/team/external/" + i2 + "/who", schemaPath: "#/properties/team/properties/external/items/properties/who/type", keyword: "type", params: { type: "string" }, schema: schema19.properties.team.properties.external.items.properties.who.type, parentSchema: schema19.properties.team.properties.external.items.properties.who, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data16.knowledge_transfer !== void 0) {
                  let data18 = data16.knowledge_transfer;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 1) {
                      const err35 = { instancePath: instancePath + "/team/external/" + i2 + "/knowledge_transfer", schemaPath: "#/properties/team/properties/external/items/properties/knowledge_transfer/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.team.properties.external.items.properties.knowledge_transfer, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data18)) {
                      const err36 = { instancePath: instancePath + "/team/external/" + i2 + "/knowledge_transfer", schemaPath: "#/properties/team/properties/external/items/properties/knowledge_transfer/pattern", keyword: "pattern", params: { pattern: "\\S" }, schema: "\\S", parentSchema: schema19.properties.team.properties.external.items.properties.knowledge_transfer, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/team/external/" + i2 + "/knowledge_transfer", schemaPath: "#/properties/team/properties/external/items/properties/knowledge_transfer/type", keyword: "type", params: { type: "string" }, schema: schema19.properties.team.properties.external.items.properties.knowledge_transfer.type, parentSchema: schema19.properties.team.properties.external.items.properties.knowledge_transfer, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/team/external/" + i2, schemaPath: "#/properties/team/properties/external/items/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.team.properties.external.items.type, parentSchema: schema19.properties.team.properties.external.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/team/external", schemaPath: "#/properties/team/properties/external/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.team.properties.external.type, parentSchema: schema19.properties.team.properties.external, data: data15 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/team", schemaPath: "#/properties/team/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.team.type, parentSchema: schema19.properties.team, data: data7 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.slices !== void 0) {
      let data19 = data.slices;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err41 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.slices, data: data19 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len3 = data19.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate58(data19[i3], { instancePath: instancePath + "/slices/" + i3, parentData: data19, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.slices.type, parentSchema: schema19.properties.slices, data: data19 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data21 = data.metrics;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          const _errs47 = errors;
          if (typeof key4 === "string") {
            if (!pattern17.test(key4)) {
              const err43 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$" }, schema: "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$", parentSchema: schema19.properties.metrics.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          var valid12 = _errs47 === errors;
          if (!valid12) {
            const err44 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, schema: schema19.properties.metrics.propertyNames, parentSchema: schema19.properties.metrics, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        for (const key5 in data21) {
          if (!(key5 === "pipeline_reliability" || key5 === "error_budget" || key5 === "latency" || key5 === "drift_alerts" || pattern3.test(key5))) {
            if (!validate60(data21[key5], { instancePath: instancePath + "/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data21, parentDataProperty: key5, rootData, dynamicAnchors })) {
              vErrors = appendErrors(vErrors, validate60.errors);
              errors = vErrors.length;
            }
          }
        }
        if (data21.pipeline_reliability !== void 0) {
          if (!validate60(data21.pipeline_reliability, { instancePath: instancePath + "/metrics/pipeline_reliability", parentData: data21, parentDataProperty: "pipeline_reliability", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate60.errors);
            errors = vErrors.length;
          }
        }
        if (data21.error_budget !== void 0) {
          if (!validate60(data21.error_budget, { instancePath: instancePath + "/metrics/error_budget", parentData: data21, parentDataProperty: "error_budget", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate60.errors);
            errors = vErrors.length;
          }
        }
        if (data21.latency !== void 0) {
          if (!validate60(data21.latency, { instancePath: instancePath + "/metrics/latency", parentData: data21, parentDataProperty: "latency", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate60.errors);
            errors = vErrors.length;
          }
        }
        if (data21.drift_alerts !== void 0) {
          if (!validate60(data21.drift_alerts, { instancePath: instancePath + "/metrics/drift_alerts", parentData: data21, parentDataProperty: "drift_alerts", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate60.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.metrics.type, parentSchema: schema19.properties.metrics, data: data21 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.instrumentation !== void 0) {
      let data27 = data.instrumentation;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key6 in data27) {
          const _errs57 = errors;
          if (typeof key6 === "string") {
            if (!pattern17.test(key6)) {
              const err46 = { instancePath: instancePath + "/instrumentation", schemaPath: "#/properties/instrumentation/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$" }, schema: "^(x-.*|[a-z][a-z0-9]*(_[a-z0-9]+)*)$", parentSchema: schema19.properties.instrumentation.propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          var valid15 = _errs57 === errors;
          if (!valid15) {
            const err47 = { instancePath: instancePath + "/instrumentation", schemaPath: "#/properties/instrumentation/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, schema: schema19.properties.instrumentation.propertyNames, parentSchema: schema19.properties.instrumentation, data: data27 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        for (const key7 in data27) {
          if (!(key7 === "logging" || key7 === "failures" || key7 === "performance" || key7 === "drift" || key7 === "user_feedback" || pattern3.test(key7))) {
            if (!validate68(data27[key7], { instancePath: instancePath + "/instrumentation/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data27, parentDataProperty: key7, rootData, dynamicAnchors })) {
              vErrors = appendErrors(vErrors, validate68.errors);
              errors = vErrors.length;
            }
          }
        }
        if (data27.logging !== void 0) {
          if (!validate68(data27.logging, { instancePath: instancePath + "/instrumentation/logging", parentData: data27, parentDataProperty: "logging", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate68.errors);
            errors = vErrors.length;
          }
        }
        if (data27.failures !== void 0) {
          if (!validate68(data27.failures, { instancePath: instancePath + "/instrumentation/failures", parentData: data27, parentDataProperty: "failures", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate68.errors);
            errors = vErrors.length;
          }
        }
        if (data27.performance !== void 0) {
          if (!validate68(data27.performance, { instancePath: instancePath + "/instrumentation/performance", parentData: data27, parentDataProperty: "performance", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate68.errors);
            errors = vErrors.length;
          }
        }
        if (data27.drift !== void 0) {
          if (!validate68(data27.drift, { instancePath: instancePath + "/instrumentation/drift", parentData: data27, parentDataProperty: "drift", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate68.errors);
            errors = vErrors.length;
          }
        }
        if (data27.user_feedback !== void 0) {
          if (!validate68(data27.user_feedback, { instancePath: instancePath + "/instrumentation/user_feedback", parentData: data27, parentDataProperty: "user_feedback", rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate68.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/instrumentation", schemaPath: "#/properties/instrumentation/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.instrumentation.type, parentSchema: schema19.properties.instrumentation, data: data27 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.risk_review !== void 0) {
      let data34 = data.risk_review;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.risks === void 0) {
          const err49 = { instancePath: instancePath + "/risk_review", schemaPath: "#/properties/risk_review/required", keyword: "required", params: { missingProperty: "risks" }, schema: schema19.properties.risk_review.required, parentSchema: schema19.properties.risk_review, data: data34 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key8 in data34) {
          if (!(key8 === "risks" || key8 === "sign_off" || pattern3.test(key8))) {
            const err50 = { instancePath: instancePath + "/risk_review", schemaPath: "#/properties/risk_review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, schema: false, parentSchema: schema19.properties.risk_review, data: data34 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data34.risks !== void 0) {
          let data35 = data34.risks;
          if (Array.isArray(data35)) {
            if (data35.length < 1) {
              const err51 = { instancePath: instancePath + "/risk_review/risks", schemaPath: "#/properties/risk_review/properties/risks/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema19.properties.risk_review.properties.risks, data: data35 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            const len4 = data35.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate75(data35[i4], { instancePath: instancePath + "/risk_review/risks/" + i4, parentData: data35, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = appendErrors(vErrors, validate75.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/risk_review/risks", schemaPath: "#/properties/risk_review/properties/risks/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.risk_review.properties.risks.type, parentSchema: schema19.properties.risk_review.properties.risks, data: data35 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data34.sign_off !== void 0) {
          let data37 = data34.sign_off;
          if (Array.isArray(data37)) {
            const len5 = data37.length;
            for (let i5 = 0; i5 < len5; i5++) {
              if (!validate78(data37[i5], { instancePath: instancePath + "/risk_review/sign_off/" + i5, parentData: data37, parentDataProperty: i5, rootData, dynamicAnchors })) {
                vErrors = appendErrors(vErrors, validate78.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/risk_review/sign_off", schemaPath: "#/properties/risk_review/properties/sign_off/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.risk_review.properties.sign_off.type, parentSchema: schema19.properties.risk_review.properties.sign_off, data: data37 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/risk_review", schemaPath: "#/properties/risk_review/type", keyword: "type", params: { type: "object" }, schema: schema19.properties.risk_review.type, parentSchema: schema19.properties.risk_review, data: data34 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data39 = data.waivers;
      if (Array.isArray(data39)) {
        const len6 = data39.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate83(data39[i6], { instancePath: instancePath + "/waivers/" + i6, parentData: data39, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = appendErrors(vErrors, validate83.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, schema: schema19.properties.waivers.type, parentSchema: schema19.properties.waivers, data: data39 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate87;
var schema29 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas/config.schema.json", "title": "roadmap-gate policy (.github/roadmap-gate.yml)", "description": "How roadmap-gate judges this repository's roadmap items. All keys are optional.", "type": "object", "properties": { "_extends": { "type": "string", "minLength": 1, "description": "Another repository's policy to start from (`repo`, `owner/repo` or `owner/repo:path`), like other Probot apps.", "examples": [".github", "acme/.github:.github/roadmap-gate.yml"] }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of item files.", "minItems": 1, "examples": [["roadmap/**/*.yaml"]] }, "gate": { "type": "object", "additionalProperties": false, "description": "What gated items need.", "properties": { "statuses": { "type": "array", "items": { "enum": ["proposed", "planned", "in_progress", "launched", "retired"] }, "uniqueItems": true, "description": "Statuses that are gated." }, "metrics": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "$comment": "rule: key-format" }, "description": "Metric kinds every gated item needs." }, "ai_metrics": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "$comment": "rule: key-format" }, "description": "Extra metric kinds for `ai: true` items." }, "instrumentation": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "$comment": "rule: key-format" }, "description": "Instrumentation kinds every gated item needs." }, "ai_instrumentation": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "$comment": "rule: key-format" }, "description": "Extra instrumentation kinds for `ai: true` items." } } }, "sign_off": { "type": "object", "additionalProperties": false, "description": "Who may sign off the risk review, and how.", "properties": { "reviewers": { "type": "array", "items": { "$ref": "#/$defs/handle" }, "description": "Authorised reviewers (`@user` or `@org/team`); empty = anyone with write access." }, "min_approvals": { "type": "integer", "minimum": 1, "description": "Approving sign-offs a gated item needs." }, "max_age_days": { "type": "integer", "minimum": 1, "description": "A sign-off older than this is stale." }, "verify": { "type": "boolean", "description": "A sign-off counts only when backed by an approving GitHub review." } } }, "issues": { "type": "object", "additionalProperties": false, "description": "Checklist comments on issues.", "properties": { "labels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Issues with any of these labels get a checklist comment." } } }, "pull_requests": { "type": "object", "additionalProperties": false, "description": "Pull request rules.", "properties": { "require_roadmap_link": { "type": "boolean", "description": "Fail a PR that links no item (a `Roadmap: ID` line or `Closes #N`)." }, "exempt_labels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Labels that exempt a PR from require_roadmap_link." } } }, "waivers": { "type": "object", "additionalProperties": false, "description": "Waiver limits.", "properties": { "max_days": { "type": "integer", "minimum": 1, "description": "How far ahead a waiver may expire." } } }, "enforcement": { "enum": ["block", "warn"], "description": "block: failing check; warn: neutral check with the same findings." }, "limits": { "type": "object", "additionalProperties": false, "description": "Input limits.", "properties": { "max_file_bytes": { "type": "integer", "minimum": 1, "maximum": 104857600, "description": "Largest item file read, in bytes." } } }, "error_budget": { "type": "object", "additionalProperties": false, "description": "The error-budget gate: while a linked SLO has spent its error budget, new scope for the item waits. Prometheus's address is never set here: give it to the Action (`prometheus-url`), the App (`PROMETHEUS_URL`) or the CLI (`--prometheus-url`).", "properties": { "gate": { "type": "boolean", "description": "true: the gate is on (it also needs a Prometheus URL from the Action, App or CLI)." }, "statuses": { "type": "array", "items": { "enum": ["proposed", "planned", "in_progress", "launched", "retired"] }, "uniqueItems": true, "description": "Statuses whose items the gate holds to their error budget." }, "min_remaining": { "type": "number", "minimum": 0, "maximum": 1, "description": "Fraction of the period's error budget that must remain, 0..1." }, "query": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "PromQL instant query for an SLO's remaining budget ratio; `{slo}`, `{service}` and `{item}` are replaced, escaped for PromQL strings.", "examples": ['slo:period_error_budget_remaining:ratio{sloth_service="{service}", sloth_slo="{slo}"}'] }, "unreachable": { "enum": ["warn", "fail"], "description": "When Prometheus cannot answer: warn (a warning) or fail (an error)." }, "exempt_labels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Pull request labels that mark reliability work, which the gate lets through." } } }, "slo": { "type": "object", "additionalProperties": false, "description": "Metrics linked to the SLOs the organisation runs (OpenSLO v1, Sloth, Pyrra): a metric's `slo:` is checked against these files.", "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of SLO files (OpenSLO v1, Sloth `prometheus/v1` or `PrometheusServiceLevel`, Pyrra `ServiceLevelObjective`); several YAML documents per file are fine. Empty: no cross-check.", "examples": [["slos/**/*.yaml"]] }, "require": { "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "$comment": "rule: key-format" }, "uniqueItems": true, "description": "Metric kinds that a gated item must link to an SLO with `slo:` (finding `slo-missing`).", "examples": [["error_budget", "latency"]] }, "sloth_period": { "type": "string", "pattern": "^[0-9]+(h|d|w)$", "$comment": "rule: window-format", "description": "The window of Sloth SLOs, which Sloth specs do not carry (Sloth's `--default-slo-period`): NUMBER + h, d or w.", "examples": ["30d", "28d"] }, "service": { "type": "string", "description": "The OpenSLO/Sloth service of SLOs that `roadmap-gate slo` exports; empty: the item id in lower case.", "examples": ["checkout"] } } } }, "additionalProperties": false, "$defs": { "handle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", "$comment": "rule: handle-format", "title": "Handle", "description": "A GitHub user (`@user`) or team (`@org/team`).", "examples": ["@alice", "@acme/platform"] } }, "examples": [{ "sign_off": { "reviewers": ["@acme/sre"], "min_approvals": 1 }, "enforcement": "block" }] };
var func0 = runtime_equal.default;
var pattern42 = new RegExp("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", "u");
var schema30 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", "$comment": "rule: handle-format", "title": "Handle", "description": "A GitHub user (`@user`) or team (`@org/team`).", "examples": ["@alice", "@acme/platform"] };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$" }, schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?$", parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema29.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data._extends !== void 0) {
      let data0 = data._extends;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties._extends, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/_extends", schemaPath: "#/properties/_extends/type", keyword: "type", params: { type: "string" }, schema: schema29.properties._extends.type, parentSchema: schema29.properties._extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data1 = data.paths;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.paths, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.paths.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.paths.items.type, parentSchema: schema29.properties.paths.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.paths.type, parentSchema: schema29.properties.paths, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data3 = data.gate;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "statuses" || key1 === "metrics" || key1 === "ai_metrics" || key1 === "instrumentation" || key1 === "ai_instrumentation")) {
            const err7 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, schema: false, parentSchema: schema29.properties.gate, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.statuses !== void 0) {
          let data4 = data3.statuses;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (!(data5 === "proposed" || data5 === "planned" || data5 === "in_progress" || data5 === "launched" || data5 === "retired")) {
                const err8 = { instancePath: instancePath + "/gate/statuses/" + i1, schemaPath: "#/properties/gate/properties/statuses/items/enum", keyword: "enum", params: { allowedValues: schema29.properties.gate.properties.statuses.items.enum }, schema: schema29.properties.gate.properties.statuses.items.enum, parentSchema: schema29.properties.gate.properties.statuses.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            let i2 = data4.length;
            let j0;
            if (i2 > 1) {
              outer0: for (; i2--; ) {
                for (j0 = i2; j0--; ) {
                  if (func0(data4[i2], data4[j0])) {
                    const err9 = { instancePath: instancePath + "/gate/statuses", schemaPath: "#/properties/gate/properties/statuses/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, schema: true, parentSchema: schema29.properties.gate.properties.statuses, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/gate/statuses", schemaPath: "#/properties/gate/properties/statuses/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.gate.properties.statuses.type, parentSchema: schema29.properties.gate.properties.statuses, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.metrics !== void 0) {
          let data6 = data3.metrics;
          if (Array.isArray(data6)) {
            const len2 = data6.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data7 = data6[i3];
              if (typeof data7 === "string") {
                if (!pattern42.test(data7)) {
                  const err11 = { instancePath: instancePath + "/gate/metrics/" + i3, schemaPath: "#/properties/gate/properties/metrics/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, schema: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", parentSchema: schema29.properties.gate.properties.metrics.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/gate/metrics/" + i3, schemaPath: "#/properties/gate/properties/metrics/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.gate.properties.metrics.items.type, parentSchema: schema29.properties.gate.properties.metrics.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/gate/metrics", schemaPath: "#/properties/gate/properties/metrics/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.gate.properties.metrics.type, parentSchema: schema29.properties.gate.properties.metrics, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.ai_metrics !== void 0) {
          let data8 = data3.ai_metrics;
          if (Array.isArray(data8)) {
            const len3 = data8.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data9 = data8[i4];
              if (typeof data9 === "string") {
                if (!pattern42.test(data9)) {
                  const err14 = { instancePath: instancePath + "/gate/ai_metrics/" + i4, schemaPath: "#/properties/gate/properties/ai_metrics/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, schema: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", parentSchema: schema29.properties.gate.properties.ai_metrics.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/gate/ai_metrics/" + i4, schemaPath: "#/properties/gate/properties/ai_metrics/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.gate.properties.ai_metrics.items.type, parentSchema: schema29.properties.gate.properties.ai_metrics.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/gate/ai_metrics", schemaPath: "#/properties/gate/properties/ai_metrics/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.gate.properties.ai_metrics.type, parentSchema: schema29.properties.gate.properties.ai_metrics, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.instrumentation !== void 0) {
          let data10 = data3.instrumentation;
          if (Array.isArray(data10)) {
            const len4 = data10.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data11 = data10[i5];
              if (typeof data11 === "string") {
                if (!pattern42.test(data11)) {
                  const err17 = { instancePath: instancePath + "/gate/instrumentation/" + i5, schemaPath: "#/properties/gate/properties/instrumentation/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, schema: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", parentSchema: schema29.properties.gate.properties.instrumentation.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/gate/instrumentation/" + i5, schemaPath: "#/properties/gate/properties/instrumentation/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.gate.properties.instrumentation.items.type, parentSchema: schema29.properties.gate.properties.instrumentation.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/gate/instrumentation", schemaPath: "#/properties/gate/properties/instrumentation/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.gate.properties.instrumentation.type, parentSchema: schema29.properties.gate.properties.instrumentation, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.ai_instrumentation !== void 0) {
          let data12 = data3.ai_instrumentation;
          if (Array.isArray(data12)) {
            const len5 = data12.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data13 = data12[i6];
              if (typeof data13 === "string") {
                if (!pattern42.test(data13)) {
                  const err20 = { instancePath: instancePath + "/gate/ai_instrumentation/" + i6, schemaPath: "#/properties/gate/properties/ai_instrumentation/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, schema: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", parentSchema: schema29.properties.gate.properties.ai_instrumentation.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/gate/ai_instrumentation/" + i6, schemaPath: "#/properties/gate/properties/ai_instrumentation/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.gate.properties.ai_instrumentation.items.type, parentSchema: schema29.properties.gate.properties.ai_instrumentation.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/gate/ai_instrumentation", schemaPath: "#/properties/gate/properties/ai_instrumentation/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.gate.properties.ai_instrumentation.type, parentSchema: schema29.properties.gate.properties.ai_instrumentation, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.gate.type, parentSchema: schema29.properties.gate, data: data3 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.sign_off !== void 0) {
      let data14 = data.sign_off;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key2 in data14) {
          if (!(key2 === "reviewers" || key2 === "min_approvals" || key2 === "max_age_days" || key2 === "verify")) {
            const err24 = { instancePath: instancePath + "/sign_off", schemaPath: "#/properties/sign_off/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, schema: false, parentSchema: schema29.properties.sign_off, data: data14 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data14.reviewers !== void 0) {
          let data15 = data14.reviewers;
          if (Array.isArray(data15)) {
            const len6 = data15.length;
            for (let i7 = 0; i7 < len6; i7++) {
              if (!validate88(data15[i7], { instancePath: instancePath + "/sign_off/reviewers/" + i7, parentData: data15, parentDataProperty: i7, rootData, dynamicAnchors })) {
                vErrors = appendErrors(vErrors, validate88.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/sign_off/reviewers", schemaPath: "#/properties/sign_off/properties/reviewers/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.sign_off.properties.reviewers.type, parentSchema: schema29.properties.sign_off.properties.reviewers, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data14.min_approvals !== void 0) {
          let data17 = data14.min_approvals;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
            const err26 = { instancePath: instancePath + "/sign_off/min_approvals", schemaPath: "#/properties/sign_off/properties/min_approvals/type", keyword: "type", params: { type: "integer" }, schema: schema29.properties.sign_off.properties.min_approvals.type, parentSchema: schema29.properties.sign_off.properties.min_approvals, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data17 == "number") {
            if (data17 < 1 || isNaN(data17)) {
              const err27 = { instancePath: instancePath + "/sign_off/min_approvals", schemaPath: "#/properties/sign_off/properties/min_approvals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema29.properties.sign_off.properties.min_approvals, data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data14.max_age_days !== void 0) {
          let data18 = data14.max_age_days;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
            const err28 = { instancePath: instancePath + "/sign_off/max_age_days", schemaPath: "#/properties/sign_off/properties/max_age_days/type", keyword: "type", params: { type: "integer" }, schema: schema29.properties.sign_off.properties.max_age_days.type, parentSchema: schema29.properties.sign_off.properties.max_age_days, data: data18 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data18 == "number") {
            if (data18 < 1 || isNaN(data18)) {
              const err29 = { instancePath: instancePath + "/sign_off/max_age_days", schemaPath: "#/properties/sign_off/properties/max_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema29.properties.sign_off.properties.max_age_days, data: data18 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data14.verify !== void 0) {
          let data19 = data14.verify;
          if (typeof data19 !== "boolean") {
            const err30 = { instancePath: instancePath + "/sign_off/verify", schemaPath: "#/properties/sign_off/properties/verify/type", keyword: "type", params: { type: "boolean" }, schema: schema29.properties.sign_off.properties.verify.type, parentSchema: schema29.properties.sign_off.properties.verify, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/sign_off", schemaPath: "#/properties/sign_off/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.sign_off.type, parentSchema: schema29.properties.sign_off, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.issues !== void 0) {
      let data20 = data.issues;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key3 in data20) {
          if (!(key3 === "labels")) {
            const err32 = { instancePath: instancePath + "/issues", schemaPath: "#/properties/issues/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, schema: false, parentSchema: schema29.properties.issues, data: data20 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data20.labels !== void 0) {
          let data21 = data20.labels;
          if (Array.isArray(data21)) {
            const len7 = data21.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data22 = data21[i8];
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err33 = { instancePath: instancePath + "/issues/labels/" + i8, schemaPath: "#/properties/issues/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.issues.properties.labels.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/issues/labels/" + i8, schemaPath: "#/properties/issues/properties/labels/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.issues.properties.labels.items.type, parentSchema: schema29.properties.issues.properties.labels.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/issues/labels", schemaPath: "#/properties/issues/properties/labels/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.issues.properties.labels.type, parentSchema: schema29.properties.issues.properties.labels, data: data21 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/issues", schemaPath: "#/properties/issues/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.issues.type, parentSchema: schema29.properties.issues, data: data20 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.pull_requests !== void 0) {
      let data23 = data.pull_requests;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key4 in data23) {
          if (!(key4 === "require_roadmap_link" || key4 === "exempt_labels")) {
            const err37 = { instancePath: instancePath + "/pull_requests", schemaPath: "#/properties/pull_requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, schema: false, parentSchema: schema29.properties.pull_requests, data: data23 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data23.require_roadmap_link !== void 0) {
          let data24 = data23.require_roadmap_link;
          if (typeof data24 !== "boolean") {
            const err38 = { instancePath: instancePath + "/pull_requests/require_roadmap_link", schemaPath: "#/properties/pull_requests/properties/require_roadmap_link/type", keyword: "type", params: { type: "boolean" }, schema: schema29.properties.pull_requests.properties.require_roadmap_link.type, parentSchema: schema29.properties.pull_requests.properties.require_roadmap_link, data: data24 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data23.exempt_labels !== void 0) {
          let data25 = data23.exempt_labels;
          if (Array.isArray(data25)) {
            const len8 = data25.length;
            for (let i9 = 0; i9 < len8; i9++) {
              let data26 = data25[i9];
              if (typeof data26 === "string") {
                if (func2(data26) < 1) {
                  const err39 = { instancePath: instancePath + "/pull_requests/exempt_labels/" + i9, schemaPath: "#/properties/pull_requests/properties/exempt_labels/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.pull_requests.properties.exempt_labels.items, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/pull_requests/exempt_labels/" + i9, schemaPath: "#/properties/pull_requests/properties/exempt_labels/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.pull_requests.properties.exempt_labels.items.type, parentSchema: schema29.properties.pull_requests.properties.exempt_labels.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/pull_requests/exempt_labels", schemaPath: "#/properties/pull_requests/properties/exempt_labels/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.pull_requests.properties.exempt_labels.type, parentSchema: schema29.properties.pull_requests.properties.exempt_labels, data: data25 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/pull_requests", schemaPath: "#/properties/pull_requests/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.pull_requests.type, parentSchema: schema29.properties.pull_requests, data: data23 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data27 = data.waivers;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key5 in data27) {
          if (!(key5 === "max_days")) {
            const err43 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, schema: false, parentSchema: schema29.properties.waivers, data: data27 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data27.max_days !== void 0) {
          let data28 = data27.max_days;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
            const err44 = { instancePath: instancePath + "/waivers/max_days", schemaPath: "#/properties/waivers/properties/max_days/type", keyword: "type", params: { type: "integer" }, schema: schema29.properties.waivers.properties.max_days.type, parentSchema: schema29.properties.waivers.properties.max_days, data: data28 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data28 == "number") {
            if (data28 < 1 || isNaN(data28)) {
              const err45 = { instancePath: instancePath + "/waivers/max_days", schemaPath: "#/properties/waivers/properties/max_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema29.properties.waivers.properties.max_days, data: data28 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.waivers.type, parentSchema: schema29.properties.waivers, data: data27 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.enforcement !== void 0) {
      let data29 = data.enforcement;
      if (!(data29 === "block" || data29 === "warn")) {
        const err47 = { instancePath: instancePath + "/enforcement", schemaPath: "#/properties/enforcement/enum", keyword: "enum", params: { allowedValues: schema29.properties.enforcement.enum }, schema: schema29.properties.enforcement.enum, parentSchema: schema29.properties.enforcement, data: data29 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data30 = data.limits;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key6 in data30) {
          if (!(key6 === "max_file_bytes")) {
            const err48 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, schema: false, parentSchema: schema29.properties.limits, data: data30 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data30.max_file_bytes !== void 0) {
          let data31 = data30.max_file_bytes;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
            const err49 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/type", keyword: "type", params: { type: "integer" }, schema: schema29.properties.limits.properties.max_file_bytes.type, parentSchema: schema29.properties.limits.properties.max_file_bytes, data: data31 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data31 == "number") {
            if (data31 > 104857600 || isNaN(data31)) {
              const err50 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 104857600 }, schema: 104857600, parentSchema: schema29.properties.limits.properties.max_file_bytes, data: data31 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data31 < 1 || isNaN(data31)) {
              const err51 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, schema: 1, parentSchema: schema29.properties.limits.properties.max_file_bytes, data: data31 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.limits.type, parentSchema: schema29.properties.limits, data: data30 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.error_budget !== void 0) {
      let data32 = data.error_budget;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key7 in data32) {
          if (!(key7 === "gate" || key7 === "statuses" || key7 === "min_remaining" || key7 === "query" || key7 === "unreachable" || key7 === "exempt_labels")) {
            const err53 = { instancePath: instancePath + "/error_budget", schemaPath: "#/properties/error_budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, schema: false, parentSchema: schema29.properties.error_budget, data: data32 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data32.gate !== void 0) {
          let data33 = data32.gate;
          if (typeof data33 !== "boolean") {
            const err54 = { instancePath: instancePath + "/error_budget/gate", schemaPath: "#/properties/error_budget/properties/gate/type", keyword: "type", params: { type: "boolean" }, schema: schema29.properties.error_budget.properties.gate.type, parentSchema: schema29.properties.error_budget.properties.gate, data: data33 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data32.statuses !== void 0) {
          let data34 = data32.statuses;
          if (Array.isArray(data34)) {
            const len9 = data34.length;
            for (let i10 = 0; i10 < len9; i10++) {
              let data35 = data34[i10];
              if (!(data35 === "proposed" || data35 === "planned" || data35 === "in_progress" || data35 === "launched" || data35 === "retired")) {
                const err55 = { instancePath: instancePath + "/error_budget/statuses/" + i10, schemaPath: "#/properties/error_budget/properties/statuses/items/enum", keyword: "enum", params: { allowedValues: schema29.properties.error_budget.properties.statuses.items.enum }, schema: schema29.properties.error_budget.properties.statuses.items.enum, parentSchema: schema29.properties.error_budget.properties.statuses.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            let i11 = data34.length;
            let j1;
            if (i11 > 1) {
              outer1: for (; i11--; ) {
                for (j1 = i11; j1--; ) {
                  if (func0(data34[i11], data34[j1])) {
                    const err56 = { instancePath: instancePath + "/error_budget/statuses", schemaPath: "#/properties/error_budget/properties/statuses/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, schema: true, parentSchema: schema29.properties.error_budget.properties.statuses, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/error_budget/statuses", schemaPath: "#/properties/error_budget/properties/statuses/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.error_budget.properties.statuses.type, parentSchema: schema29.properties.error_budget.properties.statuses, data: data34 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data32.min_remaining !== void 0) {
          let data36 = data32.min_remaining;
          if (typeof data36 == "number") {
            if (data36 > 1 || isNaN(data36)) {
              const err58 = { instancePath: instancePath + "/error_budget/min_remaining", schemaPath: "#/properties/error_budget/properties/min_remaining/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, schema: 1, parentSchema: schema29.properties.error_budget.properties.min_remaining, data: data36 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data36 < 0 || isNaN(data36)) {
              const err59 = { instancePath: instancePath + "/error_budget/min_remaining", schemaPath: "#/properties/error_budget/properties/min_remaining/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, schema: 0, parentSchema: schema29.properties.error_budget.properties.min_remaining, data: data36 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/error_budget/min_remaining", schemaPath: "#/properties/error_budget/properties/min_remaining/type", keyword: "type", params: { type: "number" }, schema: schema29.properties.error_budget.properties.min_remaining.type, parentSchema: schema29.properties.error_budget.properties.min_remaining, data: data36 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data32.query !== void 0) {
          let data37 = data32.query;
          if (typeof data37 === "string") {
            if (func2(data37) > 2e3) {
              const err61 = { instancePath: instancePath + "/error_budget/query", schemaPath: "#/properties/error_budget/properties/query/maxLength", keyword: "maxLength", params: { limit: 2e3 }, schema: 2e3, parentSchema: schema29.properties.error_budget.properties.query, data: data37 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (func2(data37) < 1) {
              const err62 = { instancePath: instancePath + "/error_budget/query", schemaPath: "#/properties/error_budget/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.error_budget.properties.query, data: data37 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/error_budget/query", schemaPath: "#/properties/error_budget/properties/query/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.error_budget.properties.query.type, parentSchema: schema29.properties.error_budget.properties.query, data: data37 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data32.unreachable !== void 0) {
          let data38 = data32.unreachable;
          if (!(data38 === "warn" || data38 === "fail")) {
            const err64 = { instancePath: instancePath + "/error_budget/unreachable", schemaPath: "#/properties/error_budget/properties/unreachable/enum", keyword: "enum", params: { allowedValues: schema29.properties.error_budget.properties.unreachable.enum }, schema: schema29.properties.error_budget.properties.unreachable.enum, parentSchema: schema29.properties.error_budget.properties.unreachable, data: data38 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data32.exempt_labels !== void 0) {
          let data39 = data32.exempt_labels;
          if (Array.isArray(data39)) {
            const len10 = data39.length;
            for (let i12 = 0; i12 < len10; i12++) {
              let data40 = data39[i12];
              if (typeof data40 === "string") {
                if (func2(data40) < 1) {
                  const err65 = { instancePath: instancePath + "/error_budget/exempt_labels/" + i12, schemaPath: "#/properties/error_budget/properties/exempt_labels/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.error_budget.properties.exempt_labels.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              } else {
                const err66 = { instancePath: instancePath + "/error_budget/exempt_labels/" + i12, schemaPath: "#/properties/error_budget/properties/exempt_labels/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.error_budget.properties.exempt_labels.items.type, parentSchema: schema29.properties.error_budget.properties.exempt_labels.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/error_budget/exempt_labels", schemaPath: "#/properties/error_budget/properties/exempt_labels/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.error_budget.properties.exempt_labels.type, parentSchema: schema29.properties.error_budget.properties.exempt_labels, data: data39 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/error_budget", schemaPath: "#/properties/error_budget/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.error_budget.type, parentSchema: schema29.properties.error_budget, data: data32 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.slo !== void 0) {
      let data41 = data.slo;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key8 in data41) {
          if (!(key8 === "files" || key8 === "require" || key8 === "sloth_period" || key8 === "service")) {
            const err69 = { instancePath: instancePath + "/slo", schemaPath: "#/properties/slo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, schema: false, parentSchema: schema29.properties.slo, data: data41 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data41.files !== void 0) {
          let data42 = data41.files;
          if (Array.isArray(data42)) {
            const len11 = data42.length;
            for (let i13 = 0; i13 < len11; i13++) {
              let data43 = data42[i13];
              if (typeof data43 === "string") {
                if (func2(data43) < 1) {
                  const err70 = { instancePath: instancePath + "/slo/files/" + i13, schemaPath: "#/properties/slo/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, schema: 1, parentSchema: schema29.properties.slo.properties.files.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/slo/files/" + i13, schemaPath: "#/properties/slo/properties/files/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.slo.properties.files.items.type, parentSchema: schema29.properties.slo.properties.files.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/slo/files", schemaPath: "#/properties/slo/properties/files/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.slo.properties.files.type, parentSchema: schema29.properties.slo.properties.files, data: data42 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data41.require !== void 0) {
          let data44 = data41.require;
          if (Array.isArray(data44)) {
            const len12 = data44.length;
            for (let i14 = 0; i14 < len12; i14++) {
              let data45 = data44[i14];
              if (typeof data45 === "string") {
                if (!pattern42.test(data45)) {
                  const err73 = { instancePath: instancePath + "/slo/require/" + i14, schemaPath: "#/properties/slo/properties/require/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" }, schema: "^[a-z][a-z0-9]*(_[a-z0-9]+)*$", parentSchema: schema29.properties.slo.properties.require.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/slo/require/" + i14, schemaPath: "#/properties/slo/properties/require/items/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.slo.properties.require.items.type, parentSchema: schema29.properties.slo.properties.require.items, data: data45 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            let i15 = data44.length;
            let j2;
            if (i15 > 1) {
              const indices0 = {};
              for (; i15--; ) {
                let item0 = data44[i15];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j2 = indices0[item0];
                  const err75 = { instancePath: instancePath + "/slo/require", schemaPath: "#/properties/slo/properties/require/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j2 }, schema: true, parentSchema: schema29.properties.slo.properties.require, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i15;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/slo/require", schemaPath: "#/properties/slo/properties/require/type", keyword: "type", params: { type: "array" }, schema: schema29.properties.slo.properties.require.type, parentSchema: schema29.properties.slo.properties.require, data: data44 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data41.sloth_period !== void 0) {
          let data46 = data41.sloth_period;
          if (typeof data46 === "string") {
            if (!pattern21.test(data46)) {
              const err77 = { instancePath: instancePath + "/slo/sloth_period", schemaPath: "#/properties/slo/properties/sloth_period/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(h|d|w)$" }, schema: "^[0-9]+(h|d|w)$", parentSchema: schema29.properties.slo.properties.sloth_period, data: data46 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/slo/sloth_period", schemaPath: "#/properties/slo/properties/sloth_period/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.slo.properties.sloth_period.type, parentSchema: schema29.properties.slo.properties.sloth_period, data: data46 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data41.service !== void 0) {
          let data47 = data41.service;
          if (typeof data47 !== "string") {
            const err79 = { instancePath: instancePath + "/slo/service", schemaPath: "#/properties/slo/properties/service/type", keyword: "type", params: { type: "string" }, schema: schema29.properties.slo.properties.service.type, parentSchema: schema29.properties.slo.properties.service, data: data47 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/slo", schemaPath: "#/properties/slo/type", keyword: "type", params: { type: "object" }, schema: schema29.properties.slo.type, parentSchema: schema29.properties.slo, data: data41 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// core/item/item-validator.ts
function itemValidator() {
  return item;
}
function configValidator() {
  return config;
}

// core/parse/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeUtf8(content2) {
  if (typeof content2 === "string") return { ok: true, text: stripBom(content2) };
  try {
    return { ok: true, text: utf8.decode(content2) };
  } catch {
    return { ok: false, byteOffset: firstInvalidUtf8Offset(content2) };
  }
}
function stripBom(text2) {
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function firstInvalidUtf8Offset(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if (bytes[i + k] >> 6 !== 2) return i;
    i += len;
  }
  return bytes.length;
}
function byteOffsetToPosition(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function utf8Length(text2) {
  let bytes = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string2, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string2;
    }
    return result;
  }
  function isNegativeZero(number3) {
    return number3 === 0 && Number.NEGATIVE_INFINITY === 1 / number3;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string2, max) {
    return common2.repeat(" ", max - string2.length) + string2;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name2) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name2) === -1) {
        throw new YAMLException2('Unknown option "' + name2 + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema210, name2) {
    const result = [];
    schema210[name2].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull2(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull2,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      let pairHasKey = false;
      if (_toString.call(pair2) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair2) {
        if (_hasOwnProperty.call(pair2, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      if (_toString.call(pair2) !== "[object Object]") return false;
      const keys = Object.keys(pair2);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair2[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair2 = object[index];
      const keys = Object.keys(pair2);
      result[index] = [keys[0], pair2[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name2, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name2)) {
        transaction[name2] = {
          existed: _hasOwnProperty.call(state.anchorMap, name2),
          value: state.anchorMap[name2]
        };
      }
    }
    state.anchorMap[name2] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name2 = names[index];
      if (!_hasOwnProperty.call(parent, name2)) {
        parent[name2] = transaction[name2];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name2, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name2, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument2(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments2(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument2(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments2(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments2(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema210, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema210.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string2 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string2.length) + string2;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string2, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string2.length;
    while (position < length) {
      let line;
      const next = string2.indexOf("\n", position);
      if (next === -1) {
        line = string2.slice(position);
        position = length;
      } else {
        line = string2.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string2, pos) {
    const first = string2.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string2.length) {
      second = string2.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string2) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string2);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string2, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string2, 0)) && isPlainSafeLast(codePointAt(string2, string2.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string2, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string2, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string2)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string2)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string2, level, iskey, inblock) {
    state.dump = (function() {
      if (string2.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string2) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string2)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string2 + '"' : "'" + string2 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string2,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string2;
        case STYLE_SINGLE:
          return "'" + string2.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(string2, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(foldString(string2, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string2) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string2, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string2) ? String(indentPerLevel) : "";
    const clip = string2[string2.length - 1] === "\n";
    const keep = clip && (string2[string2.length - 2] === "\n" || string2 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string2) {
    return string2[string2.length - 1] === "\n" ? string2.slice(0, -1) : string2;
  }
  function foldString(string2, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string2.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string2.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string2.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string2[0] === "\n" || string2[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string2)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string2) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string2, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string2[i];
        if (char >= 65536) result += string2[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// core/parse/alias-expansion.ts
function measureExpansion(root) {
  const measured = /* @__PURE__ */ new Map();
  const open2 = /* @__PURE__ */ new Set([root]);
  const rootChildren = childrenOf(root);
  let written = 1 + rootChildren.length;
  const stack = [{ node: root, children: rootChildren, next: 0, size: 1, depth: 1 }];
  for (; ; ) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const child2 = frame.children[frame.next++];
      if (child2 === null || typeof child2 !== "object") {
        frame.size += 1;
        continue;
      }
      if (open2.has(child2)) return { added: Infinity, depth: Infinity };
      const known = measured.get(child2);
      if (known) {
        frame.size += known.size;
        frame.depth = Math.max(frame.depth, known.depth + 1);
        continue;
      }
      const children = childrenOf(child2);
      written += children.length;
      open2.add(child2);
      stack.push({ node: child2, children, next: 0, size: 1, depth: 1 });
      continue;
    }
    stack.pop();
    open2.delete(frame.node);
    measured.set(frame.node, { size: frame.size, depth: frame.depth });
    const parent = stack[stack.length - 1];
    if (!parent) return { added: frame.size - written, depth: frame.depth };
    parent.size += frame.size;
    parent.depth = Math.max(parent.depth, frame.depth + 1);
  }
}
function childrenOf(node) {
  return Array.isArray(node) ? node : Object.values(node);
}

// core/parse/line-breaks.ts
function withLfBreaks(text2) {
  return text2.includes("\r") ? text2.replace(/\r(?!\n)/g, "\n") : text2;
}
function positionAt(text2, offset) {
  const before = withLfBreaks(text2.slice(0, offset));
  let line = 1;
  for (let at2 = before.indexOf("\n"); at2 !== -1; at2 = before.indexOf("\n", at2 + 1)) line++;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
function lineText(text2, line) {
  const lines = withLfBreaks(text2).split("\n", line);
  return lines.length === line ? lines[line - 1].replace(/\r$/, "") : void 0;
}

// core/parse/blank-text.ts
function isBlankText(source) {
  const text2 = withLfBreaks(source);
  let start = 0;
  while (start < text2.length) {
    const end = text2.indexOf("\n", start);
    const line = text2.slice(start, end === -1 ? text2.length : end).trim();
    if (line !== "" && !line.startsWith("#")) return false;
    if (end === -1) break;
    start = end + 1;
  }
  return true;
}

// core/parse/identifier-key.ts
function identifierKeyEnd(text2, from, end) {
  let at2 = from;
  for (; at2 < end; at2++) {
    const c = text2.charCodeAt(at2);
    const word = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45 && at2 > from;
    if (!word) break;
  }
  if (at2 === from || text2.charCodeAt(at2) !== 58) return -1;
  return at2 + 1 >= end || text2.charCodeAt(at2 + 1) === 32 ? at2 : -1;
}

// core/parse/plain-scalar.ts
function resolvePlainScalar(raw) {
  if (isNull(raw)) return null;
  if (raw === "true" || raw === "True" || raw === "TRUE") return true;
  if (raw === "false" || raw === "False" || raw === "FALSE") return false;
  const integer = readInteger(raw);
  if (integer !== void 0) return integer;
  const float2 = readFloat(raw);
  return float2 === void 0 ? raw : float2;
}
function isNull(raw) {
  return raw === "~" || raw === "null" || raw === "Null" || raw === "NULL";
}
var DIGITS = {
  b: /^[01]+$/,
  o: /^[0-7]+$/,
  x: /^[0-9a-fA-F]+$/
};
var RADIX = { b: 2, o: 8, x: 16 };
var DECIMAL = /^[0-9]+$/;
function readInteger(raw) {
  const signed = raw.charAt(0) === "-" || raw.charAt(0) === "+";
  const sign = raw.charAt(0) === "-" ? -1 : 1;
  const body = signed ? raw.slice(1) : raw;
  if (body === "0") return 0;
  const radix = body.charAt(0) === "0" ? RADIX[body.charAt(1)] : void 0;
  let value;
  if (radix !== void 0) {
    const digits = body.slice(2);
    if (!DIGITS[body.charAt(1)].test(digits)) return void 0;
    value = sign * parseInt(digits, radix);
  } else {
    if (!DECIMAL.test(body)) return void 0;
    value = sign * parseInt(body, 10);
  }
  return Number.isFinite(value) ? value : void 0;
}
var FLOAT = /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function readFloat(raw) {
  if (!FLOAT.test(raw)) return void 0;
  const lower = raw.toLowerCase();
  const sign = lower.charAt(0) === "-" ? -1 : 1;
  const body = lower.charAt(0) === "-" || lower.charAt(0) === "+" ? lower.slice(1) : lower;
  if (body === ".inf") return sign * Infinity;
  if (body === ".nan") return NaN;
  const value = sign * parseFloat(body);
  return Number.isFinite(value) ? value : void 0;
}

// core/parse/block-yaml.ts
function parseBlockYaml(source) {
  let text2 = source;
  if (UNSUPPORTED_CHARACTER.test(text2)) {
    text2 = text2.replace(/\r\n/g, "\n");
    if (UNSUPPORTED_CHARACTER.test(text2)) return void 0;
  }
  const reader = new BlockReader(text2);
  try {
    if (reader.atEnd || reader.indent !== 0 || reader.isSequenceEntry()) return void 0;
    const root = reader.mapping(0, reader.content, 1);
    return reader.atEnd ? root : void 0;
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
var UNSUPPORTED_CHARACTER = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
var MAX_DEPTH = 32;
var MAX_KEYS = 64;
var MAX_KEY_LENGTH = 1e3;
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
function giveUp() {
  throw GIVE_UP;
}
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var SINGLE_QUOTE = 39;
var COMMA = 44;
var DASH = 45;
var COLON = 58;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var NOT_PLAIN_START = charTable("?:,[]{}#&*!|>'\"%@`");
var NOT_IN_FLOW_ITEM = charTable(",[]{}#:");
function charTable(characters) {
  const table = new Uint8Array(128);
  for (const c of characters) table[c.charCodeAt(0)] = 1;
  return table;
}
var KEY_TABLE = new Array(1024).fill(void 0);
function resolvePlain(raw) {
  const first = raw.charCodeAt(0) | 32;
  if (first >= 97 && first <= 122 && first !== 110 && first !== 116 && first !== 102)
    return raw;
  return resolvePlainScalar(raw);
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var BlockReader = class {
  text;
  /** Where the line after the current one starts. */
  nextLine = 0;
  /** The current line: its start, its first non-space character, its end. */
  lineStart = 0;
  content = 0;
  end = 0;
  indent = -1;
  atEnd = false;
  /** Where the last quoted scalar's closing quote was, plus one. */
  quotedEnd = 0;
  /** Where the last plain scalar of a flow ended: at the `,` or closing bracket that ends it. */
  plainEnd = 0;
  /** The keys of the mappings being read, innermost last (see mapping). */
  keys = [];
  constructor(text2) {
    this.text = text2;
    this.advance();
  }
  /** Moves to the next content line. */
  advance() {
    const text2 = this.text;
    const length = text2.length;
    let at2 = this.nextLine;
    while (at2 < length) {
      let lineEnd = text2.indexOf("\n", at2);
      if (lineEnd === -1) lineEnd = length;
      let content2 = at2;
      while (content2 < lineEnd && text2.charCodeAt(content2) === SPACE) content2++;
      if (content2 < lineEnd && text2.charCodeAt(content2) !== HASH) {
        this.lineStart = at2;
        this.content = content2;
        this.end = lineEnd;
        this.indent = content2 - at2;
        this.nextLine = lineEnd + 1;
        return;
      }
      at2 = lineEnd + 1;
    }
    this.atEnd = true;
    this.indent = -1;
    this.nextLine = length;
  }
  /** `-` followed by a space or the end of the line. */
  isSequenceEntry(at2 = this.content) {
    return this.text.charCodeAt(at2) === DASH && this.isSpaceOrEnd(at2 + 1);
  }
  isSpaceOrEnd(at2) {
    return at2 >= this.end || this.text.charCodeAt(at2) === SPACE;
  }
  /** Whether the rest of the line from `at` is only spaces, or spaces and then a comment. */
  isRestEmpty(at2) {
    const text2 = this.text;
    while (at2 < this.end && text2.charCodeAt(at2) === SPACE) at2++;
    return at2 === this.end || text2.charCodeAt(at2) === HASH;
  }
  /** A block mapping whose keys sit at `indent`; the first key starts at `first` on this line. */
  mapping(indent, first, depth) {
    if (depth > MAX_DEPTH) giveUp();
    const result = {};
    const keys = this.keys;
    const mine = keys.length;
    let keyAt = first;
    for (; ; ) {
      const colon = this.keyEnd(keyAt);
      if (colon < 0) giveUp();
      const key = this.keyText(keyAt, colon);
      if (key === "__proto__" || keys.length - mine >= MAX_KEYS) giveUp();
      for (let k = mine; k < keys.length; k++) if (keys[k] === key) giveUp();
      keys.push(key);
      result[key] = this.isRestEmpty(colon + 1) ? this.nestedValue(indent, true, depth) : this.scalarLine(colon + 1);
      if (this.atEnd || this.indent < indent) {
        keys.length = mine;
        return result;
      }
      if (this.indent > indent || this.isSequenceEntry()) giveUp();
      keyAt = this.content;
    }
  }
  /** A block sequence whose dashes sit at `indent`, starting on the current line. */
  sequence(indent, depth) {
    if (depth > MAX_DEPTH) giveUp();
    const text2 = this.text;
    const result = [];
    for (; ; ) {
      let at2 = this.content + 1;
      while (at2 < this.end && text2.charCodeAt(at2) === SPACE) at2++;
      if (at2 === this.end || text2.charCodeAt(at2) === HASH) {
        result.push(this.nestedValue(indent, false, depth));
      } else if (this.isSequenceEntry(at2)) {
        giveUp();
      } else if (this.keyEnd(at2) >= 0) {
        result.push(this.mapping(at2 - this.lineStart, at2, depth + 1));
      } else {
        result.push(this.scalarLine(at2));
      }
      if (this.atEnd || this.indent < indent) return result;
      if (this.indent > indent) giveUp();
      if (!this.isSequenceEntry()) return result;
    }
  }
  /**
   * The value after `key:` or `-` with nothing more on the line: a block on the lines below, a
   * sequence at the key's own indent (only after a key), or null (only after a key).
   */
  nestedValue(indent, afterKey, depth) {
    this.advance();
    if (this.atEnd) return null;
    if (this.indent > indent) {
      if (this.isSequenceEntry()) return this.sequence(this.indent, depth + 1);
      return this.mapping(this.indent, this.content, depth + 1);
    }
    if (afterKey && this.indent === indent && this.isSequenceEntry())
      return this.sequence(indent, depth + 1);
    if (!afterKey) giveUp();
    return null;
  }
  /**
   * The scalar that fills the rest of the line, then on to the next line. Callers refuse a next
   * line deeper than their block: it would continue a multi-line scalar, or be an error.
   */
  scalarLine(from) {
    let at2 = from;
    while (this.text.charCodeAt(at2) === SPACE) at2++;
    const value = this.scalar(at2);
    this.advance();
    return value;
  }
  scalar(at2) {
    const text2 = this.text;
    const code = text2.charCodeAt(at2);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const value = this.quoted(at2);
      if (!this.isSpaceOrEnd(this.quotedEnd) || !this.isRestEmpty(this.quotedEnd)) giveUp();
      return value;
    }
    if (code === OPEN_BRACKET) return this.flowSequence(at2);
    if (code === OPEN_BRACE) return this.flowMapping(at2);
    if (this.isIndicator(at2)) giveUp();
    let stop = at2;
    for (let i = at2; i < this.end; i++) {
      const c = text2.charCodeAt(i);
      if (c === SPACE) {
        if (text2.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (c === COLON && this.isSpaceOrEnd(i + 1)) giveUp();
      stop = i + 1;
    }
    return resolvePlain(text2.slice(at2, stop));
  }
  /** `[a, "b", c]` on one line, of scalars only; the rest of the line must be empty. */
  flowSequence(open2) {
    const text2 = this.text;
    const result = [];
    let at2 = open2 + 1;
    while (text2.charCodeAt(at2) === SPACE) at2++;
    if (text2.charCodeAt(at2) === CLOSE_BRACKET) {
      if (!this.isRestEmpty(at2 + 1)) giveUp();
      return result;
    }
    for (; ; ) {
      while (text2.charCodeAt(at2) === SPACE) at2++;
      const code = text2.charCodeAt(at2);
      let itemEnd;
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        result.push(this.quoted(at2));
        itemEnd = this.quotedEnd;
      } else {
        result.push(this.flowPlain(at2, CLOSE_BRACKET));
        itemEnd = this.plainEnd;
      }
      at2 = itemEnd;
      while (text2.charCodeAt(at2) === SPACE) at2++;
      const separator = at2 < this.end ? text2.charCodeAt(at2) : -1;
      if (separator === CLOSE_BRACKET) {
        if (!this.isRestEmpty(at2 + 1)) giveUp();
        return result;
      }
      if (separator !== COMMA) giveUp();
      at2++;
    }
  }
  /**
   * A plain scalar inside a one-line flow collection closed by `close`; sets `plainEnd`. Only
   * plain text that js-yaml reads the same in any flow is taken: no `:`, `#`, brackets or braces.
   */
  flowPlain(at2, close) {
    const text2 = this.text;
    if (at2 >= this.end || this.isIndicator(at2)) giveUp();
    if (text2.charCodeAt(at2) === DASH && NOT_IN_FLOW_ITEM[text2.charCodeAt(at2 + 1)]) giveUp();
    let stop = at2;
    let i = at2;
    for (; i < this.end; i++) {
      const c = text2.charCodeAt(i);
      if (c === COMMA || c === close) break;
      if (c < 128 && NOT_IN_FLOW_ITEM[c]) giveUp();
      if (c !== SPACE) stop = i + 1;
    }
    this.plainEnd = i;
    return resolvePlain(text2.slice(at2, stop));
  }
  /**
   * `{a: x, b: "y"}` on one line: identifier keys, each with a plain or quoted scalar, no trailing
   * comma; the rest of the line must be empty. Nested flows, keys without values, and duplicate
   * keys are left to js-yaml.
   */
  flowMapping(open2) {
    const text2 = this.text;
    const result = {};
    let at2 = open2 + 1;
    while (text2.charCodeAt(at2) === SPACE) at2++;
    if (text2.charCodeAt(at2) === CLOSE_BRACE) {
      if (!this.isRestEmpty(at2 + 1)) giveUp();
      return result;
    }
    const keys = this.keys;
    const mine = keys.length;
    for (; ; ) {
      while (text2.charCodeAt(at2) === SPACE) at2++;
      const colon = this.keyEnd(at2);
      if (colon < 0) giveUp();
      const key = this.keyText(at2, colon);
      if (key === "__proto__" || keys.length - mine >= MAX_KEYS) giveUp();
      for (let k = mine; k < keys.length; k++) if (keys[k] === key) giveUp();
      keys.push(key);
      at2 = colon + 1;
      while (text2.charCodeAt(at2) === SPACE) at2++;
      const code = text2.charCodeAt(at2);
      if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        result[key] = this.quoted(at2);
        at2 = this.quotedEnd;
      } else {
        result[key] = this.flowPlain(at2, CLOSE_BRACE);
        at2 = this.plainEnd;
      }
      while (text2.charCodeAt(at2) === SPACE) at2++;
      const separator = at2 < this.end ? text2.charCodeAt(at2) : -1;
      if (separator === CLOSE_BRACE) {
        if (!this.isRestEmpty(at2 + 1)) giveUp();
        keys.length = mine;
        return result;
      }
      if (separator !== COMMA) giveUp();
      at2++;
    }
  }
  /** A quoted scalar closed on its own line; sets `quotedEnd`. */
  quoted(open2) {
    const text2 = this.text;
    const quote = text2.charCodeAt(open2);
    let value = "";
    let chunk = open2 + 1;
    for (let i = chunk; i < this.end; i++) {
      const c = text2.charCodeAt(i);
      if (c === quote) {
        if (quote === SINGLE_QUOTE && text2.charCodeAt(i + 1) === SINGLE_QUOTE && i + 1 < this.end) {
          value += text2.slice(chunk, i + 1);
          chunk = ++i + 1;
          continue;
        }
        this.quotedEnd = i + 1;
        return value + text2.slice(chunk, i);
      }
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) {
        const escaped = i + 1 < this.end ? ESCAPES[text2[i + 1]] : void 0;
        if (escaped === void 0) giveUp();
        value += text2.slice(chunk, i) + escaped;
        chunk = ++i + 1;
      }
    }
    return giveUp();
  }
  /** A character that cannot begin a plain scalar: `-` only when a space or the end follows. */
  isIndicator(at2) {
    const code = this.text.charCodeAt(at2);
    if (code === DASH) return this.isSpaceOrEnd(at2 + 1);
    return code < 128 && NOT_PLAIN_START[code] === 1;
  }
  /** Whether the text at `from` is `word` (short keys: a loop beats startsWith here). */
  textIs(word, from) {
    const text2 = this.text;
    for (let i = 0; i < word.length; i++)
      if (word.charCodeAt(i) !== text2.charCodeAt(from + i)) return false;
    return true;
  }
  /** Where an identifier key followed by `:` and a space or the line's end ends, or -1. */
  keyEnd(from) {
    return identifierKeyEnd(this.text, from, this.end);
  }
  /**
   * The key text from `from` to `to`, as a string already seen when it was:
   * items repeat the same few dozen keys, and a known string is looked up in objects much faster
   * than a fresh copy. The table has a fixed size, so hostile keys cannot grow it.
   */
  keyText(from, to) {
    if (to - from > MAX_KEY_LENGTH) giveUp();
    const text2 = this.text;
    const length = to - from;
    const hash = length ^ text2.charCodeAt(from) << 2 ^ text2.charCodeAt(from + (length >> 1)) << 4 ^ text2.charCodeAt(to - 1) << 6;
    const slot = hash & KEY_TABLE.length - 1;
    const known = KEY_TABLE[slot];
    if (known !== void 0 && known.length === to - from && this.textIs(known, from)) return known;
    const raw = this.text.slice(from, to);
    const key = String(resolvePlain(raw));
    if (key === raw) KEY_TABLE[slot] = key;
    return key;
  }
};

// core/parse/json-syntax.ts
function jsonSyntaxError(text2) {
  try {
    JSON.parse(text2);
    return void 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/, ".*$/s, "").replace(/ in JSON at position \d+.*$/s, "");
    return { offset: firstInvalidOffset(text2) ?? 0, reason };
  }
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var LITERAL = /true|false|null/y;
var ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
function firstInvalidOffset(text2) {
  const open2 = [];
  let expect = "value";
  let i = 0;
  const after = () => open2.length > 0 ? "next" : "end";
  const skipString = () => {
    for (i++; i < text2.length; ) {
      const c = text2.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text2)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  const match = (pattern) => {
    pattern.lastIndex = i;
    if (!pattern.test(text2)) return false;
    i = pattern.lastIndex;
    return true;
  };
  for (; ; ) {
    while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
    if (i >= text2.length) return expect === "end" ? void 0 : i;
    const c = text2[i];
    if (expect === "end") return i;
    if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
    } else if (expect === "key") {
      if (c !== '"' || !skipString()) return i;
      expect = "colon";
    } else if (expect === "next") {
      const top = open2[open2.length - 1];
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
      } else if (c === (top === "{" ? "}" : "]")) {
        i++;
        open2.pop();
        expect = after();
      } else return i;
    } else if (c === "{" || c === "[") {
      open2.push(c);
      i++;
      while (i < text2.length && " 	\n\r".includes(text2[i])) i++;
      if (text2[i] === (c === "{" ? "}" : "]")) {
        i++;
        open2.pop();
        expect = after();
      } else expect = c === "{" ? "key" : "value";
    } else if (c === '"') {
      if (!skipString()) return i;
      expect = after();
    } else if (match(NUMBER) || match(LITERAL)) expect = after();
    else return i;
  }
}

// core/parse/parse-document.ts
var MAX_DEPTH2 = 64;
var MAX_ALIAS_EXPANSION = 1e5;
function parseText(text2, isJson, read = {}) {
  if (isBlankText(text2)) return failure("empty-file", "The file is empty", 1, 1);
  const notJson = isJson ? jsonSyntaxError(text2) : void 0;
  if (notJson) {
    const { line, column } = positionAt(text2, notJson.offset);
    return failure("yaml-syntax", `Invalid JSON: ${notJson.reason}`, line, column);
  }
  const fast = isJson || read.fastReader === false ? void 0 : parseBlockYaml(text2);
  if (fast) return { ok: true, data: fast };
  const result = parseWithJsYaml(text2, isJson);
  if (!result.ok) return result;
  const data = result.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const what = Array.isArray(data) ? "a list" : data === null ? "null" : `a ${typeof data}`;
    return failure(
      "not-a-mapping",
      `The file holds ${what}, not a mapping of keys to values`,
      1,
      1
    );
  }
  if (result.anchored) {
    const expansion = measureExpansion(data);
    if (expansion.depth > MAX_DEPTH2)
      return failure("too-deep", `The file nests deeper than ${MAX_DEPTH2} levels`, 1, 1);
    if (expansion.added > MAX_ALIAS_EXPANSION)
      return failure(
        "alias-bomb",
        `The file's YAML aliases repeat more than ${MAX_ALIAS_EXPANSION.toLocaleString("en-US")} values (an alias bomb?)`,
        1,
        1
      );
  }
  return { ok: true, data };
}
function tagColumn(text2, line) {
  const at2 = lineText(text2, line)?.indexOf("!") ?? -1;
  return at2 >= 0 ? at2 + 1 : void 0;
}
function anchorWatch() {
  const watch = {
    anchored: false,
    listener(_event, state) {
      if (watch.anchored) return;
      const anchors = state.anchorMap;
      for (const _ in anchors) {
        watch.anchored = true;
        return;
      }
    }
  };
  return watch;
}
function parseWithJsYaml(text2, isJson) {
  const watch = text2.includes("&") ? anchorWatch() : void 0;
  try {
    const data = yaml.load(text2, {
      schema: yaml.CORE_SCHEMA,
      json: false,
      maxDepth: MAX_DEPTH2,
      listener: watch?.listener
    });
    return { ok: true, data, anchored: watch?.anchored ?? false };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const mark = error.mark;
      const line = (mark?.line ?? 0) + 1;
      const column = (mark?.column ?? 0) + 1;
      const reason = error.reason ?? error.message;
      if (reason.startsWith("duplicated mapping key")) {
        return failure("duplicate-key", "A key appears twice in the same mapping", line, column);
      }
      if (reason.startsWith("unknown tag")) {
        return failure(
          "unknown-tag",
          `Unknown YAML tag: ${reason.replace("unknown tag ", "")}`,
          line,
          tagColumn(text2, line) ?? column
        );
      }
      if (reason.startsWith("nesting exceeded")) {
        return failure("too-deep", `The file nests deeper than ${MAX_DEPTH2} levels`, line, column);
      }
      return failure(
        "yaml-syntax",
        `${isJson ? "Invalid JSON/YAML" : "Invalid YAML"}: ${reason}`,
        line,
        column
      );
    }
    if (error instanceof RangeError)
      return failure("too-deep", "The file nests too deeply to read", 1, 1);
    throw error;
  }
}
function failure(ruleId, message, line, column) {
  return { ok: false, ruleId, message, line, column };
}

// core/rules/rule.ts
function meta(id, level, description, waivable2 = true) {
  return { id, level, description, waivable: waivable2 };
}
function fileFinding(rule36, report3) {
  const { file, line = 1, column = 1, message, hint } = report3;
  return { ruleId: rule36.id, level: rule36.level, file, line, column, message, hint };
}

// core/rules/yaml-syntax.ts
var yamlSyntax = {
  meta: meta("yaml-syntax", "error", "The file is not valid YAML or JSON.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too."
};

// core/rules/duplicate-key.ts
var duplicateKey = {
  meta: meta("duplicate-key", "error", "A key appears twice in one mapping.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Keep one of the two keys: YAML tools disagree on which one wins."
};

// core/rules/unknown-tag.ts
var unknownTag = {
  meta: meta("unknown-tag", "error", "A YAML tag (`!something`) the format does not use.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Remove the tag; items use plain YAML values."
};

// core/rules/alias-bomb.ts
var aliasBomb = {
  meta: meta(
    "alias-bomb",
    "error",
    'YAML aliases that expand too much (a "billion laughs" bomb).',
    false
  ),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Write the values out instead of using anchors and aliases."
};

// core/rules/too-deep.ts
var tooDeep = {
  meta: meta("too-deep", "error", "Nesting far deeper than any item needs.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Items nest a few levels at most; flatten the structure."
};

// core/rules/empty-file.ts
var emptyFile = {
  meta: meta("empty-file", "error", "The file is empty.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Write an item (see `roadmap-gate init`) or delete the file."
};

// core/rules/not-a-mapping.ts
var notAMapping = {
  meta: meta("not-a-mapping", "error", "The file holds a list or a scalar, not a mapping.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "An item is a mapping: apiVersion, id, title, owner, status, ..."
};

// core/rules/not-utf8.ts
var notUtf8 = {
  meta: meta("not-utf8", "error", "The file is not UTF-8 text.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Save the file as UTF-8."
};

// core/rules/file-too-large.ts
var fileTooLarge = {
  meta: meta("file-too-large", "error", "The file exceeds `limits.max_file_bytes`.", false),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Split the item, or raise limits.max_file_bytes in the policy."
};

// core/rules/unreadable.ts
var unreadable = {
  meta: meta(
    "unreadable",
    "error",
    "The file could not be read (e.g. a symlink out of the repository, a binary file).",
    false
  ),
  /** Said with every finding of the rule, whatever the parser's message. */
  hint: "Make it a regular text file inside the repository."
};

// core/parse/parse-rules.ts
var parseRules = {
  "yaml-syntax": yamlSyntax.meta,
  "duplicate-key": duplicateKey.meta,
  "unknown-tag": unknownTag.meta,
  "alias-bomb": aliasBomb.meta,
  "too-deep": tooDeep.meta,
  "empty-file": emptyFile.meta,
  "not-a-mapping": notAMapping.meta,
  "not-utf8": notUtf8.meta,
  "file-too-large": fileTooLarge.meta,
  unreadable: unreadable.meta
};
var parseHints = {
  "yaml-syntax": yamlSyntax.hint,
  "duplicate-key": duplicateKey.hint,
  "unknown-tag": unknownTag.hint,
  "alias-bomb": aliasBomb.hint,
  "too-deep": tooDeep.hint,
  "empty-file": emptyFile.hint,
  "not-a-mapping": notAMapping.hint,
  "not-utf8": notUtf8.hint,
  "file-too-large": fileTooLarge.hint,
  unreadable: unreadable.hint
};

// core/item/load-item.ts
function loadItem(source, maxBytes, read = {}) {
  const file = source.path;
  const fail2 = (ruleId, message, line = 1, column = 1) => ({
    ok: false,
    file,
    finding: fileFinding(parseRules[ruleId], {
      file,
      line,
      column,
      message,
      hint: parseHints[ruleId]
    })
  });
  if (source.unreadable) return fail2("unreadable", source.unreadable);
  const content2 = source.content;
  const size = sizeOverLimit(content2, maxBytes);
  if (size !== void 0)
    return fail2(
      "file-too-large",
      `The file is ${size} bytes; the limit is ${maxBytes} (limits.max_file_bytes)`
    );
  const decoded = decodeUtf8(content2);
  if (!decoded.ok) {
    const at2 = byteOffsetToPosition(content2, decoded.byteOffset);
    return fail2(
      "not-utf8",
      `The file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      at2.line,
      at2.column
    );
  }
  try {
    const parsed = parseText(decoded.text, file.endsWith(".json"), read);
    if (!parsed.ok) return fail2(parsed.ruleId, parsed.message, parsed.line, parsed.column);
    return { ok: true, file, text: decoded.text, data: parsed.data };
  } catch (error) {
    return fail2(
      "yaml-syntax",
      `The file could not be parsed: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function sizeOverLimit(content2, maxBytes) {
  if (typeof content2 === "string" && content2.length * 3 <= maxBytes) return void 0;
  const size = typeof content2 === "string" ? utf8Length(content2) : content2.byteLength;
  return size > maxBytes ? size : void 0;
}

// core/item/display-path.ts
function displayPath(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

// core/item/field-hints.ts
var fieldHints = {
  apiVersion: 'apiVersion: "roadmap-gate/v1"',
  id: "id: FEAT-142 (LETTERS-NUMBER, unique across items)",
  title: "title: a short name for the item",
  owner: "owner: @user or @org/team",
  status: "status: proposed, planned, in_progress, launched or retired",
  domain_experts: 'domain_experts: ["@expert"]',
  senior: "senior: @handle",
  junior: "junior: @handle",
  area: "area: what they pair on",
  who: "who: the external person or vendor",
  knowledge_transfer: "knowledge_transfer: how their knowledge is handed to the team",
  value: "value: the independent value the slice ships",
  acceptance: "acceptance: how the slice is tested",
  objective: 'objective: ">= 99.5%" or "p95 <= 300ms"',
  window: "window: 28d (NUMBER + h, d or w)",
  source: "source: where the metric is measured",
  how: "how: how the signal is captured",
  from_slice: "from_slice: the id of the slice that ships it",
  risks: "risks: a list of {id, description, likelihood, impact, mitigation}",
  description: "description: what could go wrong",
  likelihood: "likelihood: low, medium or high",
  impact: "impact: low, medium or high",
  mitigation: "mitigation: what reduces the risk",
  reviewer: "reviewer: @handle",
  date: 'date: "YYYY-MM-DD" (quoted)',
  decision: "decision: approved, approved_with_conditions or rejected",
  rule: "rule: the rule id to waive",
  reason: "reason: why it is waived",
  approved_by: "approved_by: @handle",
  expires: 'expires: "YYYY-MM-DD" (quoted)'
};

// core/item/schema-rule.ts
var PREFIX = "rule: ";
function schemaRuleOf(schema3) {
  const comment2 = schema3?.$comment;
  return typeof comment2 === "string" && comment2.startsWith(PREFIX) ? comment2.slice(PREFIX.length) : void 0;
}

// core/rules/api-version.ts
var apiVersion = meta(
  "api-version",
  "error",
  "`apiVersion` must be exactly `roadmap-gate/v1`.",
  false
);

// core/rules/unknown-key.ts
var unknownKey = meta(
  "unknown-key",
  "error",
  "A key the format does not know (usually a typo); `x-` keys are free.",
  false
);

// core/rules/key-format.ts
var keyFormat = {
  meta: meta("key-format", "error", "A metric or instrumentation kind that is not snake_case."),
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} is not a snake_case kind`,
    hint: "Write it in snake_case, e.g. error_budget."
  })
};

// core/rules/missing-field.ts
var missingField = meta("missing-field", "error", "A required field is missing.");

// core/rules/wrong-type.ts
var wrongType = meta(
  "wrong-type",
  "error",
  "A value of the wrong type (text, number, list, mapping)."
);

// core/rules/invalid-value.ts
var invalidValue = meta(
  "invalid-value",
  "error",
  "A value outside the allowed set or range."
);

// core/rules/id-format.ts
var idFormat = {
  meta: meta("id-format", "error", "The item id does not look like `FEAT-142`.", false),
  mismatch: ({ shown }) => ({
    message: `The item id ${shown} is not LETTERS-NUMBER`,
    hint: "Write an id such as FEAT-142: capital letters or digits, a dash, a number."
  })
};

// core/rules/handle-format.ts
var handleFormat = {
  meta: meta("handle-format", "error", "A handle that is not `@user` or `@org/team`."),
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} is not a GitHub handle`,
    hint: "Write @user or @org/team."
  })
};

// core/rules/slice-id-format.ts
var sliceIdFormat = {
  meta: meta("slice-id-format", "error", "A slice id that is not kebab-case."),
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} is not a kebab-case slice id`,
    hint: "Use lower-case words joined by dashes, e.g. read-only-preview."
  })
};

// core/rules/objective-format.ts
var objectiveFormat = {
  meta: meta(
    "objective-format",
    "error",
    "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar."
  ),
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} does not read as an objective`,
    hint: 'Write `[pNN ]OP NUMBER[UNIT]`, e.g. ">= 99.5%", "p95 <= 300ms" or "<= 2/week".'
  })
};

// core/rules/window-format.ts
var windowFormat = {
  meta: meta("window-format", "error", "A window that is not NUMBER + h, d or w."),
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} is not a window`,
    hint: "Write NUMBER + h, d or w, e.g. 28d."
  })
};

// core/rules/date-format.ts
var rule = meta("date-format", "error", "A date that is not an ISO date (YYYY-MM-DD).", false);
var ISO = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
var dateFormat = {
  meta: rule,
  mismatch: ({ at: at2, shown }) => ({
    message: `${at2} ${shown} is not an ISO date`,
    hint: 'Write the date as "YYYY-MM-DD", quoted.'
  }),
  check(ctx) {
    const dates = [
      ...list(record(ctx.data.risk_review)?.sign_off).map((s, i) => ({
        path: ["risk_review", "sign_off", i, "date"],
        value: record(s)?.date
      })),
      ...list(ctx.data.waivers).map((w, i) => ({
        path: ["waivers", i, "expires"],
        value: record(w)?.expires
      }))
    ];
    for (const { path, value } of dates) {
      const date = text(value);
      if (date === void 0 || !ISO.test(date) || dayNumber(date) !== void 0) continue;
      ctx.report(rule, {
        path,
        message: `\`${displayPath(path)}\` in ${ctx.label} "${date}" is not a real date`,
        hint: 'Write a day that exists, as "YYYY-MM-DD", quoted.'
      });
    }
  }
};

// core/rules/empty-list.ts
var emptyList = meta(
  "empty-list",
  "error",
  "A list that needs at least one entry is empty."
);

// core/rules/empty-value.ts
var emptyValue = meta("empty-value", "error", "A text field is empty or only whitespace.");

// core/rules/duplicate-entry.ts
var duplicateEntry = meta(
  "duplicate-entry",
  "error",
  "The same entry appears twice in a list."
);

// core/item/shape-rules.ts
var shapeRules = {
  apiVersion,
  unknownKey,
  keyFormat: keyFormat.meta,
  missingField,
  wrongType,
  invalidValue,
  idFormat: idFormat.meta,
  handleFormat: handleFormat.meta,
  sliceIdFormat: sliceIdFormat.meta,
  objectiveFormat: objectiveFormat.meta,
  windowFormat: windowFormat.meta,
  dateFormat: dateFormat.meta,
  emptyList,
  emptyValue,
  duplicateEntry
};
var patternRules = new Map(
  [idFormat, handleFormat, sliceIdFormat, objectiveFormat, windowFormat, dateFormat, keyFormat].map(
    (rule36) => [rule36.meta.id, rule36]
  )
);

// core/item/suggest.ts
function suggest(word, known) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

// core/item/shape-findings.ts
function shapeFindings(validate2, data, what) {
  if (validate2(data)) return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const errors = validate2.errors ?? [];
  validate2.errors = null;
  const strings = /* @__PURE__ */ new Map();
  const intern = (text2) => {
    const known = strings.get(text2);
    if (known !== void 0) return known;
    strings.set(text2, text2);
    return text2;
  };
  const empty2 = new Set(errors.filter((e) => e.keyword === "minLength").map((e) => e.instancePath));
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i];
    errors[i] = void 0;
    if (error.keyword === "pattern" && empty2.has(error.instancePath)) continue;
    if (error.propertyName !== void 0) continue;
    const finding = toFinding(error, data, what, intern);
    if (!finding) continue;
    const key = `${finding.ruleId}|${finding.path.join("/")}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    finding.hint = intern(finding.hint);
    flatten(finding.message);
    findings.push(finding);
  }
  return findings;
}
function toFinding(error, data, what, intern) {
  const path = pointerToPath(error.instancePath, data, intern);
  const field = fieldName(path);
  const at2 = path.length === 0 ? what : `\`${displayPath(path)}\` in ${what}`;
  const value = valueAt(data, path);
  const make = (rule36, target, p, message, hint) => ({
    ruleId: rule36.id,
    level: rule36.level,
    path: p,
    target,
    message,
    hint
  });
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const parent = error.parentSchema;
      const known = Object.keys(parent?.properties ?? {});
      const guess = suggest(key, known);
      return make(
        shapeRules.unknownKey,
        "key",
        [...path, key],
        `Unknown key \`${key}\` in ${path.length === 0 ? what : `\`${displayPath(path)}\``}${guess ? `; did you mean \`${guess}\`?` : ""}`,
        guess ? `Rename it to \`${guess}\`, or prefix it with \`x-\` to keep it for your own use.` : `Remove it, or prefix it with \`x-\` to keep it for your own use. Known keys: ${known.join(", ")}.`
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      return make(
        shapeRules.keyFormat,
        "key",
        [...path, key],
        `\`${key}\` in \`${displayPath(path)}\` is not a snake_case kind`,
        `Write it in snake_case, e.g. \`${snake(key)}\`.`
      );
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const hint = fieldHints[missing] ? `Add ${fieldHints[missing]}.` : `Add \`${missing}\`.`;
      const finding = make(
        shapeRules.missingField,
        "value",
        path,
        `${capital(at2)} has no \`${missing}\``,
        hint
      );
      return { ...finding, field: [...path, missing] };
    }
    case "type": {
      const expected = String(error.params.type);
      return make(
        shapeRules.wrongType,
        "value",
        path,
        `${capital(at2)} must be ${article(expected)}, not ${describe(value)}`,
        fieldHints[field] ? `Write ${fieldHints[field]}.` : `Write ${article(expected)} here.`
      );
    }
    case "const":
      return make(
        shapeRules.apiVersion,
        "value",
        path,
        `\`apiVersion\` is ${JSON.stringify(value)}, not \`roadmap-gate/v1\``,
        'Write apiVersion: "roadmap-gate/v1".'
      );
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const guess = typeof value === "string" ? suggest(value, allowed) : void 0;
      return make(
        shapeRules.invalidValue,
        "value",
        path,
        `${capital(at2)} is ${JSON.stringify(value)}; it must be one of ${allowed.join(", ")}`,
        guess ? `Did you mean \`${guess}\`?` : `Use one of ${allowed.join(", ")}.`
      );
    }
    case "pattern": {
      const ruleId = schemaRuleOf(error.parentSchema);
      if (ruleId === shapeRules.emptyValue.id)
        return make(
          shapeRules.emptyValue,
          "value",
          path,
          `${capital(at2)} is blank`,
          fieldHints[field] ? `Write ${fieldHints[field]}.` : "Write a value."
        );
      const rule36 = ruleId === void 0 ? void 0 : patternRules.get(ruleId);
      const shown = JSON.stringify(value);
      if (!rule36)
        return make(
          shapeRules.invalidValue,
          "value",
          path,
          `${capital(at2)} ${shown} does not match the schema's pattern`,
          "See the JSON Schema in schemas/ for the expected shape."
        );
      const { message, hint } = rule36.mismatch({ at: capital(at2), shown });
      return make(rule36.meta, "value", path, message, hint);
    }
    case "minItems":
      return make(
        shapeRules.emptyList,
        "value",
        path,
        `${capital(at2)} is empty; it needs at least ${String(error.params.limit)} entry`,
        fieldHints[field] ? `Add ${fieldHints[field]}.` : "Add an entry."
      );
    case "minLength":
      return make(
        shapeRules.emptyValue,
        "value",
        path,
        `${capital(at2)} is empty`,
        fieldHints[field] ? `Write ${fieldHints[field]}.` : "Write a value."
      );
    case "uniqueItems":
      return make(
        shapeRules.duplicateEntry,
        "value",
        path,
        `${capital(at2)} lists the same entry twice`,
        "Remove the repeated entry."
      );
    case "minimum":
    case "maximum":
      return make(
        shapeRules.invalidValue,
        "value",
        path,
        `${capital(at2)} is ${JSON.stringify(value)}; it must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(error.params.limit)}`,
        "Use a value in range."
      );
    default:
      return make(
        shapeRules.invalidValue,
        "value",
        path,
        `${capital(at2)} is not valid: ${error.message ?? error.keyword}`,
        "See the JSON Schema in schemas/ for the expected shape."
      );
  }
}
function pointerToPath(pointer, data, intern) {
  if (pointer === "") return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : intern(segment);
    path.push(key);
    node = node !== null && typeof node === "object" ? node[key] : void 0;
  }
  return path;
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment))
      return void 0;
    node = node[segment];
  }
  return node;
}
function fieldName(path) {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === "string") return path[i];
  return "";
}
function flatten(text2) {
  void Number(text2);
}
function describe(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${article(typeof value)} (${JSON.stringify(value)})`;
}
function article(type2) {
  const word = type2 === "object" ? "mapping" : type2 === "array" ? "list" : type2 === "string" ? "text" : type2;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function capital(text2) {
  return /^[a-z]+ /.test(text2) ? text2.charAt(0).toUpperCase() + text2.slice(1) : text2;
}
function snake(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toLowerCase().replace(/^_+|_+$/g, "");
}

// core/parse/position-index.ts
var import_yaml = __toESM(require_dist(), 1);

// core/parse/block-locator.ts
var BlockLocator = class {
  lines;
  indents;
  usable;
  mappings = /* @__PURE__ */ new Map();
  sequences = /* @__PURE__ */ new Map();
  flows = /* @__PURE__ */ new Map();
  flowMaps = /* @__PURE__ */ new Map();
  /** Per line, the line where a quoted value that opens on it closes (-1: not known yet). */
  quotedTails;
  constructor(text2) {
    this.lines = text2.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
    this.indents = this.lines.map(indentOf);
    this.quotedTails = new Int32Array(this.lines.length).fill(-1);
    this.usable = this.lines.every(
      (l, i) => l.charCodeAt(this.indents[i]) !== 9 && !(l.startsWith("---") || l.startsWith("...") || l.startsWith("%"))
    );
  }
  locate(path, target) {
    if (!this.usable) return void 0;
    const first = this.nextContent(0);
    if (first === void 0) return void 0;
    let node = { line: first, column: this.indents[first], parentIndent: -1 };
    let key;
    for (const segment of path) {
      const kind = this.kindOf(node);
      if (kind === "unsure") return void 0;
      if (kind === "leaf") return at(node);
      const next = kind === "map" && typeof segment === "string" ? this.valueOf(node, segment) : kind === "seq" && typeof segment === "number" ? this.itemOf(node, segment) : kind === "flow" && typeof segment === "number" ? this.flowItemOf(node, segment) : kind === "flowMap" && typeof segment === "string" ? this.flowValueOf(node, segment) : void 0;
      if (!next) return void 0;
      node = next.node;
      key = next.key;
    }
    return target === "key" && key ? key : at(node);
  }
  kindOf(node) {
    if (node.flowItem) return "leaf";
    const rest = this.lines[node.line].slice(node.column);
    if (isDash(rest)) return "seq";
    if (rest.startsWith("[")) return this.flowItemsOf(node) ? "flow" : "unsure";
    if (rest.startsWith("{")) return this.flowPairsOf(node) ? "flowMap" : "unsure";
    if (readKey(rest) !== void 0) return "map";
    if (/^["'[{&*!?%@`]/.test(rest) || /:(?: |$)/.test(rest)) return "unsure";
    return "leaf";
  }
  /** The value of `key` in the block mapping whose first key is at `node`. */
  valueOf(node, key) {
    const indent = node.column;
    const line = this.keysOf(node)?.get(key);
    if (line === void 0) return void 0;
    const keyAt = { line: line + 1, column: indent + 1 };
    const valueColumn = indent + readKey(this.lines[line].slice(indent)).valueOffset;
    const inline = this.lines[line].slice(valueColumn);
    if (hasProps(inline)) return void 0;
    if (inline !== "" && !inline.startsWith("#"))
      return { node: { line, column: valueColumn, parentIndent: indent }, key: keyAt };
    const below = this.nextContent(line + 1);
    if (below === void 0) return void 0;
    const belowIndent = this.indents[below];
    const belowText = this.lines[below].slice(belowIndent);
    if (hasProps(belowText)) return void 0;
    const sameIndentSeq = belowIndent === indent && isDash(belowText);
    if (belowIndent <= indent && !sameIndentSeq) return void 0;
    return {
      node: { line: below, column: belowIndent, parentIndent: sameIndentSeq ? indent - 1 : indent },
      key: keyAt
    };
  }
  /** Item `index` of the block sequence whose first dash is at `node`. */
  itemOf(node, index) {
    const indent = node.column;
    const line = this.itemsOf(node)[index];
    if (line === void 0) return void 0;
    const text2 = this.lines[line].slice(indent);
    const content2 = separationEnd(text2, 1);
    const inline = text2.slice(content2);
    if (hasProps(inline)) return void 0;
    if (inline !== "" && !inline.startsWith("#"))
      return { node: { line, column: indent + content2, parentIndent: indent } };
    const below = this.nextContent(line + 1);
    if (below === void 0 || this.indents[below] <= indent) return void 0;
    if (hasProps(this.lines[below].slice(this.indents[below]))) return void 0;
    return { node: { line: below, column: this.indents[below], parentIndent: indent } };
  }
  /** Entry `index` of the flow sequence of scalars at `node`. */
  flowItemOf(node, index) {
    const items = this.flowItemsOf(node);
    const column = items?.columns[index];
    if (column === void 0) return void 0;
    const line = items.lines[index];
    return { node: { line, column, parentIndent: node.column, flowItem: true } };
  }
  /** The value of `key` in the one-line flow mapping of scalars at `node`. */
  flowValueOf(node, key) {
    const pair2 = this.flowPairsOf(node)?.get(key);
    if (pair2 === void 0) return void 0;
    return {
      node: { line: node.line, column: pair2.value, parentIndent: node.column, flowItem: true },
      key: { line: node.line + 1, column: pair2.key + 1 }
    };
  }
  /**
   * Where each key and value starts in a flow mapping of identifier keys and plain or quoted
   * scalars that opens at `node` and closes on its line (`{ how: ..., from_slice: a }`, as the
   * README writes instrumentation); undefined for anything more, left to the parser.
   */
  flowPairsOf(node) {
    const id = `${node.line}:${node.column}`;
    if (this.flowMaps.has(id)) return this.flowMaps.get(id);
    const pairs2 = readFlowPairs(this.lines[node.line], node.column);
    this.flowMaps.set(id, pairs2);
    return pairs2;
  }
  /**
   * Where each entry starts in a flow sequence of plain or quoted scalars that opens at `node`
   * (`[a, "b", 'c']`, the way lists of handles and ids are written), each entry on one line; a
   * line may end after a comma, and the next line go on deeper than the line that opened it.
   * Undefined for anything more (nesting, pairs, comments, props, a scalar over lines), left to
   * the parser. Read once per sequence: a list of 100,000 handles must not send a megabyte to the
   * parser (the `yaml` document of such a list held some 200 MB).
   */
  flowItemsOf(node) {
    const id = `${node.line}:${node.column}`;
    if (this.flows.has(id)) return this.flows.get(id);
    const items = readFlowItems(this.lines, this.indents, node.line, node.column);
    this.flows.set(id, items);
    return items;
  }
  /**
   * The line of each key of a block mapping (the first, if a key repeats), read once per mapping:
   * a lookup per finding must not rescan a mapping of 20,000 keys. Undefined when a line at the
   * keys' indent is neither a key nor a dash: the mapping is not what it seems.
   */
  keysOf(node) {
    const id = `${node.line}:${node.column}`;
    if (this.mappings.has(id)) return this.mappings.get(id);
    const keys = /* @__PURE__ */ new Map();
    let sure = true;
    for (let line = node.line; line !== void 0; line = this.nextContent(line + 1)) {
      const lineIndent = line === node.line ? node.column : this.indents[line];
      if (lineIndent <= node.parentIndent) break;
      if (lineIndent === node.column) {
        const text2 = this.lines[line].slice(node.column);
        const found = readKey(text2);
        if (found) {
          if (!keys.has(found.key)) keys.set(found.key, line);
        } else if (!isDash(text2)) {
          sure = false;
          break;
        }
        line = this.quotedTail(line);
      } else if (lineIndent < node.column) {
        sure = false;
        break;
      }
    }
    const result = sure ? keys : void 0;
    this.mappings.set(id, result);
    return result;
  }
  /** The line of each item of a block sequence, read once per sequence. */
  itemsOf(node) {
    const id = `${node.line}:${node.column}`;
    const cached = this.sequences.get(id);
    if (cached) return cached;
    const items = [];
    for (let line = node.line; line !== void 0; line = this.nextContent(line + 1)) {
      const lineIndent = line === node.line ? node.column : this.indents[line];
      if (lineIndent <= node.parentIndent) break;
      if (lineIndent < node.column) return this.keep(id, []);
      if (lineIndent === node.column) {
        if (!isDash(this.lines[line].slice(node.column))) break;
        items.push(line);
        line = this.quotedTail(line);
      }
    }
    return this.keep(id, items);
  }
  keep(id, items) {
    this.sequences.set(id, items);
    return items;
  }
  /**
   * The last line of the key or item that starts on `line`: a quoted value opened there may go on
   * for lines, at any indent (js-yaml reads "a\nb" continued at column 0, where `yaml` gives up).
   * Asked only of a mapping's key lines and a sequence's dash lines, where a value surely starts.
   */
  quotedTail(line) {
    const known = this.quotedTails[line];
    if (known >= 0) return known;
    const text2 = this.lines[line];
    let at2 = this.indents[line];
    while (isDash(text2.slice(at2, at2 + 2))) at2 = separationEnd(text2, at2 + 1);
    const key = readKey(text2.slice(at2));
    if (key) at2 += key.valueOffset;
    const quote = text2.charCodeAt(at2);
    const tail = quote === 34 || quote === 39 ? this.closingLine(line, at2 + 1, quote) : line;
    this.quotedTails[line] = tail;
    return tail;
  }
  /** The line of the quote that closes a scalar whose text starts at `line`, `column`. */
  closingLine(line, column, quote) {
    for (let l = line, from = column; l < this.lines.length; l++, from = 0) {
      const text2 = this.lines[l];
      for (let i = from; i < text2.length; i++) {
        const c = text2.charCodeAt(i);
        if (c === 92 && quote === 34) i++;
        else if (c === quote) {
          if (quote === 39 && text2.charCodeAt(i + 1) === 39) i++;
          else return l;
        }
      }
    }
    return this.lines.length - 1;
  }
  /** The first line from `from` on that holds more than blanks and a comment. */
  nextContent(from) {
    for (let line = from; line < this.lines.length; line++) {
      const text2 = this.lines[line];
      const indent = this.indents[line];
      if (indent < text2.length && text2.charAt(indent) !== "#") return line;
    }
    return void 0;
  }
};
function at(node) {
  return { line: node.line + 1, column: node.column + 1 };
}
function indentOf(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}
var QUOTED_DOUBLE = /^"([^"\\]*)" *:(?: |$)/;
var QUOTED_SINGLE = /^'([^']*)' *:(?: |$)/;
function readKey(text2) {
  const simple = identifierKeyEnd(text2, 0, text2.length);
  if (simple > 0) {
    return { key: text2.slice(0, simple), valueOffset: separationEnd(text2, simple + 1) };
  }
  const first = text2.charCodeAt(0);
  if (first === 34 || first === 39) {
    const match = (first === 34 ? QUOTED_DOUBLE : QUOTED_SINGLE).exec(text2);
    if (!match) return void 0;
    return { key: match[1], valueOffset: separationEnd(text2, match[0].length) };
  }
  return readPlainKey(text2);
}
var NOT_KEY_START = new Set("#&*!|>'\"%@`{}[],?:-");
function readPlainKey(text2) {
  const first = text2.charAt(0);
  if (first === "" || /\s/.test(first)) return void 0;
  if (first === "-") {
    const second = text2.charAt(1);
    if (second === "" || second === "#" || /\s/.test(second)) return void 0;
  } else if (NOT_KEY_START.has(first)) return void 0;
  const minimum = first === "-" ? 2 : 1;
  let lastWord = 0;
  for (let at2 = 1; at2 < text2.length; at2++) {
    const c = text2.charCodeAt(at2);
    if (c === 35) return void 0;
    if (c === 58 && at2 >= minimum && (at2 + 1 === text2.length || text2.charCodeAt(at2 + 1) === 32)) {
      return { key: text2.slice(0, lastWord + 1), valueOffset: separationEnd(text2, at2 + 1) };
    }
    if (c !== 32) lastWord = at2;
  }
  return void 0;
}
var NOT_IN_FLOW_ENTRY = new Set("[]{}#&*!|>%@`?");
function readFlowPairs(text2, open2) {
  const pairs2 = /* @__PURE__ */ new Map();
  let at2 = separationEnd(text2, open2 + 1);
  if (text2.charAt(at2) !== "}") {
    for (; ; ) {
      const colon = identifierKeyEnd(text2, at2, text2.length);
      if (colon < 0) return void 0;
      const key = text2.slice(at2, colon);
      const value = separationEnd(text2, colon + 1);
      if (!pairs2.has(key)) pairs2.set(key, { key: at2, value });
      at2 = value;
      const c = text2.charAt(at2);
      if (c === '"' || c === "'") {
        at2 = quoteEnd(text2, at2);
        if (at2 < 0) return void 0;
      } else {
        if (c === "" || c === "," || c === ":" || c === "-" || NOT_IN_FLOW_ENTRY.has(c))
          return void 0;
        for (; at2 < text2.length; at2++) {
          const d = text2.charAt(at2);
          if (d === "," || d === "}") break;
          if (d === "[" || d === "]" || d === "{" || d === ":" || d === "#") return void 0;
        }
      }
      at2 = separationEnd(text2, at2);
      const separator = text2.charAt(at2);
      if (separator === "}") break;
      if (separator !== ",") return void 0;
      at2 = separationEnd(text2, at2 + 1);
    }
  }
  const after = separationEnd(text2, at2 + 1);
  if (after < text2.length && !(text2.charAt(after) === "#" && after > at2 + 1)) return void 0;
  return pairs2;
}
function readFlowItems(lines, indents, openLine, open2) {
  const items = { lines: [], columns: [] };
  let line = openLine;
  let text2 = lines[line];
  const nextLine = () => {
    line++;
    if (line >= lines.length) return false;
    text2 = lines[line];
    return indents[line] > indents[openLine] && indents[line] < text2.length;
  };
  let at2 = separationEnd(text2, open2 + 1);
  if (text2.charAt(at2) !== "]") {
    for (; ; ) {
      const c = text2.charAt(at2);
      items.lines.push(line);
      items.columns.push(at2);
      if (c === '"' || c === "'") {
        at2 = quoteEnd(text2, at2);
        if (at2 < 0) return void 0;
      } else {
        if (c === "" || c === "," || c === ":" || c === "-" || NOT_IN_FLOW_ENTRY.has(c))
          return void 0;
        for (; at2 < text2.length; at2++) {
          const d = text2.charAt(at2);
          if (d === "," || d === "]") break;
          if (d === "[" || d === "{" || d === "}") return void 0;
          const next = text2.charAt(at2 + 1);
          if (d === ":" && (next === " " || next === "," || next === "]" || next === ""))
            return void 0;
          if ((d === " " || d === "	") && next === "#") return void 0;
        }
      }
      at2 = separationEnd(text2, at2);
      const separator = text2.charAt(at2);
      if (separator === "]") break;
      if (separator !== ",") return void 0;
      at2 = separationEnd(text2, at2 + 1);
      if (at2 === text2.length) {
        if (!nextLine()) return void 0;
        at2 = indents[line];
      }
      if (text2.charAt(at2) === "]" || text2.charAt(at2) === ",") return void 0;
    }
  }
  const after = separationEnd(text2, at2 + 1);
  if (after < text2.length && !(text2.charAt(after) === "#" && after > at2 + 1)) return void 0;
  return items;
}
function quoteEnd(text2, open2) {
  const quote = text2.charCodeAt(open2);
  for (let i = open2 + 1; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 92 && quote === 34) i++;
    else if (c === quote) {
      if (quote === 39 && text2.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}
function separationEnd(text2, from) {
  let at2 = from;
  for (let c = text2.charCodeAt(at2); c === 32 || c === 9; c = text2.charCodeAt(++at2)) ;
  return at2;
}
function isDash(text2) {
  return text2 === "-" || text2.startsWith("- ");
}
function hasProps(text2) {
  return /^[&*!?]/.test(text2);
}

// core/parse/position-index.ts
var PositionIndex = class {
  fast;
  full;
  text;
  constructor(text2) {
    this.text = withLfBreaks(text2);
  }
  /** The nearest node that exists on the path; a missing key points at the mapping that lacks it. */
  locate(path, target = "value") {
    this.fast ??= new BlockLocator(this.text);
    const found = this.fast.locate(path, target);
    if (found) return found;
    this.full ??= new DocumentPositions(this.text);
    return this.full.locate(path, target);
  }
};
var DocumentPositions = class {
  lineCounter = new import_yaml.LineCounter();
  root;
  constructor(text2) {
    const doc = (0, import_yaml.parseDocument)(text2, {
      lineCounter: this.lineCounter,
      uniqueKeys: false,
      schema: "core",
      merge: false
    });
    this.root = doc.contents ?? null;
  }
  /** The nearest node that exists on the path; a missing key points at the mapping that lacks it. */
  locate(path, target = "value") {
    let node = this.root;
    let pair2 = null;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return this.at(node);
      node = next.node;
      pair2 = next.pair;
    }
    if (target === "key" && pair2 && isNodeLike(pair2.key)) return this.at(pair2.key);
    return this.at(node);
  }
  at(node) {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
};
var pairsByKey = /* @__PURE__ */ new WeakMap();
function pairOf(map2, key) {
  let pairs2 = pairsByKey.get(map2);
  if (!pairs2) {
    pairs2 = /* @__PURE__ */ new Map();
    for (const p of map2.items) {
      const k = (0, import_yaml.isPair)(p) ? keyOf(p) : void 0;
      if (k !== void 0 && !pairs2.has(k)) pairs2.set(k, p);
    }
    pairsByKey.set(map2, pairs2);
  }
  return pairs2.get(key);
}
function child(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    const pair2 = pairOf(node, String(segment));
    if (!pair2) return null;
    return {
      node: (isNodeLike(pair2.value) ? pair2.value : pair2.key) ?? null,
      pair: pair2
    };
  }
  if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
    const item2 = node.items[segment];
    return isNodeLike(item2) ? { node: item2, pair: null } : null;
  }
  return null;
}
function keyOf(pair2) {
  return (0, import_yaml.isScalar)(pair2.key) ? String(pair2.key.value) : void 0;
}
function isNodeLike(value) {
  return value !== null && typeof value === "object" && "range" in value && Array.isArray(value.range);
}

// core/error-budget/facts.ts
function budgetViews(facts, file, minRemaining) {
  const targets = facts?.targets.get(file) ?? [];
  return targets.map((t2) => {
    const reading = facts.readings.get(t2.query) ?? { kind: "unknown", reason: "not asked" };
    const base = { metric: t2.kind, slo: t2.slo, service: t2.service, window: t2.window };
    if (reading.kind === "unknown") return { ...base, reason: reading.reason, state: "unknown" };
    return {
      ...base,
      remaining: reading.remaining,
      state: reading.remaining < minRemaining ? "exhausted" : "ok"
    };
  });
}

// core/slo/slo-index.ts
function buildSloIndex(slos) {
  const byName = /* @__PURE__ */ new Map();
  const add = (name2, slo2) => {
    const found = byName.get(name2);
    if (found) found.push(slo2);
    else byName.set(name2, [slo2]);
  };
  for (const slo2 of slos) {
    add(slo2.name, slo2);
    if (slo2.service !== void 0 && slo2.service !== "") add(`${slo2.service}/${slo2.name}`, slo2);
  }
  return { byName, names: [...byName.keys()], size: slos.length, resolved: /* @__PURE__ */ new Map() };
}
function resolveSlo(index, name2) {
  let answer = index.resolved.get(name2);
  if (answer === void 0) {
    answer = resolveOnce(index, name2);
    index.resolved.set(name2, answer);
  }
  return answer;
}
function resolveOnce(index, name2) {
  const matches = index.byName.get(name2);
  if (matches === void 0 || matches.length === 0)
    return { kind: "unknown", nearest: nearestNames(name2, index.names) };
  if (matches.length === 1) return { kind: "found", slo: matches[0] };
  return { kind: "ambiguous", matches: [...matches] };
}
var NEAREST = 3;
function nearestNames(name2, names) {
  const limit = Math.max(2, Math.floor(name2.length / 3));
  const scored = [];
  const wanted = name2.toLowerCase();
  for (const candidate of names) {
    if (Math.abs(candidate.length - name2.length) > limit) continue;
    const distance2 = editDistance(wanted, candidate.toLowerCase(), limit);
    if (distance2 <= limit) scored.push({ name: candidate, distance: distance2 });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1));
  return scored.slice(0, NEAREST).map((s) => s.name);
}
function editDistance(a, b, limit) {
  let previous = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array(b.length + 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < best) best = current[j];
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

// core/slo/linked-metrics.ts
var cache = /* @__PURE__ */ new WeakMap();
function metricsOf(data) {
  const cached = cache.get(data);
  if (cached) return cached;
  const found = readMetrics(data);
  cache.set(data, found);
  return found;
}
function readMetrics(data) {
  const metrics = record(data.metrics);
  return ownKeys(metrics).flatMap((kind) => {
    const metric = record(metrics?.[kind]);
    if (!metric) return [];
    const slo2 = text(metric.slo);
    return [{ kind, metric, slo: slo2 !== void 0 && slo2.trim() !== "" ? slo2 : void 0 }];
  });
}
var resolvedCache = /* @__PURE__ */ new WeakMap();
function resolvedLinks(data, index) {
  let byItem = resolvedCache.get(index);
  if (!byItem) {
    byItem = /* @__PURE__ */ new WeakMap();
    resolvedCache.set(index, byItem);
  }
  const cached = byItem.get(data);
  if (cached) return cached;
  const links = [];
  for (const m of metricsOf(data))
    if (m.slo !== void 0) links.push({ ...m, slo: m.slo, resolution: resolveSlo(index, m.slo) });
  byItem.set(data, links);
  return links;
}

// core/item/item-report.ts
function buildItemVerdict(file, data, policy, findings) {
  const status = text(data.status);
  const gated = status !== void 0 && policy.gate.statuses.includes(status);
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else if (f.level === "warning") warnings++;
  }
  return {
    file,
    id: text(data.id),
    status,
    gated,
    verdict: errors > 0 ? "fail" : gated ? "pass" : "not-gated",
    errors,
    warnings
  };
}
function buildItemReport(file, data, policy, signOffs, findings, slos, errorBudget) {
  const budgets = budgetViews(errorBudget, file, policy.error_budget.min_remaining);
  const issue = typeof data.issue === "number" && Number.isInteger(data.issue) ? data.issue : void 0;
  return {
    ...buildItemVerdict(file, data, policy, findings),
    title: text(data.title),
    owner: text(data.owner),
    ai: data.ai === true,
    issue,
    signOffs: signOffs.map((s) => ({
      reviewer: s.reviewer,
      decision: s.decision,
      date: s.date,
      verified: s.verification?.verified
    })),
    slices: list(data.slices).flatMap((raw) => {
      const slice = record(raw);
      const id = text(slice?.id);
      return id === void 0 ? [] : [
        {
          id,
          value: text(slice?.value) ?? "",
          dependsOn: list(slice?.depends_on).filter((d) => typeof d === "string")
        }
      ];
    }),
    waivers: list(data.waivers).flatMap((raw) => {
      const w = record(raw);
      return w ? [
        {
          rule: text(w.rule) ?? "",
          reason: text(w.reason) ?? "",
          approvedBy: text(w.approved_by) ?? "",
          expires: text(w.expires) ?? ""
        }
      ] : [];
    }),
    ...budgets.length > 0 ? { budgets } : {},
    metrics: metricViews(data, slos)
  };
}
function metricViews(data, slos) {
  return metricsOf(data).map(({ kind, metric, slo: slo2 }) => {
    const view = { kind };
    const objective = text(metric.objective);
    const window = text(metric.window);
    if (objective !== void 0) view.objective = objective;
    if (window !== void 0) view.window = window;
    if (slo2 !== void 0) view.slo = linkView(slo2, slos);
    return view;
  });
}
function linkView(name2, slos) {
  if (!slos) return { name: name2, status: "unchecked" };
  const found = resolveSlo(slos, name2);
  if (found.kind !== "found") return { name: name2, status: found.kind };
  const { slo: slo2 } = found;
  return {
    name: name2,
    status: "found",
    file: slo2.file,
    line: slo2.line,
    format: slo2.format,
    targetPercent: slo2.targetPercent,
    ...slo2.window !== void 0 ? { window: slo2.window } : {}
  };
}
function unreadableItemVerdict(file) {
  return { file, gated: false, verdict: "unreadable", errors: 1, warnings: 0 };
}
function unreadableItemReport(file) {
  return {
    ...unreadableItemVerdict(file),
    ai: false,
    signOffs: [],
    slices: [],
    waivers: [],
    metrics: []
  };
}

// core/rules/id-duplicate.ts
var idDuplicate = meta("id-duplicate", "error", "Two item files share an id.", false);

// core/rules/policy-invalid.ts
var policyInvalid = meta(
  "policy-invalid",
  "error",
  "The policy file (.github/roadmap-gate.yml) is not valid; items are not judged under it.",
  false
);

// core/rules/policy-extends-unresolved.ts
var rule2 = meta(
  "policy-extends-unresolved",
  "warning",
  "The policy's `_extends` could not be resolved here (the CLI has no API).",
  false
);
var policyExtendsUnresolved = {
  meta: rule2,
  finding(source, base) {
    const decoded = decodeUtf8(source.content);
    const at2 = decoded.ok ? new PositionIndex(decoded.text).locate(["_extends"], "key") : { line: 1, column: 1 };
    return fileFinding(rule2, {
      file: source.path,
      ...at2,
      message: `\`_extends: ${base}\` was not resolved: the CLI cannot read other repositories; the policy is used as written`,
      hint: "The Action and the App resolve `_extends`; locally, copy the settings you rely on into this file."
    });
  }
};

// core/rules/policy-change.ts
var rule3 = meta(
  "policy-change",
  "note",
  "A pull request changes the policy; it is judged by the base branch's policy.",
  false
);
var NAMED = 20;
var policyChange = {
  meta: rule3,
  finding: (policyPath, removed, wouldFail) => fileFinding(rule3, {
    file: policyPath,
    message: `This pull request ${removed ? "removes" : "changes"} the policy; it is judged by the base branch's policy. Under the new policy ${wouldFail.length} item${wouldFail.length === 1 ? "" : "s"} would fail${wouldFail.length ? `: ${wouldFail.map((w) => w.id ?? w.file).slice(0, NAMED).join(", ")}` : ""}.`,
    hint: "The new policy applies once this pull request is merged."
  })
};

// core/policy/policy-rules.ts
var policyRules = {
  invalid: policyInvalid,
  extendsUnresolved: policyExtendsUnresolved.meta,
  change: policyChange.meta
};

// core/rules/link-unknown.ts
var rule4 = meta(
  "link-unknown",
  "error",
  "The pull request links an item id or issue that no item file has.",
  false
);
var linkUnknown = {
  meta: rule4,
  finding: (id) => fileFinding(rule4, {
    file: "",
    message: `The pull request links ${id}, but no item file has that id`,
    hint: "Fix the id in the `Roadmap:` line, or add the item file."
  })
};

// core/rules/link-not-ready.ts
var rule5 = meta(
  "link-not-ready",
  "error",
  "The pull request links an item that is not gate-ready.",
  false
);
var linkNotReady = {
  meta: rule5,
  finding(item2) {
    const why = item2.verdict === "not-gated" ? `is \`${item2.status}\`, not a gated status` : `has ${item2.errors} error${item2.errors === 1 ? "" : "s"}`;
    return fileFinding(rule5, {
      file: "",
      message: `The pull request links ${item2.id ?? item2.file}, which is not gate-ready: it ${why}`,
      hint: `Make ${item2.file} pass the gate (see its findings) before merging work on it.`
    });
  }
};

// core/rules/link-missing.ts
var rule6 = meta(
  "link-missing",
  "error",
  "`require_roadmap_link`: the pull request links no roadmap item and has no exempt label.",
  false
);
var linkMissing = {
  meta: rule6,
  finding: (exemptLabels) => fileFinding(rule6, {
    file: "",
    message: "This pull request links no roadmap item",
    hint: `Add a line \`Roadmap: FEAT-142\` to the description, close an item's issue (\`Closes #N\`), or add one of the labels ${exemptLabels.join(", ")}.`
  })
};

// core/pull-request/link-rules.ts
var linkRules = {
  unknown: linkUnknown.meta,
  notReady: linkNotReady.meta,
  missing: linkMissing.meta
};

// core/rules/error-budget-exhausted.ts
var rule7 = meta(
  "error-budget-exhausted",
  "error",
  "A linked SLO has less error budget left than `error_budget.min_remaining`: new scope waits."
);
var errorBudgetExhausted = {
  meta: rule7,
  check(ctx) {
    const facts = ctx.errorBudget;
    const { min_remaining, exempt_labels } = ctx.policy.error_budget;
    for (const target of facts?.targets.get(ctx.file) ?? []) {
      const reading = facts.readings.get(target.query);
      if (reading?.kind !== "remaining" || reading.remaining >= min_remaining) continue;
      const window = target.window ? ` ${target.window}` : "";
      const floor = min_remaining > 0 ? `; the policy asks for at least ${percent(min_remaining)}` : "";
      ctx.report(rule7, {
        path: ["metrics", target.kind, "slo"],
        target: "key",
        message: `${target.slo} has ${percent(reading.remaining)} of its${window} error budget left${floor}, so new scope for ${ctx.label} waits until reliability recovers`,
        hint: `Ship reliability work with one of the labels ${exempt_labels.join(", ") || "(none configured in error_budget.exempt_labels)"}, or add a waiver for error-budget-exhausted approved on the pull request.`
      });
    }
  }
};

// core/rules/error-budget-unknown.ts
var rule8 = meta(
  "error-budget-unknown",
  "warning",
  "Prometheus could not tell a linked SLO's remaining error budget (an error with `error_budget.unreachable: fail`)."
);
var errorBudgetUnknown = {
  meta: rule8,
  check(ctx) {
    const facts = ctx.errorBudget;
    for (const target of facts?.targets.get(ctx.file) ?? []) {
      const reading = facts.readings.get(target.query);
      if (reading?.kind === "remaining") continue;
      const reason = reading?.reason ?? "it was not asked";
      ctx.report(rule8, {
        path: ["metrics", target.kind, "slo"],
        target: "key",
        level: ctx.policy.error_budget.unreachable === "fail" ? "error" : "warning",
        message: `The error budget of ${target.slo} (service ${target.service}) for ${ctx.label} is unknown: ${reason}`,
        hint: `Check that Prometheus answers \`${target.query}\` with one series (error_budget.query; Sloth's recording rules write slo:period_error_budget_remaining:ratio).`
      });
    }
  }
};

// core/rules/instrumentation-missing.ts
var rule9 = meta(
  "instrumentation-missing",
  "error",
  "A gated item lacks an instrumentation kind the policy requires."
);
var instrumentationMissing = {
  meta: rule9,
  check(ctx) {
    if (!ctx.gated) return;
    const required = [
      ...ctx.policy.gate.instrumentation,
      ...ctx.ai ? ctx.policy.gate.ai_instrumentation : []
    ];
    const instrumentation = record(ctx.data.instrumentation);
    for (const kind of required) {
      if (has(instrumentation, kind)) continue;
      ctx.report(rule9, {
        path: instrumentation ? ["instrumentation"] : [],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`${kind}\` instrumentation`,
        hint: `Add instrumentation.${kind} with how it is captured and from_slice: the slice that ships it.`
      });
    }
  }
};

// core/item/instrumentation-starts.ts
function instrumentationStarts(data) {
  const instrumentation = record(data.instrumentation);
  if (!instrumentation) return void 0;
  const sliceIds = list(data.slices).map((s) => text(record(s)?.id)).filter((id) => id !== void 0);
  const starts = [];
  for (const kind of ownKeys(instrumentation)) {
    if (kind.startsWith("x-")) continue;
    const fromSlice = text(record(instrumentation[kind])?.from_slice);
    if (fromSlice !== void 0) starts.push({ kind, fromSlice });
  }
  return { starts, sliceIds };
}

// core/rules/instrumentation-not-day-one.ts
var rule10 = meta(
  "instrumentation-not-day-one",
  "error",
  "`logging` or `failures` does not start with the first slice."
);
var DAY_ONE = ["logging", "failures"];
var instrumentationNotDayOne = {
  meta: rule10,
  check(ctx) {
    const read = instrumentationStarts(ctx.data);
    if (!read) return;
    const { starts, sliceIds } = read;
    const first = sliceIds[0];
    for (const { kind, fromSlice } of starts) {
      if (!DAY_ONE.includes(kind) || !sliceIds.includes(fromSlice) || fromSlice === first) continue;
      ctx.report(rule10, {
        path: ["instrumentation", kind, "from_slice"],
        message: `instrumentation.${kind} starts with slice \`${fromSlice}\`, not the first slice \`${first}\``,
        hint: `Ship ${kind} from day one: set from_slice: ${first}.`
      });
    }
  }
};

// core/rules/instrumentation-slice-unknown.ts
var rule11 = meta(
  "instrumentation-slice-unknown",
  "error",
  "`from_slice` names a slice the item does not have."
);
var instrumentationSliceUnknown = {
  meta: rule11,
  check(ctx) {
    const read = instrumentationStarts(ctx.data);
    if (!read) return;
    const { starts, sliceIds } = read;
    for (const { kind, fromSlice } of starts) {
      if (sliceIds.includes(fromSlice)) continue;
      ctx.report(rule11, {
        path: ["instrumentation", kind, "from_slice"],
        message: `instrumentation.${kind} starts from slice \`${fromSlice}\`, which ${ctx.label} does not have`,
        hint: sliceIds.length ? `Use one of: ${sliceIds.join(", ")}.` : "Add the slice to `slices`."
      });
    }
  }
};

// core/rules/metric-missing.ts
var rule12 = meta(
  "metric-missing",
  "error",
  "A gated item lacks a metric kind the policy requires."
);
var examples = {
  pipeline_reliability: '">= 99.5%"',
  error_budget: '"<= 0.5%"',
  latency: '"p95 <= 300ms"',
  drift_alerts: '"<= 2/week"'
};
var metricMissing = {
  meta: rule12,
  check(ctx) {
    if (!ctx.gated) return;
    const required = [...ctx.policy.gate.metrics, ...ctx.ai ? ctx.policy.gate.ai_metrics : []];
    const metrics = record(ctx.data.metrics);
    for (const kind of required) {
      if (has(metrics, kind)) continue;
      const why = ctx.policy.gate.ai_metrics.includes(kind) && ctx.ai ? " (an AI item)" : "";
      ctx.report(rule12, {
        path: metrics ? ["metrics"] : [],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\`${why} but has no \`${kind}\` metric`,
        hint: `Add metrics.${kind} with an objective such as ${examples[kind] ?? '">= 99%"'}, a window and a source.`
      });
    }
  }
};

// core/item/objective-grammar.ts
var GRAMMAR = /^(p[0-9]{1,2}(?:\.[0-9]+)? )?(>=|<=|==|>|<) ?(-?[0-9]+(?:\.[0-9]+)?)(%|ms|s|\/hour|\/day|\/week|\/month)?$/;
function readObjectives(data) {
  const metrics = record(data.metrics);
  const read = [];
  for (const kind of ownKeys(metrics)) {
    const objective = text(record(metrics?.[kind])?.objective);
    const match = objective === void 0 ? null : GRAMMAR.exec(objective);
    if (!match || objective === void 0) continue;
    const [, percentile, , number3, unit] = match;
    read.push({ kind, objective, percentile, number: number3, unit });
  }
  return read;
}

// core/rules/objective-percent-range.ts
var rule13 = meta("objective-percent-range", "error", "A percentage objective outside 0..100.");
var objectivePercentRange = {
  meta: rule13,
  check(ctx) {
    for (const { kind, objective, number: number3, unit } of readObjectives(ctx.data)) {
      if (unit !== "%" || Number(number3) >= 0 && Number(number3) <= 100) continue;
      ctx.report(rule13, {
        path: ["metrics", kind, "objective"],
        message: `metrics.${kind} objective "${objective}" is a percentage outside 0..100`,
        hint: 'A percentage lies between 0 and 100, e.g. ">= 99.5%".'
      });
    }
  }
};

// core/rules/objective-percentile-unit.ts
var rule14 = meta(
  "objective-percentile-unit",
  "error",
  "A percentile objective without a time unit (ms or s)."
);
var objectivePercentileUnit = {
  meta: rule14,
  check(ctx) {
    for (const { kind, objective, percentile, unit } of readObjectives(ctx.data)) {
      if (!percentile || unit === "ms" || unit === "s") continue;
      ctx.report(rule14, {
        path: ["metrics", kind, "objective"],
        message: `metrics.${kind} objective "${objective}" has a percentile but no time unit`,
        hint: 'A percentile goes with a time, e.g. "p95 <= 300ms".'
      });
    }
  }
};

// core/rules/risk-duplicate-id.ts
var rule15 = meta("risk-duplicate-id", "warning", "Two risks of an item share an id.");
var riskDuplicateId = {
  meta: rule15,
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    list(record(ctx.data.risk_review)?.risks).forEach((risk, i) => {
      const id = text(record(risk)?.id);
      if (id === void 0) return;
      if (seen.has(id))
        ctx.report(rule15, {
          path: ["risk_review", "risks", i, "id"],
          message: `Risk id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each risk its own id."
        });
      seen.add(id);
    });
  }
};

// core/rules/risk-review-missing.ts
var rule16 = meta("risk-review-missing", "error", "A gated item has no `risk_review`.", false);
var riskReviewMissing = {
  meta: rule16,
  check(ctx) {
    if (!ctx.gated || has(ctx.data, "risk_review")) return;
    ctx.report(rule16, {
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`risk_review\``,
      hint: "Add risk_review with risks and a sign_off by an authorised reviewer."
    });
  }
};

// core/rules/signoff-approvals.ts
var rule17 = meta(
  "signoff-approvals",
  "error",
  "A gated item has fewer approving sign-offs than `sign_off.min_approvals`.",
  false
);
var signoffApprovals = {
  meta: rule17,
  check(ctx) {
    if (!ctx.gated || !ctx.data.risk_review) return;
    const count2 = ctx.signOffs.filter((s) => s.counts).length;
    const needed = ctx.policy.sign_off.min_approvals;
    if (count2 >= needed) return;
    const verified = ctx.signOffs.some((s) => s.verification) ? "verified " : "";
    const who = ctx.policy.sign_off.reviewers.length ? ` from ${ctx.policy.sign_off.reviewers.join(", ")}` : "";
    ctx.report(rule17, {
      // At the sign_off list when there is one (it is what is short), else at the review lacking it.
      path: has(record(ctx.data.risk_review), "sign_off") ? ["risk_review", "sign_off"] : ["risk_review"],
      target: "key",
      message: `${ctx.label} has ${count2} ${verified}approving sign-off${count2 === 1 ? "" : "s"}; it needs ${needed}`,
      hint: `Add a risk_review.sign_off entry (reviewer, date, decision: approved) by an authorised reviewer${who}, who approves the pull request.`
    });
  }
};

// core/rules/signoff-conditions-missing.ts
var rule18 = meta(
  "signoff-conditions-missing",
  "error",
  "An `approved_with_conditions` sign-off without `conditions`.",
  false
);
var signoffConditionsMissing = {
  meta: rule18,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (s.decision !== "approved_with_conditions" || s.conditions !== void 0) continue;
      ctx.report(rule18, {
        path: ["risk_review", "sign_off", s.index],
        message: `${s.reviewer} approved ${ctx.label} with conditions but the conditions are not written`,
        hint: "Add conditions: what must hold for the approval to stand."
      });
    }
  }
};

// core/rules/signoff-future-date.ts
var rule19 = meta("signoff-future-date", "error", "A sign-off dated in the future.", false);
var signoffFutureDate = {
  meta: rule19,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (!s.future) continue;
      ctx.report(rule19, {
        path: ["risk_review", "sign_off", s.index, "date"],
        message: `${s.reviewer}'s sign-off of ${ctx.label} is dated ${s.date}, after today (${ctx.today})`,
        hint: "Write the date the reviewer actually decided."
      });
    }
  }
};

// core/rules/signoff-rejected.ts
var rule20 = meta("signoff-rejected", "error", "A reviewer rejected the risk review.", false);
var signoffRejected = {
  meta: rule20,
  check(ctx) {
    if (!ctx.gated) return;
    for (const s of ctx.signOffs) {
      if (s.decision !== "rejected") continue;
      ctx.report(rule20, {
        path: ["risk_review", "sign_off", s.index, "decision"],
        message: `${s.reviewer} rejected the risk review of ${ctx.label}`,
        hint: "Address the reviewer's concerns and ask for a new sign-off; remove the rejection only with their agreement."
      });
    }
  }
};

// core/rules/signoff-stale.ts
var rule21 = meta(
  "signoff-stale",
  "error",
  "A sign-off older than `sign_off.max_age_days`.",
  false
);
var signoffStale = {
  meta: rule21,
  check(ctx) {
    if (!ctx.gated) return;
    for (const s of ctx.signOffs) {
      if (!s.stale) continue;
      ctx.report(rule21, {
        path: ["risk_review", "sign_off", s.index, "date"],
        message: `${s.reviewer}'s sign-off of ${ctx.label} (${s.date}) is older than ${ctx.policy.sign_off.max_age_days} days`,
        hint: "Review the risks again and record a new sign-off."
      });
    }
  }
};

// core/rules/signoff-authority-unknown.ts
var rule22 = meta(
  "signoff-authority-unknown",
  "error",
  "A reviewer's authority could not be checked (e.g. team membership); the gate fails closed.",
  false
);
var signoffAuthorityUnknown = {
  meta: rule22,
  check(ctx) {
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || !v.failClosed) continue;
      ctx.report(rule22, {
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        message: `Could not check whether ${s.reviewer} may sign off ${ctx.label}: ${v.reason}`,
        hint: "Give the token permission to read team membership, or run roadmap-gate as the GitHub App."
      });
    }
  }
};

// core/rules/signoff-unauthorised.ts
var rule23 = meta(
  "signoff-unauthorised",
  "error",
  "A sign-off by someone the policy does not list as a reviewer.",
  false
);
var signoffUnauthorised = {
  meta: rule23,
  check(ctx) {
    for (const s of ctx.signOffs) {
      if (!s.unlisted) continue;
      ctx.report(rule23, {
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        level: ctx.gated ? "error" : "warning",
        message: `${s.reviewer} is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
        hint: "Ask a listed reviewer to sign off, or add the reviewer to sign_off.reviewers in the policy."
      });
    }
  }
};

// core/rules/signoff-unverified.ts
var rule24 = meta(
  "signoff-unverified",
  "error",
  "A sign-off not backed by the reviewer's approving review on the pull request.",
  false
);
var signoffUnverified = {
  meta: rule24,
  check(ctx) {
    const short = ctx.signOffs.filter((s) => s.counts).length < ctx.policy.sign_off.min_approvals;
    for (const s of ctx.signOffs) {
      const v = s.verification;
      if (!v || v.verified || v.failClosed) continue;
      ctx.report(rule24, {
        path: ["risk_review", "sign_off", s.index, "reviewer"],
        level: short && ctx.gated ? "error" : "warning",
        message: `${s.reviewer}'s sign-off of ${ctx.label} is not backed by an approval: ${v.reason}`,
        hint: `${s.reviewer} must approve this pull request after the last change to the item file.`
      });
    }
  }
};

// core/slice/slice-index.ts
function sliceIndex(data) {
  const slices = list(data.slices).map((s) => record(s));
  const index = /* @__PURE__ */ new Map();
  slices.forEach((slice, i) => {
    const id = text(slice?.id);
    if (id !== void 0 && !index.has(id)) index.set(id, i);
  });
  return { slices, index };
}
function forEachDependency(slices, visit) {
  slices.forEach((slice, i) => {
    list(slice?.depends_on).forEach((dep, j) => {
      if (typeof dep === "string") visit(i, j, dep);
    });
  });
}

// core/rules/slice-dependency-cycle.ts
var rule25 = meta("slice-dependency-cycle", "error", "Slices depend on each other in a cycle.");
var sliceDependencyCycle = {
  meta: rule25,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    const edges = /* @__PURE__ */ new Map();
    forEachDependency(slices, (i, _, dep) => {
      const id = text(slices[i]?.id);
      if (id === void 0 || !index.has(dep)) return;
      const next = edges.get(id);
      if (next) next.push(dep);
      else edges.set(id, [dep]);
    });
    const found = findCycle(edges);
    if (!found) return;
    ctx.report(rule25, {
      path: ["slices", index.get(found[0]) ?? 0, "depends_on"],
      message: `Slices of ${ctx.label} depend on each other in a cycle: ${found.join(" \u2192 ")}`,
      hint: "Break the cycle: a slice must ship value on its own, after the slices it needs."
    });
  }
};
function findCycle(edges) {
  const state = /* @__PURE__ */ new Map();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const path = [root];
    const nextEdge = [0];
    state.set(root, "open");
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top];
      const targets = edges.get(node) ?? [];
      const at2 = nextEdge[top];
      if (at2 === targets.length) {
        state.set(node, "done");
        path.pop();
        nextEdge.pop();
        continue;
      }
      nextEdge[top] = at2 + 1;
      const next = targets[at2];
      const seen = state.get(next);
      if (seen === "open") return [...path.slice(path.indexOf(next)), next];
      if (seen === void 0) {
        state.set(next, "open");
        path.push(next);
        nextEdge.push(0);
      }
    }
  }
  return void 0;
}

// core/rules/slice-dependency-order.ts
var rule26 = meta(
  "slice-dependency-order",
  "warning",
  "A slice depends on a slice listed after it."
);
var sliceDependencyOrder = {
  meta: rule26,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    forEachDependency(slices, (i, j, dep) => {
      const target = index.get(dep);
      if (target === void 0 || target <= i) return;
      ctx.report(rule26, {
        path: ["slices", i, "depends_on", j],
        message: `Slice \`${text(slices[i]?.id) ?? i}\` depends on \`${dep}\`, which comes later`,
        hint: "List slices in the order they ship: move the dependency earlier."
      });
    });
  }
};

// core/rules/slice-dependency-unknown.ts
var rule27 = meta(
  "slice-dependency-unknown",
  "error",
  "`depends_on` names a slice the item does not have."
);
var sliceDependencyUnknown = {
  meta: rule27,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    let known;
    forEachDependency(slices, (i, j, dep) => {
      if (index.has(dep)) return;
      const id = text(slices[i]?.id);
      ctx.report(rule27, {
        path: ["slices", i, "depends_on", j],
        message: `Slice \`${id ?? i}\` depends on \`${dep}\`, which ${ctx.label} does not have`,
        hint: `Use one of: ${known ??= knownIds(index)}.`
      });
    });
  }
};
function knownIds(index) {
  const ids = [...index.keys()];
  const shown = ids.slice(0, MAX_IDS_SHOWN).join(", ");
  return ids.length > MAX_IDS_SHOWN ? `${shown} (and ${ids.length - MAX_IDS_SHOWN} more)` : shown;
}
var MAX_IDS_SHOWN = 20;

// core/rules/slice-duplicate-id.ts
var rule28 = meta("slice-duplicate-id", "error", "Two slices of an item share an id.");
var sliceDuplicateId = {
  meta: rule28,
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    list(ctx.data.slices).forEach((slice, i) => {
      const id = text(record(slice)?.id);
      if (id === void 0) return;
      if (seen.has(id)) {
        ctx.report(rule28, {
          path: ["slices", i, "id"],
          message: `Slice id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each slice its own id."
        });
      } else seen.add(id);
    });
  }
};

// core/rules/slices-missing.ts
var rule29 = meta("slices-missing", "error", "A gated item has no `slices`.");
var slicesMissing = {
  meta: rule29,
  check(ctx) {
    if (!ctx.gated || has(ctx.data, "slices")) return;
    ctx.report(rule29, {
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`slices\``,
      hint: "Add slices: a list of {id, value, acceptance}, each shipping value on its own."
    });
  }
};

// core/rules/too-complex.ts
var tooComplex = meta(
  "too-complex",
  "error",
  "Judging the file took longer than its time budget, so it was stopped.",
  false
);

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config2 = {}) {
    this.id = nextPropID++;
    this.perNode = !!config2.perNode;
    this.deserialize = config2.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config2.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type2) => {
      let result = match(type2);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str2) => str2.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str2) => str2.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str2) => str2.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type2 = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type2);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type2;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map2) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map2)
      for (let name2 of prop.split(" "))
        direct[name2] = map2[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types2) {
    this.types = types2;
    for (let i = 0; i < types2.length; i++)
      if (types2[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type2 of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type2);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type2.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type2.name, newProps, type2.id, type2.flags) : type2);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type2, children, positions, length, props) {
    this.type = type2;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str2 = ch.toString();
      if (str2) {
        if (children)
          children += ",";
        children += str2;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id in this.props)
        result.push([+id, this.props[id]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config2 = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config2.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set2) {
    this.buffer = buffer;
    this.length = length;
    this.set = set2;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id = this.buffer[index], endIndex = this.buffer[index + 3];
    let type2 = this.set.types[id], result = type2.name;
    if (/\W/.test(result) && !type2.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type2, before = null, after = null) {
    let r = getChildren(this, type2, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type2, before = null, after = null) {
    return getChildren(this, type2, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type2, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type2))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type2) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type2 || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child2 = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child2 instanceof TreeBuffer || !child2.type.isAnonymous || hasChild(child2))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache2 = this.bufferNode, result = null, depth = 0;
    if (cache2 && cache2.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache2; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types: types2 } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type2 = types2[buffer.buffer[this.stack[d]]];
      if (!type2.isAnonymous) {
        if (context[i] && context[i] != type2.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types2 = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id;
        return;
      } else if (size == -4) {
        lookAhead = id;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type2 = types2[id], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id >= minRepeatType ? id : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type2, contextAtStart);
        node = balanceRange(type2, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type2, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type2, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type2 && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type2, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type2, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type2], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type2, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type2, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id;
    } else if (size == -3) {
      contextHash = id;
    } else if (size == -4) {
      lookAhead = id;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types2[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child2 of node.children) {
      if (child2.type != balanceType || !(child2 instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child2);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type2 = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type2);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type2 < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type2, true), this.reducePos);
      if (type2 < parser2.minRepeatTerm)
        this.storeNode(type2, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type2, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type2 < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type2]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count2 = this.bufferBase + this.buffer.length - bufferBase;
    if (type2 < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type2, start, pos, count2 + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type2, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type2, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type2, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type2 <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type2, start);
      if (type2 <= parser2.maxNode)
        this.buffer.push(type2, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type2, start);
      if (type2 <= this.p.parser.maxNode)
        this.buffer.push(type2, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type2 = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type2(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id) {
    this.data = data;
    this.id = id;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main2 = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main2 && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main2 = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main2 && stack.pos == this.stream.end) {
      main2 = new CachedToken();
      main2.value = stack.p.parser.eofTerm;
      main2.start = main2.end = stack.pos;
      actionIndex = this.addActions(stack, main2.value, main2.end, actionIndex);
    }
    this.mainToken = main2;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main2 = new CachedToken(), { pos, p } = stack;
    main2.start = pos;
    main2.end = Math.min(pos + 1, p.stream.end);
    main2.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main2;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set2 = 0; set2 < 2; set2++) {
      for (let i = parser2.stateSlot(
        state,
        set2 ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split2) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split2;
      let localStack = last ? stack : stack.split();
      let main2 = this.tokens.mainToken;
      localStack.apply(action, term, main2 ? main2.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split2.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id)
      stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
    return id + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set2 = 0; set2 < 2; set2++) {
      for (let i = this.stateSlot(
        state,
        set2 ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config2) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config2.props)
      copy.nodeSet = this.nodeSet.extend(...config2.props);
    if (config2.top) {
      let info = this.topRules[config2.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config2.top}`);
      copy.top = info;
    }
    if (config2.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config2.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config2.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config2.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config2.contextTracker)
      copy.context = config2.contextTracker;
    if (config2.dialect)
      copy.dialect = this.parseDialect(config2.dialect);
    if (config2.strict != null)
      copy.strict = config2.strict;
    if (config2.wrap)
      copy.wrappers = copy.wrappers.concat(config2.wrap);
    if (config2.bufferLength != null)
      copy.bufferLength = config2.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id = values.indexOf(part);
        if (id >= 0)
          flags[id] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set2, base, modified) {
    this.name = name2;
    this.set = set2;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set2 = [], tag = new Tag(base.name, set2, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config2 of configs)
          set2.push(_Modifier.get(parent, config2));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule36 = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule36.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map2 = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map2[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map2[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map2[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta2 = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta: meta2,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta2),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta2),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta2),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@prometheus-io/lezer-promql/dist/index.es.js
var inf$1 = 188;
var nan$1 = 189;
var Bool$1 = 1;
var Ignoring$1 = 2;
var On$1 = 3;
var GroupLeft$1 = 4;
var GroupRight$1 = 5;
var Offset$1 = 6;
var Atan2$1 = 7;
var Avg$1 = 8;
var Bottomk$1 = 9;
var Count$1 = 10;
var CountValues$1 = 11;
var Group$1 = 12;
var Max$1 = 13;
var Min$1 = 14;
var Quantile$1 = 15;
var LimitK$1 = 16;
var LimitRatio$1 = 17;
var Stddev$1 = 18;
var Stdvar$1 = 19;
var Sum$1 = 20;
var Topk$1 = 21;
var By$1 = 22;
var Without$1 = 23;
var And$1 = 24;
var Or$1 = 25;
var Unless$1 = 26;
var StartFn$1 = 27;
var EndFn$1 = 28;
var AtStart$1 = 29;
var AtEnd$1 = 30;
var Smoothed$1 = 31;
var Anchored$1 = 32;
var Fill$1 = 33;
var FillLeft$1 = 34;
var FillRight$1 = 35;
var keywordTokens = {
  inf: inf$1,
  nan: nan$1,
  bool: Bool$1,
  ignoring: Ignoring$1,
  on: On$1,
  group_left: GroupLeft$1,
  group_right: GroupRight$1,
  offset: Offset$1
};
var specializeIdentifier = (value, stack) => {
  return keywordTokens[value.toLowerCase()] || -1;
};
var contextualKeywordTokens = {
  avg: Avg$1,
  atan2: Atan2$1,
  bottomk: Bottomk$1,
  count: Count$1,
  count_values: CountValues$1,
  group: Group$1,
  max: Max$1,
  min: Min$1,
  quantile: Quantile$1,
  limitk: LimitK$1,
  limit_ratio: LimitRatio$1,
  stddev: Stddev$1,
  stdvar: Stdvar$1,
  sum: Sum$1,
  topk: Topk$1,
  by: By$1,
  without: Without$1,
  and: And$1,
  or: Or$1,
  unless: Unless$1,
  smoothed: Smoothed$1,
  anchored: Anchored$1,
  fill: Fill$1,
  fill_left: FillLeft$1,
  fill_right: FillRight$1
};
var extendIdentifier = (value, stack) => {
  if (value === "start" && stack.canShift(StartFn$1)) {
    return StartFn$1;
  }
  if (value === "end" && stack.canShift(EndFn$1)) {
    return EndFn$1;
  }
  if (value.toLowerCase() === "start" && stack.canShift(AtStart$1)) {
    return AtStart$1;
  }
  if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1)) {
    return AtEnd$1;
  }
  const token = contextualKeywordTokens[value.toLowerCase()];
  if (token !== void 0 && stack.canShift(token)) {
    return token;
  }
  return -1;
};
var promQLHighLight = styleTags({
  LineComment: tags.comment,
  LabelName: tags.labelName,
  StringLiteral: tags.string,
  NumberDurationLiteral: tags.number,
  NumberDurationLiteralInDurationContext: tags.number,
  Identifier: tags.variableName,
  "Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year": tags.function(tags.variableName),
  "Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk": tags.operatorKeyword,
  "AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored": tags.modifier,
  "DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf": tags.function(tags.variableName),
  "And Unless Or": tags.logicOperator,
  "Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At": tags.operator,
  UnaryOp: tags.arithmeticOperator,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  "\u26A0": tags.invalid
});
var spec_Identifier = { __proto__: null, absent_over_time: 401, absent: 403, abs: 405, acos: 407, acosh: 409, asin: 411, asinh: 413, atan: 415, atanh: 417, avg_over_time: 419, ceil: 421, changes: 423, clamp: 425, clamp_max: 427, clamp_min: 429, cos: 431, cosh: 433, count_over_time: 435, days_in_month: 437, day_of_month: 439, day_of_week: 441, day_of_year: 443, deg: 445, delta: 447, deriv: 449, exp: 451, first_over_time: 453, floor: 455, histogram_count: 457, histogram_fraction: 459, histogram_quantile: 461, histogram_quantiles: 463, histogram_stddev: 465, histogram_stdvar: 467, histogram_sum: 469, histogram_avg: 471, double_exponential_smoothing: 473, hour: 475, idelta: 477, increase: 479, info: 481, irate: 483, label_replace: 485, label_join: 487, last_over_time: 489, ln: 491, log10: 493, log2: 495, mad_over_time: 497, max_over_time: 499, min_over_time: 501, ts_of_first_over_time: 503, ts_of_max_over_time: 505, ts_of_min_over_time: 507, ts_of_last_over_time: 509, minute: 511, month: 513, pi: 515, predict_linear: 517, present_over_time: 519, quantile_over_time: 521, rad: 523, rate: 525, resets: 527, round: 529, scalar: 531, sgn: 533, sin: 535, sinh: 537, sort: 539, sort_desc: 541, sort_by_label: 543, sort_by_label_desc: 545, start_timestamp: 547, range: 549, step: 551, sqrt: 553, stddev_over_time: 555, stdvar_over_time: 557, sum_over_time: 559, tan: 561, tanh: 563, timestamp: 565, time: 567, vector: 569, year: 571, min_of: 575, max_of: 577 };
var parser = LRParser.deserialize({
  version: 14,
  states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
  stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
  goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
  nodeNames: "\u26A0 Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
  maxTerm: 292,
  nodeProps: [
    ["group", -14, 38, 44, 46, 52, 68, 157, 165, 167, 168, 169, 170, 171, 172, 180, "Expr"]
  ],
  propSources: [promQLHighLight],
  skippedNodes: [0, 36],
  repeatNodeCount: 3,
  tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
  tokenizers: [0, 1, 2],
  topRules: { "PromQL": [0, 37], "MetricName": [1, 183] },
  specialized: [{ term: 71, get: (value, stack) => specializeIdentifier(value) << 1, external: specializeIdentifier }, { term: 71, get: (value, stack) => extendIdentifier(value, stack) << 1 | 1, external: extendIdentifier, extend: true }, { term: 71, get: (value) => spec_Identifier[value] || -1 }],
  tokenPrec: 0
});

// core/slo/promql.ts
var MAX_QUERY_LENGTH = 4096;
var MAX_NESTING = 64;
function checkPromql(query) {
  if (query.length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      offset: 0,
      message: `the query is ${query.length} characters long; queries up to ${MAX_QUERY_LENGTH} are checked`,
      tooComplex: true
    };
  const text2 = withWindow(query);
  const deep = nestingPast(text2, MAX_NESTING);
  if (deep !== void 0)
    return {
      ok: false,
      offset: deep,
      message: `the query nests brackets more than ${MAX_NESTING} deep`,
      tooComplex: true
    };
  if (text2.trim() === "") return { ok: false, offset: 0, message: "the query is empty" };
  let errorAt;
  try {
    parser.parse(text2).iterate({
      enter(node) {
        if (errorAt !== void 0) return false;
        if (node.type.isError) errorAt = node.from;
        return void 0;
      }
    });
  } catch (error) {
    if (error instanceof RangeError)
      return {
        ok: false,
        offset: 0,
        message: "the query is too complex to check",
        tooComplex: true
      };
    throw error;
  }
  if (errorAt === void 0) return { ok: true };
  const end = text2.trimEnd().length;
  return { ok: false, offset: Math.min(errorAt, end), message: describeAt(text2, errorAt) };
}
var WINDOW = /\{\{\s*\.window\s*\}\}/g;
function withWindow(query) {
  return query.includes("{{") ? query.replace(WINDOW, (m) => "1m".padEnd(m.length, " ")) : query;
}
function nestingPast(text2, limit) {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92)
        i++;
      else if (c === quote) quote = 0;
    } else if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 40 || c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 41 || c === 93 || c === 125) depth--;
  }
  return void 0;
}
function describeAt(text2, offset) {
  if (offset >= text2.length)
    return "the query ends too early (an unclosed bracket or a missing operand?)";
  const near = text2.slice(offset, offset + 20).split("\n")[0];
  return `unexpected ${JSON.stringify(near)}`;
}

// core/rules/sli-query-syntax.ts
var rule30 = meta(
  "sli-query-syntax",
  "error",
  "A Prometheus query in a metric's `sli` that PromQL's grammar rejects."
);
var QUERY_KEYS = ["total", "good", "bad", "query"];
var sliQuerySyntax = {
  meta: rule30,
  check(ctx) {
    for (const { kind, metric } of metricsOf(ctx.data)) {
      const sli = record(metric.sli);
      if (!sli) continue;
      checkForm(ctx, kind, sli);
      if (text(sli.type) !== "prometheus") continue;
      for (const key of QUERY_KEYS) {
        const query = text(sli[key]);
        if (query === void 0 || query === "") continue;
        const checked = checkPromql(query);
        if (checked.ok) continue;
        ctx.report(rule30, {
          path: ["metrics", kind, "sli", key],
          offset: checked.offset,
          level: checked.tooComplex ? "warning" : void 0,
          message: `metrics.${kind}.sli.${key} is not valid PromQL: ${checked.message}`,
          hint: checked.tooComplex ? "Record the query as a Prometheus recording rule and use its name here." : "Fix the query here (try it in Prometheus's expression browser); Sloth's {{.window}} is allowed."
        });
      }
    }
  }
};
function checkForm(ctx, kind, sli) {
  const at2 = ["metrics", kind, "sli"];
  const ratio = has(sli, "total") || has(sli, "good") || has(sli, "bad");
  if (has(sli, "query") && ratio) {
    ctx.report(shapeRules.invalidValue, {
      path: [...at2, "query"],
      target: "key",
      message: `metrics.${kind}.sli has both \`query\` and ratio keys (total, good, bad)`,
      hint: "Keep one form: a ratio (`total` with `good` or `bad`) or a threshold metric (`query`)."
    });
    return;
  }
  if (has(sli, "query")) return;
  if (!has(sli, "total"))
    ctx.report(shapeRules.missingField, {
      path: at2,
      target: "key",
      message: `metrics.${kind}.sli has no \`total\` (or \`query\`)`,
      hint: "Write a ratio (`total` and one of `good` or `bad`) or a threshold metric (`query`)."
    });
  if (has(sli, "good") && has(sli, "bad"))
    ctx.report(shapeRules.invalidValue, {
      path: [...at2, "bad"],
      target: "key",
      message: `metrics.${kind}.sli has both \`good\` and \`bad\``,
      hint: "A ratio counts good or bad events against the total: keep one of them."
    });
  else if (!has(sli, "good") && !has(sli, "bad") && has(sli, "total"))
    ctx.report(shapeRules.missingField, {
      path: at2,
      target: "key",
      message: `metrics.${kind}.sli has \`total\` but neither \`good\` nor \`bad\``,
      hint: "Add `good` (the query for good events) or `bad` (for bad events)."
    });
}

// core/rules/slo-ambiguous.ts
var rule31 = meta("slo-ambiguous", "error", "A metric's `slo` matches more than one SLO.");
var sloAmbiguous = {
  meta: rule31,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, slo: slo2, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "ambiguous") continue;
      const shown = found.matches.slice(0, 5);
      const places = shown.map((s) => `${s.file}:${s.line}`).join(", ");
      const more = found.matches.length > shown.length ? ` and ${found.matches.length - shown.length} more` : "";
      const qualified = found.matches.find((s) => s.service !== void 0);
      ctx.report(rule31, {
        path: ["metrics", kind, "slo"],
        message: `metrics.${kind} links SLO \`${slo2}\`, which ${found.matches.length} SLOs are named: ${places}${more}`,
        hint: qualified ? `Write the SLO as \`service/name\`, e.g. \`${qualified.service}/${qualified.name}\`, or give the SLOs distinct names.` : "Give the SLOs distinct names: one name, one SLO."
      });
    }
  }
};

// core/rules/slo-file-invalid.ts
var sloFileInvalid = meta(
  "slo-file-invalid",
  "error",
  "An SLO file (`slo.files`) that is not OpenSLO v1, Sloth or Pyrra, or is broken.",
  false
);
var SLO_FILE_HINT = "Fix the SLO file: OpenSLO v1 (`apiVersion: openslo/v1`, `kind: SLO`), Sloth (`version: prometheus/v1` or `kind: PrometheusServiceLevel`) or Pyrra (`kind: ServiceLevelObjective`); or drop it from slo.files.";

// core/slo/duration.ts
var DAY_MS = 864e5;
function itemWindowDays(window) {
  let days = windows.get(window);
  if (days === void 0 && !windows.has(window)) {
    days = readWindowDays(window);
    if (windows.size >= 1024) windows.clear();
    windows.set(window, days);
  }
  return days;
}
var windows = /* @__PURE__ */ new Map();
function readWindowDays(window) {
  const match = /^([0-9]+)(h|d|w)$/.exec(window);
  if (!match) return void 0;
  const n = Number(match[1]);
  return match[2] === "h" ? n / 24 : match[2] === "w" ? n * 7 : n;
}
var OPENSLO_UNIT_DAYS = {
  m: 1 / 1440,
  h: 1 / 24,
  d: 1,
  w: 7,
  M: 30,
  Q: 90,
  Y: 365
};
function openSloDurationDays(duration) {
  const match = /^([0-9]+)([mhdwMQY])$/.exec(duration);
  return match ? Number(match[1]) * OPENSLO_UNIT_DAYS[match[2]] : void 0;
}
var PROMETHEUS_UNITS = [
  ["y", 365 * DAY_MS],
  ["w", 7 * DAY_MS],
  ["d", DAY_MS],
  ["h", 36e5],
  ["m", 6e4],
  ["s", 1e3],
  ["ms", 1]
];
function prometheusDurationMs(duration) {
  let at2 = 0;
  let unitIndex = 0;
  let total = 0;
  if (duration === "" || duration === "0") return duration === "0" ? 0 : void 0;
  while (at2 < duration.length) {
    const start = at2;
    while (at2 < duration.length && duration.charCodeAt(at2) >= 48 && duration.charCodeAt(at2) <= 57)
      at2++;
    if (at2 === start) return void 0;
    const n = Number(duration.slice(start, at2));
    const unit = duration.startsWith("ms", at2) ? "ms" : duration[at2];
    if (unit === void 0) return void 0;
    const index = PROMETHEUS_UNITS.findIndex(([u]) => u === unit);
    if (index < unitIndex) return void 0;
    total += n * PROMETHEUS_UNITS[index][1];
    unitIndex = index + 1;
    at2 += unit.length;
  }
  return total;
}
function prometheusDurationDays(duration) {
  const ms = prometheusDurationMs(duration);
  return ms === void 0 ? void 0 : ms / DAY_MS;
}
function sameNumber(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function formatDays(days) {
  if (Number.isInteger(days)) return `${days}d`;
  const hours = days * 24;
  return Number.isInteger(Math.round(hours * 1e6) / 1e6) ? `${Math.round(hours)}h` : `${days}d`;
}

// core/slo/objective.ts
var GRAMMAR2 = /^(?:p([0-9]{1,2}(?:\.[0-9]+)?) )?(>=|<=|==|>|<) ?(-?[0-9]+(?:\.[0-9]+)?)(%|ms|s|\/hour|\/day|\/week|\/month)?$/;
function readObjective(objective) {
  const match = GRAMMAR2.exec(objective);
  if (!match) return void 0;
  return {
    ...match[1] !== void 0 ? { percentile: Number(match[1]) } : {},
    op: match[2],
    value: Number(match[3]),
    ...match[4] !== void 0 ? { unit: match[4] } : {}
  };
}
function promiseOf(kind, objective) {
  let ofKind = promises.get(kind);
  if (!ofKind) {
    if (promises.size >= MAX_REMEMBERED) promises.clear();
    ofKind = /* @__PURE__ */ new Map();
    promises.set(kind, ofKind);
  }
  if (ofKind.has(objective)) return ofKind.get(objective);
  const promise2 = readPromise(kind, objective);
  if (ofKind.size >= MAX_REMEMBERED) ofKind.clear();
  ofKind.set(objective, promise2);
  return promise2;
}
var MAX_REMEMBERED = 1024;
var promises = /* @__PURE__ */ new Map();
function readPromise(kind, objective) {
  const o = readObjective(objective);
  if (!o) return void 0;
  const below = o.op === "<=" || o.op === "<";
  if (o.percentile === void 0 && o.unit === "%" && (o.op === ">=" || o.op === ">"))
    return { targetPercent: o.value, withTarget: (t2) => `${o.op} ${number2(t2)}%` };
  if (o.percentile === void 0 && o.unit === "%" && below && kind === "error_budget")
    return {
      targetPercent: 100 - o.value,
      withTarget: (t2) => `${o.op} ${number2(100 - t2)}%`
    };
  if (o.percentile !== void 0 && below && (o.unit === "ms" || o.unit === "s")) {
    const unit = o.unit;
    return {
      targetPercent: o.percentile,
      threshold: {
        value: o.value,
        seconds: unit === "ms" ? o.value / 1e3 : o.value,
        written: `${number2(o.value)}${unit}`
      },
      withTarget: (t2) => `p${number2(t2)} ${o.op} ${number2(o.value)}${unit}`
    };
  }
  return void 0;
}
function number2(n) {
  return String(Number(n.toFixed(9)));
}

// core/slo/compare-promise.ts
function comparePromise(kind, metric, slo2) {
  let out;
  const add = (d) => (out ??= []).push(d);
  const promise2 = metric.objective === void 0 ? void 0 : promiseOf(kind, metric.objective);
  if (promise2 && metric.objective !== void 0) {
    let chosen;
    const objectives = slo2.objectives;
    for (let i = 0; i < objectives.length; i++)
      if (sameNumber(objectives[i].targetPercent, promise2.targetPercent)) {
        chosen = objectives[i];
        break;
      }
    if (!chosen) {
      const targets = slo2.objectives.map((o) => `${number2(o.targetPercent)}%`).join(" or ");
      const first = slo2.objectives[0].targetPercent;
      add({
        key: "objective",
        message: `metrics.${kind} promises "${metric.objective}" (a ${number2(promise2.targetPercent)}% target), but ${where(slo2)} targets ${targets}`,
        hint: `Make them agree: write "${promise2.withTarget(first)}", or change the SLO's target to ${number2(promise2.targetPercent)}%.`
      });
    } else if (promise2.threshold && chosen.threshold) {
      const t2 = chosen.threshold;
      const promised = t2.unit === "s" ? promise2.threshold.seconds : promise2.threshold.value;
      if (!sameNumber(promised, t2.value)) {
        const stated = t2.unit === "s" ? `${number2(t2.value)}s (le="${number2(t2.value)}")` : `${number2(t2.value)}`;
        add({
          key: "objective",
          message: `metrics.${kind} promises "${metric.objective}", but ${where(slo2)} sets the threshold at ${stated}, not ${promise2.threshold.written}`,
          hint: `Make the objective's bound and the SLO's threshold the same${t2.unit === "item" ? " (OpenSLO's value is read in the objective's unit)" : ""}.`
        });
      }
    }
  }
  const days = metric.window === void 0 ? void 0 : itemWindowDays(metric.window);
  if (days !== void 0 && slo2.windowDays !== void 0 && !sameNumber(days, slo2.windowDays)) {
    add({
      key: "window",
      message: `metrics.${kind} is measured over ${metric.window}, but ${where(slo2)} has a ${slo2.window ?? formatDays(slo2.windowDays)} window`,
      hint: `Write window: ${formatDays(slo2.windowDays)}, or change the SLO's window; they must cover the same period.`
    });
  }
  return out ?? NONE;
}
var NONE = [];
function where(slo2) {
  return `SLO ${slo2.name} (${slo2.file}:${slo2.line})`;
}

// core/rules/slo-mismatch.ts
var rule32 = meta(
  "slo-mismatch",
  "error",
  "A metric's objective or window disagrees with the SLO it links."
);
var sloMismatch = {
  meta: rule32,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, metric, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "found") continue;
      const promise2 = { objective: text(metric.objective), window: text(metric.window) };
      for (const d of comparePromise(kind, promise2, found.slo)) {
        ctx.report(rule32, { path: ["metrics", kind, d.key], message: d.message, hint: d.hint });
      }
    }
  }
};

// core/rules/slo-missing.ts
var rule33 = meta(
  "slo-missing",
  "error",
  "A gated item's metric whose kind is in `slo.require` is not linked to an SLO (`slo:`)."
);
var sloMissing = {
  meta: rule33,
  check(ctx) {
    if (!ctx.gated || ctx.policy.slo.require.length === 0) return;
    const required = new Set(ctx.policy.slo.require);
    for (const { kind, slo: slo2 } of metricsOf(ctx.data)) {
      if (!required.has(kind) || slo2 !== void 0) continue;
      ctx.report(rule33, {
        path: ["metrics", kind],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\` but metrics.${kind} is not linked to an SLO`,
        hint: `Add \`slo: <name>\` under metrics.${kind}: the SLO in slo.files that measures it (the policy's slo.require lists ${kind}).`
      });
    }
  }
};

// core/rules/slo-unknown.ts
var rule34 = meta("slo-unknown", "error", "A metric's `slo` names no SLO in `slo.files`.");
var sloUnknown = {
  meta: rule34,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, slo: slo2, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "unknown") continue;
      ctx.report(rule34, {
        path: ["metrics", kind, "slo"],
        message: `metrics.${kind} links SLO \`${slo2}\`, which no SLO file defines (${index.size} SLOs in slo.files)`,
        hint: found.nearest.length > 0 ? `Nearest SLO names: ${found.nearest.join(", ")}.` : "Check the name (OpenSLO/Pyrra metadata.name, Sloth `service/name`), or add its file to slo.files."
      });
    }
  }
};

// core/rules/team-missing.ts
var rule35 = meta("team-missing", "error", "A gated item has no `team` (owner's domain experts).");
var teamMissing = {
  meta: rule35,
  check(ctx) {
    if (!ctx.gated || has(ctx.data, "team") && record(ctx.data.team)) return;
    ctx.report(rule35, {
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`team\``,
      hint: 'Add team.domain_experts: ["@expert"], the people who know the domain.'
    });
  }
};

// core/rules/waiver-applied.ts
var waiverApplied = meta(
  "waiver-applied",
  "note",
  "A waiver in force: shown in every report.",
  false
);

// core/rules/waiver-expired.ts
var waiverExpired = meta(
  "waiver-expired",
  "error",
  "A waiver whose `expires` date has passed.",
  false
);

// core/rules/waiver-not-waivable.ts
var waiverNotWaivable = meta(
  "waiver-not-waivable",
  "error",
  "A waiver of a rule that cannot be waived (sign-off, parse, waiver rules, a missing risk review).",
  false
);

// core/rules/waiver-too-long.ts
var waiverTooLong = meta(
  "waiver-too-long",
  "error",
  "A waiver that expires more than `waivers.max_days` ahead.",
  false
);

// core/rules/waiver-unknown-rule.ts
var waiverUnknownRule = meta(
  "waiver-unknown-rule",
  "warning",
  "A waiver names a rule id that does not exist.",
  false
);

// core/rules/waiver-unverified.ts
var waiverUnverified = meta(
  "waiver-unverified",
  "error",
  "A waiver's `approved_by` is not backed by an approving review.",
  false
);

// core/rules/index.ts
var itemRules = [
  teamMissing,
  slicesMissing,
  riskReviewMissing,
  sliceDuplicateId,
  sliceDependencyUnknown,
  sliceDependencyCycle,
  sliceDependencyOrder,
  metricMissing,
  objectivePercentRange,
  objectivePercentileUnit,
  sliQuerySyntax,
  sloMissing,
  sloUnknown,
  sloAmbiguous,
  sloMismatch,
  instrumentationMissing,
  instrumentationSliceUnknown,
  instrumentationNotDayOne,
  riskDuplicateId,
  dateFormat,
  signoffConditionsMissing,
  signoffFutureDate,
  signoffStale,
  signoffRejected,
  signoffUnauthorised,
  signoffUnverified,
  signoffAuthorityUnknown,
  signoffApprovals,
  errorBudgetExhausted,
  errorBudgetUnknown
];
function ruleCatalog() {
  const all = [
    ...Object.values(parseRules),
    tooComplex,
    ...Object.values(shapeRules),
    idDuplicate,
    ...itemRules.map((r) => r.meta),
    sloFileInvalid,
    waiverExpired,
    waiverTooLong,
    waiverNotWaivable,
    waiverUnknownRule,
    waiverUnverified,
    waiverApplied,
    ...Object.values(policyRules),
    ...Object.values(linkRules)
  ];
  return new Map(all.map((m) => [m.id, m]));
}

// core/signoff/verify-sign-off.ts
var DECISIVE = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function verifyReviewer(handle, itemPath, facts) {
  const who = login(handle);
  if (who === login(facts.author)) {
    return {
      verified: false,
      reason: `${handle} opened this pull request; an author cannot sign off their own item`
    };
  }
  const authority = facts.authority.get(who);
  if (authority?.error) return { verified: false, reason: authority.error, failClosed: true };
  if (!authority?.authorised) {
    return {
      verified: false,
      reason: `${handle} is not an authorised reviewer${authority?.reason ? ` (${authority.reason})` : ""}`
    };
  }
  const latest = latestDecisiveReview(who, facts);
  if (!latest) return { verified: false, reason: `${handle} has not approved this pull request` };
  if (latest.state !== "APPROVED") {
    return {
      verified: false,
      reason: `${handle}'s latest review is ${latest.state.toLowerCase().replace("_", " ")}, not an approval`
    };
  }
  const atHead = facts.blobs.get(`${facts.headSha}:${itemPath}`);
  const atReview = facts.blobs.get(`${latest.commitId}:${itemPath}`);
  if (!atHead || atHead !== atReview) {
    return {
      verified: false,
      reason: `${handle} approved ${latest.commitId.slice(0, 7)}, where ${itemPath} differs from the head; the approval is stale for this item`
    };
  }
  return { verified: true };
}
function latestDecisiveReview(who, facts) {
  return decidingReviews(facts.reviews).get(who);
}
function decidingReviews(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (!DECISIVE.has(review.state)) continue;
    const who = login(review.login);
    const current = latest.get(who);
    if (!current || review.submittedAt >= current.submittedAt) latest.set(who, review);
  }
  return latest;
}

// core/signoff/judge-sign-offs.ts
function judgeSignOffs(data, file, policy, today, facts) {
  const entries = list(record(data.risk_review)?.sign_off);
  const verifying = facts !== void 0 && facts.changedPaths.has(file);
  const counted = /* @__PURE__ */ new Set();
  const judged = [];
  entries.forEach((raw, index) => {
    const entry = record(raw);
    const reviewer = text(entry?.reviewer);
    const decision = text(entry?.decision) ?? "";
    const date = text(entry?.date) ?? "";
    if (!entry || reviewer === void 0) return;
    const age = daysBetween(date, today);
    const future = age !== void 0 && age < 0;
    const stale = age !== void 0 && age > policy.sign_off.max_age_days;
    const verification = verifying ? verifyReviewer(reviewer, file, facts) : void 0;
    const unlisted = !verifying && isUnlisted(reviewer, policy);
    const conditions = filled(entry.conditions);
    const approving = decision === "approved" || decision === "approved_with_conditions" && conditions !== void 0;
    const who = login(reviewer);
    const counts = approving && dayNumber(date) !== void 0 && !future && !stale && !unlisted && (verification?.verified ?? true) && !counted.has(who);
    if (counts) counted.add(who);
    judged.push({
      index,
      reviewer,
      decision,
      date,
      conditions,
      verification,
      future,
      stale,
      unlisted,
      counts
    });
  });
  return judged;
}
function isUnlisted(reviewer, policy) {
  const listed = listedUsers(policy);
  return listed !== void 0 && !listed.has(login(reviewer));
}
function listedUsers(policy) {
  if (!usersByPolicy.has(policy)) {
    const listed = policy.sign_off.reviewers;
    const checkable = listed.length > 0 && !listed.some((h) => h.includes("/"));
    usersByPolicy.set(policy, checkable ? new Set(listed.map(login)) : void 0);
  }
  return usersByPolicy.get(policy);
}
var usersByPolicy = /* @__PURE__ */ new WeakMap();

// core/waivers/check-waivers.ts
var waiverRules = {
  expired: waiverExpired,
  tooLong: waiverTooLong,
  notWaivable: waiverNotWaivable,
  unknownRule: waiverUnknownRule,
  unverified: waiverUnverified,
  applied: waiverApplied
};
var GATE_FIELDS = /* @__PURE__ */ new Set(["status", "ai", "risk_review"]);
function waivable(finding) {
  return !GATE_FIELDS.has((finding.field ?? finding.path)[0]);
}
function checkWaivers(ctx, catalog) {
  const silenced = /* @__PURE__ */ new Map();
  list(ctx.data.waivers).forEach((raw, i) => {
    const waiver = record(raw);
    const rule36 = text(waiver?.rule);
    const expires = text(waiver?.expires);
    const approvedBy = text(waiver?.approved_by);
    if (!waiver || rule36 === void 0 || expires === void 0 || approvedBy === void 0) return;
    const path = ["waivers", i];
    const known = catalog.get(rule36);
    const left = daysBetween(ctx.today, expires);
    if (left !== void 0 && left < 0) {
      ctx.report(waiverRules.expired, {
        path: [...path, "expires"],
        message: `The waiver of \`${rule36}\` expired on ${expires}`,
        hint: "Fix what the rule reports, or renew the waiver with a new approval."
      });
    }
    if (!known) {
      ctx.report(waiverRules.unknownRule, {
        path: [...path, "rule"],
        message: `The waiver names rule \`${rule36}\`, which does not exist`,
        hint: "Use a rule id from the README's rule list."
      });
      return;
    }
    if (!known.waivable) {
      ctx.report(waiverRules.notWaivable, {
        path: [...path, "rule"],
        message: `Rule \`${rule36}\` cannot be waived`,
        hint: "Fix what the rule reports; sign-off rules in particular have no waiver."
      });
      return;
    }
    if (left === void 0 || left < 0) return;
    if (left > ctx.policy.waivers.max_days) {
      ctx.report(waiverRules.tooLong, {
        path: [...path, "expires"],
        message: `The waiver of \`${rule36}\` runs to ${expires}, more than ${ctx.policy.waivers.max_days} days ahead`,
        hint: `Set expires to ${ctx.policy.waivers.max_days} days from today at most.`
      });
      return;
    }
    if (!ctx.signOff?.changedPaths.has(ctx.file) && isUnlisted(approvedBy, ctx.policy)) {
      ctx.report(waiverRules.unverified, {
        path: [...path, "approved_by"],
        message: `The waiver of \`${rule36}\` is approved by ${approvedBy}, who is not among the policy's reviewers (${ctx.policy.sign_off.reviewers.join(", ")})`,
        hint: "Ask a reviewer listed in sign_off.reviewers to approve the waiver, or fix what the rule reports."
      });
      return;
    }
    if (ctx.signOff?.changedPaths.has(ctx.file)) {
      const v = verifyReviewer(approvedBy, ctx.file, ctx.signOff);
      if (!v.verified) {
        ctx.report(waiverRules.unverified, {
          path: [...path, "approved_by"],
          message: `The waiver of \`${rule36}\` is not backed by an approval: ${v.reason}`,
          hint: `${approvedBy} must approve this pull request after the last change to the item file.`
        });
        return;
      }
    }
    silenced.set(rule36, {
      ruleId: waiverRules.applied.id,
      level: "note",
      path,
      target: "value",
      message: `Rule \`${rule36}\` is waived for ${ctx.label} until ${expires}, approved by ${approvedBy}: ${text(waiver.reason) ?? ""}`,
      hint: "Waivers are temporary: fix what the rule reports before the waiver expires."
    });
  });
  return silenced;
}

// core/parse/load-documents.ts
function loadDocuments(source, maxBytes) {
  const file = source.path;
  const fail2 = (message, line = 1, column = 1) => ({
    ok: false,
    file,
    message,
    line,
    column
  });
  if (source.unreadable) return fail2(`The file cannot be read: ${source.unreadable}`);
  const content2 = source.content;
  const size = typeof content2 !== "string" ? content2.byteLength : content2.length * 3 <= maxBytes ? 0 : utf8Length(content2);
  if (size > maxBytes)
    return fail2(`The file is ${size} bytes; the limit is ${maxBytes} (limits.max_file_bytes)`);
  const decoded = decodeUtf8(content2);
  if (!decoded.ok) {
    const at2 = byteOffsetToPosition(content2, decoded.byteOffset);
    return fail2(
      `The file is not UTF-8: invalid byte at offset ${decoded.byteOffset}`,
      at2.line,
      at2.column
    );
  }
  const isJson = file.endsWith(".json");
  const pieces = isJson ? [{ text: decoded.text, lineOffset: 0 }] : splitDocuments(decoded.text);
  const documents = [];
  for (const piece of pieces) {
    let parsed;
    try {
      parsed = parseText(piece.text, isJson);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      parsed = { ok: false, ruleId: "yaml-syntax", message: reason, line: 1, column: 1 };
    }
    if (!parsed.ok && parsed.ruleId === "empty-file") continue;
    documents.push({ ...piece, parsed });
  }
  return { ok: true, file, documents };
}
function splitDocuments(text2) {
  const pieces = [];
  let start = 0;
  let startLine = 0;
  let markerFirst = false;
  let counted = 0;
  let line = 0;
  const push = (end) => {
    if (end <= start) return;
    const body = text2.slice(start, end);
    pieces.push({ text: markerFirst ? `   ${body.slice(3)}` : body, lineOffset: startLine });
  };
  const dashes = new Finder(text2, "\n---");
  const dots = new Finder(text2, "\n...");
  const candidate = (from) => {
    const next = Math.min(dashes.next(from), dots.next(from));
    return next === Infinity ? -1 : next + 1;
  };
  let at2 = text2.startsWith("---") || text2.startsWith("...") ? 0 : candidate(0);
  while (at2 !== -1) {
    const lineEnd = endOfLine(text2, at2);
    const marker = markerAt(text2, at2, lineEnd);
    if (marker !== void 0) {
      for (let nl = text2.indexOf("\n", counted); nl !== -1 && nl < at2; nl = text2.indexOf("\n", nl + 1))
        line++;
      counted = at2;
      push(at2);
      const rest = text2.slice(at2 + 3, lineEnd).trim();
      markerFirst = marker === "---" && rest !== "" && !rest.startsWith("#");
      start = markerFirst ? at2 : Math.min(lineEnd + 1, text2.length);
      startLine = markerFirst ? line : line + 1;
    }
    at2 = candidate(lineEnd);
  }
  push(text2.length);
  return pieces;
}
var Finder = class {
  // -2: not searched yet; -1: none left
  constructor(text2, needle) {
    this.text = text2;
    this.needle = needle;
  }
  text;
  needle;
  found = -2;
  next(from) {
    if (this.found === -1) return Infinity;
    if (this.found < from) this.found = this.text.indexOf(this.needle, from);
    return this.found === -1 ? Infinity : this.found;
  }
};
function endOfLine(text2, at2) {
  const end = text2.indexOf("\n", at2);
  return end === -1 ? text2.length : end;
}
function markerAt(text2, at2, lineEnd) {
  const c = text2.charCodeAt(at2);
  if (c !== 45 && c !== 46) return void 0;
  if (text2.charCodeAt(at2 + 1) !== c || text2.charCodeAt(at2 + 2) !== c) return void 0;
  const next = text2.charCodeAt(at2 + 3);
  if (at2 + 3 < lineEnd && next !== 32 && next !== 9 && next !== 13) return void 0;
  return c === 45 ? "---" : "...";
}

// core/slo/slo-draft.ts
function numberOf(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim();
  return /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/.test(trimmed) ? Number(trimmed) : void 0;
}
function nameOf(value) {
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}

// core/slo/openslo.ts
var OTHER_KINDS = /* @__PURE__ */ new Set([
  "SLI",
  "Service",
  "DataSource",
  "AlertPolicy",
  "AlertCondition",
  "AlertNotificationTarget"
]);
function readOpenSlo(data) {
  const kind = text(data.kind);
  if (kind !== "SLO") {
    if (kind !== void 0 && OTHER_KINDS.has(kind)) return { slos: [], problems: [] };
    return problem(
      ["kind"],
      `OpenSLO kind ${JSON.stringify(data.kind)} is not one of SLO, ${[...OTHER_KINDS].join(", ")}`
    );
  }
  const name2 = nameOf(record(data.metadata)?.name);
  if (name2 === void 0) return problem(["metadata"], "The OpenSLO SLO has no metadata.name");
  const spec = record(data.spec);
  if (!spec) return problem([], `OpenSLO SLO ${name2} has no spec`);
  const problems = [];
  const objectives = [];
  const rawObjectives = list(spec.objectives);
  if (rawObjectives.length === 0)
    return problem(["spec"], `OpenSLO SLO ${name2} has no spec.objectives`);
  rawObjectives.forEach((raw, i) => {
    const objective = record(raw);
    const at2 = ["spec", "objectives", i];
    const target = numberOf(objective?.target);
    const percent2 = numberOf(objective?.targetPercent);
    if (target === void 0 === (percent2 === void 0)) {
      problems.push({
        path: at2,
        message: `OpenSLO SLO ${name2}: objective ${i + 1} needs exactly one of target (0..1) or targetPercent (0..100)`
      });
      return;
    }
    if (target !== void 0 && (target < 0 || target >= 1)) {
      problems.push({
        path: [...at2, "target"],
        message: `OpenSLO SLO ${name2}: target ${target} is outside [0, 1); write 0.995 for 99.5%`
      });
      return;
    }
    if (percent2 !== void 0 && (percent2 < 0 || percent2 >= 100)) {
      problems.push({
        path: [...at2, "targetPercent"],
        message: `OpenSLO SLO ${name2}: targetPercent ${percent2} is outside [0, 100)`
      });
      return;
    }
    const value = numberOf(objective?.value);
    const op = text(objective?.op);
    const threshold = value === void 0 ? void 0 : { value, unit: "item", ...op ? { op } : {} };
    objectives.push({
      targetPercent: target !== void 0 ? target * 100 : percent2,
      ...threshold ? { threshold } : {}
    });
  });
  if (objectives.length === 0) return { slos: [], problems };
  const duration = text(record(list(spec.timeWindow)[0])?.duration);
  const windowDays = duration === void 0 ? void 0 : openSloDurationDays(duration);
  if (duration !== void 0 && windowDays === void 0)
    problems.push({
      path: ["spec", "timeWindow", 0, "duration"],
      message: `OpenSLO SLO ${name2}: timeWindow duration ${JSON.stringify(duration)} is not NUMBER + m, h, d, w, M, Q or Y`
    });
  return {
    slos: [
      {
        name: name2,
        service: nameOf(spec.service),
        format: "openslo",
        path: ["metadata", "name"],
        targetPercent: objectives[0].targetPercent,
        windowDays,
        window: windowDays === void 0 ? void 0 : duration,
        objectives
      }
    ],
    problems
  };
}
function problem(path, message) {
  return { slos: [], problems: [{ path, message }] };
}

// core/slo/pyrra.ts
function readPyrra(data) {
  const name2 = nameOf(record(data.metadata)?.name);
  if (name2 === void 0)
    return problem2(["metadata"], "The Pyrra ServiceLevelObjective has no metadata.name");
  const spec = record(data.spec);
  if (!spec) return problem2([], `Pyrra SLO ${name2} has no spec`);
  const target = numberOf(spec.target);
  if (target === void 0 || target < 0 || target > 100)
    return problem2(
      ["spec", "target" in spec ? "target" : "window"],
      `Pyrra SLO ${name2}: target must be a percentage in 0..100 written as text, e.g. "99.5"`
    );
  const window = text(spec.window);
  const windowDays = window === void 0 ? void 0 : prometheusDurationDays(window);
  const problems = [];
  if (window === void 0 || windowDays === void 0)
    problems.push({
      path: ["spec", window === void 0 ? "target" : "window"],
      message: `Pyrra SLO ${name2}: window must be a Prometheus duration, e.g. 28d or 4w`
    });
  const threshold = latencyThreshold(record(spec.indicator));
  return {
    slos: [
      {
        name: name2,
        service: void 0,
        format: "pyrra",
        path: ["metadata", "name"],
        targetPercent: target,
        windowDays,
        window: windowDays === void 0 ? void 0 : window,
        objectives: [{ targetPercent: target, ...threshold ? { threshold } : {} }]
      }
    ],
    problems
  };
}
function latencyThreshold(indicator) {
  const success = text(record(record(indicator?.latency)?.success)?.metric);
  const le = success === void 0 ? void 0 : leLabel(success);
  if (le !== void 0) return { value: le, unit: "s" };
  const native = text(record(indicator?.latencyNative)?.latency);
  const ms = native === void 0 ? void 0 : prometheusDurationMs(native);
  return ms === void 0 ? void 0 : { value: ms / 1e3, unit: "s" };
}
function leLabel(selector) {
  const match = /(?:^|[{,\s])le\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(selector);
  return match ? numberOf(match[1] ?? match[2]) : void 0;
}
function problem2(path, message) {
  return { slos: [], problems: [{ path, message }] };
}

// core/slo/sloth.ts
function readSloth(data, options, crd) {
  const root = crd ? ["spec"] : [];
  const spec = crd ? record(data.spec) : data;
  const what = crd ? "The Sloth PrometheusServiceLevel" : "The Sloth spec";
  if (!spec) return { slos: [], problems: [{ path: [], message: `${what} has no spec` }] };
  const service = nameOf(spec.service);
  const problems = [];
  if (service === void 0)
    problems.push({ path: root, message: `${what} has no service (Sloth requires one)` });
  const windowDays = itemWindowDays(options.slothPeriod) ?? prometheusDurationDays(options.slothPeriod);
  const slos = [];
  list(spec.slos).forEach((raw, i) => {
    const slo2 = record(raw);
    const at2 = [...root, "slos", i];
    const name2 = nameOf(slo2?.name);
    if (name2 === void 0) {
      problems.push({ path: at2, message: `${what}: SLO ${i + 1} has no name` });
      return;
    }
    const objective = numberOf(slo2?.objective);
    if (objective === void 0 || objective <= 0 || objective > 100) {
      problems.push({
        path: [...at2, slo2 && "objective" in slo2 ? "objective" : "name"],
        message: `Sloth SLO ${name2}: objective must be a percentage in (0, 100], e.g. 99.9`
      });
      return;
    }
    slos.push({
      name: name2,
      service,
      format: "sloth",
      path: [...at2, "name"],
      targetPercent: objective,
      windowDays,
      window: windowDays === void 0 ? void 0 : `${options.slothPeriod} (slo.sloth_period)`,
      objectives: [{ targetPercent: objective }]
    });
  });
  if (list(spec.slos).length === 0)
    problems.push({ path: [...root, "slos"], message: `${what} has no slos` });
  return { slos, problems };
}

// core/slo/read-slo-files.ts
function readSloFiles(files, options) {
  const slos = [];
  const findings = [];
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const source of sorted) {
    options.onFile?.(source.path);
    const loaded = loadDocuments(source, options.maxBytes);
    if (!loaded.ok) {
      findings.push(invalid(source.path, loaded.line, loaded.column, loaded.message));
      continue;
    }
    for (const document of loaded.documents)
      readDocument(source.path, document, options, slos, findings);
  }
  return { slos, findings };
}
function readDocument(file, document, options, slos, findings) {
  const { parsed, lineOffset } = document;
  if (!parsed.ok) {
    findings.push(invalid(file, parsed.line + lineOffset, parsed.column, parsed.message));
    return;
  }
  let read;
  try {
    read = readByFormat(parsed.data, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    read = {
      slos: [],
      problems: [{ path: [], message: `The document could not be read: ${reason}` }]
    };
  }
  if (read.slos.length === 0 && read.problems.length === 0) return;
  let index;
  const locate2 = (path, target) => {
    index ??= new PositionIndex(document.text);
    const at2 = index.locate(path, target);
    return { line: at2.line + lineOffset, column: at2.column };
  };
  for (const draft of read.slos) {
    const { path, ...slo2 } = draft;
    const quick = namePosition(document.text, slo2.name);
    const at2 = quick ? { line: quick.line + lineOffset, column: quick.column } : locate2(path, "value");
    slos.push({ ...slo2, file, ...at2 });
  }
  for (const problem3 of read.problems) {
    const at2 = locate2(problem3.path, problem3.target ?? "value");
    findings.push(invalid(file, at2.line, at2.column, problem3.message));
  }
}
function namePosition(text2, name2) {
  for (let at2 = text2.indexOf(name2); at2 !== -1; at2 = text2.indexOf(name2, at2 + 1)) {
    const lineStart = text2.lastIndexOf("\n", at2 - 1) + 1;
    const head = NAME_KEY.exec(text2.slice(lineStart, at2));
    if (!head) continue;
    const quote = head[1] ?? "";
    const after = text2.charAt(at2 + name2.length);
    const closed = quote === "" ? after === "" || " \r\n#".includes(after) : after === quote;
    if (!closed) continue;
    let line = 1;
    for (let nl = text2.indexOf("\n"); nl !== -1 && nl < lineStart; nl = text2.indexOf("\n", nl + 1))
      line++;
    return { line, column: at2 - lineStart + 1 - quote.length };
  }
  return void 0;
}
var NAME_KEY = /^ *(?:- +)?name: +(["']?)$/;
function readByFormat(data, options) {
  const apiVersion2 = text(data.apiVersion);
  const kind = text(data.kind);
  if (apiVersion2 === "openslo/v1") return readOpenSlo(data);
  if (text(data.version) === "prometheus/v1") return readSloth(data, options, false);
  if (apiVersion2 === "sloth.slok.dev/v1" && kind === "PrometheusServiceLevel")
    return readSloth(data, options, true);
  if (apiVersion2 === "pyrra.dev/v1alpha1" && kind === "ServiceLevelObjective")
    return readPyrra(data);
  const what = apiVersion2 !== void 0 ? `apiVersion ${JSON.stringify(apiVersion2)}${kind ? `, kind ${JSON.stringify(kind)}` : ""}` : record(data) && "version" in data ? `version ${JSON.stringify(data.version)}` : "a document without apiVersion or version";
  const at2 = apiVersion2 !== void 0 ? ["apiVersion"] : "version" in data ? ["version"] : [];
  return {
    slos: [],
    problems: [
      {
        path: at2,
        message: `Not an SLO this gate reads (${what}): expected OpenSLO openslo/v1, Sloth prometheus/v1 or sloth.slok.dev/v1 PrometheusServiceLevel, or Pyrra pyrra.dev/v1alpha1 ServiceLevelObjective`
      }
    ]
  };
}
function invalid(file, line, column, message) {
  return {
    ruleId: sloFileInvalid.id,
    level: sloFileInvalid.level,
    file,
    line,
    column,
    message,
    hint: SLO_FILE_HINT
  };
}

// core/parse/scalar-offset.ts
function positionInScalar(text2, start, offset) {
  const lines = linesFrom(text2, start.line);
  const first = lines[0] ?? "";
  const head = first.charAt(start.column - 1);
  if (head === "|" || head === ">") return inBlockScalar(lines, start, offset);
  const quoted = head === '"' || head === "'" ? 1 : 0;
  let remaining = offset + quoted;
  let column = start.column - 1;
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[0] : lines[i];
    const from = i === 0 ? column : indentOf2(line);
    if (from + remaining <= line.length || i === lines.length - 1)
      return { line: start.line + i, column: from + remaining + 1 };
    remaining -= line.length - from + 1;
    column = 0;
    if (remaining < 0) return { line: start.line + i, column: line.length + 1 };
  }
  return start;
}
function inBlockScalar(lines, start, offset) {
  const body = lines.slice(1);
  const firstContent = body.find((l) => l.trim() !== "");
  const indent = firstContent === void 0 ? 0 : indentOf2(firstContent);
  let remaining = offset;
  for (let i = 0; i < body.length; i++) {
    const length = Math.max(0, body[i].length - indent);
    if (remaining <= length) return { line: start.line + 1 + i, column: indent + remaining + 1 };
    remaining -= length + 1;
  }
  return start;
}
function linesFrom(text2, line) {
  let at2 = 0;
  for (let i = 1; i < line && at2 !== -1; i++) {
    at2 = text2.indexOf("\n", at2);
    if (at2 !== -1) at2++;
  }
  if (at2 === -1) return [];
  const out = [];
  while (out.length < 400 && at2 <= text2.length) {
    const end = text2.indexOf("\n", at2);
    const raw = text2.slice(at2, end === -1 ? text2.length : end);
    out.push(raw.endsWith("\r") ? raw.slice(0, -1) : raw);
    if (end === -1) break;
    at2 = end + 1;
  }
  return out;
}
function indentOf2(line) {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

// core/evaluate.ts
var UNVERIFIED_NOTICE = "Sign-offs were not verified against GitHub reviews here; they are judged as written.";
function evaluate(input) {
  const { policy, signOff } = input;
  const judged = new Set(input.files.map((f) => f.path));
  const holders = idHolders([], input.others ?? [], input.knownIds ?? [], policy, {
    judged,
    onFile: input.onFile,
    read: input.read
  });
  const slos = sloSources(input);
  const options = {
    policy,
    today: input.today,
    signOff,
    catalog: ruleCatalog(),
    holders,
    views: input.views !== false,
    errorBudget: input.errorBudget,
    slos: slos.index
  };
  const order = input.files.map((_, i) => i).sort((a, b) => byPath(input.files[a], input.files[b]));
  const items = new Array(input.files.length);
  const findings = new Array(input.files.length + 1);
  findings[input.files.length] = slos.findings;
  const ids = new Array(input.files.length);
  const holdersSeen = new Array(input.files.length);
  const judge = (i) => {
    input.onFile?.(input.files[i].path);
    const loaded = loadItem(input.files[i], policy.limits.max_file_bytes, input.read);
    const id = loaded.ok ? text(loaded.data.id) : void 0;
    if (id !== void 0 && ids[i] === void 0) addHolder(holders, id, loaded.file);
    ids[i] = id;
    holdersSeen[i] = id === void 0 ? 0 : holders.get(id).length;
    const own = [];
    findings[i] = own;
    items[i] = judgeLoaded(loaded, options, own);
  };
  for (const i of order) judge(i);
  for (const i of order) {
    const id = ids[i];
    if (id !== void 0 && holders.get(id).length !== holdersSeen[i]) judge(i);
  }
  return buildReport(items, findings.flat(), signOff ? [] : [UNVERIFIED_NOTICE]);
}
function evaluateLoaded(input) {
  const { policy, today, signOff, errorBudget } = input;
  const catalog = ruleCatalog();
  const holders = idHolders(input.loaded, input.others ?? [], input.knownIds ?? [], policy, {
    onFile: input.onFile,
    read: input.read
  });
  const slos = sloSources(input);
  const findings = [...slos.findings];
  const views = input.views !== false;
  const items = input.loaded.map((loaded) => {
    input.onFile?.(loaded.file);
    return judgeLoaded(
      loaded,
      { policy, today, signOff, catalog, holders, views, slos: slos.index, errorBudget },
      findings
    );
  });
  return buildReport(items, findings, signOff ? [] : [UNVERIFIED_NOTICE]);
}
function sloSources(input) {
  if (input.sloCatalog) return { index: buildSloIndex(input.sloCatalog.slos), findings: [] };
  if (!input.sloFiles) return { findings: [] };
  const catalog = readSloFiles(input.sloFiles, {
    ...sloReadOptions(input.policy),
    onFile: input.onFile
  });
  return { index: buildSloIndex(catalog.slos), findings: catalog.findings };
}
function sloReadOptions(policy) {
  return { maxBytes: policy.limits.max_file_bytes, slothPeriod: policy.slo.sloth_period };
}
function judgeLoaded(loaded, options, findings) {
  if (!loaded.ok) {
    findings.push(loaded.finding);
    return options.views ? unreadableItemReport(loaded.file) : unreadableItemVerdict(loaded.file);
  }
  const { pending, signOffs } = judgeItem(loaded.file, loaded.data, options);
  const located = locate(loaded.file, loaded.text, pending);
  for (const finding of located) findings.push(finding);
  return options.views ? buildItemReport(
    loaded.file,
    loaded.data,
    options.policy,
    signOffs,
    located,
    options.slos,
    options.errorBudget
  ) : buildItemVerdict(loaded.file, loaded.data, options.policy, located);
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function judgeItem(file, data, options) {
  const id = text(data.id);
  const validId = id !== void 0 && /^[A-Z][A-Z0-9]*-[0-9]+$/.test(id);
  const label = validId ? id : file;
  const pending = shapeFindings(itemValidator(), data, label);
  const others = id === void 0 ? [] : otherHolders(options.holders.get(id) ?? [], file);
  if (others.length > 0) {
    pending.push({
      ruleId: idDuplicate.id,
      level: "error",
      path: ["id"],
      target: "value",
      message: `Item id ${id} is also used by ${others.join(", ")}`,
      hint: "Give each item an id of its own; ids are unique across all item files."
    });
  }
  const status = text(data.status) ?? "";
  const context = {
    data,
    label,
    file,
    policy: options.policy,
    today: options.today,
    gated: options.policy.gate.statuses.includes(status),
    ai: data.ai === true,
    signOff: options.signOff,
    signOffs: judgeSignOffs(data, file, options.policy, options.today, options.signOff),
    errorBudget: options.errorBudget,
    slos: options.slos,
    report(rule36, o) {
      pending.push({
        ruleId: rule36.id,
        level: o.level ?? rule36.level,
        path: o.path,
        target: o.target ?? "value",
        ...o.offset !== void 0 ? { offset: o.offset } : {},
        message: o.message,
        hint: o.hint
      });
    }
  };
  for (const rule36 of itemRules) rule36.check(context);
  const waived = checkWaivers(context, options.catalog);
  const kept = waived.size === 0 ? pending : [...pending.filter((f) => !waived.has(f.ruleId) || !waivable(f)), ...waived.values()];
  return { pending: kept, signOffs: context.signOffs };
}
function locate(file, source, pending) {
  if (pending.length === 0) return [];
  const index = new PositionIndex(source);
  const found = [];
  for (let i = 0; i < pending.length; i++) {
    const f = pending[i];
    pending[i] = void 0;
    const at2 = index.locate(f.path, f.target);
    const { line, column } = f.offset === void 0 ? at2 : positionInScalar(source, at2, f.offset);
    found.push({
      ruleId: f.ruleId,
      level: f.level,
      file,
      line,
      column,
      message: f.message,
      hint: f.hint
    });
  }
  return found;
}
function itemIds(loaded) {
  return loaded.flatMap((item2) => {
    const id = item2.ok ? text(item2.data.id) : void 0;
    return id === void 0 ? [] : [{ file: item2.file, id }];
  });
}
var NAMED_HOLDERS = 3;
function otherHolders(files, file) {
  const count2 = files.length - 1;
  const named = [];
  for (const other of files) {
    if (named.length === NAMED_HOLDERS) break;
    if (other !== file) named.push(other);
  }
  return count2 > named.length ? [...named, `${count2 - named.length} more`] : named;
}
function addHolder(holders, id, file) {
  const files = holders.get(id);
  if (files === void 0) holders.set(id, [file]);
  else files.push(file);
}
function idHolders(loaded, others, knownIds2, policy, options = {}) {
  const judged = options.judged ?? new Set(loaded.map((l) => l.file));
  const entries = itemIds(loaded).map((k) => [k.file, k.id]);
  for (const known of knownIds2) if (!judged.has(known.file)) entries.push([known.file, known.id]);
  for (const other of others) {
    if (judged.has(other.path)) continue;
    options.onFile?.(other.path);
    const item2 = loadItem(other, policy.limits.max_file_bytes, options.read);
    const id = item2.ok ? text(record(item2.data)?.id) : void 0;
    if (id !== void 0) entries.push([other.path, id]);
  }
  entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const holders = /* @__PURE__ */ new Map();
  for (const [file, id] of entries) addHolder(holders, id, file);
  return holders;
}

// core/error-budget/slo-lookup.ts
function sloLookup(index) {
  if (!index) return void 0;
  return (written) => {
    const found = resolveSlo(index, written);
    if (found.kind !== "found") return void 0;
    const { name: name2, service, windowDays } = found.slo;
    return { name: name2, service, windowDays };
  };
}
function sloIndexOf(files, policy, onFile) {
  if (!files) return void 0;
  return buildSloIndex(readSloFiles(files, { ...sloReadOptions(policy), onFile }).slos);
}

// prometheus/http-prometheus.ts
var DEFAULT_TIMEOUT_MS = 5e3;
function parsePrometheusUrl(text2) {
  let url;
  try {
    url = new URL(text2.trim());
  } catch {
    throw new Error(`The Prometheus URL "${text2}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`The Prometheus URL must be http:// or https://, not ${url.protocol}//`);
  return url;
}
function createHttpPrometheus(connection) {
  const base = parsePrometheusUrl(connection.url);
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const origin = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, "")}`;
  const endpoint = new URL("api/v1/query", base.href.endsWith("/") ? base.href : `${base.href}/`);
  endpoint.search = "";
  const headers = { Accept: "application/json" };
  if (connection.token) headers.Authorization = `Bearer ${connection.token}`;
  return {
    origin,
    timeoutMs,
    async instantQuery(query) {
      const url = new URL(endpoint);
      url.searchParams.set("query", query);
      let status;
      let body;
      try {
        const response = await fetch(url, {
          headers,
          redirect: "error",
          signal: AbortSignal.timeout(timeoutMs)
        });
        status = response.status;
        body = await response.text();
      } catch (error) {
        throw noAnswer(error, origin, timeoutMs);
      }
      return parseAnswer(status, body, origin);
    }
  };
}
function noAnswer(error, origin, timeoutMs) {
  const name2 = error?.name;
  if (name2 === "TimeoutError" || name2 === "AbortError")
    return new PrometheusError(
      "timeout",
      `Prometheus at ${origin} did not answer within ${seconds(timeoutMs)}`,
      { cause: error }
    );
  const cause = error?.cause;
  const why = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : String(error.message);
  return new PrometheusError(
    "unreachable",
    `Prometheus at ${origin} could not be reached (${why})`,
    { cause: error }
  );
}
function parseAnswer(status, body, origin) {
  let answer;
  try {
    answer = JSON.parse(body);
  } catch (error) {
    throw new PrometheusError(
      status >= 200 && status < 300 ? "bad-answer" : "error-answer",
      `Prometheus at ${origin} answered HTTP ${status} with something that is not its API's JSON`,
      { cause: error }
    );
  }
  if (answer?.status !== "success") {
    const what = [answer?.errorType, answer?.error].filter((x) => typeof x === "string").join(": ");
    throw new PrometheusError(
      "error-answer",
      `Prometheus at ${origin} answered HTTP ${status} with an error${what ? `: ${what}` : ""}`
    );
  }
  const { resultType, result } = answer.data ?? {};
  if (resultType === "scalar" && Array.isArray(result))
    return [{ labels: {}, value: String(result[1]) }];
  if (resultType !== "vector" || !Array.isArray(result))
    throw new PrometheusError(
      "bad-answer",
      `Prometheus at ${origin} answered a ${String(resultType)}, not an instant vector`
    );
  return result.map((entry) => ({
    labels: entry.metric ?? {},
    value: String(entry.value?.[1])
  }));
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}

// cli/read-source.ts
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
var OUTSIDE_REPOSITORY = "symlink to a path outside the repository";
var MAX_READ_BYTES = 64 * 1024 * 1024;
function realpathOf(abs, boundary) {
  const cached = boundary.realpaths?.get(abs);
  if (cached !== void 0) return cached;
  const info = (0, import_node_fs2.lstatSync)(abs);
  let real;
  if (info.isSymbolicLink()) real = import_node_fs2.realpathSync.native(abs);
  else {
    const cut = abs.lastIndexOf(import_node_path3.sep);
    const folder = cut === 0 ? import_node_path3.sep : abs.slice(0, cut);
    let realFolder = boundary.realpaths?.get(folder);
    if (realFolder === void 0) {
      realFolder = import_node_fs2.realpathSync.native(folder);
      boundary.realpaths?.set(folder, realFolder);
    }
    real = (realFolder.endsWith(import_node_path3.sep) ? realFolder : realFolder + import_node_path3.sep) + abs.slice(cut + 1);
    boundary.stats?.set(abs, info);
  }
  boundary.realpaths?.set(abs, real);
  return real;
}
function displayPath2(cwd, abs) {
  if (import_node_path3.sep === "/" && abs.startsWith(cwd.endsWith("/") ? cwd : `${cwd}/`) && !abs.includes("/."))
    return abs.slice(cwd.endsWith("/") ? cwd.length : cwd.length + 1);
  return (0, import_node_path3.relative)(cwd, abs).split(import_node_path3.sep).join("/");
}
function isInside(path, folder) {
  return path === folder || path.startsWith(folder.endsWith(import_node_path3.sep) ? folder : folder + import_node_path3.sep);
}
function readSource(abs, boundary) {
  const path = displayPath2(boundary.cwd, abs);
  const unreadable2 = (reason) => ({ path, content: "", unreadable: reason });
  try {
    const real = realpathOf(abs, boundary);
    if (isInside(abs, boundary.root) && !isInside(real, boundary.realRoot))
      return unreadable2(OUTSIDE_REPOSITORY);
    const info = boundary.stats?.get(abs) ?? (0, import_node_fs2.statSync)(real);
    if (!info.isFile()) return unreadable2("not a regular file");
    if (info.size > MAX_READ_BYTES) return unreadable2(`too large to read (${info.size} bytes)`);
    const text2 = (0, import_node_fs2.readFileSync)(real, "utf8");
    return { path, content: text2.includes("\uFFFD") ? (0, import_node_fs2.readFileSync)(real) : text2 };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return unreadable2(brokenLink(abs, boundary));
    return unreadable2(`cannot be read (${code ?? String(error)})`);
  }
}
function brokenLink(abs, boundary) {
  try {
    if (!(0, import_node_fs2.lstatSync)(abs).isSymbolicLink()) return "the file does not exist";
    const target = (0, import_node_path3.resolve)((0, import_node_path3.dirname)(abs), (0, import_node_fs2.readlinkSync)(abs));
    return isInside(target, boundary.root) ? "a broken symlink" : OUTSIDE_REPOSITORY;
  } catch {
    return "the file does not exist";
  }
}

// cli/error-budget.ts
function prometheusConnection(flag, io) {
  const env = io.env ?? {};
  const url = flag ?? (env.ROADMAP_GATE_PROMETHEUS_URL || void 0);
  if (url === void 0) return void 0;
  try {
    parsePrometheusUrl(url);
  } catch (error) {
    throw new UsageError(error.message);
  }
  return {
    url,
    token: env.ROADMAP_GATE_PROMETHEUS_TOKEN || void 0,
    timeoutMs: io.prometheusTimeoutMs
  };
}
async function cliBudgetFacts(connection, files, sloFiles, boundary, policy, read) {
  if (!policy.error_budget.gate || !connection) return checkBudgets(void 0, [], policy);
  const loaded = files.map(
    (path) => loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read)
  );
  const index = sloIndexOf(
    sloFiles?.map((path) => readSource(path, boundary)),
    policy
  );
  return checkBudgets(
    createHttpPrometheus(connection),
    everyBudgetItem(loaded, policy),
    policy,
    sloLookup(index)
  );
}

// cli/judge-items.ts
var import_promises4 = require("node:fs/promises");

// core/parse/read-options.ts
var FAST_READER_VARIABLE = "ROADMAP_GATE_FAST_READER";
function readOptionsFrom(env) {
  const value = env[FAST_READER_VARIABLE]?.trim().toLowerCase();
  return value === "off" || value === "0" || value === "false" ? { fastReader: false } : {};
}

// cli/judge-files.ts
var import_node_os = require("node:os");
var import_node_worker_threads2 = require("node:worker_threads");

// core/merge-reports.ts
function mergeReports(reports) {
  const items = reports.flatMap((r) => r.items).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return buildReport(
    items,
    reports.flatMap((r) => r.findings),
    reports.flatMap((r) => r.notices)
  );
}

// thread/start-thread.ts
var import_node_worker_threads = require("node:worker_threads");
function startThread(url, data) {
  if (!url.endsWith(".ts")) return new import_node_worker_threads.Worker(new URL(url), { workerData: data });
  const tsx = (void 0)("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url)}); });`;
  return new import_node_worker_threads.Worker(boot, { eval: true, workerData: data });
}

// cli/judge-worker.ts
function serveJudgeRequests(port) {
  let loaded = [];
  let policy;
  port.on("message", (request) => {
    try {
      if (request.kind === "load") {
        policy = request.policy;
        loaded = request.files.map(
          (path) => loadItem(
            readSource(path, request.boundary),
            request.policy.limits.max_file_bytes,
            request.read
          )
        );
        port.postMessage({ kind: "ids", ids: itemIds(loaded) });
      } else {
        const report3 = evaluateLoaded({
          loaded,
          knownIds: request.knownIds,
          policy,
          today: request.today,
          views: request.views,
          errorBudget: request.errorBudget,
          sloCatalog: request.sloCatalog
        });
        port.postMessage({ kind: "report", report: report3 });
      }
    } catch (error) {
      port.postMessage({
        kind: "error",
        message: error instanceof Error ? error.message : String(error)
      });
    }
  });
}

// cli/judge-files.ts
var PARALLEL_FROM = 1500;
var PARALLEL_CORES = 4;
var WORKER_ROLE = "roadmap-gate:judge";
if (!import_node_worker_threads2.isMainThread && import_node_worker_threads2.parentPort && import_node_worker_threads2.workerData === WORKER_ROLE) serveJudgeRequests(import_node_worker_threads2.parentPort);
async function judgeFiles(input, options = {}) {
  const cores = (0, import_node_os.availableParallelism)();
  const workers = options.workers ?? (cores >= PARALLEL_CORES ? Math.min(cores, 8) : 1);
  if (workers < 2 || input.files.length < PARALLEL_FROM) return judgeHere(input);
  const shares = split(input.files, workers);
  const threads = shares.map(() => startThread(__importMetaUrl, WORKER_ROLE));
  try {
    const { realpaths: _paths, stats: _stats, ...boundary } = input.boundary;
    const loaded = await Promise.all(
      threads.map(
        (thread, i) => ask2(thread, {
          kind: "load",
          files: shares[i],
          boundary,
          policy: input.policy,
          read: input.read
        })
      )
    );
    const others = input.others.map(
      (path) => loadItem(readSource(path, input.boundary), input.policy.limits.max_file_bytes, input.read)
    );
    const knownIds2 = [
      ...loaded.flatMap((reply) => reply.kind === "ids" ? reply.ids : []),
      ...itemIds(others)
    ];
    const slos = input.sloFiles ? readSloFiles(
      input.sloFiles.map((path) => readSource(path, input.boundary)),
      sloReadOptions(input.policy)
    ) : void 0;
    const reports = await Promise.all(
      threads.map(
        (thread) => ask2(thread, {
          kind: "judge",
          knownIds: knownIds2,
          today: input.today,
          views: input.views,
          errorBudget: input.errorBudget,
          sloCatalog: slos && { slos: slos.slos, findings: [] }
        })
      )
    );
    const merged = mergeReports(
      reports.map((reply) => reply.kind === "report" ? reply.report : fail(reply))
    );
    return withFindings(merged, slos?.findings ?? []);
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
function judgeHere(input) {
  return evaluate({
    files: input.files.map((path) => readSource(path, input.boundary)),
    others: input.others.map((path) => readSource(path, input.boundary)),
    sloFiles: input.sloFiles?.map((path) => readSource(path, input.boundary)),
    policy: input.policy,
    today: input.today,
    views: input.views,
    errorBudget: input.errorBudget,
    read: input.read
  });
}
function split(list2, parts) {
  const size = Math.ceil(list2.length / parts);
  return Array.from({ length: parts }, (_, i) => list2.slice(i * size, (i + 1) * size));
}
function ask2(worker, request) {
  return new Promise((resolve8, reject) => {
    const onError = (error) => reject(new Error("An evaluation worker failed", { cause: error }));
    worker.once("error", onError);
    worker.once("message", (reply) => {
      worker.off("error", onError);
      resolve8(reply);
    });
    worker.postMessage(request);
  });
}
function fail(reply) {
  throw new Error(
    `An evaluation worker failed: ${reply.kind === "error" ? reply.message : reply.kind}`
  );
}

// cli/find-item-files.ts
var import_promises3 = require("node:fs/promises");
var import_node_path4 = require("node:path");
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// node_modules/tinyglobby/dist/index.mjs
var import_fs = require("fs");
var import_path2 = require("path");
var import_url = require("url");

// node_modules/fdir/dist/index.mjs
var import_module = require("module");
var import_path = require("path");
var nativeFs = __toESM(require("fs"), 1);
var __require = /* @__PURE__ */ (0, import_module.createRequire)(__importMetaUrl);
function cleanPath(path) {
  let normalized = (0, import_path.normalize)(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === import_path.sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = (0, import_path.resolve)(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = (0, import_path.basename)(resolvedPath);
            const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: import_path.sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions2 = {}) {
  var _ref;
  if (globInput && (inputOptions2 === null || inputOptions2 === void 0 ? void 0 : inputOptions2.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions2 : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative4) : [];
}

// cli/find-item-files.ts
var ITEM_FILES = ["**/*.yaml", "**/*.yml", "**/*.json"];
var NEVER = ["**/node_modules/**", "**/.git/**"];
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
async function findItemFiles(args, boundary) {
  const files = /* @__PURE__ */ new Set();
  const empty2 = [];
  for (const arg of args) {
    const found = await expand(arg, boundary);
    if (found.length === 0) empty2.push(arg);
    for (const file of found) files.add(file);
  }
  return { files: await oncePerFile([...files].sort(), boundary), empty: empty2 };
}
async function oncePerFile(files, boundary) {
  const byReal = /* @__PURE__ */ new Map();
  for (const file of files) {
    const real = realOrSelf(file, boundary);
    const direct = real === file && boundary.root === boundary.realRoot || (0, import_node_path4.relative)(boundary.root, file) === (0, import_node_path4.relative)(boundary.realRoot, real);
    if (!byReal.has(real) || direct) byReal.set(real, file);
  }
  return [...byReal.values()].sort();
}
function realOrSelf(file, boundary) {
  try {
    return realpathOf(file, boundary);
  } catch {
    return file;
  }
}
async function globItemFiles(patterns, boundary, origin, cwd = boundary.cwd) {
  if (patterns.length === 0) return [];
  const bases = patterns.map((pattern) => insideBase(pattern, cwd, boundary, origin));
  const [files, links] = await Promise.all([
    glob([...patterns], {
      cwd,
      absolute: true,
      onlyFiles: true,
      ignore: NEVER,
      followSymbolicLinks: false
    }),
    symbolicLinks(patterns, [...new Set(bases)], cwd, boundary)
  ]);
  return [.../* @__PURE__ */ new Set([...files.map(normalised), ...links])].sort();
}
function insideBase(pattern, cwd, boundary, origin) {
  const scan = import_picomatch2.default.scan(pattern);
  const base = (0, import_node_path4.resolve)(cwd, scan.base);
  const climbs = scan.glob.split("/").includes("..");
  if (climbs || !isInside(base, boundary.root) || !isInside(realOrSelf(base, boundary), boundary.realRoot))
    throw new UsageError(
      `${origin} ${pattern} leads outside the repository (${boundary.root}); roadmap-gate reads only files inside it`
    );
  return base;
}
async function symbolicLinks(patterns, bases, cwd, boundary) {
  const matches = (0, import_picomatch2.default)([...patterns]);
  const links = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [...bases];
  for (const base of bases) {
    if ((await (0, import_promises3.lstat)(base).catch(() => void 0))?.isSymbolicLink()) links.push(base);
  }
  while (stack.length > 0) {
    const folder = stack.pop();
    if (seen.has(folder)) continue;
    seen.add(folder);
    const entries = await (0, import_promises3.readdir)(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isSymbolicLink()) links.push((0, import_node_path4.join)(folder, entry.name));
      else if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
        stack.push((0, import_node_path4.join)(folder, entry.name));
    }
  }
  const found = [];
  for (const link of links) {
    const real = await (0, import_promises3.realpath)(link).catch(() => void 0);
    const isFolder = real !== void 0 && (await (0, import_promises3.stat)(real).catch(() => void 0))?.isDirectory();
    if (isFolder) {
      if (!isInside(real, boundary.realRoot)) found.push(link);
    } else if (matches((0, import_node_path4.relative)(cwd, link).split(import_node_path4.sep).join("/"))) found.push(link);
  }
  return found;
}
function normalised(path) {
  return import_node_path4.sep === "/" && !path.includes("/.") && !path.includes("//") ? path : (0, import_node_path4.resolve)(path);
}
async function expand(arg, boundary) {
  const abs = (0, import_node_path4.resolve)(boundary.cwd, arg);
  const info = await (0, import_promises3.lstat)(abs).catch(() => void 0);
  if (!info) {
    if (isDynamicPattern(arg)) return globItemFiles([arg], boundary, "the glob");
    throw new UsageError(`no such file or folder: ${arg}`);
  }
  if (!isInside(abs, boundary.root))
    throw new UsageError(
      `${arg} is outside the repository (${boundary.root}); roadmap-gate reads only files inside it`
    );
  if (info.isSymbolicLink()) {
    const real = await (0, import_promises3.realpath)(abs).catch(() => void 0);
    if (real === void 0 || !isInside(real, boundary.realRoot)) return [abs];
    if ((await (0, import_promises3.stat)(real)).isDirectory()) return folderItemFiles(abs, boundary);
    return [abs];
  }
  return info.isDirectory() ? folderItemFiles(abs, boundary) : [abs];
}
function folderItemFiles(folder, boundary) {
  return globItemFiles(ITEM_FILES, boundary, "the folder", folder);
}

// cli/read-policy.ts
var import_node_fs3 = require("node:fs");
var import_node_path5 = require("node:path");

// core/policy/load-policy.ts
var MAX_POLICY_BYTES = 256 * 1024;
function loadPolicy(file) {
  if (!file) return { policy: defaultPolicy(), findings: [] };
  const invalid2 = (message, hint, line = 1, column = 1) => ({
    findings: [
      {
        ruleId: policyRules.invalid.id,
        level: "error",
        file: file.path,
        line,
        column,
        message,
        hint
      }
    ]
  });
  if (file.unreadable)
    return invalid2(
      `The policy file cannot be read: ${file.unreadable}`,
      "Make it a regular text file."
    );
  const size = typeof file.content === "string" ? utf8Length(file.content) : file.content.byteLength;
  if (size > MAX_POLICY_BYTES)
    return invalid2(
      "The policy file is larger than 256 KiB",
      "A policy is a few lines; check the file."
    );
  const decoded = decodeUtf8(file.content);
  if (!decoded.ok) return invalid2("The policy file is not UTF-8 text", "Save it as UTF-8.");
  if (isBlankText(decoded.text)) return { policy: defaultPolicy(), document: {}, findings: [] };
  const parsed = parseText(decoded.text, file.path.endsWith(".json"));
  if (!parsed.ok)
    return invalid2(
      `The policy file is not valid: ${parsed.message}`,
      parseHints[parsed.ruleId],
      parsed.line,
      parsed.column
    );
  const pending = shapeFindings(configValidator(), parsed.data, "the policy");
  if (pending.length > 0) {
    const index = new PositionIndex(decoded.text);
    return {
      findings: pending.map((f) => ({
        ruleId: policyRules.invalid.id,
        level: "error",
        file: file.path,
        ...index.locate(f.path, f.target),
        message: f.message,
        hint: addressHint(f) ?? f.hint
      }))
    };
  }
  const document = parsed.data;
  const ext = typeof document._extends === "string" ? document._extends : void 0;
  return { policy: mergePolicy(defaultPolicy(), document), document, extends: ext, findings: [] };
}
function addressHint(f) {
  if (f.ruleId !== shapeRules.unknownKey.id || f.path[0] !== "error_budget") return void 0;
  return "Remove it: where Prometheus is (and its token) never comes from the repository. Give it to the Action (input prometheus-url), the App (PROMETHEUS_URL) or the CLI (--prometheus-url).";
}
function mergePolicy(base, override) {
  return deepMerge(
    base,
    withoutExtends(override)
  );
}
function withoutExtends(document) {
  const { _extends: _ignored, ...rest } = document;
  return rest;
}
function deepMerge(base, override) {
  const result = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return result;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// cli/read-policy.ts
async function readPolicy(config2, boundary) {
  const path = config2 ?? DEFAULT_POLICY_PATH;
  const abs = (0, import_node_path5.resolve)(boundary.cwd, path);
  if (!(0, import_node_fs3.existsSync)(abs)) {
    if (config2 !== void 0) throw new UsageError(`no such config file: ${config2}`);
    return { policy: loadPolicy(void 0).policy, findings: [] };
  }
  const source = await readSource(abs, boundary);
  const loaded = loadPolicy(source);
  if (!loaded.policy || loaded.extends === void 0)
    return { policy: loaded.policy, findings: loaded.findings, file: abs };
  return {
    policy: loaded.policy,
    findings: [policyExtendsUnresolved.finding(source, loaded.extends)],
    file: abs
  };
}

// cli/repository-root.ts
var import_node_fs4 = require("node:fs");
var import_node_path6 = require("node:path");
function repositoryRoot(cwd) {
  let dir = cwd;
  for (; ; ) {
    if ((0, import_node_fs4.existsSync)((0, import_node_path6.join)(dir, ".git"))) return dir;
    const parent = (0, import_node_path6.dirname)(dir);
    if (parent === dir) return cwd;
    dir = parent;
  }
}

// cli/judge-items.ts
async function judgeItems(inputs, io) {
  const root = repositoryRoot(io.cwd);
  const boundary = {
    cwd: io.cwd,
    root,
    realRoot: await (0, import_promises4.realpath)(root),
    realpaths: /* @__PURE__ */ new Map(),
    stats: /* @__PURE__ */ new Map()
  };
  const policy = await readPolicy(inputs.config, boundary);
  const policyFile = policy.file === void 0 ? [] : [policy.file];
  if (!policy.policy)
    return {
      report: policyReport(policy.findings),
      policyBroken: true,
      remarks: [],
      inputs: policyFile
    };
  const remarks = [];
  const everyItem = await oncePerFile(
    await globItemFiles(policy.policy.paths, boundary, "the policy's paths entry"),
    boundary
  );
  let files = everyItem;
  let others = [];
  if (inputs.paths.length > 0) {
    const found = await findItemFiles(inputs.paths, boundary);
    for (const arg of found.empty) remarks.push(`No item files match ${arg}`);
    files = found.files;
    const judged = new Set(files);
    others = everyItem.filter((f) => !judged.has(f));
  } else if (files.length === 0) {
    remarks.push(`No item files found in ${policy.policy.paths.join(", ")}`);
  }
  const sloFiles = await findSloFiles(policy.policy.slo.files, boundary, remarks);
  const read = readOptionsFrom(io.env ?? {});
  const budget = await cliBudgetFacts(
    inputs.prometheus,
    files,
    sloFiles,
    boundary,
    policy.policy,
    read
  );
  const report3 = await judgeFiles({
    files,
    others,
    sloFiles,
    boundary,
    policy: policy.policy,
    today: inputs.today,
    views: inputs.views,
    errorBudget: budget.facts,
    read
  });
  report3.notices.push(...budget.notices);
  return {
    report: withFindings(report3, policy.findings),
    policyBroken: false,
    remarks,
    inputs: [...policyFile, ...files, ...others, ...sloFiles ?? []]
  };
}
async function findSloFiles(patterns, boundary, remarks) {
  if (patterns.length === 0) return void 0;
  const found = await oncePerFile(
    await globItemFiles(patterns, boundary, "the policy's slo.files entry"),
    boundary
  );
  if (found.length === 0)
    remarks.push(`No SLO files match slo.files (${patterns.join(", ")}): every slo: is unknown`);
  return found;
}
function policyReport(findings) {
  return buildReport([], findings, []);
}

// core/format/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function* githubChunks(report3) {
  for (const f of byImportance(report3.findings)) yield `${annotation(f)}
`;
  for (const notice of report3.notices) yield `::notice::${escapeData(notice)}
`;
  yield `${summaryLine(report3)}
`;
}
function annotation(f) {
  const properties = f.file === "" ? [`title=${escapeProperty(f.ruleId)}`] : [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeProperty(f.ruleId)}`
  ];
  return `::${COMMAND[f.level]} ${properties.join(",")}::${escapeData(`${f.message}
Hint: ${f.hint}`)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// core/format/json-chunks.ts
var LazyList = class {
  constructor(source, make) {
    this.source = source;
    this.make = make;
  }
  source;
  make;
};
var STREAM_DEPTH = 6;
function* jsonChunks(value, indent, depth = 0) {
  if (value instanceof LazyList) {
    yield* listChunks(value.source, value.make, indent, depth);
    return;
  }
  if (depth >= STREAM_DEPTH || value === null || typeof value !== "object" || hasToJson(value)) {
    yield leaf(value, indent, depth);
    return;
  }
  if (Array.isArray(value)) {
    yield* listChunks(value, (v) => v, indent, depth);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => isWritten(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  const inner = newline(indent, depth + 1);
  const separator = indent > 0 ? ": " : ":";
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}${separator}`;
    yield* jsonChunks(v, indent, depth + 1);
    first = false;
  }
  yield `${newline(indent, depth)}}`;
}
function* listChunks(list2, make, indent, depth) {
  if (list2.length === 0) {
    yield "[]";
    return;
  }
  const inner = newline(indent, depth + 1);
  for (let i = 0; i < list2.length; i++) {
    yield `${i === 0 ? "[" : ","}${inner}`;
    const entry = make(list2[i]);
    yield* jsonChunks(isWritten(entry) ? entry : null, indent, depth + 1);
  }
  yield `${newline(indent, depth)}]`;
}
function leaf(value, indent, depth) {
  const text2 = JSON.stringify(value, null, indent) ?? "null";
  return indent > 0 && depth > 0 ? text2.replaceAll("\n", newline(indent, depth)) : text2;
}
function newline(indent, depth) {
  return indent > 0 ? `
${" ".repeat(indent * depth)}` : "";
}
function isWritten(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function hasToJson(value) {
  return typeof value.toJSON === "function";
}

// core/format/json.ts
function* jsonReportChunks(report3, options = {}) {
  const whole = jsonReportWith(report3, new LazyList(report3.findings, toJsonFinding));
  yield* jsonChunks(whole, options.indent ?? 2);
  yield "\n";
}
function jsonReportWith(report3, findings) {
  return {
    version: 1,
    result: report3.result,
    errors: report3.errors,
    warnings: report3.warnings,
    notes: report3.notes,
    items: report3.items.map(toJsonItem),
    findings,
    notices: [...report3.notices]
  };
}
function toJsonFinding(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
    hint: f.hint
  };
}
function toJsonItem(item2) {
  return {
    file: item2.file,
    id: item2.id ?? null,
    title: item2.title ?? null,
    status: item2.status ?? null,
    owner: item2.owner ?? null,
    ai: item2.ai,
    issue: item2.issue ?? null,
    gated: item2.gated,
    verdict: item2.verdict,
    errors: item2.errors,
    warnings: item2.warnings,
    signOffs: item2.signOffs.map((s) => ({
      reviewer: s.reviewer,
      decision: s.decision,
      date: s.date,
      verified: s.verified ?? null
    })),
    slices: item2.slices.map((s) => ({ id: s.id, value: s.value, dependsOn: [...s.dependsOn] })),
    waivers: item2.waivers.map((w) => ({
      rule: w.rule,
      reason: w.reason,
      approvedBy: w.approvedBy,
      expires: w.expires
    })),
    metrics: item2.metrics.map((m) => ({
      kind: m.kind,
      objective: m.objective ?? null,
      window: m.window ?? null,
      slo: m.slo ? {
        name: m.slo.name,
        status: m.slo.status,
        file: m.slo.file ?? null,
        line: m.slo.line ?? null,
        format: m.slo.format ?? null,
        targetPercent: m.slo.targetPercent ?? null,
        window: m.slo.window ?? null
      } : null
    })),
    ...item2.budgets ? {
      budgets: item2.budgets.map((b) => ({
        metric: b.metric,
        slo: b.slo,
        service: b.service,
        window: b.window ?? null,
        remaining: b.remaining ?? null,
        state: b.state,
        reason: b.reason ?? null
      }))
    } : {}
  };
}

// core/format/fit-markdown.ts
var JOB_SUMMARY_LIMIT = { maxLength: 1024 * 1024, lengthUnit: "bytes" };
var DEFAULT_CUT_ADVICE = "see the SARIF / full log";
function fitMarkdown(blocks, limit, advice = DEFAULT_CUT_ADVICE) {
  const whole = blocks.map((b) => b.text).join("");
  if (!limit) return whole;
  const measure = limit.lengthUnit === "bytes" ? utf8Length : (s) => s.length;
  if (measure(whole) <= limit.maxLength) return whole;
  const reserve = measure(cutNote(tally(blocks), advice));
  let used = 0;
  let kept = 0;
  while (kept < blocks.length) {
    const size = measure(blocks[kept].text);
    if (used + size + reserve > limit.maxLength) break;
    used += size;
    kept++;
  }
  const text2 = blocks.slice(0, kept).map((b) => b.text).join("");
  return truncate(text2 + cutNote(tally(blocks.slice(kept)), advice), limit, measure);
}
function tally(blocks) {
  const counts = /* @__PURE__ */ new Map();
  for (const b of blocks) if (b.counts) counts.set(b.counts, (counts.get(b.counts) ?? 0) + 1);
  return counts;
}
function cutNote(counts, advice) {
  const parts = [...counts].map(([noun, n]) => `${n} more ${noun}${n === 1 ? "" : "s"}`);
  const what = parts.length === 0 ? "the rest is" : parts.join(", ");
  return `
> \u2026 ${what} not shown; ${advice}.
`;
}
function truncate(text2, limit, measure) {
  if (measure(text2) <= limit.maxLength) return text2;
  const chars = [...text2];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join("")) <= limit.maxLength) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join("");
}

// core/format/markdown-escape.ts
function escapeMarkdown(s) {
  return oneLine(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/@/g, "@\u200D");
}
function codeSpan(s, inTable = false) {
  let text2 = oneLine(s);
  if (inTable) text2 = text2.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text2.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text2.startsWith("`") || text2.endsWith("`") || text2 === "" ? " " : "";
  return `${fence}${pad}${text2}${pad}${fence}`;
}
function inlineMarkdown(s, inTable = false) {
  const parts = s.split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(s);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part, inTable) : escapeMarkdown(part)).join("");
}
function oneLine(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

// core/format/budget-table.ts
var CELLS = 10;
function budgetTable(items) {
  const rows = items.flatMap(
    (item2) => (item2.budgets ?? []).map((b) => ({
      text: `| ${[
        escapeMarkdown(item2.id ?? item2.file),
        escapeMarkdown(b.metric),
        escapeMarkdown(b.slo),
        budgetCell(b),
        b.state
      ].join(" | ")} |
`
    }))
  );
  if (rows.length === 0) return [];
  return [
    {
      text: "### Error budgets\n\n| item | metric | SLO | budget left | state |\n|---|---|---|---|---|\n"
    },
    ...rows,
    {
      text: "\n\u{1F7E2} half or more left \xB7 \u{1F7E1} less than half \xB7 \u{1F534} below the policy's minimum \xB7 \u26AA unknown\n\n"
    }
  ];
}
function budgetCell(b) {
  if (b.remaining === void 0) return `\u26AA unknown: ${escapeMarkdown(b.reason ?? "")}`;
  const light = b.state === "exhausted" ? "\u{1F534}" : b.remaining >= 0.5 ? "\u{1F7E2}" : "\u{1F7E1}";
  const filled2 = Math.round(Math.min(1, Math.max(0, b.remaining)) * CELLS);
  const bar = "\u2588".repeat(filled2) + "\u2591".repeat(CELLS - filled2);
  const window = b.window ? ` of ${escapeMarkdown(b.window)}` : "";
  return `${light} \`${bar}\` ${percent(b.remaining)}${window}`;
}

// core/format/sarif.ts
var INFORMATION_URI = "https://github.com/roadmap-gate/roadmap-gate";
function ruleHelpUri(ruleId) {
  return `${INFORMATION_URI}#rule-${ruleId}`;
}
function* sarifChunks(report3, options) {
  const log2 = sarifWith(
    report3,
    options,
    (found, index) => new LazyList(found, (f) => toResult(f, index.get(f.ruleId) ?? 0))
  );
  yield* jsonChunks(log2, 2);
  yield "\n";
}
function sarifWith(report3, options, results) {
  const rules = [...options.catalog.values()].map((rule36) => ({
    id: rule36.id,
    shortDescription: { text: rule36.description },
    helpUri: ruleHelpUri(rule36.id),
    defaultConfiguration: { level: rule36.level },
    properties: { waivable: rule36.waivable }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of report3.findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push({
      id: f.ruleId,
      shortDescription: { text: f.ruleId },
      helpUri: ruleHelpUri(f.ruleId),
      defaultConfiguration: { level: f.level }
    });
  }
  const notify = options.unlocated === "notification";
  const asNotifications = notify ? report3.findings.filter((f) => f.file === "") : [];
  const asResults = notify ? report3.findings.filter((f) => f.file !== "") : report3.findings;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmap-gate",
            informationUri: INFORMATION_URI,
            ...options.toolVersion ? { version: options.toolVersion } : {},
            rules
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report3.notices.map((text2) => ({ message: { text: text2 }, level: "note" })),
              ...asNotifications.map((f) => ({
                message: { text: messageText(f) },
                level: f.level,
                associatedRule: { id: f.ruleId, index: index.get(f.ruleId) }
              }))
            ]
          }
        ],
        columnKind: "utf16CodeUnits",
        results: results(asResults, index)
      }
    ]
  };
}
function toResult(f, ruleIndex) {
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text: messageText(f) }
  };
  if (f.file !== "")
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column }
        }
      }
    ];
  return result;
}
function messageText(f) {
  return `${f.message}
Hint: ${f.hint}`;
}
function encodeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// core/format/slice-flowchart.ts
var MAX_LABEL = 80;
function sliceFlowchart(slices) {
  if (slices.length === 0) return "";
  const node = /* @__PURE__ */ new Map();
  slices.forEach((s, i) => {
    if (!node.has(s.id)) node.set(s.id, `s${i}`);
  });
  const lines = ["```mermaid", "flowchart LR"];
  slices.forEach((s, i) => {
    lines.push(`  s${i}["${mermaidText(s.id)}<br/>${mermaidText(shorten(s.value))}"]`);
  });
  slices.forEach((s, i) => {
    for (const dep of s.dependsOn) {
      const from = node.get(dep);
      if (from !== void 0) lines.push(`  ${from} --> s${i}`);
    }
  });
  lines.push("```");
  return `${lines.join("\n")}
`;
}
function mermaidText(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/[#"<>&`|[\]{}()\\;]/g, (c) => `#${c.charCodeAt(0)};`);
}
function shorten(s) {
  const chars = [...s];
  return chars.length <= MAX_LABEL ? s : `${chars.slice(0, MAX_LABEL - 1).join("")}\u2026`;
}

// core/format/markdown.ts
var VERDICT = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  "not-gated": "\u2796 not gated",
  unreadable: "\u26A0\uFE0F unreadable"
};
var LEVEL = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function formatMarkdown(report3, options = {}) {
  const blocks = [
    { text: heading2(report3, options.title ?? "roadmap-gate") },
    ...itemTable(report3.items),
    ...budgetTable(report3.items),
    ...findingList(report3.findings),
    ...sloTable(report3.items),
    ...options.graphs === false ? [] : sliceGraphs(report3.items)
  ];
  const limit = options.maxLength === void 0 ? void 0 : { maxLength: options.maxLength, lengthUnit: options.lengthUnit };
  return fitMarkdown(blocks, limit, options.cutAdvice ?? DEFAULT_CUT_ADVICE);
}
function heading2(report3, title) {
  const mark = report3.result === "fail" ? "\u274C" : "\u2705";
  const lines = [
    `## ${mark} ${escapeMarkdown(title)}: ${report3.result}`,
    "",
    summaryLine(report3),
    ""
  ];
  for (const notice of report3.notices) lines.push(`> [!NOTE]`, `> ${escapeMarkdown(notice)}`, "");
  return `${lines.join("\n")}
`;
}
function itemTable(items) {
  if (items.length === 0) return [{ text: "No item files were found.\n\n" }];
  const head = {
    text: "| item | title | status | verdict | sign-offs | file |\n|---|---|---|---|---|---|\n"
  };
  const rows = items.map((item2) => ({
    text: `| ${[
      item2.id === void 0 ? "\u2014" : escapeMarkdown(item2.id),
      item2.title === void 0 ? "\u2014" : escapeMarkdown(item2.title),
      item2.status === void 0 ? "\u2014" : escapeMarkdown(item2.status),
      verdictCell(item2),
      item2.signOffs.length === 0 ? "\u2014" : item2.signOffs.map(signOffCell).join("<br>"),
      codeSpan(item2.file, true)
    ].join(" | ")} |
`,
    counts: "item"
  }));
  const legend = items.some((i) => i.signOffs.length > 0) ? "\nSign-offs: \u2705 verified by an approving review \xB7 \u274C not backed by one \xB7 \u2754 not verified here.\n\n" : "\n";
  return [head, ...rows, { text: legend }];
}
function verdictCell(item2) {
  const waivers = item2.waivers.length;
  return waivers === 0 ? VERDICT[item2.verdict] : `${VERDICT[item2.verdict]} (${waivers} waiver${waivers === 1 ? "" : "s"})`;
}
function signOffCell(s) {
  const mark = s.verified === void 0 ? "\u2754" : s.verified ? "\u2705" : "\u274C";
  return `${mark} ${escapeMarkdown(s.reviewer)} ${escapeMarkdown(s.decision)} ${escapeMarkdown(s.date)}`;
}
function findingList(findings) {
  if (findings.length === 0) return [{ text: "### Findings\n\nNo findings.\n\n" }];
  const blocks = [{ text: "### Findings\n" }];
  let lastFile;
  for (const f of findings) {
    const group = f.file === lastFile ? "" : `
#### ${f.file === "" ? "Pull request" : codeSpan(f.file)}

`;
    lastFile = f.file;
    const where2 = f.file === "" ? "" : `line ${f.line}, column ${f.column}: `;
    const rule36 = `[${codeSpan(f.ruleId)}](${ruleHelpUri(encodeURIComponent(f.ruleId))})`;
    blocks.push({
      text: `${group}- ${LEVEL[f.level]} **${f.level}** ${where2}${inlineMarkdown(f.message)} (${rule36})<br>Hint: ${inlineMarkdown(f.hint)}
`,
      counts: "finding"
    });
  }
  blocks.push({ text: "\n" });
  return blocks;
}
function sloTable(items) {
  const rows = items.flatMap(
    (item2) => item2.metrics.flatMap(
      (m) => m.slo === void 0 ? [] : [
        {
          text: `| ${[
            item2.id === void 0 ? codeSpan(item2.file) : escapeMarkdown(item2.id),
            codeSpan(m.kind),
            m.objective === void 0 ? "\u2014" : escapeMarkdown(m.objective),
            m.window === void 0 ? "\u2014" : escapeMarkdown(m.window),
            sloCell(m.slo)
          ].join(" | ")} |
`,
          counts: "metric"
        }
      ]
    )
  );
  if (rows.length === 0) return [];
  const head = "### Metrics linked to SLOs\n\n| item | metric | objective | window | SLO |\n|---|---|---|---|---|\n";
  return [{ text: head }, ...rows, { text: "\n" }];
}
function sloCell(slo2) {
  const name2 = codeSpan(slo2.name);
  if (slo2.status === "unknown") return `\u2753 ${name2}: no such SLO`;
  if (slo2.status === "ambiguous") return `\u26A0\uFE0F ${name2}: several SLOs have this name`;
  if (slo2.status === "unchecked") return `${name2} (not checked: slo.files is empty)`;
  const target = slo2.targetPercent === void 0 ? "" : `${Number(slo2.targetPercent.toFixed(9))}%`;
  const facts = [slo2.format, target, slo2.window].filter((s) => s !== void 0 && s !== "");
  return `${name2} (${facts.map((f) => escapeMarkdown(f)).join(", ")}) ${codeSpan(`${slo2.file}:${slo2.line}`)}`;
}
function sliceGraphs(items) {
  const graphs = items.flatMap((item2) => {
    const chart = sliceFlowchart(item2.slices);
    if (chart === "") return [];
    const name2 = [item2.id, item2.title].filter((s) => s !== void 0).map(escapeMarkdown);
    const label = name2.length > 0 ? name2.join(" \xB7 ") : codeSpan(item2.file);
    return [{ text: `#### ${label}

${chart}
`, counts: "slice graph" }];
  });
  return graphs.length === 0 ? [] : [{ text: "### Slice graphs\n\n" }, ...graphs];
}

// core/format/text.ts
var LEVEL_COLOR = { error: "31", warning: "33", note: "36" };
function* textChunks(report3, options = {}) {
  const paint = (code, s) => options.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  let lastFile;
  for (const f of report3.findings) {
    if (lastFile !== void 0 && f.file !== lastFile) yield "\n";
    lastFile = f.file;
    const level = paint(LEVEL_COLOR[f.level], f.level.padEnd(7));
    yield `${paint("1", location(f))}  ${level}  ${printable(f.message)}  ${paint("2", `[${f.ruleId}]`)}
`;
    yield `    ${paint("2", `hint: ${printable(f.hint)}`)}
`;
  }
  if (report3.findings.length > 0) yield "\n";
  for (const notice of report3.notices) yield `note: ${printable(notice)}
`;
  const result = report3.result === "fail" ? paint("31;1", "\u2716") : paint("32;1", "\u2714");
  yield `${result} ${summaryLine(report3)}
`;
}
function location(f) {
  return f.file === "" ? "(pull request)" : `${printable(f.file)}:${f.line}:${f.column}`;
}
function printable(s) {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "	" || c === "\n" || c === "\r" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// cli/render-report.ts
function describesItems(format) {
  return format === "json" || format === "markdown";
}
async function renderFindings(report3, format, options = {}) {
  switch (format) {
    case "text":
      return textChunks(report3, { color: options.color });
    case "sarif":
      return sarifChunks(report3, { catalog: ruleCatalog(), toolVersion: await packageVersion() });
    case "github":
      return githubChunks(report3);
  }
}
function renderItems(report3, format) {
  return format === "json" ? jsonReportChunks(report3) : [formatMarkdown(report3)];
}

// cli/write-output.ts
var import_promises5 = require("node:fs/promises");
var import_node_path7 = require("node:path");
var BATCH = 64 * 1024;
async function writeOutput(pieces, output, io, summary, inputs) {
  if (output === void 0) {
    for (const batch of batches(pieces)) io.stdout(batch);
    return;
  }
  const abs = (0, import_node_path7.resolve)(io.cwd, output);
  if (await isInput(abs, inputs))
    throw new UsageError(
      `--output ${output} is one of the files this run reads (an item file or the policy); write the report elsewhere`
    );
  await (0, import_promises5.mkdir)((0, import_node_path7.dirname)(abs), { recursive: true });
  const file = await (0, import_promises5.open)(abs, "w");
  try {
    for (const batch of batches(pieces)) await file.write(batch);
  } finally {
    await file.close();
  }
  io.stderr(`Wrote ${output}: ${summary}
`);
}
async function isInput(abs, inputs) {
  const target = await (0, import_promises5.realpath)(abs).catch(() => void 0);
  if (target === void 0) return false;
  for (const input of inputs) {
    if (input === abs || input === target) return true;
    if (await (0, import_promises5.realpath)(input).catch(() => input) === target) return true;
  }
  return false;
}
function* batches(pieces) {
  let batch = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  if (size > 0 || batch.length > 0) yield batch.join("");
}

// cli/report.ts
var FORMATS = ["markdown", "json"];
async function report2(argv, io) {
  const { values, positionals } = (0, import_node_util2.parseArgs)({
    args: argv,
    options: inputOptions,
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS, "markdown");
  const today = parseToday(values.today, io);
  const prometheus = prometheusConnection(values["prometheus-url"], io);
  const judged = await judgeItems(
    { paths: positionals, config: values.config, today, prometheus },
    io
  );
  for (const remark of judged.remarks) io.stderr(`roadmap-gate: ${remark}
`);
  await writeOutput(
    renderItems(judged.report, format),
    values.output,
    io,
    summaryLine(judged.report),
    judged.inputs
  );
  if (judged.policyBroken) {
    io.stderr("roadmap-gate: the policy file is invalid, so no item was judged; fix it first.\n");
    return EXIT.usage;
  }
  return EXIT.pass;
}

// cli/schema.ts
var import_node_util3 = require("node:util");
var SCHEMAS = {
  item: "schemas/roadmap-item.schema.json",
  config: "schemas/config.schema.json"
};
async function schema2(argv, io) {
  const { values, positionals } = (0, import_node_util3.parseArgs)({
    args: argv,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError("schema takes one argument: item or config");
  const which = positionals[0] ?? "item";
  if (which !== "item" && which !== "config")
    throw new UsageError(`schema is "item" or "config", not "${which}"`);
  const text2 = await readPackageFile(SCHEMAS[which]);
  io.stdout(text2.endsWith("\n") ? text2 : `${text2}
`);
  return EXIT.pass;
}

// cli/slo.ts
var import_promises6 = require("node:fs/promises");
var import_node_util4 = require("node:util");

// core/slo/export-slos.ts
var import_yaml2 = __toESM(require_dist(), 1);
function exportSlos(items, policy, format) {
  const remarks = [];
  const metrics = items.flatMap((item2) => exportMetrics(item2, policy, remarks));
  const documents = format === "openslo" ? metrics.map(openSloDocument) : slothDocuments(metrics, policy, remarks);
  const count2 = format === "openslo" ? documents.length : documents.reduce((n, d) => n + d.slos.length, 0);
  const body = documents.map((d) => (0, import_yaml2.stringify)(d, { lineWidth: 0 })).join("---\n");
  return { text: body, count: count2, remarks };
}
function exportMetrics(item2, policy, remarks) {
  const id = text(item2.data.id);
  const status = text(item2.data.status);
  if (id === void 0 || status === void 0 || !policy.gate.statuses.includes(status)) return [];
  const out = [];
  for (const { kind, metric, slo: slo2 } of metricsOf(item2.data)) {
    const sli = record(metric.sli);
    if (!sli) continue;
    const where2 = `${id} metrics.${kind}`;
    const skip = (why) => remarks.push(`${where2} is not exported: ${why}`);
    const objective = text(metric.objective);
    const window = text(metric.window);
    const source = text(sli.type);
    if (objective === void 0 || window === void 0 || source === void 0) {
      skip("it needs an objective, a window and sli.type");
      continue;
    }
    const promise2 = promiseOf(kind, objective);
    if (!promise2) {
      skip(`no SLO format states "${objective}" (a percentage or pNN <= TIME)`);
      continue;
    }
    if (promise2.targetPercent <= 0 || promise2.targetPercent >= 100) {
      skip(`a ${number2(promise2.targetPercent)}% target is outside what OpenSLO takes, [0, 100)`);
      continue;
    }
    const queries = {
      query: text(sli.query),
      total: text(sli.total),
      good: text(sli.good),
      bad: text(sli.bad)
    };
    const ratio = queries.total !== void 0 && queries.good !== void 0 !== (queries.bad !== void 0);
    if (!(queries.query !== void 0 && queries.total === void 0) && !ratio) {
      skip("its sli is neither a ratio (total with good or bad) nor a threshold (query)");
      continue;
    }
    if (queries.query !== void 0 && !promise2.threshold) {
      skip(`a threshold sli (query) needs an objective with a bound, "pNN <= TIME"`);
      continue;
    }
    if (source === "prometheus" && Object.values(queries).some((q) => q !== void 0 && !checkPromql(q).ok)) {
      skip("a query is not valid PromQL (see sli-query-syntax)");
      continue;
    }
    const [qualifiedService, bare] = slo2?.includes("/") ? splitOnce(slo2) : [void 0, slo2];
    out.push({
      itemId: id,
      title: text(item2.data.title) ?? id,
      kind,
      objective,
      window,
      name: rfc1123(bare ?? `${id}-${kind}`),
      service: rfc1123(qualifiedService ?? (policy.slo.service || id)),
      target: promise2.targetPercent,
      ...promise2.threshold ? { threshold: { value: promise2.threshold.value } } : {},
      source,
      ...Object.fromEntries(Object.entries(queries).filter(([, q]) => q !== void 0))
    });
  }
  return out;
}
function openSloDocument(m) {
  const metricSource = (query) => ({ metricSource: { type: m.source, spec: { query } } });
  const sliSpec = m.query !== void 0 ? { thresholdMetric: metricSource(m.query) } : {
    ratioMetric: {
      ...m.good !== void 0 ? { good: metricSource(m.good) } : {},
      ...m.bad !== void 0 ? { bad: metricSource(m.bad) } : {},
      total: metricSource(m.total)
    }
  };
  const objective = {
    displayName: `${m.kind} ${m.objective}`,
    ...m.query !== void 0 && m.threshold ? { op: "lte", value: m.threshold.value } : {},
    target: Number((m.target / 100).toFixed(12))
  };
  return {
    apiVersion: "openslo/v1",
    kind: "SLO",
    metadata: {
      name: m.name,
      // go-sdk's v1 label keys allow no `/`; annotation keys take the prefixed form.
      annotations: { "roadmap-gate/item": m.itemId }
    },
    spec: {
      description: `${m.title} (${m.itemId} ${m.kind})`.slice(0, 1050),
      service: m.service,
      indicator: { metadata: { name: rfc1123(`${m.name}-sli`) }, spec: sliSpec },
      timeWindow: [{ duration: m.window, isRolling: true }],
      budgetingMethod: "Occurrences",
      objectives: [objective]
    }
  };
}
function slothDocuments(metrics, policy, remarks) {
  const byService = /* @__PURE__ */ new Map();
  for (const m of metrics) {
    const where2 = `${m.itemId} metrics.${m.kind}`;
    if (m.query !== void 0) {
      remarks.push(
        `${where2} is not exported to Sloth: Sloth takes event ratios, not a threshold query`
      );
      continue;
    }
    if (m.source !== "prometheus") {
      remarks.push(`${where2} is not exported to Sloth: Sloth reads Prometheus, not ${m.source}`);
      continue;
    }
    if (m.window !== policy.slo.sloth_period)
      remarks.push(
        `${where2}: its ${m.window} window is not slo.sloth_period (${policy.slo.sloth_period}); Sloth specs carry no window, so run Sloth with --default-slo-period ${m.window} or align them`
      );
    const slos = byService.get(m.service) ?? [];
    byService.set(m.service, slos);
    slos.push({
      name: m.name,
      objective: Number(m.target.toFixed(9)),
      description: `${m.title} (${m.itemId} ${m.kind} ${m.objective})`,
      sli: {
        events: {
          error_query: m.bad ?? `(${m.total}) - (${m.good})`,
          total_query: m.total
        }
      },
      alerting: { name: alertName(m.name) }
    });
  }
  return [...byService].map(([service, slos]) => ({ version: "prometheus/v1", service, slos }));
}
function rfc1123(name2) {
  const dashed = name2.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  let start = 0;
  let end = Math.min(dashed.length, start + 63);
  while (start < dashed.length && dashed[start] === "-") start++;
  end = Math.min(dashed.length, start + 63);
  while (end > start && dashed[end - 1] === "-") end--;
  return dashed.slice(start, end) || "slo";
}
function alertName(name2) {
  return name2.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function splitOnce(value) {
  const cut = value.indexOf("/");
  return [value.slice(0, cut), value.slice(cut + 1)];
}

// cli/slo.ts
var FORMATS2 = ["openslo", "sloth"];
async function slo(argv, io) {
  const { values, positionals } = (0, import_node_util4.parseArgs)({
    args: argv,
    options: {
      config: { type: "string" },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.stdout(SLO_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS2, "openslo");
  const root = repositoryRoot(io.cwd);
  const boundary = { cwd: io.cwd, root, realRoot: await (0, import_promises6.realpath)(root) };
  const { policy, findings, file: policyFile } = await readPolicy(values.config, boundary);
  if (!policy) {
    for (const f of findings) io.stderr(`${f.file}:${f.line}:${f.column} ${f.message}
`);
    io.stderr("roadmap-gate: the policy file is invalid; fix it first.\n");
    return EXIT.usage;
  }
  const files = positionals.length > 0 ? (await findItemFiles(positionals, boundary)).files : await oncePerFile(
    await globItemFiles(policy.paths, boundary, "the policy's paths entry"),
    boundary
  );
  const read = readOptionsFrom(io.env ?? {});
  const items = files.flatMap((path) => {
    const loaded = loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read);
    return loaded.ok ? [{ file: loaded.file, data: loaded.data }] : [];
  });
  const exported = exportSlos(items, policy, format);
  for (const remark of exported.remarks) io.stderr(`roadmap-gate: ${remark}
`);
  if (exported.count === 0)
    io.stderr("roadmap-gate: no gated item has a metric with an `sli` to export.\n");
  const summary = `${exported.count} SLO${exported.count === 1 ? "" : "s"} (${format})`;
  const inputs = policyFile === void 0 ? files : [policyFile, ...files];
  await writeOutput([exported.text], values.output, io, summary, inputs);
  return EXIT.pass;
}

// cli/validate.ts
var import_node_util5 = require("node:util");
var FORMATS3 = ["text", "json", "sarif", "github"];
async function validate(argv, io) {
  const { values, positionals } = (0, import_node_util5.parseArgs)({
    args: argv,
    options: { ...inputOptions, color: { type: "boolean" } },
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS3, "text");
  const today = parseToday(values.today, io);
  const prometheus = prometheusConnection(values["prometheus-url"], io);
  const inputs = { paths: positionals, config: values.config, today, prometheus };
  const { judged, pieces } = describesItems(format) ? await judgeWithViews(inputs, format, io) : await judgeFindings(inputs, format, values.color, io);
  for (const remark of judged.remarks) io.stderr(`roadmap-gate: ${remark}
`);
  const { report: report3 } = judged;
  await writeOutput(pieces, values.output, io, summaryLine(report3), judged.inputs);
  if (judged.policyBroken) {
    io.stderr("roadmap-gate: the policy file is invalid, so no item was judged; fix it first.\n");
    return EXIT.usage;
  }
  return report3.errors > 0 ? EXIT.fail : EXIT.pass;
}
async function judgeWithViews(inputs, format, io) {
  const judged = await judgeItems(inputs, io);
  return { judged, pieces: renderItems(judged.report, format) };
}
async function judgeFindings(inputs, format, color, io) {
  const judged = await judgeItems({ ...inputs, views: false }, io);
  return { judged, pieces: await renderFindings(judged.report, format, { color }) };
}

// cli/main.ts
var COMMANDS = /* @__PURE__ */ new Map([
  ["validate", validate],
  ["report", report2],
  ["slo", slo],
  ["init", init],
  ["schema", schema2]
]);
async function main(argv, io = processIo()) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
      io.stdout(MAIN_HELP);
      return command === void 0 ? EXIT.usage : EXIT.pass;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${await packageVersion()}
`);
      return EXIT.pass;
    }
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(
        `roadmap-gate: ${error.message}
Run "roadmap-gate --help" for usage.
`
      );
      return EXIT.usage;
    }
    io.stderr(
      `roadmap-gate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    return EXIT.usage;
  }
}
function isParseArgsError(error) {
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
