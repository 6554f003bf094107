# Q: adding a Python list or numpy array to a tensor; "unsupported operand" vs argument errors.
import numpy as np
import torch

x = torch.tensor([1.0, 2.0, 3.0])
try:
    print(x + [1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    torch.add(x, [1, 2, 3])
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(x + torch.tensor([1, 2, 3]), x + np.float64(2.0), (x + np.float64(2.0)).dtype)
try:
    torch.exp([1.0, 2.0])
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
try:
    torch.sum([torch.tensor(1.0), torch.tensor(2.0)])
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(sum([torch.tensor(1.0), torch.tensor(2.0)]), x * True, x ** torch.tensor(2))
