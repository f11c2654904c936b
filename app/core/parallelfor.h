// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <thread>
#include <vector>

// Runs work(i) for every i in [0, count), split over the cores: for loops
// whose items are independent and only read what they share. A loop of
// fewer than `perThread` items a core stays on this thread, where a thread
// would cost more than it saves.
template <typename Work>
void parallelFor(qsizetype count, const Work& work, qsizetype perThread = 250)
{
    const auto cores = qsizetype(qMax(1u, std::thread::hardware_concurrency()));
    const qsizetype threads = qBound<qsizetype>(1, count / qMax<qsizetype>(1, perThread), cores);
    const qsizetype chunk = (count + threads - 1) / qMax<qsizetype>(1, threads);
    const auto runChunk = [&work, chunk, count](qsizetype part) {
        for (qsizetype i = part * chunk; i < qMin(count, (part + 1) * chunk); ++i)
            work(i);
    };
    std::vector<std::thread> helpers;
    for (qsizetype part = 1; part < threads; ++part)
        helpers.emplace_back(runChunk, part);
    runChunk(0);
    for (std::thread& helper : helpers)
        helper.join();
}
