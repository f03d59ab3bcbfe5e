// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// Every field and extension of one certificate as a tree: Field | Value | Critical. Dates are in
// local time with UTC in the tooltip; extensions show their critical flag in words.
class CertificateDetailsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, CriticalColumn, ColumnCount };

    explicit CertificateDetailsModel(QObject *parent = nullptr);
    ~CertificateDetailsModel() override;

    void setCertificate(const CertificateInfo &certificate);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString field;
        QString value;
        QString toolTip;
        bool extension = false;
        bool critical = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        Node *add(const QString &field, const QString &value = {}, const QString &toolTip = {});
    };
    Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};
