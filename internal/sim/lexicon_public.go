package sim

// Everyday wording of ordinary people, news accounts and activists.

var chatterAr = []string{
	"صباح الخير {emoji_o}", "الجو اليوم {weather}", "أحد يعرف مطعم {food} زين في {city}؟",
	"مباراة اليوم كانت {match_adj} {emoji_o}", "الأسعار صارت نار، {price} بـ {n} {currency}", "يا رب توفيق في الامتحانات {emoji_o}",
	"خلصت الدوام أخيراً {emoji_o}", "أحلى شي القهوة الصبح {emoji_o}", "مين يتابع مسلسل {series}؟",
	"الزحمة في {city} اليوم ما لها حل", "جمعة مباركة {emoji_o}", "رمضان قرب {emoji_o}", "اشتريت جوال جديد وندمت",
	"الحمد لله على كل حال", "أحد عنده تجربة مع {brand}؟", "النوم بدري أحلى قرار", "{team} بطل هذا الموسم {emoji_o}",
	"تصبحون على خير", "اليوم عيد ميلاد أمي {emoji_o}", "رايح {city} الأسبوع الجاي، أنصحوني", "الإنترنت عندنا بطيء جداً اليوم",
	"كتاب {book} جميل جداً أنصح فيه", "ليش كل شي غالي هالأيام؟", "الحمدلله خلصت المشروع {emoji_o}",
}

var chatterEn = []string{
	"good morning {emoji_o}", "weather today is {weather_en}", "anyone know a good {food_en} place in {city_en}?",
	"what a match tonight {emoji_o}", "prices are insane, {price_en} costs {n} now", "finally friday {emoji_o}",
	"can't sleep again", "coffee first, then everything else {emoji_o}", "anyone watching {series}?",
	"traffic in {city_en} is a nightmare", "new phone, who dis", "just finished my project {emoji_o}",
	"{team} for the title this year {emoji_o}", "reading {book} and loving it", "monday again...",
	"my cat ignores me professionally {emoji_o}", "happy birthday mom {emoji_o}", "need book recommendations",
}

var repliesAr = []string{"صح كلامك", "هههههه {emoji_o}", "والله صادق", "لا أتفق معك", "ألف مبروك {emoji_o}", "الله يسعدك",
	"أنا كمان", "فعلاً", "{emoji_o}", "يا حظك", "وين بالضبط؟", "ههههه حلوة", "الله يوفقك", "مافي أحلى"}
var repliesEn = []string{"same {emoji_o}", "lol", "congrats!", "so true", "I disagree tbh", "where is that?", "{emoji_o}",
	"this made my day", "agreed", "haha", "good luck!", "nope"}

var emojiOrdinary = []string{"😂", "❤️", "😍", "👍", "🙏", "😅", "🔥", "☕", "🌸", "😴", "🥲", "👌", "🎉", "⚽", "😊"}
var weather = []string{"حار جداً", "جميل", "غبار", "ممطر", "بارد", "معتدل"}
var weatherEn = []string{"lovely", "so hot", "rainy", "freezing", "grey"}
var foods = []string{"شاورما", "مندي", "كبسة", "فلافل", "كشري", "مشاوي", "بيتزا", "سوشي"}
var foodsEn = []string{"pizza", "sushi", "burger", "shawarma", "ramen", "falafel"}
var prices = []string{"كيلو الطماطم", "البنزين", "الخبز", "كيلو اللحم", "السكر"}
var pricesEn = []string{"a coffee", "petrol", "rent", "a sandwich"}
var currencies = []string{"دينار", "ليرة", "جنيه", "ريال", "درهم"}
var series = []string{"الهيبة", "باب الحارة", "Dark", "Succession", "The Crown", "الاختيار", "Shogun"}
var brands = []string{"سامسونج", "آيفون", "شاومي", "هواوي", "أمازون"}
var teams = []string{"الهلال", "الأهلي", "الزمالك", "الريال", "برشلونة", "الوداد", "الترجي", "ليفربول", "الاتحاد"}
var books = []string{"مئة عام من العزلة", "الخيميائي", "Sapiens", "Atomic Habits", "موسم الهجرة إلى الشمال", "ساق البامبو"}
var matchAdj = []string{"نار", "مملة", "تجنن", "تاريخية", "سيئة"}

