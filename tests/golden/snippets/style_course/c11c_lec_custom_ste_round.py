# Lecture: a straight-through estimator - round in forward, identity gradient in backward.
import torch

class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output

x = torch.tensor([0.2, 0.5, 1.5, 2.7, -1.4], requires_grad=True)
y = RoundSTE.apply(x)
print(y)
(y * torch.arange(5.0)).sum().backward()
print(x.grad)
x.grad = None
torch.round(x).sum().backward()
print("plain round grad:", x.grad)
x.grad = None
hard = x + (torch.round(x) - x).detach()
print(hard)
(hard * torch.arange(5.0)).sum().backward()
print(x.grad)
w = torch.tensor([0.3, -0.8, 1.2], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.25)
for step in range(3):
    opt.zero_grad()
    loss = ((RoundSTE.apply(w * 4) / 4 - torch.tensor([0.5, -0.5, 1.0])) ** 2).sum()
    loss.backward()
    opt.step()
    print(step, loss.item(), w.data)
