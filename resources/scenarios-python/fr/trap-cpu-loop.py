#!/usr/bin/env python3
"""Piège : une coroutine qui calcule ne laisse jamais tourner les autres."""
import asyncio
import time

START = time.perf_counter()


def now() -> float:
    """Les secondes écoulées depuis le début du programme."""
    return time.perf_counter() - START


async def compute(seconds: float) -> int:
    """Compter au plus vite pendant les secondes données, sans aucun await."""
    count = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        count += 1
    return count


async def tick(times: int) -> None:
    """Afficher le temps écoulé toutes les 0,2 s : le pouls de la boucle."""
    for _ in range(times):
        print(f"tick à {now():.1f} s")
        await asyncio.sleep(0.2)


async def main() -> None:
    """Calculer 1 s à côté des ticks : pendant ce temps, plus aucun tick."""
    await asyncio.gather(compute(1), tick(5))


if __name__ == "__main__":
    asyncio.run(main())
    print(f"total {now():.2f} s")
