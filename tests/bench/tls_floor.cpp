// SPDX-FileCopyrightText: sslcm authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The least a verified MySQL TLS handshake costs with OpenSSL on this machine: a program with
// nothing but libssl that does only what every client must (TCP connect, read the greeting, send
// the SSLRequest, the TLS handshake with the chain verified against the CA file and the host name
// or IP checked, then close) and nothing else: no Qt, no reports, no scans, no login. The
// benchmarks run it next to their baselines to show where a target lies against that floor:
// bench_cli as a whole process per handshake (the floor of any `probe`), bench_fleetaudit over
// all of its targets at the audit's concurrency (the floor of the audit's handshakes).
//
//     sslcm_bench_tlsfloor CAFILE HOST PORT [PORT...] [-j THREADS] [--scans]
// --scans: after each verified handshake, the two scan handshakes the audit makes for a server
// that speaks TLS 1.3 and refuses 1.0 and 1.1 (its bench endpoints): one offering TLS 1.2 only,
// one offering 1.0 and 1.1. They end as the audit's do (TlsFloor::scanContext).
// exits 0 when every handshake verified (and every scan ended); with more than one port it prints
//     handshakes N failed F wall-ms W cpu-ms C
// (CPU: user + system time of the whole process).

#include "TlsFloor.h"

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: sslcm_bench_tlsfloor CAFILE HOST PORT [PORT...] "
                     "[-j THREADS]\n");
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    const char *caFile = argv[1];
    const char *host = argv[2];
    std::vector<int> ports;
    int threads = 1;
    bool scans = false;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "-j") == 0 && i + 1 < argc)
            threads = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--scans") == 0)
            scans = true;
        else
            ports.push_back(std::atoi(argv[i]));
    }
    SSL_CTX *ctx = TlsFloor::context(caFile);
    if (!ctx) {
        std::fprintf(stderr, "sslcm_bench_tlsfloor: cannot use %s\n", caFile);
        return 1;
    }
    SSL_CTX *scan12 = scans ? TlsFloor::scanContext(TLS1_2_VERSION, TLS1_2_VERSION) : nullptr;
    SSL_CTX *scan10 = scans ? TlsFloor::scanContext(TLS1_VERSION, TLS1_1_VERSION) : nullptr;
    std::atomic<size_t> handshakes {0};

    std::atomic<size_t> next {0};
    std::atomic<size_t> failed {0};
    auto work = [&] {
        for (size_t i = next++; i < ports.size(); i = next++) {
            const sockaddr_in address = TlsFloor::address(host, ports[i]);
            bool ok = TlsFloor::handshake(ctx, address, host);
            if (scans)
                ok = TlsFloor::handshake(scan12, address, host, true)
                        && TlsFloor::handshake(scan10, address, host, true) && ok;
            handshakes += scans ? 3 : 1;
            if (!ok)
                ++failed;
        }
    };
    if (threads == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &t : pool)
            t.join();
    }
    SSL_CTX_free(ctx);
    SSL_CTX_free(scan12);
    SSL_CTX_free(scan10);
    if (ports.size() > 1) {
        const double wallMs = std::chrono::duration<double, std::milli>(
                                      std::chrono::steady_clock::now() - started)
                                      .count();
        std::printf("handshakes %zu failed %zu wall-ms %.1f cpu-ms %.1f\n", handshakes.load(),
                    failed.load(), wallMs, cpuMs());
    }
    return failed == 0 ? 0 : 1;
}
