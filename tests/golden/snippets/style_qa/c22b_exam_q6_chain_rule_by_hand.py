import torch

# Q6. f(x) = sin(x^2) * exp(x). Compute df/dx at x=0.5 by hand and with autograd.
x = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
f = torch.sin(x ** 2) * torch.exp(x)
f.backward()
xv = x.detach()
by_hand = torch.cos(xv ** 2) * 2 * xv * torch.exp(xv) + torch.sin(xv ** 2) * torch.exp(xv)
print("autograd:", x.grad.item())
print("by hand :", by_hand.item())
print("equal   :", torch.isclose(x.grad, by_hand).item())
