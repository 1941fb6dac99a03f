"""Planned events: visits, talks, meetings, forums, concerts or signings still to come.

Finding: a sentence with a future verb ("will pay a state visit", "plans to visit", "are expected
to sign"), a planned event named as a noun phrase ("the upcoming visit of ..."), or "considered the
organization of ...". The phrase as written is kept as ``text`` (the evidence).

Reading: each phrase becomes a :class:`PlannedEvent` whose kind, actors (``who``), host, place,
country, date (``when``) and objects are read from the phrase, so that the briefing can state the
event in another language without the English sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing as t
from dataclasses import dataclass, replace

from briefing.extract.dates import DAY_FIRST, MONTH_FIRST, MOVED, TO_NEW_DAYS, WEEKDAYS
from briefing.extract.documents import DOC_NOUN
from briefing.extract.lexicon import (
    CITY_TO_COUNTRY,
    DEMONYMS,
    GEO_WORDS,
    MONTH_WORDS,
    MULTIWORD_CITIES,
    NON_NAME_WORDS,
    countries_in,
    country_code,
    country_regex,
)
from briefing.extract.orgs import is_head
from briefing.extract.people import same_person, similar_words
from briefing.extract.text import Context, Sentence, clean
from briefing.ingest import MONTH_PATTERN, MONTHS
from briefing.models import Person, PlannedEvent
from briefing.vocabulary import FORMAT_SIDES

_EVENT_NOUNS = r"visits?|talks|day|events?|congress|exhibitions?|fairs?|commission|meetings?|forums?|summits?|conferences?|" \
               r"concerts?|festivals?|sessions?|negotiations|consultations?|days|week|ceremony|tour|games|championship|" \
               r"signing|discussions?|conversations?|dialogue|welcome|reception|celebrations|festivities|convention|luncheon|decade|"\
               r"lunch|dinner|banquet|parades?|commemorations?|dialogues|symposi(?:um|a|ums)|seminars?|round\s+tables?|" \
               r"opening|unveiling|sittings?"
_TALKS = r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:discussions?|talks|conversations?|meetings?|dialogue|consultations|negotiations)\b"
# what one addresses at an event: "will address the plenary session", "the UN General Assembly", "the participants
# of the forum"; not "will address the issues raised at the meeting"
_ADDRESSED = (r"(?:the\s+)?(?:(?!(?:at|of|in|on|to|by|for|with|from|issues?|problems?|questions?|concerns?|matters?|"
              r"challenges?|needs?|situation)\b)[\w'’-]+\s+){0,4}?(?:session|forum|summit|conference|congress|meeting|"
              r"plenary|assembly|parliament|council|participants|audience|delegates|students|gathering|ceremony|lawmakers|"
              r"legislators|deputies|parliamentarians|MPs|senators|"
              r"nation|Saeima|Senate|Majlis|Mazhilis|Khural|Duma|Seimas|Sejm|Bundestag)\b")
# "will", and the reported future of a press release ("the Prime Minister would also address the forum"); not
# a wish ("would like to visit") or a condition
_WILL = r"(?:will|shall|would(?!\s+(?:like|love|prefer|rather|be\s+(?:happy|glad|pleased|ready|willing))\b))"
# "… to Singapore for a state visit", "… for Tokyo on an official visit": where a journey goes, and why
_ON_TO_A_VISIT = (r"\s+(?:on\s+)?(?:to|for)\s+(?-i:[A-Z])[^.;]{0,60}?\b(?:for|on)\s+(?:an?\s+|another\s+|his\s+|her\s+)?"
                  r"(?:[\w-]+\s+){0,2}(?:visit|talks|summit|forum)\b")  # ("will also head to Japan for TPP talks")
# what a coming event is to yield: "… is expected to result in signing documents"
_OUTCOME_WORDS = r"(?:result\s+in|end\s+(?:with|in)|culminate\s+in|conclude\s+with)\s+(?:the\s+)?(?:signing|signature|adoption)"
# "An invitation was extended to …": the passive that opens an invitation, up to its invitee
_INVITATION_EXTENDED = r"\binvitation\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:extended|conveyed|handed|passed|sent)\s+to\s+"
_FUTURE_EVENT = re.compile(
    rf"\b{_WILL}\s+(?:\w+\s+){{0,2}}(?:lead|head)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?delegation\b"
    # "will call on the Prime Minister" (a meeting), not "will call on businesses to invest"
    rf"|\b{_WILL}\s+(?:\w+\s+){{0,2}}(?:(?:pay|make)\s+(?:a\s+)?(?:courtesy\s+|state\s+)?call\s+on|call\s+on(?=\s+(?:the\s+)?(?-i:[A-Z])))\b"
    rf"|\b{_WILL}\s+(?:\w+\s+){{0,2}}address(?=\s+{_ADDRESSED})"
    # "the parties will work on holding an exhibition": the event they will prepare
    rf"|\b{_WILL}\s+(?:\w+\s+)?(?:work\s+on|consider|look\s+into)\s+(?:holding|organizing|organising|hosting|arranging|"
    r"convening)\b"
    # "will be paying an official visit": the progressive future
    r"|\b(?:will|shall)\s+(?:\w+\s+)?be\s+(?:paying|holding|visiting|meeting|signing|attending|hosting|travell?ing|"
    r"arriving|taking\s+part|participating)\b"
    rf"|\b{_WILL}\s+(?:\w+\s+){{0,2}}(?:and\s+)?(?:pay|hold|be held|take place|take part|visit|meet|sign|attend|participate|host|"
    r"hold|organize|organise|travel|arrive|conduct|run|be signed|be concluded|be adopted|be hosted|be accorded|"
    # "will witness the signing of the agreement on March 23", "a delegation will accompany the Prime Minister"
    r"witness|accompany|"
    # "on arrival he would be met by the Vice President", "will be welcomed by the Speaker": a meeting on arrival
    r"be received|be met(?=\s+by\b)|be welcomed|be greeted|"
    # "will lay a wreath at the memorial": the wreath-laying of a visit's programme
    r"lay\s+(?:a\s+)?wreaths?|"
    # "will deliver a speech at the Meeting of Speakers" (the event is named: see _phrases_of)
    r"deliver\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:keynote\s+|opening\s+|welcoming\s+|goodwill\s+)?"
    r"(?:speech|address|remarks|lecture|message)|"
    # "its Working Group, which will gather in Bucharest in March": a body's sitting
    r"gather|convene|exchange\s+(?:views|opinions|thoughts)|co-?chair|co-?host|be\s+introduced\s+to|get\s+acquainted\s+with|"
    # "will chair the 18th Ministerial meeting", not "will chair the committee" (a body, not an event)
    r"(?:chair|preside\s+over)(?=\s+[^.;]{0,80}?\b(?:meeting|session|summit|forum|conference|talks|sitting)s?\b)|"
    # "will make its first official visit", not "will make efforts"
    r"make(?=\s+(?:[\w-]+\s+){0,3}?visits?\b)|"
    # "will proceed to Singapore for a state visit", not "will proceed to the next item"
    rf"(?:proceed|fly|head|go|depart|leave)(?={_ON_TO_A_VISIT})|"
    # "will be sending the relics to Mongolia": something sent to a place, not "will send a message"
    r"(?:be\s+sending|send)(?=\s+[^.;]{1,80}?\s+to\s+(?-i:[A-Z]))|"
    # "will open the exhibition", not "will open a new page in relations" (a figure of speech)
    r"open(?!\s+(?:up\s+)?(?:a\s+|the\s+)?(?:new\s+|broad\s+|great\s+|wide\s+)*(?:page|chapter|era|stage|opportunit|"
    r"prospects|horizons|doors?|way|path|avenues?)))\b"
    # "will end his trip on Sept. 6 before proceeding to Singapore for another state visit": the next stop
    rf"|\b{_WILL}\s+(?:[^.;]|\.(?=\s?\d)){{0,80}}?\bbefore\s+(?:proceeding|travell?ing|heading|flying|leaving)(?={_ON_TO_A_VISIT})"
    # "Dushanbe to host the next foreign ministers' meeting" (a headline's infinitive), "agreed to host the forum"
    r"|\bto\s+host(?=\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,6}?(?:meeting|summit|session|forum|conference|talks)\b)"
    # "are trying to arrange a meeting of the two leaders": an event being prepared
    r"|\b(?:trying|working|seeking|looking|preparing)\s+to\s+(?:arrange|organi[sz]e|set\s+up|schedule)"
    r"(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|visit|talks|call)\b)"
    # "will be in Kazakhstan on an official visit on 27-29 September"
    r"|\b(?:will|shall)\s+be\s+(?:in\s+[^,.;]{1,60}?\s+)?on\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?visit\b"
    # "the delegation will be in Russia from February 19th to 20th": a stay, dated, in a named place
    rf"|\b(?:will|shall)\s+be\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}"
    rf"(?=\s+(?:from|on|between|until|till)\s+(?:the\s+)?(?:\d|{MONTH_PATTERN}\b)|for\s+(?:two|three|four|five|several|\d+)\s+days\b)"
    # "the visit of the President to Azerbaijan is expected in April-May": an event awaited at a time
    r"|\b(?:is|are)\s+(?:also\s+)?expected(?=\s+(?:in|on|at\s+the\s+end|by|next|this|later|soon|before)\b)"
    # "talks are planned on ...", "meetings are envisaged": the event itself is the subject
    r"|\b(?:talks|discussions|negotiations|meetings|consultations|visits?|meeting)\s+(?:is|are)\s+(?:also\s+)?"
    r"(?:planned|envisaged|scheduled)\b(?!\s+to\b)"
    # "A business forum and an exhibition are also planned.": the events are the subject, the verb ends the sentence
    r"|\b(?:is|are)\s+(?:also\s+)?(?:planned|envisaged|expected|scheduled)(?=\s*[.;]?\s*$)"
    # "a business forum is planned as part of the visit, as well as a concert": the frame after the verb
    r"|\b(?:is|are)\s+(?:also\s+)?(?:planned|envisaged|scheduled)(?=\s*,|\s+(?:as\s+part\s+of|within|during|"
    r"in\s+the\s+framework\s+of|in\s+accordance\s+with|on\s+the\s+sidelines\s+of)\b)"
    # "it is arranged for the Chair to speak at the session"
    r"|\bis\s+(?:arranged|planned|envisaged)\s+for\s+[^.;]{1,80}?\s+to\s+(?:speak|visit|meet|attend|address|"
    r"take part|participate|hold|sign|talk\s+over|discuss)\b"
    # "The visit … will see the delegation meet with members of …": what the visit holds
    r"|\bwill\s+see\s+[^.;]{1,80}?\s+(?:meet|hold|visit|sign|attend)\b"
    # "will have a detailed discussion", "intends to have conversations with": talks, named by their noun
    rf"|\b(?:will|shall|plans?\s+to|intends?\s+to)\s+(?:\w+\s+)?have\s+{_TALKS}"
    # "will get an opportunity to participate in the celebrations"
    r"|\b(?:will|shall)\s+(?:\w+\s+)?(?:get|have)\s+(?:an|the)\s+opportunity\s+to\s+(?:visit|attend|participate|"
    r"take part|meet)\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|set|due|planned|poised|likely)\s+to\s+(?:\w+\s+){0,2}(?:sign|visit|hold|be held|"
    r"engage\s+in|formali[sz]e|"  # "is set to engage in high-level dialogues", "are poised to formalize a framework"
    r"take place|meet|pay|attend|arrive|be signed|be adopted|be concluded|be hosted|be received|organize|organise|conduct|ink|"
    r"discuss|exchange\s+views|"  # "is expected to discuss … with the Speaker": talks to come
    r"adopt|travel|participate|take part|make(?=\s+(?:[\w-]+\s+){0,3}?visits?\b)|"
    # "is expected to deliver speech at the plenary session": a speech at a named sitting
    r"deliver(?=\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:keynote\s+|opening\s+)?(?:speech|address|remarks|lecture)\b))\b"
    # "he was expected to lead a delegation to Benin": a press release's reported future (kept only when dated ahead)
    r"|\b(?:was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set)\s+to\s+(?:lead|head)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?delegation\b"
    # "the delegation was expected to visit the financial centre on Wednesday": the same, for the visit's next stops
    r"|\b(?:was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set)\s+to\s+(?:visit|meet|hold|sign|attend|take\s+part|"
    r"participate|travel|pay|tour)\b"
    # "the ninth meeting of the commission is expected to result in signing documents": the meeting is still to come
    rf"|\b(?:is|are)\s+(?:also\s+)?(?:expected|set|due|likely)\s+to\s+{_OUTCOME_WORDS}\b"
    r"|\b(?:plans?|intends?)\s+to\s+(?:visit|hold|sign|meet|pay|attend|organize|organise|host|conduct|participate|take part|"
    r"reschedule|discuss)\b"
    # "the Chair is to have talks with ...": talks named by their noun
    rf"|\b(?:is|are)\s+(?:also\s+)?to\s+have\s+{_TALKS}"
    # "the embassy is planning to celebrate the anniversary", "he was hoping to meet the President on Wednesday"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:planning|hoping)\s+to\s+(?:visit|hold|sign|meet|pay|attend|organize|organise|"
    r"host|conduct|participate|take part|celebrate|present|travel)\b"
    # "the programme of the visit also includes meetings with ...": what the visit still holds
    r"|\b(?:program|programme|agenda|schedule)\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:visit|trip|stay)\s+(?:also\s+)?"
    r"(?:includes|envisages|provides\s+for|foresees)\b"
    # "The plan also includes the signing of a package of documents" (in a text about a visit to come)
    r"|\bthe\s+(?:plan|planned|program|programme|agenda|schedule)\s+(?:also\s+)?(?:includes|envisages|provides\s+for|foresees)"
    r"(?=\s+(?:the\s+)?(?:signing|holding|meetings?|talks|visits?)\b)"
    # "expressed his wish for the Emperor to visit Mongolia": a visit hoped for, as the invitation it is
    r"|\b(?:wish|hope|desire)\s+(?:for|that)\s+[^.,;]{1,80}?\s+(?:to|would|will)\s+(?:visit|attend|pay)\b"
    r"|\b(?:is|are|am)\s+(?:also\s+)?going\s+to\s+(?:\w+\s+){0,2}(?:visit|hold|sign|meet|pay|attend|organize|organise|host|"
    r"conduct|travel|take part|participate)\b"
    r"|(?<!aim )(?<!goal )(?<!task )(?<!purpose )(?<!objective )(?<!idea )(?<!priority )(?<!point )(?<!plan )"
    r"\b(?:is|are)\s+(?:also\s+)?to\s+(?:visit|hold|sign|meet|pay|attend|host|travel|take part|participate|be held|"
    r"be signed|take place|arrive|organize|organise)\b"
    r"|\b(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?being\s+(?:prepared|planned|organi[sz]ed|arranged|worked\s+out)\b"
    r"|\bsigning\s+of\b[^.]*\b(?:is|are)\s+(?:anticipated|expected|planned)\b"
    # "Plans are in store to hold the commission's meetings every six months": a plan announced as such
    r"|\bplans\s+are\s+(?:in\s+store|afoot|under\s+way|underway|being\s+made)\s+to\s+(?:hold|sign|organi[sz]e|visit|meet|"
    r"convene|host)\b"
    # "the sitting of the commission is due today": an event set for a day to come
    r"|\b(?:is|are)\s+due\s+(?=today|tomorrow|on\s|in\s|next\s|this\s|later\b)"
    r"|\b(?:is|are)\s+(?:also\s+)?scheduled\s+for\b|\bwill\s+(?:soon\s+|also\s+)?be\s+(?:attended|held|organized|organised|"
    r"opened|unveiled|inaugurated)\b"  # "a plaque to the explorer will soon be unveiled in Kenya"
    # "the 4th Meeting of Speakers scheduled for September 23-24": the participle dates an event to come
    r"|\b(?:scheduled|planned|slated)\s+for\s+(?:(?-i:[A-Z])[a-z]+\s+\d|\d|next\b|early\b|late\b|mid-|"
    r"(?:this|the)\s+(?:fall|autumn|spring|summer|winter|year|month|week)\b)"
    # "presented an invitation letter of the Minister … on the official visit to Poland": a visit asked for
    r"|\b(?:presented|handed(?:\s+over)?|conveyed|delivered|extended|passed\s+on)\s+(?:an?\s+|the\s+)?invitation\b"
    r"[^.;]{0,140}?\b(?:on|for)\s+(?:an?\s+|the\s+)?(?:official\s+|state\s+|working\s+)?visit\b"
    # "the meeting of the heads of state planned to take place in the current year": the participle names a plan
    r"|\b(?:scheduled|planned|slated)\s+to\s+(?:take\s+place|be\s+held|be\s+organi[sz]ed|be\s+convened)\b"
    # "the Kyrgyz side expects a state visit of the Turkish leader": a visit awaited
    r"|\b(?:expects?|expecting|awaits?|awaiting)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}visit\b"
    # "outlined proposals, planning bilateral meetings with ministers"
    rf"|\bplanning\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_EVENT_NOUNS})\b"
    r"|\binvit(?:ed|ing|es)\s+[^.]{1,120}?\s+to\s+(?:visit|attend|pay|take part|participate|undertake|make)\b"
    # "Iceland has invited speakers from all the Nordic countries for a visit in midsummer"
    r"|\binvit(?:ed|ing|es)\s+[^.]{1,120}?\s+(?:for|on)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?visit\b"
    # "invited him to an official visit to Georgia": the visit named by its noun
    r"|\binvit(?:ed|ing|es)\s+[^.]{1,120}?\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?visit\s+to\b"
    # "has further scheduled meetings with officials", "will make the next stop of its trip in Xian"
    r"|\b(?:has|have)\s+(?:further\s+|also\s+)?scheduled\s+(?:meetings?|talks|visits?|negotiations)\b"
    r"|\b(?:will|shall)\s+(?:also\s+)?make\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+)?(?:next\s+|first\s+|last\s+)?stop\b"
    # "the Speaker of Turkey was invited to visit Mongolia": the passive invitation
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?invited\s+to\s+(?:visit|attend|pay|take part|participate)\b"
    # "An invitation was extended to the Under-Secretary-General to visit Kuwait"
    rf"|{_INVITATION_EXTENDED}[^.]{{1,80}}?\s+to\s+(?:visit|attend|pay|take part|participate)\b"
    # "the visit was postponed from 12-13 January to 15-16 January": the visit still comes, on its new days
    rf"|\b(?:was|were|has\s+been|have\s+been)\s+{MOVED}{TO_NEW_DAYS}"
    # "pending MOUs should be finalised and signed by December 2023": what is to be done by a deadline
    r"|\b(?:should|must)\s+be\s+(?:[\w-]+\s+and\s+)?(?:signed|held|concluded|adopted|convened|organi[sz]ed)"
    r"(?=\s+(?:by|before|no\s+later\s+than|next)\b)"
    # "the Prime Minister's official visit to India taking place from upcoming Friday"
    r"|\b(?:taking\s+place|to\s+take\s+place)\s+(?:from|on|in)\s+(?:the\s+)?(?:upcoming|coming|next|this)\b"
    # "the invitation of the Chairwoman to visit Mongolia" (not "at the invitation of", the occasion of a visit)
    r"|\binvitation\s+(?:to|for|from|(?<!\bat\sthe\sinvitation\s)of)\s+[^.]{1,80}?\s+to\s+(?:visit|attend|pay|take part|"
    r"participate|undertake|make(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit))\b"
    # "conveyed an invitation to visit his country": the invitation names the visit at once
    r"|\b(?:an\s+(?:official\s+)?|a\s+letter\s+of\s+)invitation\s+to\s+(?:visit|attend|pay|take part|participate)\b"
    r"|\bintentions?\s+to\s+(?:visit|hold|organize|organise|host|attend|pay|take part|participate)\b"
    # "The Uzbek President accepted the prime minister’s invitation to visit Pakistan": a visit the guest agrees to
    r"|\baccepted\s+(?:the|an|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?invitation\s+to\s+(?:visit|attend|pay|take part|"
    r"participate)\b"
    # "Mongolia is preparing for the visit of the President of Russia next month": the visit awaited
    r"|\b(?:is|are)\s+(?:\w+\s+)?preparing\s+for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|summit|session|forum)\b"
    # "Azerbaijan and Saudi Arabia are preparing to sign a new memorandum": a signing to come
    r"|\b(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?preparing\s+to\s+(?:sign|hold|host|visit|conclude|adopt)\b"
    # "a plan of joint actions to prepare for the state visit of the President X to Kyrgyzstan": the visit to come
    r"|\b(?:to\s+prepare|preparations?)\s+for\s+(?:the|a|an)\s+(?:upcoming\s+|forthcoming\s+)?(?:state|official|working)\s+"
    r"visit\b(?=\s+of\b)"
    # "agreed to prepare for events marking the 60th anniversary of relations next year": the jubilee to come
    r"|\b(?:to\s+prepare|preparations?|preparing)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:events|celebrations|"
    r"festivities|commemorations)\s+(?:marking|celebrating|to\s+mark|dedicated\s+to|on\s+the\s+occasion\s+of)\b"
    # "high level visits to be paid in 2018-2019"
    r"|\b(?:visits?|meetings?|talks|consultations)\s+to\s+be\s+(?:paid|held|organi[sz]ed|conducted)\b"
    # "confirmed his participation in the summit": a guest's word that he will come
    r"|\bconfirmed\s+(?:(?:his|her|its|their)\s+)?(?:participation|attendance)\s+(?:in|at)\b"
    # "They agreed, in particular, to hold monthly meetings": an aside between the agreement and its plan
    r"|\bagreed,?\s+(?:(?:in\s+particular|also|further|among\s+other\s+things),\s+)?to\s+(?:\w+\s+)?(?:conclude|sign|hold|"
    r"meet|organize|organise|visit|arrange|convene)\b"
    # "agreed to begin talks on concluding accords", "agreed to celebrate the 70th anniversary": talks, a jubilee
    r"|\bagreed\s+to\s+(?:begin|start|launch|resume|open)\s+(?:talks|negotiations|consultations)\b"
    # "It was also agreed for the businessmen of the two countries to hold B2B talks": who is to hold them, then the plan
    r"|\bagreed\s+for\s+[^.;]{1,80}?\s+to\s+(?:hold|organi[sz]e|meet|visit|sign|conduct|arrange)\b"
    r"|\bagreed\s+to\s+(?:jointly\s+)?(?:celebrate|mark|commemorate)\s+(?:the\s+)?(?:\w+\s+){0,2}anniversary\b"
    # "agreed to cooperate to hold a summit next year": the event the cooperation is for
    r"|\bagreed\s+to\s+cooperate\s+(?:to|in|on)\s+(?:holding|hold|organizing|organize|organising|organise)\b"
    # "Turkey will join the summit of leaders …": a gathering joined is one attended
    r"|\b(?:will|shall)\s+(?:\w+\s+)?join(?=\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:summit|forum|conference|talks|"
    r"session|celebrations?|festival|exhibition)s?\b)"
    # "sides agreed on organizing a scientific conference, exhibitions and cultural events"
    r"|\bagreed\s+(?:on|upon)\s+(?:holding|organizing|organising|arranging|conducting|convening|signing)\b"
    # "expressed their readiness to hold a meeting of the commission", "is ready to arrange a visit"
    r"|\b(?:ready|readiness|willingness)\s+to\s+(?:\w+\s+)?(?:hold|arrange|organize|organise|host|sign|visit|convene|"
    r"conduct)\b"
    # "After the forum, it is expected the signing of two documents": the signing awaited
    r"|\bit\s+is\s+(?:also\s+)?expected\s+the\s+signing\b"
    # "agreed to maintain contacts and arrange a new round of consultations": the plan is the second verb
    r"|\bagreed\s+to\s+[^.;]{1,80}?\s+and\s+(?:to\s+)?(?:hold|arrange|organize|organise|convene|conduct|sign|conclude)\b"
    # "the talks resulted in a proposal to organize the first meeting ...", "the sides proposed to hold ...": a plan
    r"|\b(?:proposals?|suggestions?)\s+to\s+(?:organize|organise|hold|convene|arrange|conduct|host)\b"
    # "supported the initiatives on establishing friendship groups, signing a Memorandum, as well as organizing visits"
    r"|\binitiatives?\s+on\s+(?:[^.;]{0,120}?,\s+)?(?:signing|organizing|organising|holding)\b"
    r"|\b(?:proposed|suggested)\s+(?:to\s+)?(?:organize|organise|hold|convene|arrange|conduct|host|organizing|holding)\b",
    re.I)
_CONSIDERED = re.compile(r"\b(?:considered|discussed|agreed on|agreed upon|talked about|prepared)\s+"
                         r"(?P<object>(?:the\s+)?(?:organization|organisation|holding|preparation|conduct)\s+of\s+[^.]+"
                         # "discussed holding the council's meeting in Kyrgyzstan": the event to hold
                         r"|(?:holding|organi[sz]ing|convening|hosting)\s+(?:an?|the)\s+[^.]+)", re.I)
# what follows the plan in its sentence: who reported it ("..., a senior official announced on Sunday"), a
# relative clause, an apposition about the event (", the first such visit in seven years")
_TRAILING = re.compile(r"(?:,\s*(?:the\s+)?[^,]{0,100}?\s+(?:said|reported|reports|says|noted|informs|announced|stated|added|"
                       # (what follows the verb is the telling's: "…, X said during a meeting with his counterpart, Y")
                       # "…, director of the Sejm Information Center (CIS), X, has told PAP": the outlet told
                       r"(?:has\s+|had\s+)?told\s+(?:journalists|reporters|the\s+press|[A-Z][\w.-]*(?=\s*\.?$|\s+(?:on|in|at|earlier|today|yesterday|\w+day)\b))"
                       # ("…, Beijing said Monday — his first trip abroad since …": the day, and a remark on the plan)
                       r")(?:\s+(?:on|in|at|earlier|today|yesterday|\w+day|citing)\b[^,]{0,100}"
                       r"|\s+(?:during|after|following|while)\s+[^.;]{0,160})?"
                       r"\.?$|"
                       r",\s*(?:said|reported|says|noted|told|announced)\s+[^,]{0,100}$|"
                       # "…, director of the Sejm Information Center (CIS), X, has told PAP": the teller in apposition
                       r",\s*[^,;]{0,100},\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?\s+(?:has\s+|had\s+)?(?:told|said)\b[^,]{0,60}$|"
                       # "…, according to the ministry", "…, as announced by the press service": who told it
                       r",\s*according\s+to\s+[^,]{1,80}$|,\s*as\s+(?:announced|reported|stated|noted)\s+by\s+[^,]{1,100}$|"
                       # (", where he will attend the forum" tells more of the plan and stays; the next item of a list does not)
                       r",?\s+(?:during which|which|that will|that would)\b.*$|;.*$|\s+that\s+will\b.*$|"
                       # ", where the achievements of X will be demonstrated": what the event shows, not who comes
                       r",\s+where\s+[^,;]*?\bwill\s+be\s+(?!held\b|signed\b|concluded\b|adopted\b)[a-z]+ed\b.*$|"
                       r",\s+(?:the|a|an|his|her|its|their)\s+(?:first|second|third|fourth|fifth|last|latest)\s+"
                       r"(?:such\s+)?\w+\b.*$|"
                       # "will discuss key issues, and the progress made in ...": a second object of its own
                       r",\s+and\s+(?:the|a|an)\s+.*$|"
                       # ", and said that ...", ", and wished success": what the speaker did next
                       r",?\s+and\s+(?:said|wished|noted|expressed|stressed|added|thanked|highlighted|emphasi[sz]ed|underlined|"
                       r"underscored|pointed\s+out)\b.*$|"
                       # ", saying that there are no changes ...": what the speaker said besides the plan
                       r",\s+saying\b.*$|"
                       # "is expected aimed at deepening the partnership": the purpose, not the event
                       r"\s+(?:aimed\s+at|intended\s+to|designed\s+to|in\s+order\s+to)\b.*$|"
                       # "will hold talks with X to discuss ways to …", "will meet Y to strengthen cooperation …"
                       r"(?<=[A-Za-z])\s+to\s+(?:discuss|seek|explore|strengthen|expand|deepen|enhance|boost|promote|review)\s+"
                       r"(?:ways|cooperation|prospects|issues|opportunities|bilateral|the|further|relations)\b.*$)", re.I)
_REPORTED_BY = re.compile(r",\s*(?:the\s+)?[^,]{0,60}?\s+(?:said|reported|reports|says|informs|announced|stated)\.?$", re.I)
# what opens a sentence before the plan itself: a connective, whose invitation, the occasion, the date
# ("On August 17-18, at the invitation of the King, the President will pay a state visit"); the date is
# still read for the event's "when"
# "In the capital, Bishkek", "In Tashkent": the town a sentence opens with
_IN_A_TOWN = r"In\s+(?:the\s+capital(?:\s+city)?,\s+)?(?P<town>(?-i:[A-Z])[\w'’-]+)"
_LEADING = re.compile(rf"^(?:(?:(?:As part of|Within|In addition|Also|Moreover|Furthermore|Besides|At the same time|"
                      # "At the end of the talks, X invited Y", "During his visit, X will attend": the occasion
                      rf"At the (?:end|close|conclusion) of|(?:During|In the course of)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?"
                      rf"(?:visit|trip|stay|tour)(?=,)|Upon|"
                      rf"Following|After|In turn|Additionally|According to|At the invitation of|On the occasion of|"
                      rf"In connection with|By the program(?:me)? of|Due to|Owing to|Because of|"
                      # "To increase interaction in pharmaceuticals, the parties agreed on signing …": the purpose first
                      rf"To\s+(?:increase|strengthen|develop|expand|boost|deepen|promote|enhance|intensify|ensure|support|"
                      rf"celebrate|mark|commemorate)\b)[^,]{{0,120}}"  # "To celebrate its centennial, X has invited …"
                      rf"|On\s+(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,\s*(?:19|20)\d\d)?"
                      rf"|On\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTH_PATTERN})(?:\s+(?:19|20)\d\d)?),\s*"
                      # "Led by X, Speaker of the Chamber, the delegation will be in Russia": who leads, and his office
                      rf"|(?:Led|Headed)\s+by\s+[^,]{{1,80}}(?:,\s+(?-i:[A-Z])[^,]{{1,120}})?,\s*(?=(?-i:the|[A-Z])\b)"
                      # "In the capital, Bishkek, Park will …", "In Tashkent, the capital of Uzbekistan, Park will meet …",
                      # "As the last destination, on Monday Park will …": where (or which stop) it takes place
                      rf"|{_IN_A_TOWN}(?:,\s+the\s+capital\s+of\s+(?-i:[A-Z])[\w'’-]+)?,\s*"
                      rf"|As\s+(?:the\s+)?(?:last|final|first|next)\s+(?:destination|stop|leg),\s*"
                      # "On the next leg of his tour Borrell will chair …", with or without its comma
                      rf"|On\s+the\s+(?:next|first|second|third|final|last)\s+(?:leg|stage)\s+of\s+(?:his|her|their|the)\s+"
                      rf"(?:tour|trip|visit|journey),?\s+)+",
                      re.I)
# an agency's dateline opening the sentence: a city in capitals, then its agency in brackets or its date
_DATELINE = re.compile(r"[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]+){0,2}(?:,\s*[A-Z][a-z]+)?"
                       r"(?:\s*\([^()]{1,80}\)|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\.?)"
                       r"(?:\s*[–—-])?\s+(?=[A-Z])")
# "the importance of holding the next meeting of the commission on June 3", "interest in the successful
# holding of the Summit": an event the sides look forward to
_HOLDING = re.compile(r"\b(?:importance\s+of|interest\s+in|support\s+(?:for|of)|readiness\s+for|agreed\s+on|proposed|"
                      r"suggested|suggest|propose|look(?:s|ed|ing)?\s+forward\s+to)\s+(?P<object>(?:the\s+)?(?:successful\s+)?holding\s+(?:of\s+)?[^.;]+)", re.I)
# "..., during which she will hold meetings": the plan is the relative clause of an event under way
_DURING_WHICH = re.compile(r",\s*(?:during|in\s+the\s+course\s+of|as\s+part\s+of)\s+which\s+|,\s*where\s+|"
                           r"\s(?:under|during)\s+which\s+|;\s+(?:and\s+)?", re.I)
# a quotation speaking in the first person is a speaker's intention, not an announced plan
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")
# "We plan to participate in the Council's meeting", "I suggest holding the Days of Culture next year": a speaker's
# plan or proposal of a named event, which the reports count, unlike "we will do our best"
_PLAN_IN_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)\s+(?:also\s+)?(?:plan|intend)\s+to\s+(?:visit|hold|attend|participate|"
                                   r"take\s+part|sign|host|organi[sz]e)\b|\b(?:I|[Ww]e)\s+(?:suggest|propose)\s+holding\b")
_QUOTE_MARKS = "\"“”«»‘’' "
# "by Franck Riester, Minister Delegate for Trade": the title of who comes, after a name (capitals only)
_TITLE_AFTER_NAME = r"(?-i:(?:Deputy |Vice |First |Special )?(?:Minister|President|Prime|Chairman|Chairwoman|Chair|" \
                    r"Speaker|Secretary|Ambassador|Head|Governor|Mayor|Director))"
# "the upcoming visit of ...", "the scheduled state visit of ...", "anticipation for Xi’s state visit to Astana":
# a planned event named as a noun phrase inside a sentence about something else.
# "the commission on trade, economic, scientific and cultural cooperation": a comma inside a list of fields
_FIELD_LIST = r"\s+(?:[a-z-]+,\s+)*[a-z-]+,?\s+and\s+[a-z-]+\s+(?:cooperation|relations|ties|affairs)\b"
_FIELD_LIST_COMMA = rf",(?={_FIELD_LIST})"
_NOT_FIELD_LIST = rf"(?!{_FIELD_LIST})"
_HELD_LATER = r"to\s+be\s+held|scheduled\s+(?:for|to\s+take\s+place)|due\s+to\s+be\s+held"
_EVENT_PHRASE = re.compile(
    rf"(?P<np>(?:\b(?:the|his|her|their)\s+(?:upcoming|forthcoming|scheduled|planned|expected|oncoming|next)\s+|\b(?:upcoming|forthcoming)\s+"
    rf"|\b(?:anticipation\s+(?:of|for)|preparations?\s+(?:for|to|of)|preparing(?:\s+for)?|looking forward to|looks forward to|ahead\s+of"
    # "one of the key issues of the agenda is the state visit of ...": an event the talks prepare
    rf"|(?:issues?|items?|topics?)\s+(?:of|on)\s+the\s+agenda\s+(?:is|are|will\s+be))\s+(?:the\s+)?)"
    # ("the preparation to the Sixth CICA Summit, to be held in Kazakhstan in 2022": where and when go with it)
    rf"[^,.;]*?\b(?:{_EVENT_NOUNS})\b(?:[^,.;]|(?<=\s[A-Z])\.|,\s+(?:including|such as|{_HELD_LATER}|{_TITLE_AFTER_NAME})\b|"
    rf"{_FIELD_LIST_COMMA})*?)"
    rf"(?=\s+and\s+(?:the\s+)?(?:upcoming|forthcoming|scheduled|planned)\b|"
    rf"\s*(?:(?<!\s[A-Z])\.|;|,(?!\s+(?:including|such as|{_HELD_LATER}|{_TITLE_AFTER_NAME})\b){_NOT_FIELD_LIST})|$)",
    re.I)
_NP_LEAD = re.compile(r"^(?:anticipation\s+(?:of|for)|preparations?\s+(?:for|to|of)|preparing(?:\s+for)?|looking forward to|looks forward to|ahead\s+of|"
                      r"(?:issues?|items?|topics?)\s+(?:of|on)\s+the\s+agenda\s+(?:is|are|will\s+be))\s+", re.I)


class Named(t.NamedTuple):
    """A name the rest of extraction found in the text: where it is and how it is written."""

    start: int
    end: int
    name: str


def _nobody(phrase: str, offset: int) -> str | None:
    return None


@dataclass(frozen=True)
class Known:
    """What the rest of extraction already knows, for reading who, host and objects.

    ``resolve(phrase, offset)`` names the person (or institution) a phrase such as "the President
    of Mongolia" or "he" stands for, as the quote speakers are resolved.
    """

    resolve: t.Callable[[str, int], str | None] = _nobody
    participants: t.Sequence[Person] = ()
    mentioned: t.Sequence[Person] = ()  # people the text names outside the event
    institutions: t.Sequence[str] = ()  # institution names found in the text, as written
    documents: t.Sequence[Named] = ()  # documents named in the text (not generic "documents")


@dataclass(frozen=True)
class _Found:
    text: str  # the phrase as written, whitespace collapsed
    start: int
    end: int
    sentence: Sentence
    why: str = "a future verb"  # how the phrase was found
    lead: str = ""  # what opens the sentence before the phrase ("On August 17-18, "), for the date
    subject: str = ""  # who acts, for a second predicate that does not repeat it (", and will also hold …")


def find_planned(context: Context, article_date: dt.date | None, known: Known | None = None) -> list[PlannedEvent]:
    """The planned events of the article, in order, each read into a record with its evidence."""
    known = known or Known()
    events: list[PlannedEvent] = []
    phrases = _find_phrases(context, article_date.year if article_date else None)
    if not phrases:
        phrases = _headline_plan(context)
    phrases = [_own_clause(found) for found in phrases]
    readings = [(found, each) for found in phrases for event in _each_held(_read(found, article_date, known), found)
                for each in _each_host(event, found, known)]
    for found, event in readings:
        if _in_an_earlier_year(event.when, article_date) or \
                (_PAST.search(found.text) and not _future_in_the_past(found.text, event.when, article_date)):
            continue  # "will be held in 2019" in an article of 2023, "was held": history, not a plan
        if _begun_before(event.when, article_date):
            continue  # "The state visit is scheduled for May 3-4" in a report of May 4: under way, not to come
        if _ALSO_JOIN.search(found.text) and not (event.place or event.country or event.when or event.objects):
            continue  # "Ministers A and B will also participate in the visit": more of its delegation, no plan of its own
        if _A_SCHEDULE.match(re.sub(r"^[^,;]*?\b(?:discussed|reviewed|considered|outlined)\s+", "", found.text)):
            continue  # "the schedule of upcoming visits and events planned for this year": no event of its own
        if _TOPICS_OF_THE_TALKS.search(found.text) and not (event.when or event.place) and \
                any(earlier.kind in ("visit", "talks", "meeting") for earlier in events):
            continue  # "… will visit Tashkent. The heads of state will exchange views on …": what the visit's talks hold
        same = next((earlier for earlier in events if _same_visit(event, earlier)), None)
        if same is not None:  # the visit announced in the lead, then quoted from the official who announced it
            same.when = same.when or event.when
            continue
        retold = next((earlier for earlier in events if _the_visit_told_again(event, earlier)), None)
        if retold is not None:  # "The speaker’s visit will take place in mid-July": the one visit, told again
            retold.when = retold.when or event.when
            continue
        again = next((earlier for earlier in events if _same_sitting(event, earlier)), None)
        if again is not None:  # "the next meeting of the joint commission", told again further on
            if again.when is None and event.when:  # the telling that dates it is the evidence a reader checks
                again.text, again.evidence = event.text, context.evidence(found.start, found.end)
            again.when = again.when or event.when
            if again.place is None and again.country is None:
                again.place, again.country = event.place, event.country
            continue
        told = next((earlier for earlier in events if earlier.kind == event.kind and _TOLD_AGAIN.search(found.text)), None)
        if event.when is None and events and _SAME_DAYS.match(found.sentence.text):
            # "On the same days, Dushanbe will host …": the days of the last plan the text dated
            event.when = next((earlier.when for earlier in reversed(events) if earlier.when), None)
        if told is not None:  # "... to attend the 4th meeting of X. ... take part in the meeting slated for May 3"
            told.when = told.when or event.when
            continue
        event.evidence = context.evidence(found.start, found.end)
        event.text = _without_frame(event.text)
        event.why = found.why
        events.append(event)
    return events


# talks named only by what they will cover: "the parties are expected to discuss …", "will also exchange views on …"
# (its subject the sides the visit brings together, named by role: "the heads of state", "the parties", "they")
_TOPICS_OF_THE_TALKS = re.compile(r"^(?!.*\b(?:hold|have|conduct)\b)(?:(?:The|Both)\s+(?:two\s+)?(?:sides|parties|heads\s+of\s+state|"
                                  r"leaders|presidents|delegations|ministers|speakers|participants)|They)\s+"
                                  r"(?:will|are\s+(?:also\s+)?(?:expected|set|due|scheduled)\s+to)\s+(?:also\s+)?"
                                  r"(?:discuss|exchange\s+views|consider|review|focus\s+on|touch\s+(?:up)?on)\b")


# a schedule of visits and events to come names none of them: no plan a briefing can tell
_A_SCHEDULE = re.compile(r"(?:the\s+)?(?:schedule|calendar|timetable|plan|programme|program)\s+of\s+(?:the\s+)?"
                         r"(?:(?:upcoming|future|forthcoming|further|bilateral|mutual|high-level|joint)\s+)*"
                         r"(?:visits|events|contacts|meetings|exchanges)\b", re.I)


# "During his two-day stay in Cambodia, the minister will visit X, who …": the plan without the stay it falls in and
# what a relative clause says of its object
_STAY_OPENING = re.compile(r"^(?:During|In\s+the\s+course\s+of)\s+(?:his|her|their|the)\s+[^,]{0,60}?\b(?:stay|visit|trip)\b"
                           r"[^,]{0,40},\s*(?=\S)")
_RELATIVE_TAIL = re.compile(r",\s+who\b.*$")  # (", which will be held in X" dates the plan: kept)


def _without_frame(text: str) -> str:
    return _RELATIVE_TAIL.sub("", _STAY_OPENING.sub("", text))


# "A and B will also participate (in the visit)": they join the event the text tells of
_ALSO_JOIN = re.compile(r"\bwill\s+also\s+(?:participate|take\s+part|attend|join)\b(?:\s+(?:in\s+)?(?:the|this)\s+"
                        r"(?:visit|talks|meeting|event|delegation)s?)?\s*[.;]?$", re.I)


_SAME_DAYS = re.compile(r"\W*(?:On|During)\s+the\s+same\s+days?\b|\W*At\s+the\s+same\s+time\b")
# the event named before, told again by its kind alone: "the meeting slated for September 23-24"
_TOLD_AGAIN = re.compile(r"\b(?:the|this|that)\s+(?:meeting|forum|session|summit|conference|visit|event)\s+(?:slated|"
                         r"scheduled|set|planned|due)\b|"
                         # "… an upcoming meeting of the ministers … the agenda of the upcoming ministerial meeting"
                         r"^(?:the|this|that)\s+(?:upcoming|forthcoming|coming|next)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:meeting|forum|session|summit|conference|visit)$", re.I)


def _same_sitting(event: PlannedEvent, earlier: PlannedEvent) -> bool:
    """The next meeting of one body, named again, more or less fully ("the joint commission", "the joint
    commission on trade, economic … cooperation"), is the same event."""
    if event.kind != earlier.kind or event.kind not in ("meeting", "session") or not (event.objects and earlier.objects):
        return False
    body, earlier_body = event.objects[0].lower(), earlier.objects[0].lower()
    return body.startswith(earlier_body) or earlier_body.startswith(body)


def _same_visit(event: PlannedEvent, earlier: PlannedEvent) -> bool:
    """A visit by the same people (or no one named) to the same country, with no places of its own to visit, is told
    again."""
    return event.kind == earlier.kind == "visit" and (_same_people(event.who, earlier.who) or not event.who) and \
        event.country is not None and event.country == earlier.country and not event.objects


def _same_people(who: t.Sequence[str], others: t.Sequence[str]) -> bool:
    """Whether one person acts in both: 'Xi' and 'Xi Jinping' are one, named again by a part of the name."""
    return any(same_person(name.split(), other.split())
               for name in who for other in others if name[:1].isupper() and other[:1].isupper())


def _the_visit_told_again(event: PlannedEvent, earlier: PlannedEvent) -> bool:
    """A visit told without where it goes, after a visit its visitors (or no one named) are on, is that visit."""
    if not (event.kind == earlier.kind == "visit") or event.country or event.place or event.objects or event.invited:
        return False
    if event.when and earlier.when and event.when != earlier.when or event.level and event.level != earlier.level:
        return False  # "a state visit in May" and "the high-level visit planned for 2027": two visits
    return not event.who or bool(set(event.who) & set(earlier.who)) or all(actor[:1].islower() for actor in event.who)


# a phrase that reports what already happened is never a plan
_PAST = re.compile(r"\b(?:was|were|has been|have been)\s+(?:held|signed|organi[sz]ed|concluded|adopted|cancell?ed|"
                   rf"postponed(?!{TO_NEW_DAYS}))\b|"
                   r"\btook\s+place\b|\bdecided\s+to\s+postpone\b|\bcancell?ed\b|\bcalled\s+off\b|"
                   r"\b(?:had|was|were)\s+(?:(?:originally|initially|also)\s+)?(?:planned|intended|going|scheduled|supposed|"
                   r"expected|due|set)\s+to\b|\b(?:was|were)\s+to\s+(?:\w+\s+)?(?:visit|hold|sign|meet|pay|attend|take|"
                   r"travel|be)\b|\bhad\s+(?:planned|intended)\b", re.I)


def _headline_plan(context: Context) -> list[_Found]:
    """'$8bln agreements to be signed during the President's visit': a headline that looks ahead, when
    the body outside quotations names no plan of its own."""
    headline = context.article.headline
    # "Dushanbe to host the next foreign ministers' meeting": the host's infinitive too
    ahead = re.search(r"\b(?:to\s+(?:be\s+(?:signed|held)|visit|pay|hold|host|sign|meet)|will)\b", headline) if headline else None
    if not headline or not ahead or ahead.group() == "will" and _first_kind(headline) is None:
        return []  # "Speaker: we will try to make maximum use of the cooperation": an intention, no event named
    start = context.text.find(headline)
    if start < 0:
        return []
    sentence = Sentence(start, start + len(headline), headline, -1)
    return [_Found(clean(headline), start, start + len(headline), sentence, "a headline that looks ahead")]


# -- finding the phrases ----------------------------------------------------------------------


def _find_phrases(context: Context, article_year: int | None) -> list[_Found]:
    found: list[_Found] = []
    for sentence in context.sentences:
        if context.in_quote(sentence.start) and not _announced_in_quote(sentence.text):
            continue
        if _PHOTO_CAPTION.search(sentence.text):
            continue  # "... hold talks in Seoul in this photo provided by the ministry": a caption shows the event
        found.extend(piece for phrase in _phrases_of(sentence, article_year) for piece in _each_event(phrase))
    return found


# "a business forum is planned as part of the visit, as well as a concert with …": a second event after the first
_AS_WELL_AS_EVENT = re.compile(rf",?\s+as\s+well\s+as\s+(?=(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})\b)", re.I)
# "Iceland has invited speakers from all the Nordic and Baltic countries for a visit": a state inviting to itself
_A_STATE_INVITED = re.compile(r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+|have\s+|also\s+)?invited\b")


# "X invited Y to visit Thailand … while Y also extended an invitation to X to visit China": two invitations
_WHILE_ANOTHER_PLAN = re.compile(r",?\s+while\s+(?=[^;]{0,80}?\b(?:extended\s+an\s+invitation|invited|will\s+(?:visit|pay|"
                                 r"travel|hold)))", re.I)
# "ceremonial events are planned": events the text does not name
_EVENTS_UNNAMED = re.compile(r"^(?:(?:the|some|several|various|official|ceremonial|protocol|cultural)\s+)*events\s+(?:is|are)\s+"
                             r"(?:also\s+)?(?:planned|envisaged|scheduled)\b", re.I)


def _each_event(found: _Found) -> list[_Found]:
    """A phrase that names a second event after ", as well as", or a second plan after "while", is two plans; events
    left unnamed are none."""
    second = _AS_WELL_AS_EVENT.search(found.text) or _WHILE_ANOTHER_PLAN.search(found.text)
    if second is None:
        return [found]
    offset = found.start - found.sentence.start
    pieces = [(offset, found.text[:second.start()]), (offset + second.end(), found.text[second.end():])]
    return [_at(found.sentence, start, text, found.why, found.lead) for start, text in pieces
            if not _EVENTS_UNNAMED.match(text)]


_PHOTO_CAPTION = re.compile(r"\b(?:in\s+(?:this|the)\s+(?:file\s+)?(?:photo|picture|image)|photo\s+(?:provided|released|"
                            r"courtesy)\s+(?:by|of)|(?:is|are)\s+seen\s+(?:holding|speaking|talking|shaking|posing|"
                            r"attending|meeting|greeting))\b|\((?:\d(?:st|nd|rd|th)|[A-Z])\s+from\s+[LR]\)", re.I)


# "the expected state visit of the President of Kazakhstan …": a coming visit of someone the speaker names
_COMING_VISIT_OF = re.compile(r"\b(?:expected|upcoming|forthcoming|coming|planned|scheduled|anticipated)\s+"
                              r"(?:(?:official|state|working|friendly|return)\s+)?visit\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _announced_in_quote(text: str) -> bool:
    """'«Following the talks, the parties agreed to hold a visit ...»', '"The President will pay a visit to
    Russia on October 7-8," the official said': a quoted statement that names who will act in the third
    person announces a plan; 'we will visit' or 'he intends to' inside a speech is the speaker's own wish."""
    if _PLAN_IN_FIRST_PERSON.search(text):
        return True
    if _TO_BE_DONE.search(text) and not _FIRST_PERSON.search(text):
        return True  # "… preparations for the high-level Summits to be held on 14-15 September in Dushanbe"
    if _COMING_VISIT_OF.search(text) and not _FIRST_PERSON.search(text):
        return True  # "… in the run-up to the expected state visit of the President of X to Y in the fall"
    match = _FUTURE_EVENT.search(text)
    if not match or _FIRST_PERSON.search(text):
        return False
    subject = _tidy_subject(text[:match.start()].lstrip(_QUOTE_MARKS))
    if re.match(r"(?:it|this)$", subject, re.I) and re.match(r"is\s+(?:also\s+)?(?:planned|envisaged|scheduled)\s+to\b",
                                                          match.group(0), re.I):
        return True  # "It is planned to sign …": an impersonal announcement, not what "it" will do
    return bool(subject) and not re.match(r"(?:he|she|they|it|you|there)\b", subject, re.I)


def _phrases_of(sentence: Sentence, article_year: int | None) -> list[_Found]:
    text = sentence.text
    considered = _CONSIDERED.search(text)
    if considered and (_later_year(considered.group("object"), article_year) or
                       re.match(r"(?:holding|organi[sz]ing|convening|hosting)\b", considered.group("object"), re.I)) and \
            re.search(_EVENT_NOUNS, considered.group("object"), re.I):
        phrase = considered.group("object").rstrip(" .")
        return [_at(sentence, considered.start("object"), phrase, "an event considered or prepared")]
    match = _FUTURE_EVENT.search(text)
    if not match:
        return _held_ahead(sentence) or _event_phrases(sentence) or _still_to_be_done(sentence)
    if re.search(r"\b(?:currently|now)\s+(?:taking place|under way|underway)\b", text):
        return []
    if not (re.search(rf"\b(?:{_EVENT_NOUNS})\b", text, re.I) or
            re.search(r"\b(?:sign|signed|conclude|concluded|adopt|visit|meet|on|address|delegation|travel|arrive|received|views|opinions|"
                      r"send|sending|celebrate|present|reschedule|stop|ink|anniversary|met|welcomed|greeted|hosted|"
                      r"wreaths?|gather|convene|discuss)$", match.group(0), re.I) or
            re.match(r"(?:will|shall)\s+be\s+in\b", match.group(0), re.I)):
        return []
    # "X will take part in the 11th Summit, which will run next year in Y": the named event is the plan
    named = next((n for n in (_named_before_relative(text, m.start()) for m in _FUTURE_EVENT.finditer(text)) if n), None)
    if named:  # (without who reports it: "…, which will be held in Astana in August, Kazinform reports")
        return [_at(sentence, named, _REPORTED_BY.sub("", text[named:]).rstrip(" ."))]
    taking_place = match.group(0).lower().startswith(("taking place", "to take place"))
    scheduled = _event_named_before(text[:match.start()].rstrip()) \
        if match.group(0).lower().startswith(("scheduled", "planned", "slated")) else \
        _event_named_before(text[:match.start()].rstrip(), possessed=True) if taking_place else None
    if scheduled is not None:  # "… during the visit of the President to Mexico scheduled for this fall": that visit
        # ... up to the next clause or item: "the visit planned for 2024 and cooperation in ..." (not "May 3 and 4")
        stop = re.search(r"[,;]|\s+and\s+(?!\d|(?-i:[A-Z])[a-z]+\s+\d)", text[match.end():])
        end = match.end() + stop.start() if stop else len(text)
        phrase, _ = _trim(text[scheduled:end], match.end() - scheduled)
        return [_at(sentence, scheduled, phrase)]
    inviting = re.match(r"inviting\b", match.group(0), re.I)
    if inviting:  # "X received a message from Y, inviting him to participate in the session": the invitation's clause
        phrase, _ = _trim(text[match.start():], match.end() - match.start())
        return [_at(sentence, match.start(), phrase)]
    remark = _REMARK.search(text, 0, match.start())
    if remark and not re.search(r"\b(?:said|says|stated|noted|added|announced)\s+that\b", text[remark.end():match.start()]):
        return []  # "This will be the first time a minister visits ...": a remark on a plan told elsewhere
    if _GENERIC_EVENTS_PLANNED.search(match.group(0)) and _UNNAMED_EVENTS.search(text, 0, match.start()):
        return []  # "a number of events are scheduled": nothing named
    restart = _last_before(_RUN_ON, text, match.start())
    if restart is not None:
        # "... discussed the upcoming visit of the delegation to Germany, The delegation is planning to present a
        # letter": two sentences run together; each keeps its plan
        head = Sentence(sentence.start, sentence.start + restart, text[:restart], sentence.paragraph, sentence.index)
        tail = Sentence(sentence.start + restart, sentence.end, text[restart:], sentence.paragraph, sentence.index)
        return _event_phrases(head) + _phrases_of(tail, article_year)
    documents = _DOCUMENTS_THAT_ARE_DUE.search(text[:match.start()])
    if documents:
        # "… discussed the work, including the initiatives, outputs, and memorandums of understanding that are
        # scheduled to be signed at the next meeting": the plan is the documents' signing, not the discussion
        phrase, _ = _trim(text[documents.start("documents"):], match.end() - documents.start("documents"))
        return [_at(sentence, documents.start("documents"), phrase)]
    if _SUBJECT_RELATIVE.search(text, 0, match.start()):
        # "The Delegation, which comprises members A, B and C will take part in ...": the plan starts at the verb
        phrase, _ = _trim(text[match.start():], match.end() - match.start())
        return [_at(sentence, match.start(), phrase)]
    if match.group(0).lower().startswith("would") and _WISHED.search(text, 0, match.start()):
        return []  # "expressed hope that the sides would sign a peace treaty": a wish, not an announced plan
    conjoined = _conjoined_invitation(text, match)
    if conjoined is not None:
        phrase, _ = _trim(text[conjoined:], match.end() - conjoined)
        return [_at(sentence, conjoined, phrase)]
    own_clause = _last_before(_CLAUSE_THEN_AND, text, match.start())
    if own_clause is not None:  # "the issues … will be discussed and a number of documents will be signed"
        phrase, _ = _trim(text[own_clause:], match.end() - own_clause)
        return [_at(sentence, own_clause, phrase)]
    during = _last_before(_DURING_WHICH, text, match.start())
    if during is None:
        during = _last_before(_REPORTED, text, match.start())
    if during is not None:
        phrase, _ = _trim(text[during:], match.start() - during)
        return [_at(sentence, during, phrase)]
    invitation = re.search(r"\s+and\s+(?=invited\s)", text[match.end():])
    if invitation and not match.group(0).lower().startswith("invited"):
        # "expressed his wish for X to visit Mongolia and invited Y to visit": two invitations, two events
        second = match.end() + invitation.end()
        first, offset = _trim(text[:match.end() + invitation.start()], match.end())
        rest, _ = _trim(text[second:], 0)
        return [_at(sentence, offset, first, lead=text[:offset]), _at(sentence, second, rest)]
    then = _FOLLOWING_WHICH.search(text, match.end())
    later = _FUTURE_EVENT.search(text, then.end()) if then else None
    if then and later:
        # "It is planned to hold a meeting of the council, following which a declaration will be signed": two plans
        before, offset = _trim(text[:then.start()], match.end())
        after, _ = _trim(text[then.end():], later.end() - then.end())
        return [_at(sentence, offset, before, lead=text[:offset]), _at(sentence, then.end(), after)]
    invited = re.match(r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?invited\b", match.group(0))
    clause = [m.end() for m in re.finditer(r",\s+and\s+|;\s+", text[:match.start()])] if invited else []
    if clause:  # "…, and the Speaker of Turkey was invited to visit Mongolia": the invitation's own clause
        phrase, _ = _trim(text[clause[-1]:], match.end() - clause[-1])
        return [_at(sentence, clause[-1], phrase)]
    predicate = _last_before(_SECOND_PREDICATE, text, match.start()) \
        if re.match(r"(?:planned|scheduled|slated)\b", match.group(0), re.I) else None
    if predicate is not None:  # "… exchanged notes and discussed the schedule of visits planned for this year"
        phrase, _ = _trim(text[predicate:], match.end() - predicate)
        return [_at(sentence, predicate, phrase)]
    also = _SECOND_FUTURE.search(text, match.end())
    if also:  # "X will attend the session, and will also hold meetings": two plans of one subject
        first, offset = _trim(text[:also.start()], match.end())
        rest, _ = _trim(text[also.start("verb"):], 0)
        rest = rest.replace("”", "", 1) if "“" not in rest else rest  # the announcement's closing mark, opened before
        subject = text[offset:match.start()]
        return [_at(sentence, offset, first, lead=text[:offset]),
                replace(_at(sentence, also.start("verb"), rest, lead=text[:offset]), subject=subject)]
    phrase, offset = _trim(text, match.end())
    return [_at(sentence, offset, phrase, lead=text[:offset])]


# ", and will also hold a number of meetings": a second plan of the same subject, in its own predicate
# "X will attend the summit and “pay state visits to A and B”": the second predicate quoted from the announcement
_SECOND_FUTURE = re.compile(r"(?:,\s+and\s+(?=(?:will|shall)\s)|\s+and\s+[“\"](?=[a-z]))"
                            r"(?P<verb>(?:(?:will|shall)\s+(?:also\s+)?)?(?:hold|visit|meet|sign|attend|take\s+part|"
                            r"participate|travel|pay|address|tour|have)\b)", re.I)


# "… will be discussed and": a clause of its own before the plan, whose subject ends there
_CLAUSE_THEN_AND = re.compile(r"\bwill\s+(?:also\s+)?be\s+[a-z]+ed\s*,?\s+and\s+(?!will\b)")
# the second predicate of a sentence, whose object a participle after it plans: "and discussed the schedule of …"
_SECOND_PREDICATE = re.compile(r"\band\s+(?:also\s+)?(?:discussed|reviewed|considered|outlined|agreed\s+on)\s+")
_GENERIC_EVENTS_PLANNED = re.compile(r"^(?:is|are)\s+(?:also\s+)?(?:planned|envisaged|expected|scheduled)$", re.I)
_RUN_ON = re.compile(r",\s+(?=(?-i:The|A|An)\s)")
# documents a relative clause puts ahead, the last item of a list before it: "…, and memorandums of understanding that are"
_DOCUMENTS_THAT_ARE_DUE = re.compile(r"(?:^|,\s+(?:and\s+)?|\bincluding\s+(?:the\s+)?|\band\s+)"
                                     r"(?P<documents>(?:[\w-]+\s+){0,3}?(?:memorand(?:a|ums?)|agreements?|protocols?|"
                                     r"documents|contracts|MoUs)(?:\s+of\s+understanding)?)\s+(?:that|which)\s+(?:(?:is|are)\s+)?$",
                                     re.I)
_SUBJECT_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:comprises|includes|consists)\b", re.I)

_UNNAMED_EVENTS = re.compile(r"\b(?:number|series|range|variety)\s+of\s+events\b|\b(?:several|various|many|other)\s+events\b",
                             re.I)


_FOLLOWING_WHICH = re.compile(r",\s*(?:following|after)\s+which\s+", re.I)
# a reported future after a hope or a condition is a wish: "hoped that the sides would sign", "if they would meet"
_WISHED = re.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|believes?|believed|confident|convinced|if|unless)\b", re.I)
# "... was successful and confirmed the invitation for X to visit", "greeted the Leader and invited X to visit":
# the plan is the predicate after "and", not the sentence's first clause
_AND_VERB_BEFORE = re.compile(r"\band\s+(?:also\s+)?(?P<verb>[a-z]+ed\s+(?:the|an|his|her|its|their)\s+(?:[\w-]+\s+)?)?$")


def _conjoined_invitation(text: str, match: re.Match[str]) -> int | None:
    """Where an invitation in the second of two conjoined predicates starts ('and invited', 'and confirmed the
    invitation'); None when the invitation is not such a predicate."""
    word = match.group(0).lower()
    if not word.startswith("invit"):
        return None
    before = _AND_VERB_BEFORE.search(text, 0, match.start())
    if before is None or (word.startswith("invitation") != bool(before.group("verb"))):
        return None
    return before.start("verb") if before.group("verb") else match.start()


# "It is noteworthy that Peru is the first country she will visit", "This will be the first time ... to visit"
_REMARK = re.compile(r"\b(?:will\s+be|is|becomes?)\s+the\s+first\s+(?:time|country|city|state|foreign|such)\b", re.I)
# "expressed hope that the visit ... will take place", "was happy to learn that X will participate": the plan is
# what was hoped or learnt, not who hoped it
_REPORTED = re.compile(r"\b(?:hope|hoped|hopes|learn|learned|learnt|confident|convinced|believes?|believed)\s+that\s+|"
                       # "she notified that delegations will visit", "said he was hoping to meet": what was said
                       r"\b(?:said|says|noted|notified|informed|announced|stated|added|indicated|explained|revealed|adding|"
                       r"noting|saying|stating|stressing|emphasi[sz]ing|underscored|underlined|stressed|emphasi[sz]ed|"
                       r"agreed)\s+"
                       r"(?:that\s+|(?=(?:he|she|they)\s))",
                       re.I)


def _last_before(pattern: re.Pattern[str], text: str, end: int) -> int | None:
    """Where the last match of ``pattern`` before ``end`` ends."""
    matches = list(pattern.finditer(text, 0, end))
    return matches[-1].end() if matches else None


def _held_ahead(sentence: Sentence) -> list[_Found]:
    """'stressed the importance of holding the next meeting of the commission on June 3, 2022 in New Delhi',
    'interest in the successful holding of the CICA Summit': an event named with a date, 'next' or a name."""
    holding = _HOLDING.search(sentence.text)
    if not holding:
        return []
    phrase = _TRAILING.sub("", holding.group("object")).rstrip(" .,")
    if not re.search(rf"\b(?:{_EVENT_NOUNS})\b", phrase, re.I):
        return []
    if not (_when(phrase, None) or re.search(r"\b(?:next|upcoming|coming|forthcoming)\b", phrase, re.I)
            or _named_events(phrase)):
        return []
    return [_at(sentence, holding.start("object"), phrase, "an event the sides look forward to")]


# "the investment agreement to be concluded between the two countries", "the Economic Forum to be held in
# Irkutsk": an event or a document still to come, named as a noun phrase with "to be" + participle
_TO_BE_DONE = re.compile(rf"\b(?P<np>(?:the|an?)\s+(?:(?!(?:the|an?|of|and|with|by|that|which)\b)[\w'’/-]+\s+){{0,5}}?"
                         rf"(?:{_EVENT_NOUNS}|agreements?|treat(?:y|ies)|memorand(?:um|a|ums)|declarations?|accord|protocol|convention|"
                         rf"contracts?|road\s?map|programme|program)"
                         # "a trilateral ministerial meeting involving China to be held": who takes part, then the verb
                         rf"(?:\s+(?:involving|with|between|among)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
                         rf"\s+to\s+be\s+(?:signed|concluded|held|adopted|inked|organi[sz]ed)\b[^,.;]*(?:,\s+(?:(?-i:[A-Z])|(?:in|on|at)\s)[\w-]+\b[^,.;]*)*)",
                         re.I)


def _still_to_be_done(sentence: Sentence) -> list[_Found]:
    """An event or document 'to be held' or 'to be concluded', named inside a sentence about something else."""
    if _PAST_SENTENCE.search(sentence.text):
        return []
    return [_at(sentence, m.start("np"), _TRAILING.sub("", m.group("np")).rstrip(" ,."), "an event still to be held")
            for m in _TO_BE_DONE.finditer(sentence.text)]


# "the agreement that was to be signed": told as history
_PAST_SENTENCE = re.compile(r"\b(?:was|were|had\s+been)\s+to\s+be\b", re.I)


def _at(sentence: Sentence, offset: int, phrase: str, why: str = "a future verb", lead: str = "") -> _Found:
    phrase = _SIGN_OFF.split(phrase, maxsplit=1)[0]  # "… the Aral Sea. ///nCa, 1 September 2023": the agency's, no plan's
    start = sentence.start + offset
    return _Found(clean(phrase), start, start + len(phrase), sentence, why, clean(lead))


def _named_before_relative(text: str, future: int) -> int | None:
    """'..., including the upcoming Summit, which will be held tomorrow in Xi'an': the future verb is in a
    relative clause of a planned event named as a noun phrase; the event starts at that phrase."""
    relative = re.search(r",\s*which\s+(?:\w+\s+){0,2}$", text[max(0, future - 40):future])
    if not relative:
        return None
    comma = max(0, future - 40) + relative.start()
    for match in _EVENT_PHRASE.finditer(text, 0, comma + 1):
        if match.end("np") == comma and len(match.group("np").split()) >= 3:
            lead = _NP_LEAD.match(match.group("np"))
            return match.start("np") + (lead.end() if lead else 0)
    named = _event_named_before(text[:comma])
    if named is None and re.match(_A_BODY_MEETS, text[future:]):
        body = _STANDING_BODY_BEFORE.search(text, 0, comma)  # "its Working Group on Energy, which will gather in Bucharest"
        return body.start("body") if body else None
    return named


# what a standing body does when it sits: "which will gather in Bucharest", "which will convene in May"
_A_BODY_MEETS = r"(?:will|shall)\s+(?:gather|convene|meet|sit)\b"
# a standing body, which meets: "its Working Group on nuclear Energy", "the Joint Intergovernmental Commission"
_STANDING_BODY_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}?(?-i:Working\s+Group|Group|Commission|"
                          r"Committee|Subcommittee|Council|Board|Assembly)\b[^,;]*)$")


