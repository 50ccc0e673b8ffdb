#!/usr/bin/env python3
"""wait_n : n coroutines ensemble ; les délais reviennent croissants."""
import asyncio
import random
import time

SEED = 226


async def wait_random(max_delay: int = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def wait_n(n: int, max_delay: int) -> list[float]:
    """Lancer n wait_random ensemble ; lister les délais par ordre de fin."""
    delays: list[float] = []
    tasks = [asyncio.create_task(wait_random(max_delay)) for _ in range(n)]
    for finished in asyncio.as_completed(tasks):
        delays.append(await finished)
    return delays


async def main() -> None:
    """Afficher la liste de chacun des trois appels du cours, puis le total."""
    start = time.perf_counter()
    for n, max_delay in ((5, 5), (10, 7), (10, 0)):
        delays = await wait_n(n, max_delay)
        print(f"wait_n({n}, {max_delay}) = {[round(d, 2) for d in delays]}")
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    random.seed(SEED)
    asyncio.run(main())
