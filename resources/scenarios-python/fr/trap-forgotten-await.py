#!/usr/bin/env python3
"""Piège : une coroutine appelée sans await ne s’exécute jamais."""
import asyncio
import time


async def dire_bonjour() -> None:
    """Attendre une seconde, puis dire Bonjour."""
    await asyncio.sleep(1)
    print("Bonjour")


async def main() -> None:
    """Appeler dire_bonjour mais oublier le await : rien ne s’affiche."""
    dire_bonjour()
    print("main a fini, et pas de Bonjour")


if __name__ == "__main__":
    start = time.perf_counter()
    asyncio.run(main())
    print(f"total {time.perf_counter() - start:.2f} s")
