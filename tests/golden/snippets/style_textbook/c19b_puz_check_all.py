# Puzzle harness: compare each re-implementation with the library function
import torch

def check(name, mine, ref):
    ok = mine.shape == ref.shape and bool((mine == ref).all())
    print(f"{name:8s} {str(ok):5s} {mine.dtype} vs {ref.dtype}")

a = torch.tensor([3, 1, 2])
check("ones", a * 0 + 1, torch.ones(3))
check("sum", (a * 0 + 1) @ a, a.sum())
check("outer", a[:, None] * a, torch.outer(a, a))
check("eye", (torch.arange(3)[:, None] == torch.arange(3)).long(), torch.eye(3))
check("flip", a[torch.arange(2, -1, -1)], a.flip(0))
check("cumsum", a @ (torch.arange(3)[:, None] <= torch.arange(3)).long(), a.cumsum(0))
