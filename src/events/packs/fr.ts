/**
 * French event vocabulary: the words a French dispatch uses for each ACLED sub-type, and
 * the cues that cancel or qualify them. Participles carry their feminine and plural
 * endings (e?s?); auxiliaries cover the tenses agency copy uses (passé composé,
 * plus-que-parfait, the allegation conditional "aurait").
 */
import { frNumbers } from '../../analyze/packs/fr/numbers.js';
import type { EventPack } from './eventPack.js';

/** Auxiliaries of the passé composé and plus-que-parfait, and the conditional of allegation. */
const AUX = '(?:ont|a|avaient|avait|auraient|aurait|ayant|avoir)';
/** Reflexive auxiliaries ("se sont", "s'étaient", "se seraient"). */
const REFL = "(?:se sont|s'est|s'étaient|s'était|se seraient|se serait|s'être|s'étant|se)";
/** "Être" in the tenses a passive takes. */
const ETRE = '(?:est|sont|était|étaient|a été|ont été|avait été|avaient été|aurait été|auraient été|serait|seraient|être)';
/** One optional adverb between an auxiliary and its participle ("ont finalement repris"). */
const ADV = '(?:(?:de nouveau|à nouveau|une nouvelle fois|\\p{L}+) )?';
/** Un bâtiment complément du verbe : « ont pris d'assaut une église » l'attaque, sans prendre de territoire. */
const BUILDING =
  " (?:une? |la |le |l'|les |des |leur |son |sa )?(?:\\p{L}+ ){0,2}?(?:église|mosquée|école|hôtel|hôpital|prison|tribunal|bâtiment|immeuble|bureaux?|parlement|ambassade|marché|restaurant|bar|maison|domicile|résidence)s?(?![\\p{L}])";

