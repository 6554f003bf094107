# Nonparametric attention pooling: Gaussian kernel weights via softmax of negative squared distances.
import torch

torch.manual_seed(0)
def f(x):
    return 2 * torch.sin(x) + x

n = 40
x_train, _ = torch.sort(torch.rand(n) * 5)
y_train = f(x_train) + torch.normal(0.0, 0.5, (n,))
x_val = torch.arange(0, 5, 0.5)
y_val = f(x_val)
dists = x_train.reshape((-1, 1)) - x_val.reshape((1, -1))
attention_w = torch.softmax(-dists ** 2 / 2, dim=0)
y_hat = y_train @ attention_w
print(attention_w.shape, attention_w.sum(0)[:3])
print(y_hat.round(decimals=3))
print(((y_hat - y_val) ** 2).mean())
for sigma in (0.1, 0.2, 0.5, 1):
    w = torch.softmax(-dists ** 2 / (2 * sigma ** 2), dim=0)
    print(sigma, round(((y_train @ w - y_val) ** 2).mean().item(), 4))
