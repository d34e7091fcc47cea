"""Common English first names that tell a man from a woman.

Source: general knowledge of the given names most often borne in the United
States and the United Kingdom (the kind of list the US Social Security
Administration and the UK Office for National Statistics publish by birth
year), kept to names borne almost only by one sex.  Names given to both
(Jordan, Taylor, Pat, Kim, Jean, Leslie, Robin, Chris, Alex, Sam, Dana,
Terry, Lee, Kelly, Andrea ...) are left out, and so are names that are
common words or surnames first (Will, Mark, Grant, Carson).  Lower case.
"""

from __future__ import annotations

#: First names borne (almost) only by men, lower case.
MALE_FIRST_NAMES: frozenset[str] = frozenset(
    {"aaron", "abe", "abraham", "adam", "al", "alan", "albert", "alberto", "alec",
     "alejandro", "alexander", "alfred", "alfredo", "allan", "alvin", "ambrose",
     "andre", "andrew", "andy", "angelo", "anthony", "antonio", "archie", "arnold",
     "arthur", "austin", "barack", "barney", "barry", "bart", "ben", "benjamin",
     "bennie", "bernard", "bernie", "bert", "bill", "billy", "bob", "bobby", "boris",
     "brad", "bradley", "brandon", "brendan", "brent", "brett", "brian", "bruce",
     "bryan", "bryce", "byron", "calvin", "carl", "carlos", "cecil", "chad", "charles",
     "charlie", "chester", "chuck", "clarence", "claude", "clayton", "clifford",
     "clint", "clyde", "cody", "colin", "connor", "conor", "corey", "cory", "craig",
     "curt", "curtis", "dan", "daniel", "danny", "darrell", "darren", "dave", "david",
     "dean", "dennis", "derek", "desmond", "dick", "diego", "dominic", "don", "donald",
     "doug", "douglas", "duane", "duncan", "dustin", "dwight", "ed", "eddie", "edgar",
     "eduardo", "edward", "edwin", "elijah", "elliot", "elliott", "elmer", "emmanuel",
     "enrique", "eric", "erik", "ernest", "ernie", "eugene", "evan", "everett", "felix",
     "fernando", "floyd", "francis", "francisco", "frank", "frankie", "fred", "freddie",
     "frederick", "gabriel", "gary", "gavin", "geoff", "geoffrey", "george", "gerald",
     "gerard", "gilbert", "glenn", "gordon", "graham", "greg", "gregg", "gregory",
     "gus", "guy", "hal", "hank", "harold", "harry", "harvey", "hector", "henry",
     "herbert", "herman", "howard", "hugh", "hugo", "ian", "isaac", "ivan", "jack",
     "jacob", "jake", "james", "jared", "jason", "javier", "jay", "jeb", "jeff",
     "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe", "joel", "joey",
     "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua",
     "juan", "julian", "julius", "justin", "karl", "keith", "ken", "kenneth", "kenny",
     "kevin", "kirk", "kurt", "kyle", "lance", "larry", "lawrence", "leo", "leon",
     "leonard", "leroy", "lloyd", "lonnie", "louis", "lucas", "luis", "luke", "lyndon",
     "malcolm", "manuel", "marc", "marco", "marcus", "mario", "martin", "marty",
     "marvin", "matt", "matthew", "maurice", "max", "melvin", "michael", "miguel",
     "mike", "miles", "milton", "mitch", "mitt", "mohammed", "muhammad", "nathan",
     "nathaniel", "ned", "neil", "newt", "nicholas", "nick", "nigel", "noah", "norman",
     "oliver", "omar", "orrin", "oscar", "otto", "owen", "pablo", "patrick", "paul",
     "pedro", "percy", "pete", "peter", "phil", "philip", "phillip", "pierre", "rafael",
     "ralph", "ramon", "rand", "randall", "randolph", "randy", "raul", "ray", "raymond",
     "reggie", "reginald", "rex", "ricardo", "richard", "rick", "ricky", "rob",
     "robert", "roberto", "robby", "rod", "rodney", "roger", "roland", "ron", "ronald", "ronnie",
     "roy", "rudolph", "rudy", "rupert", "russ", "ryan", "salvador", "samuel", "saul",
     "scott", "sean", "sergio", "seth", "shawn", "sheldon", "sherrod", "sidney",
     "simon", "stanley", "stephen", "steve", "steven", "stewart", "stuart", "tad",
     "ted", "teddy", "theodore", "thomas", "tim", "timothy", "toby", "todd", "tom",
     "tommy", "tony", "travis", "trent", "trevor", "troy", "tyler", "vernon", "victor",
     "vince", "vincent", "vladimir", "wade", "walter", "wayne", "wesley", "wilbur",
     "willard", "william", "willie", "xavier", "zach", "zachary"}
)  # fmt: skip

