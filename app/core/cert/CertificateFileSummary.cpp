// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cert/CertificateFileSummary.h"

#include "cert/CertificateChecks.h"
#include "cert/CertificateDisplay.h"
#include "cert/CertificateLoader.h"
#include "cert/PrivateKeyLoader.h"

namespace {

using Problem = CertificateFileSummary::Problem;
using Role = CertificateFileSummary::Role;

Problem problemOf(CertificateLoadResult::Status status)
{
    using Status = CertificateLoadResult::Status;
    switch (status) {
    case Status::Ok:
        return Problem::None;
    case Status::NotFound:
        return Problem::NotFound;
    case Status::Unreadable:
        return Problem::Unreadable;
    case Status::TooLarge:
        return Problem::TooLarge;
    case Status::Empty:
        return Problem::Empty;
    case Status::NoCertificates:
        return Problem::NotACertificateFile;
    case Status::Malformed:
        return Problem::Damaged;
    }
    return Problem::Damaged;
}

Problem problemOf(PrivateKeyLoadResult::Status status)
{
    using Status = PrivateKeyLoadResult::Status;
    switch (status) {
    case Status::Ok:
        return Problem::None;
    case Status::NeedsPassphrase:
        return Problem::PassphraseNeeded;
    case Status::WrongPassphrase:
    case Status::Malformed:
        return Problem::Damaged;
    case Status::NotFound:
        return Problem::NotFound;
    case Status::Unreadable:
        return Problem::Unreadable;
    case Status::TooLarge:
        return Problem::TooLarge;
    case Status::Empty:
        return Problem::Empty;
    case Status::NoKey:
        return Problem::NotACertificateFile;
    case Status::Unsupported:
        return Problem::UnsupportedKey;
    }
    return Problem::Damaged;
}

CertificateFileSummary fromKey(const PrivateKeyLoadResult &loaded)
{
    CertificateFileSummary summary;
    summary.problem = problemOf(loaded.status);
    summary.key = loaded.key;
    if (loaded.status == PrivateKeyLoadResult::Status::NoKey && loaded.certificates > 0)
        summary.problem = Problem::CertificateInsteadOfPrivateKey;
    switch (loaded.status) {
    case PrivateKeyLoadResult::Status::Ok:
        summary.text = CertificateFileSummary::tr("This file holds a private key, %1 (%2).")
                               .arg(loaded.key.keyDescription(),
                                    PrivateKeyInfo::formatName(loaded.key.format));
        break;
    case PrivateKeyLoadResult::Status::NeedsPassphrase:
        summary.text = CertificateFileSummary::tr("This file holds an encrypted private key (%1); "
                                                  "its passphrase will be asked for.")
                               .arg(PrivateKeyInfo::formatName(loaded.key.format));
        break;
    default:
        summary.text = loaded.message;
        break;
    }
    return summary;
}

QString validity(const CertificateInfo &c, const QDateTime &now)
{
    return CertificateFileSummary::tr("valid until %1 (%2)")
            .arg(CertificateDisplay::date(c.notAfter),
                 CertificateDisplay::duration(c.secondsLeft(now)));
}

} // namespace

CertificateFileSummary CertificateFileSummary::inspect(const QString &path, Role role,
                                                       const QDateTime &now)
{
    const FileBytes bytes = CertificateLoader::readFile(path);
    if (bytes.status != CertificateLoadResult::Status::Ok) {
        CertificateFileSummary summary;
        summary.problem = problemOf(bytes.status);
        summary.text = bytes.message;
        return summary;
    }
    return inspectData(bytes.data, role, now);
}

CertificateFileSummary CertificateFileSummary::inspectData(const QByteArray &data, Role role,
                                                           const QDateTime &now)
{
    if (role == Role::PrivateKey)
        return fromKey(PrivateKeyLoader::load(data));

    CertificateFileSummary summary;
    const CertificateLoadResult loaded = CertificateLoader::load(data);
    if (!loaded.ok()) {
        summary.problem = problemOf(loaded.status);
        summary.text = loaded.message;
        if (loaded.status == CertificateLoadResult::Status::NoCertificates
            && loaded.privateKeys > 0) {
            summary.problem = Problem::PrivateKeyInsteadOfCertificate;
            summary.text = tr("This file holds a private key where a certificate was expected.");
        }
        return summary;
    }
    const QList<CertificateInfo> &certs = loaded.certificates;
    summary.certificateCount = int(certs.size());
    summary.first = role == Role::ClientCertificate ? CertificateChecks::orderChain(certs).first()
                                                    : certs.first();
    const CertificateInfo &c = summary.first;

    if (role == Role::CaCertificates) {
        for (const CertificateInfo &cert : certs) {
            const CheckResult ca = CertificateChecks::isCertificateAuthority(cert);
            if (!ca) {
                summary.problem = Problem::NotACa;
                summary.text = ca.message;
                return summary;
            }
        }
        int usable = 0;
        for (const CertificateInfo &cert : certs)
            usable += cert.isValidAt(now) ? 1 : 0;
        if (usable == 0) {
            const CheckResult valid = CertificateChecks::isValidAt(c, now);
            summary.problem = c.isExpiredAt(now) ? Problem::Expired : Problem::NotYetValid;
            summary.text = certs.size() == 1
                    ? valid.message
                    : tr("None of the %n CA certificate(s) in this file is valid now.", nullptr,
                         int(certs.size()));
            return summary;
        }
        if (certs.size() == 1) {
            summary.text = tr("This file holds 1 CA certificate, %1, %2.")
                                   .arg(c.keyDescription(), validity(c, now));
        } else {
            summary.text = tr("This file holds %n CA certificate(s).", nullptr, int(certs.size()));
            if (usable < certs.size())
                summary.text += QLatin1Char(' ')
                        + tr("%n of them cannot be used now (expired or not yet valid).", nullptr,
                             int(certs.size() - usable));
        }
        return summary;
    }

    const CheckResult valid = CertificateChecks::isValidAt(c, now);
    if (!valid) {
        summary.problem = c.isExpiredAt(now) ? Problem::Expired : Problem::NotYetValid;
        summary.text = valid.message;
        return summary;
    }
    if (role == Role::ClientCertificate)
        summary.text = tr("This file holds a certificate for \"%1\", %2, %3.")
                               .arg(c.displayName(), c.keyDescription(), validity(c, now));
    else
        summary.text = tr("This file holds %n certificate(s); the first is \"%1\", %2, %3.",
                          nullptr, int(certs.size()))
                               .arg(c.displayName(), c.keyDescription(), validity(c, now));
    if (loaded.privateKeys > 0)
        summary.text += QLatin1Char(' ') + tr("It also holds a private key.");
    return summary;
}
