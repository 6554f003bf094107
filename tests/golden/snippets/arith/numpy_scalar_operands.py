import numpy as np
import torch

t = torch.tensor([1., 2.])
n = torch.tensor([1, 2])
# numpy scalars are numbers to PyTorch's operators: the tensor keeps its dtype
print(t * np.float64(0.1), (t * np.float64(0.1)).dtype)
print(np.float64(2.) * t, np.float32(2.) * t, np.int64(3) - t, np.float64(2.) / t, np.float64(3.) // t)
print(n * np.float64(2.), n * np.int64(2), n / np.int64(4), n * np.float32(2.5))
print(torch.tensor([1.], dtype=torch.float16) * np.float64(3.), np.float64(2.) ** t)
x = torch.tensor([1., 2.], requires_grad=True)
y = np.float64(2.) * x * np.float32(3.)
print(y)
y.sum().backward()
print(x.grad)
# numpy's bool is not Python's: PyTorch reads it as a float
print(n + np.bool_(True), torch.tensor([True]) * np.bool_(True), n.add(np.bool_(True)))
print(n == np.bool_(True), n + True)
print(t == np.float64(1.), t < np.float64(1.5), np.float64(1.5) < t, t != np.int64(2))
