namespace ListingLsp.Benchmarks.Generation;

/// <summary>
/// Invented author names in many scripts. Whole names are built from a script's given names and
/// surnames, so the same person recurs across entries (hover and completion see repeated authors).
/// </summary>
internal static class Names
{
    /// <summary>One script's name parts and how its names are joined.</summary>
    internal sealed record Script(string[] Given, string[] Family, string Separator, bool FamilyFirst, int Weight);

    internal static readonly Script[] Scripts =
    [
        // Latin with diacritics, initials and hyphenated given names.
        new(["Amélie", "Bruno", "Chiara", "Élodie", "François", "Gökhan", "Hélène", "Ingrid", "Jürgen", "Lucía",
             "Mateus", "Nilüfer", "Oskar", "Paweł", "Quentin", "Renée", "Sigríður", "Tomás", "Ulrike", "Vítor",
             "Wiktoria", "Xavier", "Yusuf", "Zuzana", "Ana Luísa", "Jean-Baptiste", "Mary-Kate", "Samuel B.",
             "Tereza", "Dagný", "Bjørn", "Ioana", "Tiago", "Ömer", "Kateřina", "Mihály", "Åsa", "Raúl"],
            ["Álvarez", "Brødsgaard", "Čapek", "Dvořák", "Eriksson", "Fernández", "Gonçalves", "Høeg", "Ibáñez",
             "Jovanović", "Kowalczyk", "Løvås", "Müller", "Núñez", "Öztürk", "Pérez", "Quiñones", "Rødland",
             "Šimůnek", "Tőkés", "Ursu", "Vásquez", "Wójcik", "Yılmaz", "Żukowski", "Nguyễn", "Trần", "Phạm",
             "Hartmann", "Lindqvist", "Moreau", "Castellanos", "Aydın", "Horváth", "Sørensen", "Ferreira"],
            " ", false, 40),
        // Latin surnames with name prefixes, glued (McDonald) and spaced (van der Linde).
        new(["Fiona", "Declan", "Maeve", "Ruairí", "Sophie", "Pieter", "Annelies", "Carmen", "Luca", "Hamid"],
            ["McDonald", "MacLeod", "O'Connor", "D'Souza", "FitzGerald", "DeWitt", "DiMaggio", "DaCosta", "DuPont",
             "LaRue", "LeBlanc", "VanDyke", "VonStein", "StClair", "van der Linde", "de la Cruz", "van den Broek",
             "von Hohenau", "da Silva", "di Stefano", "bin Rashid", "al-Amin", "ten Haaf", "de Vries"],
            " ", false, 12),
        new(["Анна", "Дмитрий", "Екатерина", "Иван", "Ольга", "Сергей", "Татьяна", "Юрий", "Михаил", "Наталья"],
            ["Петрова", "Смирнов", "Кузнецова", "Волков", "Соколова", "Лебедев", "Морозова", "Новиков", "Орлова"],
            " ", false, 8),
        new(["Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Δημήτρης", "Σοφία", "Κατερίνα", "Παύλος"],
            ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Κωνσταντίνου", "Αλεξίου", "Μακρή", "Σταύρου"],
            " ", false, 5),
        // Chinese names: family name first, no space.
        new(["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "杰", "涛", "晓明", "雨桐", "子涵"],
            ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"],
            "", true, 9),
        new(["健太", "花子", "翔", "美咲", "大輔", "優子", "蓮"], ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"], " ", true, 4),
        new(["민준", "서연", "지훈", "수아", "도윤", "하은"], ["김", "이", "박", "최", "정"], "", true, 3),
        new(["محمد", "فاطمة", "أحمد", "ليلى", "عمر", "نور", "يوسف", "سارة"],
            ["العلي", "الحسن", "منصور", "حداد", "الخطيب", "النجار"],
            " ", false, 5),
        new(["अनन्या", "राहुल", "प्रिया", "अर्जुन", "दीपिका", "विक्रम", "कविता", "सौरभ"],
            ["शर्मा", "वर्मा", "गुप्ता", "पटेल", "सिंह", "जोशी", "अय्यर"],
            " ", false, 6),
        new(["נועה", "איתי", "תמר", "יונתן"], ["כהן", "לוי", "מזרחי", "פרץ"], " ", false, 2),
    ];

    internal static readonly string[] Orgs =
    [
        "mit", "openai", "stanford", "berkeley", "mila", "google-deepmind", "eth-zurich", "tsinghua", "cmu",
        "inria", "oxford", "cambridge", "epfl", "kaist", "u-tokyo", "iisc", "max-planck", "allen-ai", "meta-fair",
        "msr", "anthropic", "nvidia", "toronto", "vector-institute", "ucl", "tum", "kth", "weizmann", "technion",
        "peking", "fudan", "nus", "a-star", "csiro", "ibm-research", "huawei-noah", "baidu", "sony-ai", "naver",
        "lmu", "uva", "edinburgh", "imperial", "caltech", "princeton", "harvard", "yale", "uw", "ut-austin",
        "georgia-tech", "umich", "uiuc", "ucla", "ucsd", "jhu", "nyu", "cornell", "columbia", "kaust", "mbzuai",
    ];

    private static readonly int TotalWeight = Scripts.Sum(s => s.Weight);

    internal static string Person(Random random)
    {
        var pick = random.Next(TotalWeight);
        var script = Scripts[0];
        foreach (var candidate in Scripts)
        {
            if (pick < candidate.Weight)
            {
                script = candidate;
                break;
            }
            pick -= candidate.Weight;
        }
        var given = script.Given[random.Next(script.Given.Length)];
        var family = script.Family[random.Next(script.Family.Length)];
        return script.FamilyFirst ? family + script.Separator + given : given + script.Separator + family;
    }
}
