# Q: "result type Float can't be cast to the desired output type Long"
import torch

counts = torch.tensor([1, 2, 3])
try:
    counts += 0.5
except RuntimeError as e:
    print(e)
try:
    counts.mul_(torch.tensor([1.5]))
except RuntimeError as e:
    print(e)
counts += 2
print(counts, counts.dtype)
print(counts / 2, (counts // 2).dtype)
