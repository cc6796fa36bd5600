#include "questionnaires/TestResultsModel.h"

#include "domain/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {
QString number(double v)
{
    return v == std::floor(v) ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'f', 1);
}
} // namespace

TestResultsModel::TestResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TestResultsModel::setTest(const Dataset& data, const QString& testId)
{
    beginResetModel();
    m_rows.clear();
    const KnowledgeTest* test = data.monitoring.test(testId);
    m_max = test ? test->maxScore : 0;
    QHash<QString, const Person*> people;
    for (const Person& p : data.people)
        people.insert(p.id, &p);
    QHash<QString, const Pair*> pairs;
    for (const Pair& p : data.pairs)
        pairs.insert(p.id, &p);
    QHash<QString, int> rowOf;
    for (const TestResult& r : data.monitoring.testResults) {
        if (r.test != testId)
            continue;
        int i = rowOf.value(r.person, -1);
        if (i < 0) {
            Row row;
            row.person = r.person;
            const Person* p = people.value(r.person);
            row.name = p ? p->fullName() : r.person;
            i = int(m_rows.size());
            rowOf.insert(r.person, i);
            m_rows << row;
        }
        Row& row = m_rows[i];
        (r.stage == u"final" ? row.finalScore : row.entryScore) = r.score;
        QString form;
        if (const Pair* p = pairs.value(r.pair))
            form = p->form;
        for (const Pair& p : data.pairs) {
            if (form.isEmpty() && p.mentees.contains(r.person))
                form = p.form;
        }
        if (row.form.isEmpty())
            row.form = form;
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
    endResetModel();
}

QString TestResultsModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).person : QString();
}

std::optional<double> TestResultsModel::averageGrowth(const QString& form) const
{
    double sum = 0;
    int n = 0;
    for (const Row& r : m_rows) {
        if (r.entryScore && r.finalScore && m_max > 0 && (form.isEmpty() || r.form == form)) {
            sum += (*r.finalScore - *r.entryScore) / m_max * 100.0;
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

QStringList TestResultsModel::forms() const
{
    QStringList result;
    for (const QString& f : vocabulary::codes(Vocab::PairForm)) {
        for (const Row& r : m_rows) {
            if (r.form == f && !result.contains(f))
                result << f;
        }
    }
    return result;
}

int TestResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == PersonRole)
        return r.person;
    if (role == Qt::TextAlignmentRole && index.column() >= Entry)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool both = r.entryScore && r.finalScore && m_max > 0;
    if (role == Qt::ForegroundRole && index.column() == Growth && both) {
        const double d = *r.finalScore - *r.entryScore;
        return QBrush(d > 0 ? QColor(0x2e, 0x7d, 0x32) : d < 0 ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x5f, 0x6b, 0x76));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Mentee:
        return r.name;
    case Form:
        return r.form.isEmpty() ? QString() : vocabulary::label(Vocab::PairForm, r.form);
    case Entry:
        return r.entryScore ? number(*r.entryScore) : QString();
    case Final:
        return r.finalScore ? number(*r.finalScore) : QString();
    case Growth: {
        if (!both)
            return QString();
        const double d = *r.finalScore - *r.entryScore;
        const double pp = d / m_max * 100.0;
        return tr("%1 (%2 p.p.)").arg((d > 0 ? u"+"_s : QString()) + number(d), (pp > 0 ? u"+"_s : QString()) + number(std::round(pp * 10) / 10));
    }
    default:
        return {};
    }
}

QVariant TestResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mentee:
        return tr("Mentee");
    case Form:
        return tr("Form of mentoring");
    case Entry:
        return tr("Entry");
    case Final:
        return tr("Final");
    case Growth:
        return tr("Growth");
    default:
        return {};
    }
}

} // namespace nastavnik::ui
