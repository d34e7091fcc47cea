"""Boilerplate vocabularies: the phrases that mark text to drop from a story.

Sources: the closing matter of wire stories (Reuters ``Reuter`` sign-offs,
``(Reporting by ...; Editing by ...)`` credit lines, the ``Our Standards``
trailer; AFP desk codes such as ``bur-dar/fz``; dpa closing lines such as
``dpa so yyon z2 a3 vni/dmo``; EFE sign-offs such as ``EFE jrr/mla``), and
the page furniture of newspaper and aggregator sites (Straits Times,
Bloomberg, AP, Breitbart, UPI and others): promos, newsletter sign-ups,
share widgets, "more on this topic" lists, update stamps, copyright and
imprint lines.  Phrases are matched at the start of a block, ignoring case
unless noted.
"""

from __future__ import annotations

#: Agencies whose name alone (optionally followed by desk initials) signs off
#: a story: ``Reuter``, ``AFP``, ``dpa so yyon z2 a3 vni/dmo``, ``EFE jrr/mla``.
#: Matched case-sensitively except for the Reuters forms.
SIGNOFF_AGENCIES: tuple[str, ...] = (
    "AAP", "AFP", "ANP", "ANSA", "AP", "APA", "Bernama", "CNA", "CP", "dpa", "DPA",
    "EFE", "IANS", "Itar-Tass", "Kyodo", "Lusa", "PTI", "Reuter", "Reuters", "SPA",
    "TASS", "UPI", "WAM", "Xinhua", "XINHUA", "Yonhap", "NNA", "Interfax", "KUNA",
    "ANI", "AA", "IRNA", "MENA", "SANA", "APS", "Prensa Latina", "Notimex",
    "BERNAMA", "KYODO", "YONHAP", "LUSA", "Antara", "ANTARA", "Kyodo News",
    "dpa-AFX", "NTB", "TT", "STT", "Belga", "SDA", "Keystone-SDA", "CTK", "PAP", "MTI",
    "HINA", "BTA", "Agerpres", "Tanjug", "Ritzau", "Anadolu", "ANA-MPA", "Jiji", "UNI",
    # Central and Eastern European and Baltic agencies as they sign off: (Hina) ik ms
    "Hina", "ČTK", "TASR", "STA", "ELTA", "LETA", "BNS", "AGERPRES", "ТАСС", "БТА",
    # Daily Maverick signs its stories off with its initials: ... in July. DM
    "DM", "DM168",
    # the Vietnam News Agency, alone under its stories (VietnamPlus), and Viet
    # Nam News's service (... per cent. — VNS)
    "VNA", "VNS",
    # the Philippine News Agency, in brackets at the end of its stories: ... recovered. (PNA)
    "PNA",
    # Finland's agency's Swedish service (Finska Notisbyrån), under the stories
    # Hufvudstadsbladet and Svenska Yle run: ... på tisdag borta mot Tappara. / FNB
    "FNB",
    # the regional press's agencies: Morocco's MAP (... en eau. / (MAP)), Argentina's
    # Télam, the Swiss agency's French service (Keystone-ATS), and the Canadian Press
    # under a French story (... de l'automne. / La Presse canadienne)
    "MAP", "Télam", "ATS", "Keystone-ATS", "La Presse canadienne",
)  # fmt: skip

#: Openings of a forwarded newsletter's sign-up line (``Forwarded this email?
#: Subscribe here``), which may stand over the masthead and the story.  Lower case.
FORWARDED_NOTES: tuple[str, ...] = (
    "forwarded this email?", "was this email forwarded to you?", "was this forwarded to you?",
    # the same note in other languages' newsletters
    "si te han reenviado este correo", "si te han reenviado esta newsletter",
    "on vous a transféré cette newsletter", "on vous a transféré ce mail",
    "wurde ihnen dieser newsletter weitergeleitet", "ti hanno inoltrato questa newsletter",
    "recebeu esta newsletter de um amigo",
)  # fmt: skip

#: Openings of an article's audio player notes (a synthetic voice reads the
#: story), which a copied page may open with, over the headline.  Lower case.
AUDIO_PLAYER_NOTES: tuple[str, ...] = (
    "listen to this article", "listen to this story", "listen to article",
    "press play to listen", "voiced by artificial intelligence",
    "this audio is auto-generated", "this audio was auto-generated",
    # Fox News, its NEW label glued on: NEWYou can now listen to Fox News articles!
    "you can now listen to", "newyou can now listen to",
    # the same players on pages in other languages
    "ascolta la versione audio", "ascolta l'articolo", "ascolta l\u2019articolo",
    "écouter cet article", "écouter l'article", "écouter l\u2019article", "artikel anhören",
    "artikel vorlesen", "escuchar artículo", "escuchar noticia", "escucha esta noticia",
    "ouvir este artigo", "ouvir artigo", "ouvir notícia", "ouvir o texto", "ouvir texto",
)  # fmt: skip

#: Openings of promos: calls to join channels, read more, sign up, subscribe.
PROMO_OPENINGS: tuple[str, ...] = (
    "join st's", "join us on", "join our", "most read from", "more from bloomberg",
    "read more:", "read more at", "read more here", "read more from", "read the rest",
    "read the full", "read the original", "read it all", "read it here", "also read:",
    "sign up for", "sign up to", "sign up here", "subscribe to", "subscribe now",
    "subscribe here", "get the latest", "get our", "download the", "download our",
    "follow us on", "click here", "don't miss", "don’t miss", "this article was originally",
    "this story was originally", "as published in", "originally published", "like the page",
    "this article originally appeared", "this story originally appeared",
    "this article first appeared", "this story first appeared",
    "this article is republished from", "this article was republished",
    "join the conversation", "join the discussion", "listen to this article",
    "listen to this story", "listen to article",
    *AUDIO_PLAYER_NOTES,
    # a text-to-speech player's sign-off under the story it reads
    "thank you for listening", "thanks for listening",
    # a paywall's calls over the rest of the story
    "subscribe for full access", "create a free account to", "log in to continue reading",
    "log in to keep reading", "this content is for subscribers", "become a member to read",
    # a newsletter box's call in Portuguese and Spanish (Folha, El País)
    "receba no seu e-mail", "receba no seu email", "recibe en tu correo",
    "recíbelo en tu correo",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "lire aussi", "à lire aussi",
    "a lire aussi", "lea también", "lee también", "leia também", "leia mais",
    "want more", "listen to the",
    # German, French, Spanish, Italian and Portuguese pages
    "mehr lesen", "weiterlesen", "newsletter abonnieren", "jetzt abonnieren",
    "abonnieren sie", "voir aussi", "lire la suite", "abonnez-vous", "inscrivez-vous",
    "ver también", "lea más:", "lee más:", "suscríbete", "leggi anche", "leggi pure",
    "vedi anche", "iscriviti", "veja também", "veja mais:",
    # the read-also links of Polish, Nordic, Dutch, Finnish, Romanian, Turkish and
    # Indonesian pages, with their colon (Baca juga buku itu ... is a sentence):
    # Czytaj także: ..., Läs också: ..., Baca juga: ...
    "czytaj także:", "czytaj też:", "czytaj również:", "läs också:", "les også:", "læs også:",
    "lees ook:", "lue myös:", "citește și:", "citeste si:", "ayrıca okuyun:", "baca juga:",
    # ... and of Russian, Ukrainian, Bulgarian, Czech, Slovak, Balkan, Hungarian and
    # Baltic pages (Читайте также: ..., Přečtěte si také: ..., Pročitajte i: ...)
    "читайте также:", "читайте еще:", "читайте ещё:", "читайте також:", "дивіться також:",
    "читайте още:", "вижте още:", "přečtěte si také:", "čtěte také:", "prečítajte si aj:",
    "čítajte aj:", "pročitajte i:", "pročitajte još:", "preberite tudi:", "olvassa el:",
    "loe ka:", "skaitykite taip pat:", "lasiet arī:",
    "watch:", "watch the video", "video:", "vídeo:", "podcast:", "newsletter:", "go deeper:",
    "have a confidential tip", "thanks for reading!", "thanks for reading.",
    # a letters page's standing note on sending letters: Letters may be edited for
    # length. Write to letters@example.com
    "letters may be edited", "letters are edited", "letters should include",
    "letters must include", "send your letters to", "email your letters to",
    "catch all the", "this report by the canadian press was first published",
    # the same line in brackets (The Economic Times): (Catch all the Business News ...)
    "(catch all the",
    # Indian portals' line under every story (NDTV, Hindustan Times): Track Latest
    # News Live on ..., Get Latest India News along with ...
    "track latest news", "get latest news", "get latest india news", "get latest world news",
    "get latest business news", "get latest entertainment news", "get latest sports news",
    "before it's here, it's on the", "before it’s here, it’s on the",
    # a newsletter's sign-up form and its small print (Los Angeles Times), a
    # subscription appeal (The Japan Times), a wire's note on its site's
    # stories (Anadolu)
    "enter email address", "enter your email", "sign me up",
    # a newsletter platform's sign-up box (Substack), a search engine's follow button
    "discover more from", "type your email", "add us as a preferred source on google",
    "you may occasionally receive promotional content",
    "by subscribing, you can help us", "in a time of both misinformation and too much",
    "anadolu agency website contains only a portion", "join thought-provoking conversations",
    # a writer's appeal under the story (The Kyiv Independent), a membership
    # promo (Daily Maverick), a site's read-more link (Euractiv)
    "note from the author", "gift a daily maverick", "read more with",
    # a sign-up box's small print (The Times of Israel), a membership call
    # under a reader-funded site's appeal (The Kyiv Independent)
    "by signing up, you agree", "by signing up you agree", "by subscribing, you agree",
    "become a member today", "become a member now",
    # a request for tips under an investigation, a plea for support (reader-funded
    # sites), a feedback widget
    "do you have information about", "do you have a tip", "have a tip?", "got a tip?",
    "have a news tip?", "got a news tip?", "have a story idea?", "got a story idea?",
    "help safeguard press freedom", "support independent journalism",
    "support our journalism", "was this article helpful", "was this helpful",
    # a writer's contact line under a bio, a comment section's policy
    "connect via twitter", "connect via email", "connect via x", "comments will be moderated",
    # a wire's note on its services under every story (Bernama), a page's
    # error-report and feedback lines (The Star, the Inquirer)
    "bernama provides up-to-date", "report it to us", "found a mistake", "spot an error",
    "for feedback, complaints, or inquiries", "for feedback, complaints or inquiries",
    # a corrections page's closing line: To report an error, email corrections@...
    "to report an error, email", "to report an error, please email",
    "to report an error, contact", "to report an error, please contact",
    "to request a correction, email", "to request a correction, please email",
    "to request a correction, contact", "to request a correction, please contact",
    # a writer's follow button (Haaretz), a note on the story's other edition
    # (Middle East Eye)
    "get email notification", "this article is available in",
    # a classified advert's line under the story (Premium Times); New Zealand's
    # local-body reporting scheme's note under its stories
    "text ad:", "local democracy reporting is",
    # a portal's sign-in box (Yahoo), AP's note under its fact checks
    "sign in to access", "this is part of ap's effort", "this is part of ap\u2019s effort",
    # a comment box's invitation (The Scotsman)
    "want to join the conversation", "members get exclusive access",
    # a podcast page's links to the apps, a forwarded newsletter's sign-up line
    "listen on apple podcasts", "listen on spotify", "listen on google podcasts",
    "subscribe on apple podcasts", "follow on apple podcasts", *FORWARDED_NOTES,
    # a live blog's and an app's promos under the standfirst (Guardian Australia)
    "follow our", "get our breaking news",
    # AP's pointer to its topic hub under a story: Follow AP's coverage of the
    # Supreme Court at https://apnews.com/hub/...
    "follow ap's", "follow ap\u2019s", "follow the ap's", "follow the ap\u2019s",
    "find more of ap's", "find more of ap\u2019s", "find more ap coverage",
    # a paywall's save button (AFR)
    "log in or subscribe",
    # Nordic paywall teasers under a story's first lines (DN, Aftonbladet, VG,
    # Politiken, Berlingske, HS): the lock note, the login and the offer
    "detta är en låst artikel", "för att läsa vidare", "redan prenumerant?", "redan kund?",
    "allerede abonnent?", "kjøp vg+", "denne artikkelen er forbeholdt abonnenter",
    "få adgang til hele artiklen", "denne artikel er forbeholdt abonnenter",
    "tämä artikkeli on vain tilaajille", "oletko jo tilaaja?",
    # the same paywall in English (a regional paper's metered page)
    "already a subscriber?", "already a member?", "already have an account?",
    "get unlimited digital access", "unlimited digital access for",
    "this article is for subscribers", "this article is only available to subscribers",
    "this story is only available to subscribers",
    # a metered paywall's offer and trial buttons under a story's first lines
    # (Substack: Keep reading with a 7-day free trial; Already a paid subscriber?)
    "already a paid subscriber?", "get unlimited access for", "keep reading with a",
    "start your free trial", "start free trial",
    # a betting preview's regulatory footer (UK sites): 18+ | Gamble responsibly |
    # BeGambleAware.org; Odds correct at time of publication and subject to change.
    "18+ | gamble responsibly", "odds correct at time of", "odds correct at the time of",
    "when the fun stops, stop",
    # an e-mail newsletter's sign-off and small print
    # a public broadcaster's underwriting line (PBS NewsHour)
    "support provided by",
    "that's it for today", "that\u2019s it for today", "you are receiving this email",
    "you received this email", "you're receiving this email", "you\u2019re receiving this email",
    "you are receiving this because", "you're receiving this because",
    "you\u2019re receiving this because",
    # the same small print in other languages
    "vous recevez cette newsletter", "vous recevez ce message", "vous recevez cet e-mail",
    "vous recevez ce courriel", "mehr dazu:",
    "sie erhalten diesen newsletter", "sie erhalten diese e-mail", "recibes este correo",
    "du får det här nyhetsbrevet", "du får detta nyhetsbrev", "du mottar dette nyhetsbrevet",
    "du får dette nyhedsbrev", "du modtager dette nyhedsbrev", "saat tämän uutiskirjeen",
    "has recibido este correo", "recibes esta newsletter", "você está recebendo este e-mail",
    "você recebeu este e-mail", "ricevi questa newsletter", "hai ricevuto questa e-mail",
)  # fmt: skip

