#!/usr/bin/env python3
"""Bonjour, Monde, en même temps avec asyncio.gather : environ 1 seconde."""
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
    """Lancer les deux en tâches sur une boucle : elles attendent ensemble."""
    await asyncio.gather(dire_bonjour(), dire_monde())


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
