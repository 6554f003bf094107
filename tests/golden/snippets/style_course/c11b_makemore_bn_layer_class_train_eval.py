# makemore part 3: Linear/BatchNorm1d/Tanh classes written by hand with a training flag and running stats.
import torch

g = torch.Generator().manual_seed(2147483647)

class Linear:
    def __init__(self, fan_in, fan_out, bias=True):
        self.weight = torch.randn((fan_in, fan_out), generator=g) / fan_in ** 0.5
        self.bias = torch.zeros(fan_out) if bias else None
    def __call__(self, x):
        self.out = x @ self.weight
        if self.bias is not None:
            self.out += self.bias
        return self.out
    def parameters(self):
        return [self.weight] + ([] if self.bias is None else [self.bias])

class BatchNorm1d:
    def __init__(self, dim, eps=1e-5, momentum=0.1):
        self.eps, self.momentum, self.training = eps, momentum, True
        self.gamma, self.beta = torch.ones(dim), torch.zeros(dim)
        self.running_mean, self.running_var = torch.zeros(dim), torch.ones(dim)
    def __call__(self, x):
        if self.training:
            xmean, xvar = x.mean(0, keepdim=True), x.var(0, keepdim=True)
        else:
            xmean, xvar = self.running_mean, self.running_var
        xhat = (x - xmean) / torch.sqrt(xvar + self.eps)
        self.out = self.gamma * xhat + self.beta
        if self.training:
            with torch.no_grad():
                self.running_mean = (1 - self.momentum) * self.running_mean + self.momentum * xmean
                self.running_var = (1 - self.momentum) * self.running_var + self.momentum * xvar
        return self.out
    def parameters(self):
        return [self.gamma, self.beta]

class Tanh:
    def __call__(self, x):
        self.out = torch.tanh(x)
        return self.out
    def parameters(self):
        return []

layers = [Linear(10, 20, bias=False), BatchNorm1d(20), Tanh(), Linear(20, 5)]
x = torch.randn(32, 10, generator=g) * 3 + 1
for _ in range(5):
    h = x
    for layer in layers:
        h = layer(h)
print(h.shape, round(h.mean().item(), 4), round(h.std().item(), 4))
print(layers[1].running_mean[:4])
print(layers[1].running_var[:4])
for layer in layers:
    layer.training = False
h = x[:3]
for layer in layers:
    h = layer(h)
print(h)
print(sum(p.nelement() for l in layers for p in l.parameters()))
