#!/usr/bin/env python3
"""wait_random : attendre un délai au hasard, puis le renvoyer."""
import asyncio
import random
import time

SEED = 1


async def wait_random(max_delay: int = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


if __name__ == "__main__":
    random.seed(SEED)
    start = time.perf_counter()
    print(f"wait_random(5) = {asyncio.run(wait_random(5)):.3f}")
    print(f"total {time.perf_counter() - start:.2f} s")
