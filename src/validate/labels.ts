/** Indicator key → label and unit of the report's catalogue, for messages and unit checks. */
import { getCatalogue, listIndicators, type IndicatorInfo } from '../templates/catalogue.js';
import type { TemplateId } from '../types.js';

const cache = new Map<TemplateId, Map<string, IndicatorInfo>>();

/**
 * @param template A template id.
 * @returns Its indicators by key (empty for 'unknown').
 */
export function indicatorInfo(template: TemplateId): Map<string, IndicatorInfo> {
  let map = cache.get(template);
  if (!map) {
    const catalogue = getCatalogue(template);
    map = new Map((catalogue ? listIndicators(catalogue) : []).map((info) => [info.key, info]));
    cache.set(template, map);
  }
  return map;
}

/**
 * @param template A template id.
 * @param key An indicator key.
 * @returns The printed label of the indicator, or the key itself.
 */
export function labelOf(template: TemplateId, key: string): string {
  return indicatorInfo(template).get(key)?.label ?? key;
}
