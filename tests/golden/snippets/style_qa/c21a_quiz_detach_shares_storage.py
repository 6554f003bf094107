# Quiz: does changing a detached tensor change the original?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
d = x.detach()
d[0] = 100.0
print(x)
print(d.requires_grad, d.is_leaf)
print(x.data_ptr() == d.data_ptr())
