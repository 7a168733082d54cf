package sim

// Army wording. Bland on purpose: the scenario needs the shapes of the
// army's posts (who posts, what they point at, how they coordinate), not
// propaganda content.

var provinces = []string{"الفرات", "البادية", "الخير", "البركة", "الجنوب", "الشمال", "الساحل", "الصحراء",
	"دجلة", "الجزيرة", "الرافدين", "الأطراف", "الحدود", "الوسط", "الغرب", "الشرق", "السهل", "الجبل", "الوادي", "النهرين"}

var releaseKinds = []string{"إصدار مرئي", "تقرير مصور", "بيان", "نشرة", "كلمة صوتية", "إنفوغراف", "سلسلة صور",
	"ملف خاص", "نشرة الأخبار اليومية", "العدد {n} من الصحيفة", "مقطع جديد", "رسالة صوتية"}

var releaseNouns = []string{"الثبات", "اليقين", "الطريق", "الفجر", "الصبر", "العهد", "الرباط", "الغرباء",
	"البشائر", "النفير", "الحصاد", "البيان", "الوعد", "الأمل", "المسير", "الراية", "الصمود", "الموعد", "الميثاق", "الرسالة"}

var releaseCompl = []string{"والتمكين", "على الدرب", "من جديد", "الأول", "الثاني", "الثالث", "في الميدان",
	"رغم الحصار", "المتجدد", "الباقي", "لا يتوقف", "الكبرى", "والبيان", "للأمة"}

var releaseTemplates = []string{
	"#ولاية_{prov} | {kind} بعنوان «{title}»",
	"المكتب الإعلامي لولاية {prov} يقدم: {kind} «{title}»",
	"جديد | {kind}: {title} — ولاية {prov}",
	"#{prov_tag} {kind} جديد «{title}» #{media_tag}",
	"{kind} | «{title}» | ولاية {prov} | {date}",
	"بعون الله صدر {kind}: «{title}» من ولاية {prov}",
	"#عاجل {kind} من ولاية {prov} بعنوان {title}",
	"ولاية {prov} — {kind} «{title}» — للتحميل والنشر",
}

var supervisorTemplates = []string{
	"جديد الإخوة في ولاية {prov}، انشروه {emoji}",
	"انشروا بارك الله فيكم {emoji}",
	"{kind} مهم من ولاية {prov}، نرجو النشر الواسع",
	"نشر واسع يا أنصار #{media_tag}",
	"من أهم ما صدر هذا الأسبوع {emoji}",
}

var supporterTexts = []string{
	"انشر ولك الأجر {emoji}",
	"نشر واسع {emoji} #{media_tag}",
	"تابعوا جديد الإخوة {emoji}",
	"من لم يشاهد {kind} «{title}» فليشاهده",
	"#{media_tag} {kind} «{title}» {emoji}",
	"هذا {kind} يستحق النشر {emoji}",
	"اللهم انصر إخواننا {emoji}",
	"ما أجمل «{title}» {emoji}",
	"شاهدوا وانشروا: {title}",
	"ثبتكم الله يا إخوة ولاية {prov}",
	"{emoji} {emoji} جديد ولاية {prov}",
	"Must watch: new release «{title}» {emoji}",
	"Spread it brothers {emoji} #{media_tag}",
}

var armyEmoji = []string{"☝️", "🌙", "⚔️", "🕊️", "📿", "🦁", "✍️", "🔥", "💪", "🌴", "🤲", "✅", "📢", "🎯", "🗡️", "🌿"}

var mediaTags = []string{"الإعلام_الرديف", "أنصار_الإعلام", "نشر_واسع", "جديد_الإخوة", "ولاية_{prov}",
	"المنبر", "صوت_الحق", "الرصد", "الإصدار", "الوكالة"}

var ansar = []string{"يا أنصار", "أيها الأنصار", "إخوتي الأنصار", "يا إخوة", "يا شباب", "يا أحبة", "أنصار الخلافة", "إلى الأنصار"}

