#!/usr/bin/env python3
"""measure_time : la durée totale de wait_n, divisée par n."""
import asyncio
import random
import time

SEED = 9


async def wait_random(max_delay: int = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def wait_n(n: int, max_delay: int) -> list[float]:
    """Lancer n wait_random ensemble ; lister les délais par ordre de fin."""
    tasks = [asyncio.create_task(wait_random(max_delay)) for _ in range(n)]
    return [await finished for finished in asyncio.as_completed(tasks)]


def measure_time(n: int, max_delay: int) -> float:
    """Lancer wait_n(n, max_delay) ; renvoyer la durée totale divisée par n."""
    start = time.perf_counter()
    delays = asyncio.run(wait_n(n, max_delay))
    total = time.perf_counter() - start
    print(f"délais {[round(d, 2) for d in delays]}")
    print(f"total {total:.2f} s, plus long délai {max(delays):.2f} s")
    return total / n


if __name__ == "__main__":
    random.seed(SEED)
    print(f"measure_time(5, 9) = {measure_time(5, 9):.2f} s")
