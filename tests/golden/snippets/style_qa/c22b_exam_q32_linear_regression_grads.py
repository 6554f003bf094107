import torch

# Q32. For the MSE loss L = mean((w*x + b - y)^2), give dL/dw and dL/db.
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 7.0])
w = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
L = ((w * x + b - y) ** 2).mean()
L.backward()
r = (w * x + b - y).detach()
print("autograd:", w.grad.item(), b.grad.item())
print("formula :", (2 * r * x).mean().item(), (2 * r).mean().item())
print("loss    :", L.item())
