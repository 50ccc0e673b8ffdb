"""AsyncLab's yardstick: the same I/O workload in Python's asyncio, timed like the Java engine.

Usage: python3 asyncio_overhead.py N MAX_DELAY SEED
Prints one line: total_seconds longest_delay_seconds overhead_seconds

n coroutines each await asyncio.sleep(random.uniform(0, max_delay)), gathered with asyncio.gather.
The clock runs from just before the first coroutine is created to the last one's finish, so it holds
everything the event loop adds: creating the tasks, scheduling the timers, waking them up.
"""
import asyncio
import random
import sys
import time


async def wait(delay):
    await asyncio.sleep(delay)
    return time.perf_counter()


async def main(delays):
    begin = time.perf_counter()
    finishes = await asyncio.gather(*(wait(d) for d in delays))
    return max(finishes) - begin


def run():
    n, max_delay, seed = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    delays = [rng.uniform(0, max_delay) for _ in range(n)]
    total = asyncio.run(main(delays))
    longest = max(delays)
    print(f"{total:.6f} {longest:.6f} {total - longest:.6f}")


if __name__ == "__main__":
    run()