#: A newsletter's closing words alone on a line over the writer's name
#: (``Herzlich`` / ``Ihr Max Mustermann``), a comma after them or not.  Lower case.
NEWSLETTER_SALUTATIONS: frozenset[str] = frozenset(
    {
        "herzlich", "herzlichst", "herzliche grüße", "viele grüße", "beste grüße",
        "liebe grüße", "mit herzlichen grüßen", "bis morgen", "bleiben sie zuversichtlich",
        "cordialement", "bien à vous", "bien cordialement", "à demain", "amitiés",
        "un saludo", "saludos", "un abrazo", "hasta mañana", "cordiali saluti", "un saluto",
        "a domani", "abraços", "um abraço", "até amanhã", "met vriendelijke groet",
        "hartelijke groet", "best wishes", "best regards", "kind regards", "warm regards",
        "warmly", "yours sincerely", "until tomorrow", "see you tomorrow",
        "hälsningar", "vänliga hälsningar", "med vänlig hälsning", "hilsen", "vennlig hilsen",
        "venlig hilsen", "mange hilsner", "terveisin", "ystävällisin terveisin",
        "pozdrawiam", "z pozdrowieniami", "s pozdravem", "s pozdravom",
    }
)  # fmt: skip

#: What opens a news feed's footer under the story in other languages
#: (WordPress's translations of ``The post X appeared first on Y.``), and the
#: phrase that follows the story's title in it.  Lower case.
FEED_FOOTER_OPENINGS: tuple[str, ...] = (
    "la entrada", "l'article", "l\u2019article", "der beitrag", "o post", "a entrada",
    "l'articolo", "l\u2019articolo", "het bericht", "inlägget",
    # Catalan
    "la publicació", "l'entrada", "l\u2019entrada",
)  # fmt: skip
FEED_FOOTER_PHRASES: tuple[str, ...] = (
    "se publicó primero en", "apareció primero en", "est apparu en premier sur",
    "erschien zuerst auf", "apareceu primeiro em", "proviene da", "verscheen eerst op",
    "dök först upp på", "va aparèixer primer a",
)  # fmt: skip

#: Phrases that make a short block a promo wherever they appear in it.
PROMO_PHRASES: tuple[str, ...] = (
    # The Express Tribune: Like Business on Facebook, follow @TribuneBiz on Twitter ...
    "stay informed and join in the conversation", "delivered straight to your inbox",
    "straight to your inbox",
    # a newsletter's sign-up call over its first item (Politico's digests): Want to
    # receive this in your inbox? Sign up by entering your email ...
    "in your inbox? sign up", "sign up by entering your email",
    # a newsletter writer's call for tips with the address (Politico's digests):
    # WELCOME! Questions? Tips? Events? Email me, jdoe@example.com, ...
    "questions? tips?", "tips? email",
    # membership appeals (The Kyiv Independent): Support independent journalism ... become a member
    "support independent journalism", "journalism costs money",
    # a reader-funded site's appeal under the story (TheJournal.ie): Readers like
    # you are keeping these stories free ...; ... helps keep paywalls away ...
    "readers like you are keeping", "keep paywalls away",
    # an obituary site's shop under the notice (Legacy): To plant trees in memory,
    # please visit the Sympathy Store.
    "plant trees in memory", "visit the sympathy store",
    "telegram channel", "whatsapp channel", "channel on whatsapp", "channel on telegram",
    "google news", "our newsletter",
    "newsletter sign", "free newsletter", "daily newsletter", "sign up for our",
    "on twitter @", "on x @", "follow him on twitter", "follow her on twitter",
    "follow them on twitter", "latest breaking news delivered", "newsletter. sign up here",
    "subscribe for free to", "like the page:", "consider supporting our work",
    "sign up to receive our", "was it helpful?", "by supporting our team",
    "subject to the code of conduct", "click the alert icon", "subscribe to support",
    # an investing site's pitch for its picks, syndicated with its stories
    "should you invest $1,000 in", "analyst team just identified what they believe",
    "stock advisor returns as of",
    # an equity research desk's pitch and pointer under its syndicated notes
    # (Click to get this free report; To read this article on ... click here.)
    "click to get this free report", "to read this article on",
    # a station's pointer to its site under a syndicated story (Nexstar)
    "for the latest news, weather, sports",
    # an opinion page's call for letters (Want to submit a letter to the editor? ...)
    "submit a letter to the editor", "send us a letter to the editor",
    # a local newsletter's pointer under its stories (Axios Local: Get more local
    # stories in your inbox with Axios Denver)
    "stories in your inbox",
    # a newsletter box's call (The Times of Israel: Get The Times of Israel's
    # Daily Edition by email and never miss our top stories)
    "and never miss our", "edition by email",
)  # fmt: skip

#: Calls that open a closing line sending the reader to the outlet's own
#: channels (``Follow all the latest sport on our website.``); the line
#: must name one of :data:`OWN_CHANNELS` after ``our``.  Lower case.
CHANNEL_CALLS: tuple[str, ...] = (
    "follow", "get", "keep up with", "keep up to date with", "stay up to date with",
    "stay up-to-date with", "stay updated with", "stay informed with", "catch up on",
    "catch up with", "read", "watch", "listen to", "stream",
)  # fmt: skip
#: The calls among them that may name the outlet's site by its address
#: instead (``Keep up with the race at example.com``; ``Read the report at
#: example.org`` points elsewhere).  Lower case.
SITE_CALLS: tuple[str, ...] = (
    "follow", "keep up with", "keep up to date with", "stay up to date with",
    "stay up-to-date with", "stay updated with", "stay informed with", "catch up on",
    "catch up with",
)  # fmt: skip
#: The outlet's channels such a call names after ``our`` (``on our app``).  Lower case.
OWN_CHANNELS: tuple[str, ...] = (
    "website", "web site", "site", "app", "apps", "homepage", "home page", "live blog",
    "liveblog", "live page", "live coverage", "blog", "channels", "channel", "social media",
    "podcast", "podcasts", "newsletter", "newsletters", "feed", "feeds",
)  # fmt: skip

#: The last words of a show's, a room's or a desk's name on its line under a
#: headline, over the stamp (``The Riverton Report``, ``Press Briefing Room``,
#: ``Zacks Equity Research``): no writer's name ends with one.  The desks' words
#: make the line ``credits``, the others ``page`` furniture.
NAME_LINE_DESKS: frozenset[str] = frozenset(
    {"Research", "Desk", "Bureau", "Team", "Staff", "Newsroom"}
)
NAME_LINE_HEADS: frozenset[str] = frozenset(
    {
        "Report", "Show", "Hour", "Podcast", "Briefing", "Edition", "Roundup", "Digest",
        "Room", "Chamber", "Hall", "Auditorium", "Studio", "Studios",
    }
)  # fmt: skip

#: Headings, case folded, over one link to another story set inside the story
#: (CNN: ``Related article`` / the title), without a colon.
ONE_LINK_HEADINGS: frozenset[str] = frozenset({"related article", "related story"})

#: Advertising slots left in the text, matched as a whole block.
ADVERTS: tuple[str, ...] = (
    "advertisement", "advertisment", "advert", "sponsored", "sponsored content",
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklame", "annons",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "scroll to continue with content", "ad feedback",
    "video ad feedback", "story continues below", "article continues below", "paid content",
    # The New York Times' ad slots and its sponsor label, alone on their lines
    "skip advertisement", "supported by",
    # the ad's label in Dutch and Portuguese; with the scroll note (Forbes)
    "advertentie", "publicidade", "advertisement - scroll to continue",
)  # fmt: skip

#: Openings of a sponsor's line in a newsletter or over a section, matched
#: ignoring case: ``Presented by Acme Bank.``, ``Brought to you by Acme.``
SPONSOR_OPENINGS: tuple[str, ...] = (
    "presented by", "sponsored by", "brought to you by", "in partnership with",
)  # fmt: skip

