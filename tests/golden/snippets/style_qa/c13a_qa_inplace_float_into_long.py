# Q: "result type Float can't be cast to the desired output type Long" when updating a counter tensor in place.
import torch

counts = torch.zeros(3, dtype=torch.long)
try:
    counts += torch.tensor([0.5, 1.0, 1.5])
except RuntimeError as e:
    print(e)
try:
    counts.mul_(0.5)
except RuntimeError as e:
    print(e)
counts += torch.tensor([1, 2, 3])
print(counts)
print(counts + 0.5, (counts * 1.5).dtype)
try:
    torch.add(counts, 0.5, out=counts)
except RuntimeError as e:
    print(e)
f = torch.zeros(3)
f += counts
print(f, f.dtype)
mask = torch.tensor([True, False, True])
try:
    mask += 1
except RuntimeError as e:
    print(e)
print(mask.sum(), (mask * 2).dtype)
