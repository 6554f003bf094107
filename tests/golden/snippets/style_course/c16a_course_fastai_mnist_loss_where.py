# A fast.ai-style linear model on fake 3s-vs-7s pixels, with a torch.where distance loss
import torch

torch.manual_seed(1663)
threes = torch.rand(10, 16) * 0.5
sevens = torch.rand(10, 16) * 0.5 + 0.5
xs = torch.cat([threes, sevens])
ys = torch.cat([torch.ones(10, 1), torch.zeros(10, 1)])
w = torch.randn(16, 1).requires_grad_()
b = torch.randn(1).requires_grad_()

def distance_loss(logits, target):
    p = logits.sigmoid()
    return torch.where(target == 1, 1 - p, p).mean()

for epoch in range(5):
    logits = xs @ w + b
    loss = distance_loss(logits, ys)
    loss.backward()
    with torch.no_grad():
        w -= w.grad
        b -= b.grad
    w.grad = b.grad = None
    acc = ((logits > 0).float() == ys).float().mean()
    print(epoch, round(loss.item(), 6), acc.item())
