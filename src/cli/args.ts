/** Argument parsing with `node:util` parseArgs, turning its errors into usage errors (exit code 2). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Values and positionals as parseArgs returns them for `options`. */
export type ParsedArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/**
 * @param args The command's arguments (after the command name).
 * @param options parseArgs option specs.
 * @returns Values and positionals.
 * @throws UsageError on an unknown option or a missing value.
 */
export function parseCommandArgs<T extends Options>(args: string[], options: T): ParsedArgs<T> {
  try {
    return parseArgs({ args: negativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error),
    );
  }
}

/**
 * parseArgs reads `--timeout -1` as an option without its value ("argument is ambiguous"): a value that is a
 * negative number is joined to its option (`--timeout=-1`), so that the option's own check explains what is wrong.
 * @param args The arguments.
 * @param options parseArgs option specs.
 * @returns The arguments, with such pairs joined.
 */
function negativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = arg.startsWith('--')
      ? arg.slice(2)
      : /^-[^-]$/.test(arg)
        ? Object.keys(options).find((key) => options[key]!.short === arg.slice(1))
        : undefined;
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`${arg.startsWith('--') ? arg : `--${name}`}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * @param name The option, for the message.
 * @param text Its value.
 * @param min Least allowed value.
 * @param integer Whether only integers are allowed.
 * @param hint Said after the bound, e.g. ` (seconds; 0 = no limit)`.
 * @returns The number.
 * @throws UsageError when not a number ≥ min.
 */
export function numberOption(name: string, text: string, min: number, integer: boolean, hint = ''): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} expects ${integer ? 'an integer' : 'a number'} ≥ ${min}${hint}, got '${text}'.`);
  }
  return value;
}

/**
 * @param name The option, for the message.
 * @param text Its value.
 * @param allowed Allowed values.
 * @returns The value.
 * @throws UsageError when not one of `allowed`.
 */
export function choiceOption<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got '${text}'.`);
  return text as T;
}