# "the summit", "the 11th ASEM Summit", "the 8th meeting of the Joint Committee on Trade": an event named
# as a plain noun phrase, its head noun within its first words
# "the 3rd meeting of the Joint Commission"; "Prime Minister X’s official visit to India" (before "taking place")
_EVENT_AFTER_ITS_HEAD = rf"\s+(?:(?!(?:of|the|in|on|and|to|with)\b)[\w'’+-]+\s+){{0,4}}?(?:{_EVENT_NOUNS})\b"
# (a list of capitalized names stays in the phrase: "the meeting of the heads of Turkmenistan, Azerbaijan and Turkey")
_PLAIN_EVENT = re.compile(rf"the{_EVENT_AFTER_ITS_HEAD}(?:\s+(?:of|on|in|between|for)\s+(?:[^,;:]|,\s+(?=(?-i:[A-Z])))*)?", re.I)
_POSSESSED_EVENT = re.compile(rf"(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){{0,5}}['’]s{_EVENT_AFTER_ITS_HEAD}"
                              r"(?:\s+(?:of|on|in|between|for|to)\s+[^,;:]*)?", re.I)


def _event_named_before(text: str, possessed: bool = False) -> int | None:
    """Where the event noun phrase that ``text`` ends with starts: the first 'the' that opens one, so that
    'the 3rd meeting of the Joint Commission' is whole."""
    for the in re.finditer(r"\bthe\s|\b(?-i:[A-Z])", text, re.I):
        if (_POSSESSED_EVENT if possessed else _PLAIN_EVENT).fullmatch(text, the.start()):
            return the.start()
    return None


