# Linear regression from scratch: synthetic_data helper, shuffled minibatches, manual SGD under no_grad.
import torch

def synthetic_data(coefs, bias, n):
    feats = torch.normal(0, 1, (n, len(coefs)))
    target = feats @ coefs + bias
    return feats, (target + torch.normal(0, 0.01, target.shape)).reshape(-1, 1)

def minibatches(size, feats, target):
    order = torch.randperm(len(feats))
    for start in range(0, len(feats), size):
        chosen = order[start:start + size]
        yield feats[chosen], target[chosen]

torch.manual_seed(140)
true_w, true_b = torch.tensor([1.5, -0.7, 2.0]), 0.3
feats, target = synthetic_data(true_w, true_b, 200)
w = torch.normal(0, 0.01, size=(3, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(3):
    for Xb, yb in minibatches(16, feats, target):
        ((Xb @ w + b - yb) ** 2 / 2).sum().backward()
        with torch.no_grad():
            for param in [w, b]:
                param -= 0.05 * param.grad / 16
                param.grad.zero_()
    with torch.no_grad():
        full = ((feats @ w + b - target) ** 2 / 2).mean()
    print(f'epoch {epoch + 1}, loss {float(full):f}')
print(true_w - w.reshape(true_w.shape), true_b - b)