#: First names borne (almost) only by women, lower case.
FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    {"abigail", "ada", "adele", "adriana", "agnes", "alexandra", "alice", "alicia",
     "alison", "allison", "alma", "amanda", "amber", "amelia", "amy", "ana", "angela",
     "angelina", "angie", "anita", "ann", "anna", "anne", "annette", "annie",
     "antoinette", "arlene", "audrey", "barbara", "beatrice", "becky", "belinda",
     "bernadette", "beth", "bethany", "betsy", "betty", "beverly", "bonnie", "brenda",
     "bridget", "brittany", "camille", "candace", "cara", "carla", "carly", "carmen",
     "carol", "carole", "caroline", "carolyn", "carrie", "catherine", "cathy",
     "cecilia", "charlotte", "chelsea", "cheryl", "christina", "christine", "cindy",
     "claire", "clara", "claudia", "colleen", "connie", "constance", "cynthia", "daisy",
     "darlene", "dawn", "debbie", "deborah", "debra", "deirdre", "delores", "denise",
     "diana", "diane", "dianne", "dolores", "donna", "doris", "dorothy", "edith",
     "edna", "eileen", "elaine", "eleanor", "elena", "elisabeth", "elise", "eliza",
     "elizabeth", "ella", "ellen", "eloise", "elsie", "emily", "emma", "erica", "erika",
     "erin", "esther", "ethel", "eva", "eve", "evelyn", "faith", "felicia", "fiona",
     "florence", "frances", "gail", "gayle", "georgia", "geraldine", "gertrude", "gina",
     "gladys", "gloria", "grace", "gwen", "gwendolyn", "hannah", "harriet", "hazel",
     "heather", "heidi", "helen", "helena", "hilary", "hillary", "holly", "hope", "ida",
     "ilene", "ingrid", "irene", "iris", "isabel", "isabella", "ivanka", "jackie",
     "jacqueline", "jane", "janet", "janice", "jasmine", "jeanette", "jeanne",
     "jennifer", "jenny", "jessica", "jill", "joan", "joann", "joanna", "joanne",
     "jodi", "josephine", "joy", "joyce", "judith", "judy", "julia", "julie", "juliet",
     "karen", "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina",
     "katy", "kay", "kayla", "kellyanne", "kirsten", "kristen", "kristi", "kristin",
     "laura", "lauren", "laurie", "leah", "lena", "lillian", "lily", "linda", "lisa",
     "lois", "loretta", "lori", "lorraine", "louise", "lucia", "lucille", "lucy",
     "lydia", "lynda", "lynne", "mabel", "madeleine", "madeline", "maggie", "marcia",
     "margaret", "margarita", "maria", "marian", "marianne", "marie", "marilyn",
     "marjorie", "marlene", "marsha", "martha", "mary", "maureen", "maxine", "megan",
     "megyn", "melania", "melanie", "melinda", "melissa", "meredith", "michele",
     "michelle", "mildred", "mindy", "miranda", "miriam", "molly", "monica", "muriel",
     "myra", "nancy", "naomi", "natalie", "nellie", "nicole", "nikki", "nina", "nora",
     "norma", "olga", "olivia", "paige", "pamela", "patricia", "patsy", "patty",
     "paula", "pauline", "pearl", "peggy", "penelope", "penny", "phyllis", "priscilla",
     "rachel", "rebecca", "regina", "renee", "rhonda", "rita", "roberta", "rosa", "rosalind",
     "rose", "rosemary", "roxanne", "ruby", "ruth", "sabrina", "sally", "samantha",
     "sandra", "sara", "sarah", "sharon", "sheila", "shelley", "sherry", "shirley",
     "sofia", "sonia", "sophia", "sophie", "stella", "stephanie", "sue", "susan",
     "susanne", "suzanne", "sylvia", "tamara", "tammy", "tanya", "teresa", "theresa",
     "tiffany", "tina", "tricia", "trisha", "valerie", "vanessa", "vera", "veronica",
     "vicki", "vickie", "victoria", "viola", "violet", "virginia", "vivian", "wanda",
     "wendy", "yolanda", "yvonne", "zoe"}
)  # fmt: skip

