# linear regression with hand-written gradients vs autograd, full precision
import torch

torch.manual_seed(121)
X = torch.randn(50, 3)
y = X @ torch.tensor([1.5, -2.0, 0.7]) + 0.3 + 0.1 * torch.randn(50)
w1 = torch.zeros(3, requires_grad=True); b1 = torch.zeros(1, requires_grad=True)
w2 = torch.zeros(3); b2 = torch.zeros(1)
for step in range(5):
    loss = ((X @ w1 + b1 - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w1 -= 0.1 * w1.grad; b1 -= 0.1 * b1.grad
        w1.grad.zero_(); b1.grad.zero_()
    r = X @ w2 + b2 - y
    w2 = w2 - 0.1 * (2 / 50) * (X.T @ r)
    b2 = b2 - 0.1 * 2 * r.mean()
    print(step, loss.item(), (w1 - w2).abs().max().item())
print(w1.tolist(), b1.item())
