# MaxPool2d with return_indices and MaxUnpool2d to put values back.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 5.0, 2.0, 0.0], [3.0, 4.0, 8.0, 1.0], [0.0, 9.0, 7.0, 6.0], [2.0, 1.0, 3.0, 4.0]]]])
pool = nn.MaxPool2d(2, return_indices=True)
out, idx = pool(x)
print(out)
print(idx)
print(nn.MaxUnpool2d(2)(out, idx))
x.requires_grad_()
nn.functional.max_pool2d(x, 2).sum().backward()
print(x.grad)
