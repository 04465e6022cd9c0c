package org.herald.events;

/** Parses of sentences written for these tests, as CoreNLP's enhanced++ parser gives them. */
final class Sentences {

    private Sentences() {
    }

    static final Doc.Parse RUTO_TRIP = Doc.p("Kenyan President William Ruto has started his trip to Tokyo, where he is scheduled to hold talks with Japanese Prime Minister Fumio Kishida.",
            "Kenyan/JJ/Kenyan/MISC President/NNP/President/O William/NNP/William/PERSON Ruto/NNP/Ruto/PERSON has/VBZ/have/O started/VBN/start/O his/PRP$/he/O trip/NN/trip/O to/IN/to/O Tokyo/NNP/Tokyo/LOCATION ,/,/,/O where/WRB/where/O he/PRP/he/O is/VBZ/be/O scheduled/VBN/schedule/O to/TO/to/O hold/VB/hold/O talks/NNS/talk/O with/IN/with/O Japanese/JJ/Japanese/MISC Prime/NNP/Prime/O Minister/NNP/Minister/O Fumio/NNP/Fumio/PERSON Kishida/NNP/Kishida/PERSON ./././O",
            "root:0:6 amod:2:1 compound:4:2 compound:4:3 nsubj:6:4 aux:6:5 nmod:poss:8:7 obj:6:8 case:10:9 nmod:to:8:10 punct:10:11 advmod:15:12 nsubj:pass:15:13 nsubj:xsubj:17:13 aux:pass:15:14 acl:relcl:10:15 mark:17:16 xcomp:15:17 obj:17:18 case:24:19 amod:22:20 compound:22:21 compound:24:22 compound:24:23 nmod:with:18:24 punct:6:25");

    static final Doc.Parse FRANCE_NOT_SUPPLY = Doc.p("France said it would not supply weapons to Serbia.",
            "France/NNP/France/LOCATION said/VBD/say/O it/PRP/it/O would/MD/would/O not/RB/not/O supply/VB/supply/O weapons/NNS/weapon/O to/IN/to/O Serbia/NNP/Serbia/LOCATION ./././O",
            "root:0:2 nsubj:2:1 nsubj:6:3 aux:6:4 advmod:6:5 ccomp:2:6 obj:6:7 case:9:8 obl:to:6:9 punct:2:10");

    static final Doc.Parse IRAN_COULD_SEND = Doc.p("Officials fear that Iran could send missiles to Yemen.",
            "Officials/NNS/official/O fear/VBP/fear/O that/IN/that/O Iran/NNP/Iran/LOCATION could/MD/could/O send/VB/send/O missiles/NNS/missile/O to/IN/to/O Yemen/NNP/Yemen/LOCATION ./././O",
            "root:0:2 nsubj:2:1 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 obj:6:7 case:9:8 obl:to:6:9 punct:2:10");

    static final Doc.Parse CHELSEA_BEAT = Doc.p("Chelsea beat Arsenal in the cup final on Sunday.",
            "Chelsea/NNP/Chelsea/ORGANIZATION beat/VBD/beat/O Arsenal/NNP/Arsenal/ORGANIZATION in/IN/in/O the/DT/the/O cup/NN/cup/O final/JJ/final/O on/IN/on/O Sunday/NNP/Sunday/DATE ./././O",
            "root:0:2 nsubj:2:1 obj:2:3 case:6:4 det:6:5 obl:in:2:6 amod:6:7 case:9:8 obl:on:2:9 punct:2:10");

    static final Doc.Parse GERMANY_CONDEMN = Doc.p("Germany condemned the attack on Poland.",
            "Germany/NNP/Germany/LOCATION condemned/VBD/condemn/O the/DT/the/O attack/NN/attack/O on/IN/on/O Poland/NNP/Poland/LOCATION ./././O",
            "root:0:2 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:on:4:6 punct:2:7");

    static final Doc.Parse POLICE_ARREST = Doc.p("Police in Lagos arrested two Nigerian students, according to local media.",
            "Police/NNS/police/O in/IN/in/O Lagos/NNP/Lagos/LOCATION arrested/VBD/arrest/O two/CD/two/O Nigerian/JJ/Nigerian/MISC students/NNS/student/O ,/,/,/O according/VBG/accord/O to/IN/to/O local/JJ/local/O media/NNS/media/O ./././O",
            "root:0:4 nsubj:4:1 case:3:2 nmod:in:1:3 nummod:7:5 amod:7:6 obj:4:7 punct:4:8 case:12:9 fixed:9:10 amod:12:11 obl:according_to:4:12 punct:4:13");