#: Openings of share widgets and their lone button labels.
SHARE_OPENINGS: tuple[str, ...] = (
    "thanks for sharing", "share this article", "share this story", "share this page",
    "share this", "share on", "share via", "share article", "click to share",
    "copy link", "link copied", "share or comment on this article", "artikel teilen",
    "partager", "reuse this content",
    # the same widgets' labels on Dutch, Italian, Spanish and Portuguese pages
    "deel dit artikel", "deel dit bericht", "condividi questo articolo",
    "compartir este artículo", "compartir esta noticia", "partilhar este artigo",
    "compartilhe esta notícia",
)  # fmt: skip

#: Names of share buttons; a block made only of these (spaced or glued
#: together, ``FacebookTelegram``) is a share widget.
SHARE_BUTTONS: tuple[str, ...] = (
    "Facebook", "Twitter", "X", "LinkedIn", "Linkedin", "WhatsApp", "Whatsapp", "Telegram",
    "Email", "E-mail", "Mail", "Print", "Reddit", "Pinterest", "Messenger", "Flipboard",
    "WeChat", "Weibo", "Tumblr", "Pocket", "Share", "SHARE", "share2", "Tweet", "Copy link", "Copy", "Comments",
    "SMS", "Line", "Threads", "Bluesky", "Mastodon", "VK", "Xing", "Comment", "Save",
    "Gift Article", "Gift this article", "Share full article", "Listen", "Bookmark", "Follow",
    # a social site's buttons under a post or an article (LinkedIn, Facebook)
    "+ Follow", "Like", "Repost", "Send",
    # the same buttons on pages in other languages (save, share)
    "Guardar", "Compartir", "Teilen", "Merken", "Partager", "Condividi", "Compartilhar",
    "Delen", "Dela", "Udostępnij",
    # a reader app's bookmark button (save for later)
    "Enregistrer", "Opslaan", "Bewaren", "Salva", "Salvar", "Speichern",
    # the share button in Portugal's Portuguese, and Brazil's call to share
    "Partilhar", "Compartilhe",
    # the share menu's label over a public broadcaster's story (CBC)
    "Social Sharing",
)  # fmt: skip

#: The verbs of a share button that names its network after a preposition
#: (``Compartir en Whatsapp``, ``Partager sur Facebook``, ``Share on X``), and
#: the prepositions.  Lower case.
SHARE_VERBS: tuple[str, ...] = (
    "share", "compartir", "partager", "teilen", "condividi", "condividere", "partilhar",
    "compartilhar", "compartilhe", "delen", "deel",
)  # fmt: skip
SHARE_ON_WORDS: tuple[str, ...] = (
    "on",
    "via",
    "en",
    "sur",
    "auf",
    "su",
    "no",
    "na",
    "em",
    "op",
    "per",
)

#: The buttons and labels a page prints over a photo's caption: NPR's
#: ``Enlarge this image``, and the BBC's label alone on its line when the
#: caption is on the next (``Image caption,`` then the description).
CAPTION_OPENERS: tuple[str, ...] = (
    "Enlarge this image", "Image caption,", "Image caption", "Media caption,", "Media caption",
)  # fmt: skip

#: The buttons a page prints around a photo's caption (NPR): the openers
#: over it, ``hide caption`` and ``toggle caption`` (and the credit again)
#: under it.
CAPTION_WIDGETS: tuple[str, ...] = (
    *CAPTION_OPENERS, "toggle caption", "hide caption", "show caption",
    "Toggle caption", "Hide caption", "Show caption",
)  # fmt: skip

#: Mastheads' slogans, printed over the headline of every story on their
#: sites: ``Democracy Dies in Darkness`` (The Washington Post).
SLOGANS: tuple[str, ...] = (
    "Democracy Dies in Darkness", "All the News That's Fit to Print",
    "All the News That\u2019s Fit to Print",
)  # fmt: skip

#: The page's own links; a block made only of these (one, or several joined by
#: bars, dots or commas: ``Terms of Use | Privacy Policy | Contact Us``) is
#: page furniture.  Section names (``News``, ``Business``) are not listed:
#: alone above a headline they are kickers.
PAGE_LINKS: tuple[str, ...] = (
    "Skip to main content", "Skip to content", "Skip to navigation", "Skip navigation",
    "Skip to search", "Skip to footer", "Skip to site index", "Skip to article", "Jump to content", "Back to top", "Home", "Homepage",
    # the link back to the home page in other languages
    "Startseite", "Zur Startseite", "Accueil", "Retour à l'accueil", "Retour à l\u2019accueil",
    "Volver a la portada", "Torna alla home", "Torna alla homepage", "Página inicial",
    "Voltar à página inicial", "Terug naar home", "Naar de homepage",
    # a video player's button over the video's caption (a broadcaster's page)
    "Play video", "Watch video", "Reproduzir vídeo", "Reproducir vídeo", "Video abspielen",
    "Lire la vidéo", "Riproduci video", "Video afspelen",
    "Menu", "Main menu", "Search", "Sign in", "Sign up", "Log in", "Login", "Log out",
    "Register", "Subscribe", "My account", "Terms of Use", "Terms of Service",
    "Terms and Conditions", "Terms & Conditions", "Privacy Policy", "Privacy Notice",
    "Privacy", "Cookie Policy", "Cookie Settings", "Cookies", "Manage cookies",
    # a portal's and a US site's footer links (Yahoo; state privacy laws)
    "Terms and Privacy Policy", "Privacy Dashboard", "More Info", "Your Privacy Choices",
    "Do Not Sell My Personal Information", "Do Not Sell or Share My Personal Information",
    "Cookie Preferences", "Ad Choices", "AdChoices", "Manage Privacy",
    "Contact Us", "Contact", "About Us", "Accessibility", "Accessibility Statement",
    "Sitemap", "Site Map", "Advertise", "Advertise with us", "Careers", "Help", "FAQ",
    "Newsletters", "Newsletter", "RSS", "Author", "Authors", "Guest Author", "Guest Authors",
    # Postmedia papers mark each ad slot between paragraphs: Article content
    "Article content",
    # a cached copy's and a feed reader's links; a phone's signature under a shared story
    "Full version", "Text-only version", "View source", "Visit website", "View original",
    "Full article", "Full story", "See Full Web Article", "See full article", "Read full article",
    "Read Full Article", "View full article",
    # news apps' names over a copied story, and their notes on a shared one
    "NewsBreak", "SmartNews", "Flipboard", "Shared from Apple News", "Shared via Flipboard",
    "Shared from SmartNews", "Shared via Feedly",
    # the label over a writer's address under the byline (Iconic Media's Irish regionals)
    "Email:", "E-mail:",
    # the writer's address as a page that hides it from robots leaves it in the copy
    # (Cloudflare's mask, under the story of an Asian daily in English)
    "[email protected]", "[email\u00a0protected]",
    # a TV station's page: its live stream's button
    "Watch Live", "Watch live", "Live TV", "Watch Now", "Watch now", "WATCH NOW",
    "Open in browser", "Sent from my iPhone", "Sent from my iPad", "Sent from my Android",
    "Corrections and clarifications", "Submit a news tip", "Report error", "Report an error",
    "Report a typo", "Impressum", "Datenschutz", "Mentions légales", "Aviso legal",
    # a live blog's list of its main posts
    "Key events", "Show key events", "Show key events only", "Key Events", "Live",
    # and the label over the post it keeps on top
    "Pinned post", "Pinned",
    # the heading of a page's row of tags, its tags left out of the copy (El País,
    # Público)
    "Archivado En", "Tópicos",
    # the buttons of a comment section and of a writer's bio box
    "Show comments", "View comments", "Hide comments", "Read Comments", "Read comments", "Close",
    # the close button in other languages (AMP pages, overlays)
    "Chiudi", "Fermer", "Schließen", "Cerrar", "Fechar", "Sluiten", "Stäng", "Lukk", "Luk",
    "Sulje", "Zamknij", "Închide", "Kapat", "Tutup",
    "Leave a comment", "Leave a Comment", "Add a comment", "Post a comment", "Write a comment",
    # a newsletter platform's badges and buttons (Substack)
    "Paid", "Restack", "Upgrade to paid", "Discussion about this post",
    # a photo gallery's buttons
    "Expand", "Expand image", "Enlarge", "View gallery", "View Gallery", "Open gallery",
    "Full screen", "Fullscreen", "Next image", "Previous image", "Next slide", "Previous slide",
    # an embedded social media post's buttons, copied with its text
    "View this post on Instagram", "View this post on X", "View on Threads",
    "Watch on TikTok", "Watch on YouTube",
    # a link to the story in another language
    "Lire en français", "Lire la version française", "Read in English", "Read in French",
    "Leer en español", "Ler em português", "Auf Deutsch lesen",
    # (The Mainichi, Yonhap, Asian pages: the story in the paper's own language)
    "Japanese version", "Chinese version", "Korean version", "Arabic version", "Hindi version",
    "Bangla version", "Urdu version", "Read in Japanese", "Read in Chinese", "Read in Korean",
    # a paywall's label over the story and a text-size button (The Jakarta Post)
    "Premium", "PREMIUM", "Subscribers only", "Subscriber only", "Members only", "Change Size",
    "Text size", "Font size",
    # the same label in other languages, alone over the headline
    "Article réservé aux abonnés", "Réservé aux abonnés", "Nur für Abonnenten",
    "Exclusivo para suscriptores", "Solo para suscriptores", "Riservato agli abbonati",
    "Exclusivo para assinantes", "Exclusivo assinantes", "Alleen voor abonnees",
    "Inhalt für Abonnenten", "Contenido exclusivo para suscriptores",
    "Articolo riservato agli abbonati",
    # the subscribe button and the read-more link in other languages
    "Abonnieren", "S'abonner", "S\u2019abonner", "Suscribirse", "Abbonati", "Assine", "Assinar",
    "Abonneren", "Abonneer je", "Leer más", "Lees meer", "Leggi di più",
    # a gallery's, an article's and a video's buttons
    "Open in app", "Photo gallery", "See all photos", "Close gallery", "Save article",
    "Print article", "Jump to comments", "Loading video",
    # a story's short link and its audio buttons (Arab News, The National)
    "Short Url", "Short URL", "Short link", "Short link:", "Short URL:", "Listen In English", "Listen In Arabic",
    "Listen in English", "Listen in Arabic",
    # a donation button
    "Make a donation", "Donate", "Donate now",
    # the links and buttons under a story and over its text (Toronto Star, Newsweek,
    # The Sydney Morning Herald)
    "Journalistic Standards", "Editorial Standards", "Editorial Guidelines",
    "View Editorial Guidelines", "Submit Correction", "Request Reprint & Licensing",
    "Reprints & Permissions", "FOLLOW", "Loading", "Loading...", "Normal text size", "Story continues",
    "Larger text size", "Very large text size",
    # a feed reader's, a read-later app's and a shared story's links in other languages
    "Website besuchen", "Zur Website", "Original anzeigen", "Voir l'article complet",
    "Voir l\u2019article complet", "Voir l'article original", "Voir l\u2019article original",
    "Visiter le site", "Visualizza originale", "Vai all'articolo", "Vai all\u2019articolo",
    "Ver original", "Ver artículo completo", "Ver artigo completo", "Visitar site",
    "Visitar sitio web", "Bekijk origineel", "Visa original",
    "Gesendet von Apple News", "Geteilt über Apple News", "Partagé depuis Apple News",
    "Envoyé depuis Apple News", "Compartido desde Apple News", "Condiviso da Apple News",
    "Shared from Google News", "Partagé depuis Google Actualités", "Geteilt über Google News",
    "Compartido desde Google Noticias", "Condiviso tramite Google News",
    "Compartilhado via Google Notícias", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
    "Enviado desde mi iPhone", "Inviato da iPhone", "Enviado do meu iPhone",
    # a messenger's label over a forwarded story
    "Forwarded", "Reenviado", "Weitergeleitet", "Transféré", "Inoltrato", "Encaminhada",
    "Encaminhado",
    # (a messenger's label on a story forwarded on and on: WhatsApp's)
    "Forwarded many times",
    # skip links and an AMP page's link to the full page, in other languages
    "Aller au contenu principal", "Aller au contenu", "Zum Inhalt springen",
    "Zum Hauptinhalt springen", "Direkt zum Inhalt", "Ir al contenido principal",
    "Ir al contenido", "Saltar al contenido", "Vai al contenuto principale",
    "Salta al contenuto", "Ir para o conteúdo principal", "Ir para o conteúdo",
    "Naar hoofdinhoud", "Ga naar de inhoud", "Hoppa till innehållet",
    "Voir la version complète", "Vollständige Version", "Versión completa",
    "Versione completa", "Versão completa",
    # a newsletter's links in other languages
    "Gérer mes newsletters", "Gérer mes abonnements", "Politique de confidentialité",
    "Política de privacidad", "Datenschutzerklärung", "Informativa sulla privacy",
    "Política de privacidade", "Leiratkozás",
    # an e-mail newsletter's links
    "Unsubscribe", "Update your preferences", "Manage preferences", "Manage your preferences",
    "Privacy policy", "View this email in your browser", "View in browser", "Forward to a friend",
    # the same in other languages
    "Voir la version en ligne", "Se désinscrire", "Désinscription", "Se désabonner",
    "Im Browser ansehen", "Im Browser öffnen", "Abmelden", "Newsletter abbestellen",
    "Ver en el navegador", "Darse de baja", "Cancelar suscripción", "Ver no navegador",
    "Cancelar inscrição", "Descadastrar", "Visualizza nel browser", "Annulla iscrizione",
    # a writer's page link (Nation Media Group), a portal's link to the rest of the story
    "More by this Author", "More by this author", "Continue reading",
    # a link-copied note and a live widget's name (AFR, Philstar)
    "Copied!", "Link copied!", "As It Happens",
    # a sign-up box's and a read-later app's buttons, a live stream's in capitals (CNBC),
    # a broadcast page's tabs (PBS NewsHour), an audio player's button, a trade
    # paper's links by the byline (STAT)
    "Sign Up", "SIGN UP", "View Original", "WATCH LIVE", "Transcript", "Audio", "Listen",
    "Listen Live", "LISTEN LIVE",
    "Reprints", "About the Author", "Sections",
    # a paywall's trial button (Substack), a consent banner's buttons
    "Start trial", "Start free trial", "Accept all", "Reject all",
    # a news aggregator's links over a story it shows (Google News)
    "Full coverage", "Full Coverage",
    # a tech site's comment count's label (Ars Technica); a funeral home's page buttons
    "reader comments", "Share a memory", "Share a Memory", "Send flowers", "Send Flowers",
    "Guest Book", "Guestbook", "Sign the Guest Book", "Sign Guest Book", "Plant a tree",
    "Plant a Tree", "Light a candle", "Light a Candle", "Share Obituary", "Print Obituary",
    *CAPTION_WIDGETS,
    *SLOGANS,
)  # fmt: skip

