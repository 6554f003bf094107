# Dividing by zero: values and gradients.
import torch

num = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
den = torch.zeros(3, requires_grad=True)
q = num / den
print(q)
q.sum().backward()
print(num.grad, den.grad)
t = torch.tensor([0.0, 0.0], requires_grad=True)
ang = torch.atan2(t[0], t[1])
ang.backward()
print(ang, t.grad)