export const frEvents: EventPack = {
  code: 'fr',
  triggers: [
    // Changes of territory: who lost the ground stands before "se sont retirés", who gained it before "ont repris".
    { kind: 'territory', pattern: `${REFL} ${ADV}retirée?s?`, places: 'after', before: 'loser', after: 'winner' },
    {
      // « l'armée a reconnu avoir perdu Bor » : le lieu suit aussitôt.
      kind: 'territory',
      pattern: `${AUX} ${ADV}perdu(?! (?:le contrôle|le contact|la vie|pied|espoir|patience))`,
      places: 'after',
      before: 'loser',
      after: 'winner',
      placeNext: true,
    },
    {
      // « ont occupé la ville frontalière d'Esquipulas » : une ville, pas une place, un bâtiment ni « les territoires occupés ».
      kind: 'territory',
      pattern: `${AUX} ${ADV}occupé (?=(?:la |le |l['’])?(?:[\\p{L}-]+ ){0,2}?(?:ville|village|localité|bourg|port|capitale|quartier|île)s? (?:de |d['’]|du ))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'territory',
      pattern: `${AUX} ${ADV}(?:évacué|abandonné|quitté|perdu le contrôle)`,
      places: 'after',
      before: 'loser',
      after: 'winner',
    },
    {
      kind: 'territory',
      // « repoussés hors de la ville » perdent du terrain ; « repoussés par les forces de l'ordre », c'est une attaque repoussée (returnedFire).
      pattern: `${ETRE} ${ADV}(?:chassée?s?|délogée?s?|repoussée?s?(?= (?:(?!par )\\p{L}+ )?(?:hors d|de |du |des |d['’]))|expulsée?s?)`,
      places: 'after',
      before: 'loser',
      after: 'winner',
    },
    { kind: 'territory', pattern: 'retrait', places: 'after', after: 'loser' },
    {
      // « ont chassé les jihadistes de Tombouctou » : le camp chassé suit le verbe.
      kind: 'territory',
      pattern: `${AUX} ${ADV}(?:chassé|délogé|expulsé)(?= (?:les |des |l['’])(?:[\\p{L}'’-]+ ){0,4}?(?:de |du |d['’]))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'territory',
      pattern: `${AUX} ${ADV}(?:repris|pris(?! (?:la fuite|la route|part|fin|acte|soin|en charge|position|d'assaut|(?:\\p{L}+ ){0,2}?le pouvoir))|conquis|reconquis|réoccupé|capturé|investi|pris d'assaut(?!${BUILDING})|pris le contrôle|repris le contrôle)(?! (?:le |du )?pouvoir)`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    // « Se sont emparés du pouvoir » : un coup d'État ne prend pas de territoire.
    {
      kind: 'territory',
      pattern: `${REFL} ${ADV}(?:emparée?s?|rendue?s? maîtres?)(?! (?:du|le) pouvoir)`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    // Forces entering a town, or raising their flag over it, take it.
    {
      kind: 'territory',
      // « sont entrées vendredi dans Kherson » : the day may follow the verb.
      pattern: `(?:${ETRE} ${ADV}entrée?s? (?:\\p{L}+ )?(?:dans|à)|${AUX} ${ADV}hissé (?:le|leur) drapeau (?:sur|à|au-dessus de))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'territory',
      pattern: `${ETRE} ${ADV}(?:reprise?s?|prise?s?|conquise?s?|reconquise?s?|capturée?s?) par`,
      places: 'before',
      after: 'winner',
    },
    {
      kind: 'territory',
      // « est tombé vendredi aux mains du Viêt-minh » : le jour peut suivre le verbe.
      pattern: `(?:${ETRE} ${ADV})?(?:tombée?s?|passée?s?) (?:\\p{L}+ )?(?:aux mains|sous (?:le )?contrôle|sous la coupe)`,
      places: 'before',
      after: 'winner',
    },
    {
      kind: 'territory',
      pattern: "(?:prise|reprise|conquête|reconquête|capture|chute) (?:de|d'|du|des)",
      places: 'after',
      after: 'winner',
    },
    {
      kind: 'Non-violent transfer of territory',
      pattern: `${AUX} ${ADV}(?:remis|cédé|rétrocédé|transféré)(?: le contrôle)?`,
      places: 'after',
    },
    {
      // « La base de Faya-Largeau a été rétrocédée jeudi à l'armée tchadienne ».
      kind: 'Non-violent transfer of territory',
      pattern: `${ETRE} ${ADV}(?:remise?s?|cédée?s?|rétrocédée?s?|transférée?s?)(?= (?:\\p{L}+ ){0,2}?(?:à|aux) )`,
      places: 'any',
    },

    // Battles.
    {
      // Des forces de l'État qui tuent des hommes armés les ont combattus : « les soldats ont tué deux jihadistes ».
      kind: 'Armed clash',
      pattern: `(?<=\\b(?:soldats|militaires|forces|policiers|gendarmes|troupes|armée)\\b(?: [\\p{L}'’-]+){0,3}? )${AUX} ${ADV}(?:tué|abattu|neutralisé)(?=(?: [\\p{L}\\d'’-]+){0,8}? (?:jihadistes|djihadistes|terroristes|assaillants|rebelles|insurgés|hommes armés|combattants|islamistes)\\b)`,
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      kind: 'Armed clash',
      pattern: `(?:combats?|affrontements?|heurts|accrochages?|échanges? de (?:tirs|coups de feu)|(?:des )?(?:tirs|coups de feu) (?:ont été|avaient été|ont|se sont) échangés|(?:${REFL} ${ADV}heurtée?s?|se heurt(?:aient|ait|ent|e))(?=(?: [\\p{L}'’,-]+){0,8}? (?:à|aux|avec) )(?! (?:à|aux) (?:un |une |des |la |le |l['’])?(?:\\p{L}+ )?(?:refus|difficultés?|obstacles?|opposition|problèmes?|murs?)))`,
      places: 'any',
    },
    {
      kind: 'Armed clash',
      pattern: `${REFL} ${ADV}(?:affrontée?s?|battue?s?)|${AUX} ${ADV}échangé des (?:tirs|coups de feu)|${AUX} ${ADV}affronté`,
      places: 'any',
    },
    // « des tirs d'armes lourdes ont opposé les FDS aux insurgés » (the nouns above make their own triggers).
    {
      kind: 'Armed clash',
      pattern: `(?<!échanges? de )(?:tirs|fusillades?) (?:[\\p{L}'’-]+ ){0,6}?${AUX} ${ADV}(?:\\p{L}+ )?opposé`,
      places: 'any',
      needsArmed: true,
    },
    {
      kind: 'Armed clash',
      pattern: `${AUX} ${ADV}(?:repoussé|contenu|déjoué) (?:\\p{L}+ ){0,4}(?:attaques?|assauts?|offensives?)`,
      places: 'any',
    },
    {
      kind: 'Armed clash',
      // A campaign named in passing ("au début de l'offensive") is no battle of the day: only one launched or aimed somewhere.
      pattern: `${AUX} ${ADV}lancé une (?:offensive|contre-offensive|attaque)|(?:offensive|contre-offensive) (?:sur|contre|vers|dans|en direction de)`,
      places: 'any',
    },
    {
      kind: 'attack',
      // "l'attaque", "ces attaques" point back at an event already told, not at a new one.
      // « a tiré sur un groupe de jeunes » : des tirs sur des gens, pas des tirs de sommation.
      pattern: `${AUX} ${ADV}(?:attaqué|pris pour cible|ouvert le feu|tendu une embuscade|mitraillé|pris d'assaut(?=${BUILDING})|donné l['’]assaut (?:[\\p{L}\\p{N}]+ ){0,4}?(?:à|au|aux|contre)(?![^.;]{0,60}?\\b(?:manifestants|campements?|sit-in|partisans|rassemblements?)\\b))|${AUX} ${ADV}tiré (?:\\p{L}+ ){0,2}?sur (?:un |une |des |les |la |le |l')?(?:groupe|foule|civils|passants|jeunes|habitants|villageois|voiture|véhicule|bus|fidèles)\\b|${AUX} ${ADV}tiré (?:\\p{L}+ ){0,3}?(?:coups de feu|balles|rafales) (?:sur|contre)|(?:dans une|lors d'une) embuscade|une embuscade tendue|(?<!(?:\\bl['’]|\\b(?:cette|ces|leur|leurs|une telle|de telles) ))(?<!\\b(?:qualifié|qualifiant|dénoncé|dénonçant|dénoncer) [^.;]{0,60}?)attaques?(?! (?:de drones?|aériennes?|informatiques?))`,
      places: 'any',
      generic: true,
    },
    {
      // Des hommes armés qui font irruption dans une école l'attaquent (pas des manifestants dans un bâtiment).
      kind: 'attack',
      pattern: `${AUX} ${ADV}fait irruption`,
      places: 'any',
      generic: true,
      needsArmed: true,
    },
    {
      kind: 'attack',
      pattern: `${ETRE} ${ADV}(?:attaquée?s?|prise?s? pour cible)`,
      places: 'any',
      before: 'actor2',
      after: 'actor1',
      generic: true,
    },

    // Explosions and remote violence: the most specific words first, so that an air raid is not also shelling.
    {
      kind: 'Grenade',
      // Lancée à la main : ni les roquettes, ni les grenades lacrymogènes ou assourdissantes d'une dispersion.
      pattern: `(?:grenades? (?!lacrymogènes?|assourdissantes?|de désencerclement|fumigènes?)(?:\\p{L}+ ){0,2}?${ETRE} ${ADV}(?:lancée?s?|jetée?s?)|${AUX} ${ADV}(?:lancé|jeté) (?:une |deux |trois |plusieurs |des )?grenades?(?! lacrymogènes?| assourdissantes?| de désencerclement| fumigènes?)|(?:attaques?|attentats?|jets?) à la grenade|explosion d(?:e|'une|e deux|e trois|e plusieurs) grenades?(?! lacrymogènes?| assourdissantes?| de désencerclement| fumigènes?)|grenades? (?!lacrymogènes?|assourdissantes?|de désencerclement|fumigènes?)(?:\\p{L}+ ){0,2}?(?:ont|a) ${ADV}explosé)`,
      places: 'any',
    },
    {
      kind: 'Chemical weapon',
      // Un agent toxique employé contre des gens, pas un stock dont on parle ni des gaz lacrymogènes.
      pattern: `(?:attaques? (?:à l'arme |au gaz )?chimiques?|attaques? au (?:gaz sarin|sarin|chlore|gaz moutarde|gaz toxique)|(?:bombes?|barils?) (?:au|de) chlore|(?:gaz sarin|sarin|gaz neurotoxique|agent neurotoxique|gaz moutarde|gaz toxique|gaz de chlore) (?:\\p{L}+ ){0,2}?${ETRE} ${ADV}(?:libérée?|répandue?|utilisée?|largué|employée?|diffusée?)|${AUX} ${ADV}(?:libéré|répandu|utilisé|largué|employé|diffusé) (?:\\p{L}+ ){0,3}?(?:gaz sarin|sarin|gaz neurotoxique|gaz moutarde|gaz de chlore|armes chimiques)|(?:bombardé|pilonné|attaqué|frappé|visé|gazé)e?s? [^.;]{0,100}?(?:avec|à l'aide) (?:des |de |d')(?:armes chimiques|gaz (?:toxiques?|moutarde|sarin|neurotoxiques?)|bombes chimiques|obus chimiques|agents? chimiques?)|(?:bombardé|pilonné|attaqué|frappé|visé)e?s? [^.;]{0,100}?(?:à l'arme|aux armes) chimiques?)`,
      places: 'any',
    },
    {
      kind: 'Air/drone strike',
      pattern:
        "(?<!(?:des|plusieurs) (?:dizaines|centaines) de )(?:(?:bombardements?|frappes?|attaques?),? (?:\\p{L}+ ){0,2}?(?:attribuée?s?|imputée?s?) (?:à|aux?) (?:un |une |des )?(?:drones?|avions?|aviation|hélicoptères?)|frappes? aériennes?|(?<=\\b(?:une|la|des|les|nouvelles?|deux|trois|plusieurs) )frappes? (?:israéliennes?|américaines?|russes?|turques?|syriennes?|saoudiennes?|françaises?|ukrainiennes?|iraniennes?|de la coalition)|raids? aériens?|bombardements? aériens?|frappes? de drones?|attaques? de drones?|attaques? aériennes?|avions? de combat|bombes? (?:guidées?|planantes?)|aviation (?:russe|syrienne|israélienne|américaine|turque|saoudienne|militaire|gouvernementale|du régime)|aviation (?:\\p{L}+ ){1,4}?(?:frappes?|raids?|bombardements?)|(?:frappes?|raids?|bombardements?) (?:de l|par l)'aviation|(?:aviation|avions?|hélicoptères?|drones?|bombardiers?|chasseurs?(?=[- ]bombardiers? | de l'(?:armée de l'air|aviation))|F-(?:1[4568]|35)|Mirage|Rafale|Sukhoï|Sukhoi|MiG|Tornado)(?:[- ]bombardiers?)? (?:[\\p{L}\\p{N}'’,-]+ ){0,8}?(?:a|ont|avait|avaient) (?:\\p{L}+ )?(?:frappé|bombardé|pilonné|visé|ciblé|mitraillé|attaqué|détruit|tiré|ouvert le feu|(?:lâché|largué) (?:des |plusieurs |leurs )?bombes|mené (?:\\p{L}+ ){0,2}?(?:des |une |de nouvelles )?(?:frappes?|raids?|bombardements?))|(?:été|être) (?:\\p{L}+ )?(?:visée?s?|frappée?s?|bombardée?s?|attaquée?s?|mitraillée?s?|ciblée?s?) par (?:des|les|l'|un|une) ?(?:avions?|aviation|hélicoptères?|bombardiers?|chasseurs?|drones?))",
      places: 'any',
    },
    {
      kind: 'Suicide bomb',
      pattern:
        // Qui conduit un véhicule piégé jusqu'à sa cible meurt avec lui : « a lancé un camion piégé contre la caserne ».
        "(?:attentats?[- ]suicides?|kamikazes?|attaques?[- ]suicides?|(?:s'est|se sont) fait exploser|(?:(?:lancé|précipité|projeté|conduit) (?:\\p{L}+ ){0,2}?|foncé (?:\\p{L}+ ){0,2}?(?:au volant d'|avec ))(?:un|une|son|sa|leur) (?:camion|camionnette|voiture|véhicule|citerne|jeep|pick-up)s? (?:piégée?s?|(?:bourrée?s?|chargée?s?|rempli(?:e|s|es)?) (?:d'explosifs|de (?:\\p{L}+ ){0,2}?explosifs)) (?:[\\p{L}'’]+ ){0,3}?(?:contre|sur|dans|vers))",
      places: 'any',
    },
    {
      kind: 'Remote explosive/landmine/IED',
      pattern:
        "(?:engins? explosifs?(?: improvisés?)?|EEI|IED|(?:l['’]|une |d['’]une )explosion d['’](?:une|un) (?:bombe|engin explosif|colis piégé|voiture piégée|charge explosive)|(?:a|avait|ont|avaient) explosé en vol|mines? (?:antipersonnel|terrestres?|artisanales?)|voitures? piégées?|(?:camion|camionnette|voiture|véhicule|ambulance|moto)s? (?:\\p{L}+ )?(?:bourrée?s?|chargée?s?|remplie?s?) (?:d'|de )(?:explosifs|dynamite|TNT)|bombes? artisanales?|sauté sur une mine|colis piégés?|bombes? (?:[\\p{L}\\x27’-]+ ){0,8}?(?:a|ont|avait|avaient) explosé|(?:explosions?(?! (?:de|d'une|d'un) (?:gaz|bonbonne|conduite|citerne|chaudière)| accidentelles?)|bombes?|charges?) (?:[\\p{L}\\x27’-]+ ){0,6}?(?:a|ont|avait|avaient) (?:déchiré|soufflé|ravagé|dévasté|endommagé|détruit|pulvérisé)|(?:fait exploser|fait sauter|déclenché|posé) (?:\\p{L}+ ){0,2}?(?:explosifs|charges? explosives?)|(?:tuée?s?|morte?s?|blessée?s?) (?:[\\p{L}-]+ ){0,3}?(?:par|dans|lors de) l\x27explosion d(?:e |\x27)(?:sa |son |leur |la |une |un )?(?:voiture|véhicule|camion|bus|colis|engin|bombe))",
      places: 'any',
    },
    {
      kind: 'Shelling/artillery/missile attack',
      // « des échanges de tirs d'artillerie » entre deux camps sont un combat, pas un bombardement ;
      // des lance-roquettes, et les armes dont des assaillants sont « armés », sont un équipement.
      pattern: `(?:bombardements?|pilonnages?|projectiles? (?:\\p{L}+ ){0,2}?(?:sont|est|se sont|s'est) (?:tombée?s?|abattue?s?)|(?<!échanges? de )tirs? d'(?:artillerie|obus|roquettes?|missiles?)|tirs? de (?:roquettes?|mortiers?(?! artisanaux)|missiles?)|obus|(?:canons|batteries|artillerie|obusiers|mortiers)\\b[^.;]{0,40}?${AUX} ${ADV}ouvert le feu|(?<!lance-|armée?s? (?:[\\p{L}'’-]+ ){0,5}?)roquettes?|(?<!armée?s? (?:[\\p{L}'’-]+ ){0,5}?)missiles?|${AUX} ${ADV}(?:bombardé|pilonné)(?! (?:\\p{L}+ )?de (?:cocktails|pierres|projectiles|œufs|pétards|bouteilles)))`,
      places: 'any',
    },

    // Violence against civilians.
    {
      kind: 'Attack',
      // Enlevé puis tué : ACLED code le meurtre.
      // « Des hommes armés ont tué trois civils », comme "gunmen killed".
      pattern: `(?:massacres?|exécutions? sommaires?|criblée?s? de balles|tiré (?:sans distinction|au hasard|à l['’]aveugle) sur|(?:a|ont) foncé (?:\\p{L}+ ){0,3}?sur (?:la foule|des passants|des piétons|les passants)|poignardé (?:\\p{L}+ ){0,2}?(?:passants|fidèles|piétons|élèves|civils)|${AUX} ${ADV}(?:massacré|exécuté|abattu|décapité|égorgé)|(?:hommes armés|assaillants|inconnus armés|tireurs) (?:\\p{L}+ ){0,2}?${AUX} ${ADV}tué|${AUX} ${ADV}tué (?:[\\p{L}\\d'’]+ ){0,3}?(?:à la machette|à coups de (?:machette|couteau|hache|gourdin)s?)|(?:enlevée?s?|kidnappée?s?) (?:puis|et) (?:tuée?s?|exécutée?s?|assassinée?s?))`,
      places: 'any',
      generic: true,
    },
    {
      // Un meurtre par des hommes armés : « a été tué par balles par des assaillants ».
      kind: 'Attack',
      pattern: `${ETRE} ${ADV}(?:tuée?s? par balles|assassinée?s?|poignardée?s? à mort)`,
      places: 'any',
      generic: true,
      needsArmed: true,
    },
    {
      // Une personne abattue ou assassinée est un meurtre, que le texte nomme ou non un homme
      // armé : « Rwagasore a été tué vendredi soir d'une balle de fusil ».
      kind: 'Attack',
      pattern: `a été ${ADV}(?:abattue?|assassinée?|tuée? (?:[\\p{L}'’-]+ ){0,3}?(?:d'une balle|d'une rafale|de (?:deux|trois|plusieurs) balles|par balles))`,
      places: 'any',
      // Au passif, la victime est nommée avant, l'auteur après (« par des hommes armés »).
      before: 'actor2',
      after: 'actor1',
      generic: true,
    },
    {
      // « tuées mercredi dans l'attaque d'un convoi » : une attaque, même sans ses auteurs.
      kind: 'attack',
      pattern: `(?:tuée?s?|blessée?s?) (?:[\\p{L}\\d'’-]+ ){0,8}?(?:dans|lors de) l['’]attaque (?:de |du |des |d['’])`,
      places: 'any',
      generic: true,
    },
    {
      // Des balles ont un tireur, nommé ou non : « tués dimanche à Sarajevo par les balles d'un jeune Bosniaque »,
      // « ont été tués samedi par des hommes armés ».
      kind: 'Attack',
      pattern: `${ETRE} ${ADV}(?:tuée?s?|abattue?s?) (?:[\\p{L}\\d'’-]+ ){0,6}?par (?:les balles d|des (?:hommes armés|assaillants|inconnus|individus armés|tireurs))`,
      places: 'any',
      generic: true,
    },
    {
      kind: 'Abduction/forced disappearance',
      // « L'enlèvement de matériel », d'armes ou de corps n'enlève personne.
      pattern: `(?:enlèvements?(?! (?:de |du |des |d')(?:\\p{L}+ )?(?:matériels?|armes|véhicules|munitions|équipements?|corps|débris|ordures|déchets|stocks?|vivres))|rapts?|prises? d'otages?|disparitions? forcées?|(?:pris|prendre|prenant) en otages?|(?:retenai(?:t|ent)|retient|retiennent|détenai(?:t|ent)|détient|détiennent) (?:toujours |encore )?(?:[\\p{L}\\d'’-]+ ){1,4}?(?:d['’])?otages\\b|${AUX} ${ADV}(?:enlevé|kidnappé)|${ETRE} ${ADV}(?:enlevée?s?|kidnappée?s?)(?! (?:puis|et) (?:tuée?s?|exécutée?s?|assassinée?s?)))`,
      places: 'any',
      before: 'actor2',
      after: 'actor1',
    },
    {
      // Des hommes « retranchés avec des otages » les ont pris : ils sont les ravisseurs, nommés avant.
      // Des gens emmenés, pas un lieu pris : « ont emmené des dizaines de civils », « s'étaient emparés du président ».
      kind: 'Abduction/forced disappearance',
      pattern: `(?:(?:${AUX} ${ADV}|\\bet (?:les |l['’])?(?:ont |a )?)(?:emmené|emporté|retenu)|(?:s'est|se sont|s'était|s'étaient) ${ADV}emparée?s? d(?:u|e la personne du|es)) (?:de force )?(?:(?:des dizaines|des centaines|une cinquantaine|une vingtaine|une trentaine|plusieurs|quelques|\\p{N}+) (?:de |d')?)?(?:[\\p{L}'’-]+ ){0,2}?(?:civils|otages|ministres|députés|personnes|femmes|enfants|habitants|villageois|passagers|employés|travailleurs|étrangers|élèves|président|premier ministre)\\b`,
      places: 'any',
      needsArmed: true,
    },
    {
      kind: 'Abduction/forced disappearance',
      pattern:
        "(?:retranchée?s?|barricadée?s?|réfugiée?s?) (?:\\p{L}+ ){0,2}?avec (?:des|leurs|ses|une \\p{L}+ d['’]|plusieurs|\\p{L}+) ?otages\\b",
      places: 'any',
    },
    {
      kind: 'Sexual violence',
      // Le viol d'une personne (féminin : « le cessez-le-feu a été violé » ne viole personne), pas une accusation ni un procès.
      pattern: `(?<!\\b(?:accusée?s? de|accusations? de|procès pour|inculpée?s? de|condamnée?s? pour|plaintes? pour) )(?:(?<!\\bles )viols?(?! (?:du |de la |des |de l['’])(?:cessez|trêve|accord|frontière|espace|territoire))|${ETRE} ${ADV}violées|${ETRE} ${ADV}violée(?! (?:\\p{L}+ )?(?:par|à) (?:les|des) )|(?:(?:${AUX} ${ADV})?violé|violer|violaient|violant) (?:des|plusieurs|une|deux|trois|\\d+) (?:\\p{L}+ )?(?:femmes|fillettes|jeunes filles|filles|adolescentes|femme)|violences? sexuelles?|agressions? sexuelles?|agressée?s? sexuellement)`,
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      // Des personnes « portées disparues » après le passage d'hommes armés ont été enlevées (pas celles sous les décombres).
      kind: 'Abduction/forced disappearance',
      pattern: '(?:sont|restent|étaient|demeurent) (?:toujours )?(?:portée?s? )?(?:disparue?s?|introuvables)',
      places: 'any',
      before: 'actor2',
      after: 'actor1',
      needsArmed: true,
    },

    // Demonstrations.
    {
      kind: 'Violent demonstration',
      // Les gestes de l'émeute la disent, qui que soient leurs auteurs (« des jeunes ont
      // dressé des barricades », « lancé des pierres sur les policiers »).
      // Les dégâts dits des choses abîmées : « des vitrines ont été brisées », « des voitures ont brûlé ».
      pattern: `(?:(?=é)(?<!anti-)(?:émeutes?|émeutiers?)|pillages?|(?:vitrines|voitures|véhicules|magasins|commerces|boutiques|poubelles|abribus|mobilier urbain) (?:[\\p{L}'’]+ ){0,2}?(?:(?:ont|a) (?:\\p{L}+ )?été|ont) (?:\\p{L}+ )?(?:brisée?s|brûlée?s?|incendiée?s?|vandalisée?s?|saccagée?s?|pillée?s)|${AUX} ${ADV}(?:pillé|saccagé)|${ETRE} ${ADV}(?:\\p{L}+ et )?(?:pillée?s?|saccagée?s?)|dressé des barricades|(?:incendié|brûlé) des (?:bus|voitures|véhicules|pneus|commerces|magasins)|pillé des (?:magasins|commerces|boutiques|stations)|(?:lancé|jeté) des (?:pierres|projectiles|cocktails molotov)(?: et des (?:pierres|projectiles|cocktails molotov))? (?:sur|contre) (?:les |des )?(?:policiers|gendarmes|forces|militaires|agents)|(?:manifestants|protestataires|foule|émeutiers|jeunes|paysans) (?:\\p{L}+ ){0,4}?(?:ont |a )?(?:pris d'assaut|incendié|saccagé|mis le feu|caillassé|brûlé)|(?:jeunes|manifestants|protestataires|émeutiers|casseurs|foule) (?:[\\p{L}'’]+ ){0,5}?${AUX} ${ADV}attaqué (?:des |les |la |le |l'|plusieurs )?(?:militaires|soldats|policiers|gendarmes|forces|agents|bâtiments|locaux|commissariats?|gendarmeries?|préfectures?|mairies?|sièges?)|(?:jeunes|manifestants|protestataires|émeutiers|casseurs) (?:[\\p{L}'’]+ ){0,5}?${AUX} ${ADV}affronté (?:[\\p{L}'’]+ ){0,3}?(?:la police|les policiers|les gendarmes|les forces de l'ordre|les forces de sécurité|les CRS))`,
      places: 'any',
      before: 'none',
      after: 'none',
    },
    {
      // Forces that disperse people stop a gathering: a protest with intervention, even when no protest word is written.
      kind: 'Protest with intervention',
      pattern: `${AUX} ${ADV}dispersé (?:\\p{L}+ ){0,4}?(?:manifestants|protestataires|partisans|foule|personnes|étudiants|rassemblement)`,
      places: 'any',
      before: 'actor2',
      after: 'actor1',
    },
    {
      // Des gaz lacrymogènes tirés « pour empêcher des jeunes de marcher » arrêtent aussi un rassemblement.
      kind: 'Protest with intervention',
      // « ont fait usage de matraques et de balles en caoutchouc » : the means may come second.
      pattern: `${AUX} ${ADV}(?:tiré|lancé|fait usage|utilisé|fait donner) (?:[\\p{L}'’]+ ){0,5}?(?:lacrymogènes?|canons? à eau|balles en caoutchouc|matraques)`,
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      // A crowd turning on people without a demonstration: ACLED's mob violence.
      kind: 'Mob violence',
      pattern: `(?:lynch(?:age|ages|é|ée|és|ées)|justice populaire|vindicte populaire|(?:partisans|loyalistes|nervis) (?:\\p{L}+ ){0,4}?(?:ont )?(?:attaqué|chargé|roué de coups|pris d'assaut)|(?:une |la )?foule (?:en colère )?${AUX} ${ADV}(?:attaqué|tué|battu|lapidé|brûlé|mis le feu|pris à partie|agressé)|(?:bandes?|groupes?) (?:de |d'|d’)(?:[\\p{L}'’-]+ ){1,3}?${AUX} ${ADV}(?:pris à partie|agressé|roué de coups|pourchassé|lynché)|(?:manifestants|jeunes|habitants|villageois) armés de (?:[\\p{L}'’-]+ ){1,5}?(?:[\\p{L}'’,]+ ){0,8}?${AUX} ${ADV}(?:attaqué|agressé|pourchassé|pris à partie)|(?:foule|groupes?|bandes?|jeunes|habitants|villageois|colons|partisans) (?!(?:de |d')(?:manifestants|protestataires|émeutiers))(?:[\\p{L}'’.]+ ){0,5}?${AUX} ${ADV}(?:incendié|brûlé|pillé|saccagé) (?:des |les |plusieurs |de nombreuses |[\\p{N}\\p{L}]+ )?(?:maisons|habitations|cases|domiciles|villages|églises|mosquées|temples)(?! d(?:e|es|u) (?:\\S+ ){0,3}?(?:responsables|ministres|députés|parlementaires|sénateurs|maires|élus|dirigeants|politiques))|${ETRE} ${ADV}(?:battue?s?|lapidée?s?|brûlée?s?|tuée?s?)(?: [\\p{L}']+){0,6}? par (?:une|la) foule)`,
      places: 'any',
      before: 'none',
      after: 'actor2',
    },
    {
      kind: 'Peaceful protest',
      // Ni une interdiction (« l'interdiction des manifestations »), ni un accueil (« rassemblées pour accueillir la délégation »).
      pattern: `(?<!(?:interdiction|interdire|interdit|interdisant) (?:des |de |les )?)(?:manifestations?(?! d[e'’] (?:la |sa |leur |son |l['’])?(?:folie|force|puissance|volonté|faiblesse|haine|barbarie|terreur|mépris|impuissance|colère divine))|manifestants?|protestataires|(?<!(?:zones?|points?|lieux?|centres?) de )rassemblements?|sit-in|veillées? (?=[^.;]{0,80}?pour (?:réclamer|exiger|demander|dénoncer|protester))|cortèges?(?! funèbres?)|manifest(?:aient|ait)|(?<=(?:une|la|des|les) )marches? (?=de (?:plusieurs |quelque |des )?(?:milliers|centaines|dizaines|\\d)|silencieuses?|blanches?|pacifiques?|de protestation|contre |pour (?:réclamer|dénoncer|exiger|protester|demander))|${AUX} ${ADV}(?:manifesté|défilé)|(?<=\\b(?:jeunes|manifestants|étudiants|lycéens|grévistes|habitants|femmes|partisans|militants)\\b[^.;]{0,80}?)${ETRE} ${ADV}dispersée?s?|(?<=\\b(?:habitants|manifestants|villageois|agriculteurs|paysans|chauffeurs|routiers|camionneurs|ouvriers|grévistes|étudiants|lycéens|jeunes|foule|partisans|militants|mineurs|commerçants)\\b[^.;]{0,40}?)${AUX} ${ADV}bloqué (?:[\\p{L}'’-]+ ){0,4}?(?:ponts?|routes?|autoroutes?|axes|carrefours?|ronds?-points?|voies ferrées|rues|établissements|lycées|universités|dépôts|raffineries|postes-frontières)|(?<!(?:troupes|soldats|militaires|rebelles|colonnes|forces|combattants|insurgés|mutins|jihadistes|djihadistes) (?:[\\p{L}'’-]+ ){0,3}?)${AUX} ${ADV}marché(?! sur)|${ETRE} ${ADV}descendue?s? dans la rue|${REFL} ${ADV}rassemblée?s?(?!(?: \\S+){0,8}? pour (?:accueillir|saluer|célébrer|fêter|assister|prier|voir|attendre|rendre (?:un )?hommage|se recueillir|honorer|pleurer)))`,
      places: 'any',
      before: 'none',
      after: 'none',
    },

    // Strategic developments.
    {
      kind: 'Agreement',
      // Pas une trêve déjà là : « la ligne de cessez-le-feu », « profitant de la trêve », « respecter le cessez-le-feu », « ordonnait le cessez-le-feu ».
      pattern: `(?<!(?:respect|violations?|rupture|fin|ligne|lignes|profitant) (?:de |du |d['’])(?:la |le |l['’])?)(?<!(?:respecter|respectent|respecte|ordonn\\p{L}*|annul\\p{L}*|rompu|rompre|violé|violer) (?:la |le |l['’]))(?<!(?:négociations?|pourparlers|discussions?) (?:sur|pour|en vue d['’]) (?:un |une |le |la |l['’]))(?<!(?:conformément|en vertu|en application) (?:à |de )?(?:l['’](?:accord (?:de |d['’])?)?|la |le |aux? |des )(?:accords? (?:de |d['’]))?)(?<!(?:réclam|exig|demand)\\p{L}* (?:\\p{L}+ )?(?:un |une |le |la |l['’])?(?:\\p{L}+ )?)(?:(?:cessez-le-feu|trêve)(?! (?:(?:a été|avait été|est|était|semblait|semble) (?:\\p{L}+ )?)?(?:violée?|rompue?|brisée?|respectée?|tenait|tient)(?!\\p{L}))|accords? (?:de paix|de cessez-le-feu|d'évacuation|de réconciliation|de reddition)|${AUX} ${ADV}(?:conclu|signé|trouvé) (?:[\\p{L}\\d'’,()-]+ ){0,14}?(?:un accord|un traité|un pacte|un armistice|une déclaration (?:de paix|commune))|accord (?:« [^»]{1,120}» )?(?:a été|avait été|est) (?:conclu|signé|trouvé)|accords? (?:conclus?|signés?) (?:[\\p{L}'’-]+ ){0,4}?entre|(?:négociations|pourparlers|médiation) (?:[\\p{L},'’-]+ ){0,16}?(?:ont|a|avaient|avait) (?:abouti|débouché) (?:à|sur) un accord)`,
      places: 'any',
    },
    {
      // Un échange de prisonniers se fait en vertu d'un accord, comme ACLED le code.
      kind: 'Agreement',
      pattern: `(?:échanges? de (?:prisonniers|détenus|captifs|otages|corps)|${AUX} ${ADV}échangé (?:[\\p{L}\\d'’]+ ){0,3}?(?:prisonniers|détenus|captifs|otages|corps))`,
      places: 'any',
    },
    {
      kind: 'Arrests',
      // Pas celle qu'on réclame : « a réclamé son arrestation ».
      pattern: `(?:(?<!(?:réclam|exig|demand|appel)\\p{L}* (?:\\p{L}+ ){0,2}?(?:son |sa |leur |l['’]|la |une |des |les )?)arrestations?|interpellations?|coups? de filet|${AUX} ${ADV}(?:arrêté|interpellé|appréhendé|fait (?:arrêter|interpeller))|(?:placée?s?|assignée?s?|maintenue?s?) (?:en résidence surveillée|à résidence|en détention|en garde à vue)|${ETRE} ${ADV}écrouée?s?)`,
      places: 'any',
    },
    {
      kind: 'Change to group/activity',
      // Un groupe armé qui remet, dépose ou détruit ses armes, ou qui se dissout.
      pattern: `(?:${AUX} ${ADV}(?:remis|rendu|déposé|livré|restitué|détruit|brûlé) (?:[\\p{L}'’]+ ){0,10}?(?:ses|leurs|son|leur) (?:armes|arsenal|armement)|${AUX} ${ADV}(?:annoncé|proclamé|décidé) (?:[\\p{L}'’-]+ ){0,6}?(?:«\\s*)?(?:la (?:fin|cessation)(?: définitive)?|l['’]abandon(?: définitif)?) (?:de (?:sa |son |leur |la )?|d['’])(?:lutte armée|activité armée|actions? armées?)|${AUX} ${ADV}(?:annoncé|proclamé|achevé|confirmé) (?:[\\p{L}'’]+ ){0,3}?(?:sa|leur|son) (?:propre )?(?:dissolution|désarmement)|(?:s'est|se sont) ${ADV}(?:dissous|dissoute|sabordée?))`,
      places: 'any',
      after: 'none',
    },
    {
      kind: 'Headquarters or base established',
      // Un camp armé qui installe une base, un quartier général ou un poste de commandement.
      pattern: `${AUX} ${ADV}(?:installé|établi|ouvert|implanté|aménagé) (?:[\\p{L}'’]+ ){0,2}?(?:une |un |leur |son |sa |ses |leurs )?(?:nouvelle |nouveau )?(?:base|bases|quartier général|QG|poste de commandement|camp militaire|garnison)\\b`,
      places: 'any',
      after: 'none',
      needsArmed: true,
    },
    {
      kind: 'Disrupted weapons use',
      // Une arme empêchée de servir : une bombe désamorcée, des missiles interceptés, une cache d'armes saisie.
      // Ce qui a été abattu « par deux missiles » n'est pas un missile.
      pattern: `(?:${AUX} ${ADV}(?:désamorcé|neutralisé|démantelé|intercepté|abattu)(?: et (?:détruit|abattu))? (?:(?!par\\b)[\\p{L}'’]+ ){0,5}?(?:bombes?|engins?|explosifs|charges?|mines?|missiles|roquettes|drones)|(?:bombes?|engins? explosifs?|engins?|charges?|mines?|missiles|roquettes|drones) (?:[\\p{L}'’]+ ){0,3}?${ETRE} ${ADV}(?:désamorcée?s?|neutralisée?s?|interceptée?s?)|(?:voitures? piégées?|bombes?|engins? explosifs?|colis piégés?) (?:[\\p{L}'’,]+ ){0,12}?${ETRE} ${ADV}(?:découverte?s?|trouvée?s?)(?= [^.;]{0,120}?(?:désamorcé|neutralisé|avant (?:qu['’](?:il|elle)s? (?:n['’])?explose|d['’]exploser)))|(?:bombes?|engins?|charges?|explosifs|mines?|obus) non explosée?s?|(?:démineurs|artificiers) (?:[\\p{L}'’]+ ){0,3}?(?:ont|l['’]ont|les ont) (?:fait exploser|désamorcé|neutralisé)|explosions? contrôlées?|${AUX} ${ADV}(?:saisi|découvert) (?:[\\p{L}'’]+ ){0,3}?(?:caches? d['’]armes|stocks? d['’]armes|d['’]importantes quantités d['’](?:armes|explosifs)))`,
      places: 'any',
    },
    {
      kind: 'Looting/property destruction',
      // Des soldats, des policiers ou des hommes armés qui brûlent ou pillent des bâtiments ; une foule qui le fait émeute (plus haut).
      pattern: `(?=incendié|brûlé|pillé|saccagé|rasé|dynamité|dévalisé|démoli|détruit|mis le feu|(?:continué|commencé) (?:\\p{L}+ ){0,2}?à piller)(?<=\\b(?:soldats|militaires|troupes|policiers|gendarmes|miliciens|mutins|hommes(?: armés)?|individus|rebelles|jihadistes|djihadistes|islamistes|insurgés|assaillants|colons) (?:[\\p{L}'’,]+ ){0,8}?${AUX} ${ADV})(?:incendié|brûlé|pillé|saccagé|rasé|dynamité|dévalisé|démoli|détruit|(?:continué|commencé) (?:\\p{L}+ ){0,2}?à piller|mis le feu (?:à|aux?))(?: ou (?:incendié|brûlé|pillé|saccagé|rasé|dynamité|démoli|détruit))? (?:[\\p{L}'’,]+ ){0,4}?(?:maisons|habitations|cases|boutiques|magasins|supermarchés?|commerces|entrepôts|banques?|bureaux|locaux|stations?|radios?|bâtiments?|marchés?|sièges?|consulats?|ambassades?|journaux|églises?|mosquées?|synagogues?|temples?|mausolées?|tombeaux|tombes|sanctuaires?|statues?|monuments?|écoles?|dispensaires?|centres? de santé|hôpita(?:l|ux)|villages?)\\b|(?<=\\b(?:pillards|bandes) (?:[\\p{L}'’,]+ ){0,6}?${AUX} ${ADV})(?:dévalisé|vidé|mis à sac)`,
      places: 'any',
      // Beside a killing or a fight it is part of them: the specific words win.
      generic: true,
    },
    {
      kind: 'Arrests',
      pattern: `${ETRE} ${ADV}(?:arrêtée?s?|interpellée?s?|appréhendée?s?)`,
      places: 'any',
      before: 'actor2',
      after: 'actor1',
    },
    {
      // Des civils qui quittent leur ville en nombre sont déplacés ; des soldats qui la quittent se retirent.
      kind: 'Other',
      pattern: `(?:milliers|centaines|familles|habitants|civils|villageois)\\b(?: [\\p{L}'’,]+){0,6}? ${AUX} ${ADV}(?:quitté (?:la ville|le village|les villages|leurs? (?:maisons?|villages?|foyers?|quartiers?))|pris la route(?! (?:de|du|des) (?:l['’]exil|retour))|abandonné leurs? (?:maisons?|villages?|foyers?))`,
      places: 'any',
      after: 'none',
    },
    {
      // Un coup d'État qui prend le pouvoir sans combat : ce qu'ACLED code « Other ».
      kind: 'Other',
      pattern: `(?:${AUX} ${ADV}pris (?:\\p{L}+ ){0,2}?le pouvoir|(?:s'est|se sont) ${ADV}(?:emparée?s?|saisie?s?) du pouvoir|(?:s'est|se sont) ${ADV}proclamée?s? (?:président|chef de l['’]État|chef du gouvernement|émir|roi)|${AUX} ${ADV}renversé (?:le |la |l['’])?(?:président|gouvernement|régime|chef de l['’]État|émir|roi|dictateur|général|colonel)|${AUX} ${ADV}(?:annoncé|prononcé) la dissolution du gouvernement)`,
      places: 'any',
      after: 'none',
      // Pour PLOVER, une prise (COERCE), pas la fuite de civils que code d'ordinaire « Other ».
      plover: { event: 'COERCE', mode: 'seize' },
    },
    {
      kind: 'Other',
      // Not the wounded taken to hospital, nor a camp or a count of the displaced.
      pattern: `(?:(?<!(?:camps?|sites?) (?:de |pour (?:les )?)|millions? de |milliers de )déplacés|exode|(?=év)(?<!(?:trains?|convois?|couloirs?|corridors?|ordres?|plans?|itinéraires?|exercices?) d['’])évacuations?(?! (?:de |du |d'|des )(?:la |le |l')?(?:gare|station|aéroport|aérogare|stade|bâtiment|immeuble|école|lycée|magasin|centre commercial|salle|tribunal))|(?<!\\b(?:assaillants|militaires|soldats|rebelles|combattants|jihadistes|djihadistes|mercenaires|insurgés|armés)\\b[^.;,]{0,40}?)(?:ont|a) ${ADV}fui|fuient|fuyai(?:en)?t|fuyant|(?<!blessés )(?<!\\b(?:[Ss]on|[Ss]a|[Ss]es) (?:[\\p{L}'’-]+,? ){1,6}?)(?<!\\b(?:blessés|atteints|soldats|militaires|troupes)\\b[^.;]{0,50}?)${ETRE} ${ADV}évacuée?s?(?! (?:\\p{L}+ ){0,2}?(?:vers|à|dans|sur) (?:les |l'|un |une |des |le |la )?(?:hôpita\\p{L}*|cliniques?|centres? (?:de santé|hospitaliers?|médicaux?)|CHU|structures? (?:de santé|sanitaires?)))|pour se réfugier|(?:se sont|s'étaient|se seraient|s'être|s'étant) ${ADV}réfugiée?s?|(?:population|familles?|communauté) (?:[\\p{L}'’]+ ){0,3}?s'(?:est|était) ${ADV}réfugiée|trouvé refuge|(?:familles|habitants|civils|villageois|déplacés) (?:[\\p{L}'’]+ ){0,3}?(?:ont quitté|quittaient|quittent|quittait))`,
      places: 'any',
      after: 'none',
    },
  ],
  cues: {
    negation: [
      { pattern: "(?:ne|n') ?(?:\\p{L}+['’ ]){0,2}?(?:pas|jamais|point)(?! seulement)", window: 40 },
      { pattern: '(?:démenti|démentent|dément|nié|nient|nie|réfuté)', window: 60 },
      // « tiré sans distinction », « sans sommation » : une manière de faire, pas une négation.
      { pattern: '(?:aucune?|sans(?! (?:distinction|discernement|sommation|relâche|prévenir|raison)))', window: 15 },
      // Une interdiction n'est pas une manifestation : « le décret interdit les grèves et les rassemblements ».
      // Le verbe, pas l'adjectif : « le mouvement interdit a manifesté » a bien manifesté.
      {
        pattern:
          "(?:(?:a|ont|avait|avaient) interdit|interdi(?:t|sent|sait|saient|re) (?:les|la|le|l['’]|des|toute?s?)|interdiction (?:de|des|d['’]))(?: (?:\\p{L}+|,)){0,3}",
        window: 40,
      },
    ],
    hypothetical: [
      // Ce qu'un accord veut arrêter n'est pas raconté : « destiné à mettre fin aux combats ».
      {
        pattern: "(?:mettre|mettant|mettrait) fin (?:aux|à la|à l['’]|au)(?= (?:combats|hostilités|guerre|affrontements|conflit)$)",
        window: 25,
      },
      // Rumoured events are not events: « des rumeurs d'attaques ».
      { pattern: "(?:rumeurs? (?:d['’]|de |que |sur )|fausses? (?:alertes?|informations?) (?:d['’]|de |sur ))", window: 30 },
      // The conditional of hypothesis; "aurait"/"serait" are the allegation conditional, read as claims.
      {
        pattern: '(?!serai|aurai)\\p{L}+(?:erai(?:t|ent)|irai(?:t|ent)|rrai(?:t|ent)|drai(?:t|ent)|ttrai(?:t|ent)|oirai(?:t|ent))',
        side: 'both',
        window: 60,
      },
      { pattern: '(?:si|en cas de|risque(?:nt)? de|craint|craignent|redout\\p{L}*|hypothèse)', window: 40 },
      // Ce qu'on craint de voir venir : « craint que ces rapts ne marquent le début d'une stratégie d'enlèvements ».
      { pattern: '(?:crai(?:nt|gnent|gnait|gnaient)|redout\\p{L}*) que', window: 80 },
      // « De nouvelles attaques ne sont pas à exclure » : une possibilité, dite après.
      { pattern: '(?:(?:ne )?(?:sont|est|serait|seraient) pas (?:à exclure|exclue?s?))', side: 'after', window: 60 },
      // « une éventuelle offensive », « une offensive possible », « la menace d'un assaut ».
      { pattern: '(?:éventuel(?:le)?s?|possibles?|probables?|menace (?:d[\x27’]|de ))', side: 'both', window: 15 },
      // Une mise en garde n'est pas un fait : « quiconque sera surpris à piller ».
      { pattern: '(?:quiconque|toute personne (?:surprise|prise|qui))', window: 30 },
      // Une accusation d'habitude n'est pas un événement : « accusée d'enlèvements ».
      { pattern: "(?:accusée?s? d(?:e|')|soupçonnée?s? d(?:e|'))", window: 15 },
    ],
    future: [
      {
        pattern:
          "(?:va|vont|allait|allaient|devrai(?:t|ent)|prévoi(?:t|ent) de|s'apprête(?:nt)? à|menace(?:nt)? de|menacé de|sur le point de|promis de|envisage(?:nt)? de|compte(?:nt)?|prochainement)",
        window: 40,
      },
      { pattern: '(?:question de (?:temps|jours|heures)|imminente?s?)', side: 'both', window: 60 },
      // Calls and plans for an event are not the event ("appelé à de nouvelles manifestations", "l'évacuation prochaine",
      // « dont l'évacuation est envisagée »).
      { pattern: '(?:appel(?:é|le|lent|ant)? à|prochaine?s?|prévue?s?|envisagée?s?)', side: 'both', window: 30 },
      // « a appelé les deux camps à un cessez-le-feu », « exhorte les parties à une trêve ».
      { pattern: "(?:appel(?:é|le|lent|ant)?|exhort\\p{L}*) (?:[\\p{L}'’-]+ ){1,4}?à", window: 60 },
      // Ce qu'on demande de permettre n'a pas eu lieu : « permettre l'évacuation des blessés ».
      { pattern: "(?:à |de |pour )?(?:permettre|autoriser|faciliter)(?: l'| la| le| les)?", window: 20 },
    ],
    background: [
      {
        pattern:
          "(?:depuis (?:\\d{4}|des (?:mois|années|semaines)|le début|plusieurs)|dès (?:les premiers jours|le début|les premières heures)|à partir de \\d{4}|il y a (?:\\d+|deux|trois|plusieurs|quelques) (?:ans|années)|l'an dernier|l'année dernière|le mois dernier|au début du mois|plus tôt (?:ce|dans le) mois|plus tôt (?:cette|dans la) semaine|en début de semaine|en \\d{4})",
        side: 'both',
        window: 30,
      },
      // Un événement déjà connu qu'on nomme : « les victimes du massacre de », « pour protester contre l'enlèvement ».
      {
        pattern:
          "(?:victimes d(?:u|e la|es|e l['’]\\p{L}+)|(?:protester|manifester) (?:contre )?(?:l['’]\\p{L}+|les?|la)|(?:dénon[cç]\\p{L}*|condamn\\p{L}*) (?:l['’]\\p{L}+|les?|la|une?)(?:\\s*«)?)",
        window: 30,
      },
      // An older event brought to mind: "rappelle l'enlèvement", "l'anniversaire de l'attentat".
      {
        pattern:
          '(?:rappel(?:le|ant|ait)|ressembl\\p{L}*|souvenir|anniversaire|commémor\\p{L}*|dans les (?:jours|semaines|mois) qui ont suivi)',
        window: 40,
      },
      // Un événement antérieur à celui rapporté : « deux mois après que des hommes armés ont tué… ».
      { pattern: '(?:(?:\\p{L}+|\\d+) (?:jours|semaines|mois|ans)|(?:un|une) (?:semaine|an|année)) (?:après|avant)', window: 40 },
      // Ce qui était déjà fait avant les faits du jour : « le MNLA avait déjà pris Kidal ».
      { pattern: '(?:avai(?:en)?t|avons|avez) déjà', window: 30 },
      // Un bilan depuis un jour de la semaine : « quarante militants interpellés depuis vendredi ».
      { pattern: 'depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', side: 'after', window: 30 },
      // Ce qui a déclenché l'événement rapporté n'est pas rapporté : « Les heurts faisaient suite à l'enlèvement… ».
      {
        pattern:
          "(?:fai(?:t|sait|saient|sant) suite|succèd\\p{L}*|a été déclenchée? par|avait été déclenchée? par) (?:à )?(?:l['’]|la |le |les |une? )",
        window: 20,
      },
      // Une habitude ou une tendance, pas un événement : « régulièrement », « ces dernières années », « des mois de frappes ».
      // (« À plusieurs reprises » n'en est pas une : « ont attaqué à plusieurs reprises l'aéroport » le jour même.)
      {
        pattern:
          '(?:ces dernières (?:années|semaines)|ces derniers mois|au cours des dernières (?:années|décennies)|depuis des (?:années|décennies)|régulièrement|fréquemment|souvent(?! (?:à pied|en |par |avec |sans |dans |sous )))',
        side: 'both',
        window: 80,
      },
      // Une durée après le verbe en fait un état : « combat le gouvernement depuis plus de quinze ans ».
      {
        pattern:
          'depuis (?:(?:plus de|près de|environ) )?(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) (?:ans|années|décennies)',
        side: 'after',
        window: 70,
      },
      // « Des mois de frappes ont… » (mais « prise après des semaines de combats » est une nouvelle).
      // (The elided « d' » takes its word along: a cue ends on a word boundary.)
      { pattern: "(?<!après )(?:des|de longs|plusieurs) (?:mois|années) d(?:e|'\\p{L}+)", window: 12 },
      // « au terme de trois nuits d'émeutes » : un bilan de plusieurs jours, pas un événement daté.
      { pattern: "(?<!après )(?:deux|trois|quatre|cinq|six|plusieurs|\\d+) (?:nuits|journées|jours|semaines) d(?:e|'\\p{L}+)", window: 18 },
    ],
    claim: [{ pattern: "(?:aurai(?:t|ent)|serai(?:t|ent)|revendiqu\\p{L}*|affirm\\p{L}*|selon|d'après)", side: 'both', window: 80 }],
  },
  fatalities: {
    deathWords: '(?:tuée?s?|morte?s?|décès|victimes|décédée?s?|péri|tombés)',
    tollWords: "(?:faisant|tuant|coûtant la vie à|bilan (?:de|à|s'élève à|est de)|fait)",
    ageWords: '(?:ans|an)',
    victimWords:
      '(?:personnes|civils|soldats|militaires|combattants|rebelles|policiers|enfants|femmes|hommes|membres|jihadistes|djihadistes|insurgés|manifestants|ont été|sont|auraient été|au moins)',
    numbers: frNumbers,
    // ACLED's codebook: "several"/"many" → 10, "dozens" → 12, "hundreds" → 100.
    vague: {
      'des dizaines de': 12,
      'plusieurs dizaines de': 12,
      'une dizaine de': 10,
      plusieurs: 10,
      'de nombreux': 10,
      'de nombreuses': 10,
      'des centaines de': 100,
      'plusieurs centaines de': 100,
      'une centaine de': 100,
    },
  },
  control: [
    { pattern: "il ne (?:leur |lui )?reste plus (?:\\S+ ){0,4}?qu(?:e|')", places: 'after' },
    { pattern: "ne (?:contrôlent|contrôle|tiennent|tient|détiennent|détient) plus (?:\\S+ ){0,2}?qu(?:e|')", places: 'after' },
    { pattern: '(?:contrôlent|contrôle|tiennent|tient) (?:toujours|encore)', places: 'after' },
    {
      pattern: "(?:sont|est|restent|reste|demeurent|demeure) (?:toujours |encore )?(?:aux mains|sous (?:le )?contrôle) (?:de|d'|du|des)",
      places: 'before',
    },
  ],
  clauseBreaks: '(?:;|:| où | après | avant | alors que | tandis que | lorsque | quand | mais | dont | qui | car )',
  restrictiveRelatives: 'qui',
  protestIntervention:
    "(?:dispers|lacrymog|canons? à eau|balles en caoutchouc|matraqu|charg(?:é|ée|és|ées) par la police|(?:police|policiers|gendarmes|forces de l'ordre|militaires|soldats) (?:\\p{L}+ ){0,2}?(?:a|ont) chargé (?:les |la )(?:manifestants|foule|cortège)|interpell|arrêt(?:é|ée|és|ées))",
  protestLethalForce:
    "(?:tuée?s?[^.;]{0,60}?\\b(?:soldats|policiers|militaires|gendarmes|forces de l['’]ordre)\\b[^.;]{0,40}?\\b(?:dispersé|disperser|dispersaient|réprimé|chargé)|tuée?s?[^.;]{0,80}?\\b(?:lors|au cours|pendant) de la (?:dispersion|répression|charge)\\b|(?:manifestants|protestataires|grévistes|marcheurs) (?:[\\p{L}-]+ ){0,2}?(?:ont été|avaient été|sont) (?:tués par balles|abattus)|tirant (?:au fusil|à balles réelles|à l'arme automatique)|ouvert le feu|ouvrant le feu|ouvrent le feu|balles réelles|chevrotine|grenaille|abattu (?:\\p{L}+ ){0,3}?(?:manifestants|protestataires)|tir(?:é|ant|aient|ent)? (?:\\p{L}+ ){0,2}?(?:sur|dans) (?:la foule|(?:les |des |de )(?:[\\p{L}\\p{N}'’-]+ ){0,3}?(?:manifestants|protestataires|grévistes|marcheurs)|le cortège|la marche))",
  firedOnProtest:
    // Les gens visés sont dits manifestants par ce qu'ils faisaient : « des personnes venues réclamer… ».
    "(?:ouvert le feu|ouvrant le feu|tiré|tirant) (?:[\\p{L}-]+ ){0,4}?(?:sur|dans) (?:(?:[\\p{L}'’-]+ ){0,4}?(?:manifestants|manifestantes|marcheurs|grévistes|marche|cortège(?! funèbre)|rassemblement|sit-in|opposants (?:réunis|rassemblés)|(?:milliers|centaines) de (?:partisans|personnes|sympathisants)|foule (?:de|d['’]) (?:plusieurs |quelques |des |environ )?(?:milliers|centaines|millier|centaine|\\d[\\d  ]*\\d{2}))|(?:[\\p{L}\\p{N}'’-]+ ){1,8}?(?:qui (?:manifestaient|défilaient|protestaient|bloquaient|marchaient)|venue?s (?:réclamer|protester|manifester|demander|exiger)|rassemblée?s|massée?s)|(?:la |une )(?:\\p{L}+ )?foule (?:[\\p{L}'’-]+ ){0,6}?(?:meeting|rassemblement|manifestation|réunion (?:publique|politique)))",
  firedOnCrowd: '(?:ouvert le feu|ouvrant le feu|tiré|tirant) (?:\\p{L}+ ){0,3}?(?:sur|dans) (?:la |une )(?:\\p{L}+ )?foule',
  communalViolence:
    '\\b(?:partisans et (?:les |des )?opposants|groupes rivaux|communautés rivales)\\b|\\b(?:communautaires?|intercommunautaires?|interethniques?|interconfessionnel(?:le)?s?|interreligieu(?:x|ses?)|confessionnel(?:le)?s?|ethniques?)\\b|\\b(?:chrétiens|musulmans|hindous|bouddhistes|Hutus?|Tutsis?|Ouzbeks|Kirghiz|Malais|Chinois) et (?:de |des )?(?:chrétiens|musulmans|hindous|bouddhistes|Hutus?|Tutsis?|Ouzbeks|Kirghiz|Malais|Chinois)\\b',
  armedTargets:
    "(?:(?:la|le|les|une?|des|deux|trois|plusieurs) )?(?:[\\p{L}'’-]+ ){0,3}?(?:(?<police>commissariats?|postes? de (?:police|gendarmerie)|gendarmeries?|brigades? de gendarmerie|(?:siège|quartier général|QG) (?:\\p{L}+ )?(?:de la police|de la gendarmerie))|(?:siège|quartier général|QG) (?:\\p{L}+ )?(?:du FSB|du KGB|des services de sécurité|de la sûreté|de l'armée|des renseignements)|garnisons?|casernes?|postes? militaires?|postes? avancés?|bases? militaires?|camps? militaires?)",
  meleeWeapons: '(?:machettes?|gourdins|coupe-coupe|couteaux|lances|barres de fer|arcs et (?:des )?flèches|haches)',
  protestViolence:
    // Des manifestants « morts » sans que l'on dise qui a tiré : la manifestation n'était pas pacifique.
    "(?:manifestants (?:[\\p{L}-]+ ){0,2}?sont morts|dégénér\\p{L}*|tourn\\p{L}* à l'émeute|mis le feu|incendi|pill(?:é|ée|és|ées|age)|saccag|vitrines? (?:brisées|cassées)|jets? de (?:pierres|projectiles)|caillass|heurts|affront(?:é|és|ent|aient|ements?)|ont attaqué|s'en (?:sont|est) pris|s'en pren\\p{L}*|arraché|lan[cç]\\p{L}* (?:des |de )?(?:pierres|projectiles|cocktails)|cocktails? molotov|forcer l'entrée|forcé l'entrée|(?:envahi|pris d'assaut) (?:le |la |l')(?:parlement|assemblée|sénat|palais|ministère|ambassade|aéroport|piste|siège|bâtiment|mairie|préfecture)|brisant|brisé)",
  withoutFight:
    "(?:sans (?:combat(?:tre)?s?|rencontrer de résistance|résistance|coup férir|tirer un coup de feu)|après (?:le |leur )?retrait|après le départ d(?:es|u|e)|abandonnée? par|(?:en )?(?:laissant|remettant|cédant) (?:la (?:ville|localité|base)|le (?:terrain|village|quartier|camp)) aux?|(?:à l'issue|au terme|à la suite) d(?:e|'|es) (?:\\p{L}+ ){0,2}?(?:négociations|pourparlers|tractations)|en vertu d(?:'un|e l') (?:accord|arrangement)|conformément (?:à l'|aux? )(?:accords?|arrangements?)|évacuée? par)",
  // « devait être transféré dans la soirée à Port-Vila », « ont fui vers Tiraspol » : où l'on
  // emmène ou fuit n'est pas où l'événement a eu lieu.
  placeModifierBefore:
    "(?:(?:radio|télévision|agence)(?: officielle| d'État| publique)?|(?:communiqué|conférence de presse|déclaration)s? (?:[\\p{L}'’-]+ ){0,2}?(?:publiée?s?|diffusée?s?|tenue?s?|faite?s?|lue?s?) (?:à|depuis|de)|(?:hôtel|cinéma|lycée|collège|école|caserne|stade|prison|paquebot|navire|croiseur|cuirassé|frégate)(?= $)|(?:transférée?s?|conduite?s?|emmenée?s?|évacuée?s?|rapatriée?s?|expulsée?s?|acheminée?s?|héliportée?s?|fui|fuient|fuyant|fuyaient|(?:se sont|s'est) (?:enfuie?s?|réfugiée?s?))(?: [\\p{L}'-]+){0,3}? (?:vers|à|jusqu'à)|en direction|à destination|en provenance|(?:voies? ferrées?|lignes? (?:ferroviaires?|de chemin de fer)|chemins? de fer|autoroutes?|oléoducs?|gazoducs?)(?: reliant)?|venue?s?|arrivée?s?(?= d)|(?:qui mènen?t?|menant|conduisant|qui conduit) (?:à|vers)|(?:vol|avion|appareil|train|convoi|autobus|bus|décollage|route|corridor)s? (?:[\\p{L}'-]+ ){0,4}?(?:pour|vers)|ambassad\\p{L}*|représentants?|délégués?|délégations?|émissaires?|ministre|ministère|président|police|armée|forces|gouvernement|autorités|diplomatie|soutenue?s? par|appuyée?s? par|allié\\p{L}* (?:de|à)|hostiles? (?:à|au|aux)|imposée? par|(?:gouverneur|maire|préfet)(?: de la région| de l'oblast| de la province)?|kilomètres? (?:au (?:nord|sud|est|ouest)(?:-(?:est|ouest))? )?(?:de|d'|du)|km (?:au (?:nord|sud|est|ouest)(?:-(?:est|ouest))? )?(?:de|d'|du)) (?:de |d'|du |de la |des |par |par le |par la |par l')?",
  // French puts the place after its noun ("la police de Hong Kong"), so only a verb of
  // speech reads after it. Une capitale qui parle pour son gouvernement : « Moscou, principal allié de Damas, a affirmé que… »
  // (pas « à Kati, a indiqué la police », où le verbe inverse son sujet).
  placeModifierAfter:
    "(?:,[^,.;]{1,45},)?(?: et \\S+)? (?:a|ont|avait|avaient) (?:\\p{L}+ )?(?:affirmé|déclaré|dit|annoncé|indiqué|démenti|accusé|assuré|nié|dénoncé|condamné|rejeté|estimé|averti|prévenu|réclamé|exigé|appelé|salué|reconnu|confirmé|menacé)(?: \\p{L}+)?(?= (?:que|qu['’]|avoir|être|ne|n['’])|\\s*:)",
  comparedSince: 'depuis',
  // « L'armée syrienne, appuyée par des combattants du Hezbollah, » : le premier nommé mène.
  sideJoiners:
    "(?:,|(?:,\\s*)?(?:et|avec|ainsi que|(?:appuyée?s?|soutenue?s?|épaulée?s?|aidée?s?) par))(?:\\s+(?:leurs|ses|des))?(?:\\s+alliée?s?)?(?:\\s+(?:combattants|miliciens|forces|troupes|hommes)\\s+(?:du|de la|de l'|des|d'))?",
  placeWindow: 60,
  // Le français nomme le bâtiment avant sa ville (« le tribunal d'Islamabad ») : rien ne la précède.
  facilityHeads: '(?!)',
  locativeInName: '(?:à|au|aux)',
  // « au massacre », « du massacre » : l'article contracté est défini.
  definiteBefore: "(?:l'|la|le|les|au|aux|du|cette|ces|cet|ce|leur|leurs|son|sa|ses)",
  indefiniteBefore: '(?:un|une)',
  groupNameSides: [
    { pattern: '(?:Gardiens de la révolution|Garde républicaine|Garde présidentielle)', side: 'army' },
    {
      pattern:
        '(?:Front|libération|résistance|révolutionnaires?|patriotique|Alliance|Mouvement|Brigades?|moudjahidines|autodéfense|Organisation armée)',
      side: 'rebels',
    },
    {
      pattern: '(?:Forces armées|Forces de défense|Armée|Garde|Gendarmerie|Police|Forces républicaines|Division|forces de sécurité)',
      side: 'army',
    },
  ],
  bothSides: '(?:les deux camps|les deux parties|les deux forces|les belligérants|les forces rivales|les factions rivales)',
  armedSide:
    // Un échange de coups de feu a deux côtés armés, quels qu'ils soient.
    '(?:hommes armés|\\p{L}+ armés(?! de (?:machettes|gourdins|bâtons|couteaux|lances|pierres|barres|haches|coupe-coupe))|en armes|mercenaires|séparatistes|guérilleros|assaillants|jihadistes|djihadistes|rebelles|insurgés|miliciens|milices?|combattants|militaires|soldats|armée|bandits|terroristes|commandos?|échanges? de (?:tirs|coups de feu)|échangé des (?:tirs|coups de feu))',
  civilianVictims:
    '(?:civils|habitants|villageois|humanitaires|fidèles|élèves|écoliers|patients|passagers|(?:personnes )?déplacées?|déplacés|enfants|femmes|touristes|baigneurs|clients|passants|badauds|journalistes|photographes|spectateurs|convives|invités|pèlerins|survivants)',
  nearPlace:
    "(?:près d(?:e|')|dans la banlieue d(?:e|')|en banlieue d(?:e|')|dans les environs d(?:e|')|non loin d(?:e|')|à proximité d(?:e|')|aux abords d(?:e|u|es)|à la sortie d(?:e|')|au (?:nord|sud|est|ouest)(?:-(?:est|ouest))? d(?:e|u|'))",
  beforeNamedPlace:
    "(?:(?:la |le |l')(?:\\p{L}+ )?(?:ville|localité|village|quartier|province|capitale|port|base|région|cité)(?: de| d'|,))",
  townAnaphor:
    // « repris le contrôle de la vieille ville » : une partie de la ville vaut la ville.
    "(?:le contrôle )?(?:(?:total |totalement )?(?:de |d')?(?:la|cette) (?:vieille ville|médina|ville|localité|cité|bourgade)|(?:du|ce) (?:centre-ville|centre de la ville|village|bourg|chef-lieu|vieux quartier))",
  placesIntro: '(?:notamment|en particulier|surtout|principalement)',
  returnedFire:
    "(?:(?:ont|a|avaient|avait) riposté|ripostant|(?:ont|a) répliqué|(?:ont|a|avaient|avait) repoussé (?:l'|une |leur |les )?(?:attaque|assaut|assaillants)|l['’]ont repoussée?s?|(?:été|être) repoussée?s? par|échanges? de (?:tirs|coups de feu)|échangé des (?:tirs|coups de feu)|fusillade avec)",
  calmProtest:
    '(?:dans le calme|sans incidents?|pacifiquement|pacifiques?(?! (?:du conflit|de la crise))|en silence|silencieu(?:x|se|ses)|veillées?|recueillement)',
  directMeans:
    "(?:tuée?s? par balles|abattue?s?|poignardée?s?|à l'arme blanche|à la machette|tiré (?:\\p{L}+ ){0,4}?sur [^.;]{0,80}?tuant)",
  arrestRaids: '(?:perquisitions?|rafles?|descentes? de police|à (?:son|leur) domicile|chez (?:lui|eux))',
  looters:
    '(?:pillards|bandes(?! dessinées| rivales| de jeunes)|gangs(?! de jeunes)|(?:soldats|militaires) (?:débandés|déserteurs|en déroute))',
  // « l'ambassade des États-Unis, à Lomé » : une virgule suivie de « à » situe la chose nommée, elle ne continue pas une liste.
  listJoin:
    // « de Liège à Namur » : the far end of a route goes where its near end goes.
    "(?:,? et|,? ou)(?: vers| de| d'| du| des| à| au| aux| en direction de)?(?: la| l')?|,(?: vers| de| d'| du| des| en direction de)?(?: la| l')?| à",
  // Seul un pronom complément, avant le sujet de la relative (« que le Parlement a votée le
  // 18 ») : « qui avait expiré le 3 janvier » peut dater la fin de l'événement.
  relativeOpeners: "(?:que|qu')",
  // « le scrutin de dimanche », « les élections de dimanche » : le jour nomme le scrutin, pas un événement.
  dateOfNoun: {
    before: '(?:scrutins?|élections?|législatives|présidentielle|référendum|vote|match|sommet|réunion|discours|ultimatum) (?:de|du)',
  },
  // « six corps retrouvés vendredi, au lendemain des émeutes » : les émeutes ont eu lieu jeudi.
  dateShifts: [
    { pattern: "(?:au lendemain|le lendemain|un jour après) (?:de la|de l['’]|des|du|de|d['’])", days: -1 },
    // « douze jours après l'attentat » : l'attentat a douze jours de plus.
    { pattern: "(?<n>\\d+|[a-zé]+) jours après(?: (?:de la|de l['’]|des|du|de|d['’]|que|qu['’]|la|le|les|l['’]))?", days: -1 },
    { pattern: "une semaine après(?: (?:de la|de l['’]|des|du|de|d['’]|que|qu['’]|la|le|les|l['’]))?", days: -7 },
    { pattern: "(?<n>\\d+|[a-zé]+) semaines après(?: (?:de la|de l['’]|des|du|de|d['’]|que|qu['’]|la|le|les|l['’]))?", days: -7 },
  ],
  // « a revendiqué samedi l'enlèvement » : le jour de la revendication, pas celui de l'enlèvement.
  reportingBeforeTime:
    "(?:(?:a|ont|avait|avaient) (?:\\p{L}+ )?(?:déclaré|affirmé|annoncé|indiqué|précisé|rapporté|ajouté|confirmé|dit|expliqué|assuré|écrit|souligné|revendiqué)|déclare|affirme|annonce|indique|précise|rapporte|ajoute|communiqué|conférence de presse)(?: à l'AFP| à la presse| aux journalistes)?(?:,)?(?: dans la (?:soirée|matinée|journée) de| ce| le)?",
};
