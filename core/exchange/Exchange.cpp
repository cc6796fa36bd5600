#include "exchange/Exchange.h"

#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nastavnik::exchange {

Result<Dataset> read(const QByteArray& json, Messages* messages)
{
    ExchangeReader reader;
    std::optional<Dataset> data = reader.read(json);
    const QStringList errors = reader.errors();
    if (messages) {
        messages->errors = errors;
        messages->warnings = reader.warnings();
    }
    if (!data)
        return Result<Dataset>::failure(errors.join(u'\n'));
    return std::move(*data);
}

Result<Dataset> readFile(const QString& path, Messages* messages)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& message) {
        const QString text = shown + u": "_s + message;
        if (messages) {
            messages->errors = QStringList{text};
            messages->warnings.clear();
        }
        return Result<Dataset>::failure(text);
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ExchangeReader::tr("the file does not exist; check its name and folder"));
    if (info.isDir())
        return fail(ExchangeReader::tr("this is a folder, not a file; give the exchange file (.json)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ExchangeReader::tr("the file cannot be read (%1); check that you may read it")
                        .arg(file.errorString()));
    }
    const QByteArray json = file.readAll();
    file.close();

    Messages local;
    Result<Dataset> result = read(json, &local);
    const QString prefix = shown + u": "_s;
    for (QString& e : local.errors)
        e.prepend(prefix);
    for (QString& w : local.warnings)
        w.prepend(prefix);
    if (messages)
        *messages = local;
    if (!result)
        return Result<Dataset>::failure(local.errors.join(u'\n'));
    return result;
}

QByteArray write(const Dataset& data)
{
    return ExchangeWriter::write(data);
}

Status writeFile(const Dataset& data, const QString& path)
{
    return ExchangeWriter::writeFile(data, path);
}

} // namespace nastavnik::exchange