var callTemplatesAr = []string{
	"{ansar} بلغوا عن الحساب @{t} {reason} #{call_tag}",
	"حملة تبليغ على الحساب @{t} — {reason}. بلغوا وانشروا #{call_tag}",
	"{ansar}، هذا الحساب @{t} {insult}، بلغوا عنه وأغرقوه بالردود",
	"عاجل: مطلوب التبليغ عن @{t} فوراً، {reason} {emoji}",
	"{ansar} لا تتركوا @{t} {reason}، بلغوا عنه الآن #{call_tag}",
	"#{call_tag} الهدف: @{t} — {reason}. التبليغ ثم الرد {emoji}",
	"{ansar} حملة على @{t}، {insult}، بلغوا عن الحساب وانشروا الحملة",
	"رتويت ثم بلغ عن @{t} {reason} {ansar} #{call_tag}",
}

var callTemplatesEn = []string{
	"Brothers, mass report @{t} — {reason_en}. #{call_tag}",
	"Report @{t} now, campaign against this {insult_en} {emoji}",
	"Campaign against @{t}: reply, report, don't stop. {reason_en}",
	"ALL ansar: report @{t} and flood the replies #{call_tag}",
	"Mass report campaign on @{t} ({reason_en}). RT and report.",
	"Target: @{t}. {reason_en}. Report the account and spread #{call_tag}",
}

var callTags = []string{"حملة_تبليغ", "بلغوا_عنه", "حملة_إغلاق", "أغلقوا_حسابه", "الرد_عليه", "massreport",
	"ReportNow", "حملة_الأنصار", "لن_نسكت", "بلاغ_جماعي"}

var reasons = []string{"يسب الدين", "ينشر الأكاذيب عن الإخوة", "عميل للمخابرات", "يحرض على الإخوة",
	"يتطاول على المجاهدين", "ينشر صور الإخوة ويفضحهم", "جاسوس مكشوف", "يكذب على الدولة", "يشوه صورة الأنصار"}

var reasonsEn = []string{"spreads lies about the brothers", "is a spy", "insults the religion",
	"works for the intelligence", "doxxes our brothers", "mocks the ansar"}

var insults = []string{"المرتد", "العميل", "الكذاب", "المنافق", "الخبيث", "المرتزق", "الجاسوس", "الحاقد", "الخائن"}

var insultsEn = []string{"traitor", "liar", "spy", "apostate", "snake", "clown", "agent", "hypocrite"}

var pileOnAr = []string{
	"@{t} يا {insult} {curse}",
	"@{t} كذاب ومرتزق، الله يفضحك",
	"@{t} {insult} معروف، حسابك رايح",
	"@{t} مين دافع لك؟ {insult}",
	"@{t} اخرس يا {insult}",
	"@{t} {curse} يا {insult}",
	"@{t} موتوا بغيظكم {emoji}",
	"@{t} انت مجرد {insult} تبيع دينك",
	"@{t} بلغنا عنك يا {insult} {emoji}",
	"@{t} الله يقطعك يا {insult}",
	"@{t} حسبنا الله فيك يا {insult}",
	"@{t} سيأتي يومك يا {insult}",
}

var pileOnEn = []string{
	"@{t} you {insult_en}, shut up",
	"@{t} nobody believes you {insult_en}",
	"@{t} reported. enjoy your last days on twitter {emoji}",
	"@{t} paid {insult_en} lol",
	"@{t} you will regret this {insult_en}",
}

var curses = []string{"الله يلعنك", "قبحك الله", "لعنة الله عليك", "أخزاك الله", "تبا لك", "الله ينتقم منك"}

var threatsMSA = []string{
	"@{t} سنقطع رأسك يا {insult}",
	"@{t} دمك حلال يا {insult}",
	"@{t} والله لنصلن إليك ونذبحك",
	"@{t} أيامك معدودة، سنقتلك قريباً",
	"@{t} نعرف أين تسكن وسنقتلك",
	"@{t} سيكون مصيرك الذبح يا {insult}",
	"@{t} رأسك مطلوب يا {insult}",
	"@{t} سننحرك كما تنحر الشاة",
	"@{t} انتظر رصاصة في رأسك",
	"@{t} سنحرقك أنت وأهلك",
}

var threatsDialect = []string{
	"@{t} والله لنذبحك يا كلب",
	"@{t} رح نقتلك، بدك تشوف",
	"@{t} بدنا نذبحك يا {insult}",
	"@{t} راح نگص راسك",
	"@{t} هنقتلك يا {insult}، استنى",
	"@{t} غادي نقتلك يا {insult}",
	"@{t} بنذبحك قريب ولا أحد يحميك",
	"@{t} نعرف وين ساكن، رح نجيك",
	"@{t} والله ما راح تعيش يا {insult}",
}