var newsTemplatesAr = []string{
	"{city}: افتتاح {facility} جديد بتكلفة {n} مليون", "ارتفاع أسعار {price} في {city} بنسبة {n}%",
	"عاجل | وزير {ministry} يعلن {policy}", "الطقس: {weather} في معظم المناطق اليوم",
	"انطلاق معرض {city} الدولي للكتاب بمشاركة {n} دار نشر", "{team} يفوز على {team2} في الدوري",
	"تقرير: {n}% من الشباب يستخدمون مواقع التواصل يومياً", "البنك المركزي يبقي على سعر الفائدة دون تغيير",
}
var newsTemplatesEn = []string{
	"{city_en}: new {facility_en} opens, costing {n} million", "Inflation rises to {n}% in latest figures",
	"BREAKING: Minister announces {policy_en}", "{team} beat {team2} in the league", "Report: {n}% of youth online daily",
}
var facilities = []string{"مستشفى", "جسر", "مركز ثقافي", "ملعب", "مدرسة"}
var facilitiesEn = []string{"hospital", "bridge", "cultural centre", "stadium", "school"}
var ministries = []string{"الصحة", "التعليم", "الداخلية", "الاقتصاد", "النقل"}
var policies = []string{"خطة جديدة للنقل العام", "زيادة الرواتب", "حملة تطعيم", "إصلاح التعليم", "دعم الشباب"}
var policiesEn = []string{"a new transport plan", "a wage increase", "a vaccination drive", "an education reform"}

// Hard negatives: violent words that threaten nobody.
var violentNewsAr = []string{
	"مقتل {n} أشخاص في انفجار استهدف سوقاً في {city}",
	"الشرطة: اعتقال مشتبه به بعد تهديدات بالقتل ضد صحفي في {city}",
	"محكمة {city} تقضي بسجن رجل هدد بذبح جاره",
	"هجوم مسلح يودي بحياة {n} مدنيين قرب {city}",
	"الأمم المتحدة: ارتفاع عدد القتلى في النزاع إلى {n}",
	"إرشادات صحية لذبح الأضاحي في العيد",
	"تقرير: التهديد بالقتل عبر الإنترنت يستهدف الصحفيات بشكل متزايد",
}
var violentNewsEn = []string{
	"{n} killed in blast at market in {city_en}", "Man jailed for threatening to kill journalist in {city_en}",
	"Police arrest suspect after death threats against activist", "UN: death toll in conflict rises to {n}",
	"Court hears how attacker planned to behead victim, prosecutors say",
}
var condemnations = []string{
	"ندين بأشد العبارات التهديد بالقتل الذي تعرض له @{t}", "التحريض على القتل جريمة، كل التضامن مع @{t}",
	"Death threats against @{t} are unacceptable. Solidarity.", "We condemn the campaign calling to kill @{t}. Report it, don't share it.",
	"تهديد @{t} بالذبح إرهاب إلكتروني ويجب محاسبة من يقف خلفه", "No one should receive threats like \"we will kill you\" for doing journalism. Stand with @{t}",
}
var religiousQuotes = []string{
	"﴿وَلَا تَقْتُلُوا النَّفْسَ الَّتِي حَرَّمَ اللَّهُ إِلَّا بِالْحَقِّ﴾", "من قتل نفساً بغير نفس أو فساد في الأرض فكأنما قتل الناس جميعاً",
	"المسلم من سلم المسلمون من لسانه ويده", "﴿وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا﴾",
	"لزوال الدنيا أهون على الله من قتل رجل مسلم",
}
var hyperbole = []string{
	"والله أقتلك إذا حرقت المسلسل {emoji_o}", "أمي راح تذبحني إذا تأخرت 😂", "I'm going to kill my brother, he ate my fries {emoji_o}",
	"mom will literally murder me lol", "هالامتحان قتلني قتل", "this heat is killing me", "بموت من الضحك {emoji_o}",
	"@{t} لو ما جيت بكرة بقتلك 😂😂", "@{t} I swear I'll strangle you if you're late again {emoji_o}", "الزحمة اليوم ذبحتني",
}
var threatReports = []string{
	"تلقيت اليوم رسالة تقول «سنقتلك» — أبلغت الشرطة ولن أصمت", "Today someone wrote to me \"we will find you and kill you\". I reported it.",
	"هذه عينة من رسائل التهديد التي تصلني: «دمك حلال». التوثيق مستمر", "Screenshots of the death threats I received this week. This is what journalists face.",
	"عبارة «سنذبحك» ليست رأياً، إنها جريمة. تضامناً مع @{t}",
}
var solidarityPhoto = []string{"كل التضامن مع @{t} {emoji_o}", "Solidarity with @{t}. We stand with you.", "صديقتي @{t} أشجع من عرفت {emoji_o}",
	"@{t} في ندوة اليوم عن حرية الصحافة", "Proud of @{t} receiving the award today {emoji_o}"}
