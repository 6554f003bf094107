# Puzzle 1: ones(n) using only arange and broadcasting
import torch

def ones(i: int) -> torch.Tensor:
    return torch.arange(i) * 0 + 1

for n in [0, 1, 5]:
    got = ones(n)
    print(n, got, got.dtype, torch.equal(got, torch.ones(n, dtype=torch.long)))
print(ones(3) == torch.ones(3))
print((ones(3) == torch.ones(3)).all().item())
