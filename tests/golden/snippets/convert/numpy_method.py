import numpy as np
import torch

t = torch.tensor([[1., 2.], [3., 4.]])
a = t.numpy()
print(a)
print(a.dtype, a.shape, type(a).__name__)
a[0, 0] = -1.
print(t)
print(torch.tensor([1, 2]).numpy().dtype)
print(torch.tensor(3.).numpy())
x = torch.tensor([1., 2.], requires_grad=True)
print(x.detach().numpy())
print(np.asarray(torch.tensor([True, False])))
