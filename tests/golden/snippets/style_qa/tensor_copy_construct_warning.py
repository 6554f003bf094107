# torch.tensor(existing_tensor) warns and recommends clone().detach().
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor(a)
print(b, b.requires_grad)
c = a.clone().detach()
print(c, c.requires_grad)
print(torch.as_tensor(a) is a)
