# Puzzle: relu and abs from where, sign from comparisons
import torch

x = torch.tensor([-2, -1, 0, 1, 3])
print(torch.where(x > 0, x, 0), x.relu(), x.clamp(min=0))
print(torch.where(x < 0, -x, x), x.abs())
print((x > 0).long() - (x < 0).long(), x.sign(), torch.sgn(x))
f = x.float()
print(f.sign(), torch.nn.functional.relu(f), f.abs().dtype)
print(torch.tensor([True, False]).relu() if False else torch.tensor([-0.0]).sign())
