// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificatePreview.h"
#include "WindowGeometry.h"

#include "certs/CertificateViewer.h"
#include "cert/CertificateLoader.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The certificate viewer in a window-modal dialog with a Close button.
CertificateViewer *showViewer(QWidget *parent, const QString &title)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("certificatePreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *viewer = new CertificateViewer(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(CertificatePreview::tr("Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(viewer, 1);
    layout->addWidget(buttons);
    WindowGeometry::remember(dialog, QStringLiteral("certificatePreview"), QSize(900, 620));
    dialog->open();
    return viewer;
}

} // namespace

void CertificatePreview::openFile(QWidget *parent, const QString &path, const QString &host)
{
    //: Window title; %1 is a file name
    CertificateViewer *viewer
            = showViewer(parent, tr("Certificate: %1").arg(QFileInfo(path).fileName()));
    viewer->setHost(host);
    viewer->openFile(path);
}

void CertificatePreview::openChain(QWidget *parent, const QList<QByteArray> &derChain,
                                   const QString &host)
{
    QList<CertificateInfo> certificates;
    for (const QByteArray &der : derChain) {
        if (std::optional<CertificateInfo> info = CertificateLoader::fromDer(der))
            certificates << *info;
    }
    CertificateViewer *viewer = showViewer(parent, tr("Server Certificate Chain"));
    viewer->setHost(host);
    //: Where the certificates shown came from
    viewer->setCertificates(certificates, tr("Presented by the server"));
}

void CertificatePreview::openCertificates(QWidget *parent, const QList<QByteArray> &der,
                                          const QString &title, const QString &source,
                                          const QString &host)
{
    QList<CertificateInfo> certificates;
    for (const QByteArray &one : der) {
        if (std::optional<CertificateInfo> info = CertificateLoader::fromDer(one))
            certificates << *info;
    }
    CertificateViewer *viewer = showViewer(parent, title);
    viewer->setHost(host);
    viewer->setCertificates(certificates, source);
}
