#!/usr/bin/env python3
"""wait_random: wait a random delay, then return it."""
import asyncio
import random
import time

SEED = 1


async def wait_random(max_delay: int = 10) -> float:
    """Wait a random delay between 0 and max_delay seconds; return it."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


if __name__ == "__main__":
    random.seed(SEED)
    start = time.perf_counter()
    print(f"wait_random(5) = {asyncio.run(wait_random(5)):.3f}")
    print(f"total {time.perf_counter() - start:.2f} s")
