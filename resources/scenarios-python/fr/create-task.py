#!/usr/bin/env python3
"""create_task lance une coroutine tout de suite ; await task la récupère."""
import asyncio
import time


async def retarde(seconds: float) -> str:
    """Attendre le nombre de secondes donné, puis dire que c’est fait."""
    await asyncio.sleep(seconds)
    return f"retarde({seconds}) terminé"


async def main() -> None:
    """Lancer retarde en tâche, travailler, puis attendre la tâche."""
    start = time.perf_counter()
    task = asyncio.create_task(retarde(2))
    print("tâche créée, main continue")
    await asyncio.sleep(1)
    print(f"main a travaillé {time.perf_counter() - start:.2f} s")
    print(await task)
    print(f"total {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