def _trim(text: str, future_end: int) -> tuple[str, int]:
    """The phrase without what opens the sentence before it and what follows the future verb's clause;
    what comes before the future verb (``future_end``) is never cut as trailing matter."""
    offset = len(text) - len(text.lstrip(_QUOTE_MARKS))
    dateline = _DATELINE.match(text[offset:])
    if dateline and offset + dateline.end() < future_end:
        offset += dateline.end()  # "MOSCOW (UrduPoint News / Sputnik - 16th November, 2022) X will visit"
    leading = _LEADING.match(text[offset:])
    if leading and offset + leading.end() < future_end:
        offset += leading.end()
    keep = max(future_end - offset, 0)
    phrase = text[offset:]
    phrase = phrase[:keep] + _TRAILING.sub("", phrase[keep:])
    return phrase.rstrip(" ,.;" + _QUOTE_MARKS), offset


def _later_year(phrase: str, article_year: int | None) -> bool:
    """'in the third decade of November 2012' in an article of 2012 or a phrase without any year."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", phrase)]
    if not years:
        return bool(re.search(r"\b(?:next|upcoming|coming|future)\b", phrase))
    return article_year is None or max(years) >= article_year


_CALLED_OFF = re.compile(r"\b(?:cancel(?:l)?ed|cancel(?:l)?ing|postponed|postponing|called\s+off|calling\s+off|"
                         r"scrapped|suspended)\s+(?:\w+\s+){0,2}$", re.I)


# where an event's noun phrase ends: at its verb, a second predicate, a clause, or a second event
_NP_END = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|includes|include|envisages|covers)\b|"
                     r"\s+and\s+[a-z]+ed\b|\s+that\b|\s+as\s+well\s+as\b")
_AS_WELL_AS_ANOTHER = re.compile(rf"\s+as\s+well\s+as\s+(?=(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})\b)", re.I)


def _event_phrases(sentence: Sentence) -> list[_Found]:
    """Planned events named as noun phrases: 'the upcoming visit of Russian President Putin to Kazakhstan'."""
    found = []
    for match in _EVENT_PHRASE.finditer(sentence.text):
        head = re.search(rf"\b(?:{_EVENT_NOUNS})\b", match.group("np"), re.I)
        if head and re.search(r"\b(?:holiday|anniversary|election|elections)\b", match.group("np")[:head.end()], re.I):
            continue  # dates and celebrations, not events between the sides ("a Forum dedicated to the anniversary" is one)
        if re.match(r"(?:upcoming|forthcoming)\s", match.group("np"), re.I) and \
                not re.search(r"\s[A-Z]", match.group("np")):
            continue  # "upcoming high level visits and events": without "the" only a named event is one
        if _CALLED_OFF.search(sentence.text, 0, match.start("np")):
            continue  # "he canceled his planned visit to …": a plan that will not happen
        lead = _NP_LEAD.match(match.group("np"))
        offset = match.start("np") + (lead.end() if lead else 0)
        words = sentence.text[offset:match.end("np")]
        phrase = _NP_END.split(words)[0].rstrip(" .")
        # "preparations of the 4th Meeting of the Council as well as the Informal Summit to be held in X": two events
        also = _AS_WELL_AS_ANOTHER.match(words, len(phrase))
        if len(phrase.split()) < 4:
            continue  # "the upcoming visit": a reference back to an event named elsewhere
        # "the state visit of X to China and his participation in the Summit": a second event of the same guest
        second = re.search(r"\s+and\s+(?=(?:his|her|their|its)\s+participation\s+in\b)", phrase)
        if second:
            found.append(_at(sentence, offset + second.end(), phrase[second.end():], "an event named as still to come"))
            phrase = phrase[:second.start()]
        found.insert(len(found) - bool(second), _at(sentence, offset, phrase, "an event named as still to come"))
        if also:
            found.append(_at(sentence, offset + also.end(), _NP_END.split(words[also.end():])[0].rstrip(" ."),
                             "an event named as still to come"))
    return found


_FIRST_DAY = re.compile(r"(?P<year>\d{4}|-)-(?P<month>\d\d)-(?P<day>\d\d)")


def _begun_before(when: str | None, article_date: dt.date | None) -> bool:
    """An event whose first day comes before the article's date: it has begun (or is over) by the time of writing."""
    first = _FIRST_DAY.match(when or "")
    if first is None or article_date is None:
        return False
    year = int(first["year"]) if first["year"] != "-" else article_date.year
    try:
        return dt.date(year, int(first["month"]), int(first["day"])) < article_date
    except ValueError:
        return False


