# Puzzle: all/any as min/max over bools
import torch

m = torch.tensor([[True, True], [False, True], [False, False]])
print(m.all(1), m.min(1).values)
print(m.any(1), m.max(1).values)
print(m.all(), m.any(), m.long().prod(1))
print(torch.all(torch.tensor([1, 2, 0])), torch.any(torch.tensor([0.0, 0.5])))
print(torch.all(torch.tensor([1, 2, 0])).dtype, torch.tensor([], dtype=torch.bool).all())
print(m.sum(0), m.amax(0))
