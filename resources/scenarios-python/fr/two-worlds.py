#!/usr/bin/env python3
"""Mêmes délais, deux mondes : measure_time du cours, face à la boucle Java."""
import asyncio
import random
import time

N = 8
MAX_DELAY = 2
SEED = 7


async def wait_random(max_delay: float = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def wait_n(n: int, max_delay: float) -> list[float]:
    """Lancer n wait_random ensemble ; lister les délais par ordre de fin."""
    delays: list[float] = []
    tasks = [asyncio.create_task(wait_random(max_delay)) for _ in range(n)]
    for finished in asyncio.as_completed(tasks):
        delays.append(await finished)
    return delays


def measure_time(n: int, max_delay: float) -> float:
    """Lancer wait_n(n, max_delay) ; renvoyer la durée totale divisée par n."""
    start = time.perf_counter()
    delays = asyncio.run(wait_n(n, max_delay))
    total = time.perf_counter() - start
    print(f"délais {[round(d, 3) for d in delays]}")
    print(f"total {total:.3f} s, plus long délai {max(delays):.3f} s")
    return total / n


if __name__ == "__main__":
    random.seed(SEED)
    print(f"measure_time({N}, {MAX_DELAY}) = {measure_time(N, MAX_DELAY):.3f}")
