/**
 * Strings of the built-in pictures (components/figures), part of the catalogue in messages.ts.
 * A picture speaks its deck's language, so each string exists in Danish and English. Every fact
 * here is one the sources give (004 for the four condition tables, 000/001/003 for osteoporosis);
 * the wording is our own, short and plain.
 */

export const figureMessagesDa = {
	'figure.tscore.aria':
		'T-score: normal over -1, osteopeni fra -1 og ned, osteoporose fra -2,5 og ned',
	'figure.tscore.normal': 'Normal',
	'figure.tscore.osteopenia': 'Osteopeni',
	'figure.tscore.osteoporosis': 'Osteoporose',
	'figure.tscore.normal.range': 'over -1',
	'figure.tscore.osteopenia.range': 'fra -1 og ned',
	'figure.tscore.osteoporosis.range': 'fra -2,5 og ned',
	'figure.tscore.caption':
		'T-score: din knogletæthed sammenlignet med en rask 30-årig. Den laveste værdi af hofte og ryg tæller.',
	'figure.ladder.aria': 'En trappe med fem trin, fra start til mål',
	'figure.ladder.start': 'Start her',
	'figure.ladder.goal': 'Mål',
	'figure.ladder.caption': 'Start på et trin, du kan klare. Gå et trin op, når det går godt.',
	'figure.painAlarm.aria':
		'To knapper på en alarm, der får det samme signal fra kroppen. Til venstre er der skruet ned: lidt ondt. Til højre har et følsomt nervesystem skruet op: mere ondt, men ingen ny skade.',
	'figure.painAlarm.signal': 'Samme signal fra kroppen',
	'figure.painAlarm.normal': 'Normal alarm',
	'figure.painAlarm.sensitive': 'Følsom alarm',
	'figure.painAlarm.little': 'Lidt ondt',
	'figure.painAlarm.more': 'Mere ondt',
	'figure.painAlarm.noDamage': 'Ingen ny skade',
	'figure.painAlarm.caption':
		'Har du haft ondt længe, kan nervesystemet skrue op. Så gør lette ting mere ondt, uden ny skade.',
	'figure.nerveRoot.aria':
		'Tegning af to ryghvirvler med en nerverod, der går ud mellem dem. Der er tryk på nerveroden. Sker det i nakken, går smerten ud i armen. Sker det i lænden, går smerten ned i benet.',
	'figure.nerveRoot.zoom': 'En nerverod i klemme',
	'figure.nerveRoot.vertebra': 'Hvirvel',
	'figure.nerveRoot.root': 'Nerverod',
	'figure.nerveRoot.pressure': 'Tryk',
	'figure.nerveRoot.body': 'Hvor det gør ondt',
	'figure.nerveRoot.neck': 'Nakken: ud i armen',
	'figure.nerveRoot.back': 'Lænden: ned i benet',
	'figure.nerveRoot.caption':
		'Tryk på en nerverod kan give smerter ud i armen eller ned i benet. Tit gør det mest ondt dér.',
	'figure.stenosis.aria':
		'To tegninger af kanalen i ryggen, hvor nerverne ligger. Står eller går du rank, er kanalen smal, og der er mindre plads til nerverne. Bøjer du lænden lidt frem, er der lidt mere plads.',
	'figure.stenosis.upright': 'Står eller går rank',
	'figure.stenosis.uprightRoom': 'Mindre plads',
	'figure.stenosis.forward': 'Bøjet lidt frem',
	'figure.stenosis.forwardRoom': 'Lidt mere plads',
	'figure.stenosis.caption':
		'Bøjer du lænden lidt frem, får nerverne tit lidt mere plads. Derfor letter det tit at sidde eller cykle.',
	'figure.knee.aria': '2 kg mindre kropsvægt svarer til 6-8 kg mindre belastning på knæet.',
	'figure.knee.bodyKg': '2 kg',
	'figure.knee.body': 'mindre kropsvægt',
	'figure.knee.equals': 'svarer til',
	'figure.knee.kneeKg': '6-8 kg',
	'figure.knee.knee': 'mindre belastning på knæet',
	'figure.knee.caption': 'Selv et lille vægttab kan lette meget på knæet.',
	'figure.cascade.aria':
		'Risikoen for et nyt brud. Uden brud eller knogleskørhed: 1. Det første år efter et brud: op til 5 gange så høj. Ti år efter et brud: stadig 2 gange så høj.',
	'figure.cascade.title': 'Risiko for et nyt brud',
	'figure.cascade.none': 'Uden brud eller knogleskørhed',
	'figure.cascade.noneValue': '1',
	'figure.cascade.firstYear': 'Første år efter et brud',
	'figure.cascade.firstYearValue': 'op til 5 gange så høj',
	'figure.cascade.tenYears': 'Ti år efter et brud',
	'figure.cascade.tenYearsValue': 'stadig 2 gange så høj',
	'figure.cascade.caption':
		'Et brud øger risikoen for det næste. Tal med lægen: Behandling kan sænke risikoen.',
	'figure.sss.aria':
		'Tre ord for træning ved knogleskørhed. Stærk: styrketræning og små hop for knogler og muskler. Stabil: balancetræning, så du falder sjældnere. Strakt: stærke rygmuskler, så du holder dig rank.',
	'figure.sss.strong': 'Stærk',
	'figure.sss.strongText': 'Styrketræning og små hop for knogler og muskler',
	'figure.sss.steady': 'Stabil',
	'figure.sss.steadyText': 'Balancetræning, så du falder sjældnere',
	'figure.sss.straight': 'Strakt',
	'figure.sss.straightText': 'Stærke rygmuskler, så du holder dig rank',
	'figure.sss.caption': 'Tre slags træning for knoglerne. Få vejledning, så det passer til dig.',
	'figure.pathway.aria':
		'Et typisk forløb ved knogleskørhed i syv trin: 1 mistanke, 2 DXA-skanning af knoglerne, 3 svar fra lægen, 4 tit blodprøver og måske røntgen, 5 plan for behandling, 6 livsstil med træning, kost, kalk og D-vitamin, 7 kontrol, tit med en ny skanning.',
	'figure.pathway.1': 'Mistanke',
	'figure.pathway.2': 'DXA-skanning af knoglerne',
	'figure.pathway.3': 'Svar fra lægen',
	'figure.pathway.4': 'Tit blodprøver, måske røntgen',
	'figure.pathway.5': 'Plan for behandling',
	'figure.pathway.6': 'Livsstil: træning, kost, kalk og D-vitamin',
	'figure.pathway.7': 'Kontrol, tit med en ny skanning',
	'figure.pathway.caption': 'Et typisk forløb. Dit eget kan se lidt anderledes ud.'
} as const;

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
