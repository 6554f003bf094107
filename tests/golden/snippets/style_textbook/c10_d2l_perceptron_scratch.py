# The perceptron algorithm from scratch on linearly separable synthetic data, counting mistakes per epoch.
import torch

torch.manual_seed(6)
n = 40
X = torch.randn(n, 2)
w_true = torch.tensor([1.5, -1.0])
y = torch.where(X @ w_true + 0.2 > 0, 1.0, -1.0)
w = torch.zeros(2)
b = torch.zeros(1)
for epoch in range(10):
    mistakes = 0
    for i in range(n):
        if y[i] * (X[i] @ w + b) <= 0:
            w += y[i] * X[i]
            b += y[i]
            mistakes += 1
    print(epoch, mistakes, w, b)
    if mistakes == 0:
        break
margin = (y * (X @ w + b)) / w.norm()
print(margin.min() > 0, round(margin.min().item(), 5))
pred = torch.sign(X @ w + b)
print((pred == y).float().mean())
print(torch.nn.functional.cosine_similarity(w, w_true, dim=0))
