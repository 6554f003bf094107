# micrograd's Neuron/Layer/MLP API rebuilt on torch tensors; parameters() as a flat list and a manual SGD loop.
import torch

class Neuron:
    def __init__(self, nin, nonlin=True):
        self.w = torch.empty(nin).uniform_(-1, 1).requires_grad_()
        self.b = torch.zeros(1, requires_grad=True)
        self.nonlin = nonlin

    def __call__(self, x):
        act = (self.w * x).sum() + self.b
        return act.tanh() if self.nonlin else act

    def parameters(self):
        return [self.w, self.b]

class Layer:
    def __init__(self, nin, nout, **kwargs):
        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        out = torch.cat([n(x) for n in self.neurons])
        return out[0] if len(self.neurons) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

class MLP:
    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [Layer(sz[i], sz[i + 1], nonlin=i != len(nouts) - 1) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

torch.manual_seed(0)
xs = torch.tensor([[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]])
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])
n = MLP(3, [4, 4, 1])
print(len(n.parameters()), sum(p.numel() for p in n.parameters()))
for k in range(10):
    ypred = [n(x) for x in xs]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
    for p in n.parameters():
        p.grad = None
    loss.backward()
    for p in n.parameters():
        p.data += -0.05 * p.grad
    print(k, loss.item())
print(ypred[0], ypred[0].grad_fn)
print(torch.stack(ypred).detach())
