import { NO_FILTERS, hasFilters, type FilterCriteria } from '../model/filter.ts';

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The reader's filters; components read `criteria` and call the verbs. */
export class FilterState {
  countries = $state<string[]>([]);
  actors = $state<string[]>([]);
  query = $state('');

  constructor(initial: FilterCriteria = NO_FILTERS) {
    this.set(initial);
  }

  get criteria(): FilterCriteria {
    return { countries: this.countries, actors: this.actors, query: this.query };
  }

  get active(): boolean {
    return hasFilters(this.criteria);
  }

  set(criteria: Partial<FilterCriteria>): void {
    if (criteria.countries) this.countries = [...criteria.countries];
    if (criteria.actors) this.actors = [...criteria.actors];
    if (criteria.query !== undefined) this.query = criteria.query;
  }

  toggleCountry(code: string): void {
    this.countries = toggled(this.countries, code);
  }

  toggleActor(id: string): void {
    this.actors = toggled(this.actors, id);
  }

  clear(): void {
    this.set(NO_FILTERS);
  }
}
