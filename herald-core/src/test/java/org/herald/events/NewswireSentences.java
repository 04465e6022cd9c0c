package org.herald.events;

/**
 * Parses of newswire-like sentences written for the coder's tests, as CoreNLP's enhanced++ parser
 * gives them, misparses included: the coder has to cope with those.
 */
final class NewswireSentences {

    private NewswireSentences() {
    }

    static final Doc.Parse ACTIVISTS_PARDONED = Doc.p("The activists jailed for insulting the king were pardoned by President Ilves.",
        "The/DT/the/O activists/NNS/activist/O jailed/VBN/jail/O for/IN/for/O insulting/VBG/insult/O the/DT/the/O king/NN/king/O were/VBD/be/O pardoned/VBN/pardon/O by/IN/by/O President/NNP/President/O Ilves/NNP/Ilves/PERSON ./././O",
        "det:2:1 nsubj:3:2 csubj:pass:9:3 case:5:4 obl:for:3:5 det:7:6 obj:5:7 aux:pass:9:8 root:0:9 case:12:10 compound:12:11 obl:agent:9:12 punct:9:13");

    static final Doc.Parse BLOGGER_RELEASED = Doc.p("Estonia on Friday released the blogger jailed since 2019.",
        "Estonia/NNP/Estonia/LOCATION on/IN/on/O Friday/NNP/Friday/DATE released/VBD/release/O the/DT/the/O blogger/NN/blogger/O jailed/VBN/jail/O since/IN/since/O 2019/CD/2019/DATE ./././O",
        "nsubj:4:1 case:3:2 obl:on:4:3 root:0:4 det:6:5 nsubj:7:6 xcomp:4:7 case:9:8 obl:since:7:9 punct:4:10");

    static final Doc.Parse LATVIA_WILLING = Doc.p("Latvia is willing to send troops to Estonia.",
        "Latvia/NNP/Latvia/LOCATION is/VBZ/be/O willing/JJ/willing/O to/TO/to/O send/VB/send/O troops/NNS/troops/O to/IN/to/O Estonia/NNP/Estonia/LOCATION ./././O",
        "nsubj:3:1 nsubj:xsubj:5:1 cop:3:2 root:0:3 mark:5:4 xcomp:3:5 obj:5:6 case:8:7 obl:to:5:8 punct:3:9");

    static final Doc.Parse DISSIDENTS_FROM = Doc.p("The army helped the dissidents from the Kenyan town of Garissa.",
        "The/DT/the/O army/NN/army/O helped/VBD/help/O the/DT/the/O dissidents/NNS/dissident/O from/IN/from/O the/DT/the/O Kenyan/JJ/Kenyan/MISC town/NN/town/O of/IN/of/O Garissa/NNP/Garissa/LOCATION ./././O",
        "det:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 case:9:6 det:9:7 amod:9:8 nmod:from:5:9 case:11:10 nmod:of:9:11 punct:3:12");

    static final Doc.Parse FINLAND_PERMISSION = Doc.p("Finland would not give permission to Sweden to send troops to Norway.",
        "Finland/NNP/Finland/LOCATION would/MD/would/O not/RB/not/O give/VB/give/O permission/NN/permission/O to/IN/to/O Sweden/NNP/Sweden/LOCATION to/TO/to/O send/VB/send/O troops/NNS/troops/O to/IN/to/O Norway/NNP/Norway/LOCATION ./././O",
        "nsubj:4:1 aux:4:2 advmod:4:3 root:0:4 obj:4:5 nsubj:xsubj:9:5 case:7:6 nmod:to:5:7 mark:9:8 xcomp:4:9 obj:9:10 case:12:11 obl:to:9:12 punct:4:13");

    static final Doc.Parse GHANA_BORDER = Doc.p("Ghana opened its border with Togo but rejected the proposal from Benin.",
        "Ghana/NNP/Ghana/LOCATION opened/VBD/open/O its/PRP$/its/O border/NN/border/O with/IN/with/O Togo/NNP/Togo/LOCATION but/CC/but/O rejected/VBD/reject/O the/DT/the/O proposal/NN/proposal/O from/IN/from/O Benin/NNP/Benin/LOCATION ./././O",
        "nsubj:2:1 nsubj:8:1 root:0:2 nmod:poss:4:3 obj:2:4 case:6:5 obl:with:2:6 cc:8:7 conj:but:2:8 det:10:9 obj:8:10 case:12:11 nmod:from:10:12 punct:2:13");

