# Q: gather says index must be int64
import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
idx = torch.tensor([[1], [0]], dtype=torch.int32)
try:
    scores.gather(1, idx)
except RuntimeError as err:
    print(err)
print(scores.gather(1, idx.long()))
try:
    scores.gather(1, torch.tensor([1, 0]))
except RuntimeError as err:
    print(err)
