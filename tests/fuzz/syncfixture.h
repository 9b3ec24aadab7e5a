#pragma once

// A sync server in process for the fuzz targets: its store in a temporary SQLite file, one
// chapter, one user logged in, so inputs can reach the code behind authentication.

#include "accounts.h"
#include "serverstore.h"
#include "syncservice.h"

#include <QTemporaryDir>

#include <memory>

namespace majlis::fuzz {

class SyncFixture
{
public:
    static SyncFixture &instance();

    server::SyncService &service() { return *m_service; }
    server::ServerStore &store() { return *m_store; }
    // Small enough that inputs of a few kilobytes reach every size limit.
    const server::ServiceLimits &limits() const { return m_limits; }
    QByteArray token() const { return m_token; }
    // A fresh login when an input logged the old one out.
    void renewToken();

private:
    SyncFixture();

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::Accounts> m_accounts;
    server::ServiceLimits m_limits;
    std::unique_ptr<server::SyncService> m_service;
    QByteArray m_token;
};

} // namespace majlis::fuzz
