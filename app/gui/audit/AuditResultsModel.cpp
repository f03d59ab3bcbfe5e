// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditResultsModel.h"

#include "cert/CertificateDisplay.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>

#include <algorithm>
#include <array>
#include <limits>

namespace {

// The tooltip of a cell: what the finding says and what to do.
QString findingTip(const AuditFinding *finding)
{
    if (!finding)
        return {};
    QString tip = finding->summary;
    if (!finding->action.isEmpty())
        //: Tooltip line before what to do about an audit finding
        tip += QLatin1Char('\n') + AuditResultsModel::tr("What to do: %1").arg(finding->action);
    return tip;
}

// The worst of the findings of these checks, if any.
const AuditFinding *worstOf(const AuditResult &result, std::initializer_list<const char *> checks)
{
    const AuditFinding *worst = nullptr;
    for (const char *check : checks) {
        const AuditFinding *f = result.finding(QString::fromLatin1(check));
        if (f && (!worst || f->severity > worst->severity))
            worst = f;
    }
    return worst;
}

} // namespace

AuditResultsModel::AuditResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AuditResultsModel::~AuditResultsModel() = default;

int AuditResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int AuditResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditResult *AuditResultsModel::result(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int AuditResultsModel::rowOf(const QString &targetKey) const
{
    return m_rows.value(targetKey, -1);
}

void AuditResultsModel::setResults(const QList<AuditResult> &results)
{
    beginResetModel();
    m_results.clear();
    m_rows.clear();
    for (const AuditResult &r : results) {
        const QString key = r.target.key();
        if (const auto row = m_rows.constFind(key); row != m_rows.constEnd()) {
            m_results[*row] = r;
            continue;
        }
        m_rows.insert(key, int(m_results.size()));
        m_results.append(r);
    }
    endResetModel();
}

void AuditResultsModel::addResult(const AuditResult &result)
{
    const QString key = result.target.key();
    if (const int row = rowOf(key); row >= 0) {
        m_results[row] = result;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    m_rows.insert(key, row);
    endInsertRows();
}

void AuditResultsModel::clear()
{
    setResults({});
}

void AuditResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AuditResultsModel::setWarnDays(int days)
{
    if (days == m_warnDays)
        return;
    m_warnDays = days;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AuditResultsModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime AuditResultsModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QIcon AuditResultsModel::severityIcon(AuditSeverity severity, const QStyle *style)
{
    // Made once per style: a style's standard icons are loaded from files on every call, and
    // the view asks for one per visible status cell on every paint (1,000 rows filling in).
    static QPointer<QStyle> cachedFor;
    static std::array<QIcon, 4> icons;
    if (cachedFor != style || cachedFor.isNull()) {
        cachedFor = const_cast<QStyle *>(style);
        icons = {QIcon::fromTheme(QStringLiteral("security-high"),
                                  style->standardIcon(QStyle::SP_DialogApplyButton)),
                 style->standardIcon(QStyle::SP_MessageBoxInformation),
                 style->standardIcon(QStyle::SP_MessageBoxWarning),
                 style->standardIcon(QStyle::SP_MessageBoxCritical)};
    }
    switch (severity) {
    case AuditSeverity::Ok:
        return icons[0];
    case AuditSeverity::Notice:
        return icons[1];
    case AuditSeverity::Warning:
        return icons[2];
    case AuditSeverity::Failure:
        return icons[3];
    }
    return {};
}

QString AuditResultsModel::daysText(const QDateTime &when, const QDateTime &nowUtc)
{
    const qint64 seconds = nowUtc.secsTo(when);
    if (seconds < 0) {
        const int days = int(-seconds / 86400);
        if (days == 0)
            //: A certificate's expiry: it expired less than a day ago
            return tr("expired today");
        return tr("expired %n day(s) ago", nullptr, days);
    }
    const int days = int(seconds / 86400);
    if (days == 0)
        //: A certificate's expiry: less than a day left
        return tr("expires today");
    return tr("in %n day(s)", nullptr, days);
}

AuditResultsModel::Cell AuditResultsModel::cell(const AuditResult &r, int column) const
{
    Cell c;
    const auto status = [&c](const AuditFinding *f, AuditSeverity fallback) {
        c.hasSeverity = true;
        c.severity = f ? f->severity : fallback;
        c.tooltip = findingTip(f);
    };
    switch (column) {
    case ProfileColumn:
        c.text = r.target.displayName();
        c.sortKey = c.text.toLower();
        break;
    case HostColumn:
        // The port only when it is not MySQL's usual one: the column stays narrow.
        c.text = r.target.profile.port == Profile::defaultPort
                ? r.target.profile.host
                : QStringLiteral("%1:%2").arg(r.target.profile.host).arg(r.target.profile.port);
        c.tooltip = QStringLiteral("%1:%2").arg(r.target.profile.host).arg(r.target.profile.port);
        c.sortKey = c.text.toLower();
        break;
    case SeverityColumn: {
        c.hasSeverity = true;
        c.severity = r.severity();
        c.text = r.cancelled ? tr("Cancelled") : AuditSeverities::displayName(c.severity);
        // The worst finding says why.
        const AuditFinding *worst = nullptr;
        for (const AuditFinding &f : r.findings) {
            if (!worst || f.severity > worst->severity)
                worst = &f;
        }
        c.tooltip = findingTip(worst);
        c.sortKey = int(c.severity);
        break;
    }
    case VerifiedColumn: {
        int rank = 0;
        if (!r.reachable) {
            c.text = tr("Unreachable");
            status(worstOf(r, {"reachable"}), AuditSeverity::Failure);
            rank = 0;
        } else if (!r.tlsOffered) {
            c.text = tr("No TLS");
            status(worstOf(r, {"tls"}), AuditSeverity::Failure);
            rank = 1;
        } else if (r.verified) {
            c.text = tr("Verified");
            status(worstOf(r, {"verification", "pin"}), AuditSeverity::Ok);
            rank = 3;
        } else {
            c.text = tr("Not verified");
            status(worstOf(r, {"verification", "pin"}), AuditSeverity::Failure);
            if (!r.verifyMessage.isEmpty() && c.tooltip.isEmpty())
                c.tooltip = r.verifyMessage;
            rank = 2;
        }
        c.sortKey = rank;
        break;
    }
    case ProtocolColumn:
        c.text = r.protocol.isEmpty() ? QStringLiteral("—") : r.protocol;
        if (!r.cipher.isEmpty())
            c.tooltip = r.cipher;
        if (const AuditFinding *f = r.finding(u"protocol"))
            c.tooltip = findingTip(f);
        c.sortKey = r.protocol;
        break;
    case OldTlsColumn: {
        QStringList accepted;
        bool tested = false;
        for (const AuditProtocolSupport &p : r.protocols) {
            if (p.state != AuditProtocolSupport::State::NotTested)
                tested = true;
            if (p.state == AuditProtocolSupport::State::Accepted
                && (p.version == QLatin1String("TLSv1") || p.version == QLatin1String("TLSv1.1")))
                accepted << (p.version == QLatin1String("TLSv1") ? QStringLiteral("TLS 1.0")
                                                                 : QStringLiteral("TLS 1.1"));
        }
        if (!tested) {
            //: Old TLS versions were not tried (unreachable, no TLS, or cancelled)
            c.text = tr("Not tested");
            c.sortKey = -1;
            c.tooltip = findingTip(r.finding(u"tls-versions"));
            break;
        }
        //: Which old TLS versions the server accepts: "TLS 1.0, TLS 1.1", or "No"
        c.text = accepted.isEmpty() ? tr("No")
                                    : tr("Yes: %1").arg(accepted.join(QStringLiteral(", ")));
        status(r.finding(u"tls-versions"),
               accepted.isEmpty() ? AuditSeverity::Ok : AuditSeverity::Warning);
        c.sortKey = int(accepted.size());
        break;
    }
    case NextExpiryColumn: {
        const QDateTime next = r.nextExpiry();
        if (!next.isValid()) {
            c.text = QStringLiteral("—");
            c.sortKey = std::numeric_limits<qint64>::max();
            break;
        }
        const QDateTime nowUtc = now();
        //: Next certificate expiry: %1 a date, %2 "in 29 days" / "expired 3 days ago"
        c.text = tr("%1 (%2)").arg(CertificateDisplay::date(next), daysText(next, nowUtc));
        AuditSeverity fallback = AuditSeverity::Ok;
        if (next < nowUtc)
            fallback = AuditSeverity::Failure;
        else if (nowUtc.secsTo(next) < qint64(m_warnDays) * 86400)
            fallback = AuditSeverity::Warning;
        status(worstOf(r, {"certificate-expiry", "ca-file", "client-certificate"}), fallback);
        // The clock decides, not the audit's day: a result shown a week later is a week older.
        c.severity = std::max(c.severity, fallback);
        c.sortKey = next.toMSecsSinceEpoch();
        break;
    }
    case AccountsColumn:
    case SessionsColumn: {
        const bool accounts = column == AccountsColumn;
        const AuditFinding *f
                = r.finding(accounts ? u"accounts-without-tls" : u"sessions-without-tls");
        int count = -1;
        if (accounts && r.accountsWithoutTls)
            count = int(r.accountsWithoutTls->size());
        if (!accounts && r.plainSessions) {
            count = 0;
            for (const AuditPlainSessions &s : *r.plainSessions)
                count += s.count;
        }
        if (count < 0) {
            //: Accounts or sessions: not looked at (no login in this audit) or not readable
            c.text = r.loggedIn ? tr("Not readable") : tr("Not checked");
            c.tooltip = r.loggedIn ? findingTip(f)
                                   : tr("Check “Also log in” to look at accounts and sessions.");
            c.sortKey = -1;
            break;
        }
        c.text = QString::number(count);
        status(f, count > 0 ? AuditSeverity::Warning : AuditSeverity::Ok);
        c.sortKey = count;
        break;
    }
    case ChangedColumn: {
        const bool changed
                = !r.previousLeafSha256.isEmpty() && r.previousLeafSha256 != r.leafSha256;
        if (changed) {
            //: The server certificate is not the one of the last audit
            c.text = tr("Changed");
            status(r.finding(u"certificate-changed"), AuditSeverity::Notice);
        } else if (r.leafSha256.isEmpty()) {
            c.text = QStringLiteral("—");
        } else {
            //: The server certificate is the one of the last audit
            c.text = tr("Unchanged");
        }
        c.sortKey = changed ? 1 : 0;
        break;
    }
    default:
        break;
    }
    return c;
}

QVariant AuditResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditResult &r = m_results.at(index.row());
    switch (role) {
    case TargetKeyRole:
        return r.target.key();
    case RowSeverityRole:
        return int(r.severity());
    case SearchTextRole: {
        QStringList words {r.target.displayName(), r.target.profile.host};
        for (const AuditFinding &f : r.findings)
            words << f.summary;
        return words.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    const Cell c = cell(r, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::AccessibleTextRole:
        // Icons say nothing to a screen reader; the severity in words does.
        if (c.hasSeverity && index.column() != SeverityColumn)
            //: Screen reader text of a Fleet Health cell: %1 its text, %2 its severity
            return tr("%1, %2").arg(c.text, AuditSeverities::displayName(c.severity));
        return c.text;
    case Qt::DecorationRole:
        if (c.hasSeverity)
            return severityIcon(c.severity, QApplication::style());
        return {};
    case Qt::ToolTipRole:
        return c.tooltip.isEmpty() ? QVariant() : QVariant(c.tooltip);
    case SortRole:
        return c.sortKey.isValid() ? c.sortKey : QVariant(c.text.toLower());
    case SeverityRole:
        return c.hasSeverity ? int(c.severity) : int(r.severity());
    default:
        return {};
    }
}

QVariant AuditResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileColumn:
        return tr("Connection");
    case HostColumn:
        return tr("Server");
    case SeverityColumn:
        return tr("Severity");
    case VerifiedColumn:
        return tr("Verified");
    case ProtocolColumn:
        return tr("Protocol");
    case OldTlsColumn:
        return tr("Old TLS accepted");
    case NextExpiryColumn:
        return tr("Next expiry");
    case AccountsColumn:
        return tr("Accounts without TLS");
    case SessionsColumn:
        return tr("Sessions without TLS");
    case ChangedColumn:
        //: Column: whether the server certificate changed since the last audit
        return tr("Changed");
    default:
        return {};
    }
}
