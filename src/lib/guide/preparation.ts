/**
 * Forberedelsesguide til fysioterapeuten: motivation, ressourcevurdering,
 * pædagogiske principper, samtaleredskab og aktivitetstyper. Skrevet med egne ord ud fra
 * den generelle værktøjskasse (kilde 004). Konsollens knapper nævnes med de navne, de har i
 * brugerfladen, så guiden altid peger på det, fysioterapeuten ser.
 */
import { da as ui } from '$lib/i18n/da';

export type GuideChecklist = { id: string; area: string; items: { id: string; text: string }[] };
export type GuideActivity = {
	id: string;
	type: string;
	purpose: string;
	example: string;
	inForsta: string;
};
export type GuideLink = { text: string; href: string };
export type GuideSection = {
	id: string;
	title: string;
	paragraphs: string[];
	bullets?: string[];
	links?: GuideLink[];
	checklists?: GuideChecklist[];
	activities?: GuideActivity[];
	source: string;
};

/** The address exactly as the main source (004) gives it under every full table's mood row. */
export const takModelUrl =
	'https://www.fagperson.hospitalsenhedmidt.dk/siteassets/afdelinger/center-for-planlagt-kirurgi/gammel-side/forskningsenheden/tak-fordi-du-sporger-kursus/tak-model.pdf';
export type Guide = { title: string; intro: string; sections: GuideSection[] };

