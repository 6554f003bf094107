# A cs231n-style gradient check: relative error between analytic and numeric gradients
import torch

def rel_error(x, y):
    return ((x - y).abs() / torch.clamp(x.abs() + y.abs(), min=1e-8)).max().item()

torch.manual_seed(1676)
W = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
X = torch.randn(5, 4, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 1, 0])
def loss_fn(W):
    return torch.nn.functional.cross_entropy(X @ W, y) + 0.05 * (W * W).sum()
loss_fn(W).backward()
num = torch.zeros_like(W)
h = 1e-5
with torch.no_grad():
    for i in range(4):
        for j in range(3):
            old = W[i, j].item()
            W[i, j] = old + h; fp = loss_fn(W).item()
            W[i, j] = old - h; fm = loss_fn(W).item()
            W[i, j] = old
            num[i, j] = (fp - fm) / (2 * h)
print(num[0])
print(W.grad[0])
print(rel_error(num, W.grad) < 1e-7)