def _in_an_earlier_year(when: str | None, article_date: dt.date | None) -> bool:
    return bool(when and article_date and re.match(r"\d{4}", when) and int(when[:4]) < article_date.year)


# "he was expected to lead a delegation to Benin on 12 April": the reported future of a press release
_WAS_EXPECTED = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set)\s+to\b", re.I)


def _future_in_the_past(text: str, when: str | None, article_date: dt.date | None) -> bool:
    """'was expected to' tells a plan still to come when its only past is that phrase and its day is after the
    article's; 'was expected to take place in March' in a report of May is a plan that failed."""
    day = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", when or "")
    if day is None or article_date is None or dt.date(*map(int, day.groups())) <= article_date:
        return False
    if int(day.group(1)) != article_date.year and day.group(1) not in text:
        return False  # "was expected … on 12 April" in a report of May: April past, not next year's
    return all(_WAS_EXPECTED.fullmatch(past.group(0)) for past in _PAST.finditer(text))


# -- reading a phrase into a record -------------------------------------------------------------


@dataclass(frozen=True)
class _Clause:
    """The phrase cut at its future verb: 'the Mongolian delegation | plans to visit | the Astana ...'."""

    before: str
    verb: str
    after: str

    @property
    def event_is_subject(self) -> bool:
        """'Talks will be held', 'the signing ... is expected': the subject is the event, not who acts."""
        if _PASSIVE.search(self.verb):
            return True
        return bool(re.search(r"\b(?:open|run)$", self.verb, re.I) or self.outcome) and _first_kind(self.before) is not None

    @property
    def outcome(self) -> bool:
        """'The meeting of the commission is expected to result in signing documents': what the event is to yield."""
        return bool(_OUTCOME.search(self.verb))

    @property
    def invitation(self) -> bool:
        """'invited X to visit', 'expressed the wish for X to visit': X comes at someone's invitation."""
        return bool(re.match(rf"{_ADVERBS}(?:an\s+(?:official\s+)?)?(?:invited|inviting|invites|invitation|wish|hope|desire)\b",
                             self.verb, re.I))

    @property
    def programme(self) -> bool:
        """'The programme of the visit includes meetings with ...': the subject is the visit's plan, not who acts."""
        return bool(re.match(r"(?:program|programme|agenda|schedule)\b", self.verb, re.I))

    @property
    def received(self) -> bool:
        """'The delegation will be received by the President': the subject is the guest, the agent the host."""
        return bool(re.search(r"\bbe\s+(?:received|met|welcomed|greeted)$", self.verb, re.I))

    @property
    def called_on(self) -> re.Match[str] | None:
        """'The guests will pay a (courtesy) call on the Chairman': whom the guests call on."""
        return _CALL_ON.match(f"{self.verb}{self.after}")

    @property
    def hosting(self) -> bool:
        """'Astana will host the summit': the subject receives the event, it does not take part."""
        return bool(re.search(r"\bhost$", self.verb, re.I))


