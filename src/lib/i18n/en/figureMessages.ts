/** The English of figureMessages.ts, with every key its Danish has. */
import type { figureMessagesDa } from '../figureMessages';

export const figureMessagesEn: Record<keyof typeof figureMessagesDa, string> = {
	'figure.tscore.aria':
		'T-score: normal above -1, osteopenia -1 and below, osteoporosis -2.5 and below',
	'figure.tscore.normal': 'Normal',
	'figure.tscore.osteopenia': 'Osteopenia',
	'figure.tscore.osteoporosis': 'Osteoporosis',
	'figure.tscore.normal.range': 'above -1',
	'figure.tscore.osteopenia.range': '-1 and below',
	'figure.tscore.osteoporosis.range': '-2.5 and below',
	'figure.tscore.caption':
		'T-score: your bone density compared with a healthy 30-year-old. The lower value of hip and spine counts.',
	'figure.ladder.aria': 'A staircase of five steps, from start to goal',
	'figure.ladder.start': 'Start here',
	'figure.ladder.goal': 'Goal',
	'figure.ladder.caption': 'Start on a step you can manage. Go up one step when it goes well.',
	'figure.painAlarm.aria':
		'Two knobs on an alarm that gets the same signal from the body. On the left it is turned down: a little pain. On the right a sensitive nervous system has turned it up: more pain, but no new damage.',
	'figure.painAlarm.signal': 'The same signal from the body',
	'figure.painAlarm.normal': 'Normal alarm',
	'figure.painAlarm.sensitive': 'Sensitive alarm',
	'figure.painAlarm.little': 'A little pain',
	'figure.painAlarm.more': 'More pain',
	'figure.painAlarm.noDamage': 'No new damage',
	'figure.painAlarm.caption':
		'After long-lasting pain, the nervous system can turn the alarm up. Then light things hurt more, with no new damage.',
	'figure.nerveRoot.aria':
		'Drawing of two vertebrae with a nerve root leaving between them. The nerve root is under pressure. In the neck, the pain goes out into the arm. In the low back, the pain goes down the leg.',
	'figure.nerveRoot.zoom': 'A pinched nerve root',
	'figure.nerveRoot.vertebra': 'Vertebra',
	'figure.nerveRoot.root': 'Nerve root',
	'figure.nerveRoot.pressure': 'Pressure',
	'figure.nerveRoot.body': 'Where it hurts',
	'figure.nerveRoot.neck': 'Neck: out into the arm',
	'figure.nerveRoot.back': 'Low back: down the leg',
	'figure.nerveRoot.caption':
		'Pressure on a nerve root can give pain out into the arm or down the leg. It often hurts most there.',
	'figure.stenosis.aria':
		'Two drawings of the canal in the spine where the nerves lie. Standing or walking upright, the canal is narrow and the nerves have less room. Bending the low back slightly forward gives a little more room.',
	'figure.stenosis.upright': 'Standing or walking upright',
	'figure.stenosis.uprightRoom': 'Less room',
	'figure.stenosis.forward': 'Bent slightly forward',
	'figure.stenosis.forwardRoom': 'A little more room',
	'figure.stenosis.caption':
		'Bending the low back slightly forward often gives the nerves a little more room. That is why sitting or cycling often eases it.',
	'figure.knee.aria': '2 kg less body weight equals 6-8 kg less load on the knee.',
	'figure.knee.bodyKg': '2 kg',
	'figure.knee.body': 'less body weight',
	'figure.knee.equals': 'equals',
	'figure.knee.kneeKg': '6-8 kg',
	'figure.knee.knee': 'less load on the knee',
	'figure.knee.caption': 'Even a small weight loss can take a lot of load off the knee.',
	'figure.cascade.aria':
		'The risk of a new fracture. Without a fracture or osteoporosis: 1. The first year after a fracture: up to 5 times as high. Ten years after a fracture: still 2 times as high.',
	'figure.cascade.title': 'Risk of a new fracture',
	'figure.cascade.none': 'No fracture or osteoporosis',
	'figure.cascade.noneValue': '1',
	'figure.cascade.firstYear': 'First year after a fracture',
	'figure.cascade.firstYearValue': 'up to 5 times as high',
	'figure.cascade.tenYears': 'Ten years after a fracture',
	'figure.cascade.tenYearsValue': 'still 2 times as high',
	'figure.cascade.caption':
		'One fracture raises the risk of the next. Talk to your doctor: treatment can lower the risk.',
	'figure.sss.aria':
		'Three words for exercise with osteoporosis. Strong: strength training and small jumps for bones and muscles. Steady: balance training, so you fall less often. Straight: strong back muscles, so you stand tall.',
	'figure.sss.strong': 'Strong',
	'figure.sss.strongText': 'Strength training and small jumps for bones and muscles',
	'figure.sss.steady': 'Steady',
	'figure.sss.steadyText': 'Balance training, so you fall less often',
	'figure.sss.straight': 'Straight',
	'figure.sss.straightText': 'Strong back muscles, so you stand tall',
	'figure.sss.caption': 'Three kinds of exercise for your bones. Get guidance so it suits you.',
	'figure.pathway.aria':
		'A typical osteoporosis pathway in seven steps: 1 suspicion, 2 a DXA scan of the bones, 3 the answer from the doctor, 4 often blood tests and perhaps an X-ray, 5 a treatment plan, 6 lifestyle with exercise, food, calcium and vitamin D, 7 check-ups, often with a new scan.',
	'figure.pathway.1': 'Suspicion',
	'figure.pathway.2': 'DXA scan of the bones',
	'figure.pathway.3': 'The answer from the doctor',
	'figure.pathway.4': 'Often blood tests, perhaps an X-ray',
	'figure.pathway.5': 'A treatment plan',
	'figure.pathway.6': 'Lifestyle: exercise, food, calcium and vitamin D',
	'figure.pathway.7': 'Check-ups, often with a new scan',
	'figure.pathway.caption': 'A typical pathway. Yours may look a little different.'
};
