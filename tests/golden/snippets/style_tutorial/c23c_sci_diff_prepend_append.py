# torch.diff with prepend/append for boundary-aware differences, and its gradient.
import torch

u = torch.tensor([1.0, 4.0, 9.0, 16.0], dtype=torch.float64, requires_grad=True)
d = torch.diff(u, prepend=torch.tensor([0.0], dtype=torch.float64), append=torch.tensor([25.0], dtype=torch.float64))
print(d)
d.pow(2).sum().backward()
print(u.grad)
print(torch.diff(torch.arange(10).reshape(2, 5), dim=1), torch.diff(torch.tensor([True, False, False, True])))
