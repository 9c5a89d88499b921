"""Menus, teaser headlines and the "more news" heading of the templates, by language."""

LOCAL = {
    "en": (
        ["News", "Sport", "Business", "Opinion", "About us"],
        ["Council approves new budget after long debate", "Storm warning issued for the weekend"],
        "Most read",
    ),
    "de": (
        ["Politik", "Wirtschaft", "Sport", "Kultur", "Impressum"],
        ["Gemeinderat beschließt neuen Haushalt", "Unwetterwarnung für das Wochenende"],
        "Meistgelesen",
    ),
    "fr": (
        ["Actualité", "Économie", "Sport", "Culture", "Mentions légales"],
        ["Le conseil municipal adopte le budget", "Alerte météo pour le week-end"],
        "Les plus lus",
    ),
    "es": (
        ["Noticias", "Economía", "Deportes", "Cultura", "Aviso legal"],
        ["El ayuntamiento aprueba el presupuesto", "Alerta por tormentas este fin de semana"],
        "Lo más leído",
    ),
    "pt": (
        ["Notícias", "Economia", "Esportes", "Cultura", "Expediente"],
        ["Câmara aprova orçamento do próximo ano", "Alerta de temporal para o fim de semana"],
        "Mais lidas",
    ),
    "it": (
        ["Cronaca", "Economia", "Sport", "Cultura", "Chi siamo"],
        ["Il consiglio comunale approva il bilancio", "Allerta meteo per il fine settimana"],
        "I più letti",
    ),
    "nl": (
        ["Nieuws", "Economie", "Sport", "Cultuur", "Colofon"],
        ["Gemeenteraad stemt in met begroting", "Code oranje voor het weekend"],
        "Meest gelezen",
    ),
    "nb": (
        ["Nyheter", "Økonomi", "Sport", "Kultur", "Om oss"],
        ["Bystyret vedtok budsjettet", "Farevarsel for helgen"],
        "Mest lest",
    ),
    "sv": (
        ["Nyheter", "Ekonomi", "Sport", "Kultur", "Om oss"],
        ["Fullmäktige klubbade budgeten", "Stormvarning inför helgen"],
        "Mest läst",
    ),
    "da": (
        ["Nyheder", "Økonomi", "Sport", "Kultur", "Om os"],
        ["Byrådet vedtog budgettet", "Stormvarsel for weekenden"],
        "Mest læste",
    ),
    "fi": (
        ["Uutiset", "Talous", "Urheilu", "Kulttuuri", "Tietoa meistä"],
        ["Valtuusto hyväksyi talousarvion", "Myrskyvaroitus viikonlopuksi"],
        "Luetuimmat",
    ),
    "pl": (
        ["Wiadomości", "Biznes", "Sport", "Kultura", "Kontakt"],
        ["Rada miasta przyjęła budżet", "Ostrzeżenie przed burzami na weekend"],
        "Najczęściej czytane",
    ),
    "cs": (
        ["Zprávy", "Ekonomika", "Sport", "Kultura", "Kontakty"],
        ["Zastupitelé schválili rozpočet", "Varování před bouřkami na víkend"],
        "Nejčtenější",
    ),
    "tr": (
        ["Gündem", "Ekonomi", "Spor", "Kültür", "Künye"],
        ["Belediye meclisi bütçeyi onayladı", "Hafta sonu için fırtına uyarısı"],
        "En çok okunanlar",
    ),
    "ja": (
        ["ニュース", "経済", "スポーツ", "文化", "会社案内"],
        ["市議会が新年度予算を可決", "週末に大雨の恐れ"],
        "アクセスランキング",
    ),
    "ko": (
        ["정치", "경제", "사회", "스포츠", "회사소개"],
        ["시의회 내년 예산안 통과", "주말 강풍 주의보"],
        "많이 본 뉴스",
    ),
    "zh": (
        ["新闻", "财经", "体育", "文化", "关于我们"],
        ["市人大通过年度预算", "周末将有强降雨"],
        "热门文章",
    ),
    "zh-Hant": (
        ["要聞", "財經", "體育", "文化", "關於我們"],
        ["議會通過年度預算", "週末將有豪雨"],
        "熱門新聞",
    ),
    "hi": (
        ["देश", "दुनिया", "खेल", "मनोरंजन", "हमारे बारे में"],
        ["नगर निगम ने बजट पास किया", "सप्ताहांत में तूफान की चेतावनी"],
        "सबसे ज़्यादा पढ़ी गई",
    ),
}
