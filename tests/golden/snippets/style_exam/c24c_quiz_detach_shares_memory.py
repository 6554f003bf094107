# Quiz 21: does detach copy?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
d = x.detach()
d[0] = 10.0
print(x)
print(d.data_ptr() == x.data_ptr(), d.requires_grad)
c = x.detach().clone()
c[1] = -1.0
print(x, c)