_OUTCOME = re.compile(rf"\b{_OUTCOME_WORDS}$", re.I)


# "was postponed from 12-13 January to ": the plan's new days come after
_RESCHEDULED_TO = re.compile(rf"\b{MOVED}\b[^.;]*?\b(?:to|until|till)\s*", re.I)
_ARRANGED = re.compile(r"\b(?:agreed|decided|resolved)\s+(?:to|on)\s+(?:hold|holding|organi[sz]e|organi[sz]ing|arrange|arranging|"
                       r"conduct|conducting)\b", re.I)
_PASSIVE = re.compile(r"(?:\bbe(?:ing)?\s+(?!accorded\b)\w+(?:\s+out)?|\bbe\s+\w+\s+and\s+\w+|\btake\s+place|\bfor|\banticipated|"
                      rf"\bexpected|\bplanned|\bscheduled|\benvisaged|{_RESCHEDULED_TO.pattern})$", re.I)


_SIGN_OFF = re.compile(r"\s*/{2,}")
_HIS_COUNTRY = re.compile(r"\bvisit\s+(?:(?:his|her|their)\s+(?:own\s+)?country|the\s+island)\b", re.I)


_IN_A_TOWN_OPENING = re.compile(rf"\W*{_IN_A_TOWN}\b")


def _read(found: _Found, article_date: dt.date | None, known: Known) -> PlannedEvent:
    phrase = found.text
    future = _FUTURE_EVENT.search(phrase)
    prepared = _PREPARED_FOR.match(phrase, future.start()) if future else None
    if prepared:  # "… a plan of joint actions to prepare for the state visit of X to Y": that visit is the plan
        phrase = "to prepare for " + phrase[prepared.end():]
        future = _FUTURE_EVENT.search(phrase)
    clause = _Clause(phrase[:future.start()] or found.subject, future.group(0), phrase[future.end():]) if future else None
    kind = _kind(phrase, clause)
    if kind in ("festival", "other") and _anniversary_in(phrase):
        kind = "anniversary"  # "agreed to celebrate the 70th anniversary of diplomatic relations": a jubilee
    place, country = _place(phrase, clause)
    opening_town = _IN_A_TOWN_OPENING.match(found.lead) if place is None else None
    if opening_town and CITY_TO_COUNTRY.get(opening_town.group("town").lower()):
        place = opening_town.group("town")  # "In Tashkent, the capital of Uzbekistan, Park will meet …": there
        country = country or CITY_TO_COUNTRY[place.lower()]
    who = _who(phrase, clause, found.start, known, found.sentence.text[:max(0, found.start - found.sentence.start)])
    if kind not in ("meeting", "talks", "consultations", "visit", "signing", "session") and \
            (all(_SIDES.fullmatch(w) or w.lower() == "sides" for w in who) or (clause and _ARRANGED.search(clause.verb))):
        # "the sides agreed on organizing a conference", "the presidents agreed to hold the Days of Culture": they
        # arrange it, they are not its participants
        who = []
    leader = _LED_BY.match(found.lead)
    if leader and all(re.fullmatch(r"(?:the\s+|a\s+|this\s+)?(?:[\w-]+\s+)?delegation", actor, re.I) for actor in who):
        who = _actors(leader.group("leader"), found.start, known) or who  # "Led by X, the delegation will …": X
    host = _host(clause, found, known)
    if host and host in who:
        host = _other_participant(who, known)  # "She invited Luis Soto to visit": the inviter is not the invitee
    if kind == "summit" and host and any(host == person.name for person in (*known.participants, *known.mentioned)):
        kind = "meeting"  # "will hold a summit meeting with Prime Minister X": a meeting of two leaders
    if kind == "meeting" and host and clause and clause.called_on:
        kind = "courtesy call"  # "will pay a (courtesy) call on the Chairman": the guests call on the host
    objects = [name for name in _objects(phrase, kind, clause, found, known) if name != place]
    if country is None and host and _HIS_COUNTRY.search(phrase):  # "He invited the Iranian president to visit his country"
        country = next((person.country for person in (*known.participants, *known.mentioned) if person.name == host), None)
    inviting_state = _A_STATE_INVITED.match(phrase)
    if country is None and kind == "visit" and inviting_state:
        country = country_code(inviting_state.group("state"))  # "Iceland has invited speakers … for a visit": to Iceland
    handed = _INVITATION_HANDED_TO.search(found.text)  # "X handed Y a letter of invitation to visit …"
    if country is None and handed and _HIS_COUNTRY.search(phrase):
        # "the Cuban vice-president handed Bias a letter of invitation to visit the island": the carrier's country
        country = next((code for _, _, code in countries_in(handed.group("carrier"))), None)
    # "the high-level visit planned for 2024", "the Working Group, which will gather": an event or a body, no actor
    who = [actor for actor in who if not _AN_EVENT.search(actor) and not re.search(r",\s*which$", actor)]
    if kind == "visit" and country:
        who = _not_at_home(who, country, known)
    # "Rouhani will hold meetings with senior Turkmen officials": he meets people the text does not name; "Mr X will
    # head to Japan for trade talks", "he will have a series of meetings": nobody met is named at all
    meets_unnamed = kind in ("meeting", "talks") and not host and bool(who) and (
        _met_with(clause) is not None or len(who) == 1 and not re.search(r"\b(?:with|between)\b", phrase, re.I))
    return PlannedEvent(kind=kind, text=phrase, who=who, host=host, place=place, country=country,
                        when=_new_days(clause, article_date) or _when(phrase, article_date) or
                        _when_from_lead(found, clause, article_date),
                        objects=objects, invited=bool(clause and clause.invitation) or handed is not None or
                        _INVITATION_ADDRESSED.search(phrase) is not None,
                        level=_visit_level(phrase) if kind == "visit" else None, meets_unnamed=meets_unnamed,
                        wished=_only_wished(found))


# "Led by Nuriddin Ismailov, Speaker of the Legislative Chamber, …": the leader of the delegation the sentence is about
_LED_BY = re.compile(r"(?:Led|Headed)\s+by\s+(?P<leader>[^,]{1,80})")


# "the sides expressed interest in holding political consultations in 2025": a wish, nothing agreed
_INTEREST_IN = re.compile(r"\b(?:interest|interested|hope|hopes|hoped|readiness|ready|willingness|willing|wish|desire)\s+"
                          r"(?:in|for|to)\s+$", re.I)


def _only_wished(found: _Found) -> bool:
    return bool(_INTEREST_IN.search(found.sentence.text[:max(0, found.start - found.sentence.start)]))


def _new_days(clause: _Clause | None, article_date: dt.date | None) -> str | None:
    """'postponed from 12-13 January to 15-16 January': a plan moved is due on its new days, not the old ones."""
    if clause is None or not _RESCHEDULED_TO.search(clause.verb):
        return None
    return _when(clause.after, article_date)


# the words before the event a preparation is for: "to prepare for ", "preparations for "
_PREPARED_FOR = re.compile(r"(?:to\s+prepare|preparations?)\s+for\s+(?=(?:the|a|an)\s)", re.I)


def _not_at_home(who: list[str], country: str, known: Known) -> list[str]:
    """'they will pay a visit to Azerbaijan', they being a Turk and an Azerbaijani: the visitors are the ones not of
    the country visited (all of them, when the text places none)."""
    home = {person.name for person in known.participants if person.country == country}
    visitors = [actor for actor in who if actor not in home]
    return visitors if visitors else who


# "will pay a state visit", "the high-level visit planned for 2024", "an official visit at the invitation of"
_VISIT_LEVEL = re.compile(r"\b(?P<level>state|official|working|high[-\s]level|top[-\s]level|highest[-\s]level)\s+visit",
                          re.I)
# what names an event, never who takes part in it ("the high-level visit", "the next meeting")
_AN_EVENT = re.compile(r"\b(?:visits?|meetings?|talks|summits?|sessions?|forums?|conferences?)$", re.I)


def _visit_level(phrase: str) -> str | None:
    """The kind of visit the text names: state, official, working or high-level (a summit's "top level" too)."""
    found = _VISIT_LEVEL.search(phrase)
    if found is None:
        return None
    level = found.group("level").lower()
    return "high-level" if level.endswith("level") else level


def _when_from_lead(found: _Found, clause: _Clause | None, article_date: dt.date | None) -> str | None:
    """'On August 17-18, ... the President will pay a state visit': the date opening the sentence dates a
    plan stated with a future verb; it does not date 'agreed to hold' or 'invited to visit' (the day of the
    agreement, not of the event)."""
    if not found.lead or clause is None or re.match(r"(?:agreed|invited|wish|hope|desire)\b", clause.verb, re.I):
        return None
    return _when(found.lead, article_date)


# -- kind ---------------------------------------------------------------------------------