export const preparationGuide: Guide = {
	title: 'Forberedelse af patientuddannelse',
	intro:
		'En kort guide til tiden før holdet mødes: hvad undervisningen skal føre til, hvad der driver deltagerne, hvilke ressourcer de kommer med, og hvordan du lægger undervisningen an. Brug den som tjekliste – ikke som manuskript.',
	sections: [
		{
			id: 'formaal',
			title: 'Formål med patientuddannelsen',
			paragraphs: [
				'Målet er, at patienten bliver bedre til at tage hånd om sine gener fra bevægeapparatet på egen hånd, holder fast i træningen og mindsker risikoen for tilbagefald.',
				'Læg undervisningen tidligt i forløbet – så understøtter den, at patienten følger planen.',
				'Ved artrose i knæ eller hofte og ved primære lændesmerter foregår den som udgangspunkt på hold, så gruppens dynamik kan bruges. Ved nerverodspåvirkning i lænd eller nakke og ved lumbal spinalstenose er den bygget ind i forundersøgelse, statuskonsultationer og konsultationerne imellem – indhold og formål er de samme.',
				'Kan et hold ikke lade sig gøre (for få deltagere, manglende plads, eller I aftaler det sammen), kan undervisningen undtagelsesvis gives til én patient ad gangen eller over video. Ydelsen kan bruges to gange i hvert struktureret forløb, og indholdet bør tages op igen under den efterfølgende holdtræning.'
			],
			bullets: [
				'Bedre forståelse af, hvad smerte er',
				'Indsigt i egen tilstand og i det, der gør den bedre eller værre',
				'Mindre frygt og færre uhensigtsmæssige antagelser om kroppen',
				'Forståelse af, hvorfor fysisk aktivitet betyder noget',
				'Et repertoire af kropslige og mentale øvelser til selvhjælp',
				'Lavere risiko for, at generne bliver kroniske'
			],
			source: '004 › Om patientuddannelse; Formål med patientuddannelse'
		},
		{
			id: 'motivation',
			title: 'Patientens motivation',
			paragraphs: [
				'Bedring kræver ofte en lang egenindsats – nye vaner, træning, aktivitet og håndtering af smerter. Derfor er det værd at forstå, hvad der får den enkelte til at møde op og blive ved.'
			],
			bullets: [
				'Indre eller ydre motivation: Deltager patienten, fordi det giver mening for vedkommende selv (mere funktion, bedre livskvalitet, mindre afhængighed af andre), eller fordi familie, behandler, sagsbehandler eller jobcenter presser på?',
				'Forståelse og forklaringsmodeller: Hvad tror patienten, generne skyldes? Den, der mener, at bevægelse slider kroppen op eller altid giver opblussen, har sværere ved at tage aktivt del i træningen.',
				'Relevans og mål: Motivationen vokser, når indholdet peger mod noget, patienten selv ønsker. Hjælp med at sætte mål, der er personlige og realistiske.',
				'Tidligere erfaringer og barrierer: Nogle har prøvet meget uden blivende effekt og møder op med skepsis. Andre har oplevet ikke at blive forstået i sundhedsvæsenet. Anerkend det, før du går videre.'
			],
			source: '004 › Patientens motivation'
		},
		{
			id: 'ressourcer',
			title: 'Patientens ressourcer',
			paragraphs: [
				'Se på hele patienten: hvad kan vedkommende, hvad har vedkommende adgang til, og hvad kan bære behandlingen og mestringen? Gå områderne igennem før eller undervejs i forløbet, og sæt flueben, hvor du har et svar.'
			],
			checklists: [
				{
					id: 'fysiske',
					area: 'Fysiske ressourcer',
					items: [
						{
							id: 'fysiske-funktion',
							text: 'Hvordan fungerer patienten fysisk nu – gangdistance, styrke og klaring af hverdagen?'
						},
						{ id: 'fysiske-traening', text: 'Har patienten trænet før?' },
						{
							id: 'fysiske-komorbiditet',
							text: 'Er der andre sygdomme, der sætter grænser for aktivitet?'
						}
					]
				},
				{
					id: 'psykologiske',
					area: 'Psykologiske ressourcer',
					items: [
						{
							id: 'psykologiske-mestring',
							text: 'Tror patienten på selv at kunne håndtere smerterne?'
						},
						{
							id: 'psykologiske-tegn',
							text: 'Ses der angst, nedtrykthed/depression eller katastrofetanker?'
						},
						{
							id: 'psykologiske-forandring',
							text: 'Er patienten motiveret for at ændre noget?'
						}
					]
				},
				{
					id: 'sociale',
					area: 'Sociale ressourcer',
					items: [
						{
							id: 'sociale-stoette',
							text: 'Har patienten opbakning fra familie og venner eller et netværk?'
						},
						{ id: 'sociale-praktisk-hjaelp', text: 'Får patienten hjælp til praktiske gøremål?' },
						{
							id: 'sociale-aktiviteter',
							text: 'Deltager patienten i fællesskaber eller sociale aktiviteter?'
						}
					]
				},
				{
					id: 'kognitive',
					area: 'Kognitive ressourcer',
					items: [
						{
							id: 'kognitive-forstaaelse',
							text: 'Forstår patienten sin tilstand og mulighederne for behandling?'
						},
						{
							id: 'kognitive-erfaring',
							text: 'Har patienten tidligere klaret helbredsudfordringer godt?'
						},
						{
							id: 'kognitive-instruktioner',
							text: 'Kan patienten følge en træningsinstruktion?'
						}
					]
				},
				{
					id: 'kommunikative-sproglige',
					area: 'Kommunikative og sproglige ressourcer',
					items: [
						{
							id: 'kommunikative-udtryk',
							text: 'Kan patienten sige tydeligt, hvad vedkommende mener?'
						},
						{
							id: 'kommunikative-vejledning',
							text: 'Forstår patienten den vejledning, der bliver givet?'
						},
						{
							id: 'kommunikative-barrierer',
							text: 'Står sprog eller kultur i vejen for forståelsen?'
						}
					]
				},
				{
					id: 'praktiske-oekonomiske',
					area: 'Praktiske og økonomiske ressourcer',
					items: [
						{
							id: 'praktiske-egenbetaling',
							text: 'Kan patienten betale for holdtræning og egenbetaling?'
						},
						{
							id: 'praktiske-transport',
							text: 'Kan patienten komme frem og tilbage til klinikken?'
						},
						{
							id: 'praktiske-redskaber',
							text: 'Har patienten adgang til fx cykel, elastikker eller hjælpemidler?'
						}
					]
				}
			],
			source: '004 › Patientens ressourcer'
		},
		{
			id: 'paedagogik',
			title: 'Pædagogiske principper',
			paragraphs: [
				'Undervisningen skal støtte læring, mestring og motivation – ikke kun overlevere viden. Hovedkilden giver fem principper, som erfaringen viser virker, når man underviser voksne. Her er de i kildens rækkefølge.'
			],
			bullets: [
				'Deltagerinddragelse og aktiv læring: Voksne lærer mest, når de selv er i gang, bliver inddraget og arbejder med deres egne, konkrete problemer. Brug spørgsmål, dialog, refleksion og øvelser, og lad deltagerne koble emnet til det, de selv har oplevet. Vær nysgerrig på, hvad deltagerne selv tænker om smerterne, og på, hvordan de selv ville løse problemet. Lad dem lære af hinandens erfaringer – det er en af fordelene ved et hold.',
				'Meningsfuldhed og relevans: Indholdet skal kunne bruges i deltagernes hverdag. Tag udgangspunkt i konkrete situationer, og brug eksempler og cases frem for abstrakt teori.',
				'Differentiering og individualisering: Deltagerne er forskellige i, hvordan de forstår deres sygdom, hvilke ressourcer de har, og hvordan de lærer bedst. Tilpas oplægget undervejs, og vær opmærksom på kognitive vanskeligheder.',
				'Tryghed og anerkendelse: Mange, der har haft ondt længe, har oplevet at blive mødt med mistro eller misforståelser. Skab et trygt og anerkendende rum, anerkend deltagernes erfaringer og spørgsmål, og hold dig fra løftede pegefingre som "du skal bare …". Brug motiverende samtale og nysgerrighed.',
				'Kommunikation og formidling: Kilden samler sine idéer til undervisningsformer og læringsaktiviteter i et skema. Du finder dem under Aktivitetstyper nedenfor.'
			],
			source: '004 › Pædagogisk tilgang/overvejelser; Pædagogiske principper'
		},
		{
			id: 'samtaleredskab',
			title: 'Samtaleredskab: TAK-modellen',
			paragraphs: [
				'I de fire fulde tabeller (lænderyg, spinalstenose, artrose og nerverodspåvirkning) foreslår hovedkilden under humør, oplevelser og følelser, at du kan bruge TAK-modellen som samtaleredskab. Kilden siger ikke mere om modellen, og Forstå gengiver den ikke.',
				'Kilden henviser til en pdf på Hospitalsenhed Midts side for fagpersoner (fagperson.hospitalsenhedmidt.dk). Adressen er den, kilden giver:'
			],
			links: [{ text: takModelUrl, href: takModelUrl }],
			source: '004 › Humør, oplevelser, følelser (de fulde tabeller)'
		},
		{
			id: 'aktiviteter',
			title: 'Aktivitetstyper',
			paragraphs: [
				'Skift mellem forskellige former for aktivitet, så deltagerne både hører, prøver, ser og taler. Her er fem typer, deres formål, et eksempel og hvordan Forstå hjælper.'
			],
			activities: [
				{
					id: 'oplaeg-med-dialog',
					type: 'Oplæg med dialog',
					purpose: 'Give viden og få deltagerne til at reflektere over den.',
					example: 'Åbn med spørgsmålet: "Hvad er smerte egentlig?"',
					inForsta:
						'Præsentationens dialogspørgsmål står i præsentationsvisningen ved siden af hvert dias sammen med talernoterne.'
				},
				{
					id: 'oevelser',
					type: 'Øvelser og træning',
					purpose: 'Gøre viden til noget, man mærker i kroppen og kan bruge i praksis.',
					example: 'Prøv en afspændingsøvelse sammen, så deltagerne mærker, at den kan lindre.',
					inForsta: `På et dias med en øvelse viser konsollen øvelsens trin og dine noter om tilpasninger. Tryk "${ui['exercise.start']}": trinnet og en rolig nedtælling vises på tv-skærmen og telefonerne, ved vejrtrækning også rytmen. Brug "${ui['exercise.pause']}", "${ui['exercise.resume']}" og "${ui['exercise.skip']}" i konsollen eller på fjernbetjeningen. Når du trykker "${ui['exercise.stop']}", svarer deltagerne på et kort tjek-ind på telefonen, og konsollen viser, hvem du skal tale med.`
				},
				{
					id: 'billeder-metaforer',
					type: 'Billeder, film og metaforer',
					purpose: 'Gøre det lettere at forstå og huske.',
					example:
						'Progressionstrappen: man vender tilbage til normal funktion ét roligt trin ad gangen.',
					inForsta: 'Billederne af progressionstrappen og T-scoren er indbygget i præsentationerne.'
				},
				{
					id: 'par-gruppedialog',
					type: 'Par- og gruppedialog',
					purpose: 'Lære af hinanden ved at dele erfaringer.',
					example: 'Lad parrene tale om: "Hvad gør du, når generne blusser op?"',
					inForsta: `Åbn "${ui['dialogue.title']}" i konsollen. Vælg et af diasets dialogspørgsmål, eller skriv dit eget, og tryk "${ui['dialogue.show']}". Under "${ui['dialogue.timer']}" vælger du, hvor mange minutter parrene får; nedtællingen vises på tv-skærmen og på telefonerne. Sæt flueben ved "${ui['dialogue.collect']}", hvis parrene skal sende et kort svar bagefter. Svarene venter i konsollen, til du godkender dem til skærmen.`
				},
				{
					id: 'spoergeskemaer',
					type: 'Spørgeskemaer',
					purpose: 'Give deltagerne indsigt i egen situation og lyst til at arbejde videre.',
					example: 'Aktivitetsdagbog eller en baseline-smerteprofil.',
					inForsta: `De fulde præsentationer har smerteprofilen lige efter velkomsten og aktivitetsdagbogen som hjemmeopgave til sidst, og alle præsentationer har et spørgsmål om egen aktivitet under egenhåndtering. Du kan også selv tilføje et skema: Åbn "${ui['add.title']}" i konsollen, vælg "${ui['add.template.baseline']}" eller "${ui['add.template.diary']}" som type, og tryk "${ui['add.submit']}". Hver deltager svarer på skemaets spørgsmål fra 0 til 10 på sin telefon, i sit eget tempo og uden nedtælling. Gruppens resultat kommer først på tv-skærmen, når du trykker "${ui['present.reveal']}".`
				}
			],
			source:
				'004 › Pædagogiske principper › Kommunikation og formidling (skema over aktivitetstyper)'
		}
	]
};
