# Attention pooling by similarity: Nadaraya-Watson regression with Gaussian, boxcar and Epanechnikov kernels.
import torch

def f(x):
    return 2 * torch.sin(x) + x

n = 40
g = torch.Generator().manual_seed(0)
x_train, _ = torch.sort(torch.rand(n, generator=g) * 5)
y_train = f(x_train) + torch.randn(n, generator=g)
x_val = torch.arange(0, 5, 0.5)

def gaussian(x):
    return torch.exp(-x ** 2 / 2)

def boxcar(x):
    return (torch.abs(x) < 1.0).float()

def epanechikov(x):
    return torch.max(1 - torch.abs(x), torch.zeros_like(x))

def nadaraya_watson(x_train, y_train, x_val, kernel):
    dists = x_train.reshape((-1, 1)) - x_val.reshape((1, -1))
    k = kernel(dists).type(torch.float32)
    attention_w = k / k.sum(0)
    return y_train @ attention_w, attention_w

for kernel in (gaussian, boxcar, epanechikov):
    y_hat, w = nadaraya_watson(x_train, y_train, x_val, kernel)
    print(kernel.__name__, y_hat, w.sum(0)[:3])
for sigma in (0.1, 0.2, 0.5, 1):
    y_hat, _ = nadaraya_watson(x_train, y_train, x_val, lambda x: torch.exp(-x ** 2 / (2 * sigma ** 2)))
    print(sigma, ((y_hat - f(x_val)) ** 2).mean().item())