_KIND_OF_WORD = {
    "visit": "visit", "visits": "visit", "visiting": "visit", "trip": "visit", "tour": "visit",
    "travel": "visit", "arrive": "visit",
    "meet": "meeting", "meeting": "meeting", "meetings": "meeting",
    "talks": "talks", "negotiations": "talks", "discussion": "talks", "discussions": "talks", "conversation": "talks",
    "discuss": "talks",  # "the ministers plan to discuss world affairs"
    "conversations": "talks", "dialogue": "talks", "dialogues": "talks", "celebrations": "festival", "festivities": "festival",
    "celebrate": "festival", "commemorate": "festival",  # "agreed to celebrate the 70th anniversary": a jubilee
    "symposium": "conference", "seminar": "conference", "round table": "conference",
    "session": "session", "sessions": "session", "sitting": "session", "sittings": "session", "commission": "session", "plenary": "session",
    "forum": "forum", "forums": "forum", "congress": "conference", "conference": "conference",
    "conferences": "conference", "summit": "summit", "summits": "summit",
    "sign": "signing", "ink": "signing", "signed": "signing", "signing": "signing", "conclude": "signing",
    "concluded": "signing", "adopt": "signing", "adopted": "signing", "formalize": "signing", "formalise": "signing",
    "exhibition": "exhibition", "expo": "exhibition", "fair": "exhibition",
    "concert": "concert", "festival": "festival", "consultations": "consultations", "consultation": "consultations",
    # a meal or a reception is an event of its own, never the visit its guest is on ("a banquet in honour of the
    # visiting President")
    "wreath": "wreath-laying", "wreaths": "wreath-laying", "gather": "session",  # a body "will gather in March"
    "banquet": "other", "reception": "other", "dinner": "other", "lunch": "other", "luncheon": "other",
}
_CAPITAL_KINDS = {"Days": "festival", "Week": "festival", "Decade": "festival"}  # "Days of Culture", "Culture Week"; not "next week"


def _kind(phrase: str, clause: _Clause | None) -> str:
    """The event the phrase is about: the verb ('plans to visit'), else the event noun it governs
    ('will pay a state visit'), or the subject's noun when the event is the subject ('talks will be held')."""
    if clause is None:
        return _first_kind(phrase) or "other"
    if re.search(r"\bdelegation$", clause.verb, re.I):
        return "visit"  # "will lead a delegation to Latvia"
    if re.search(r"\bcall\s+on$|\bbe\s+(?:received|met|welcomed|greeted)$", clause.verb, re.I):
        return "meeting"  # "will call on the Prime Minister", "will be received by the President"
    if re.search(r"\bbe\s+in\s+\S+", clause.verb, re.I):
        return "visit"  # "the delegation will be in Russia from 19 to 20 February"
    if re.search(r"\b(?:talk\s+over|discuss)$", clause.verb, re.I):
        return "talks"  # "it is planned for the members to talk over mutual visits … with X": talks, whatever on
    if re.search(r"\bdeliver\b", clause.verb, re.I):
        return "speech"  # "is expected to deliver speech at the plenary session of X": a speech at X's sitting
    if clause.invitation and re.search(r"\bvisit\s+to$", clause.verb, re.I):
        return "visit"  # "invited him to an official visit to Georgia"
    verb_kind = None if clause.outcome else _first_kind(clause.verb.split()[-1])
    if verb_kind:
        return verb_kind
    if re.match(r"(?:visits?|meetings?|talks|consultations)\s+to\s+be\b", clause.verb, re.I):
        return _first_kind(clause.verb) or "other"  # "high level visits to be paid in 2018-2019"
    # "During the visit, the Speaker will be accorded a welcome": the opening names the frame, not this event
    before = _OPENING_ADVERBIAL.sub("", clause.before.strip())
    first, second = (before, clause.after) if clause.event_is_subject else (clause.after, before)
    return _first_kind(first) or _first_kind(second) or "other"


def _first_kind(text: str) -> str | None:
    for word in re.findall(r"[A-Za-z]+", text):
        kind = _CAPITAL_KINDS.get(word) or _KIND_OF_WORD.get(word.lower())
        if kind:
            return kind
    return None


# -- who and host ---------------------------------------------------------------------------


_SIDES = re.compile(r"(?:the|both|two|the\s+two)\s+(?:sides|parties)", re.I)
_GROUP = re.compile(r"(?:they|the\s+(?:two\s+)?(?:leaders|heads\s+of\s+state|presidents|ministers|"
                    r"prime\s+ministers|speakers|chairmen))", re.I)
# "Tajik parliamentarians", "the Uzbek lawmakers": people of a country, never the one of them the text names
_A_COUNTRYS_PEOPLE = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))*[A-Z][a-z]+\s+(?:parliamentarians|lawmakers|legislators|MPs|deputies|senators|"
                                r"officials|diplomats|businessmen|entrepreneurs|experts|specialists|representatives)")
# "Tomorrow the delegation", "On June 5 the President": a time before the subject
_OPENING_TIME = re.compile(rf"^(?:(?:Today|Tomorrow|Later|Then|Also|Soon|Next\s+\w+|This\s+\w+)"
                           rf"|(?:On|In)\s+(?:{MONTH_PATTERN}\s*\d{{0,2}}(?:\s*[-–]\s*\d{{1,2}})?|\w+day|(?:19|20)\d\d)"
                           rf"(?:,?\s*(?:19|20)\d\d)?),?\s+")
_OPENING_ADVERBIAL = re.compile(r"^(?:During|On|In|At|Among|Within|Under|Upon|Before|After|Next|This|Later|Then|Also|"
                                r"Notably|Importantly|Moreover|Furthermore|Additionally|However|"
                                r"Besides|Meanwhile|Thus|Therefore|Today|Tomorrow|For|Following|By|According\s+to|"
                                r"As)\b[^,]*,\s*")
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|then|further|soon|jointly|too|already|now|reportedly|themselves|"
                               r"himself|herself))+$", re.I)
_AGENT = re.compile(rf"^\s*by\s+(?!(?:the\s+)?(?:end|middle|beginning|start|autumn|spring|summer|winter|fall|next|\d|{MONTH_PATTERN}\b))"
                    r"(?P<agent>[^,;]+?)(?=\s+(?:in|on|at|during|within|next)\b|[,;]|$)")
# "after the visit of the Azerbaijani delegation": the visit the planned one follows, someone else's
_ANOTHER_VISIT = re.compile(r"\s*\b(?:after|following|before|ahead\s+of|since)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?"
                            r"(?:visit|trip|tour)\b.*$", re.I)
# "will meet with Gulshat Mammedova, head of …, and hold talks with …": the one met receives the one who meets
# ("will meet President X": a person met without "with", never "meet the needs")
_MEETS_WITH = re.compile(r"\b(?:(?:meet|hold\s+(?:an?\s+)?(?:(?:bilateral|separate|joint|working|official|private|one-on-one|"
                         r"tête-à-tête|summit)\s+)?(?:talks|meetings?|consultations)|have\s+(?:talks|a\s+meeting))\s+with\s+|"
                         r"meet\s+(?=(?:the\s+|his\s+|her\s+)?[A-Z])|"
                         # "is expected to discuss interparliamentary cooperation with Speaker X": the one talked with
                         r"discuss\s+[^,;]{1,160}?\s+with\s+(?=(?:the\s+)?[A-Z]))(?P<host>[^,;]+)")


def _met_with(clause: _Clause | None) -> re.Match[str] | None:
    """'Gafarova will meet with X', 'Rouhani will hold meetings with senior officials': who the subject meets."""
    return _MEETS_WITH.search(clause.verb + " " + clause.after) if clause and clause.before.strip() else None


_VISITOR = re.compile(r"\b(?:visit|trip|tour)\s+(?:to\s+[A-Z][\w-]*\s+)?(?:of|by)\s+(?P<who>.+?)(?=\s+(?:to|in|at|on|from|next|this|"
                      r"during)\b|[,;]|$)", re.I)
# "Xi’s state visit", "the Russian president’s visit" (an office in lower case after its country)
_POSSESSOR = re.compile(r"(?P<who>(?:[A-Z][\w.-]*\s+){0,3}(?:[A-Z][\w-]*|(?<=[a-z]\s)(?:president|premier|leader|"
                        r"prime\s+minister|minister|speaker|chairman|king|emir)))['’]s\s+(?:[a-z-]+\s+){0,2}(?:visit|trip)\b")
# ("meet every year, alternating between Pretoria and Windhoek": the places it meets in, not who meets)
_BETWEEN = re.compile(r"(?<!alternating\s)(?<!alternately\s)(?<!rotating\s)\bbetween\s+(?P<pair>.+?\s+and\s+.+?)(?=\s+(?:in|on|at|will|is|are|during|within|"
                      r"next|for)\b|[,;]|$)")
_INVITATION = re.compile(r"\b[Aa]t\s+the\s+invitation\s+of\s+(?P<host>.+?)(?=\s*[,;]|\s+(?:to|on|in|from|will|"
                         r"is|are)\b|$)")
_RECEIVED_BY = re.compile(r"\b(?:hosted|received|welcomed)\s+by\s+(?P<host>.+?)(?=\s*[,;]|\s+(?:in|on|at|during)\b|$)")


# "also invited", "officially invited": adverbs before the verb of an invitation
_ADVERBS = r"(?:(?:also|further|officially|personally|cordially|warmly|once\s+again|again)\s+)*"


# "extended an official invitation to Rahmon to visit Kyrgyzstan": the invitee, and who extended it
# the verbs of one who passes an invitation on: "conveyed", "handed over", "delivered", "passed on"
_HANDED_ON = r"(?:conveyed|handed(?:\s+over)?|delivered|passed\s+on)"
# what an invitation asks: "to visit", "to pay a visit", "to attend", "to take part"
_TO_COME = r"to\s+(?:visit|attend|pay|take\s+part|participate)\b"
# the kind of invitation before the word: "an official invitation", "the written invitation"
_INVITATION_KIND = r"(?:official\s+|formal\s+|personal\s+|written\s+)?"
_INVITATION_TO = re.compile(rf"^(?P<inviter>.*?)\s+(?:extended|{_HANDED_ON}|sent|issued|"
                            r"renewed|reiterated|reaffirmed)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:official\s+|formal\s+|"
                            r"personal\s+|warm\s+)?invitation\s+to\s+(?P<invitee>(?!visit\b|attend\b|pay\b)[^.]{1,80}?)\s+"
                            rf"{_TO_COME}")


# "An invitation was extended to X to visit Kuwait": the invitee, and the inviter when the text names one
_INVITATION_PASSIVE = re.compile(rf"{_INVITATION_EXTENDED}(?P<invitee>[^.]{{1,80}}?)\s+(?:by\s+(?P<inviter>[^.]{{1,80}}?)\s+)?"
                                 rf"{_TO_COME}", re.I)
# "X handed over an invitation to the Minister from the President to visit …": the invitee, then the inviter
_INVITATION_CARRIED_FROM = re.compile(rf"\b(?:transmitted|{_HANDED_ON})\s+(?:an?\s+|the\s+)?{_INVITATION_KIND}invitation\s+to\s+"
                                      rf"(?P<invitee>[^.]{{1,80}}?)\s+from\s+(?P<inviter>[^.]{{1,80}}?)\s+{_TO_COME}")
# "the vice-president handed Bias a letter of invitation to visit the island, sent by the president, X": the one handed
# it is invited, by whoever sent it (else by the one who handed it)
_INVITATION_HANDED_TO = re.compile(rf"^(?P<carrier>.*?)\s+(?:{_HANDED_ON}|gave|sent|presented)\s+(?P<invitee>(?!(?:an?|the|his|her)\b)"
                                   rf"[^.]{{1,80}}?)\s+(?:an?|the|his|her)\s+{_INVITATION_KIND}(?:letter\s+of\s+)?invitation\s+"
                                   # "… an official invitation from Lindsay Hoyle, the Speaker of the House, to visit"
                                   rf"(?:from\s+(?P<sender>[^.;]{{1,120}}?),?\s+)?{_TO_COME}"
                                   r"(?:[^.]*?,\s+sent\s+by\s+(?P<inviter>[^.;]{1,120}))?")
# "X transmitted to the Speaker of Y the official invitation of Speaker Z to visit Iran": Z invites the Speaker of Y,
# X only carries the invitation
_INVITATION_CARRIED = re.compile(rf"\b(?:transmitted|{_HANDED_ON})\s+to\s+"
                                 rf"(?P<invitee>[^.]{{1,120}}?)\s+(?:an?\s+|the\s+)?{_INVITATION_KIND}invitation\s+(?:of|from)\s+"
                                 rf"(?P<inviter>[^.]{{1,120}}?)\s+{_TO_COME}")


# "presented an invitation letter of X addressed to his counterpart on the official visit to Poland": the addressee
_INVITATION_ADDRESSED = re.compile(r"\binvitation\b[^.;]{0,120}?\baddressed\s+to\s+(?P<invitee>[^.;]{1,80}?)\s+(?:on|for)\s+"
                                   r"(?:an?\s+|the\s+)?(?:official\s+|state\s+|working\s+)?visit\b", re.I)


def _who(phrase: str, clause: _Clause | None, offset: int, known: Known, before_phrase: str = "") -> list[str]:
    """Who will do it: the subject of the future verb, the invitee, or the people the event is of.
    ``before_phrase``: the sentence up to the phrase, where an inviter the phrase leaves out is named."""
    carried = _INVITATION_CARRIED.search(phrase) or _INVITATION_CARRIED_FROM.search(phrase) or \
        _INVITATION_HANDED_TO.search(phrase) or _INVITATION_ADDRESSED.search(phrase)
    if carried:
        return _actors(carried.group("invitee"), offset, known)
    extended = _INVITATION_TO.search(phrase) or _INVITATION_PASSIVE.search(phrase)
    if extended:
        return _actors(extended.group("invitee"), offset, known)
    if clause is None:
        return _who_in_event_phrase(phrase, offset, known)
    if clause.invitation:
        invitee = re.sub(rf"^{_ADVERBS}(?:invited|inviting|invites|(?:wish|hope|desire)\s+(?:for|that))\s+|"
                         r"\s+(?:to|would|will)\s+\w+(?:\s+part)?$",
                         "", clause.verb, flags=re.I)
        invitee = re.sub(r"\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?visit\s+to$", "", invitee, flags=re.I)
        if re.fullmatch(r"him|her", invitee, re.I):
            # "Garibashvili … invited him to an official visit": the one met, never the inviter
            inviter = set(_actors(clause.before or before_phrase, offset, known)[:1])  # the subject, not "… thanked Vega"
            others = [person.name for person in known.participants if person.name and person.name not in inviter]
            return others if len(others) == 1 else []
        return _actors(invitee, offset, known)
    if re.match(r"(?:expects?|expecting|awaits?|awaiting|(?:is|are)\s+(?:\w+\s+)?preparing\s+for|to\s+prepare\s+for|"
                r"preparations?\s+for)\b", clause.verb, re.I):
        # "the Kyrgyz side expects a state visit of the Turkish leader": the visitor, not the side that waits
        return _who_in_event_phrase(f"{clause.verb} {clause.after}", offset, known)
    if clause.programme or re.search(r"\bhosted$", clause.verb, re.I):
        return []  # "the programme of the visit includes meetings", "is to be hosted by Moscow": nobody acting named
    if clause.received:
        return _actors(clause.before, offset, known)  # "the delegation will be received by the President"
    if clause.event_is_subject:
        agent = _AGENT.match(clause.after)
        if agent:
            return _actors(agent.group("agent"), offset, known)
        return _who_in_event_phrase(clause.before, offset, known)
    if clause.hosting:
        return []
    subject = _tidy_subject(clause.before)
    if re.fullmatch(r"(?:it(?:\s+(?:was|is|has\s+been))?|there\s+(?:was|is|are|were)(?:\s+also)?|they|the\s+(?:sides|parties))",
                    subject, re.I):
        from_event = _who_in_event_phrase(clause.verb + clause.after, offset, known)
        if from_event:
            return from_event  # "it was agreed to organize a visit of President X": X
        if re.match(r"(?:it|there)\b", subject, re.I):
            return []  # "it is planned to hold a forum": nobody named
    return _actors(clause.before, offset, known)


def _who_in_event_phrase(phrase: str, offset: int, known: Known) -> list[str]:
    """'the visit of President Tokayev to China', 'Xi’s state visit', 'consultations between A and B'; never the
    visitor of another visit it follows ('pay a visit to Azerbaijan after the visit of the Azerbaijani delegation')."""
    phrase = _ANOTHER_VISIT.sub("", phrase)
    for pattern in (_VISITOR, _POSSESSOR):
        match = pattern.search(phrase)
        if match:
            return _actors(match.group("who"), offset, known)
    between = _BETWEEN.search(phrase)
    return _actors(between.group("pair"), offset, known) if between else []


# "X is on a working visit to Kazakhstan, and a meeting between X and the President is expected": the clause of the plan
_CLAUSE_OF_EVENT = re.compile(rf",\s+and\s+(?=(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})\b)", re.I)


def _passive_future(text: str) -> re.Match[str] | None:
    """The future verb of a phrase whose event is its subject ('talks are scheduled', 'a meeting is expected')."""
    future = _FUTURE_EVENT.search(text)
    return future if future and _PASSIVE.search(future.group(0)) else None


def _own_clause(found: _Found) -> _Found:
    """A plan whose event is the subject of its own clause, after ', and': the phrase is that clause, so the visit told
    in the first clause is neither its kind nor its place."""
    future = _passive_future(found.text)
    if future is None:
        return found
    joints = list(_CLAUSE_OF_EVENT.finditer(found.text, 0, future.start()))
    if not joints:
        return found
    offset = found.start - found.sentence.start + joints[-1].end()
    return _at(found.sentence, offset, found.text[joints[-1].end():], found.why, found.lead)


# "A business forum and the Days of Mongolian Culture are also scheduled": events named side by side as the subject
_EVENT_SUBJECT_PAIR = re.compile(
    rf"^(?P<first>(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_EVENT_NOUNS}))\s+and\s+"
    rf"(?P<second>(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_EVENT_NOUNS})\b(?:\s+of\s+(?-i:[A-Z])[\w'’-]*"
    rf"(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}})?)\s*$", re.I)