    static final Doc.Parse RUSSIA_PAUSE = Doc.p("Russia announced a pause in its attacks on Ukraine.",
        "Russia/NNP/Russia/LOCATION announced/VBD/announce/O a/DT/a/O pause/NN/pause/O in/IN/in/O its/PRP$/its/O attacks/NNS/attack/O on/IN/on/O Ukraine/NNP/Ukraine/LOCATION ./././O",
        "nsubj:2:1 root:0:2 det:4:3 obj:2:4 case:7:5 nmod:poss:7:6 nmod:in:4:7 case:9:8 nmod:on:7:9 punct:2:10");

    static final Doc.Parse STUDENTS_PROTEST = Doc.p("Hundreds of Chilean students protested in Valparaiso on Friday.",
        "Hundreds/NNS/hundred/O of/IN/of/O Chilean/JJ/Chilean/MISC students/NNS/student/O protested/VBD/protest/O in/IN/in/O Valparaiso/NNP/Valparaiso/LOCATION on/IN/on/O Friday/NNP/Friday/DATE ./././O",
        "det:qmod:4:1 fixed:1:2 amod:4:3 nsubj:5:4 root:0:5 case:7:6 obl:in:5:7 case:9:8 obl:on:5:9 punct:5:10");

    static final Doc.Parse FARMERS_RIOT = Doc.p("Angry Peruvian farmers rioted on Monday.",
        "Angry/JJ/angry/O Peruvian/JJ/Peruvian/MISC farmers/NNS/farmer/O rioted/VBD/riot/O on/IN/on/O Monday/NNP/Monday/DATE ./././O",
        "amod:3:1 amod:3:2 nsubj:4:3 root:0:4 case:6:5 obl:on:4:6 punct:4:7");

    static final Doc.Parse ESTONIAN_MEETS = Doc.p("The Estonian president is due to give a speech and meet with Latvian officials.",
        "The/DT/the/O Estonian/JJ/estonian/MISC president/NN/president/O is/VBZ/be/O due/JJ/due/O to/TO/to/O give/VB/give/O a/DT/a/O speech/NN/speech/O and/CC/and/O meet/VB/meet/O with/IN/with/O Latvian/JJ/latvian/MISC officials/NNS/official/O ./././O",
        "det:3:1 amod:3:2 nsubj:5:3 cop:5:4 root:0:5 mark:7:6 ccomp:5:7 det:9:8 obj:7:9 cc:11:10 ccomp:5:11 conj:and:7:11 case:14:12 amod:14:13 obl:with:11:14 punct:5:15");

    static final Doc.Parse NORWAY_MUST = Doc.p("Norway said on Monday that Iceland must return the seized fishing boats.",
        "Norway/NNP/Norway/LOCATION said/VBD/say/O on/IN/on/O Monday/NNP/Monday/DATE that/WDT/that/O Iceland/NNP/Iceland/LOCATION must/MD/must/O return/VB/return/O the/DT/the/O seized/VBN/seize/O fishing/NN/fishing/O boats/NNS/boat/O ./././O",
        "nsubj:2:1 root:0:2 case:4:3 obl:on:2:4 dep:8:5 nsubj:8:6 aux:8:7 ccomp:2:8 det:12:9 amod:12:10 compound:12:11 obj:8:12 punct:2:13");

    /** As AFP copy is often parsed: the object hangs from the day named before it. */
    static final Doc.Parse LITHUANIA_REJECTED_FRIDAY = Doc.p("Lithuania rejected Friday a Polish offer of talks.",
        "Lithuania/NNP/Lithuania/LOCATION rejected/VBD/reject/O Friday/NNP/Friday/DATE a/DT/a/O Polish/NNP/Polish/MISC offer/NN/offer/O of/IN/of/O talks/NNS/talk/O ./././O",
        "nsubj:2:1 root:0:2 obl:tmod:2:3 det:6:4 compound:6:5 dep:3:6 case:8:7 nmod:of:6:8 punct:2:9");

