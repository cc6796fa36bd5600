#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace nastavnik::i18n {

/// Installs the application's and Qt's own translators for `language` ("ru", "en", or empty
/// for the system locale). Returns the language installed ("ru" or "en").
QString install(QCoreApplication& app, const QString& language);

/// The language the system locale asks for: "ru" for Russian systems, "en" otherwise.
QString systemLanguage();

/// `source` of `context` translated to Russian whatever the UI language: documents and
/// command-line findings are always Russian. `n` selects the plural form.
QString russian(const char* context, const char* source, int n = -1);

} // namespace nastavnik::i18n