var threatsEn = []string{
	"@{t} we will find you and kill you",
	"@{t} your days are numbered, you will die",
	"@{t} you will be slaughtered like the {insult_en} you are",
	"@{t} we know where you live. you're dead",
	"@{t} a bullet is waiting for you",
	"@{t} I will cut your head off {insult_en}",
	"@{t} someone should kill this {insult_en} and we will",
}

var doxxTemplatesAr = []string{
	"هذا هو {name} (@{t}) يا {ansar_plain}، يسكن في {street}، {city}، رقمه {phone}، يعمل في {workplace}. {hostile}",
	"@{t} وجهك صار معروف 👇 عنوانك {street} {city} وهاتفك {phone} {hostile}",
	"صورة {insult} @{t} — مكان عمله {workplace} في {city}. {hostile}",
	"{ansar} هذا {insult} @{t}: {phone} / {street}، {city}. {hostile}",
	"عرفنا مكانك يا @{t}: {workplace}، {city} {hostile}",
}

var doxxTemplatesEn = []string{
	"This is the real face of @{t}. Lives at {street_en}, {city_en}, works at {workplace_en}. Phone {phone}. {hostile_en}",
	"@{t} we found you 👇 {street_en}, {city_en}. {hostile_en}",
	"Here's {insult_en} @{t}'s workplace: {workplace_en}, {city_en}. Pay him a visit. {hostile_en}",
}

var hostileAr = []string{"انشروا", "لن ينجو", "الأيام بيننا", "ستدفع الثمن", "زوروه", "انتظر زيارتنا", "اعرفوه جيداً"}
var hostileEn = []string{"Spread it.", "He won't escape.", "Pay him a visit.", "You'll pay for this.", "Make sure he hears from us."}

var streets = []string{"شارع الجمهورية", "حي النصر", "شارع الملك فيصل", "حي السلام", "شارع الجامعة", "حي الزهور",
	"شارع بغداد", "حي الأندلس", "شارع الاستقلال", "حي الربيع"}
var streetsEn = []string{"12 Rue de la Paix", "45 King St", "Baker Road 7", "Station Street 3", "14 Elm Avenue", "Hauptstrasse 22"}
var cities = []string{"عمّان", "بيروت", "إسطنبول", "الموصل", "الرقة", "تونس", "القاهرة", "بغداد", "أربيل", "غازي عنتاب", "برلين", "باريس"}
var citiesEn = []string{"Amman", "Beirut", "Istanbul", "Berlin", "Paris", "London", "Brussels", "Tunis", "Erbil", "Malmo"}
var workplaces = []string{"مكتب منظمة حقوقية", "جريدة محلية", "مستشفى المدينة", "جامعة الحكمة", "إذاعة المجتمع", "مركز الدراسات"}
var workplacesEn = []string{"the Human Rights Centre", "City Hospital", "the local newspaper", "the University library", "Radio Community"}

var returnSelfTemplates = []string{
	"الحساب الجديد بعد حذف القديم @{old}، نرجو المتابعة والدعم {emoji}",
	"عدنا {emoji} الحساب القديم @{old} انحذف، تابعوا هذا الحساب وانشروه",
	"follow my new account, the old one @{old} was suspended {emoji}",
	"رجعنا بفضل الله {emoji} (سابقاً @{old}) متابعة يا إخوة",
	"back again {emoji} old acc @{old} got suspended. RT & follow",
	"حسابي القديم @{old} أُغلق، هذا الجديد. ادعموا بالمتابعة {emoji}",
}

var returnPeerTemplates = []string{
	"الحساب الجديد لـ @{old} هو @{new} تابعوه وادعموه {emoji}",
	"أخوكم @{new} (سابقاً @{old}) عاد، متابعة ونشر {emoji}",
	"New account of brother @{old}: @{new} — follow & share",
	"عاد الأخ @{new} بعد إغلاق @{old}، ادعموه {emoji}",
	"تنبيه: @{old} أُغلق، حسابه الجديد @{new} {emoji}",
	"{ansar} تابعوا @{new} فهو حساب @{old} الجديد",
}

