# Raschka-style logistic regression: forward/backward written by hand, compared with autograd on the same data.
import torch
import torch.nn.functional as F

class LogisticRegression1:
    def __init__(self, num_features):
        self.weights = torch.zeros(1, num_features, dtype=torch.float32)
        self.bias = torch.zeros(1, dtype=torch.float32)

    def forward(self, x):
        linear = torch.add(torch.mm(x, self.weights.t()), self.bias).view(-1)
        return torch.sigmoid(linear)

    def backward(self, x, y, probas):
        grad_loss_wrt_z = probas.view(-1) - y
        grad_loss_wrt_w = torch.mm(x.t(), grad_loss_wrt_z.view(-1, 1)).t()
        grad_loss_wrt_b = torch.sum(grad_loss_wrt_z)
        return grad_loss_wrt_w, grad_loss_wrt_b

def loss_fn(probas, y):
    return -torch.mean(y * torch.log(probas) + (1 - y) * torch.log(1 - probas))

torch.manual_seed(32)
X = torch.randn(50, 2)
y = (X[:, 0] + 0.5 * X[:, 1] > 0).float()
model1 = LogisticRegression1(2)
w = torch.zeros(1, 2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1
for epoch in range(5):
    probas = model1.forward(X)
    gw, gb = model1.backward(X, y, probas)
    model1.weights -= lr * gw / y.size(0)
    model1.bias -= lr * gb / y.size(0)
    p2 = torch.sigmoid((X @ w.t() + b).view(-1))
    l2 = F.binary_cross_entropy(p2, y)
    l2.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    print(f"Epoch: {epoch + 1:03d} | Train ACC: {((probas > 0.5).float() == y).float().mean():.3f} | "
          f"Cost: {loss_fn(probas, y):.5f} | {l2.item():.5f}")
print(model1.weights, model1.bias)
print(w.detach(), b.detach())
