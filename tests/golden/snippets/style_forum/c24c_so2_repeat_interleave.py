# Q: repeat vs repeat_interleave
import torch

x = torch.tensor([1, 2, 3])
print(x.repeat(2), x.repeat_interleave(2))
print(x.repeat_interleave(torch.tensor([1, 0, 2])))
print(torch.tensor([[1, 2], [3, 4]]).repeat_interleave(2, dim=0))
try:
    x.repeat_interleave(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