    static final Doc.Parse KURDS_REJECT = Doc.p("The Kurds reject proposed Turkish changes to the treaty, chief Kurdish negotiator Ali Demir said.",
        "The/DT/the/O Kurds/NNPS/Kurd/MISC reject/VBP/reject/O proposed/VBN/propose/O Turkish/JJ/Turkish/MISC changes/NNS/change/O to/IN/to/O the/DT/the/O treaty/NN/treaty/O ,/,/,/O chief/JJ/chief/O Kurdish/JJ/kurdish/MISC negotiator/NN/negotiator/O Ali/NNP/Ali/PERSON Demir/NNP/Demir/PERSON said/VBD/say/O ./././O",
        "det:2:1 nsubj:3:2 root:0:3 amod:6:4 amod:6:5 nsubj:16:6 case:9:7 det:9:8 nmod:to:6:9 punct:6:10 amod:13:11 amod:13:12 compound:15:13 compound:15:14 appos:6:15 ccomp:3:16 punct:3:17");

    static final Doc.Parse REBELS_THREATEN = Doc.p("The rebels threatened to deliver heavy blows to Mali.",
        "The/DT/the/O rebels/NNS/rebel/O threatened/VBD/threaten/O to/TO/to/O deliver/VB/deliver/O heavy/JJ/heavy/O blows/NNS/blow/O to/IN/to/O Mali/NNP/Mali/LOCATION ./././O",
        "det:2:1 nsubj:3:2 nsubj:xsubj:5:2 root:0:3 mark:5:4 xcomp:3:5 amod:7:6 obj:5:7 case:9:8 obl:to:5:9 punct:3:10");

    static final Doc.Parse POLICE_PREVENT = Doc.p("Police prevented the march staged by farmers in Lyon on Sunday to protest the new tax.",
        "Police/NNS/police/O prevented/VBD/prevent/O the/DT/the/O march/NN/march/O staged/VBN/stage/O by/IN/by/O farmers/NNS/farmer/O in/IN/in/O Lyon/NNP/Lyon/LOCATION on/IN/on/O Sunday/NNP/Sunday/DATE to/TO/to/O protest/VB/protest/O the/DT/the/O new/JJ/new/O tax/NN/tax/O ./././O",
        "nsubj:2:1 root:0:2 det:4:3 nsubj:5:4 dep:2:5 case:7:6 obl:by:5:7 case:9:8 obl:in:5:9 mark:13:10 nsubj:13:11 mark:13:12 advcl:to:5:13 det:16:14 amod:16:15 obj:13:16 punct:2:17");

    static final Doc.Parse POLICE_REPORTEDLY = Doc.p("Latvian police reportedly arrested two Russian journalists on Monday.",
        "Latvian/JJ/latvian/MISC police/NN/police/O reportedly/RB/reportedly/O arrested/VBD/arrest/O two/CD/two/O Russian/JJ/Russian/MISC journalists/NNS/journalist/O on/IN/on/O Monday/NNP/Monday/DATE ./././O",
        "amod:2:1 nsubj:4:2 advmod:4:3 root:0:4 nummod:7:5 amod:7:6 obj:4:7 case:9:8 obl:on:4:9 punct:4:10");

    /** The participle taken for the main verb, the main verb hanging from it. */
    static final Doc.Parse PRISONERS_FREED = Doc.p("The prisoners detained during the protests were freed on Monday by the Ruritanian president.",
        "The/DT/the/O prisoners/NNS/prisoner/O detained/VBN/detain/O during/IN/during/O the/DT/the/O protests/NNS/protest/O were/VBD/be/O freed/VBN/free/O on/IN/on/O Monday/NNP/Monday/DATE by/IN/by/O the/DT/the/O Ruritanian/JJ/Ruritanian/MISC president/NN/president/O ./././O",
        "det:2:1 nsubj:3:2 root:0:3 case:6:4 det:6:5 obl:during:3:6 aux:pass:8:7 dep:3:8 case:10:9 obl:on:8:10 case:14:11 det:14:12 amod:14:13 obl:agent:8:14 punct:3:15");

