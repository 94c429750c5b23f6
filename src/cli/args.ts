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
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error),
    );
  }
}

/**
 * @param name The option, for the message.
 * @param text Its value.
 * @param min Least allowed value.
 * @param integer Whether only integers are allowed.
 * @returns The number.
 * @throws UsageError when not a number ≥ min.
 */
export function numberOption(name: string, text: string, min: number, integer: boolean): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} expects ${integer ? 'an integer' : 'a number'} ≥ ${min}, got '${text}'.`);
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
