#include "questionnaires/QuestionnaireListModel.h"

#include "monitoring/Templates.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

QuestionnaireListModel::QuestionnaireListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void QuestionnaireListModel::setMonitoring(const MonitoringData& data)
{
    beginResetModel();
    m_all = QuestionnaireLibrary::available(data);
    m_latest.clear();
    for (const Questionnaire& q : std::as_const(m_all)) {
        auto it = std::find_if(m_latest.begin(), m_latest.end(), [&](const Questionnaire& l) { return l.family == q.family; });
        if (it == m_latest.end())
            m_latest << q;
        else if (q.version > it->version)
            *it = q;
    }
    m_answers.clear();
    for (const Response& r : data.responses)
        m_answers[r.questionnaire] += 1;
    endResetModel();
}

int QuestionnaireListModel::rowOfFamily(const QString& family) const
{
    for (int i = 0; i < m_latest.size(); ++i) {
        if (m_latest.at(i).family == family)
            return i;
    }
    return -1;
}

QList<Questionnaire> QuestionnaireListModel::versions(const QString& family) const
{
    QList<Questionnaire> result;
    for (const Questionnaire& q : m_all) {
        if (q.family == family)
            result << q;
    }
    std::sort(result.begin(), result.end(), [](const Questionnaire& a, const Questionnaire& b) { return a.version > b.version; });
    return result;
}

int QuestionnaireListModel::answersOf(const QString& questionnaireId) const
{
    return m_answers.value(questionnaireId);
}

const Questionnaire* QuestionnaireListModel::latest(int row) const
{
    return row >= 0 && row < m_latest.size() ? &m_latest.at(row) : nullptr;
}

int QuestionnaireListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_latest.size());
}

int QuestionnaireListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionnaireListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_latest.size())
        return {};
    const Questionnaire& q = m_latest.at(index.row());
    int answers = 0;
    for (const Questionnaire& v : m_all) {
        if (v.family == q.family)
            answers += m_answers.value(v.id);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return q.title;
        case Respondent:
            return monitoringvocab::respondentLabel(q.respondent);
        case Version:
            return q.version;
        case Answers:
            return answers;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return q.title + u'\n' + monitoringvocab::purposeLabel(q.purpose)
            + (q.clause.isEmpty() ? QString() : u" (%1)"_s.arg(q.clause));
    case Qt::TextAlignmentRole:
        return index.column() >= Version ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return q.id;
    case FamilyRole:
        return q.family;
    default:
        return {};
    }
}

QVariant QuestionnaireListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Questionnaire");
    case Respondent:
        return tr("Who answers");
    case Version:
        return tr("Version");
    case Answers:
        return tr("Answers");
    default:
        return {};
    }
}

} // namespace nastavnik::ui
