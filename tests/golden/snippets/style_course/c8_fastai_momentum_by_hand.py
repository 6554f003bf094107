# SGD with momentum by hand (the fastai/cs231n formula) compared with torch.optim.SGD(momentum=0.9).
import torch

torch.manual_seed(0)
x = torch.randn(50, 2)
y = x @ torch.tensor([2.0, -3.0]) + 0.5

def loss_fn(w, b):
    return ((x @ w + b - y) ** 2).mean()

w1 = torch.zeros(2, requires_grad=True)
b1 = torch.zeros(1, requires_grad=True)
vel = [torch.zeros(2), torch.zeros(1)]
lr, mom = 0.05, 0.9
for step in range(10):
    loss = loss_fn(w1, b1)
    loss.backward()
    with torch.no_grad():
        for p, v in zip((w1, b1), vel):
            v.mul_(mom).add_(p.grad)
            p -= lr * v
            p.grad.zero_()
print(w1, b1)

w2 = torch.zeros(2, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w2, b2], lr=lr, momentum=mom)
for step in range(10):
    opt.zero_grad()
    loss2 = loss_fn(w2, b2)
    loss2.backward()
    opt.step()
print(w2, b2)
print(torch.allclose(w1, w2), loss.item(), loss2.item())
print(opt.state[w2]['momentum_buffer'])
