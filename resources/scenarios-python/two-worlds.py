#!/usr/bin/env python3
"""Same delays, two worlds: the course's measure_time, beside Java's loop."""
import asyncio
import random
import time

N = 8
MAX_DELAY = 2
SEED = 7


async def wait_random(max_delay: float = 10) -> float:
    """Wait a random delay between 0 and max_delay seconds; return it."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def wait_n(n: int, max_delay: float) -> list[float]:
    """Run wait_random n times at once; list the delays as they end."""
    delays: list[float] = []
    tasks = [asyncio.create_task(wait_random(max_delay)) for _ in range(n)]
    for finished in asyncio.as_completed(tasks):
        delays.append(await finished)
    return delays


def measure_time(n: int, max_delay: float) -> float:
    """Run wait_n(n, max_delay); return the total time divided by n."""
    start = time.perf_counter()
    delays = asyncio.run(wait_n(n, max_delay))
    total = time.perf_counter() - start
    print(f"delays {[round(d, 3) for d in delays]}")
    print(f"total {total:.3f} s, longest delay {max(delays):.3f} s")
    return total / n


if __name__ == "__main__":
    random.seed(SEED)
    print(f"measure_time({N}, {MAX_DELAY}) = {measure_time(N, MAX_DELAY):.3f}")