#: Labels of a page's row of topic links (tags): ``Topics: Bushfires, NSW``.
#: Lower case; a colon follows.
TOPIC_LABELS: tuple[str, ...] = (
    "topic", "topics", "tags", "tagged", "filed under", "more on", "keywords",
    # The Moscow Times: Read more about: Corruption, Regions; Bangkok Post: NEWSPAPER SECTION: News
    "read more about", "more about", "newspaper section", "section",
    # Euractiv: Content-Type: News
    "content-type", "content type",
)  # fmt: skip
#: The labels of :data:`TOPIC_LABELS` whose tags may be in lower case (``Tags:
#: politics, election``); a topic after the others is capitalised.
TAG_LABELS: tuple[str, ...] = ("tags", "tagged", "keywords")

#: What a page prints over a programme's story (NPR): ``Heard on All Things
#: Considered``; a programme's name follows.  Lower case.
PROGRAMME_LINES: tuple[str, ...] = ("heard on",)

#: Phrases of a cookie notice, found anywhere in a short block.
COOKIE_PHRASES: tuple[str, ...] = (
    "we use cookies", "this site uses cookies", "this website uses cookies",
    "use of cookies", "accept cookies", "accept all cookies", "cookie settings",
    "wir verwenden cookies", "nous utilisons des cookies", "utilizamos cookies",
    # the placeholder of an embed the reader's consent or browser blocked
    "due to your privacy preferences", "due to your consent preferences",
    "please enable javascript", "your browser does not support the video",
    "your browser does not support html5", "this content is blocked",
    "accept cookies to view", "manage your consent preferences",
    # a consent banner's heading, text and buttons copied over the story
    # (We value your privacy / We and our partners use cookies ... / Accept all
    # Reject all  Manage preferences)
    "we value your privacy", "our partners use cookies", "reject all cookies",
    "accept all    reject all", "accept all | reject all",
    # the BBC's player note, kept in text copied from its pages (XSum)
    "media playback is unsupported on your device",
)  # fmt: skip

#: Headings of lists of related stories.
RELATED_OPENINGS: tuple[str, ...] = (
    "more on this topic", "more on this story", "related:", "related articles",
    "subscribers are reading",
    "related stories", "related story", "related coverage", "related content",
    "related news", "related topics", "related topic", "topic", "in this article:", "recommended", "recommended stories",
    "you may also like", "you might also like", "see also", "more stories",
    "more news", "more from", "more on", "top stories", "trending", "most popular", "most read", "before you go",
    "most viewed", "popular on", "suggested topics", "see more on:", "related article",
    "most watched", "most watched news videos", "most watched videos",
    "explore more on these topics", "explore more", "more to read", "read more about:",
    "more on this", "read next", "read:", "read more", "related video", "related videos", "related", "must read",
    "topics", "tags", "more stories like this", "more like this",
    "das könnte sie auch interessieren", "sur le même sujet", "noticias relacionadas",
    # Reuters' pointers to other items: Source text for Eikon: [ID:nABC123],
    # Further company coverage: [ACME.O]
    "source text for eikon", "source text", "further company coverage", "[id:",
    # a wiki news page's list of the reports it drew on (Wikinews), alone on its line
    # with no colon (a fact check's ``Sources:`` heads its own list, read as body)
    "sources", "external links",
    # dpa's block of links and contacts under its stories
    "dpa-notizblock",
    # a trending list's heading, the BBC's links to other sites
    "trending now", "related internet links",
    # the heading over the links under an agency's update or report (WHO, UN
    # agencies, ministries): alone on its line
    "further information",
    # Indian sites' heading over links inside the story (The Times of India)
    "also read",
)  # fmt: skip

#: Labels of update and publication stamps (``UPDATED May 20, 2021, 3:41 PM``,
#: ``Veröffentlicht am 4. November 2025``, ``Pubblicato il 4 novembre 2025``),
#: and of reading times (``Lesezeit: 3 Min.``, ``Temps de lecture : 3 min``).
TIMESTAMP_LABELS: tuple[str, ...] = (
    "updated", "last updated", "last update", "published", "published date", "first published", "posted", "last modified",
    "modified", "updated on", "published on", "posted on", "issued at", "aktualisiert", "veröffentlicht",
    "stand", "issued on", "publié le", "mis à jour", "publicado", "actualizado", "atualizado",
    # the connector glued to the label (``Updated on``): ``Veröffentlicht am``,
    # ``Pubblicato il``, ``Atualizado em``
    "veröffentlicht am", "aktualisiert am", "publié", "mis à jour le", "publicado el",
    "actualizado el", "pubblicato", "pubblicato il", "aggiornato", "aggiornato il",
    "ultimo aggiornamento", "publicado em", "atualizado em", "atualizado há",
    # a page's publication line (swissinfo.ch): This content was published on ...;
    # Viet Nam News: Update: November 06, 2024 - 08:12 (with its colon: UPDATE 1- is a kicker)
    "this content was published", "update:", "latest update",
    # Dhaka Tribune: Publish : 03 Mar 2025, 10:12 AM (the colon spaced or not)
    "update :", "publish:", "publish :",
    # a speech's page (gov.uk, a leader's office): Delivered on: 19 November 2026
    "delivered on", "delivered at",
    # a government page's review date (CDC, NHS): Page last reviewed: November 4, 2025
    "page last reviewed:", "last reviewed:", "page last updated:",
    # a release's or a police report's date field: Datum: 12-02-2026, Fecha: 4 de marzo
    # (not the English Date:, a forwarded mail's header)
    "datum:", "fecha:",
    # reading times, which pages print by the stamp (``3 min read``)
    "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura",
    "tempo de leitura", "time to read", "reading time",
    # NDTV, Indian and Gulf pages: Read Time: 3 mins
    "read time",
    # Swiss German, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Turkish and
    # Indonesian pages: Publiziert am ..., Bijgewerkt: ..., Publicerad 2025-11-04 18.12
    "publiziert", "publiziert am", "zuletzt aktualisiert", "gepubliceerd", "gepubliceerd op",
    "bijgewerkt", "bijgewerkt op", "publicerad", "uppdaterad", "publisert", "oppdatert",
    "publiceret", "opdateret", "julkaistu", "päivitetty", "opublikowano", "aktualizacja",
    "güncelleme", "giriş", "diperbarui", "dipublikasikan", "aangepast", "atualização",
    "actualización",
    # Polish, Romanian, Dutch, French and Spanish pages: Publikacja: 04.11.2025 18:12,
    # Data publicării: ..., Gewijzigd ..., Modifié le ..., Actualizada 04/11/2025 ...
    "publikacja", "data publicării", "data publicarii", "actualizat", "publicat",
    "gewijzigd", "gewijzigd op", "modifié", "modifié le", "actualizada", "actualizada el",
    # Onet: Data utworzenia: ...; Sabah: Giriş Tarihi: ... Son Güncelleme: ...
    "data utworzenia", "data publikacji", "data aktualizacji", "giriş tarihi",
    "güncelleme tarihi", "son güncelleme", "yayınlanma tarihi",
)  # fmt: skip

