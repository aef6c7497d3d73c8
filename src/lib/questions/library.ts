/**
 * Questions the presenter can add during a session from the console's menu, and the two
 * questionnaires Forstå ships. All wording is our own; no licensed instrument is reproduced.
 */
import { questionTypes, type Question, type QuestionType } from '../decks/schema';

/** What the console's menu can add: any single question type, or one of the shipped questionnaires. */
type SingleType = Exclude<QuestionType, 'questionnaire'>;
export type QuestionnaireName = 'baseline' | 'diary';
export type AddTemplate = SingleType | QuestionnaireName;
export const addTemplates: [AddTemplate, ...AddTemplate[]] = [
	'scale',
	...questionTypes.filter(
		(type): type is SingleType => type !== 'questionnaire' && type !== 'scale'
	),
	'baseline',
	'diary'
];

/** A question the presenter adds on the spot: the menu's choice and what they typed. */
export type AddQuestion = {
	template: AddTemplate;
	text: string;
	options?: string[];
	answer?: 'myth' | 'fact';
	explanation?: string;
};

export const baselinePainProfile = {
	text: 'Din smerteprofil lige nu',
	'min-label': 'Slet ikke / ingen',
	'max-label': 'Rigtig meget / værst tænkelig',
	options: [
		'Hvor ondt gør det lige nu?',
		'Hvor ondt har det gjort i den seneste uge, når det var værst?',
		'Hvor tit har du ligget vågen på grund af smerter den seneste uge?',
		'Hvor meget har smerterne holdt dig fra det, du gerne ville?',
		'Hvor bekymret er du for dine smerter?',
		'Hvor sikker er du på, at du selv kan gøre noget ved smerterne?'
	]
};

export const activityDiary = {
	text: 'Aktivitetsdagbog: sådan gik i går',
	'min-label': 'Slet ikke',
	'max-label': 'Rigtig meget',
	options: [
		'Hvor meget bevægede du dig i løbet af dagen?',
		'Hvor meget fik du gjort af dine daglige gøremål?',
		'Hvor meget lavede du dine øvelser?',
		'Hvor meget sad eller lå du stille?',
		'Hvor meget var du sammen med andre?',
		'Hvor tilfreds er du med dagen som helhed?'
	]
};

/**
 * The shipped questionnaires by name: one copy of their wording, used by the console's menu and
 * by a deck's `template:` line (decks/templates.ts).
 */
export const questionnaires: Record<QuestionnaireName, typeof baselinePainProfile> = {
	baseline: baselinePainProfile,
	diary: activityDiary
};

/** Builds the question for a menu choice; `id` is made by the caller, unique in the session. */
export function questionFromTemplate(id: string, add: AddQuestion): Question {
	const base = { id, text: add.text, line: 0, options: [] as string[] };
	switch (add.template) {
		case 'scale':
			return {
				...base,
				type: 'scale',
				min: 0,
				max: 10,
				'min-label': 'Slet ikke',
				'max-label': 'Rigtig meget'
			};
		case 'single':
		case 'multiple':
			return {
				...base,
				type: add.template,
				options: add.options?.length ? add.options : ['Ja', 'Nej']
			};
		case 'myth-fact':
			return {
				...base,
				type: 'myth-fact',
				answer: add.answer ?? 'myth',
				explanation: add.explanation || '–'
			};
		case 'baseline':
		case 'diary': {
			const shipped = questionnaires[add.template];
			return { ...base, type: 'questionnaire', ...shipped, text: add.text || shipped.text };
		}
		default:
			return { ...base, type: add.template };
	}
}
