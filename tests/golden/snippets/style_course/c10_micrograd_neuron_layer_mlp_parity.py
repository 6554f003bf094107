# micrograd: Neuron/Layer/MLP built from torch scalars, one gradient step, compared with nn.Linear in float64.
import torch

torch.manual_seed(1)
xs = torch.tensor([[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]], dtype=torch.float64)
ys = torch.tensor([1.0, -1.0, -1.0, 1.0], dtype=torch.float64)

class Neuron:
    def __init__(self, nin):
        self.w = [torch.empty((), dtype=torch.float64).uniform_(-1, 1).requires_grad_() for _ in range(nin)]
        self.b = torch.empty((), dtype=torch.float64).uniform_(-1, 1).requires_grad_()
    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.tanh()
    def parameters(self):
        return self.w + [self.b]

class Layer:
    def __init__(self, nin, nout):
        self.neurons = [Neuron(nin) for _ in range(nout)]
    def __call__(self, x):
        outs = [n(x) for n in self.neurons]
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

n = MLP(3, [4, 4, 1])
print(len(n.parameters()))
for k in range(5):
    ypred = [n(x) for x in xs]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
    for p in n.parameters():
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in n.parameters():
            p += -0.05 * p.grad
    print(k, f"{loss.item():.6f}")
print([round(y.item(), 4) for y in ypred])
W = torch.stack([torch.stack(neuron.w) for neuron in n.layers[0].neurons])
b = torch.stack([neuron.b for neuron in n.layers[0].neurons])
lin = torch.nn.Linear(3, 4).double()
with torch.no_grad():
    lin.weight.copy_(W)
    lin.bias.copy_(b)
print(torch.allclose(torch.tanh(lin(xs[0])), torch.stack(n.layers[0](xs[0]))))
