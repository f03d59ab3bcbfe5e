// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cert/CertificateInfo.h"
#include "cert/CertificateStatus.h"

#include <QAbstractItemModel>
#include <QIcon>

// The certificates of a file or a server's chain as a tree: each issuer above what it issued,
// roots at the top level. A bundle of unrelated CAs is a flat list of roots. One column; each
// node carries its own status badge (icon, text, tooltip).
class CertificateChainModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        StatusKindRole = Qt::UserRole + 1, // CertificateStatus::Kind as int
        StatusTextRole,                    // "Expired"
        CertificateIndexRole,              // position in the list given to setCertificates()
    };

    explicit CertificateChainModel(QObject *parent = nullptr);
    ~CertificateChainModel() override;

    // `certificates[0]` is the subject of the checks: the host must match it, and an untrusted
    // verification marks it. `trustChecked`/`trusted`/`host...` come from the context.
    void setCertificates(const QList<CertificateInfo> &certificates,
                         const CertificateStatus::Context &context);
    int certificateCount() const { return int(m_certificates.size()); }
    const CertificateInfo &certificate(int index) const { return m_certificates.at(index); }
    CertificateStatus status(int index) const { return m_nodes.at(index).status; }
    QModelIndex indexOfCertificate(int index) const;

    static QIcon iconFor(CertificateStatus::Kind kind);

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
        int parent = -1;
        QList<int> children;
        int row = 0; // position among its parent's children (or among the roots)
        CertificateStatus status;
    };
    QList<CertificateInfo> m_certificates;
    QList<Node> m_nodes;
    QList<int> m_roots;
};
