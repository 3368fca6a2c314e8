import * as z from 'zod/mini';

/**
 * A quicker road to the value zod would give, for input that is already right.
 *
 * zod/mini parses by interpreting the schema: every field of every call gets
 * its own result object, issue list and check loop. For a contact (some forty
 * fields, most absent) that was the largest single cost of importing 100,000
 * rows. Here a schema is turned once into plain closures over its own
 * definitions: the same types, zod's checks in zod's order (the usual ones
 * done directly, see `checkStep`), the same defaults and the same object and
 * record rules, so the value returned is the value zod returns. zod's own
 * `z.compile` does this by generating code with `new Function`, which a host
 * page whose Content-Security-Policy forbids eval refuses (and reports);
 * closures need no eval, and an embedded widget cannot choose its host's policy.
 *
 * It only ever says yes: at the first thing it cannot vouch for (a failed
 * check, or a kind of schema it does not know) it declines, and the caller
 * parses with zod, which then gives the issues in its own words.
 * `fast-parse.test.ts` holds the two side by side.
 */
export function parseFast<S extends z.ZodMiniType>(schema: S, input: unknown): { value: z.output<S> } | undefined {
  let parse = compiled.get(schema);
  if (!parse) compiled.set(schema, (parse = compile(schema)));
  const value = parse(input);
  return value === DECLINED ? undefined : { value: value as z.output<S> };
}

const DECLINED = Symbol('declined');
type Parse = (input: unknown) => unknown;
type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
type Payload = z.core.ParsePayload<never>;

const compiled = new WeakMap<object, Parse>();
/** The parse of a schema this module does not know: known when compiling, so a call declines at once. */
const unknownKind: Parse = () => DECLINED;

/** Schemas being compiled: a schema that holds itself (a tree through a getter) is left to zod. */
const compiling = new Set<Schema>();

/** A schema's own parse, then its checks: the order `$ZodType.run` keeps. */
function compile(schema: Schema): Parse {
  if (compiling.has(schema)) return unknownKind;
  compiling.add(schema);
  let parse: Parse;
  try {
    parse = parserFor(schema);
  } finally {
    compiling.delete(schema);
  }
  if (parse === unknownKind) return unknownKind;
  const zod = schema._zod;
  const own = (zod.def.checks ?? []) as Check[];
  const checks = zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : own;
  return withSteps(parse, checks.map(checkStep));
}

/** One check on a value already parsed: the value it leaves (a trim changes it), or DECLINED. */
type Step = (value: unknown) => unknown;

function withSteps(parse: Parse, steps: readonly Step[]): Parse {
  if (steps.length === 0) return parse;
  return (input) => {
    let value = parse(input);
    for (let index = 0; index < steps.length && value !== DECLINED; index += 1) value = steps[index]!(value);
    return value;
  };
}

/** The `when` zod gives its length checks unless told otherwise: it always holds for a string. */
const whenHasLength = z.maxLength(0)._zod.def.when;

/**
 * A check done directly, for the kinds every contact field meets (a trim, a
 * length, a pattern, a refinement), where running zod's check function
 * through a payload was most of the time spent on a string. Each says yes only
 * where zod's own check would, with the same value; anything else, and any
 * doubt (a length that zod counts in code points), goes to zod's function.
 */
function checkStep(check: Check): Step {
  const def = check._zod.def as z.core.$ZodCheckDef & Record<string, unknown>;
  const traits = (check as unknown as Schema)._zod.traits;
  const byZod = zodCheck(check);
  if (traits.has('$ZodCheckOverwrite') && !def.when) return def.tx as Step;
  if ((traits.has('$ZodCheckMaxLength') || traits.has('$ZodCheckMinLength')) && def.when === whenHasLength) {
    // At most the maximum in UTF-16 units is at most that in code points too, and
    // twice the minimum in units is at least the minimum in code points.
    const { maximum = Infinity, minimum = 0 } = def as { maximum?: number; minimum?: number };
    return (value) => (typeof value === 'string' && value.length <= maximum && value.length >= minimum * 2 ? value : byZod(value));
  }
  if (traits.has('$ZodCheckRegex') && !def.when) {
    const pattern = def.pattern as RegExp;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string) ? value : DECLINED;
    };
  }
  if (traits.has('$ZodCustom') && !def.when) {
    const holds = def.fn as (value: unknown) => unknown;
    return (value) => {
      const result = holds(value);
      return result instanceof Promise ? (result.catch(() => undefined), DECLINED) : result ? value : DECLINED;
    };
  }
  return byZod;
}

/** A check run by zod's own function, as `$ZodType.run` runs it. */
function zodCheck(check: Check): Step {
  // One payload per schema, reused unless a check of the same schema is still
  // running: a fresh one per field was a good part of an import's garbage.
  const spare: Payload = { value: undefined as never, issues: [] };
  let spareInUse = false;
  return (value) => {
    const reuse = !spareInUse;
    const payload: Payload = reuse ? spare : { value: value as never, issues: [] };
    payload.value = value as never;
    spareInUse = true;
    try {
      const when = check._zod.def.when;
      if (when && !when(payload)) return value;
      const checked = check._zod.check(payload);
      // An async check, or any issue at all, is zod's to handle (zod runs the check again).
      if (checked instanceof Promise) {
        checked.catch(() => undefined);
        return DECLINED;
      }
      return payload.issues.length > 0 ? DECLINED : payload.value;
    } finally {
      if (reuse) {
        spareInUse = false;
        spare.value = undefined as never;
        if (spare.issues.length > 0) spare.issues = [];
      }
    }
  };
}

