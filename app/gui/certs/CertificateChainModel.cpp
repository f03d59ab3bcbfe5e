// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateChainModel.h"

#include "cert/CertificateChecks.h"

#include <QApplication>
#include <QStyle>

CertificateChainModel::CertificateChainModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

CertificateChainModel::~CertificateChainModel() = default;

QIcon CertificateChainModel::iconFor(CertificateStatus::Kind kind)
{
    using Kind = CertificateStatus::Kind;
    QStyle *style = QApplication::style();
    switch (kind) {
    case Kind::Valid:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Kind::ExpiresSoon:
    case Kind::SelfSigned:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Kind::NotYetValid:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Kind::Untrusted:
    case Kind::Expired:
    case Kind::NameMismatch:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

void CertificateChainModel::setCertificates(const QList<CertificateInfo> &certificates,
                                            const CertificateStatus::Context &context)
{
    beginResetModel();
    m_certificates = certificates;
    const int count = int(certificates.size());
    m_nodes = QList<Node>(count);
    m_roots.clear();

    // The issuer of each certificate among the others, never creating a loop.
    for (int i = 0; i < count; ++i) {
        if (certificates.at(i).selfSigned)
            continue;
        for (int j = 0; j < count; ++j) {
            if (j == i || !CertificateChecks::isIssuedBy(certificates.at(i), certificates.at(j)))
                continue;
            bool loop = false;
            for (int a = j; a >= 0 && !loop; a = m_nodes.at(a).parent)
                loop = a == i;
            if (!loop) {
                m_nodes[i].parent = j;
                break;
            }
        }
    }
    for (int i = 0; i < count; ++i) {
        QList<int> &siblings
                = m_nodes.at(i).parent < 0 ? m_roots : m_nodes[m_nodes.at(i).parent].children;
        m_nodes[i].row = int(siblings.size());
        siblings << i;

        CertificateStatus::Context own = context;
        if (i != 0) {
            own.host.clear();
            own.trustChecked = context.trustChecked && context.trusted;
        }
        m_nodes[i].status = CertificateStatus::evaluate(certificates.at(i), own);
    }
    endResetModel();
}

QModelIndex CertificateChainModel::indexOfCertificate(int index) const
{
    if (index < 0 || index >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(index).row, 0, quintptr(index));
}

QModelIndex CertificateChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings
            = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings.at(row)));
}

QModelIndex CertificateChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfCertificate(m_nodes.at(int(child.internalId())).parent);
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int CertificateChainModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int i = int(index.internalId());
    const CertificateInfo &c = m_certificates.at(i);
    const CertificateStatus &s = m_nodes.at(i).status;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(c.displayName(), s.text);
    case Qt::DecorationRole:
        return iconFor(s.kind);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2: %3").arg(c.subjectLine(), s.text, s.details);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(c.displayName(), s.text);
    case Qt::AccessibleDescriptionRole:
        return s.details;
    case StatusKindRole:
        return int(s.kind);
    case StatusTextRole:
        return s.text;
    case CertificateIndexRole:
        return i;
    default:
        return {};
    }
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Certification path");
    return {};
}
