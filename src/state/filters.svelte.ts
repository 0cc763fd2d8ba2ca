import { NO_FILTERS, hasFilters, type FilterCriteria } from '../model/filter.ts';
import type { DateBasis } from '../model/schema.ts';

function toggled<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The reader's filters; components read `criteria` and call the verbs. */
export class FilterState {
  countries = $state<string[]>([]);
  actors = $state<string[]>([]);
  tags = $state<string[]>([]);
  bases = $state<DateBasis[]>([]);
  query = $state('');

  constructor(initial: FilterCriteria = NO_FILTERS) {
    this.set(initial);
  }

  get criteria(): FilterCriteria {
    return { countries: this.countries, actors: this.actors, tags: this.tags, bases: this.bases, query: this.query };
  }

  get active(): boolean {
    return hasFilters(this.criteria);
  }

  set(criteria: Partial<FilterCriteria>): void {
    if (criteria.countries) this.countries = [...criteria.countries];
    if (criteria.actors) this.actors = [...criteria.actors];
    if (criteria.tags) this.tags = [...criteria.tags];
    if (criteria.bases) this.bases = [...criteria.bases];
    if (criteria.query !== undefined) this.query = criteria.query;
  }

  toggleCountry(code: string): void {
    this.countries = toggled(this.countries, code);
  }

  toggleActor(id: string): void {
    this.actors = toggled(this.actors, id);
  }

  toggleTag(tag: string): void {
    this.tags = toggled(this.tags, tag);
  }

  toggleBasis(basis: DateBasis): void {
    this.bases = toggled(this.bases, basis);
  }

  clear(): void {
    this.set(NO_FILTERS);
  }
}
