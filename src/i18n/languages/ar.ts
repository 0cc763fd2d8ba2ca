/**
 * The interface's strings and dates in words in Arabic (Modern Standard Arabic, as the
 * Arabic-language news services write it). A counted noun takes one of six forms
 * (Intl.PluralRules' zero, one, two, few, many, other): "حدث واحد", "حدثان", "3 أحداث",
 * "11 حدثًا", "100 حدث". Numbers keep CLDR's Latin digits for 'ar' (see counting.ts).
 */
import { ar } from 'date-fns/locale/ar';
import type { Strings } from './en.ts';
import type { DateWords } from '../dates.ts';
import type { Precision } from '../../model/edtf.ts';
import type { PluralForms } from '../counting.ts';

const numbers = new Intl.NumberFormat('ar');
const rules = new Intl.PluralRules('ar');
const n = (count: number) => numbers.format(count);
/** The form of `forms` that `count` takes, its `#` the count in Arabic's digits. */
const count = (count: number, forms: PluralForms) => (forms[rules.select(count)] ?? forms.other).replace('#', () => n(count));
const events = (value: number) =>
  count(value, { zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' });

/**
 * The fields of the schema with words where a problem is (as fr-fields.ts), made definite,
 * and for a list one entry of it after a slash. Arabic names the field with its article
 * ("الاقتباس الأول"): the possessive suffix would agree with the item.
 */
const FIELDS: Record<string, string> = {
  id: 'المعرّف',
  title: 'العنوان',
  file: 'الملف',
  origin: 'الأصل',
  name: 'الاسم',
  kind: 'النوع',
  country: 'الدولة',
  role: 'الصفة',
  date: 'التاريخ',
  dateBasis: 'أساس التأريخ',
  dateNote: 'ملاحظة التاريخ',
  status: 'الحالة',
  countries: 'الدول/الدولة',
  actors: 'الأطراف/الطرف',
  summary: 'الملخص',
  quotes: 'الاقتباسات/الاقتباس',
  related: 'الروابط/الرابط',
  tags: 'الوسوم/الوسم',
  media: 'الوسائط',
  source: 'المصدر',
  speaker: 'القائل',
  event: 'الحدث',
  type: 'النوع',
  note: 'الملاحظة',
  url: 'العنوان الإلكتروني',
  alt: 'النص البديل',
  caption: 'التعليق',
  thumbnail: 'الصورة المصغّرة',
  credit: 'الحقوق',
  description: 'الوصف',
  language: 'اللغة',
  schemaVersion: 'إصدار المخطط',
  sources: 'المصادر',
  events: 'الأحداث',
  path: 'مسار القراءة',
};

const ORDINALS = 'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر'.split(' ');
const FEMININE_ORDINALS = 'الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة'.split(' ');

/**
 * "مصدر الاقتباس الأول": one definite word goes into construct (iḍāfa) with what it belongs
 * to, losing its article; a longer phrase takes "لـ" ("النص البديل للوسائط").
 */
function of(part: string, whole: string): string {
  if (/^ال\S+$/.test(part)) return `${part.slice(2)} ${whole}`;
  return `${part} ${whole.startsWith('ال') ? `لل${whole.slice(2)}` : `ل${whole}`}`;
}

/** "في 5 أكتوبر 2021"; an approximate date already reads "نحو 5 أكتوبر 2021". */
const at = (text: string, _precision: Precision, approximate: boolean) => (approximate ? text : `في ${text}`);

export const strings: Strings = {
  colon: ': ',
  timeline: 'الخط الزمني',
  timelineHelp:
    'تنتقل مفاتيح الأسهم بين الأحداث وفق ترتيبها الزمني، ويفتح مفتاح Enter الحدث، ويكبّر + العرض ويصغّره −، وينتقل مفتاحا Home وEnd إلى أول حدث وآخره.',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitAll: 'عرض الكل',
  groupByCountry: 'التجميع حسب الدولة',
  groupBy: 'التجميع حسب',
  groupNone: 'بلا تجميع',
  groupCountry: 'الدولة',
  groupTag: 'الوسم',
  tags: 'الوسوم',
  noTag: 'بلا وسم',
  mediaKind: { image: 'صورة', video: 'فيديو', audio: 'تسجيل صوتي', page: 'صفحة' },
  mediaCredit: 'الحقوق',
  listView: 'قائمة',
  timelineView: 'الخط الزمني',
  viewMode: 'طريقة العرض',
  filters: 'التصفية',
  countries: 'الدول',
  otherCountries: 'دول أخرى',
  noCountry: 'بلا دولة',
  moreCountries: (value) =>
    count(value, { one: 'دولة أخرى', two: 'دولتان أخريان', few: '# دول أخرى', many: '# دولة أخرى', other: '# دولة أخرى' }),
  actors: 'الأطراف',
  dateKnown: 'كيف عُرف التاريخ',
  basisOption: { stated: 'مذكور في المصادر', relative: 'محسوب من النص', inferred: 'مستنتج' },
  basisChip: { stated: 'تاريخ مذكور', relative: 'تاريخ محسوب', inferred: 'تاريخ مستنتج' },
  search: 'البحث في العناوين والاقتباسات',
  searchHint: 'بحث',
  clearFilters: 'إلغاء كل معايير التصفية',
  activeFilters: 'معايير التصفية النشطة',
  removeFilter: (name) => `إزالة معيار التصفية ${name}`,
  // "التصفية 2 محددان": the adjective agrees with the count of criteria (معيار).
  chosen: (value) => count(value, { one: 'محدد', two: 'محددان', other: 'محددة' }),
  howToRead: 'كيف تقرأ هذا الرسم',
  readMore: 'اقرأ المزيد',
  readingPath: 'مسار القراءة',
  previous: 'السابق',
  next: 'التالي',
  start: 'ابدأ',
  placeOnPath: (index, total) => `${n(index)} من ${n(total)}`,
  followThread: (value) => `تتبّع هذا الخيط (${events(value)})`,
  // After "من" the dual is in the genitive.
  inThread: (value) =>
    `تتبّع خيط من ${count(value, {
      one: 'حدث واحد',
      two: 'حدثين مترابطين',
      few: '# أحداث مترابطة',
      many: '# حدثًا مترابطًا',
      other: '# حدث مترابط',
    })}`,
  leaveThread: 'الخروج من الخيط',
  threadWithContext: 'تضمين الأحداث التي تمهّد للقصة (روابط السياق)',
  onAuthorsPath: 'على مسار الكاتب',
  readInTimeOrder: 'القراءة بالترتيب الزمني',
  storyInFull: (value) => `القصة كاملة: ${events(value)}، مع ما تقوله المصادر`,
  // Intl writes a dual in the nominative ("سنتان"); after "بعد" it is genitive ("بعد سنتين").
  gapLater: (duration) => `بعد ${duration.replace(/^(\S+)ان$/, '$1ين')}`,
  foldAgain: 'طيّ هذه الأحداث مجددًا',
  readLess: 'عرض أقل',
  showing: (shown, total) =>
    shown === total
      ? events(total)
      : `${n(shown)} من أصل ${count(total, { one: 'حدث واحد', two: 'حدثين', few: '# أحداث', many: '# حدثًا', other: '# حدث' })}`,
  noMatch: 'لا يطابق أي حدث معايير التصفية هذه.',
  noEvents: 'لا تضم هذه القصة أي أحداث بعد.',
  close: 'إغلاق',
  details: 'تفاصيل الحدث',
  when: 'متى',
  howDated: 'كيف حُدِّد هذا التاريخ',
  dateBasis: { stated: 'تاريخ مذكور في المصادر', relative: 'تاريخ محسوب من تعبير زمني نسبي', inferred: 'تاريخ مستنتج' },
  who: 'مَن',
  where: 'الدول',
  summary: 'ملخص',
  quotes: 'ما تقوله المصادر',
  source: 'المصدر',
  readInContext: 'القراءة في السياق',
  hideContext: 'إخفاء السياق',
  contextNotFound: 'لا يرد هذا الاقتباس في مصدره بالصيغة التي حُمِّل بها.',
  andMore: (value) => `و${n(value)} أخرى`,
  showMore: (step) => `عرض ${n(step)} أخرى`,
  related: 'أحداث مرتبطة',
  relation: {
    causes: 'أدّى إلى',
    'caused-by': 'نتج عن',
    'responds-to': 'ردّ على',
    'responded-by': 'قوبل بـ',
    'follows-up': 'متابعة لـ',
    'followed-by': 'تلته متابعة في',
    context: 'سياق',
    'context-for': 'سياق لـ',
  },
  linkTypes: { causes: 'يؤدي إلى', 'responds-to': 'يردّ على', 'follows-up': 'يتابع', context: 'سياق' },
  legendLinks: 'الروابط',
  hiddenByFilters: 'مخفي بسبب معايير التصفية الحالية',
  legendPoint: 'حدث في يوم معروف',
  legendSpan: 'حدث يمتد عدة أيام',
  legendApprox: 'تاريخ تقريبي أو غير مؤكد',
  legendPlanned: 'مقرَّر',
  legendInferred: 'تاريخ مستنتج من السياق، غير مذكور',
  legendCovered: 'معروف ضمن هذه الفترة فقط (شهر أو سنة أو نافذة زمنية)',
  eventCount: events,
  language: 'اللغة',
  loading: 'جارٍ تحميل الخط الزمني…',
  datasetInvalid: (value) =>
    `في مجموعة البيانات هذه ${count(value, { one: 'مشكلة واحدة', two: 'مشكلتان', few: '# مشكلات', many: '# مشكلة', other: '# مشكلة' })}`,
  loadFailed: 'تعذّر تحميل الخط الزمني',
  retry: 'إعادة المحاولة',
  unknownInUrl: (what) => `أشار الرابط إلى ${what}، وهو غير موجود في هذا الخط الزمني، فجرى تجاهله.`,
  sources: 'المصادر',
  images: 'الصور',
  downloadSvg: 'تنزيل هذا العرض بصيغة SVG للطباعة',
  cite: 'توثيق',
  citeEvent: 'توثيق هذا الحدث',
  citeQuote: 'توثيق هذا الاقتباس',
  citationStyle: 'المرجع بأسلوب شيكاغو (الطبعة السابعة عشرة، قائمة المراجع؛ بالإنجليزية كما يقتضي هذا الأسلوب)',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyByHand: 'تم التحديد: اضغط Ctrl+C (أو ⌘C على ماك) للنسخ',
  permalink: 'رابط دائم',
  accessedOn: (date: string) => `تاريخ الاطلاع: ${date}`,
  downloadCsl: 'تنزيل بصيغة CSL-JSON',
  downloadBibtex: 'تنزيل بصيغة BibTeX',
  closeCitation: 'إغلاق المرجع',
  citeLoading: 'جارٍ إعداد المرجع…',
  citeFailed: 'تعذّر إعداد المرجع.',
  linkedQuote: 'الاقتباس الذي يشير إليه هذا الرابط',
  skipToList: 'الانتقال إلى قائمة الأحداث',
  selected: 'محدَّد',
  earlier: (value) =>
    count(value, { one: 'حدث سابق واحد', two: 'حدثان سابقان', few: '# أحداث سابقة', many: '# حدثًا سابقًا', other: '# حدث سابق' }),
  later: (value) =>
    count(value, { one: 'حدث لاحق واحد', two: 'حدثان لاحقان', few: '# أحداث لاحقة', many: '# حدثًا لاحقًا', other: '# حدث لاحق' }),
  clusterLabel: (value, days) => `${events(value)}، ${days}`,
  skippedEvents: (value) =>
    count(value, {
      one: 'لا يُعرض حدث واحد من مجموعة البيانات هذه بسبب أخطاء فيه',
      two: 'لا يُعرض حدثان من مجموعة البيانات هذه بسبب أخطاء فيهما',
      few: 'لا تُعرض # أحداث من مجموعة البيانات هذه بسبب أخطاء فيها',
      many: 'لا يُعرض # حدثًا من مجموعة البيانات هذه بسبب أخطاء فيها',
      other: 'لا يُعرض # حدث من مجموعة البيانات هذه بسبب أخطاء فيها',
    }),
  problemAt: {
    dataset: 'مجموعة البيانات',
    item: { sources: 'المصدر %', actors: 'الطرف %', events: 'الحدث %', path: 'الخطوة % من مسار القراءة' },
    quoted: '، «%»',
    field: (key, one) => (Object.hasOwn(FIELDS, key) ? FIELDS[key]?.split('/')[one ? 1 : 0] : undefined),
    // "الاقتباس الأول", "الدولة الأولى"; past the tenth, "الاقتباس رقم 11".
    nth: (entry, number) => {
      const ordinal = (entry.endsWith('ة') ? FEMININE_ORDINALS : ORDINALS)[number - 1];
      return ordinal ? `${entry} ${ordinal}` : `${entry} رقم ${n(number)}`;
    },
    // Every field is already named with its article.
    the: (its) => its,
    of,
  },
};

export const dates: DateWords = {
  dateFnsLocale: ar,
  dayNumber: (day) => String(day),
  beforeChrist: 'ق.م',
  approximate: (text) => `نحو ${text}`,
  uncertain: (text) => `${text} (تاريخ غير مؤكد)`,
  planned: (text) => `${text}، مقرَّر`,
  between: (start, end) => `بين ${start} و${end}`,
  onOrBefore: (text, precision, approximate) => `${at(text, precision, approximate)} أو قبل ذلك`,
  onOrAfter: (text, precision, approximate) => `${at(text, precision, approximate)} أو بعد ذلك`,
  endNotes: {
    start: { approximate: 'بداية تقريبية', uncertain: 'بداية غير مؤكدة', both: 'بداية تقريبية وغير مؤكدة' },
    end: { approximate: 'نهاية تقريبية', uncertain: 'نهاية غير مؤكدة', both: 'نهاية تقريبية وغير مؤكدة' },
  },
  noteSeparator: '؛ ',
};
