# Quiz: where do min() and median() send the gradient when values tie?
import torch

a = torch.tensor([2.0, 0.5, 0.5, 3.0], requires_grad=True)
a.min().backward()
print("min()", a.grad)
b = torch.tensor([2.0, 0.5, 0.5, 3.0], requires_grad=True)
b.min(dim=0)[0].backward()
print("min(dim=0)", b.grad)
c = torch.tensor([1.0, 2.0, 2.0, 9.0, 0.0], requires_grad=True)
c.median().backward()
print("median()", c.grad)