var selfPhoto = []string{"من ندوة اليوم في {city}", "Speaking today in {city_en} about online hate", "صورتي الجديدة {emoji_o}", "شكراً على الاستضافة {emoji_o}"}
var criticalQuotes = []string{
	"انظروا كيف يروّج التنظيم لإصداره الجديد، لا تنشروا الرابط", "Another release pushed by the same accounts within minutes. Thread on the network behind it 🧵",
	"هذا الإصدار مليء بالأكاذيب، وهذه الحقائق", "Do not share this. Report it. Here is what it claims and why it's false:",
	"رصدنا انتشار هذا الإصدار عبر {n} حساباً خلال ساعة", "Journalists: please don't amplify this propaganda video.",
}

var sportsIdioms = []string{
	"ذبحنا {team2} برباعية {emoji_o}", "{team} قتل المباراة في الشوط الثاني", "سحقناهم سحق {emoji_o}", "هجوم {team} ناري، دمرهم تدمير",
	"{team} killed it tonight {emoji_o}", "we absolutely murdered them 4-0", "that striker is a killer in the box",
	"المدرب ذبح الفريق بالتبديلات الغبية", "they got slaughtered in the second half lol",
}

var viralAr = []string{
	"قصة اليوم: طفل في {city} أعاد محفظة فيها {n} ألف لصاحبها {emoji_o}", "شاهدوا ردة فعل هذا الجد حين رأى حفيده لأول مرة {emoji_o}",
	"أجمل صورة ممكن تشوفها اليوم {emoji_o}", "معلم يتبرع براتبه لطلابه في {city} {emoji_o}", "هذا القط يرفض يترك صاحبه في المستشفى {emoji_o}",
	"ما تتخيلون وش صار معي اليوم في {city} 😂 (ثريد)",
}
var viralEn = []string{
	"This grandpa seeing his grandson for the first time {emoji_o}", "A kid in {city_en} returned a wallet with {n}k inside {emoji_o}",
	"the most wholesome thing you'll see today {emoji_o}", "Teacher donates salary to students {emoji_o}",
}

var heatedRoots = []string{
	"الحكم ظلم {team} اليوم بشكل واضح، هذا فساد", "رأيي: {series} أسوأ مسلسل هذه السنة", "رفع أسعار {price} قرار غبي وغير مدروس",
	"Hot take: {team} don't deserve the title", "unpopular opinion: {food_en} is overrated",
	"الفنان {celeb} صار مغرور ولا يحترم جمهوره", "المدارس الخاصة سرقة علنية",
}
var heatedReplies = []string{"@{t} كلام فاضي", "@{t} يا جاهل انت ما تفهم شي", "@{t} معك حق 100%", "@{t} شو هالحكي؟",
	"@{t} you're so wrong lol", "@{t} worst take ever", "@{t} فعلاً والله", "@{t} غلط، {team} يستاهل", "@{t} انت متعصب",
	"@{t} احترم نفسك", "@{t} this is the dumbest thing I've read today", "@{t} بالعكس تماماً", "@{t} كلامك يوجع بس صح",
	"@{t} ههههه لا تحلم", "@{t} ليش هالحقد؟", "@{t} مين سألك", "@{t} ratio"}
var celebs = []string{"فلان", "النجم", "المغني", "الممثل"}

var activistTemplates = []string{
	"نوثّق اليوم {n} حساباً تنشر التحريض ضد الصحفيين", "ثريد: كيف يجند التنظيم الشباب عبر الإنترنت 🧵",
	"Thread: how the group recruits online and who amplifies it 🧵", "تقرير جديد عن خطاب الكراهية على المنصات",
	"We documented {n} accounts coordinating harassment this week", "لن نسكت عن التهديدات، التوثيق مستمر",
	"حقوق الضحايا أولاً. #{act_tag}", "Our new report on online extremism is out: {link}", "شكراً لكل من تضامن معنا",
	"اليوم ندوة عن حماية الصحفيين في {city}", "Journalists are not targets. #{act_tag}",
}
var activistTags = []string{"حرية_الصحافة", "لا_للكراهية", "حماية_الصحفيين", "PressFreedom", "StopHate", "حقوق_الإنسان"}

var activistBios = []string{"ناشط حقوقي | {city}", "صحفية مستقلة", "human rights defender", "journalist · {city_en}",
	"researcher on extremism online", "باحث في الجماعات المتطرفة", "مدافعة عن حقوق المرأة", "كاتب ومدون", "documenting abuses since 2014",
	"مراسل | الآراء تمثلني"}
var ordinaryBiosAr = []string{"", "", "أحب {hobby_ar}", "{city}", "طالب جامعي", "مهندس", "أم لثلاثة {emoji_o}", "الحياة حلوة",
	"{team} للأبد", "قارئ", "ممرضة", "سبحان الله وبحمده"}
