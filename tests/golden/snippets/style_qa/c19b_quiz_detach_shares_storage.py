# Quiz 50: does detach() copy?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
d = w.detach()
d[0] = 10
print(w)
print(d.data_ptr() == w.data_ptr())
c = w.detach().clone()
c[1] = -5
print(w, c)
print(w.detach() is w.detach())