def _each_held(event: PlannedEvent, found: _Found) -> list[PlannedEvent]:
    """Two events the phrase names side by side as its subject are two plans, each with its own kind and name,
    sharing the phrase's date and place ('a business forum and a concert are planned for May')."""
    future = _passive_future(found.text)
    if future is None or event.who:
        return [event]
    pair = _EVENT_SUBJECT_PAIR.match(_OPENING_ADVERBIAL.sub("", found.text[:future.start()].strip()))
    if pair is None:
        return [event]
    events = []
    for phrase in (pair.group("first"), pair.group("second")):
        kind = _first_kind(phrase) or "other"
        named = [_held_by(name) for name in _named_events(phrase)]
        events.append(replace(event, kind=kind, objects=named))
    return events


def _each_host(event: PlannedEvent, found: _Found, known: Known) -> list[PlannedEvent]:
    """'plans to meet with A, Chairman of X, and B, Chairwoman of Y': a meeting with each of them."""
    # the host as the text names it, in full or by the family name: "Michael Pompeo" is the termbase's "Mike Pompeo"
    named = _named_span(event.host, found.text) if event.kind in ("meeting", "talks", "courtesy call") and event.host else None
    if named is None:
        return [event]
    after_host = found.text[named[1]:]
    others = [person.name for person in (*known.participants, *known.mentioned)
              if person.name and person.name != event.host and (at := _named_at(person.name, after_host)) is not None
              and _ALSO_MET.search(after_host[:at])]
    return [event, *(replace(event, host=name) for name in dict.fromkeys(others))]


def _named_at(name: str, text: str) -> int | None:
    """Where ``text`` names the person, in full or by the family name ('Prime Minister Sharif')."""
    span = _named_span(name, text)
    return span[0] if span else None


