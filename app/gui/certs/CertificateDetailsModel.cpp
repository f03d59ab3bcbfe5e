// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateDetailsModel.h"

#include "cert/CertificateDisplay.h"

CertificateDetailsModel::Node *CertificateDetailsModel::Node::add(const QString &field,
                                                                  const QString &value,
                                                                  const QString &toolTip)
{
    auto node = std::make_unique<Node>();
    node->field = field;
    node->value = value;
    node->toolTip = toolTip;
    node->parent = this;
    node->row = int(children.size());
    children.push_back(std::move(node));
    return children.back().get();
}

CertificateDetailsModel::CertificateDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

CertificateDetailsModel::~CertificateDetailsModel() = default;

void CertificateDetailsModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void CertificateDetailsModel::setCertificate(const CertificateInfo &c)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    Node *root = m_root.get();
    auto addName = [](Node *parent, const QString &field, const CertificateInfo::Name &name) {
        Node *node = parent->add(field, CertificateDisplay::name(name));
        for (const CertificateInfo::NameAttribute &a : name)
            node->add(a.shortName, a.value, a.oid);
    };
    auto addList = [](Node *parent, const QString &field, const QStringList &values) {
        if (values.isEmpty())
            return;
        Node *node = parent->add(field, values.join(QStringLiteral(", ")));
        if (values.size() > 1)
            for (const QString &v : values)
                node->add(QString(), v);
    };
    auto addDate = [](Node *parent, const QString &field, const QDateTime &when) {
        parent->add(field, CertificateDisplay::dateTimeLocal(when),
                    CertificateDisplay::dateTimeUtc(when));
    };

    root->add(tr("Version"), QString::number(c.version));
    root->add(tr("Serial number"), c.serialHex);
    root->add(tr("Signature algorithm"), c.signatureAlgorithm);
    addName(root, tr("Issuer"), c.issuer);
    Node *validity = root->add(tr("Validity"));
    addDate(validity, tr("Not before"), c.notBefore);
    addDate(validity, tr("Not after"), c.notAfter);
    addName(root, tr("Subject"), c.subject);
    Node *key = root->add(tr("Public key"), c.keyDescription());
    key->add(tr("Algorithm"), c.publicKeyAlgorithm);
    if (c.publicKeyBits > 0)
        key->add(tr("Size"), tr("%1 bits").arg(c.publicKeyBits));
    if (!c.publicKeyCurve.isEmpty())
        key->add(tr("Curve"), c.publicKeyCurve);
    Node *fingerprints = root->add(tr("Fingerprints"));
    fingerprints->add(QStringLiteral("SHA-256"), CertificateDisplay::fingerprint(c.sha256));
    fingerprints->add(QStringLiteral("SHA-1"), CertificateDisplay::fingerprint(c.sha1));
    Node *names = root->add(tr("Subject alternative names"));
    addList(names, tr("DNS names"), c.dnsNames);
    addList(names, tr("IP addresses"), c.ipAddresses);
    addList(names, tr("E-mail addresses"), c.emailAddresses);
    addList(names, tr("URIs"), c.uris);
    if (names->children.empty())
        names->value = tr("none");
    root->add(tr("Self-signed"), c.selfSigned ? tr("yes") : tr("no"));

    Node *extensions = root->add(tr("Extensions"), QString::number(c.extensions.size()));
    for (const CertificateInfo::Extension &e : c.extensions) {
        const QStringList lines = e.value.trimmed().split(QLatin1Char('\n'));
        Node *node = extensions->add(
                e.name, lines.size() == 1 ? lines.first().trimmed() : QString(), e.oid);
        node->extension = true;
        node->critical = e.critical;
        if (lines.size() > 1)
            for (const QString &line : lines)
                if (!line.trimmed().isEmpty())
                    node->add(QString(), line.trimmed());
    }
    endResetModel();
}

CertificateDetailsModel::Node *CertificateDetailsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CertificateDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount
        || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex CertificateDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, const_cast<Node *>(parent));
}

int CertificateDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CertificateDetailsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CertificateDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case FieldColumn:
            return node->field;
        case ValueColumn:
            return node->value;
        case CriticalColumn:
            if (node->extension)
                return node->critical ? tr("critical") : tr("not critical");
            return QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return node->toolTip.isEmpty() ? node->value : node->toolTip;
    return {};
}

QVariant CertificateDetailsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case CriticalColumn:
        return tr("Critical");
    default:
        return {};
    }
}
