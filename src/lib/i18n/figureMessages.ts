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
