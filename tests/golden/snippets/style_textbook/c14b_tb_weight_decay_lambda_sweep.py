# Weight decay chapter: high-dimensional regression with few samples, L2 penalty with lambda 0 vs 5.
import torch

torch.manual_seed(5)
n_train, num_inputs = 15, 60
true_w, true_b = torch.ones((num_inputs, 1)) * 0.02, 0.1
X = torch.randn(n_train, num_inputs)
y = X @ true_w + true_b + 0.01 * torch.randn(n_train, 1)
X_test = torch.randn(50, num_inputs)
y_test = X_test @ true_w + true_b

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

for lambd in (0, 5):
    torch.manual_seed(6)
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for epoch in range(30):
        l = ((X @ w + b - y) ** 2 / 2).mean() + lambd * l2_penalty(w)
        l.backward()
        with torch.no_grad():
            w -= 0.01 * w.grad
            b -= 0.01 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    test_loss = ((X_test @ w + b - y_test) ** 2 / 2).mean()
    print(lambd, 'L2 norm of w:', torch.norm(w).item(), 'test', test_loss.item())
