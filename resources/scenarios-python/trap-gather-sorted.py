#!/usr/bin/env python3
"""Trap: gather keeps the order of creation, as_completed the order of ends."""
import asyncio
import random
import time

SEED = 3


async def wait_random(max_delay: int = 10) -> float:
    """Wait a random delay between 0 and max_delay seconds; return it."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


async def main() -> None:
    """Collect the same five delays with gather, then with as_completed."""
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
