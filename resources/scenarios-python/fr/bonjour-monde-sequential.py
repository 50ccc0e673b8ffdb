#!/usr/bin/env python3
"""Bonjour, Monde, l’un après l’autre : environ 2 secondes."""
import asyncio
import time


async def dire_bonjour() -> None:
    """Attendre une seconde, puis dire Bonjour."""
    await asyncio.sleep(1)
    print("Bonjour")


async def dire_monde() -> None:
    """Attendre une seconde, puis dire Monde."""
    await asyncio.sleep(1)
    print("Monde")


async def main() -> None:
    """Attendre chaque coroutine à son tour : la seconde suit la première."""
    await dire_bonjour()
    await dire_monde()


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
