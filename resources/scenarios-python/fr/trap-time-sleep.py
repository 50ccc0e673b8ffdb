#!/usr/bin/env python3
"""Piège : time.sleep dans une coroutine bloque toute la boucle."""
import asyncio
import time


async def dire(word: str) -> None:
    """Dormir une seconde en bloquant tout, puis dire le mot."""
    time.sleep(1)
    print(word)


async def main() -> None:
    """Lancer les trois avec gather : elles passent pourtant une à une."""
    await asyncio.gather(dire("Bonjour"), dire("tout le"), dire("Monde"))


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
