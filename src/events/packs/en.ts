/**
 * English event vocabulary: the words an English wire uses for each ACLED sub-type, and
 * the cues that cancel or qualify them. Verbs carry the forms agency copy uses (past,
 * perfect, passive, gerund, noun).
 */
import { enNumbers } from '../../analyze/packs/en/numbers.js';
import type { EventPack } from './eventPack.js';

/** Perfect and pluperfect auxiliaries. */
const HAVE = '(?:have|has|had)';
/** Passive auxiliaries. */
const BE = '(?:was|were|is|are|has been|have been|had been|being)';
/** One optional adverb ("have now withdrawn", "were reportedly captured"). */
const ADV = '(?:\\p{L}+ )?';
/** A building as the object of a verb: "stormed a Catholic church" attacks it, and takes no territory. */
const BUILDING =
  ' (?:a |an |the |its |their )?(?:\\p{L}+ ){0,2}?(?:church|mosque|school|hotel|hostel|dormitory|hospital|prison|jail|court|courthouse|building|compound|offices?|parliament|embassy|market|mall|supermarket|theat(?:re|er)|cinema|restaurant|bar|club|home|house|residence)\\b';

export const enEvents: EventPack = {
  code: 'en',
  triggers: [
    // Changes of territory.
    {
      kind: 'territory',
      pattern: `(?:${HAVE} ${ADV})?(?:withdrew|withdrawn|retreated|pulled out|pulled back|abandoned|lost control|lost)(?= (?:\\p{L}+ )?(?:from|of|the|out|control))`,
      places: 'after',
      before: 'loser',
      after: 'winner',
    },
    {
      // "the army said it had lost Bor, the capital of Jonglei state, to mutineers": a place must follow at once.
      kind: 'territory',
      pattern: `(?:${HAVE} ${ADV})?lost(?! (?:control|contact|power|ground|touch|track|faith|patience|hope|lives|life))`,
      places: 'after',
      before: 'loser',
      after: 'winner',
      placeNext: true,
    },
    {
      kind: 'territory',
      // Driven out, not driven to a town: "the body was being driven to his hometown", nor
      // driven from one's own place by car ("as Niyazov was being driven from his residence").
      // "were driven back" is an attack repelled, not ground lost; "he was driven away" a ride.
      pattern: `${BE} ${ADV}(?:driven(?= (?:out|from|off)\\b)(?! from (?:his|her|its) )|(?:pushed|forced)(?= (?:out|from|away|off)\\b)|expelled|ousted)(?: out)?`,
      places: 'after',
      before: 'loser',
      after: 'winner',
    },
    { kind: 'territory', pattern: 'withdrawal', places: 'after', after: 'loser' },
    {
      // "troops drove Islamist fighters out of Beledweyne": the side driven out follows the verb.
      kind: 'territory',
      pattern: `(?:drove|driven|pushed|forced|chased|flushed|ousted)(?= (?:[\\p{L}'’-]+ ){1,5}?out of )`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'territory',
      pattern: `(?:${HAVE} ${ADV})?(?:captured|recaptured|retook|retaken|seized|capturing|recapturing|seizing|retaking|(?:taking|took|taken) (?:full |total |complete )?control of|took over|taking over|overran|overrun|stormed(?!${BUILDING})|gained control of|regained control of|regained|took back|taken back|liberated|reoccupied|re-occupied)(?! by)(?! (?:a |the )?(?:\\p{L}+ )?(?:train|bus|ship|vessel|plane|aircraft|lorry|truck|car|tanker|cargo|consignment|weapons|arms|drugs|power))(?! (?:\\p{L}+ ){0,2}?(?:hostages?|passengers|tourists|foreigners|\\p{Lu}\\p{L}+(?:ians|ans|ese)\\b))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      // "occupied the border town of Esquipulas": a town, not a square, a building or "occupied territories".
      kind: 'territory',
      pattern: `(?:${HAVE} ${ADV})?occupied (?=(?:the |a )?(?:[\\p{L}-]+ ){0,2}?(?:town|village|city|hamlet|port|capital|district|island)s? of )`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      // "took Herat", "take the town of X": a place must follow at once.
      kind: 'territory',
      pattern: `(?:took|take|takes|taking)(?! (?:part|place|over|control of|power))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
      placeNext: true,
    },
    {
      kind: 'territory',
      pattern: `${HAVE} ${ADV}taken(?! (?:part|place|over|note|steps|measures|control of))`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'territory',
      pattern: `${BE} ${ADV}(?:captured|recaptured|retaken|seized|overrun|taken|taken back|liberated|stormed) by`,
      places: 'before',
      after: 'winner',
    },
    {
      kind: 'territory',
      pattern: '(?:fell|has fallen|had fallen)(?! (?:to|into|under|by|from|short|silent|apart|ill|back|victim))',
      places: 'before',
      after: 'winner',
      placeNext: true,
    },
    {
      kind: 'territory',
      pattern: `(?:fell|${HAVE} fallen|falling|fallen) (?:to|into the hands of|under the control of)`,
      places: 'before',
      after: 'winner',
    },
    { kind: 'territory', pattern: '(?:fall|capture|recapture|seizure|takeover|retaking) of', places: 'after', after: 'winner' },
    // Forces entering a town ("rolled into"), or raising their flag over it, take it; unrest
    // that "entered its second day" enters no place.
    {
      kind: 'territory',
      pattern: `(?:${HAVE} ${ADV})?(?:entered(?! (?:its|a|the|their) (?:\\p{L}+ )?(?:days?|weeks?|months?|years?|phase|stage|round)\\b)|(?:rolled|drove|poured) (?:unopposed |unchallenged )?into|(?:raised|raising|hoisted|hoisting) (?:the|their) (?:national )?flag over)`,
      places: 'after',
      before: 'winner',
      after: 'loser',
    },
    {
      kind: 'Non-violent transfer of territory',
      // "handed another base in Khan Younis over to the police": the place sits inside the phrase.
      pattern: `(?:${HAVE} ${ADV})?(?:handed over|handed back|ceded|transferred control of|(?:handed|turned) (?:[\\p{L}-]+ ){0,3}?(?:bases?|towns?|city|cities|villages?|posts?|camps?|control|headquarters|areas?|territory|region|provinces?|districts?|airports?|ports?|positions|barracks|checkpoints?)(?: [\\p{L}-]+){0,3}? (?:over|back) to)`,
      places: 'after',
    },

    // Battles.
    {
      kind: 'Armed clash',
      pattern:
        '(?:clash(?:es|ed)?|fighting(?! (?:groups?|forces?|units?|positions?|season|chance|spirit|age|men|capability|strength))|fought|firefights?|gun ?battles?|exchanged fire|exchanging fire|(?:shots|gunfire|fire) (?:were|was) exchanged|trad(?:ed|ing) fire|exchange of fire|return(?:ed|ing) fire|skirmish(?:es)?)',
      places: 'any',
    },
    {
      // State forces killing armed men fought them: "troops killed two militants", "police shot dead a gunman".
      kind: 'Armed clash',
      pattern:
        "(?<=\\b(?:troops|soldiers|security forces|forces|police|officers|commandos)\\b(?: [\\p{L}'’-]+){0,3}? )(?:killed|shot dead|shot and killed)(?=(?: [\\p{L}\\d'’-]+){0,4}? (?:militants|gunmen|gunman|attackers|insurgents|rebels|fighters|assailants|jihadists)\\b)",
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      // Firefighters battle blazes and patients illness: with an armed side named, a battle.
      kind: 'Armed clash',
      pattern: '(?:battled|battling)',
      places: 'any',
      needsArmed: true,
    },
    {
      kind: 'Armed clash',
      pattern: `${HAVE}? ?(?:repelled|repulsed|fought off|beat back) (?:\\p{L}+ ){0,4}(?:attacks?|assaults?|offensives?)`,
      places: 'any',
    },
    {
      kind: 'Armed clash',
      pattern:
        '(?:launched (?:an|a|their) (?:offensive|counter-offensive|counteroffensive|assault)|(?:offensive|counter-offensive|counteroffensive) (?:on|against|into|towards?))',
      places: 'any',
    },
    {
      kind: 'attack',
      // "the attack", "these attacks" point back at an event already told, not at a new one.
      // "attackers struck several police posts": armed men who strike attack.
      pattern: `(?<!(?:team|side|players?|forwards?|strikers?|defenders?) )(?:(?<=\\b(?:attackers|gunmen|militants|insurgents|rebels|assailants|raiders|jihadists) (?:\\p{L}+ ){0,2}?)struck|(?:attacked|attacking)(?! (?:the |a |an )?(?:[\\p{L}-]+ ){0,2}?(?:statues?|monuments?|portraits?|posters?|effig(?:y|ies)|billboards?)\\b)|opened fire on|fired (?:\\p{L}+ ){0,3}?(?:into|on) (?:the |a )(?:\\p{L}+ )?crowds?|fired (?:\\p{L}+ ){0,3}?(?:shots|rounds|bullets) (?:at|on|into)|(?<!(?:was|were|been|being|be) )(?:shot|gunned) (?:dead|down)|ambushed|ambush|stormed(?=${BUILDING})|(?<!\\b(?:the|this|that|these|those|its|their|such|to|past|cyber) )(?<!\\b(?:called|calling|describ(?:ed|ing)|branded|labell?ed|termed|denounced)\\b[^.;]{0,80}?)(?<!cyber-?)attacks?)(?! (?:by )?(?:drones?|aircraft|helicopters?))`,
      places: 'any',
      generic: true,
    },
    {
      // Armed men bursting into a school or a church attack it (protesters bursting into a building do not).
      kind: 'attack',
      pattern: '(?:burst|stormed) into',
      places: 'any',
      generic: true,
      needsArmed: true,
    },
    {
      kind: 'attack',
      pattern: `${BE} ${ADV}(?:attacked|targeted|ambushed)`,
      places: 'any',
      before: 'actor2',
      after: 'actor1',
      generic: true,
    },

    // Explosions and remote violence: the most specific words first.
    {
      kind: 'Grenade',
      // Thrown by hand: not rocket-propelled, nor the tear gas or stun grenades of a dispersal.
      // Grenades that explode, or are "thrown at the stage", were thrown.
      pattern: `(?:(?<!(?:rocket-propelled|tear[- ]gas|stun|smoke|concussion) )grenades? (?:\\p{L}+ ){0,2}?(?:${BE} ${ADV})?(?:thrown|hurled|lobbed|tossed|exploded|went off)|(?:threw|hurled|lobbed|tossed) (?:a |two |three |several )?(?:hand )?grenades?|grenade (?:attacks?|blasts?|explosions?))`,
      places: 'any',
    },
    {
      kind: 'Chemical weapon',
      // A toxic agent used on people, not a stockpile talked about ("destroy its chemical weapons") nor tear gas.
      pattern: `(?:chemical (?:weapons? |gas )?attacks?|(?:nerve|poison|toxic|chlorine|mustard) gas attacks?|(?:nerve gas|nerve agents?|sarin|chlorine gas|mustard gas|poison gas|toxic gas|VX) (?:\\p{L}+ ){0,2}?${BE} ${ADV}(?:released|used|dropped|fired|spread|sprayed)|(?:released|used|dropped|fired|sprayed) (?:\\p{L}+ ){0,3}?(?:nerve gas|nerve agents?|sarin|chlorine gas|mustard gas|poison gas|chemical weapons)|(?:bombed|shelled|attacked|struck|hit|targeted|bombarded|gassed) [^.;]{0,100}?(?:with|using) (?:\\p{L}+ ){0,2}?(?:chemical weapons|chemical (?:bombs|shells|munitions|agents)|poison gas|nerve gas|nerve agents?|mustard gas|sarin|chlorine))`,
      places: 'any',
    },
    {
      kind: 'Air/drone strike',
      pattern:
        '(?<!(?:dozens|hundreds|scores) of )(?:(?:bombardments?|bombings?|strikes?|attacks?),? (?:\\p{L}+ ){0,2}?(?:blamed on|attributed to) (?:a |an )?(?:drones?|warplanes?|aircraft|helicopters?)|air ?strikes?|(?:helicopter|gunship) strikes?|air raids?|guided bombs?|glide bombs?|aerial (?:bombardment|attacks?|strikes?)|drone (?:strikes?|attacks?)|(?:hit|struck|targeted) by (?:a |an )?(?:\\p{L}+ )?drones?|(?:drones?|aircraft|jets|planes|helicopters|(?<=\\b(?:[A-Z]{1,3}-\\d+[A-Z]?|heavy|strategic|fighter|jet) )bombers|F-(?:1[4568]|35)s?|Mirages?|Rafales?|Sukhois?|MiGs?|Tornados?) (?:\\p{L}+ ){0,4}?(?:hit|struck|bombed|targeted|strafed|destroyed|attacked|dropped (?:\\p{L}+ ){0,2}?bombs)|cluster bombs?|warplanes?|fighter jets?|helicopter gunships?|barrel bombs?|bombing raids?)',
      places: 'any',
    },
    {
      kind: 'Suicide bomb',
      pattern:
        // "a bomber struck Zion Church": one bomber, a person (aircraft come as "bombers").
        '(?:suicide (?:(?:car |truck )?bomb(?:ing|ings|er|ers|s)?|attacks?|vests?)|(?<=\\b(?:a|the|one|another|second|third|fourth|lone) )bomber (?:\\p{L}+ ){0,2}?(?:struck|detonated|set off|attacked|blew)|blew (?:himself|herself|themselves) up|(?:explosives?|bombs?|belts?|vests?) strapped to (?:his|her|their) (?:bod(?:y|ies)|waists?|chests?)|(?:drove|driven|rammed|crashed|steered) (?:a|an|his|her|their) (?:[\\p{L}-]+ ){0,2}?(?:truck|lorry|car|van|vehicle|jeep|tanker|bus|pickup)s? (?:[\\p{L}-]+ ){0,3}?(?:loaded|packed|laden|filled|rigged|stuffed|crammed) with (?:[\\p{L}-]+ ){0,2}?explosives? (?:[\\p{L}-]+ ){0,3}?(?:into|through|at|against))',
      places: 'any',
    },
    {
      kind: 'Remote explosive/landmine/IED',
      pattern:
        '(?:IEDs?|improvised explosive devices?|roadside bombs?|(?:exploded|blew up) (?:in mid-?air|in flight)|land ?mines?|(?<!(?:struck|destroyed|hit|targeted|intercepted|defused|dismantled|seized|found|discovered)\\b[^.;]{0,60}?)car bombs?|booby traps?|(?<!mortar )bombs? (?:[\\p{L},-]+ ){0,20}?(?:exploded|went off|detonated)|(?:car|truck|van|vehicle|lorry|ambulance|motorbike|motorcycle)s? (?:packed|laden|loaded|rigged|stuffed|filled) with (?:\\p{L}+ )?(?:explosives|dynamite|TNT)|bomb blasts?|bombs? (?:[\\p{L}-]+ ){0,10}?(?:tore|ripped) through|(?<!(?:gas|boiler|industrial|accidental) )explosions?(?! (?:of|at) (?:a |an |the )?(?:gas|boiler|fuel|chemical|factory|plant|mine)) (?:[\\p{L}\\d-]+ ){0,8}?(?:killed|tore through|ripped through)|explosive devices?|(?:set off|detonated|planted) (?:\\p{L}+ ){0,2}?(?:explosives|explosive charges?)|(?:blown|blew) (?:\\p{L}+ )?(?:up|apart) (?:\\p{L}+ ){0,2}?with (?:\\p{L}+ )?explosives|(?:killed|died|wounded) (?:[\\p{L}-]+ ){0,3}?when (?:a |an |her |his |their |the )?(?:\\p{L}+ )?(?:car|vehicle|truck|bus|parcel) (?:exploded|blew up))',
      places: 'any',
    },
    {
      kind: 'Shelling/artillery/missile attack',
      // "An exchange of artillery fire" between two sides is a battle, not shelling, and
      // rocket-propelled grenades are a fighter's weapon, not artillery.
      // Weapons someone is "armed with" are equipment, not fire.
      pattern: `(?:shell(?:ing|ed|s)|(?<!exchanges? of )artillery(?! (?:duels?|exchanges?))|(?<!armed with (?:[\\p{L}-]+ ){0,5}?)rockets?(?![- ]propelled| launchers?)|(?=mortar)(?<!(?:homemade|home-made|makeshift|improvised|firework) |armed with (?:[\\p{L}-]+ ){0,5}?)mortars?|(?<!(?:threw|throw(?:ing|n)?|hurl(?:ed|ing)?) (?:\\p{L}+ ){0,3})missiles?|bombard(?:ed|ment|ments)|${HAVE} ${ADV}shelled)`,
      places: 'any',
    },

    // Violence against civilians.
    {
      kind: 'Attack',
      pattern:
        // A car driven into people and knives turned on passers-by are attacks too.
        '(?:massacred?|massacres|executed|summary executions?|gunmen (?:killed|shot)|(?:hacked|stabbed) (?:[\\p{L}\\d]+ ){0,3}?to death|beheaded|stabbed (?:[\\p{L}-]+ ){0,3}?(?:people|passers-by|passersby|worshippers|shoppers|pedestrians|civilians|students|pupils|villagers|residents|commuters)|(?:drove|rammed|ploughed|plowed|slammed) (?:his |her |their |a |an )?(?:\\p{L}+ )?(?:car|truck|lorry|van|vehicle) (?:\\p{L}+ ){0,2}?into (?:a |the )?(?:\\p{L}+ )?(?:crowds?|people|pedestrians|shoppers|passers-by|worshippers)|fired (?:a shot|shots) that killed)',
      places: 'any',
      generic: true,
    },
    {
      // One person shot dead or assassinated is a killing whether or not the text names an
      // armed man: "Gaitán, the leader of the Liberal Party, was shot dead on Friday". A
      // policeman or a commander shot dead fell in a fight (the armed rule below).
      kind: 'Attack',
      pattern:
        '(?=was )(?<!\\b(?:policeman|policemen|police officer|constable|soldier|trooper|sergeant|guard|commander|officer)\\b[^.;]{0,80})(?:was (?:shot dead|shot and killed|gunned down|assassinated))',
      places: 'any',
      // Passive: the one named before is the victim, the one after ("by Austrian Nazis") the attacker.
      before: 'actor2',
      after: 'actor1',
      generic: true,
    },
    {
      // A killing by armed men: "was shot dead by two gunmen", "gunned down by militants".
      kind: 'Attack',
      pattern:
        "(?:(?:was|were|been) (?:shot dead|gunned down|stabbed to death|hacked to death|assassinated|burned (?:alive|to death)|shot(?= (?:at|in|on|and|by|several|twice|multiple|repeatedly|through)\\b)(?! (?:at|on) (?:a |an |the )?(?:target|goal|range|film|movie|scene|video|location)s?\\b)|killed (?:[\\p{L}\\d'’-]+ ){0,4}?by (?:gunmen|armed men|assailants|attackers|unidentified (?:gunmen|men|attackers)|bandits)\\b))",
      places: 'any',
      // Passive: the victims are named before, the killers after ("by two gunmen").
      before: 'actor2',
      after: 'actor1',
      generic: true,
      needsArmed: true,
    },
    {
      kind: 'Abduction/forced disappearance',
      pattern:
        '(?:kidnapp(?:ed|ing|ings)(?! (?:gangs?|rings?|networks?|industry|business|crisis|epidemic|hotspots?))|abduct(?:ed|ion|ions)|taken hostage|held hostage|(?:took|taking|held|holding|seized) (?:[\\p{L}\\d\\x27’.-]+ ){1,12}?hostages?\\b|forced disappearances?|(?:was|were|been) (?:taken|seized|snatched|dragged|grabbed) (?:[\\p{L}\\d\\x27’-]+ ){0,6}?by (?:the )?(?:armed men|gunmen|masked men|hooded men|unidentified men|attackers|assailants|raiders|kidnappers|rebels|insurgents|militants|separatists|guerrillas|militiamen|men (?:believed|thought|suspected|said) to be)|(?:was|were|been) (?:taken|dragged|snatched) from (?:their|his|her) (?:homes?|houses?|beds?|cars?)(?= [^.;]{0,60}?\\b(?:armed men|gunmen|soldiers|masked|hooded)\\b))',
      places: 'any',
      before: 'actor2',
      after: 'actor1',
    },
    {
      // People seized, not places: "the gunmen seized dozens of people", "captured Liberian
      // President Samuel Doe", "took him from his residence", "forced into police pickups".
      kind: 'Abduction/forced disappearance',
      pattern:
        '(?:seized|captured|grabbed|snatched) (?:(?:dozens|scores|hundreds|thousands) of |\\d+ |several |some )?(?:[\\p{L}-]+ ){0,3}?(?:employees|workers|people|passengers|civilians|tourists|foreigners|villagers|students|schoolgirls|girls|boys|children|women|officials|ministers|generals|[Pp]resident|[Pp]rime [Mm]inister)\\b|(?:took|carried|dragged) (?:him|her|them) (?:away|from (?:his|her|their) (?:\\p{L}+ )?(?:homes?|houses?|residences?|beds?|cars?))|forced (?:[\\p{L}-]+ ){0,3}?into (?:\\p{L}+ ){0,2}?(?:pickups?|vans?|cars?|trucks?|vehicles?)',
      places: 'any',
      needsArmed: true,
    },
    {
      kind: 'Sexual violence',
      // Not a charge, a trial or an accusation of rape, which report no event of the day.
      pattern: `(?<!\\b(?:accused of|charged with|convicted of|trial for|allegations? of|on charges of) )(?:(?:gang-)?raped|raping|(?<!\\bthe )rapes?(?! (?:charges?|trial|case|allegations?))|sexual(?:ly)? (?:assaulted|abused)|sexual (?:violence|assaults?|abuse))`,
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      // People "unaccounted for" after gunmen struck were taken (not those missing under rubble).
      kind: 'Abduction/forced disappearance',
      pattern: '(?:are|were|remain|remained) (?:still )?(?:missing|unaccounted for)',
      places: 'any',
      before: 'actor2',
      after: 'actor1',
      needsArmed: true,
    },

    // Demonstrations.
    {
      kind: 'Violent demonstration',
      pattern:
        // Not the force sent against a riot: "riot police", "anti-riot units".
        // Damage told of the things damaged: "shop windows were smashed", "cars were set on fire".
        '(?:(?<!anti-)riot(?:s|ing|ers|ed)?(?! (?:police|gear|squads?|shields?|control|units?|officers|troops))|looting|looted|ransacked|(?:shop windows|windows|shopfronts|cars|vehicles|buses|shops|bins) (?:were|had been) (?:\\p{L}+ )?(?:smashed|torched|set (?:on fire|alight)|burned|burnt|vandali[sz]ed|looted)|(?:erected|set up|built) barricades|(?:torched|burned|set fire to) (?:buses|cars|vehicles|tyres|tires|shops)|(?:threw|hurled|throwing|hurling) (?:\\p{L}+ )?(?:stones|rocks|bricks|bottles|petrol bombs|fire ?bombs|molotov cocktails)(?: and (?:\\p{L}+ )?\\p{L}+)? at (?:the )?(?:police|officers|security forces|soldiers|troops|shops|stores|cars|vehicles|buses|buildings|offices)|(?:protesters|demonstrators|crowds?|rioters) (?:\\p{L}+ ){0,4}?(?:stormed|torched|set fire to|broke into|pelted|burned|burnt|smashed|ransacked)|(?:protesters|demonstrators|marchers|marching|crowds?|rioters|youths) (?:\\S+ ){0,6}?attacked (?=(?:\\p{L}+ ){0,3}?(?:police|officers|soldiers|troops|security forces|government|ministry|ministries|headquarters|buildings?|offices|stations?)\\b)|(?:stoned|stoning) (?:\\p{L}+ ){0,2}?(?:police|security forces|soldiers|troops|vehicles|cars|convoys?))',
      places: 'any',
      before: 'none',
      after: 'none',
    },
    {
      // A crowd turning on people without a demonstration: ACLED's mob violence.
      kind: 'Mob violence',
      pattern:
        '(?:lynch(?:ed|ing|ings)|(?:crowds?|mobs?|gangs?) (?:[\\p{L},]+ ){0,8}?turned on (?!(?:the )?(?:police|officers|security forces|soldiers|troops|each other|one another))|(?:gangs?|groups?) of (?:\\p{L}+ ){0,3}?(?:men|youths|boys|thugs) (?:\\S+ ){0,6}?(?:smashed|attacked|beat|beating|torched|vandali[sz]ed|stabbed|hunted)|mob justice|vigilante killings?|(?:an angry |a )?mob (?:attacked|killed|beat|stoned|burned|lynched)|beaten (?:to death )?by a mob|(?:mobs? (?:armed with (?:\\S+ ){1,6}?)?|crowds? armed with (?:\\S+ ){1,6}?)(?:attacked|looted|torched|beat|killed|burned|stoned|hunted down|chased|set upon)|attacks? by (?:\\S+ ){0,3}?mobs|rampag(?:ed|ing) (?:through|across|in)|went on (?:a|the) rampage|(?:an angry |a )?crowd (?:attacked|beat|lynched|stoned|set upon)|(?:crowds?|mobs?|groups?|gangs?|youths|villagers|residents|settlers|supporters) (?!of (?:protesters|demonstrators|rioters))(?:\\S+ ){0,12}?(?:torched|torching|burned|burnt|set fire to|setting fire to|set ablaze|looted|ransacked) (?:[\\p{L}]+, )*(?:\\p{L}+ ){0,2}?(?:homes|houses|huts|dwellings|villages|churches|mosques|temples)(?! of (?:\\S+ ){0,3}?(?:politicians|ministers|officials|lawmakers|legislators|MPs|leaders))|set (?:\\p{L}+ ){0,2}?(?:homes|houses|huts|dwellings) (?:ablaze|on fire|alight)|(?:residents|villagers|youths|crowds?|mobs?) (?:\\S+ ){0,3}?(?:threw|hurled) (?:stones|rocks) at (?!(?:the )?(?:police|officers|security forces|soldiers|troops|riot))|crowds? (?:that |who )?(?:were )?(?:again )?attacking|(?:supporters|loyalists|thugs) (?:\\p{L}+ ){0,4}?(?:attacked|charged|beat|stormed)|looters (?:\\S+ ){0,8}?(?:roamed|ransacked|broke into|breaking into|torched|set fire|setting fire)|(?=armed with|wielding)(?<!(?:gunmen|militants|fighters|militiamen|men|attackers|soldiers|troops|police) )(?:armed with|wielding) (?:[\\p{L},]+ ){0,5}?(?:clubs|iron bars|sticks|axes|cudgels)\\b,? (?:\\S+ ){0,10}?(?:attacked|beat|chased))',
      places: 'any',
      before: 'none',
      after: 'actor2',
    },
    {
      // Forces that disperse people stop a gathering: a protest with intervention, even when no protest word is written.
      kind: 'Protest with intervention',
      pattern: '(?:dispersed?|dispersing) (?:\\p{L}+ ){0,4}?(?:supporters|protesters|demonstrators|crowds?|people|students|gathering)',
      places: 'any',
      before: 'actor2',
      after: 'actor1',
    },
    {
      // Tear gas or water cannon turned on people "to stop them marching" is the same stop.
      kind: 'Protest with intervention',
      // Not gas fired into a building to flush out gunmen: "fired grenades and tear gas into the mosque".
      pattern:
        '(?:fired|used|lobbed|deployed) (?:\\p{L}+ ){0,4}?(?:tear ?gas|water cannons?|rubber bullets|batons)(?! (?:into|at) (?:the |a )?(?:\\p{L}+ )?(?:building|mosque|church|house|compound|hideout))',
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    {
      kind: 'Peaceful protest',
      // Not a noun's modifier: "protest leaders", "protest songs".
      pattern:
        // Nor a government's protest: "summoned the ambassador to protest", "lodged a formal protest"; nor a ban on protests;
        // nor a rally that was the target: "the bombing of a peace rally".
        '(?<!(?:bomb(?:ing|ings)?|attacks?|blasts?|explosions?) (?:of|on|at) (?:a|an|the) (?:\\p{L}+ )?)(?:(?<!\\b(?:summon(?:ed|s)?|called in|lodged|filed|registered|formal|diplomatic|official|strong)\\b[^.;]{0,80}?)(?<!\\b(?:ban(?:ned)?|banning|prohibit(?:ed|ing)?) (?:on |all |the )?)protest(?:s|ed|ing|ers)?(?! (?:leaders?|organi[sz]ers?|movements?|songs?|groups?|signs?|slogans?|votes?))|demonstrat(?:ion|ions|ors|ed)|(?<!\\b(?:election|electoral|campaign) )rall(?:y|ies|ied)|marched(?! (?:them|him|her|us|the (?:hostages|captives|prisoners|detainees))|(?: \\p{L}+){0,2} out\\b)|picket(?:ed|ing|s)?(?= (?:the |a |an |outside |in front of )?(?:\\p{L}+ ){0,2}?(?:embassy|consulate|parliament|ministry|offices?|headquarters|court|building|palace|factory|plant|gates?)\\b)|(?:anti-\\p{L}+|pro-\\p{L}+|opposition|protest|silent) march(?:es)?\\b|took to the streets|(?:gathered|assembled|massed) peacefully|(?:gathered|assembled) (?=[^.;]{0,90}?\\b(?:chanting|waving (?:flags|banners|placards)|shouting slogans|holding (?:placards|banners|signs))\\b)|banged pots and pans|(?<=\\b(?:residents|protesters|demonstrators|villagers|farmers|drivers|truckers|workers|strikers|students|youths|young men|crowds?|supporters|activists|miners|traders)\\b[^.;]{0,40}?)(?:blocked|blockaded|barricaded) (?:\\p{L}+ ){0,4}?(?:roads?|highways?|motorways?|bridges?|railway lines?|railways?|streets|junctions|intersections|border crossings?)\\b|(?<=\\b(?:police|officers|troops|soldiers|security forces) )(?:dispersed|broke up|baton-charged|baton charged) (?:[\\p{L}\\d,-]+ ){0,3}?(?:people|crowds?|gatherings?|protesters|demonstrators|marchers|students|march(?:es)?|rall(?:y|ies)|sit-ins?)\\b|(?<!(?:troops|soldiers|forces|tanks|units|fighters|police) )massed (?:outside|in front of)|(?:held|hold|holding|staged|staging) (?:a |an )?(?:\\p{L}+ ){0,2}?vigils?|sit-ins?)',
      places: 'any',
      before: 'none',
      after: 'none',
    },

    // Strategic developments.
    {
      kind: 'Agreement',
      // Not a truce already in force, kept or broken: "violations of the ceasefire", "monitoring the truce".
      pattern: `(?<!(?:talks|negotiations|discussions) (?:on|for|about|towards) (?:a |an |the )?)(?<!(?:violat\\p{L}*|breach(?:ed|es|ing)?|break(?:s|ing)?|broke(?:n)?|respect(?:ed|ing)?|monitor(?:ed|ing)?|observ(?:ed|ing)?|end(?:ed)?) (?:of )?(?:the |a )?)(?:(?:cease-?fires?|truce)(?! (?:(?:was|were|is|has been|had been|appeared|seemed) (?:\\p{L}+ )?)?(?:broken|violated|breached|shattered|collapsed|holding|largely held|held)\\b)|(?:peace|evacuation|ceasefire|reconciliation|surrender) (?:deal|agreement|accord)|(?:signed|reached|agreed|struck|brokered|concluded) (?:a|an|the) (?:\\p{L}+ )?(?:deal|agreement|accord|pact|treaty|armistice|declaration of peace)|in a deal with|signed (?:the )?terms of (?:surrender|peace)|(?:talks|negotiations|mediation) (?:[\\p{L},'’-]+ ){0,16}?(?:produced|yielded|clinched|sealed) (?:a|an) (?:\\p{L}+ )?(?:deal|agreement|accord)|(?<=\\b(?:deal|agreement|accord|pact|treaty|cease-?fire|truce|armistice|compromise|document|declaration|protocol|convention)\\b[^.;]{0,120}?)(?:was|were|has been|have been|had been) (?:reached|signed|struck|brokered|concluded))`,
      places: 'any',
    },
    {
      // A prisoner exchange is carried out under an agreement, as ACLED codes it.
      kind: 'Agreement',
      pattern: `(?:(?:exchanged|swapped|traded) (?:[\\p{L}\\d]+ ){0,3}?(?:prisoners|detainees|captives|hostages|bodies)|prisoner (?:swaps?|exchanges?))`,
      places: 'any',
    },
    {
      kind: 'Arrests',
      pattern:
        // Not arrests called for or to come: "demanded his arrest", "more arrests were likely".
        '(?:arrests(?! (?:were|are|was|is) (?:\\p{L}+ )?(?:likely|expected|possible|imminent))|arrested|(?=detained)(?<!\\b(?:of|for) (?:people|those|men|women|the \\p{L}+) )detained|taken into custody|(?:took|take|takes|taking) (?:\\p{L}+ ){1,3}?into custody|rounded up|(?:placed|put|kept) under house arrest)',
      places: 'any',
      before: 'actor1',
      after: 'actor2',
    },
    { kind: 'Arrests', pattern: `${BE} ${ADV}(?:arrested|detained|taken into custody)`, places: 'any', before: 'actor2', after: 'actor1' },
    {
      kind: 'Change to group/activity',
      // An armed group laying down, handing over or destroying its arms, or disbanding itself.
      pattern: `(?:(?:handed over|turned over|surrendered|laid down|gave up|decommissioned|put beyond use|burned|burnt|destroyed) (?:[\\p{L}'’]+ ){0,3}?(?:weapons|arms|arsenal)|(?:announced|declared) (?:[\\p{L}'’-]+ ){0,6}?(?:a |an |the )?(?:definitive |permanent |final )?(?:end|cessation) (?:to|of) (?:its|their) (?:armed (?:campaign|struggle|activity|activities)|military campaign)|(?:handed over|turned over|surrendered|gave up|decommissioned) (?:[\\p{L}'’]+ ){0,12}?(?:its|their) (?:entire |whole |remaining )?(?:weapons|arms|arsenal)|(?:announced|declared|completed|confirmed) (?:\\p{L}+ ){0,3}?(?:its|their) (?:own )?(?:dissolution|disbandment|disarmament)|(?:handover|surrender|decommissioning) of (?:\\p{L}+ ){0,2}?(?:its|their) (?:\\p{L}+ )?(?:weapons|arms|arsenal)|(?:disbanded|dissolved) itself)`,
      places: 'any',
      after: 'none',
    },
    {
      kind: 'Headquarters or base established',
      // An armed side setting up a base, a headquarters or a command post.
      pattern: `(?:set up|established|opened|built) (?:a |an |its |their |new |a new )?(?:\\p{L}+ )?(?:military )?(?:base|headquarters|command post|outpost|garrison)\\b`,
      places: 'any',
      after: 'none',
      needsArmed: true,
    },
    {
      kind: 'Disrupted weapons use',
      // A weapon kept from its use: a bomb defused, missiles shot down before they struck, a cache seized.
      pattern: `(?:(?:defused|dismantled|disarmed|neutrali[sz]ed|made safe|safely detonated) (?:\\p{L}+ ){0,4}?(?:bombs?|devices?|explosives|IEDs?|mines?|charges?)|(?:bombs?|devices?|explosives|IEDs?|mines?|charges?) (?:\\p{L}+ ){0,3}?${BE} ${ADV}(?:defused|dismantled|disarmed|disabled|made safe)|(?:car bombs?|bombs?|explosive devices?|IEDs?) (?:[\\p{L},]+ ){0,12}?${BE} ${ADV}(?:found|discovered)(?= (?:[^.;]{0,120}?)(?:defused|disabled|disarmed|before (?:it|they) could (?:go off|explode|detonate)|failed to (?:go off|explode|detonate)))|(?:bombs?|devices?|explosives|charges?|mines?)\\b[^.;]{0,80}?failed to (?:go off|explode|detonate)|controlled explosions?|(?:intercepted|shot down) (?:\\p{L}+ ){0,3}?(?:missiles|rockets|drones)|(?:missiles|rockets|drones) ${BE} ${ADV}(?:intercepted|shot down)|(?:seized|found|discovered) (?:\\p{L}+ ){0,3}?(?:arms caches?|weapons caches?|caches? of (?:arms|weapons|explosives)))`,
      places: 'any',
    },
    {
      kind: 'Looting/property destruction',
      // Soldiers, police or gunmen burning or looting buildings; crowds doing it riot (above).
      // The lookahead first: V8 tries a leading lookbehind at every position of the sentence.
      // Looters named as such who empty or strip shops ("looters emptied shops and supermarkets").
      pattern:
        '(?=set fire|torched|burn(?:ed|t) down|looted|ransacked|razed|bulldozed|blew up|demolished|destroyed)(?<=\\b(?:soldiers|troops|police(?:men)?|militiamen|militia|gunmen|fighters|rebels|militants|jihadists|Islamists|insurgents|assailants|attackers|settlers|men) (?:[\\p{L},]+ ){0,8}?)(?:set fire to|torched|burned down|burnt down|looted|ransacked|razed|bulldozed|blew up|demolished|destroyed)(?: (?:or|and) (?:set fire to|torched|burned down|looted|ransacked|razed|blew up|demolished|destroyed))? (?:[\\p{L},]+ ){0,5}?(?:homes|houses|huts|shops|stores|supermarkets?|warehouses?|banks?|offices|stations?|buildings?|markets?|headquarters|premises|consulates?|embass(?:y|ies)|legations?|newspapers?|church(?:es)?|mosques?|synagogues?|temples?|shrines?|mausole(?:ums?|a)|tombs|statues?|monuments?|schools?|clinics?|hospitals?|villages?)\\b|\\blooters (?:[\\p{L},]+ ){0,4}?(?:emptied|stripped|plundered|pillaged|raided|carried off)\\b',
      places: 'any',
      // Beside a killing or a fight it is part of them: the specific words win.
      generic: true,
    },
    {
      // Civilians leaving their town in numbers are displaced ("Thousands of families left the city on foot"); troops leaving withdraw.
      kind: 'Other',
      pattern:
        "(?:thousands|hundreds|families|residents|civilians|villagers|inhabitants)\\b(?: of (?:[\\p{L}'’]+ ){0,2}?(?:families|residents|civilians|people|villagers))?(?: [\\p{L}'’,]+){0,4}? (?:left|were (?:still )?leaving|walked out of|walked out towards|poured out of|streamed out of|abandoned) (?:the |their )?(?:city|town|village|villages|homes|area|camp|district)\\b",
      places: 'any',
      after: 'none',
    },
    {
      // A coup that takes power without a fight: ACLED's "Other" strategic development.
      kind: 'Other',
      pattern:
        '(?:(?:seized|took|taken|taking) power|(?:had )?taken over the government|overthrew (?:the )?(?:president|government|regime|king|emir|dictator)|(?:government|president|regime) had been overthrown|(?:declared|proclaimed) himself (?:president|head of state|ruler|emir|king)|dissolved (?:the )?(?:government|parliament|national assembly))',
      places: 'any',
      after: 'none',
      // In PLOVER a seizure of power, not the retreat of the civilians "Other" usually codes.
      plover: { event: 'COERCE', mode: 'seize' },
    },
    {
      kind: 'Other',
      // Not the wounded taken to hospital, nor a camp or a count of the displaced, nor
      // "displaced people" named as who a camp houses.
      pattern:
        '(?:(?<!camps? for (?:the )?|million |millions of |remain(?:s|ed)? |still )displaced(?! (?:people|persons|families|civilians|residents|communities))|displacement|(?=fled)(?<!\\b(?:attackers?|gunm[ae]n|assailants?|suspects?|drivers?|shooters?|bombers?|killers?|kidnappers?|abductors?|captors?|robbers?|he|she) )(?<!\\b(?:a|one|the) (?:\\p{L}+ )?(?:man|woman|boy|girl|witness|survivor|resident|youth|student|worker|shopkeeper) (?:who |that )?)(?<!\\b(?:troops|soldiers|officers|policemen|guards|militants|mercenaries|fighters|rebels|insurgents|attackers|gunmen|assailants|others|group|gang|raiders|commando|victims)\\b[^.;,]{0,40}?)(?<!\\bwho had )fled|fleeing|(?<!(?:wounded|injured) (?:were |had been |have been )?)(?<!\\b(?:troops|soldiers|his|her|its) (?:\\p{L}+ ){0,3}?(?:was |were |had been |has been )?)(?<!\\b(?:troops|soldiers|wounded|injured)\\b[^.;]{0,50}?(?:was|were|been|being) )evacuat(?:ed|ion)(?! (?:orders?|plans?|routes?|drills?|centres?|centers?|zones?)\\b)(?! (?:of )?(?:the |a |an |several |nearby |surrounding )?(?:\\p{L}+ ){0,2}?(?:station|airport|terminal|stadium|buildings?|offices?|premises|school|mall|shopping centre|court|hotel|theat(?:er|re)|cinema|museum|embassy|embassie|ministry|ministrie|parliament|store|shop)s?\\b)(?! (?:\\p{L}+ ){0,2}?to (?:a |the |local |nearby |several )*(?:hospitals?|clinics?|medical (?:centres?|centers?|facilities)))|(?<!\\b(?:attackers|gunmen|militants|fighters|rebels|insurgents|suspects|assailants)\\b[^.;]{0,40}?)(?:took|sought) refuge|exodus|(?:streamed|poured) out of|(?:left|leave|leaving|fled)(?= (?:[\\p{L},]+ ){0,4}?(?:along|via|through|by) (?:a |the )?humanitarian corridor)|(?:families|residents|civilians|villagers) (?:\\p{L}+ ){0,5}?(?:left|were leaving|walked out))',
      places: 'any',
      after: 'none',
    },
  ],
  cues: {
    negation: [
      { pattern: "(?:not|\\p{L}+n't|never|no)", window: 25 },
      // Nobody was done to: "police arrested no one", "the shells hurt nobody".
      { pattern: '(?:no one|nobody|none)', side: 'after', window: 12 },
      { pattern: '(?:denied|denies|deny|denying|rejected (?:claims|reports)|dismissed (?:claims|reports))', window: 60 },
      // A ban is no protest: "the decree bans strikes and rallies in Zhanaozen". A verb, not
      // the adjective: "supporters of the banned Brotherhood marched" did march.
      {
        pattern:
          '(?<!\\b(?:the|a|an|its|their|his|her|this|that) )(?:bans?|banned|banning|prohibits?|prohibited|prohibiting|forbids?|forbade|outlaws?|outlawed)(?: (?:\\p{L}+|,)){0,3}',
        window: 40,
      },
    ],
    hypothetical: [
      { pattern: "(?:would|could|might|\\p{L}+'d)", side: 'both', window: 50 },
      { pattern: '(?:if|unless|in case of|risk of|risks|fears? (?:of|that|an?|the|new|more|further)|feared|fearing)', window: 40 },
      // What is feared to come: "feared that the kidnappings marked the start of a campaign of
      // abductions" (with "that": "worried residents fled" did flee).
      { pattern: '(?:fear(?:s|ed)?|worried|worries) that', window: 80 },
      // "Further attacks cannot be ruled out": a possibility, told after.
      { pattern: '(?:cannot|can not|could not|can\x27t|couldn\x27t|was not|is not) (?:be )?ruled out', side: 'after', window: 60 },
      // "warned of a possible offensive", "the threat of a looming assault".
      { pattern: '(?:possible|potential|looming|eventual|threatened)', window: 15 },
      // A warning to whoever might do it: "Anyone caught looting will face the law".
      { pattern: '(?:anyone|whoever|those) (?:caught|found|who|seen)', window: 20 },
      // An accusation of a habit is no event: "which has been accused of kidnapping".
      { pattern: '(?:accused of|suspected of)', window: 15 },
      // What an accord is meant to stop is not told: "an armistice to end the fighting".
      { pattern: '(?:to end|to halt|to stop|an end to)(?: the| all)?(?= (?:fighting|hostilities|war|clashes|combat)$)', window: 20 },
      // Rumoured events are not events: "as rumours of attacks spread".
      { pattern: '(?:rumou?rs? (?:of|that|about)|unconfirmed reports? (?:of|that)|hoax(?:es)? (?:of|about))', window: 30 },
    ],
    future: [
      {
        pattern:
          "(?:will|\\p{L}+'ll|shall|(?:is|are|was|were) (?:\\p{L}+ )?(?:going|expected|set|about|poised|preparing|planning|due) to|(?:a move|a decision|a step|widely|likely) expected to|(?:expected|likely) to (?:trigger|spark|provoke|fuel|cause|prompt|lead to)|plans? to|planning to|threaten(?:s|ed)? to|vow(?:s|ed)? to|promis(?:es|ed) to|intends? to|next week|tomorrow)",
        window: 40,
      },
      { pattern: '(?:imminent|a matter of (?:time|days|hours))', side: 'both', window: 60 },
      // Calls and plans for an event are not the event ("called for more demonstrations").
      { pattern: '(?:call(?:s|ed)? for|call(?:s|ed)? (?:a|an)|urg(?:es|ed) (?:more |further )?|upcoming|planned)', window: 30 },
      { pattern: '(?:envisaged|being considered|under consideration)', side: 'after', window: 60 },
      // "was considering all options, including air strikes": an option, not a strike.
      { pattern: '(?:consider(?:ing|s)?|weigh(?:ing|s)?) (?:all |its |the )?options?,? (?:\\p{L}+ )?(?:including|such as)', window: 60 },
      { pattern: '(?:call(?:s|ed)? on|urg(?:es|ed)|asked|told) (?:\\p{L}+ ){0,3}?to(?: keep| continue)?', window: 50 },
      // What is asked or allowed for is not done: "to allow the evacuation of the wounded".
      { pattern: '(?:to|would|could) (?:allow|permit|enable|let|facilitate)(?: for)?(?: the)?', window: 20 },
    ],
    background: [
      {
        pattern:
          '(?:since (?:\\d{4}|the start|the beginning)|(?:\\d+|two|three|several) years ago|last (?:year|month)|earlier this (?:month|year|week)|earlier in the week|at the (?:start|beginning) of the month|in \\d{4})',
        side: 'both',
        window: 30,
      },
      // A known event named, not told: "victims of the massacre", "a strike to protest the kidnapping", "the deadliest since the 2014 assault".
      {
        pattern:
          '(?:victims of (?:the|a)|(?:to )?(?:protest|denounce|condemn)(?:ing|ed)? (?:against |over )?(?:the|a)|since the (?:\\d{4}|\\p{L}+ \\d{4}))',
        window: 80,
      },
      // A tally over a period: "600 kidnappings were recorded in the first nine months of the year".
      {
        pattern: '(?:in the first (?:\\p{L}+ )?(?:months?|weeks?|half|quarter) of|so far this year)',
        side: 'both',
        window: 60,
      },
      // An older event brought to mind: "revived memories of the abduction", "the anniversary of the blast".
      { pattern: '(?:memories of|reminiscent of|anniversary of|recalled|resembl\\p{L}*)', window: 40 },
      // What had been done before the day's events: "the rebels had already taken Kidal".
      { pattern: '(?:had|have) already', window: 30 },
      // A march against a war is no battle: "a march organised by unions against the fighting".
      { pattern: '(?:march(?:es)?|rall(?:y|ies)|protests?|demonstrations?) (?:[\\p{L}-]+ ){0,4}?against', window: 60 },
      // A sentence opened so is set in the past it names: "In the days after the 2017 blast, thousands marched".
      { pattern: '(?:in the (?:days|weeks|months|years) (?:after|following|before))', window: 70 },
      // An event some time before the one reported: "It came two months after gunmen killed…", "a year after riots"
      // ("a day after" is still news).
      { pattern: '(?:(?:\\p{L}+|\\d+) (?:days|weeks|months|years)|(?:a|one) (?:week|month|year)) (?:after|before|since)', window: 40 },
      // What set off the reported event is not reported: "It followed the abduction on Friday of a merchant".
      {
        pattern:
          '(?:(?:it|this|that|which|they) (?:followed|came after|comes after)|(?:was|were) (?:sparked|triggered|set off) by) (?:the|an?)',
        window: 20,
      },
      // A habit or a trend, not an event: "have kidnapped hundreds in recent years", "targeted repeatedly", "months of air strikes".
      {
        pattern:
          '(?:in recent (?:years|months|weeks)|over the (?:past|last) (?:few )?(?:years|months|decades?)|for (?:years|decades|months)|repeatedly|routinely|regularly|frequently|often(?! (?:on foot|by |with |in |carrying |without ))|once rampant)',
        side: 'both',
        window: 80,
      },
      // A duration after the verb makes it a state, not an event: "has been fighting the government for more than 15 years".
      {
        pattern:
          'for (?:(?:more than|over|nearly|almost|about|some) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years|decades)',
        side: 'after',
        window: 70,
      },
      // "Months of air strikes have left…" (but "captured it after weeks of fighting" is news).
      { pattern: '(?<!after )(?:months|years|decades) of', window: 12 },
      // "three nights of rioting that left four dead" is a tally of several days, not one dated
      // event (while "after three days of fighting" dates what follows).
      { pattern: '(?<!after )(?:two|three|four|five|six|several|\\d+) (?:nights|days|weeks) of', window: 18 },
    ],
    claim: [{ pattern: '(?:claimed|claims|allegedly|reportedly|according to|said)', side: 'both', window: 80 }],
  },
  fatalities: {
    deathWords: '(?:killed|dead|deaths|died|fatalities|lives|killing)',
    tollWords: '(?:killing|killed|left|leaving|death toll (?:rose |climbed )?(?:to|of|at)|toll (?:rose )?to|claimed the lives of)',
    ageWords: '(?:years?|year-old|yr)',
    victimWords:
      '(?:people|civilians|soldiers|troops|fighters|rebels|militants|police(?:men| officers)?|children|women|men|members|protesters|persons|were|have been|had been|are|others)',
    numbers: enNumbers,
    // ACLED's codebook: "several"/"many" → 10, "dozens" → 12, "hundreds" → 100.
    vague: { dozens: 12, 'dozens of': 12, several: 10, many: 10, scores: 12, 'scores of': 12, hundreds: 100, 'hundreds of': 100 },
  },
  control: [
    { pattern: '(?:now |still )?(?:hold|holds|control|controls|held|controlled) only', places: 'after' },
    { pattern: '(?:still|now) (?:hold|holds|control|controls)', places: 'after' },
    {
      pattern: '(?:remain|remains|remained|are|is) (?:still )?(?:in the hands of|under the control of|held by|controlled by)',
      places: 'before',
    },
  ],
  clauseBreaks: '(?:;|:| where | after | before | while | whereas | when | but | which | who )',
  restrictiveRelatives: '(?:who|which|that)',
  protestIntervention:
    '(?:dispers|tear ?gas|water cannon|rubber bullets|baton|charged by (?:riot |mounted )?police|(?:police|officers|troops|soldiers) (?:\\p{L}+ ){0,2}?charged (?:the )?(?:crowds?|protesters|demonstrators|marchers)|arrested|detained)',
  protestLethalForce:
    // "killed when soldiers and military police broke up a march": deaths at the forces' hands.
    '(?:killed[^.;]{0,60}?\\b(?:soldiers|police|troops|security forces)\\b[^.;]{0,40}?\\b(?:broke up|dispersed|crushed|stormed)|killed[^.;]{0,80}?\\b(?:during|in) the (?:dispersal|crackdown|police charge)\\b|opened fire|open(?:ing)? fire|(?:shot (?:dead|and killed)|gunned down) (?:\\p{L}+ ){0,3}?(?:protesters|demonstrators|marchers)|(?:protesters|demonstrators|marchers) (?:were|was|had been|have been) (?:shot dead|shot and killed|gunned down)|firing (?:rifles|guns|machine ?guns|automatic weapons|assault rifles)|fired (?:live (?:rounds|ammunition|bullets)|(?:\\p{L}+ ){0,2}?(?:into|on) (?:the |a )?(?:crowds?|protesters|demonstrators|marchers))|live (?:rounds|ammunition|fire)|birdshot|buckshot|shotgun pellets)',
  firedOnProtest:
    // The people fired on are told as protesters by what they were doing: "supporters of
    // the opposition marching in Wete", "people who had gathered outside to demand…".
    '(?:opened fire|open(?:ing)? fire|fired|firing|shooting) (?:[\\p{L}-]+ ){0,5}?(?:on|at|into) (?:(?:[\\p{L}-]+ ){0,4}?(?:protesters|demonstrators|marchers|strikers|march(?! of)|rally|sit-in|crowd of (?:protesters|demonstrators|marchers|unarmed (?:civilians|people|men and women))|crowd of (?:several |some |about |more than |at least |many )?(?:thousands?|hundreds?|\\d[\\d,]*\\d{2})\\b|(?:thousands|hundreds) of (?:supporters|people|unarmed))|(?:[\\p{L}\\p{N},-]+ ){1,8}?(?:marching|protesting|demonstrating|blocking|chanting|(?:who|that) (?:had |were )?(?:gathered|massed|assembled|trying to march|marching|protesting))|(?:the |a )(?:\\p{L}+ )?crowds? (?:[\\p{L}-]+ ){0,6}?(?:rally|meeting|demonstration|protest)\\b)',
  firedOnCrowd: '(?:opened fire|open(?:ing)? fire|fired|firing|shooting) (?:\\p{L}+ ){0,3}?(?:on|at|into) (?:the |a )(?:\\p{L}+ )?crowds?',
  communalViolence:
    '\\b(?:[Cc]ommunal|[Ss]ectarian|[Ii]nter-?communal|[Ii]nter-?religious|[Ii]nter-?ethnic|[Ee]thnic|[Rr]ace|[Rr]acial) (?:rioting|riots?|violence|clashes|fighting|unrest)\\b|\\b\\p{Lu}\\p{Ll}+-owned\\b|\\b(?:supporting|backing) and opposing\\b|\\brival (?:groups|communities|factions|mobs)\\b|\\b(?:Hindus|Muslims|Moslems|Christians|Buddhists|Sikhs|Malays|Chinese|Han|Uighurs|Uyghurs|Tamils|Sinhalese|Uzbeks|Kyrgyz|Dinka|Nuer|Hutus?|Tutsis?) and (?:Hindus|Muslims|Moslems|Christians|Buddhists|Sikhs|Malays|Chinese|Han|Uighurs|Uyghurs|Tamils|Sinhalese|Uzbeks|Kyrgyz|Dinka|Nuer|Hutus?|Tutsis?)\\b',
  armedTargets:
    "(?:(?:the|a|an|its|their|two|three|several) )?(?:[\\p{L}'’-]+ ){0,2}?(?:(?<police>police (?:posts?|stations?|checkpoints?|barracks|headquarters)|headquarters of the (?:\\p{L}+ )?police)|(?:security|intelligence|army|military) (?:service )?headquarters|headquarters of the (?:\\p{L}+ )?(?:army|security services?|intelligence services?|FSB|KGB)|military (?:posts?|bases?|camps?|checkpoints?|barracks)|army (?:posts?|bases?|camps?|barracks)|barracks|garrisons?|outposts?)",
  meleeWeapons: '(?:machetes?|clubs|cudgels|knives|spears|iron bars|bows and arrows|axes)',
  protestViolence:
    // Protests "in which 18 people were killed" were no peaceful ones.
    '(?:in which (?:[\\p{L}\\d,-]+ ){0,3}?(?:people|protesters|demonstrators) (?:were|had been) killed|turned violent|turned into (?:a )?riots?|(?:degenerated|descended) into (?:violence|rioting|riots?|clashes)|torched|set fire|set alight|on fire|loot(?:ed|ing)|smash(?:ed|ing)|vandali[sz](?:ed|ing)|(?:threw|throwing) (?:stones|rocks|bricks|bottles|missiles|petrol bombs)|hurl(?:ed|ing)|ston(?:ed|ing) (?:\\p{L}+ ){0,2}?(?:police|security forces|soldiers|troops|vehicles|cars)|burning (?:tyres|tires)|clashed with|forced (?:their|its) way (?:into|onto|through)|(?:broke into|invaded|stormed) (?:the |a )?(?:\\p{L}+ )?(?:parliament|assembly|congress|senate|palace|ministry|embassy|airport|runway|building|compound|headquarters|offices?))',
  withoutFight:
    '(?:without (?:a fight|a shot|resistance|fighting|meeting resistance)|unopposed|handing (?:over )?(?:the (?:\\p{L}+ )?(?:city|town|village|base|area|district)|it) (?:over )?to|no sign of (?:significant )?fighting|after (?:[\\p{L}-]+ ){1,10}?(?:left|fled|surrendered)|abandoned by|leaving (?:the (?:\\p{L}+ )?(?:city|town|village|area|base|district)|it) to|(?:after|following) (?:\\p{L}+ ){0,2}?(?:negotiations|talks)|under (?:a|an|the) (?:\\p{L}+ )?(?:deal|agreement|arrangement)|in line with (?:a|an|the) (?:\\p{L}+ )?(?:deal|agreement|accord)|(?:vacated|evacuated) by)',
  // "imposed by Beijing", "hostile to Riyadh": a capital standing for its government.
  // "330 kilometres north of Khartoum": a landmark to measure from, not where it happened.
  placeModifierBefore:
    "(?:(?:ambassador|minister|president|envoy|governor|mayor|representatives?|delegates?|delegations?|emissar(?:y|ies)) (?:to|of|from) (?:the )?|(?:flown|transferred|evacuated|airlifted|deported|fled|taken|driven|rushed)(?: [\\p{L}'-]+){0,3}? to (?:the )?|(?:flown|sent|brought|shipped|drafted) in from (?:the )?|(?:arrived|arriving|came|coming) (?:\\p{L}+ )?from (?:the )?|(?<!\\p{L})by |hostile to |(?<!\\p{L})towards? |(?:bound|headed|heading|travel(?:l?ing|l?ed)?|en route) (?:back )?(?:to|for) (?:the )?|(?:road|highway|railway|route|corridor|flight|journey|ferry|ferries|train|bus|boat|ship|plane|convoy)s? (?:[\\p{L}'-]+ ){0,3}?(?:to|for) (?:the )?|(?:\\p{L}*(?:men|women)|people|nationals|natives|migrants|workers|students|pilgrims|fans|supporters) from (?:the )?|(?<!\\p{L})(?:leading|leads) to (?:the )?|(?:statement|communiqué|news conference|press conference|briefing)s? (?:[\\p{L}-]+ ){0,2}?(?:in|from) (?:the )?|(?:kilomet(?:er|re)s?|km|miles) (?:\\(\\d+ (?:miles|km)\\) )?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? )?(?:of|from) )",
  placeModifierAfter:
    "(?: time\\b|(?:,[^,.;]{1,45},)?(?: (?:and|nor|or) \\S+)? (?:(?:has|had|have) )?(?:said|says|confirmed|denied|announced|accused|insisted|claimed|warned|rejected|condemned|agreed|acknowledged|admitted|maintained|maintains)\\b|-(?:based|backed|imposed|led|born|brokered|allied)|(?:'s)? (?:regional (?:governor|administration|head)|governor|mayor|forces?|troops|army|military|regiment|battalion|brigade|militia|youths?|community|communities|tribe|tribesmen|clans?|ambassador|embassy|president|radio|television|TV|forward|striker|midfielder|defender|goalkeeper|club|fans|team|coach|manager|movement|procession|festival|feast))\\b",
  comparedSince: '(?:ever )?since',
  // "Syrian troops and allied militias", "The Syrian army, backed by Hezbollah fighters,": the first named leads.
  sideJoiners: '(?:,|(?:,\\s*)?(?:and|with|as well as|backed by|supported by|aided by|assisted by))(?:\\s+(?:its|their))?(?:\\s+allied)?',
  placeWindow: 60,
  facilityHeads:
    '(?:court|university|hospital|airport|school|prison|jail|stadium|station|mosque|church|cathedral|market|port|base|college|barracks)',
  locativeInName: '(?:in|at)',
  definiteBefore: '(?:the|this|that|these|those|its|their|such)',
  indefiniteBefore: '(?:a|an)',
  groupNameSides: [
    { pattern: '(?:Revolutionary Guards?|Guard Corps|Republican Guard)', side: 'army' },
    {
      pattern: '(?:Front|Liberation|Resistance|Revolutionary|Patriotic|Alliance|Movement|Brigades?|Mujahideen|Self-Defen[cs]e)',
      side: 'rebels',
    },
    {
      pattern: '(?:Armed Forces|Defen[cs]e Forces|Army|Guards?|Frontier Corps|Marine Corps|Gendarmerie|Police|Security Forces)',
      side: 'army',
    },
  ],
  bothSides: '(?:both sides|the two sides|the two camps|the rival (?:forces|factions|sides|camps)|the warring (?:sides|parties|factions))',
  armedSide:
    // An exchange of fire has two armed sides, whoever they are.
    '(?:gunm[ae]n|armed|militants?|militias?|militiamen|insurgents?|rebels?|jihadists?|fighters|soldiers|troops|army|bandits|attackers?|assailants?|gunfights?|shoot-?outs?|return(?:ed|ing) fire|exchang(?:ed|ing|es?) (?:of )?(?:\\p{L}+ )?(?:fire|gunfire|shots)|trad(?:ed|ing) (?:\\p{L}+ )?(?:fire|gunfire|shots))',
  civilianVictims:
    '(?:civilians|residents|villagers|aid workers|worshippers|pupils|students|schoolchildren|patients|passengers|displaced (?:people|persons|families)|children|women|tourists|guests|shoppers|bathers|beachgoers|passers-by|bystanders|journalists|photographers|spectators|diners|customers|survivors|pilgrims|mourners)',
  nearPlace:
    '(?:near|close to|not far from|outside|just outside|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)',
  beforeNamedPlace:
    '(?:the (?:\\p{L}+ )?(?:town|city|village|district|neighbou?rhood|province|provincial capital|capital|port|base|region|area)(?: of|,))',
  townAnaphor:
    // "retook the last streets of the Old City": a part of the town stands for it.
    "(?:(?:full |total )?control )?(?:of )?(?:the|this|its) (?:last (?:streets|districts|neighbou?rhoods|quarters|areas) (?:of|in) (?:the|its) )?(?:town|city|village|old city|old town|city centre|town centre|centre of (?:the )?(?:town|city)|(?:town|city)['’]s centre)",
  placesIntro: '(?:including|notably|especially|in particular|mainly|mostly|chiefly)',
  returnedFire:
    '(?:return(?:ed|ing)? (?:the )?fire|fired back|shot back|(?:repulsed|repelled|beat back|beaten back|fought off) (?:the |an |their )?(?:\\p{L}+ )?(?:attack|assault|attackers|assailants)|exchang(?:ed|ing) (?:\\p{L}+ )?(?:fire|gunfire|shots)|exchanges? of (?:\\p{L}+ )?(?:fire|gunfire)|gun ?battles?|gunfights?|firefights?|shoot-?outs?)',
  calmProtest:
    '(?:peacefully|peaceful(?! (?:end|solution|settlement|transition|resolution))|silently|in silence|silent (?:march|rally|protest|procession)|without incident|calmly|(?:candlelight |candlelit |prayer )?vigils?)',
  directMeans:
    '(?:shot dead|shot and killed|gunned down|stabbed|hacked to death|(?:opened fire|fired) (?:\\p{L}+ ){0,4}?(?:on|at) [^.;]{0,80}?killing)',
  listJoin: '(?:,|,? and|,? or)(?: to| towards| into| from| of)?(?: the)?',
  arrestRaids: '(?:raids?|raided|at (?:his|her|their) homes?|in (?:his|her|their) homes?)',
  looters:
    '(?:looters|(?:armed )?bands(?! of (?:youths?|young))|gangs(?! of (?:youths?|young))|(?:deserting|disbanded|routed|retreating) (?:soldiers|troops))',
  // Only a pronoun that is the clause's object, before the clause's own subject: "which
  // Congress passed on Dec. 18"; "which expired on 3 January" may date the event's end.
  relativeOpeners: '(?:which|whom) (?:the |a |an |its |their |his |her |\\p{Lu})',
  // "Sunday's election", "Monday's vote": the day names the vote, not an event told with it.
  dateOfNoun: { after: "['’]s" },
  // "Police found six bodies on Friday, a day after rioters burned the town": the riot was on Thursday.
  dateShifts: [
    { pattern: '(?:a|one) day after|the day after', days: -1 },
    // "The strike came 12 days after a suicide car bomber killed 40": that attack is 12 days older.
    { pattern: '(?<n>\\d+|[a-z]+) days after', days: -1 },
    { pattern: '(?:a|one) week after', days: -7 },
    { pattern: '(?<n>\\d+|[a-z]+) weeks after', days: -7 },
  ],
  // "claimed on Saturday the kidnapping": the day the claim was made, not the kidnapping's.
  reportingBeforeTime:
    '(?:said|says|told (?:\\p{L}+ ){0,2}?|announced|reported|added|stated|wrote|confirmed|tweeted|posted|statement|briefing|claimed(?: responsibility)?)(?: late| early)?(?: on| in| at)?',
};