var ordinaryBiosEn = []string{"", "", "{hobby} lover", "{city_en}", "student", "engineer", "dad of 2", "coffee & books", "views my own"}
var hobbiesAr = []string{"القهوة", "القراءة", "السفر", "كرة القدم", "الطبخ", "التصوير"}

var newsNamesAr = []string{"أخبار {city}", "{word} نيوز", "قناة {word}", "شبكة {word} الإخبارية", "وكالة {word}", "{city} اليوم"}
var newsWords = []string{"الحدث", "الصباح", "النهار", "الشرق", "المرصد", "البلد", "الآن", "الوطن", "الغد", "المدار"}
var newsWordsTr = []string{"alhadath", "alsabah", "alnahar", "alsharq", "almarsad", "albalad", "alaan", "watan", "alghad", "madar"}
var cityTr = []string{"amman", "beirut", "istanbul", "mosul", "raqqa", "tunis", "cairo", "baghdad", "erbil", "antep", "berlin", "paris"}

var counterTags = []string{"لا_للتحريض", "أوقفوا_الكراهية", "معا_ضد_التطرف", "صوتنا_أعلى", "StopTheHate", "لن_نصمت",
	"NotAfraid", "الكلمة_أقوى", "كلنا_ضد_الإرهاب", "WeStandTogether"}
var counterTemplates = []string{
	"نحن أقوى من الخوف #{ctag}", "لن يسكتونا بالتهديد #{ctag} {emoji_o}", "#{ctag} لأن الكلمة أقوى من السكين",
	"We will not be silenced #{ctag}", "Join us today: #{ctag} {emoji_o}", "#{ctag} ضد التحريض وضد خطاب الكراهية",
	"شاركوا قصصكم مع التهديدات #{ctag}", "كل التضامن مع الصحفيين المهددين #{ctag}", "#{ctag} no to incitement, yes to life",
}
var counterReactions = []string{
	"@{t} هاشتاقكم ما يسوى شي يا {insult}", "@{t} موتوا بغيظكم #{ctag}", "@{t} {insult} يتاجرون بالشعارات",
	"@{t} your hashtag is a joke {insult_en}", "@{t} سيأتي يومكم يا {insult}", "@{t} {curse}",
}
var mobilisationTemplates = []string{
	"{ansar} أغرقوا الهاشتاق #{ctag} بالردود وبلغوا عن @{t} و @{t2}",
	"{ansar} حملة مضادة على #{ctag}، الهدف @{t} — بلغوا وردوا",
	"Brothers, flood #{ctag} and mass report @{t}",
	"عاجل {ansar}: #{ctag} هاشتاق العملاء، بلغوا عن مطلقيه @{t} @{t2}",
}

// Chatter wrappers: openers and closers people put around what they say.
var chatterOpenersAr = []string{"والله", "يا جماعة", "بصراحة", "أحس", "المهم", "طيب", "اليوم", "شباب", "يا ناس", "أخيراً"}
var chatterClosersAr = []string{"هههه", "😂😂", "!", "؟", "…", "يا رب", "الحمدلله", "بس كذا", "صح؟"}
var chatterOpenersEn = []string{"ok so", "honestly", "lol", "guys", "ngl", "today", "so", "update:"}
var chatterClosersEn = []string{"lol", "!!", "...", "haha", "smh", "fr", "tbh", "😅"}

var moreChatterAr = []string{
	"أحد يعرف دكتور أسنان شاطر في {city}؟", "الكهرباء قطعت مرة ثانية", "ابني نجح في الامتحان {emoji_o}", "وش رأيكم في {brand}؟",
	"عندي مقابلة عمل بكرة، ادعولي", "الشاي بالنعناع أحسن من القهوة وما أقبل نقاش", "أول يوم في الشغل الجديد {emoji_o}",
	"ودي أسافر {city} بس الأسعار غالية", "مين جرب {food} في المطعم الجديد؟", "خلصت {book} أخيراً", "{team} خسر مرة ثانية 💔",
	"الجو في {city} ما ينطاق", "ليش الناس ما تحترم الدور؟", "أحلى شي لمة العائلة يوم الجمعة {emoji_o}", "سيارتي خربت بنص الطريق",
	"اللهم بلغنا رمضان", "تعبت من المذاكرة", "عيد ميلاد أختي اليوم {emoji_o}", "الحمدلله على نعمة الصحة",
}
var moreChatterEn = []string{
	"anyone know a good dentist in {city_en}?", "power cut again", "job interview tomorrow, wish me luck", "first day at the new job {emoji_o}",
	"{team} lost again 💔", "tea > coffee, fight me", "finished {book} finally", "my car broke down on the highway", "exams are killing me",
	"family lunch sunday {emoji_o}", "why is everything so expensive", "learning to cook {food_en} today",
}
