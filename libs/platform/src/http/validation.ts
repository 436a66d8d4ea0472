import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationOptions, registerDecorator } from 'class-validator';
import { isIsoDate } from '@send/statutory';
import { FieldError, InvalidRequestError } from './problem.filter.js';

/** Reads a free-form part of a body and names every bad field inside it (e.g. plan sections). */
export type StructuredParser = (value: unknown, field: string) => FieldError[];

const structuredParsers = new Map<string, StructuredParser>();

/**
 * Validates a property with a parser that knows its inner structure. Its errors are reported field by
 * field beside the DTO's other errors, so one 400 names every bad field of the body.
 */
export function IsParsedBy(name: string, parse: StructuredParser, options?: ValidationOptions) {
  structuredParsers.set(name, parse);
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} is invalid`, ...options },
      validator: { validate: (value: unknown, args) => parse(value, args?.property ?? propertyName).length === 0 },
    });
}

/** Flattens class-validator's tree into one entry per bad field, named by its path (child.dateOfBirth). */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property;
    const own = Object.entries(e.constraints ?? {}).flatMap(([name, message]) => {
      const parse = structuredParsers.get(name);
      return parse ? parse(e.value, field) : [{ field, message }];
    });
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** For @Matches: text that is more than white space. */
export const NOT_BLANK: [RegExp, ValidationOptions] = [/\S/, { message: '$property must not be blank' }];

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => new InvalidRequestError(flattenValidationErrors(errors)),
  });
}

/** A real calendar date written YYYY-MM-DD (2025-02-29 is refused). */
export function IsBusinessDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isBusinessDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