#: First names given to men and women alike: they tell a name (``Jo Lind,
#: Reporter`` is a byline) but not a sex.  Lower case.
UNISEX_FIRST_NAMES: frozenset[str] = frozenset(
    {"jordan", "taylor", "pat", "kim", "jean", "leslie", "robin", "chris", "alex", "sam",
     "dana", "terry", "lee", "kelly", "andrea", "jo", "jamie", "casey", "morgan", "riley",
     "jesse", "drew", "avery", "cameron",
     "quinn", "toni", "sydney", "blair", "shannon", "jody", "jodie", "kerry",
     "lindsay", "lindsey", "lynn", "marion", "noel", "rene", "stacy", "tracy", "val",
     "ali", "sasha", "dale", "devon", "emerson", "finley", "harper", "hayden", "jules",
     "kai", "kendall", "logan", "parker", "peyton", "reese", "rory", "rowan", "skyler",
     "tatum", "aubrey", "bobbie", "billie", "carey", "cary", "corey",
     "courtney", "darcy", "eden", "ellis", "gale", "hadley", "jess", "joss",
     "kris", "mackenzie", "micah", "nico", "remy", "robbie", "shay", "shea"}
)  # fmt: skip

#: Months' names, as written, that are also first names: before a capitalised
#: word they open a person's name (``Jan Novak``, ``June Carter``, ``Jun Okada``),
#: not a date.
MONTH_FIRST_NAMES: frozenset[str] = frozenset({"Jan", "Jun", "April", "June", "August"})

#: First names that are also common words (``hope``, ``bill``, ``grace``): in
#: text written all in lower case they open a name only where a cue or a title
#: shows one.
WORD_FIRST_NAMES: frozenset[str] = frozenset(
    {"amber", "dawn", "faith", "grace", "guy", "hope", "joy", "max", "miles", "pat",
     "penny", "rose", "ruby", "rod", "rob", "sue", "ray", "rex", "val", "iris", "holly",
     "heather", "hazel", "pearl", "daisy", "lance", "violet", "carol", "chuck", "dick",
     "don", "jack", "frank", "bill", "dale", "dean", "eve", "drew", "gale", "wade",
     "rand", "jay", "kay", "al", "ed", "jo", "ken", "tad", "jess", "kai", "hank", "gus",
     "chad", "georgia", "virginia", "florence", "austin", "eden", "ellis", "cary",
     "sydney", "parker", "harper", "mackenzie", "hadley", "taylor", "logan", "bart",
     "saul", "trent", "nick", "pete", "kelly", "lee", "will", "sasha", "toby", "vera",
     "gay", "rusty", "sandy", "summer", "major", "mark", "june", "april", "august"}
)  # fmt: skip

# Common first names of Russian, Ukrainian and Bulgarian copy, in Cyrillic (a
# byline's name alone on its line, a pronoun's antecedent: ``Анна Смирнова``).
# Source: general knowledge of the given names most borne in these countries.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"александр", "алексей", "андрей", "антон", "борис", "вадим", "виктор", "владимир",
     "дмитрий", "евгений", "иван", "игорь", "константин", "максим", "михаил", "николай",
     "олег", "павел", "пётр", "петр", "роман", "сергей", "юрий", "олександр", "олексій",
     "андрій", "віктор", "володимир", "дмитро", "ігор", "микола", "михайло", "петро",
     "сергій", "юрій", "тарас", "богдан", "георги", "димитър", "стефан", "христо"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"анна", "мария", "елена", "ольга", "наталья", "татьяна", "ирина", "екатерина",
     "светлана", "юлия", "марина", "оксана", "олена", "наталія", "тетяна", "ірина",
     "юлія", "людмила", "марія", "десислава", "гергана"}
)  # fmt: skip

