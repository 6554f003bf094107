# torch.tensor, as_tensor and from_numpy
import numpy as np
import torch

print(torch.tensor([[0.1, 1.2], [2.2, 3.1], [4.9, 5.2]]))
print(torch.tensor([0, 1]))
print(torch.tensor([[0.11111, 0.222222, 0.3333333]], dtype=torch.float64))
print(torch.tensor(3.14159))
print(torch.tensor([]))
a = np.array([1, 2, 3])
t = torch.as_tensor(a)
t[0] = -1
print(a)
b = torch.from_numpy(np.array([1.5, 2.5]))
print(b, b.dtype)