function parserFor(schema: Schema): Parse {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  if (def.coerce) return unknownKind;
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : DECLINED);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : DECLINED);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : DECLINED);
    case 'unknown':
      return (input) => input;
    case 'enum': {
      const values = schema._zod.values!;
      return (input) => (values.has(input as never) ? input : DECLINED);
    }
    case 'optional':
      return optionalParser(schema, def as z.core.$ZodOptionalDef);
    case 'default':
      return defaultParser(def as z.core.$ZodDefaultDef);
    case 'object':
      return objectParser(def as z.core.$ZodObjectDef);
    case 'record':
      return recordParser(def as z.core.$ZodRecordDef);
    case 'array':
      return arrayParser(def as z.core.$ZodArrayDef);
    default:
      return unknownKind;
  }
}

function optionalParser(schema: Schema, def: z.core.$ZodOptionalDef): Parse {
  // An optional over a default, and exact optionals, have rules of their own: left to zod.
  if (def.innerType._zod.optin === 'defaulted' || schema._zod.traits.has('$ZodExactOptional')) return unknownKind;
  const inner = compile(def.innerType);
  if (inner === unknownKind) return unknownKind;
  return (input) => (input === undefined ? undefined : inner(input));
}

function defaultParser(def: z.core.$ZodDefaultDef): Parse {
  const inner = compile(def.innerType);
  if (inner === unknownKind) return unknownKind;
  // Read each time: zod's getter hands out a fresh copy of an object default.
  return (input) => {
    if (input === undefined) return def.defaultValue;
    const value = inner(input);
    return value === undefined ? def.defaultValue : value;
  };
}

/** Known keys in the shape's order, absent optional keys left out, unknown keys dropped: zod's `handlePropertyResult`. */
function objectParser(def: z.core.$ZodObjectDef): Parse {
  if (def.catchall || Object.getOwnPropertySymbols(def.shape).length > 0) return unknownKind;
  const fields = Object.keys(def.shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = def.shape[key]!;
      return { key, parse: compile(field), optin: field._zod.optin, optout: field._zod.optout };
    });
  if (fields.some((field) => field.parse === unknownKind)) return unknownKind;
  // Added one by one under computed keys, an object past about sixteen properties
  // turns into a hash table in V8: a stored contact then took about twice the
  // memory and was slower to read. A spread copies it into a compact one, for
  // less than the table cost to fill.
  const compact = fields.length > 12;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return DECLINED;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, parse, optin, optout } of fields) {
      const given = source[key];
      // Whether the key is there at all matters only when its value is undefined.
      const present = given !== undefined || key in source;
      if (!present && optin === 'optional' && optout === 'optional') continue;
      if (!present && optin === undefined) return DECLINED;
      const value = parse(given);
      if (value === DECLINED) return DECLINED;
      if (value !== undefined) out[key] = value;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return compact ? { ...out } : out;
  };
}

/** Records keyed by free text (not an enum's keys), read from plain objects. */
function recordParser(def: z.core.$ZodRecordDef): Parse {
  if (def.keyType._zod.values || (def as { mode?: string }).mode === 'loose') return unknownKind;
  const keyOf = compile(def.keyType);
  const valueOf = compile(def.valueType);
  if (keyOf === unknownKind || valueOf === unknownKind) return unknownKind;
  return (input) => {
    if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length > 0) return DECLINED;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source)) {
      if (key === '__proto__') continue;
      const outKey = keyOf(key);
      if (typeof outKey !== 'string') return DECLINED;
      if (outKey === '__proto__') continue;
      const value = valueOf(source[key]);
      if (value === DECLINED) return DECLINED;
      out[outKey] = value;
    }
    return out;
  };
}

/**
 * zod's `util.isPlainObject`, the test its records use (an object whose
 * `constructor` key is a function without `isPrototypeOf` on its prototype is
 * not one). Written again here: reached through `z.util`, it kept the whole of
 * zod's util namespace in every bundle, 2.4 KB gzipped. The side-by-side tests
 * hold the two together.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  const isObject = (candidate: unknown) => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  if (!isObject(value)) return false;
  const maker = (value as { constructor?: unknown }).constructor;
  if (typeof maker !== 'function') return true;
  const prototype: unknown = maker.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

function arrayParser(def: z.core.$ZodArrayDef): Parse {
  const element = compile(def.element);
  if (element === unknownKind) return unknownKind;
  return (input) => {
    if (!Array.isArray(input)) return DECLINED;
    const out = new Array<unknown>(input.length);
    for (let index = 0; index < input.length; index += 1) {
      const value = element(input[index]);
      if (value === DECLINED) return DECLINED;
      out[index] = value;
    }
    return out;
  };
}