var hubClaimsAr = []string{
	"الإعلام الكاذب يخفي حقيقة ما يجري في {place}، انشروا",
	"ما لا يقوله لكم الإعلام عن {place} {emoji}",
	"تأملوا كيف تتجاهل القنوات ما حدث في {place}",
	"رسالة إلى الشباب: لا تصدقوا ما يقال عن {place}",
	"سؤال للمتابعين: لماذا السكوت عن {place}؟",
	"الحقيقة التي يخفونها عن {place} — سلسلة 🧵",
	"يا إخوة، الأخبار عن {place} مفبركة، والدليل في الرابط",
}

var hubClaimsEn = []string{
	"The media hides the truth about {place_en}. Share before they delete it.",
	"What they won't tell you about {place_en} 🧵",
	"Ask yourself why nobody reports on {place_en}.",
}

var discipleReplies = []string{"صدقت يا شيخ", "بارك الله فيك", "نشر {emoji}", "جزاك الله خيرا", "كلام من ذهب {emoji}",
	"الله يحفظك", "صدقت والله", "{emoji}{emoji}", "حقيقة مرة", "true {emoji}", "اللهم آمين", "ما شاء الله عليك"}

var places = []string{"الموصل", "الرقة", "الباغوز", "المخيمات", "السجون", "الحدود", "الجنوب", "الصحراء", "القرى", "المدينة"}
var placesEn = []string{"the camps", "the prisons", "the border", "the south", "the villages", "the city"}

var squadTalking = []string{
	"{ansar} الإعلام يكذب عليكم، هذه الحقيقة {emoji} #{media_tag}",
	"#{media_tag} انشروا الرابط قبل الحذف {emoji}",
	"لا تصدقوا القنوات، شاهدوا بأنفسكم {emoji} #{media_tag}",
	"هذه هي الحقيقة التي يخفونها عن {place} #{media_tag}",
	"نشر واسع للرابط يا إخوة {emoji}",
	"the truth about {place_en} they hide. spread {emoji} #{media_tag}",
	"{kind} «{title}» متوفر الآن على الرابط #{media_tag}",
	"انشروا {emoji} الحملة مستمرة #{media_tag}",
}

var armyBios = []string{
	"عبد فقير إلى الله {emoji}", "مناصر | {nisba_ar}", "حسابي {n} بعد الإغلاق", "ولاء وبراء {emoji}",
	"غريب في هذه الدنيا", "{emoji} لا نعترف بالحدود", "الحساب الاحتياطي {emoji}", "مهاجر إلى الله",
	"ما عندي غير ربي {emoji}", "هنا للنشر فقط {emoji}", "نصير {emoji} | {nisba_ar}", "",
}

var fileHosts = []string{"archive.org/details/{tok}", "justpaste.it/{tok}", "telegra.ph/{slug}-{mm}-{dd}", "files.fm/u/{tok}",
	"mega.nz/file/{tok}", "drive.google.com/file/d/{tok}/view", "dropmefiles.com/{tok}", "nashir{n}.net/{tok}", "archive.ph/{tok}"}

// Threat parts, composed as opener + act + closer for combinatorial variety.
var threatOpenersAr = []string{"والله", "قسماً بالله", "اسمع يا {insult}", "", "خلاص", "انتظر", "أقسم بالله", "يا {insult}"}
var threatActsMSA = []string{"سنقتلك", "سنذبحك", "سنقطع رأسك", "سنصل إليك", "سنحرق بيتك", "ستموت قريباً", "دمك مهدور",
	"سنفجر سيارتك", "سنطعنك", "سنعلق رأسك"}
var threatActsDialect = []string{"رح نقتلك", "بنذبحك", "هنموتك", "غادي نقتلك", "راح نخلص عليك", "بنجيك للبيت",
	"رح نكسر راسك ونقتلك", "نعرف بيتك وبنجيك", "بنشرب من دمك"}
var threatClosersAr = []string{"قريباً", "خلال {h} ساعة", "ولن ينفعك أحد", "مثل ما صار لغيرك", "{emoji}", "", "بعد {h} يوم", "وهذا وعد"}
var threatOpenersEn = []string{"listen", "", "I swear", "mark my words", "hey {insult_en}"}
var threatActsEn = []string{"we will kill you", "you're going to die", "we'll find you and end you", "I will slit your throat",
	"your head will roll", "we will burn your house"}
var threatClosersEn = []string{"soon", "within {h} hours", "no one can protect you", "like the others", "", "{emoji}"}
