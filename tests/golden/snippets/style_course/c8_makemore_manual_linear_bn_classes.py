# makemore part 3's hand-written Linear / BatchNorm1d / Tanh classes, torch-ified, with parameter counts.
import torch

class Linear:
    def __init__(self, fan_in, fan_out, generator, bias=True):
        self.weight = torch.randn((fan_in, fan_out), generator=generator) / fan_in**0.5
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

g = torch.Generator().manual_seed(2147483647)
layers = [Linear(6, 16, g, bias=False), BatchNorm1d(16), Tanh(), Linear(16, 27, g)]
parameters = [p for layer in layers for p in layer.parameters()]
print(sum(p.nelement() for p in parameters))
x = torch.randn(32, 6, generator=g)
for layer in layers:
    x = layer(x)
print(x.shape, layers[1].running_mean.shape, layers[1].running_mean[0, :3])
print(layers[1].out.mean().abs() < 1e-6, round(layers[1].out.std().item(), 3))
print(layers[3].bias.shape, type(layers[2]).__name__)
