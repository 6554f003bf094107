# fast.ai chapter 4 ideas on fake two-class pixel data: random parameters, a linear model,
# a sigmoid distance-to-target loss via torch.where, minibatch steps and accuracy per epoch.
import torch

torch.manual_seed(28)
pixels = torch.cat([torch.rand(30, 16) + 0.3, torch.rand(30, 16) - 0.3])
is_three = torch.tensor([1] * 30 + [0] * 30).unsqueeze(1)
w = torch.randn(16, 1).requires_grad_()
b = torch.randn(1).requires_grad_()
def predict(xb): return xb @ w + b
def dist_loss(preds, targets):
    s = torch.sigmoid(preds)
    return torch.where(targets == 1, 1 - s, s).mean()
def acc(preds, targets):
    return ((preds.sigmoid() > 0.5) == targets).float().mean()
print(acc(predict(pixels), is_three))
for epoch in range(3):
    order = torch.randperm(60)
    for start in range(0, 60, 12):
        pick = order[start:start + 12]
        loss = dist_loss(predict(pixels[pick]), is_three[pick])
        loss.backward()
        with torch.no_grad():
            w -= w.grad
            b -= b.grad
        w.grad = b.grad = None
    print(epoch, round(acc(predict(pixels), is_three).item(), 4), loss.item())
