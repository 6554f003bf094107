# Q: gather(): Expected dtype int64 for index
import torch

src = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
try:
    src.gather(1, torch.tensor([[0], [1]], dtype=torch.int32))
except RuntimeError as e:
    print(e)
try:
    src.gather(1, torch.tensor([0, 1]))
except RuntimeError as e:
    print(e)
try:
    src.gather(1, torch.tensor([[0], [2]]))
except RuntimeError as e:
    print(e)
print(src.gather(1, torch.tensor([[1], [0]])))
