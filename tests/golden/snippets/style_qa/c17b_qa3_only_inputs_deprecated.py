# Q: what does only_inputs do in torch.autograd.grad?
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
y = (a * b).sum()
print(torch.autograd.grad(y, a, only_inputs=False, retain_graph=True))
print(a.grad, b.grad)
print(torch.autograd.grad(y, [a, b]))
