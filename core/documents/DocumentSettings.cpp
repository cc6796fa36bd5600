#include "documents/DocumentSettings.h"

#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nastavnik {
namespace {
const QString kNumberFormat = u"documents.order_number_format"_s;
const QString kMentorPay = u"documents.mentor_pay"_s;
const QString kWebsite = u"documents.website"_s;
} // namespace

DocumentSettingsRepository::DocumentSettingsRepository(const QSqlDatabase& db)
    : m_db(db)
{
}

Result<DocumentSettings> DocumentSettingsRepository::load() const
{
    DocumentSettings s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key, value FROM app_meta WHERE key LIKE 'documents.%'"_s);
    if (!q.exec())
        return Result<DocumentSettings>::failure(tr("The settings of documents could not be read: %1").arg(sql::errorText(q)));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == kNumberFormat && !value.isEmpty())
            s.orderNumberFormat = value;
        else if (key == kMentorPay)
            s.mentorPay = value;
        else if (key == kWebsite)
            s.website = value;
    }
    return s;
}

QStringList DocumentSettingsRepository::validate(const DocumentSettings& s)
{
    QStringList problems;
    if (!s.orderNumberFormat.contains(u"{n}"))
        problems << tr("The number format of orders must contain {n}, the number within the year (e.g. {n}-{suffix}).");
    bool isNumber = false;
    const QString pay = s.mentorPay.trimmed();
    if (!pay.isEmpty()) {
        QString(pay).remove(u' ').toDouble(&isNumber);
        if (!isNumber)
            problems << tr("The mentor's pay must be an amount in roubles, e.g. 3000, or empty to leave a blank.");
    }
    return problems;
}

Status DocumentSettingsRepository::save(const DocumentSettings& s)
{
    if (const QStringList problems = validate(s); !problems.isEmpty())
        return Status::failure(problems.join(u' '));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    const std::pair<QString, QString> values[] = {
        {kNumberFormat, s.orderNumberFormat.trimmed()}, {kMentorPay, s.mentorPay.trimmed()}, {kWebsite, s.website.trimmed()}};
    for (const auto& [key, value] : values) {
        q.addBindValue(key);
        q.addBindValue(sql::text(value));
        if (!q.exec())
            return Status::failure(tr("The settings of documents could not be saved: %1").arg(sql::errorText(q)));
    }
    return tx.commit();
}

} // namespace nastavnik
