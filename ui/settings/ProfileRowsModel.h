#pragma once

#include "profiles/Profile.h"

#include <QAbstractTableModel>

namespace nastavnik::ui {

/// A provision profile's parameters and rules (Profile::rows()) as a read-only table: what,
/// the value, the clause. Values reported by secondary sources only are marked as such.
class ProfileRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, ClauseColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SecondaryRole };

    explicit ProfileRowsModel(QObject* parent = nullptr);

    void setProfile(const Profile& profile);
    const QList<ProfileRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProfileRow> m_rows;
};

} // namespace nastavnik::ui
