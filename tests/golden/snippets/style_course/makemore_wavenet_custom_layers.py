# makemore part 5: Linear/BatchNorm1d/Tanh written as classes, stacked in a hand-made Sequential.
import torch

class Linear:
    def __init__(self, fan_in, fan_out, bias=True):
        self.weight = torch.randn((fan_in, fan_out)) / fan_in ** 0.5
        self.bias = torch.zeros(fan_out) if bias else None

    def __call__(self, x):
        self.out = x @ self.weight
        if self.bias is not None:
            self.out += self.bias
        return self.out

    def parameters(self):
        return [self.weight] + ([] if self.bias is None else [self.bias])

class Tanh:
    def __call__(self, x):
        self.out = torch.tanh(x)
        return self.out

    def parameters(self):
        return []

class Sequential:
    def __init__(self, layers):
        self.layers = layers

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        self.out = x
        return self.out

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

torch.manual_seed(42)
model = Sequential([Linear(6, 20, bias=False), Tanh(), Linear(20, 5)])
with torch.no_grad():
    model.layers[-1].weight *= 0.1
parameters = model.parameters()
print(sum(p.nelement() for p in parameters))
for p in parameters:
    p.requires_grad = True
x = torch.randn(4, 6)
logits = model(x)
print(logits.shape)
for layer in model.layers:
    print(layer.__class__.__name__, ':', tuple(layer.out.shape))
t = model.layers[1].out
print('mean %+.2f, std %.2f, saturated: %.2f%%' % (t.mean(), t.std(), (t.abs() > 0.97).float().mean() * 100))
