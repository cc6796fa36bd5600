#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace nastavnik::i18n {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? u"ru"_s : u"en"_s;
}

QString install(QCoreApplication& app, const QString& language)
{
    const QString lang = (language == u"ru" || language == u"en") ? language : systemLanguage();
    QLocale::setDefault(QLocale(lang == u"ru" ? QLocale::Russian : QLocale::English,
                                lang == u"ru" ? QLocale::Russia : QLocale::UnitedKingdom));

    // The translators live as long as the application.
    auto* own = new QTranslator(&app);
    if (own->load(u":/i18n/nastavnik_"_s + lang + u".qm"_s))
        QCoreApplication::installTranslator(own);
    if (lang == u"ru") {
        auto* qt = new QTranslator(&app);
        if (qt->load(u"qtbase_ru"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

QString russian(const char* context, const char* source, int n)
{
    static QTranslator* translator = [] {
        auto* t = new QTranslator();
        if (!t->load(u":/i18n/nastavnik_ru.qm"_s))
            qWarning("Russian translation is missing from the resources");
        return t;
    }();
    const QString translated = translator->translate(context, source, nullptr, n);
    QString result = translated.isEmpty() ? QString::fromUtf8(source) : translated;
    if (n >= 0)
        result.replace(u"%n"_s, QString::number(n));
    return result;
}

} // namespace nastavnik::i18n
