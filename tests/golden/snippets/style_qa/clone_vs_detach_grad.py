# clone() stays in the graph; detach() does not; clone().detach() copies.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
c = x.clone()
d = x.detach()
cd = x.clone().detach()
print(c.grad_fn, c.requires_grad)
print(d.grad_fn, d.requires_grad)
print(cd.requires_grad, cd.data_ptr() == x.data_ptr(), d.data_ptr() == x.data_ptr())
(c * 2).sum().backward()
print(x.grad)
