#include "questionnaires/ResponsesModel.h"

#include "monitoring/Templates.h"
#include "util/Dates.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

ResponsesModel::ResponsesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ResponsesModel::setDataset(const Dataset& data, const QString& family)
{
    QHash<QString, QString> names;
    for (const Person& p : data.people)
        names.insert(p.id, p.shortName());
    QHash<QString, const Pair*> pairs;
    for (const Pair& p : data.pairs)
        pairs.insert(p.id, &p);
    beginResetModel();
    m_rows.clear();
    for (const Response& r : data.monitoring.responses) {
        const nastavnik::Questionnaire* q = QuestionnaireLibrary::lookup(data.monitoring, r.questionnaire);
        if (!family.isEmpty() && (!q || q->family != family))
            continue;
        Row row;
        row.id = r.id;
        row.date = r.date;
        row.questionnaire = q ? q->title : r.questionnaire;
        row.version = q ? q->version : 1;
        row.respondent = r.person.isEmpty() ? tr("anonymous") : names.value(r.person, r.person);
        if (const Pair* p = pairs.value(r.pair)) {
            QStringList mentees;
            for (const QString& m : p->mentees)
                mentees << names.value(m, m);
            row.pair = names.value(p->currentMentor()) + u" → "_s + mentees.join(u", "_s);
        }
        double sum = 0;
        int n = 0;
        for (const Answer& a : r.answers) {
            if (a.scale) {
                sum += *a.scale;
                ++n;
            }
        }
        if (n > 0)
            row.score = sum / n;
        row.answers = int(r.answers.size());
        m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.date > b.date; });
    endResetModel();
}

QString ResponsesModel::responseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ResponsesModel::rowOf(const QString& responseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == responseId)
            return i;
    }
    return -1;
}

int ResponsesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponsesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponsesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Answers))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date:
        return dates::toDisplay(r.date);
    case Questionnaire:
        return r.version > 1 ? tr("%1 (version %2)").arg(r.questionnaire).arg(r.version) : r.questionnaire;
    case Respondent:
        return r.respondent;
    case PairColumn:
        return r.pair;
    case Score:
        return r.score ? QLocale().toString(*r.score, 'f', 1) : QString();
    case Answers:
        return r.answers;
    default:
        return {};
    }
}

QVariant ResponsesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Questionnaire:
        return tr("Questionnaire");
    case Respondent:
        return tr("Respondent");
    case PairColumn:
        return tr("Pair");
    case Score:
        return tr("Mean score");
    case Answers:
        return tr("Answers");
    default:
        return {};
    }
}

} // namespace nastavnik::ui
