# Section 3.6: fixed-point iteration x = cos(x) and its convergence
import torch

guess = torch.tensor(1.0, dtype=torch.float64)
for step in range(60):
    nxt = torch.cos(guess)
    if (nxt - guess).abs() < 1e-10:
        break
    guess = nxt
print(step, round(guess.item(), 8))