#: A live blog's labels over a post, alone on their line (``Pinned post``): the
#: post under one is no standfirst.  Case folded.
LIVE_POST_LABELS: frozenset[str] = frozenset({"pinned post", "pinned", "featured post"})

#: Labels of a reading time before its minutes, in other languages (Le Monde:
#: ``Lecture 3 min.``; ``Lectura: 4 min``).  Lower case.
READING_TIME_LABELS: tuple[str, ...] = ("lecture", "lectura", "leitura", "lettura", "leestijd")

#: Openings of a page's note on a story's age, over its headline (The
#: Guardian: ``This article is more than 2 years old``).  Lower case.
AGE_NOTE_OPENINGS: tuple[str, ...] = (
    "this article is more than", "this story is more than", "this article was published more than",
    "this story was published more than", "this article is over", "this story is over",
)  # fmt: skip

#: The word of a comment section's counter before its count in brackets
#: (``Comments (12)``, ``Kommentare (3)``).  Lower case.
COMMENT_COUNT_WORDS: tuple[str, ...] = (
    "comments", "comment", "kommentare", "commentaires", "comentarios", "commenti",
    "comentários", "reacties", "reactions", "responses", "replies",
)  # fmt: skip

#: Days a page names instead of a date before a time: ``Today, 6:12 am``,
#: ``Yesterday at 5:00 pm``.  Lower case.
RELATIVE_DAYS: tuple[str, ...] = (
    "today", "yesterday",
    # the same in the stamps of other languages: Publié aujourd'hui à 18h12, Gestern, 18:12
    "heute", "gestern", "aujourd'hui", "aujourd\u2019hui", "hier", "hoy", "ayer", "oggi",
    "ieri", "hoje", "ontem", "vandaag", "gisteren", "idag", "igår", "i dag", "i går",
)  # fmt: skip

#: Relative stamps a live blog or a page prints alone on a line over a post
#: (``Yesterday``, ``Just now``), besides a number and a unit (``2 hours ago``).
#: Lower case.
RELATIVE_STAMPS: tuple[str, ...] = ("yesterday", "just now", "an hour ago", "a day ago")

#: Labels of a press release's date line over its headline (``News Release
#: 3-Nov-2025``, ``Press release | 4 November 2025``): the line is a time stamp
#: when a date follows (alone, the label is a kicker).  Lower case.
RELEASE_STAMP_LABELS: tuple[str, ...] = (
    "news release", "press release", "media release",
    # the same in other languages
    "pressemitteilung", "presseinformation", "presseaussendung", "communiqué de presse",
    "comunicado de prensa", "nota de prensa", "comunicato stampa", "comunicado de imprensa",
    "persbericht", "pressmeddelande", "pressemelding", "pressemeddelelse", "tiedote",
    "komunikat prasowy",
)  # fmt: skip

#: Units of time in a relative stamp: ``2 hours ago``, ``3 mins ago``, ``5m ago``.
#: Lower case.
RELATIVE_UNITS: tuple[str, ...] = (
    "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
    "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks",
    "mo", "month", "months", "y", "yr", "yrs", "year", "years",
)  # fmt: skip

#: Relative stamps in other languages, by where their word stands: before the
#: number (``vor 2 Std.``, ``il y a 3 heures``, ``hace 2 horas``, ``há 5 min``) or
#: after the unit (``3 ore fa``, ``2 uur geleden``, ``4 timmar sedan``).  Lower case.
RELATIVE_AGO_BEFORE: tuple[str, ...] = ("vor", "il y a", "hace", "há", "ha")
RELATIVE_AGO_AFTER: tuple[str, ...] = ("ago", "fa", "geleden", "sedan", "siden")

#: Units of time in those stamps (``Std.``, ``heures``, ``horas``, ``ore``, ``uur``).
#: Lower case.
RELATIVE_UNITS_INTL: tuple[str, ...] = (
    "std", "stunde", "stunden", "minute", "minuten", "tag", "tagen",
    "heure", "heures", "jour", "jours", "hora", "horas", "minuto", "minutos", "día",
    "días", "dia", "dias", "ora", "ore", "minuti", "giorno", "giorni", "uur", "minuut",
    "dag", "dagen", "timme", "timmar", "minuter", "dagar", "time", "timer", "minutter",
)  # fmt: skip

#: Phrases that make a short block a copyright line wherever they appear.
COPYRIGHT_PHRASES: tuple[str, ...] = (
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati",
    "may not be published, broadcast, rewritten or redistributed",
    "may not be reproduced", "riproduzione riservata", "todos os direitos reservados",
    "alle rettigheter forbeholdt", "alla rättigheter förbehållna",
)  # fmt: skip

#: Openings of the Reuters standards trailer.
STANDARDS_OPENINGS: tuple[str, ...] = (
    "our standards:", "the thomson reuters trust principles", "disclaimer:", "(disclaimer:",
    # swissinfo.ch's note on the agency stories it translates
    "this news story has been written and carefully fact-checked",
    # an opinion page's disclaimer under the writer's note
    "the views expressed in this", "the views expressed here", "the opinions expressed in this",
    "the opinions expressed here", "the views and opinions expressed in this",
    "the views expressed are the author", "the views expressed are those of",
    "the views expressed are solely", "the opinions expressed are those of",
    "the opinions expressed are the author", "the opinions expressed are solely",
    "views expressed are personal", "views are personal", "(views are personal",
    "this column reflects the personal views", "this column does not necessarily reflect",
    "this commentary reflects the personal views",
    # a shopping or tech site's note on its affiliate links (Engadget, Wirecutter)
    "this article contains affiliate links", "this post contains affiliate links",
    "this story contains affiliate links", "we may earn a commission",
    "we may earn an affiliate commission",
    # a note that software wrote the story (Benzinga, local news sites)
    "this article was generated with", "this story was generated with",
    "this article was generated by", "this story was generated by",
    "this article was generated from", "this story was generated from",  # (an SEC filing)
    "this article was created with the help of ai", "this article was created with the assistance of ai",
    # the note under an AI summary box over the story (Key takeaways ...)
    "this summary was generated with", "this summary was generated by",
    "this summary was created with", "this summary was produced with",
    "these takeaways were generated", "summary generated by ai", "ai-generated summary",
    # a court's note under the press summary of its judgment (the UK Supreme Court's)
    "this summary is provided to help in understanding",
    "references in square brackets are to paragraphs in the judgment",
    # a listing's note on its sources, under its last entry (court results, notices)
    "court listings are compiled from", "court listings are taken from",
    "court results are compiled from", "court results are taken from",
    "court reports are compiled from", "these listings are compiled from",
    "listings are compiled from", "this listing is compiled from", "this list is compiled from",
    # how to cite the page, under a report or an update (WHO, journals, agencies)
    "citable reference:", "suggested citation:", "cite this article:", "how to cite this article:",
    "to cite this article:", "how to cite:",
)  # fmt: skip

#: The disclosure of an opinion piece's writers (The Conversation): its
#: headings alone on their lines, and the phrases of its fixed sentences
#: (``Jane Doe does not work for, consult, own shares in or receive funding
#: from any company ...``, ``Acme University provides funding as a member of
#: The Conversation UK.``).  Lower case.
DISCLOSURE_HEADINGS: tuple[str, ...] = ("disclosure statement", "partners", "disclosures")
DISCLOSURE_PHRASES: tuple[str, ...] = (
    "not work for, consult, own shares in or receive funding from",
    "provides funding as a member of the conversation",
    "provides funding as a founding partner of the conversation",
    "provides support as a member of the conversation",
    "view all partners",
    # a broadcaster's note under its transcripts (NPR): NPR transcripts are created
    # on a rush deadline by an NPR contractor. This text may not be in its final form ...
    "transcripts are created on a rush deadline", "this text may not be in its final form",
    # AP's note on the funders of its desks: ... The AP is solely responsible for all content.
    "is solely responsible for all content",
    # an investing site's note on the writer's holdings (syndicated to portals)
    "has no position in any of the stocks mentioned", "has a disclosure policy",
    "any positions in the securities mentioned", "no stock, option or similar derivative position",
    "has positions in and recommends",
)  # fmt: skip

#: Openings of a line on who produced the story (``This article was produced by
#: Kaiser Health News.``); an outlet or a name follows.  Lower case.
PRODUCED_BY_OPENINGS: tuple[str, ...] = (
    "this article was produced by", "this story was produced by",
    "this article was written by", "this story was written by",
    "this article was reported by", "this story was reported by",
    "this report was produced by", "this article is produced by",
    "this article was produced in partnership with",
    "this story was produced in partnership with",
    "this story is published in partnership with",
    "this article is published in partnership with",
    # a podcast's show notes (This episode was produced by Jane Doe.)
    "this episode was produced by", "this episode was edited by",
    "this episode was reported by", "this podcast was produced by",
)  # fmt: skip

#: Openings of a link to a site's standards page, an outlet's name (or ``us``)
#: after it: ``Why you can trust SCMP`` (South China Morning Post).  Lower case.
TRUST_LINKS: tuple[str, ...] = ("why you can trust",)

#: The word that ends a link to a site's home page after its name: ``ABC News
#: Homepage`` (ABC Australia).  Lower case.
HOMEPAGE_WORDS: tuple[str, ...] = ("homepage",)

#: Openings of an editor's note on a change to the story: ``This article was
#: amended on 4 November to correct ...``, ``Correction: An earlier version
#: of this story ...``.  Lower case.
CORRECTION_OPENINGS: tuple[str, ...] = (
    "this article was amended", "this article was corrected", "this article was updated",
    "this article has been amended", "this article has been corrected",
    "this article has been updated", "this story was amended", "this story was corrected",
    "this story was updated", "this story has been amended", "this story has been corrected",
    "this story has been updated", "this report was amended", "this report has been corrected",
    "an earlier version of this", "a previous version of this", "an earlier version of the",
    "a previous version of the", "correction:", "corrections:", "clarification:",
    "correction appended", "clarification appended", "a correction was made",
    "a correction has been made",
    "this post has been updated", "this post was updated", "this post has been corrected",
    "this post was corrected", "this post has been amended", "this piece has been updated",
    "this piece was updated", "this piece has been corrected", "this piece was corrected",
    # a note on a story still being updated (local TV, breaking news pages)
    "this is a developing story", "this story is developing", "this is a breaking news story",
    # AP: This is a breaking news update. AP's earlier story follows below.
    "this is a breaking news update",
    "this story will be updated", "this article will be updated", "check back for updates",
    "check back later for updates", "stay with us for updates",
    # an interview's note on its editing (Q&A pages)
    "this interview has been edited", "this interview has been condensed",
    "this interview was edited", "this interview was condensed",
    "this conversation has been edited", "this conversation has been condensed",
    "this conversation was edited", "this conversation was condensed",
    "this transcript has been edited", "this q&a has been edited", "this q&a has been condensed",
    "interview has been edited", "interview has been condensed",
    # a podcast's or a broadcast's machine transcript
    "this transcript was generated automatically", "this transcript was automatically generated",
    "this transcript was machine-generated", "this is a rush transcript",
    "this is an edited excerpt of the transcript", "this is an edited transcript",
    "transcripts are generated using", "this transcript may contain errors",
)  # fmt: skip

