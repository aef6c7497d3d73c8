/** Slides and questions built from scanned blocks, each checked against its schema. */
import { ATTRIBUTE, type Block, type RawSlide } from './blocks';
import { buildExercise, type Exercise } from './exercise';
import { describeIssue, issueKey, type Fail } from './issues';
import { buildMedia, type SlideMedia } from './media';
import { plainText, renderMarkdown } from './render';
import { questionSchema, slideAttributesSchema, type Question, type Slide } from './schema';
import { withTemplate, type QuestionCandidate } from './templates';

export function buildSlide(raw: RawSlide, fail: Fail): Slide | null {
	if (raw.title === '') fail(raw.line, 'the slide heading needs a title after "## "');
	const attributes = Object.fromEntries([...raw.attributes].map(([k, v]) => [k, v.value]));
	const parsed = slideAttributesSchema.safeParse(attributes);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			fail(
				raw.attributes.get(issueKey(issue))?.line ?? raw.line,
				`slide "${raw.title}": ${describeIssue(issue, attributes)}`
			);
		}
	}
	const questions: Question[] = [];
	const prompts: string[] = [];
	const notes: string[] = [];
	const safety: Slide['safety'] = [];
	const glossary: Slide['glossary'] = [];
	let media: SlideMedia | undefined;
	let exercise: Exercise | undefined;
	for (const block of raw.blocks) {
		const content = block.lines
			.map((l) => l.text)
			.join('\n')
			.trim();
		if (block.name !== 'question' && content === '') {
			fail(block.line, `the ":::${block.name}" block is empty`);
			continue;
		}
		if (block.name === 'media') {
			if (media)
				fail(
					block.line,
					`a slide shows one picture or film; this one has one on line ${media.line}`
				);
			else media = buildMedia(block, fail) ?? undefined;
		} else if (block.name === 'notes') notes.push(content);
		else if (block.name === 'prompt') prompts.push(plainText(content));
		else if (block.name === 'safety')
			safety.push({ html: renderMarkdown(content), text: plainText(content), redFlag: false });
		else if (block.name === 'glossary') {
			const [first, ...rest] = block.lines;
			const term = /^term:\s*(.+)$/.exec(first?.text.trim() ?? '');
			if (!term) fail(first?.line ?? block.line, 'a glossary block starts with "term: …"');
			else
				glossary.push({
					term: term[1]!.trim(),
					html: renderMarkdown(rest.map((l) => l.text).join('\n'))
				});
		} else if (block.name === 'exercise') {
			const built = buildExercise(block, fail);
			if (built && exercise)
				fail(
					block.line,
					`slide "${raw.title}" has more than one ":::exercise" block; use one per slide`
				);
			else if (built) exercise = built;
		} else {
			const question = buildQuestion(block, fail);
			if (question) questions.push(question);
		}
	}
	if (!parsed.success || raw.title === '') return null;
	const body = raw.body.join('\n').trim();
	return {
		...parsed.data,
		title: raw.title,
		line: raw.line,
		html: renderMarkdown(body),
		text: plainText(body),
		safety,
		notesHtml: renderMarkdown(notes.join('\n\n')),
		prompts,
		glossary,
		questions,
		...(media ? { media } : {}),
		...(exercise ? { exercise } : {})
	};
}

function buildQuestion(block: Block, fail: Fail): Question | null {
	const attributes: Record<string, string> = {};
	const attributeLines = new Map<string, number>();
	const textLines: string[] = [];
	const options: string[] = [];
	let inAttributes = true;
	for (const { text, line } of block.lines) {
		const trimmed = text.trim();
		if (inAttributes) {
			if (trimmed === '') {
				if (Object.keys(attributes).length > 0) inAttributes = false;
				continue;
			}
			const match = ATTRIBUTE.exec(trimmed);
			if (match) {
				attributes[match[1]!] = match[2]!.trim();
				attributeLines.set(match[1]!, line);
				continue;
			}
			inAttributes = false;
		}
		if (/^[-*]\s+/.test(trimmed)) options.push(trimmed.replace(/^[-*]\s+/, ''));
		else if (trimmed !== '') textLines.push(trimmed);
	}
	let candidate: QuestionCandidate = {
		...attributes,
		text: textLines.join(' '),
		options,
		line: block.line
	};
	if (!attributes.type) {
		fail(
			block.line,
			'a question needs "type: …" (scale, agree5, single, multiple, myth-fact, open-text, word-cloud, goal, activity-rating or questionnaire)'
		);
		return null;
	}
	if ('template' in attributes) {
		const expanded = withTemplate(candidate, (key) => attributeLines.get(key) ?? block.line, fail);
		if (!expanded) return null;
		candidate = expanded;
	}
	const parsed = questionSchema.safeParse(candidate);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			fail(
				attributeLines.get(issueKey(issue)) ?? block.line,
				`question${attributes.id ? ` "${attributes.id}"` : ''}: ${describeIssue(issue, candidate)}`
			);
		}
		return null;
	}
	return parsed.data;
}
