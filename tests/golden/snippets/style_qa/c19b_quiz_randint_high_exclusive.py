# Quiz 77: is the upper bound of randint included?
import torch

torch.manual_seed(0)
r = torch.randint(0, 3, (20,))
print(r, r.max(), r.dtype)
print(torch.randint(5, (3,)), torch.randint(2, 4, (2, 2)))
print(torch.randint(0, 1, (4,)))
try:
    torch.randint(3, 3, (2,))
except RuntimeError as e:
    print(e)
print(torch.randint(0, 10, (3,), dtype=torch.float32))
