# Q: index_select/gather complain about my index dtype: int32 indices, float indices and out-of-range values.
import torch

x = torch.arange(12.0).reshape(3, 4)
i32 = torch.tensor([0, 2], dtype=torch.int32)
print(x.index_select(0, i32))
try:
    x.index_select(0, torch.tensor([0.0, 2.0]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
try:
    x.gather(1, torch.tensor([[0], [1], [2]], dtype=torch.int32))
except RuntimeError as e:
    print(e)
print(x.gather(1, torch.tensor([[0], [1], [3]])).squeeze(1))
try:
    x[torch.tensor([0.0, 1.0])]
except IndexError as e:
    print("IndexError:", e)
print(x[i32], x[torch.tensor([True, False, True])].shape)
try:
    x.index_select(0, torch.tensor([5]))
except IndexError as e:
    print("IndexError:", e)