def _named_span(name: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` names the person, start and end: in full, else by the family name."""
    for written in (name, name.split()[-1]):
        found = re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text)
        if found:
            return found.start(), found.end()
    family = name.split()[-1].lower()
    for word in re.finditer(r"[A-Z][\w’'-]+", text):  # "Ismailov" for the termbase's "Nurdinjon Ismoilov"
        if similar_words(word.group(0).lower(), family):
            return word.start(), word.end()
    return None


# ("A, Chairman of X, and B", "A, First Deputy Prime Minister B and Chairman of Y C": each item of the list)
_ALSO_MET = re.compile(r"^(?:,[^,;]{0,120})?(?:,|,?\s+and)\s+(?:with\s+)?(?:[\w’'-]+\s+){0,12}?$")


def _actors(subject: str, offset: int, known: Known) -> list[str]:
    """People or sides a subject phrase names: resolved to participants' names where the text makes it clear."""
    subject = _tidy_subject(subject)
    if not subject or re.fullmatch(r"(?:I|we)", subject, re.I):
        return []  # a quoted speaker's "we": who speaks is the quote's business, not the plan's
    if _SIDES.fullmatch(subject):
        return [_as_written(subject)]
    if _GROUP.fullmatch(subject):
        named = _group(subject, known)
        if named or subject.lower() == "they":
            return named  # "they" with nobody it stands for names no one; "the ministers" is a phrase to write
        return [_as_written(subject)]
    if _A_COUNTRYS_PEOPLE.fullmatch(subject) and country_code(subject.split()[-2]):  # "Tajik and Uzbek MPs" too
        return [_as_written(subject)]  # "Tajik parliamentarians will pay the return visit": a country's people, no one
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", subject) if p]
    names = [known.resolve(part, offset) or (part if country_code(re.sub(r"^the\s+", "", part)) else None) for part in parts]
    if len(parts) > 1 and all(names) and len(set(names)) == len(names):
        return [name for name in names if name]
    name = known.resolve(subject, offset)
    if name:
        return [name]
    if re.fullmatch(r"(?:he|she|it|we|they|him|her|them|us)", subject, re.I) or len(subject.split()) > 12 or _clause_like(subject):
        return []  # a pronoun nobody stands for, or a clause rather than a subject
    return [_as_written(subject)]


# words that make a phrase a clause: a finite verb of reporting, or an auxiliary
_FINITE_VERB = re.compile(r"\b(?:said|says|noted|stated|reported|reports|announced|added|stressed|told|sounded|"
                          r"emphasi[sz]ed|informed|has|have|had|is|are|was|were|will|would|can|could|should|"
                          r"must|may|might|did|does|do)\b", re.I)
# the end of a phrase cut before its noun: "... sounded their", "the meeting of the"
_DANGLING_END = re.compile(r"\b(?:the|a|an|their|his|her|its|our|my|your|of|to|for|with|and|or|that)$", re.I)
# "Summarizing the meeting ...": a participle opening a clause ("Acting Minister", "Visiting President" are titles)
_OPENING_PARTICIPLE = re.compile(r"^[A-Za-z]+ing\s+(?:(?:up|out|on|over)\s+)?(?:the|a|an|this|that|their|his|her|its|all|both)\b",
                                 re.I)


def _clause_like(subject: str) -> bool:
    """'the foreign minister said the president has', 'Summarizing the meeting the attendants sounded their':
    the cut of a sentence, not who will act; a briefing would print it as a name."""
    return bool(_FINITE_VERB.search(subject) or _DANGLING_END.search(subject) or _OPENING_PARTICIPLE.match(subject))


def _tidy_subject(subject: str) -> str:
    """'During the visit, the minister also' -> 'the minister'; 'the sides noted that the President' -> 'the President'."""
    subject = re.sub(r",\s*(?:who|which)\b[^,]*,", "", subject)  # "X, who arrived yesterday, will ..."
    subject = re.split(r"\b(?:that|whereby)\s+|[;:]\s*", subject)[-1]
    # "the minister shared her plans to visit", "X, noting the importance of ties, expressed his": the subject
    subject = re.sub(r"\s+(?:shared|announced|confirmed|expressed|voiced|outlined|stated)\s+(?:(?:his|her|its|their|the)\s+)?$",
                     "", subject)
    subject = re.sub(r",?\s+(?:noting|stressing|emphasi[sz]ing|underlining|saying|adding)\b.*$", "", subject)
    subject = _OPENING_TIME.sub("", _OPENING_ADVERBIAL.sub("", subject.strip()))
    subject = _TRAILING_ADVERBS.sub("", subject.strip(" ,"))
    if len(subject.split()) > 12 and "," in subject:
        first = subject.split(",", 1)[0]
        # "Hao Mingjin, Vice Chairman of the Standing Committee of …,": the name, then his office set off by commas
        named_first = len(first.split()) <= 5 and all(word[:1].isupper() for word in first.split())
        subject = first if named_first else subject.rsplit(",", 1)[-1]
    return subject.strip(" ,")


def _group(subject: str, known: Known) -> list[str]:
    """'They', 'the Presidents': the participants (those with that office when the text names one)."""
    office = re.search(r"(president|minister|speaker|chairm)", subject, re.I)
    people = [p for p in known.participants if p.name]
    if office:
        holders = [p for p in people if office.group(1).lower() in (p.title or "").lower()]
        people = holders if len(holders) >= 2 else people
    if re.search(r"\b(?:two|both)\b", subject, re.I) and len(people) != 2:
        return []  # "the two ministers" of an article with four: which two, the text says elsewhere
    return [p.name for p in people if p.name] if len(people) >= 2 else []


_MAJESTIES = re.compile(r"(?:their|his|her)\s+(?:Majest(?:y|ies)|(?:Royal\s+)?Highness(?:es)?)\b", re.I)


def _as_written(subject: str) -> str:
    """A subject as written, without the capital of a sentence start ('The parties' -> 'the parties')."""
    return re.sub(r"^The\b", "the", clean(subject))


def _host(clause: _Clause | None, found: _Found, known: Known) -> str | None:
    """Who invites or receives: 'at the invitation of X', 'X invited Y to visit', 'hosted by X', 'X will host'."""
    carried = _INVITATION_CARRIED.search(found.text) or _INVITATION_CARRIED_FROM.search(found.text)
    if carried:  # "X transmitted to Y the invitation of Z to visit": Z hosts
        host = _one_actor(carried.group("inviter"), found.start, known)
        carrier = _one_actor(found.text[:carried.start()], found.start, known) if carried.start() else None
        if host and host == carrier:  # "the Foreign Secretary handed over an invitation from the Foreign Minister":
            host = re.sub(r"^the\s+", "", carried.group("inviter"))  # the one who carries it never sends it
        return None if host and _is_place(host) else host
    handed = _INVITATION_HANDED_TO.search(found.text)
    if handed:  # "X handed Y a letter of invitation to visit …, sent by Z": Z hosts, else X
        host = _one_actor(handed.group("inviter") or handed.group("sender") or handed.group("carrier"), found.start, known)
        return None if host and _is_place(host) else host
    extended = _INVITATION_TO.search(found.text)
    if extended:  # "He extended an invitation to Rahmon to visit": he hosts
        host = _one_actor(extended.group("inviter"), found.start, known)
        return None if host and _is_place(host) else host
    passive = _INVITATION_PASSIVE.search(found.text)
    if passive:  # "An invitation was extended to X to visit": by whom, if the text says
        host = _one_actor(passive.group("inviter"), found.start, known) if passive.group("inviter") else None
        return None if host and _is_place(host) else host
    sentence = clean(found.sentence.text)
    for pattern in (_INVITATION, _RECEIVED_BY):
        match = pattern.search(sentence)
        if match:
            host = _one_actor(match.group("host"), found.start, known)
            return None if host and _names_a_place(host) else host  # "hosted by the Russian capital": the place
    if clause and clause.received:
        agent = _AGENT.match(clause.after)
        return _one_actor(agent.group("agent"), found.start, known) if agent else None
    if clause and (clause.invitation or clause.hosting):
        inviter = re.sub(r"\s+(?:expressed|voiced|conveyed|stated)\s+(?:(?:his|her|its|their|the)\s+)?$", "", clause.before)
        # "The Chairman received a message inviting him …": the message came from someone the clause does not name
        inviter = re.sub(r"^.*\b(?:received|got|sent)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:message|letter)\b.*$", "", inviter)
        host = _one_actor(inviter, found.start, known)
        return None if host and _is_place(host) else host
    called_on = clause.called_on if clause else None
    if called_on:  # "will pay a call on Chairman X": the one called on receives the guests
        called = re.split(r",|\s+and\s+(?=[a-z])", called_on.group("host"))[0]
        if _MAJESTIES.match(called):  # "a State Call on their Majesties the Emperor and Empress": both, as written
            return _as_written(called)
        host = _one_actor(called, found.start, known)
        return None if host and _is_place(host) else host
    meets = _met_with(clause)
    if meets:  # "Gafarova will meet with Gulshat Mammedova": the one met, a person of the text, hosts the meeting
        # (of "meetings with A and B" the first; each of the others has a meeting of its own, _each_host)
        actors = _actors(meets.group("host"), found.start, known)
        host = actors[0] if actors else None
        people = {person.name for person in [*known.participants, *known.mentioned] if person.name}
        return host if host in people else None
    return None


_CALL_ON = re.compile(r".*?\b(?:(?:pay|make)\s+)?(?:a\s+)?(?:courtesy\s+|state\s+)?call\s+on\s+(?P<host>.+)", re.I)


def _other_participant(who: list[str], known: Known) -> str | None:
    others = [p.name for p in known.participants if p.name and p.name not in who]
    return others[0] if len(others) == 1 else None


def _one_actor(phrase: str, offset: int, known: Known) -> str | None:
    actors = _actors(phrase, offset, known)
    return actors[0] if len(actors) == 1 else None


# -- place and country ------------------------------------------------------------------------


_TOWARDS = re.compile(r"\b(?:in|to|visit|visits|visiting|at|tour\s+of|trip\s+to|arrive\s+in|hosted\s+by)\s+"
                      r"(?:the\s+(?:[A-Z][\w-]+\s+)?(?:city|capital|town|village|port)\s+(?:of\s+)?|the\s+)?(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


def _place(phrase: str, clause: _Clause | None) -> tuple[str | None, str | None]:
    """The city ('in Ulaanbaatar', 'in the city of Xi'an', 'Astana will host') and the country ('visit
    Mongolia') the event is in."""
    city, country = None, None
    if clause and clause.hosting:
        host = _tidy_subject(clause.before)
        city, country = _city_at(host), _country_at(host)
    # where the future verb points first ("is scheduled to visit Korea"), then the rest ("on his way back to Mongolia")
    scopes = [clause.verb + clause.after, clause.before] if clause and not clause.hosting else [phrase]
    for scope in scopes:
        for match in _TOWARDS.finditer(scope):
            if re.search(r"\bback\s+$", scope[max(0, match.start() - 6):match.start() + 1]):
                continue  # "on his way back to Mongolia": home, not the destination
            rest = scope[match.end():]
            city = city or _city_at(rest)
            country = country or _country_at(rest)
    acronym = _ACRONYM_BEFORE.search(phrase)
    if city is None and acronym and acronym.group("city") and acronym.group("city").lower() in CITY_TO_COUNTRY:
        city = acronym.group("city")  # "the SCO Qingdao summit": held in Qingdao
    if city:
        country = CITY_TO_COUNTRY[city.lower()]
    return city, country


def _city_at(text: str) -> str | None:
    """A city opening ``text`` and not a word of a longer name ('Astana International Financial Centre')."""
    word = next((name for name in MULTIWORD_CITIES if text.startswith(name)), None)
    if word is None:
        single = _NAME_WORD.match(text)
        word = single.group(0) if single else ""
    if word.lower() not in CITY_TO_COUNTRY or _name_goes_on(text[len(word):]):
        return None
    return word


def _country_at(text: str) -> str | None:
    """The ISO code of a country name (not a demonym) opening ``text``: 'Republic of Uzbekistan at ...' -> UZ."""
    text = re.sub(r"^Republic\s+of\s+(?:the\s+)?", "", text)
    match = country_regex().match(text)
    if not match or match.group(0).lower() in DEMONYMS or _name_goes_on(text[match.end():]) or \
            re.match(r"[-–][A-Z]", text[match.end():]):
        return None  # "commitment to Mongolia-DPRK studies": half of a pair naming a subject, not a destination
    return country_code(match.group(0))


def _name_goes_on(after: str) -> bool:
    """'Astana International ...', 'Khovd aimag': the place word is part of another name."""
    following = re.match(r"\s+([\w'’-]+)", after)
    if not following or re.match(r"[,;.]", after):
        return False
    word = following.group(1)
    if word.rstrip(".").lower() in MONTH_WORDS:
        return False  # "visit Kazakhstan January 23-27", "arrive in Astana Monday": the day follows the place
    return word[0].isupper() or word.lower() in GEO_WORDS


def _is_place(name: str) -> bool:
    return name.lower() in CITY_TO_COUNTRY or country_code(name) is not None


def _names_a_place(phrase: str) -> bool:
    """'Moscow', 'the Russian capital of Moscow', 'the city of Jeddah'."""
    bare = re.sub(r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:city|capital)\s+(?:of\s+)?", "", phrase)
    return _is_place(bare) or bool(re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:city|capital)", phrase))


# -- when -----------------------------------------------------------------------------------


_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_PATTERN})\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")
_MONTH_ONLY = re.compile(rf"\b(?:in|during|by|until|for)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)\s*-?\s*)?"
                         rf"(?P<month>{MONTH_PATTERN})(?!\s*\d)")
_YEAR = re.compile(r"\b(?:in|during|by|until|for)\s+(?:(?:early|mid|late)\s*-?\s*|the\s+[\w\s-]{1,30}?\s+of\s+)?"
                   r"(?P<year>(?:19|20)\d\d)\b")
_RELATIVE_YEAR = re.compile(r"\b(?P<which>next|this|the\s+coming|the\s+current)\s+year\b", re.I)
_RELATIVE_MONTH = re.compile(r"\b(?P<which>next|this)\s+month\b", re.I)
_RELATIVE_DAY = re.compile(r"\b(?P<word>today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                           re.I)


def _when(text: str, anchor: dt.date | None) -> str | None:
    """'on June 1-4' -> '--06-01' (or the full date when the article's date gives the year), 'in October
    2025' -> '2025-10', 'next year' -> the article's year + 1, 'in 2026' -> '2026'."""
    for read in (_day_date, _month_with_year, _relative_day, _relative_month, _month_alone, _year_alone):
        when = read(text, anchor)
        if when:
            return when
    return None


def _day_date(text: str, anchor: dt.date | None) -> str | None:
    for pattern in (MONTH_FIRST, DAY_FIRST):
        match = pattern.search(text)
        if not match:
            continue
        month = MONTHS.get(match.group("month")[:3].lower())
        day = int(match.group("day"))
        if not month or not 1 <= day <= 31:
            continue
        year = int(match.group("year")) if match.group("year") else _next_year_of(month, day, anchor)
        first = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        last = int(match.group("day2")) if match.group("day2") else 0
        if day < last <= 31:  # "on February 9-11": the days of the plan («9–11 февраля 2026 года»)
            return f"{first}/{first[:-2]}{last:02d}"
        return first
    return None


def _next_year_of(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The year in which month-day first comes on or after the article's date (a plan lies ahead)."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year + 1):
        try:
            if dt.date(year, month, day) >= anchor - dt.timedelta(days=2):
                return year
        except ValueError:
            continue
    return None


def _month_with_year(text: str, anchor: dt.date | None) -> str | None:
    match = _MONTH_YEAR.search(text)
    if not match:
        return None
    return f"{match.group('year')}-{MONTHS[match.group('month')[:3].lower()]:02d}"


def _relative_day(text: str, anchor: dt.date | None) -> str | None:
    match = _RELATIVE_DAY.search(text)
    if not match or anchor is None:
        return None
    word = match.group("word").lower()
    if word in WEEKDAYS:
        date = anchor + dt.timedelta(days=(WEEKDAYS.index(word) - anchor.weekday()) % 7)
    else:
        date = anchor + dt.timedelta(days=1 if word == "tomorrow" else 0)
    return date.isoformat()


def _relative_month(text: str, anchor: dt.date | None) -> str | None:
    match = _RELATIVE_MONTH.search(text)
    if not match or anchor is None:
        return None
    month = anchor.month + (1 if match.group("which").lower() == "next" else 0)
    year = anchor.year + (month - 1) // 12
    return f"{year:04d}-{(month - 1) % 12 + 1:02d}"


def _month_alone(text: str, anchor: dt.date | None) -> str | None:
    """'in October': the next October after the article's date; unknown without that date."""
    match = _MONTH_ONLY.search(text)
    if not match or anchor is None:
        return None
    month = MONTHS[match.group("month")[:3].lower()]
    year = anchor.year if month >= anchor.month else anchor.year + 1
    return f"{year:04d}-{month:02d}"


def _year_alone(text: str, anchor: dt.date | None) -> str | None:
    written = _YEAR.search(text)
    if written:
        return written.group("year")
    relative = _RELATIVE_YEAR.search(text)
    if not relative or anchor is None:
        return None
    return str(anchor.year + (1 if relative.group("which").lower() == "next" else 0))


# -- objects --------------------------------------------------------------------------------


def _objects(phrase: str, kind: str, clause: _Clause | None, found: _Found, known: Known) -> list[str]:
    """What is to be visited, signed or held, as written."""
    if kind == "signing":
        named = [d.name for d in known.documents if found.start <= d.start < found.end]
        objects = named or _document_in(clause)
    elif kind == "visit":
        objects = _visit_targets(phrase, known)
    elif kind == "anniversary":
        objects = _anniversary_in(phrase)
    else:
        objects = [_held_by(name) for name in _named_events(phrase)] or _format_of(phrase) or \
            (_body_of(phrase, known) if kind in _HELD_BY_A_BODY else [])
    return [_PASSIVE_TAIL.sub("", item) for item in objects if not _clause_like(_PASSIVE_TAIL.sub("", item))]


# "to celebrate the 70th anniversary of bilateral diplomatic relations in the two countries": the jubilee, without
# where and when it is celebrated
_CELEBRATED = re.compile(r"\b(?:celebrat\w*|mark(?:ing)?|commemorat\w*)\s+(?:of\s+)?(?:the\s+)?"
                         r"(?P<occasion>\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+[^,;.()]+)", re.I)
_CELEBRATED_WHERE_OR_WHEN = re.compile(r"\s+(?:(?:in|at|on|during|within|next|this|later)\b|jointly\b|together\b|"
                                       r"widely\b|with\b|by\b).*$")


def _anniversary_in(phrase: str) -> list[str]:
    celebrated = _CELEBRATED.search(phrase)
    if celebrated is None:
        return []
    occasion = celebrated.group("occasion")
    # "in the two countries", "next year", "in Ulaanbaatar": but not "between the two countries", a part of the name
    tail = _CELEBRATED_WHERE_OR_WHEN.search(occasion, len(occasion.split(" of ", 1)[0]) + 4)
    return [occasion[:tail.start()] if tail else occasion.rstrip()]


# "the upcoming Russia-Central Asia summit": the two sides that name a format of summits, forums or dialogues
_FORMAT_EVENT = re.compile(rf"\b(?P<sides>{FORMAT_SIDES})\s+(?i:summit|forum|dialogue)s?\b")


def _format_of(phrase: str) -> list[str]:
    named = _FORMAT_EVENT.search(phrase)
    return [named.group("sides")] if named else []


# "10th Summit of the Organization of Turkic States": a numbered sitting of a body, which the briefing names by the
# body («саммит Организации тюркских государств»)
_SITTING_OF = re.compile(r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:st|nd|rd|th))?\s*(?:Summit|Session|Sitting|Meeting|Conference)\s+of\s+"
                         r"(?:the\s+)?(?P<body>.+)")


_A_BODY = re.compile(r"\b(?:Commission|Committee|Council|Assembly|Board|Organi[sz]ation|Union|Parliament|Forum|Cabinet|"
                     r"Group|Conference|Cooperation|Community|States)\b")


def _held_by(name: str) -> str:
    """The body whose numbered summit or session a named event is; the event's own name otherwise."""
    by_acronym = _ACRONYM_BEFORE.fullmatch(re.sub(r"^the\s+", "", name))
    if by_acronym:
        return by_acronym.group("body")  # "the CICA Summit": CICA's summit («саммит СВМДА»)
    sitting = _SITTING_OF.fullmatch(name)
    if sitting and _A_BODY.search(sitting.group("body")) and \
            not re.match(r"(?:Heads|Leaders|Ministers|Presidents)\b", sitting.group("body")):
        return sitting.group("body")
    return name


# a meeting or session a standing body holds: "the next meeting of the intergovernmental commission", "the 5th
# session of the Joint Working Group on Trade", "a summit of the Organization of Turkic States"
_HELD_BY_A_BODY = frozenset(("meeting", "session", "summit", "conference", "consultations", "speech"))
_BODY_OF = re.compile(r"\b(?:meetings?|sessions?|sittings?|summits?|conferences?|round)\s+of\s+(?:the\s+)?"
                      r"(?P<body>(?:[\w’'-]+\s+){0,8}?(?i:commission|committee|group|council|assembly|board|"
                      r"organi[sz]ation|union|parliament|forum|cabinet|mechanism|dialogue|platform|states)"
                      # "... of Turkic States", "... on Trade and Economic Cooperation": the rest of its name
                      r"(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,5}[A-Z][\w-]*"
                      # ("… Council of the Federal Assembly of Russia": an owner's owner too)
                      r"|\s+(?:on|for)\s+(?:[\w-]+\s+){0,5}(?i:cooperation|trade|investment|security|affairs|issues)){0,2})\b")


# "the next Mongolian Cabinet meeting", "a Government session": the body named before the meeting it holds
# ("the upcoming Iran-Russia Joint Economic Committee meeting": a joint body's sitting)
_BODY_BEFORE = re.compile(r"\b(?P<body>(?:[A-Z][\w’'-]+\s+){0,2}(?:Cabinet|Government|Parliament)(?:\s+of\s+Ministers)?|"
                          r"(?:[A-Z][\w’'-]+\s+){0,3}(?:Joint|Intergovernmental|Interparliamentary)\s+(?:[A-Z][\w’'-]+\s+){0,3}?"
                          r"(?:Committee|Commission|Council))"
                          r"\s+(?:meetings?|sessions?|sittings?)\b")


# "Working Group on nuclear Energy, which will gather in Bucharest": the body is the subject of its sitting
_BODY_THAT_MEETS = re.compile(rf"(?P<body>[^,;]+?),\s*which\s+{_A_BODY_MEETS}")


# "the upcoming SCO Qingdao summit", "the CICA Summit": the body whose summit it is, by its acronym, and the city
_ACRONYM_BEFORE = re.compile(r"\b(?P<body>[A-Z]{2,6})\s+(?:(?P<city>[A-Z][a-z]+)\s+)?(?i:summit|ministerial|session)s?\b")


def _body_of(phrase: str, known: Known) -> list[str]:
    """'the next meeting of the intergovernmental commission will be held in Riga' -> ['intergovernmental
    commission']: the body whose meeting it is; never the sides ('a meeting of the two leaders'). 'the Commission'
    alone is the commission the text named in full."""
    found = _BODY_OF.search(phrase) or _BODY_BEFORE.search(phrase) or _ACRONYM_BEFORE.search(phrase) or \
        _BODY_THAT_MEETS.match(phrase)
    if found is None or re.match(r"(?:two|both|heads|leaders|sides|parties|presidents|ministers)\b", found.group("body")):
        return []
    body = found.group("body")
    if re.fullmatch(r"[A-Z][a-z]+", body):
        named = [name for name in known.institutions if re.search(rf"\b{body}\b", name, re.I) and name != body]
        if len(set(named)) == 1:
            return [named[0]]
    return [body]


# "the plan ... is expected to be", "the agreement ... is planned to be": the passive that announces the signing
_PASSIVE_TAIL = re.compile(r"\s+(?:is|are)\s+(?:expected|planned|scheduled|due|set|going)\s+to\s+be$", re.I)


_QUANTITY = re.compile(r"^(?:a\s+(?:number|package|series|range|set)\s+of|several|some|many|numerous|\d+|"
                       r"two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _document_in(clause: _Clause | None) -> list[str]:
    """'A memorandum on tourism is expected to be signed', 'will sign an agreement on trade in Riga':
    the document named, not 'a number of documents'."""
    if clause is None:
        return []
    if clause.event_is_subject:
        text = _tidy_subject(clause.before)
    else:
        end = _REGION_END.search(clause.after)
        text = clause.after[:end.start()] if end else clause.after
    text = re.sub(r"^\s*(?:the|a|an)\s+", "", text.strip(" ,"), flags=re.I)
    noun = DOC_NOUN.search(text)
    if not noun or noun.start() > 40 or _QUANTITY.match(text) or noun.group("noun").lower() in ("document", "documents"):
        return []
    return [text]


_VISIT_VERB = re.compile(r"\b(?:visit(?:ing)?|tour(?:ing)?)\s+(?=the\s|[A-Z])")  # "visit the ...", "visit Khiva"
_VISIT_NOUN = re.compile(r"\b(?:visit|trip)\s+to\s+(?=the\s|[A-Z])")
# where the list of things to visit ends: a date, a place, a purpose ('to meet ...'), a clause;
# not 'on' in a name ('the Committee on Agriculture')
_REGION_END = re.compile(rf"\s+(?:in|at|during|within|from|next|this|before|after|until|by|with|together|where|beginning|"
                         rf"early|late|mid|"
                         rf"starting|taking\s+place|to\s+take\s+place|"
                         rf"which|as\s+part|to\s+(?!the\b)[a-z]+)\b|\s+on\s+(?=\d|{MONTH_PATTERN}|[a-z]|\w+day\b)"
                         rf"|\s+of\s+(?:a|an)\s+(?=[a-z])"
                         # "visit Kazakhstan January 23-27, Kazinform News Agency quotes X": the days, then who told it
                         rf"|\s+(?=(?:{MONTH_PATTERN})\.?\s+\d)"
                         rf"|,\s+(?=(?:[A-Z][\w.’'-]*\s+){{1,4}}(?:quotes|quoted|reports?|reported|said|says|informs|informed|"
                         rf"cites|cited|told)\b)"
                         rf"|\s*[;:]|\s+[–—]\s+")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+")
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_DESCRIPTOR = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z][\w’'-]*\s+)*?(?=[A-Z])")
_CONNECTORS = frozenset("of the for and on in".split())


def _visit_targets(phrase: str, known: Known) -> list[str]:
    """'plans to visit the X Centre, the national company Y (Z), and other facilities' -> ['X Centre', 'Y']."""
    opening = _VISIT_VERB.search(phrase) or _VISIT_NOUN.search(phrase)
    if not opening:
        return []
    region = phrase[opening.end():]
    end = _REGION_END.search(region)
    region = _PARENTHETICAL.sub("", region[:end.start()] if end else region)
    names = [_without_descriptor(item) for item in _list_items(region, known.institutions)]
    return [name for name in names if name and name[0].isupper() and not country_code(name)]


def _list_items(region: str, institutions: t.Sequence[str]) -> list[str]:
    """Split a list at commas and 'and', but not inside a name such as 'Ministry of Digital Development,
    Innovation and Aerospace Industry'."""
    pieces = _pieces(region)
    items: list[str] = []
    index = 0
    while index < len(pieces):
        taken = _continuation(items[-1], pieces[index:], institutions) if items else 0
        if taken:
            items[-1] += "".join(joiner + piece for joiner, piece in pieces[index:index + taken])
            index += taken
            continue
        items.append(pieces[index][1])
        index += 1
    return [item.strip() for item in items]


def _pieces(region: str) -> list[tuple[str, str]]:
    """The list's pieces, each with the separator before it (',', ', and', ' and ')."""
    pieces = []
    last, joiner = 0, ""
    for separator in _LIST_SEPARATOR.finditer(region):
        pieces.append((joiner, region[last:separator.start()]))
        last, joiner = separator.end(), separator.group(0)
    pieces.append((joiner, region[last:]))
    return pieces


def _continuation(item: str, following: list[tuple[str, str]], institutions: t.Sequence[str]) -> int:
    """How many of the following pieces continue ``item``: after '... Ministry of Digital Development',
    bare capitalized pieces up to one joined by 'and' ('Innovation', 'Aerospace Industry'), when they
    name fields (or the whole is an institution the text names); 'Petroperu' after 'the Ministry of Energy'
    does not, nor does a piece with its own article or institution word."""
    institution = _INSTITUTION_OF.search(item)
    if not institution or not is_head(institution.group("head")):
        return 0
    bare = 0
    while bare < len(following) and _bare_name(following[bare][1]):
        bare += 1
    closing = [n for n in range(1, bare + 1) if "and" in following[n - 1][0]]
    if not closing:
        return 0
    taken = following[:closing[-1]]
    whole = item + "".join(joiner + piece for joiner, piece in taken)
    fields = all(_field_word(word) for _, piece in taken for word in piece.split())
    return len(taken) if fields or any(whole.strip().endswith(name) for name in institutions) else 0


_INSTITUTION_OF = re.compile(r"\b(?P<head>[A-Z][\w-]*)\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+|$))+$")
_FIELD_WORDS = frozenset("""
forestry fisheries population higher integration infrastructure irrigation food internal planning construction
housing urban mining geology statistics
""".split())


def _bare_name(piece: str) -> bool:
    """'Innovation', 'Aerospace Industry': capitalized, without an article and without an institution word."""
    words = piece.split()
    return bool(words) and piece[0].isupper() and not any(is_head(word) for word in words) and \
        all(word[0].isupper() or word in _CONNECTORS for word in words)


@functools.lru_cache(maxsize=1)
def _area_words() -> frozenset[str]:
    """The words of the cooperation areas' names ('tourism', 'aerospace')."""
    from briefing.vocabulary import COOPERATION_AREAS

    words: set[str] = set()
    for term in COOPERATION_AREAS.values():
        for alias in (term.key, *term.aliases):
            words.update(re.split(r"[\s-]+", alias.lower()))
    return frozenset(words)


def _field_word(word: str) -> bool:
    low = word.lower()
    return low in _CONNECTORS or low in NON_NAME_WORDS or low in _FIELD_WORDS or low in _area_words()


def _without_descriptor(item: str) -> str:
    """'the national company Kazakh Invest' -> 'Kazakh Invest'; 'other facilities' stays (and is dropped)."""
    return _DESCRIPTOR.sub("", item.strip(), count=1).strip(" ,")


_EVENT_NAME_WORDS = frozenset("""
Forum Summit Conference Congress Meeting Session Exhibition Expo Fair Festival Concert Days Week Games
Championship Commission Consultations Talks Olympiad Biennale
""".split())
_NAME_TOKEN = re.compile(r"[\"“«][^\"”»]{1,60}[\"”»]|[\w’'.-]+|[+&]|[^\s\w]")
_NAME_JOINERS = frozenset("of the for and on + &".split())


def _named_events(phrase: str) -> list[str]:
    """Capitalized event names: 'the Consultative Meeting of the Heads of State', 'First "Central Asia-China" Summit'."""
    names = []
    run: list[re.Match[str]] = []
    for token in [*_NAME_TOKEN.finditer(phrase), None]:
        if token and _in_event_name(token.group(0), bool(run)):
            run.append(token)
            continue
        name = _event_name(phrase, run)
        if name:
            names.append(name)
        run = []
    return names


def _in_event_name(word: str, inside: bool) -> bool:
    if _MONTH_WORD.fullmatch(word):
        return False  # "the Forum on May 5"
    return word[0].isupper() or word[0].isdigit() or word[0] in "\"“«" or (inside and word in _NAME_JOINERS)


_MONTH_WORD = re.compile(MONTH_PATTERN)


def _event_name(phrase: str, run: list[re.Match[str]]) -> str | None:
    while run and run[-1].group(0) in _NAME_JOINERS:
        run = run[:-1]
    while run and run[0].group(0) in ("The", "A", "An"):
        run = run[1:]
    if len(run) < 2 or not any(token.group(0) in _EVENT_NAME_WORDS for token in run):
        return None
    return phrase[run[0].start():run[-1].end()]
