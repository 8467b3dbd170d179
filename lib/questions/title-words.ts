// Closed vocabularies for reading "Title Name" sequences. These are ordinary English
// words for offices and institutions, never names from any particular document.

/** Words that head an office: the name follows them (or their "of …" qualifier). */
export const OFFICE_HEADS = new Set([
  "president", "vice-president", "president-elect", "minister", "councilor", "councillor", "premier", "vice-premier",
  "chancellor", "secretary", "secretary-general", "chief", "ambassador", "chairman", "chairwoman", "chairperson",
  "governor", "mayor", "director", "director-general", "spokesperson", "spokesman", "spokeswoman", "envoy",
  "commissioner", "speaker", "general", "senator", "king", "queen", "prince", "princess", "emir", "sultan",
  "representative", "commander", "consul", "consul-general", "counselor", "counsellor", "leader", "chair",
  "governor-general",
]);

/** Words that end an institution in a title qualifier ("of the Afghan Interim Government"). */
export const INSTITUTION_WORDS = new Set([
  "government", "ministry", "affairs", "state", "staff", "council", "committee", "commission", "office", "party",
  "republic", "kingdom", "assembly", "parliament", "congress", "nations", "union", "organization", "organisation",
  "department", "army", "forces", "force", "navy", "bank", "court", "federation", "administration", "cabinet",
  "senate", "bureau", "agency", "security", "defense", "defence", "corps", "conference", "authority",
  "cooperation", "development", "commerce", "trade", "finance", "economy", "education", "health", "justice",
  "interior", "agriculture", "energy", "environment", "culture", "planning", "industry", "technology", "transport",
  "communications", "relations", "region", "province", "city", "municipality", "people", "action", "protection",
  "reform", "resources", "welfare", "services", "research", "science", "tourism", "sports", "youth", "labour", "labor",
  "housing", "water", "infrastructure", "immigration", "customs", "initiative", "corridor", "forum", "dialogue",
  "summit", "mechanism", "program", "programme", "strategy", "treaty", "agreement", "movement", "road", "belt",
  "academy", "university", "institute", "center", "centre", "foundation", "association", "company", "group",
  "policy", "representative",
]);

/** Capitalised words that open sentences or phrases and are never part of a title or name. */
export const NOT_NAME_WORDS = new Set([
  "on", "in", "at", "while", "when", "during", "after", "before", "also", "meanwhile", "later", "however", "the", "a",
  "an", "this", "that", "these", "those", "he", "she", "they", "it", "we", "i", "both", "for", "with", "as", "by",
  "from", "to", "and", "of", "but", "noting", "according", "visiting", "his", "her", "their", "our", "its",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "xinhua",
  "since", "following", "upon", "under", "despite", "amid", "through", "including", "whether", "if", "although",
  "though", "because", "once", "until", "unlike", "besides", "additionally", "moreover", "furthermore", "speaking",
  "addressing", "stressing", "noting", "recalling", "welcoming", "calling", "hailing", "photo", "file",
]);

/** Lower-case words allowed inside a title ("Councilor and Foreign Minister", "Minister of State for …"). */
export const TITLE_CONNECTORS = new Set(["of", "the", "for", "and"]);
