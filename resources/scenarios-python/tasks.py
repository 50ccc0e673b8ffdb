#!/usr/bin/env python3
"""task_wait_random and task_wait_n: the same waits, as asyncio Tasks."""
import asyncio
import random
import time

SEED = 4


async def wait_random(max_delay: int = 10) -> float:
    """Wait a random delay between 0 and max_delay seconds; return it."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


def task_wait_random(max_delay: int) -> asyncio.Task:
    """Schedule wait_random(max_delay) on the loop; return its Task."""
    return asyncio.create_task(wait_random(max_delay))


async def task_wait_n(n: int, max_delay: int) -> list[float]:
    """Start n tasks; a done callback appends each delay as it ends."""
    delays: list[float] = []
    tasks = [task_wait_random(max_delay) for _ in range(n)]
    for task in tasks:
        task.add_done_callback(lambda done: delays.append(done.result()))
    await asyncio.wait(tasks)
    return delays


if __name__ == "__main__":
    random.seed(SEED)
    start = time.perf_counter()
    delays = asyncio.run(task_wait_n(5, 4))
    print(f"task_wait_n(5, 4) = {[round(d, 2) for d in delays]}")
    print(f"total {time.perf_counter() - start:.2f} s")
