#!/usr/bin/env python3
"""Piège : gather garde l’ordre de création, as_completed l’ordre de fin."""
import asyncio
import random
import time

SEED = 3


async def wait_random(max_delay: int = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def main() -> None:
    """Recueillir les cinq mêmes délais avec gather, puis avec as_completed."""
    start = time.perf_counter()
    random.seed(SEED)
    gathered = await asyncio.gather(*(wait_random(3) for _ in range(5)))
    print(f"gather       {[round(d, 2) for d in gathered]}")
    print(f"sorted()     {[round(d, 2) for d in sorted(gathered)]}")
    random.seed(SEED)
    tasks = [asyncio.create_task(wait_random(3)) for _ in range(5)]
    ended = [await task for task in asyncio.as_completed(tasks)]
    print(f"as_completed {[round(d, 2) for d in ended]}")
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
