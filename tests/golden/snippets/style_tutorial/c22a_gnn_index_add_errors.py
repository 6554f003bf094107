import torch

out = torch.zeros(3, 2)
try:
    out.index_add_(0, torch.tensor([0, 5]), torch.ones(2, 2))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__)
try:
    out.index_add_(0, torch.tensor([0, 1]), torch.ones(2, 3))
except RuntimeError as e:
    print(type(e).__name__)
try:
    out.index_add_(0, torch.tensor([0.0, 1.0]), torch.ones(2, 2))
except RuntimeError as e:
    print(e)