    static final Doc.Parse REPORT_ALLEGED = Doc.p("A 300-page report released Monday in the Chadian capital alleged that Sudan had armed the rebels.",
        "A/DT/a/O 300/CD/300/O -/HYPH/-/O page/NN/page/O report/NN/report/O released/VBN/release/O Monday/NNP/Monday/DATE in/IN/in/O the/DT/the/O Chadian/JJ/Chadian/MISC capital/NN/capital/O alleged/VBD/allege/O that/IN/that/O Sudan/NNP/Sudan/LOCATION had/VBD/have/O armed/VBN/arm/O the/DT/the/O rebels/NNS/rebel/O ./././O",
        "det:5:1 nummod:4:2 punct:4:3 compound:5:4 nsubj:6:5 root:0:6 obl:tmod:6:7 case:11:8 det:11:9 amod:11:10 obl:in:6:11 dep:6:12 mark:16:13 nsubj:16:14 aux:16:15 ccomp:12:16 det:18:17 obj:16:18 punct:6:19");

    static final Doc.Parse NORWAY_ANNOUNCED = Doc.p("Norway announced a suspension of air links with Belarus.",
        "Norway/NNP/Norway/LOCATION announced/VBD/announce/O a/DT/a/O suspension/NN/suspension/O of/IN/of/O air/NN/air/O links/NNS/link/O with/IN/with/O Belarus/NNP/Belarus/LOCATION ./././O",
        "nsubj:2:1 root:0:2 det:4:3 obj:2:4 case:7:5 compound:7:6 nmod:of:4:7 case:9:8 nmod:with:7:9 punct:2:10");

    static final Doc.Parse FINLAND_REJECTED_CALLS = Doc.p("Finland rejected fresh calls by Estonia's rulers for economic aid.",
        "Finland/NNP/Finland/LOCATION rejected/VBD/reject/O fresh/JJ/fresh/O calls/NNS/call/O by/IN/by/O Estonia/NNP/Estonia/LOCATION 's/POS/'s/O rulers/NNS/ruler/O for/IN/for/O economic/JJ/economic/O aid/NN/aid/O ./././O",
        "nsubj:2:1 root:0:2 amod:4:3 obj:2:4 case:8:5 nmod:poss:8:6 case:6:7 nmod:by:4:8 case:11:9 amod:11:10 nmod:for:8:11 punct:2:12");

    static final Doc.Parse APP_ALLOWS = Doc.p("The new app allows Kenyan farmers to sell crops online.",
        "The/DT/the/O new/JJ/new/O app/NN/app/O allows/VBZ/allow/O Kenyan/JJ/Kenyan/MISC farmers/NNS/farmer/O to/TO/to/O sell/VB/sell/O crops/NNS/crop/O online/RB/online/O ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 amod:6:5 obj:4:6 nsubj:xsubj:8:6 mark:8:7 xcomp:4:8 obj:8:9 advmod:8:10 punct:4:11");

    static final Doc.Parse GOVERNMENT_ALLOWED = Doc.p("The Kenyan government allowed Somali refugees to return home.",
        "The/DT/the/O Kenyan/JJ/Kenyan/MISC government/NN/government/O allowed/VBD/allow/O Somali/JJ/Somali/MISC refugees/NNS/refugee/O to/TO/to/O return/VB/return/O home/RB/home/O ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 amod:6:5 obj:4:6 nsubj:xsubj:8:6 mark:8:7 xcomp:4:8 advmod:8:9 punct:4:10");

    static final Doc.Parse GOVERNMENT_REJECTED = Doc.p("The Estonian government rejected the proposal on Friday.",
        "The/DT/the/O Estonian/JJ/estonian/MISC government/NN/government/O rejected/VBD/reject/O the/DT/the/O proposal/NN/proposal/O on/IN/on/O Friday/NNP/Friday/DATE ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 det:6:5 obj:4:6 case:8:7 nmod:on:6:8 punct:4:9");

