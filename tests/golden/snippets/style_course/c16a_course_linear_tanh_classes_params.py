# Hand-written Dense and Squash layer classes, stacked in a list, with a parameter count
import torch

class Dense:
    def __init__(self, n_in, n_out, use_bias=True, gen=None):
        self.W = torch.randn(n_in, n_out, generator=gen) * n_in ** -0.5
        self.b = torch.zeros(n_out) if use_bias else None

    def __call__(self, x):
        self.out = x @ self.W if self.b is None else x @ self.W + self.b
        return self.out

    def params(self):
        return [self.W] if self.b is None else [self.W, self.b]

class Squash:
    def __call__(self, x):
        self.out = x.tanh()
        return self.out
    def params(self): return []

gen = torch.Generator().manual_seed(1616)
stack = [Dense(6, 10, gen=gen), Squash(), Dense(10, 10, gen=gen), Squash(), Dense(10, 3, use_bias=False, gen=gen)]
params = [p for layer in stack for p in layer.params()]
print(len(params), sum(p.numel() for p in params))
x = torch.randn(4, 6, generator=gen)
for layer in stack:
    x = layer(x)
    print(type(layer).__name__, tuple(layer.out.shape), round(layer.out.std().item(), 6))
print(x)
