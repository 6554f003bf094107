# Quiz 60: a parameter not used in the loss - grad is?
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
loss = a * 3
loss.backward()
print(a.grad, b.grad)
try:
    torch.autograd.grad(a * 3, [a, b])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(a * 3, [a, b], allow_unused=True))
print(torch.autograd.grad(a * 3, [a, b], allow_unused=True, materialize_grads=True))
