#!/usr/bin/env python3
"""task_wait_random et task_wait_n : les mêmes attentes, en tâches asyncio."""
import asyncio
import random
import time

SEED = 4


async def wait_random(max_delay: int = 10) -> float:
    """Attendre un délai au hasard entre 0 et max_delay s ; le renvoyer."""
    delay = random.uniform(0, max_delay)
    await asyncio.sleep(delay)
    return delay


def task_wait_random(max_delay: int) -> asyncio.Task:
    """Confier wait_random(max_delay) à la boucle ; renvoyer sa Task."""
    return asyncio.create_task(wait_random(max_delay))


async def task_wait_n(n: int, max_delay: int) -> list[float]:
    """Lancer n tâches ; un callback de fin ajoute le délai de chacune."""
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
