# Quiz 5: which of these require grad?
import torch

a = torch.ones(2, requires_grad=True)
b = torch.ones(2)
print((a + b).requires_grad)
print((b * 2).requires_grad)
print(a.detach().requires_grad)
print((a > 0).requires_grad)
print(a.argmax().requires_grad)
print(torch.zeros_like(a).requires_grad)
print(a.clone().requires_grad, a.clone().is_leaf)
with torch.no_grad():
    print((a * 2).requires_grad)
print(a.sum().item(), type(a.sum().item()))