#: Headings of the closing sections of a press release (PR Newswire, Business
#: Wire, GlobeNewswire), a line of their own: ``About Acme``, ``Media Contact:``,
#: ``Forward-Looking Statements``.  Lower case; ``about`` takes a name after it.
#: A science news service's labels of a release's kind under its headline, the
#: issuer on the line under (EurekAlert!: ``Peer-Reviewed Publication`` /
#: ``University of Riverton``).  Lower case.
RELEASE_KIND_LABELS: tuple[str, ...] = (
    "peer-reviewed publication", "meeting announcement", "reports and proceedings",
    "business announcement", "grant and award announcement",
)  # fmt: skip

#: The labels of a study's fields under a science release, each over its value
#: (EurekAlert!: ``Journal`` / ``Nature Geoscience``, ``DOI`` / ``10.1038/...``).
#: Lower case.
PAPER_FIELD_LABELS: tuple[str, ...] = (
    "journal", "doi", "method of research", "subject of research", "article title",
    "article publication date", "coi statement",
)  # fmt: skip

#: Headings that address the press in a British or Commonwealth release (a
#: government's, a university's, a charity's): a release's closing sections in
#: any text, when the blocks under them hold a contact.  Case folded.
EDITOR_NOTE_HEADINGS: tuple[str, ...] = (
    "notes to editors", "note to editors", "notes for editors", "media enquiries",
    "press enquiries",
)  # fmt: skip

RELEASE_HEADINGS: tuple[str, ...] = (
    *RELEASE_KIND_LABELS, *PAPER_FIELD_LABELS, *EDITOR_NOTE_HEADINGS,
    "media contact", "media contacts", "press contact", "press contacts", "contacts", "investor contact", "investor contacts", "investor relations",
    "investors", "media", "media inquiries", "media relations", "for more information",
    "for further information, please contact", "for further information please contact",
    "for further information", "enquiries",
    "forward-looking statements", "forward looking statements",
    "cautionary statement regarding forward-looking statements",
    "cautionary note regarding forward-looking statements", "safe harbor statement",
    # the same headings in other languages' releases (APA-OTS, ANP, Cision, news aktuell)
    "pressekontakt", "rückfragehinweis", "rückfragen", "weitere informationen",
    "contact presse", "contacts presse", "pour plus d'informations", "contacto de prensa",
    "para más información", "contatti stampa", "per ulteriori informazioni",
    "noot voor de redactie", "voor meer informatie", "perscontact",
    "för mer information, kontakta", "för mer information", "for mer informasjon",
    "for yderligere information",
    "rückfragen bitte an", "kontakt", "per informazioni",
)  # fmt: skip

#: Press-release wires, as a dateline names them (``/PRNewswire/``,
#: ``--(BUSINESS WIRE)--``): a story under one is a press release.  Lower case.
RELEASE_WIRES: tuple[str, ...] = (
    "prnewswire", "pr newswire", "prnewswire-firstcall", "business wire", "businesswire",
    "globe newswire", "globenewswire", "cnw", "canada newswire", "accesswire", "newsfile",
    "einpresswire", "ein presswire", "prweb", "marketwired", "marketwire",
    "einpresswire.com", "prweb.com", "accesswire.com",
    # APA's release service (Austria): Wien (OTS) -
    "ots", "apa-ots",
)  # fmt: skip

#: The fixed notices of a listed company's regulatory announcement (the London
#: Stock Exchange's RNS): the market-abuse statement and the service's note.
#: Lower case.
REGULATORY_NOTES: tuple[str, ...] = (
    "this announcement contains inside information",
    "this announcement is released by",
    "this information is provided by rns",
    "the information contained within this announcement is deemed",
    # the line closing a UN meetings coverage release or statement
    "for information media. not an official record",
    # the same notices of a German issuer's ad-hoc release (EQS, news aktuell)
    # and the press portal's line under a police report or release
    "veröffentlichung einer insiderinformation",
    "für den inhalt der mitteilung ist",
    "original-content von:",
)

#: A press office's name on a release, over the headline or in the address
#: closing it (a court's, a ministry's, a police force's): ``Mitteilung der
#: Pressestelle``, ``Pressestelle des Bundesgerichtshofs``, ``Service de
#: presse``, ``Ufficio stampa``; the issuer's capitalised name may follow.
#: Lower case.
PRESS_OFFICES: tuple[str, ...] = (
    "press office", "press and information office", "mitteilung der pressestelle",
    "pressestelle", "pressereferat", "presse- und öffentlichkeitsarbeit",
    "service de presse", "bureau de presse", "gabinete de prensa", "oficina de prensa",
    "gabinete de comunicación", "ufficio stampa", "servizio stampa",
    "gabinete de imprensa", "assessoria de imprensa", "afdeling communicatie",
    "persvoorlichting",
)  # fmt: skip

#: A court's decisions, as its release names one with its day under the
#: headline (``Urteil vom 4. März 2026``, ``Arrêt du 4 mars 2026``).  Lower case.
DECISION_NOUNS: tuple[str, ...] = (
    "urteil", "beschluss", "arrêt", "ordonnance", "judgment", "judgement", "sentencia",
    "sentenza", "ordinanza", "acórdão", "uitspraak",
)  # fmt: skip

#: What a press release prints over the name of the company that issued it
#: (on the next line): ``NEWS PROVIDED BY``.  Lower case.
RELEASE_PROVIDERS: tuple[str, ...] = ("news provided by", "provided by")

#: Words that name an issuer of a press release (``U.S. Attorney's Office,
#: Central District of Illinois``, ``Department for Transport``): such a line
#: under the release's status line is its furniture.  Lower case.
ISSUER_WORDS: tuple[str, ...] = (
    "office", "department", "ministry", "agency", "commission", "bureau",
    "administration", "attorney", "university", "council", "secretariat", "authority",
)  # fmt: skip

#: Openings of a translator's note under a story, before the language it was
#: translated from (``Translated from Spanish by Jane Doe.``, ``Traduit de
#: l'anglais par ...``, ``Aus dem Englischen von ...``).  Lower case.
TRANSLATION_NOTE_OPENINGS: tuple[str, ...] = (
    "translated from", "translated from the", "translation from", "traduit de", "traduit de l'",
    "traduit de l\u2019", "traduit du", "traducido del", "traducido de", "traducción del",
    "aus dem", "übersetzt aus dem", "tradotto dall'", "tradotto dall\u2019",
    "traduzione dall'", "traduzione dall\u2019", "traduzido do", "traduzido de",
    "vertaald uit het", "vertaald uit",
)  # fmt: skip

#: Openings of publisher imprint lines (``Published by SPH Media Limited``).
IMPRINT_OPENINGS: tuple[str, ...] = ("mci (p)", "mica (p)", "co. regn. no", "published by")

#: The roles of :data:`CREDIT_ROLES` that credit the desk's work on a story,
#: not its writing: their names never join the byline (``Editing by Tom Lee``).
#: Lower case.
DESK_CREDIT_ROLES: tuple[str, ...] = (
    "editing", "edited", "sub-editing", "production", "translated", "translation",
    "fact-checking",
    # the same roles in the credit lines of other languages (CREDIT_ROLES_INTL)
    "redigiert", "bearbeitet", "édité", "edité", "editado", "edición", "edição",
)  # fmt: skip

#: The roles of :data:`CREDIT_ROLES` that credit pictures, not words: a credit
#: line opening with one (``Illustration by Jane Doe / The Atlantic``) never
#: gives the byline.  Lower case.
PICTURE_CREDIT_ROLES: tuple[str, ...] = (
    "photo", "graphics", "video", "illustration", "photograph",
)  # fmt: skip

#: What the writer of an opinion piece is, in the note on them that ends it
#: (``Jane Doe is a professor of law at Springfield University.``): lower case.
#: Source: the closing author notes of US and UK opinion pages (USA Today,
#: HuffPost, The Guardian, Project Syndicate).
AUTHOR_NOTE_ROLES: tuple[str, ...] = (
    "governor", "mayor", "president", "director", "editor", "professor", "lecturer",
    "author", "economist", "columnist", "reporter", "writer", "executive", "fellow",
    "member", "chairman", "chairwoman", "senator", "founder", "dean", "analyst",
    "attorney", "lawyer", "partner", "contributor", "correspondent", "researcher",
    "scholar", "commentator", "strategist", "consultant", "adviser", "advisor", "pastor",
    "rabbi", "historian", "representative", "congressman", "congresswoman", "ceo",
)  # fmt: skip

#: A journalist's roles in the note on the writer that ends a story whose
#: byline was lost (``Ramirez is a columnist for the Lakeshore Tribune.``):
#: the name may be the surname alone, so only a newsroom's roles count.
WRITER_NOTE_ROLES: tuple[str, ...] = (
    "columnist", "reporter", "writer", "correspondent", "journalist", "contributor",
)  # fmt: skip

#: Roles in a credit line: ``(Reporting by ...; Editing by ...)``.
CREDIT_ROLES: tuple[str, ...] = (
    "Reporting", "Additional reporting", "Additional Reporting", "Writing", "Editing",
    "Edited", "Compiled", "Written", "Reported", "Research", "Graphics", "Photos",
    "Video", "Translated", "Translation", "Fact-checking", "Production", "Sub-editing",
    "Illustration", "Illustrations", "Photo illustration", "Photo-illustration",
    "Photograph", "Photographs",
    # the writer of the story in the paper's own language (The Mainichi):
    # (Japanese original by Jane Doe, Business News Department)
    "Japanese original",
    # an agency's help (Geo News): — Additional input from APP
    "Additional input",
)  # fmt: skip

#: A newsroom's name for itself as a byline, alone or with its desk
#: (``Redacción Política``, El Tiempo; ``Redação``, ``Rédaction``): an outlet, no
#: writer.  Matched as written.
NEWSROOM_WORDS: tuple[str, ...] = (
    "Redacción", "REDACCIÓN", "Redação", "REDAÇÃO", "Redazione", "REDAZIONE", "Rédaction",
    "RÉDACTION", "Redaktion", "REDAKTION", "Redactie", "Redaksi",
)  # fmt: skip

#: Roles in the credit lines of wires in other languages, each with its own
#: word for ``by``, read in brackets only: ``(Bericht von Anna Muster, redigiert
#: von Max Müller)`` (Reuters' German service), ``(Reportage de Jean Dupont,
#: édité par Marc Petit)``, ``(Reporte de Ana García; Editado por Luis Pérez)``,
#: ``(Reportagem de João Silva)``.  Matched ignoring case; the desk's roles
#: are in :data:`DESK_CREDIT_ROLES`.
CREDIT_ROLES_INTL: tuple[str, ...] = (
    "Bericht von", "Berichterstattung von", "Mitarbeit von", "redigiert von",
    "bearbeitet von", "Reportage de", "Reportage d'", "Rédigé par", "Édité par", "Edité par",
    # Reuters' French service: (Reportage Jean Dupont, édité par Marc Petit)
    "Reportage",
    "Reporte de", "Reportaje de", "Editado por", "Edición de", "Reportagem de",
    "Edição de", "Servizio di",
    # a correspondent's credit in brackets under ČTK's and TASR's copy:
    # (zpravodaj ČTK Jan Novák), (spravodajca TASR Peter Novák)
    "zpravodaj", "zpravodajka", "spravodajca", "spravodajkyňa",
)  # fmt: skip

