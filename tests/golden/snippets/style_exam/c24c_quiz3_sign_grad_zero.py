# Quiz C30: sign and comparisons in the graph
import torch

x = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)
s = torch.sign(x)
print(s, s.grad_fn)
(s * x).sum().backward()
print(x.grad)
m = (x > 0).float()
print(m.requires_grad, (m * x).sum().grad_fn.name())