    static final Doc.Parse BRAZIL_MET = Doc.p("Brazil and Argentina met in 2015 to discuss trade.",
            "Brazil/NNP/Brazil/LOCATION and/CC/and/O Argentina/NNP/Argentina/LOCATION met/VBD/meet/O in/IN/in/O 2015/CD/2015/DATE to/TO/to/O discuss/VB/discuss/O trade/NN/trade/O ./././O",
            "root:0:4 nsubj:4:1 nsubj:xsubj:8:1 cc:3:2 conj:and:1:3 nsubj:4:3 nsubj:xsubj:8:3 case:6:5 obl:in:4:6 mark:8:7 xcomp:4:8 obj:8:9 punct:4:10");

    static final Doc.Parse EGYPT_HOST = Doc.p("The Egyptian foreign minister plans to host his Jordanian counterpart in Cairo.",
            "The/DT/the/O Egyptian/JJ/Egyptian/MISC foreign/NN/foreign/O minister/NN/minister/O plans/VBZ/plan/O to/TO/to/O host/VB/host/O his/PRP$/he/O Jordanian/JJ/Jordanian/MISC counterpart/NN/counterpart/O in/IN/in/O Cairo/NNP/Cairo/LOCATION ./././O",
            "root:0:5 det:4:1 amod:4:2 compound:4:3 nsubj:5:4 nsubj:xsubj:7:4 mark:7:6 xcomp:5:7 nmod:poss:10:8 amod:10:9 obj:7:10 case:12:11 nmod:in:10:12 punct:5:13");

    static final Doc.Parse SANCTIONS_PASSIVE = Doc.p("Sanctions were imposed on Syria by the European Union.",
            "Sanctions/NNPS/Sanctions/O were/VBD/be/O imposed/VBN/impose/O on/IN/on/O Syria/NNP/Syria/LOCATION by/IN/by/O the/DT/the/O European/NNP/European/ORGANIZATION Union/NNP/Union/ORGANIZATION ./././O",
            "root:0:3 nsubj:pass:3:1 aux:pass:3:2 case:5:4 obl:on:3:5 case:9:6 det:9:7 compound:9:8 obl:agent:3:9 punct:3:10");

    static final Doc.Parse TURKEY_THREATENS = Doc.p("Turkey threatens to attack Kurdish rebels",
            "Turkey/NNP/Turkey/LOCATION threatens/VBZ/threaten/O to/TO/to/O attack/VB/attack/O Kurdish/JJ/kurdish/MISC rebels/NNS/rebel/O",
            "root:0:2 nsubj:2:1 nsubj:xsubj:4:1 mark:4:3 xcomp:2:4 amod:6:5 obj:4:6");

    static final Doc.Parse CONCERN_DRILLS = Doc.p("The prime minister expressed concern over Chinese military drills near Taiwan.",
            "The/DT/the/O prime/JJ/prime/O minister/NN/minister/O expressed/VBD/express/O concern/NN/concern/O over/IN/over/O Chinese/JJ/Chinese/MISC military/JJ/military/O drills/NNS/drill/O near/IN/near/O Taiwan/NNP/Taiwan/LOCATION ./././O",
            "root:0:4 det:3:1 amod:3:2 nsubj:4:3 obj:4:5 case:9:6 amod:9:7 amod:9:8 nmod:over:5:9 case:11:10 obl:near:4:11 punct:4:12");

    static final Doc.Parse PERU_DENIED = Doc.p("Peru denied that it had expelled Bolivian diplomats.",
            "Peru/NNP/Peru/LOCATION denied/VBD/deny/O that/IN/that/O it/PRP/it/O had/VBD/have/O expelled/VBN/expel/O Bolivian/JJ/Bolivian/MISC diplomats/NNS/diplomat/O ./././O",
            "root:0:2 nsubj:2:1 mark:6:3 nsubj:6:4 aux:6:5 ccomp:2:6 amod:8:7 obj:6:8 punct:2:9");
}
