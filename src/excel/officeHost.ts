import type { ExcelHost } from './ExcelHost';

/**
 * The real host: the request context of one `Excel.run`. A pass-through, since Excel.RequestContext already
 * has the shape ExcelHost describes; the assignment is where the compiler checks that it does.
 */
export function officeHost(context: Excel.RequestContext): ExcelHost {
  return context;
}

/** One `Excel.run` around `action`: the only place that touches the `Excel` global. */
export function runInExcel<T>(action: (host: ExcelHost) => Promise<T>): Promise<T> {
  return Excel.run((context) => action(officeHost(context)));
}
