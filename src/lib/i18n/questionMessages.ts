/**
 * Strings for answering questions on the phone and for showing the group's results. Danish first,
 * in plain words for older readers. These are to be merged into the main catalogue (messages.ts);
 * until then the components read them through `tq`.
 */
import { getLocale } from './i18n.svelte';

export const questionMessagesDa = {
	'answer.send': 'Send',
	'answer.change': 'Du kan ændre dit svar, så længe spørgsmålet er åbent.',
	'answer.chosen': 'Valgt',
	'answer.agree.1': 'Helt uenig',
	'answer.agree.2': 'Uenig',
	'answer.agree.3': 'Hverken enig eller uenig',
	'answer.agree.4': 'Enig',
	'answer.agree.5': 'Helt enig',
	'answer.single.hint': 'Tryk på det svar, der passer bedst.',
	'answer.multiple.hint': 'Vælg alle de svar, der passer. Tryk så på Send.',
	'answer.multiple.count': 'Du har valgt {count}.',
	'answer.multiple.none': 'Vælg mindst ét svar.',
	'answer.myth': 'Myte',
	'answer.fact': 'Fakta',
	'answer.text.counter': '{count}/{max} tegn',
	'answer.text.empty': 'Skriv dit svar, og tryk så på Send.',
	'answer.goal.private': 'Kun du og fysioterapeuten kan se dit mål.',
	'answer.words.hint': '1–3 ord',
	'answer.words.tooMany': 'Skriv højst 3 ord.',
	'answer.activity.label': 'Hvilken aktivitet er svær for dig?',
	'answer.activity.rating': 'Hvor godt kan du klare den?',
	'answer.activity.min': 'slet ikke',
	'answer.activity.max': 'helt uden besvær',
	'answer.activity.missing': 'Skriv en aktivitet, og vælg et tal.',
	'answer.questionnaire.item': 'Spørgsmål {n} af {total}',
	'answer.questionnaire.progress': '{done} af {total} besvaret',
	'answer.questionnaire.pace': 'Svar i dit eget tempo. Hvert svar gemmes med det samme.',
	'answer.questionnaire.prev': 'Forrige',
	'answer.questionnaire.next': 'Næste',
	'answer.questionnaire.done': 'Tak – dine svar er gemt',
	'answer.questionnaire.missing': '{count} spørgsmål mangler svar.',
	'answer.questionnaire.review': 'Tryk på et spørgsmål for at se eller ændre dit svar.',
	'answer.questionnaire.closed': 'Dine svar:',
	'answer.questionnaire.answer': 'Dit svar: {value}',
	'answer.questionnaire.unanswered': 'Ikke besvaret',
	'results.total': 'Svar: {count}',
	'results.share': '{count} · {percent} %',
	'results.you': 'dig',
	'results.myth': 'Myte',
	'results.fact': 'Fakta',
	'results.correct': 'rigtigt',
	'results.isMyth': 'Det er en myte',
	'results.isFact': 'Det er fakta',
	'results.withheld': 'Resultatet vises, når mindst {needed} har svaret ({total} indtil nu)',
	'results.itemMedian': 'Median {value}',
	'results.itemCount': '{count} svar',
	'results.noMedian': 'Ingen svar endnu',
	'results.noWords': 'Ingen ord at vise endnu',
	'results.noEntries': 'Ingen svar at vise endnu',
	'results.ends': '{min} = {minLabel} · {max} = {maxLabel}'
} as const;

export type QuestionMessageKey = keyof typeof questionMessagesDa;

export const questionMessagesEn: Record<QuestionMessageKey, string> = {
	'answer.send': 'Send',
	'answer.change': 'You can change your answer while the question is open.',
	'answer.chosen': 'Chosen',
	'answer.agree.1': 'Strongly disagree',
	'answer.agree.2': 'Disagree',
	'answer.agree.3': 'Neither agree nor disagree',
	'answer.agree.4': 'Agree',
	'answer.agree.5': 'Strongly agree',
	'answer.single.hint': 'Tap the answer that fits best.',
	'answer.multiple.hint': 'Choose all the answers that fit. Then tap Send.',
	'answer.multiple.count': 'You have chosen {count}.',
	'answer.multiple.none': 'Choose at least one answer.',
	'answer.myth': 'Myth',
	'answer.fact': 'Fact',
	'answer.text.counter': '{count}/{max} characters',
	'answer.text.empty': 'Write your answer, then tap Send.',
	'answer.goal.private': 'Only you and the physiotherapist can see your goal.',
	'answer.words.hint': '1–3 words',
	'answer.words.tooMany': 'Write at most 3 words.',
	'answer.activity.label': 'Which activity is hard for you?',
	'answer.activity.rating': 'How well can you do it?',
	'answer.activity.min': 'not at all',
	'answer.activity.max': 'with no difficulty',
	'answer.activity.missing': 'Write an activity and choose a number.',
	'answer.questionnaire.item': 'Question {n} of {total}',
	'answer.questionnaire.progress': '{done} of {total} answered',
	'answer.questionnaire.pace': 'Answer at your own pace. Each answer is saved straight away.',
	'answer.questionnaire.prev': 'Previous',
	'answer.questionnaire.next': 'Next',
	'answer.questionnaire.done': 'Thank you – your answers are saved',
	'answer.questionnaire.missing': '{count} questions still need an answer.',
	'answer.questionnaire.review': 'Tap a question to see or change your answer.',
	'answer.questionnaire.closed': 'Your answers:',
	'answer.questionnaire.answer': 'Your answer: {value}',
	'answer.questionnaire.unanswered': 'Not answered',
	'results.total': 'Answers: {count}',
	'results.share': '{count} · {percent}%',
	'results.you': 'you',
	'results.myth': 'Myth',
	'results.fact': 'Fact',
	'results.correct': 'correct',
	'results.isMyth': 'It is a myth',
	'results.isFact': 'It is a fact',
	'results.withheld': 'The result is shown once at least {needed} have answered ({total} so far)',
	'results.itemMedian': 'Median {value}',
	'results.itemCount': '{count} answers',
	'results.noMedian': 'No answers yet',
	'results.noWords': 'No words to show yet',
	'results.noEntries': 'No answers to show yet',
	'results.ends': '{min} = {minLabel} · {max} = {maxLabel}'
};

/** A question or results string in the current language, with `{name}` params filled in. */
export function tq(key: QuestionMessageKey, params: Record<string, string | number> = {}): string {
	const template: string = getLocale() === 'en' ? questionMessagesEn[key] : questionMessagesDa[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A number as people read it in the current language: a decimal comma in Danish. */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(getLocale() === 'en' ? 'en-GB' : 'da-DK', {
		maximumFractionDigits: 1
	}).format(value);
}