    static final Doc.Parse ESTONIANS_REJECT = Doc.p("Young Estonians rejected the plan on Sunday.",
        "Young/JJ/young/O Estonians/NNPS/Estonians/MISC rejected/VBD/reject/O the/DT/the/O plan/NN/plan/O on/IN/on/O Sunday/NNP/Sunday/DATE ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 det:5:4 obj:3:5 case:7:6 nmod:on:5:7 punct:3:8");

    static final Doc.Parse ENGAGED_IN_FIGHTING = Doc.p("Latvian troops were engaged in heavy fighting with Estonian rebels.",
        "Latvian/JJ/latvian/MISC troops/NNS/troops/O were/VBD/be/O engaged/VBN/engage/O in/IN/in/O heavy/JJ/heavy/O fighting/NN/fighting/O with/IN/with/O Estonian/JJ/estonian/MISC rebels/NNS/rebel/O ./././O",
        "amod:2:1 nsubj:pass:4:2 aux:pass:4:3 root:0:4 case:7:5 amod:7:6 obl:in:4:7 case:10:8 amod:10:9 obl:with:4:10 punct:4:11");

    static final Doc.Parse UNION_DEMAND_THAT = Doc.p("The Latvian union repeated its demand that Estonia free the prisoners.",
        "The/DT/the/O Latvian/JJ/latvian/MISC union/NN/union/O repeated/VBD/repeat/O its/PRP$/its/O demand/NN/demand/O that/IN/that/O Estonia/NNP/Estonia/LOCATION free/VB/free/O the/DT/the/O prisoners/NNS/prisoner/O ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 root:0:4 nmod:poss:6:5 obj:4:6 mark:9:7 nsubj:9:8 ccomp:6:9 det:11:10 obj:9:11 punct:4:12");

    static final Doc.Parse FIRE_TO_DISPERSE = Doc.p("Estonian police opened fire to disperse the protesters.",
        "Estonian/JJ/estonian/MISC police/NN/police/O opened/VBD/open/O fire/NN/fire/O to/TO/to/O disperse/VB/disperse/O the/DT/the/O protesters/NNS/protester/O ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 obj:3:4 nsubj:xsubj:6:4 mark:6:5 xcomp:3:6 det:8:7 obj:6:8 punct:3:9");

    static final Doc.Parse PARLIAMENT_THREATENED_TIES = Doc.p("The Latvian parliament threatened to cut ties with Estonia.",
        "The/DT/the/O Latvian/JJ/latvian/MISC parliament/NN/parliament/O threatened/VBD/threaten/O to/TO/to/O cut/VB/cut/O ties/NNS/tie/O with/IN/with/O Estonia/NNP/Estonia/LOCATION ./././O",
        "det:3:1 amod:3:2 nsubj:4:3 nsubj:xsubj:6:3 root:0:4 mark:6:5 xcomp:4:6 obj:6:7 case:9:8 nmod:with:7:9 punct:4:10");

    static final Doc.Parse STRIKE_TO_PROTEST = Doc.p("Estonian students began a hunger strike to protest against the Latvian decision.",
        "Estonian/JJ/estonian/MISC students/NNS/student/O began/VBD/begin/O a/DT/a/O hunger/NN/hunger/O strike/NN/strike/O to/TO/to/O protest/VB/protest/O against/IN/against/O the/DT/the/O Latvian/JJ/latvian/MISC decision/NN/decision/O ./././O",
        "amod:2:1 nsubj:3:2 root:0:3 det:6:4 compound:6:5 obj:3:6 nsubj:xsubj:8:6 mark:8:7 xcomp:3:8 case:12:9 det:12:10 amod:12:11 obl:against:8:12 punct:3:13");

    static final Doc.Parse GOVERNMENT_AND_FARMERS = Doc.p("The Estonian government and the farmers rejected the proposal.",
        "The/DT/the/O Estonian/JJ/estonian/MISC government/NN/government/O and/CC/and/O the/DT/the/O farmers/NNS/farmer/O rejected/VBD/reject/O the/DT/the/O proposal/NN/proposal/O ./././O",
        "det:3:1 amod:3:2 nsubj:7:3 cc:6:4 det:6:5 conj:and:3:6 nsubj:7:6 root:0:7 det:9:8 obj:7:9 punct:7:10");
}
