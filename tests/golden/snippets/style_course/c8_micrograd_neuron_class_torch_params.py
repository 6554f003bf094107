# micrograd's Neuron/Layer/MLP classes rebuilt on torch scalars-in-tensors: parameters(), zero_grad, step.
import random
import torch

class Neuron:
    def __init__(self, nin):
        self.w = torch.tensor([random.uniform(-1, 1) for _ in range(nin)], requires_grad=True)
        self.b = torch.tensor(random.uniform(-1, 1), requires_grad=True)

    def __call__(self, x):
        return torch.tanh((self.w * x).sum() + self.b)

    def parameters(self):
        return [self.w, self.b]

class Layer:
    def __init__(self, nin, nout):
        self.neurons = [Neuron(nin) for _ in range(nout)]

    def __call__(self, x):
        outs = torch.stack([n(x) for n in self.neurons])
        return outs[0] if len(outs) == 1 else outs

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

class MLP:
    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i + 1]) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

random.seed(42)
n = MLP(3, [4, 4, 1])
x = torch.tensor([2.0, 3.0, -1.0])
print(n(x))
print(len(n.parameters()), sum(p.numel() for p in n.parameters()))
xs = torch.tensor([[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]])
ys = [1.0, -1.0, -1.0, 1.0]
for k in range(5):
    ypred = [n(xi) for xi in xs]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
    for p in n.parameters():
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in n.parameters():
            p += -0.05 * p.grad
    print(k, loss.item())
print([round(y.item(), 4) for y in ypred])