# Common first names of Polish, Czech, Slovak, Croatian, Hungarian, Romanian and
# Turkish copy (a name after an office in capitals starts at its first name:
# ``Prezes Związku Powiatów Marek Lewandowski``, ``Sağlık Bakanı Kemal Aydın``).
# Source: general knowledge of the given names most borne in these countries;
# names that are English words or surnames too are left out.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"tomasz", "marek", "piotr", "krzysztof", "andrzej", "paweł", "michał", "marcin",
     "jakub", "wojciech", "grzegorz", "łukasz", "mateusz", "jiří", "petr", "josef",
     "jaroslav", "miroslav", "zdeněk", "václav", "karel", "lukáš", "jozef", "ján",
     "ľubomír", "ivan", "ante", "goran", "zoran", "dragan", "marko", "gábor",
     "ladislav", "tomáš", "ondřej", "pavel", "michal", "andrej", "juraj", "marián",
     "lászló", "istván", "zoltán", "péter", "józsef", "sándor", "ferenc", "attila",
     "mihai", "ionuț", "ionuţ", "andrei", "vasile", "gheorghe", "dumitru", "florin",
     "mehmet", "ahmet", "mustafa", "kemal", "murat", "hüseyin", "hasan", "emre",
     "burak", "cem", "oğuz", "yusuf", "ömer"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"martina", "kristína", "veronika", "katarína", "katarzyna", "małgorzata", "agnieszka", "magdalena", "joanna", "ewa", "petra",
     "jana", "lenka", "tereza", "hana", "zuzana", "ivana", "marija", "ana", "erzsébet",
     "katalin", "zsuzsanna", "éva", "ioana", "elena", "mihaela", "andreea", "ayşe",
     "fatma", "zeynep", "elif", "selin", "emine", "büşra"}
)  # fmt: skip

# Common first names of Spanish, Portuguese, Italian, Scandinavian, Slavic (in
# Latin letters), South Asian, Arabic and West African origin met in English copy (a pronoun's
# antecedent: ``City boss Marta Kowalczyk ...  "...," she said``).  Source:
# general knowledge of the given names most borne in these communities; names
# that are English words or surnames too (Jade, Hope, Iris) are
# left out, and so are names given to both (Yuki, Andrea).
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"joão", "joao", "rui", "bruno", "henrik", "lars", "sven", "jamal", "tariq",
     "ahmed", "hamza", "rahul", "arjun", "vikram", "sanjay", "rajesh", "amit",
     "kwame", "kofi", "kwabena", "emeka", "chukwuemeka", "dmitri", "sergei",
     "oleksandr", "andriy"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"marta", "marina", "nadia", "priya", "irina", "svetlana", "natalia", "inês",
     "ines", "beatriz", "francesca", "giulia", "chiara", "astrid", "sigrid", "fatima",
     "aisha", "amina", "ayesha", "anjali", "deepa", "sunita", "lakshmi", "monika",
     "catarina", "joana", "ama", "akua", "abena", "ngozi", "chiamaka", "yasmin",
     "leila", "layla"}
)  # fmt: skip

# Common first names of German and Dutch copy (``Lukas Brandauer``, ``Katrin
# Vogel``): a name of one sex tells the pronoun for it, over an honorific of the
# surname that a relative of the other sex bears (``Mrs. Brandauer``).
# Source: general knowledge of the given names most borne in Germany, Austria and
# the Netherlands; names that are English words or surnames too are left out.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | frozenset(
    {"lukas", "jonas", "stefan", "matthias", "jürgen", "klaus", "dieter", "wolfgang",
     "uwe", "helmut", "pieter", "henk", "joost", "maximilian", "tobias", "florian"}
)  # fmt: skip
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | frozenset(
    {"katrin", "ursula", "sabine", "birgit", "heike", "anke", "gisela", "annelies",
     "anneliese", "jutta"}
)  # fmt: skip
