# clone keeps the graph; detach drops it; the order of the two matters little.
import torch

p = torch.tensor([2.0, 4.0], requires_grad=True)
c1 = p.clone()
c2 = p.detach().clone()
c3 = p.clone().detach()
for t in (c1, c2, c3):
    print(t.requires_grad, t.grad_fn, t.is_leaf)
c2.requires_grad_()
(c1 * c2).sum().backward()
print(p.grad, c2.grad)
print(c2.data_ptr() == p.data_ptr(), p.detach().data_ptr() == p.data_ptr())
