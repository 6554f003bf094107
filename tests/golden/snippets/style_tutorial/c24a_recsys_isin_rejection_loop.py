# Resampling negatives until none collide with positives
import torch

g = torch.Generator().manual_seed(15)
positives = torch.tensor([0, 2, 4, 6])
negs = torch.randint(0, 8, (6,), generator=g)
rounds = 0
while True:
    bad = torch.isin(negs, positives)
    print(rounds, negs.tolist(), bad.sum().item())
    if not bad.any():
        break
    negs[bad] = torch.randint(0, 8, (int(bad.sum()),), generator=g)
    rounds += 1
print(torch.isin(torch.tensor([1, 2]), torch.tensor([2]), invert=True))
