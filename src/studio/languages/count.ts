/**
 * A count in words: the form the language's plural rules pick for n (Arabic has six, French
 * counts 0 as one), with `#` standing for n as the language writes numbers. The Intl objects
 * are made on first use, so that a language the editor never picks costs nothing.
 */
import type { PluralForms } from '../../i18n/counting.ts';

export function counted(locale: string, forms: PluralForms): (n: number) => string {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return (n) => {
    rules ??= new Intl.PluralRules(locale);
    numbers ??= new Intl.NumberFormat(locale);
    return (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
  };
}