#: What opens a source line naming the agencies an outlet's story drew on, in
#: French, Spanish and Portuguese (``Avec les informations de La Presse
#: canadienne``: Radio-Canada's form of ``With files from``).  Lower case.
SOURCE_INFORMATION_OPENINGS: tuple[str, ...] = (
    "avec les informations de", "avec les informations d'", "avec des informations de",
    "avec des informations d'", "avec information de", "con información de",
    "con informaciones de", "com informações de", "com informações da", "com informações do",
    "mit material von", "mit material der", "mit informationen von",
    # Dutch: Met medewerking van ANP
    "met medewerking van",
)  # fmt: skip

#: Agencies credited under a story by their names in full, beside
#: :data:`SIGNOFF_AGENCIES` (``Com Agência Brasil``, ``Con Europa Press``).
#: Matched as written.
CREDIT_AGENCY_NAMES: tuple[str, ...] = (
    "Agência Brasil", "Agencia Brasil", "Europa Press", "Agence France-Presse",
    "France-Presse", "Associated Press", "Bloomberg", "Prensa Latina", "Xinhua",
    "Presse canadienne", "Canadian Press", "The Canadian Press", "Folhapress",
)  # fmt: skip

#: The word ``agency`` before an agency's name in such a credit (``Com agência
#: EFE``, ``Avec l'agence Reuters``).  Lower case.
AGENCY_WORDS: tuple[str, ...] = ("agência", "agencia", "agence", "agenzia", "agentur")

#: The agencies' copy as one word in such a credit (``Mit Agenturmaterial``,
#: ``Con información de agencias``, beside :data:`SOURCE_DESK_WORDS`).  Lower case.
AGENCY_MATERIAL_WORDS: tuple[str, ...] = ("agenturmaterial", "nachrichtenagenturen", "agenturen")

#: ``international`` after the agencies of such a credit (``Con agencias
#: internacionales``).  Lower case.
INTERNATIONAL_WORDS: tuple[str, ...] = (
    "internacionales", "internacionais", "internationales", "internazionali", "internationalen",
)  # fmt: skip

#: The newsroom and the agencies in a line of the story's sources (Austrian and
#: Swiss pages: ``red, ORF.at/Agenturen``, ``(APA, red, 4.11.2025)``; ``red`` is
#: the newsroom, ``Redaktion``; ``Agencias`` alone).  Lower case; ``red`` first.
SOURCE_DESK_WORDS: tuple[str, ...] = (
    "red", "agenturen", "agencias", "agences", "agências", "agenzie", "agencje",
)  # fmt: skip

#: Headings of a review's credits block at the end of the story, each role and
#: its name on a line under it (``Cast and credits`` / ``Director: Jane Doe``).
#: Case folded, without a colon.
CREDITS_BLOCK_HEADINGS: frozenset[str] = frozenset(
    {"cast and credits", "cast & credits", "credits", "cast", "cast and crew",
     "cast & crew", "production credits", "film credits", "the credits"}
)  # fmt: skip

#: Headings of an earnings call transcript's list of who takes part, each
#: name with its role or firm on a line under it (``Company Participants`` /
#: ``Jane Doe - Chief Executive Officer``).  Case folded, without a colon.
PARTICIPANT_HEADINGS: frozenset[str] = frozenset(
    {"company participants", "corporate participants", "conference call participants",
     "call participants", "participants", "executives", "analysts", "company representatives"}
)  # fmt: skip

#: The labels of a call's host alone over a turn (``Operator``), case folded.
MODERATOR_LABELS: frozenset[str] = frozenset(
    {"operator", "moderator", "unidentified analyst", "unidentified participant",
     "unidentified speaker", "unknown speaker", "unidentified company representative"}
)  # fmt: skip

#: The labels of a parliament's chair alone over a turn in its record
#: (Hansard: ``Mr Speaker``, ``Madam Deputy Speaker``), case folded.
CHAIR_LABELS: frozenset[str] = frozenset(
    {"mr speaker", "madam speaker", "mr deputy speaker", "madam deputy speaker",
     "the speaker", "the deputy speaker", "the chair", "the chairman", "the chairperson",
     "the lord speaker", "the presiding officer", "the deputy presiding officer"}
)  # fmt: skip

#: A call transcript's section headings alone between its turns, case folded
#: (``Question-and-Answer Session``).
TRANSCRIPT_SECTIONS: frozenset[str] = frozenset(
    {"question-and-answer session", "question and answer session", "questions and answers",
     "questions & answers", "q&a", "q&a session", "presentation", "prepared remarks"}
)  # fmt: skip

#: A sponsor's label alone over its slot, case folded (``SPONSORED``, ``Paid
#: content``): the short block right under it at a newsletter's end is its advert.
SPONSOR_LABELS: frozenset[str] = frozenset({"sponsored", "sponsored content", "paid content"})

#: Wire flags on a line of their own (``RPT``, ``REPEAT``, ``more``).
#: AP's priority flags on a line of their own above the headline (``URGENT``,
#: ``APNewsAlert``, ``BULLETIN``, ``FLASH``) and UPI's ``NEWSALERT``.  Matched as written.
FLAGS: tuple[str, ...] = (
    "RPT", "REPEAT", "REFILE", "CORRECTED", "RECASTS", "more", "MORE", "More",
    "URGENT", "Urgent", "APNewsAlert", "AP NewsAlert", "BULLETIN", "Bulletin", "FLASH",
    "NEWSALERT", "NewsAlert", "UPI NewsAlert",
    # an Italian listed company's flag over a release that may move its price
    "Price sensitive", "Price Sensitive", "PRICE SENSITIVE",
)  # fmt: skip

#: The signs of a horoscope column, each opening its line with its dates in
#: brackets (``ARIES (March 21-April 19): ...``), and the column's heading
#: alone on its line (``Horoscopes``): a column copied under a story.  As written.
HOROSCOPE_SIGNS: tuple[str, ...] = (
    "Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
    "Sagittarius", "Capricorn", "Aquarius", "Pisces",
)  # fmt: skip
HOROSCOPE_HEADINGS: tuple[str, ...] = (
    "Horoscope", "Horoscopes", "Your horoscope", "Your horoscopes", "Today's horoscope",
    "Daily horoscope", "Weekly horoscope",
)  # fmt: skip

#: Labels of a broadcast script's header lines, over its cue (a public radio
#: station's script: ``NEWS 0800 TUES 10 MARCH`` / ``READER: JAMES`` /
#: ``DURATION: 0'42"``).  Matched as written, a colon after.
SCRIPT_HEADER_LABELS: tuple[str, ...] = (
    "READER", "PRESENTER", "NEWSREADER", "DURATION", "DUR", "RUNS", "TRT", "SLUG", "IN WORDS",
    "OUT WORDS", "OUTCUE", "OUT CUE",
)  # fmt: skip

#: The label of a script's cue, the words the presenter reads into the story
#: (``CUE: Teachers in the region ...``).  Matched as written.
SCRIPT_CUE_LABELS: tuple[str, ...] = ("CUE:", "CUE -", "INTRO:")

#: Openings of a reviewer's comment copied out of a word processor under the
#: story: Google Docs' ``[a]Source for this?``, Word's ``Commented [SL1]: ...``.
#: Case folded; the pattern checks the mark's form.
DOC_COMMENT_OPENINGS: tuple[str, ...] = ("[", "comment [", "commented [")

#: Openings of a news service's trim note between a story's paragraphs, in
#: brackets and capitals (The New York Times News Service, as English Gigaword
#: keeps it): ``(STORY CAN END HERE. OPTIONAL 2 GRAFS FOLLOW.)``, ``(OPTIONAL
#: TRIM FOLLOWS)``, ``(END OPTIONAL TRIM)``.  As written.
TRIM_NOTES: tuple[str, ...] = ("STORY CAN END HERE", "OPTIONAL", "END OPTIONAL")

#: A writer's notes in capitals on what a draft still lacks, alone on a line
#: (a newsroom's draft: ``GRAF TO COME on reaction``, ``INSERT TO COME``).
#: Matched as written.
DRAFT_NOTES: tuple[str, ...] = (
    "GRAF TO COME", "GRAFS TO COME", "ADD TO COME", "INSERT TO COME", "QUOTE TO COME",
    "REAX TO COME", "ART TO COME",
)  # fmt: skip

#: Labels of an advisory note to editors above a wire story (AP):
#: ``Eds: UPDATES with governor's comments.``, ``EDITOR'S NOTE — This story
#: is part of a series ...``, ``Editors: This story contains ...``.  Matched
#: as written; a colon, full stop or spaced dash follows.
ADVISORY_LABELS: tuple[str, ...] = (
    "Eds", "EDS", "Editors", "EDITORS", "Editor's note", "Editor's Note", "EDITOR'S NOTE",
    "Editor\u2019s note", "Editor\u2019s Note", "EDITOR\u2019S NOTE", "Editors' note",
    "Editors' Note", "EDITORS' NOTE", "Editors\u2019 note", "Editors\u2019 Note",
    "EDITORS\u2019 NOTE",
    # a wire's advisory on coming stories (AP), a note to editors
    "ADVISORY", "Advisory", "EDITORS ADVISORY", "Editors advisory", "NOTE TO EDITORS",
    "Note to editors", "Note to Editors",
)  # fmt: skip

#: Openings of an embargo line above a wire story: ``EMBARGOED UNTIL 0001 GMT
#: THURSDAY``, ``Embargoed to 00:01 GMT``, ``HOLD FOR RELEASE UNTIL 6 P.M. EST``.
#: Any case; the time or date follows.
EMBARGO_OPENINGS: tuple[str, ...] = (
    "embargoed until", "embargoed till", "embargoed to", "embargoed for", "embargoed:",
    "embargo:", "embargo until", "under embargo until", "hold for release",
)  # fmt: skip

#: A draft's hold note over a story pasted from a shared document (Google Docs,
#: Word): ``DRAFT – NOT FOR PUBLICATION``, ``Not for publication``, ``FOR
#: INTERNAL USE ONLY``; each alone, or two after a dash, a colon or a bar.  A
#: ``flag``.  Matched ignoring case.
DRAFT_LABELS: tuple[str, ...] = (
    "draft", "not for publication", "not for release", "do not publish",
    "for internal use only", "internal use only", "confidential draft",
)  # fmt: skip

#: The prefixes of an AP slug line (ANPA/IPTC 7901 feeds): ``BC-US--Storm-Damage,2nd
#: Ld-Writethru``, ``AP-Storm-Damage,0412``, and the news cycle of older feeds
#: (``AM-Storm-Damage,a0512``, ``PM-...``).  Matched as written, glued to a hyphen.
SLUG_PREFIXES: tuple[str, ...] = ("BC", "AP", "AM", "PM")

#: The version or story type after the comma of a raw feed's slug line with
#: no AP prefix (AFP, UPI, dpa, ANSA feeds): ``US-vote-Senate,2ndlead``,
#: ``France-strike,update``, ``Italy-budget,wrap``.  Any case; a count may
#: stand before them (``2nd``, ``3rd``) or a number after them (``update 2``).
SLUG_VERSIONS: tuple[str, ...] = (
    "lead", "ld", "update", "upd", "wrap", "wrapup", "advisory", "sched", "schedule",
    "focus", "analysis", "interview", "profile", "feature", "urgent", "flash", "correction",
    "corrected", "writethru", "ld-writethru", "take", "takes", "roundup", "factbox",
    "graphic", "graphics", "photo", "photos", "video", "newseries", "new series", "refile",
    "repeat", "rpt", "recast", "adds", "insert", "sub", "kill", "withdrawal", "preview",
    "obituary", "obit", "brief", "briefs",
)  # fmt: skip

#: A pointer to the video or audio embedded in the page, a line of its own:
#: ``Watch the ad above.``, ``Listen to the interview below:``, ``Watch the
#: segment here.``: one of these verbs opens it (any case), one of
#: :data:`MEDIA_POINTER_PLACES` ends it.
MEDIA_POINTER_OPENINGS: tuple[str, ...] = ("watch", "listen")
MEDIA_POINTER_PLACES: tuple[str, ...] = ("above", "below", "here")

#: Agencies whose raw feeds print a header line above the story, in capitals
#: (``EFE-MADRID``, ``XINHUA-ENGLISH 2025-11-04 18:12``): the sign-off agencies.
FEED_HEADER_AGENCIES: tuple[str, ...] = tuple(
    sorted({agency.upper() for agency in SIGNOFF_AGENCIES})
)

#: The openings of a print jump line or page pointer (any case): ``Continued on Page
#: A12``, ``Cont'd from A1``, ``See STORY, Page 4A``, ``Please see BUDGET, A6``,
#: ``(Page 3)``, ``Story continues on B3``, ``Jumped from A1``, ``Turn to Page A6``; a PDF
#: page's number (``Page 2 of 5``).
JUMP_OPENINGS: tuple[str, ...] = (
    "continued ", "continues ", "cont'd ", "cont\u2019d ", "cont. ", "cont ", "see ",
    "please see ", "page ", "pg. ", "pg ", "p. ", "story continues ", "story continued ",
    "jumped ", "jump ", "turn to ", "please turn to ",
)  # fmt: skip

#: The openings of a review's run line (any case): ``Until 14 March. Tickets from
#: £18``, ``Runs until March 14``, ``Tickets: £15-£40. To 14 March``.
REVIEW_RUN_OPENINGS: tuple[str, ...] = ("until ", "till ", "to ", "runs until ", "ticket")

#: The start-of-message line of a raw teleprinter or IPTC 7901 feed (ANSA, EFE,
#: AP's older feeds): ``ZCZC``, ``ZCZC0412/SXA``, with the header's code lines under
#: it.  Matched as written.
FEED_ENVELOPE_OPENINGS: tuple[str, ...] = ("ZCZC",)

#: Legal phrases of an outlet's footer (an "About us" or publisher's paragraph,
#: its company registration and rights), case folded.  A long block at the end
#: of a page that holds two of them, or one and two of :data:`FOOTER_WORDS`, is
#: the page's footer.  Sources: the footers of British, Irish, Australian and
#: US news sites and their publishers' notices.
FOOTER_PHRASES: tuple[str, ...] = (
    "all rights reserved", "\u00a9", "registered office", "registered address",
    "company number", "company no.", "company registration", "registered in england",
    "registered in scotland", "registered in ireland", "registered in wales",
    "is a trading name of", "may not be reproduced", "reproduction in whole or in part",
    "without prior written permission", "without the prior written permission",
    "without the express written permission", "registered trade mark", "registered trademark",
    " abn ", " acn ", "vat number", "vat no.",
)  # fmt: skip

#: Weaker words of such a footer, case folded: the publisher, its policies, its regulator.
FOOTER_WORDS: tuple[str, ...] = (
    "copyright", "published by", "privacy policy", "terms of use", "terms and conditions",
    "terms of service", "cookie policy", "regulated by", "press council", "ipso",
    "subsidiary of", "division of", "a member of", " ltd", " limited", " plc", " inc.",
    " gmbh", " llc", " pty", "about us", "contact us",
)  # fmt: skip

#: Openings of the notices a tool prints over a copied page (a search engine's
#: cached copy, an archive's capture), case folded; the block is ``page``.
PAGE_NOTICES: tuple[str, ...] = (
    "this is google's cache of", "this is google\u2019s cache of",
    "it is a snapshot of the page as it appeared", "tip: to quickly find your search term",
    "the wayback machine", "archive.today webpage capture", "webpage capture",
    # a forwarded mail's rule, its dashes aside: ---------- Forwarded message ---------
    "forwarded message", "original message", "begin forwarded message",
    # a save button's note (Nine's papers): Log in, register or subscribe to save articles for later.
    "log in, register or subscribe to save",
    # an e-mail newsletter's note over it, in other languages: Si ce message ne s'affiche pas ...
    "having trouble viewing this email", "si ce message ne s'affiche pas correctement",
    "si ce message ne s\u2019affiche pas correctement", "si ce courriel ne s'affiche pas",
    "si ce courriel ne s\u2019affiche pas", "si cet e-mail ne s'affiche pas",
    "si cet e-mail ne s\u2019affiche pas", "si no ves correctamente este correo",
    "si no puedes ver correctamente este correo", "si no puedes ver este correo",
    "wird dieser newsletter nicht richtig angezeigt", "wird diese e-mail nicht richtig angezeigt",
    "falls dieser newsletter nicht korrekt angezeigt wird",
    "se non visualizzi correttamente questa email", "se non visualizzi correttamente questa e-mail",
    "se não conseguir visualizar este e-mail", "caso não consiga visualizar este e-mail",
    "ha nem jelenik meg megfelelően", "pokud se vám e-mail nezobrazuje správně",
    # a messenger's forwarded post: Forwarded from Reuters, Weitergeleitet von tagesschau
    "forwarded from", "weitergeleitet von", "transféré de", "transféré depuis",
    "reenviado desde", "inoltrato da", "encaminhado de", "переслано від", "переслано от",
    # a wiki's note on an archived page (Wikinews)
    "this page is archived, and is no longer publicly editable",
    # an album review's pick of its songs under the review
    "key tracks:", "standout tracks:", "essential tracks:", "best tracks:", "anspieltipps:",
)  # fmt: skip

#: Openings of a review's or a recap's warning that it gives the plot away,
#: alone on its line (``Spoilers ahead.``, ``Warning: this review contains
#: spoilers for the finale.``, ``Achtung, Spoiler!``): ``page`` furniture.  Case folded.
SPOILER_NOTES: tuple[str, ...] = (
    "spoilers ahead", "spoilers below", "spoilers follow", "spoiler alert", "spoiler warning",
    "this review contains spoilers", "this article contains spoilers",
    "this recap contains spoilers", "this story contains spoilers",
    "warning: this review contains spoilers", "warning: this article contains spoilers",
    "achtung, spoiler", "achtung spoiler", "spoilerwarnung", "attention, spoilers",
    "attention spoilers", "attention, spoiler", "alerta de spoiler", "alerta de spoilers",
    "attenzione, spoiler", "attenzione: spoiler", "aviso de spoiler",
    "spoilerwaarschuwing", "let op: spoilers",
)  # fmt: skip

#: The headings of a long story's table of contents over its numbered or
#: bulleted entries (an explainer's, a report's, a guide's): ``Contents`` /
#: ``1. What has changed``.  Matched ignoring case, alone on their line, a colon
#: after them or none.
CONTENTS_HEADINGS: tuple[str, ...] = (
    "Contents", "Table of contents", "In this article", "In this story", "On this page",
    "In this guide",
    # a podcast's or a video's chapters over their time codes (show notes)
    "Chapters", "Episode chapters", "Timestamps",
)  # fmt: skip

#: The labels of a review's info box, one field a line under the headline (an
#: album's, a film's, a book's or a game's): ``Label: Example Records`` /
#: ``Release date: Nov. 7, 2025`` / ``Rating: 8/10``.  Matched ignoring case; two
#: such lines or more right under the headline are ``page`` furniture.
REVIEW_INFO_LABELS: tuple[str, ...] = (
    "Label", "Record label", "Release date", "Released", "Release", "Rating", "Our rating",
    "Verdict", "Running time", "Runtime", "Run time", "Director", "Directed by", "Starring",
    "Cast", "Genre", "Certificate", "Rated", "Publisher", "Pages", "Price", "Format",
    "Platform", "Platforms", "Developer", "Producer", "Length", "Tracks", "Author",
    "Venue", "Until", "Tickets", "Distributor", "In cinemas", "Streaming on", "Available on",
    # a court's press summary of a judgment, its case's facts under the case's
    # name (the UK Supreme Court's and Privy Council's, appeal courts'):
    # On appeal from: [2024] EWCA Civ 611 / Justices: Lord A, Lady B
    "On appeal from", "Justices", "Judges", "Before", "Coram", "Neutral citation",
    "Judgment date", "Date of judgment", "Hearing date", "Hearing dates", "Case ID",
    "Case number",
    # a product's review: its score, pros and cons (tech and consumer pages)
    "Score", "Grade", "Pros", "Cons",
    # the same boxes in German, French, Spanish, Italian, Portuguese and Dutch
    # reviews: Regie: Tomas Berg / Darsteller: ... / Laufzeit: 112 Minuten
    "Regie", "Darsteller", "Besetzung", "Laufzeit", "Drehbuch", "Verlag", "Seiten", "Preis",
    "Wertung", "Bewertung", "Réalisation", "Réalisateur", "Durée", "Éditeur", "Éditions",
    "Dirección", "Reparto", "Duración", "Editorial", "Calificación",
    "Regia", "Durata", "Editore", "Voto", "Realização", "Elenco", "Duração", "Editora",
    "Classificação", "Duur", "Uitgeverij", "Beoordeling", "Discográfica", "Sello",
    "Plattenfirma", "Étiquette", "Casa discografica", "Gravadora", "Platenlabel",
    # a restaurant's, a show's or an exhibition's facts (often closing the review)
    "Address", "Hours", "Opening hours", "Prices", "Price range", "Phone", "Telephone",
    "Website", "Reservations", "Bookings", "Open", "Adresse", "Öffnungszeiten", "Preise",
    "Horaires", "Prix", "Horario", "Precio", "Precios", "Indirizzo", "Orari", "Prezzi",
    "Morada", "Horário", "Preços", "Adres", "Openingstijden", "Prijzen",
)  # fmt: skip
