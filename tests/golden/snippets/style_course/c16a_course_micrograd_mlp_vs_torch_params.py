# A micrograd-style MLP class built from torch scalars: parameter count and a training step
import random, torch

class Unit:
    def __init__(self, n_inputs):
        self.w = [torch.tensor(random.uniform(-1, 1)).double().requires_grad_() for _ in range(n_inputs)]
        self.b = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
    def __call__(self, x):
        return torch.tanh(sum((wi * xi for wi, xi in zip(self.w, x)), self.b))
    def parameters(self): return self.w + [self.b]
class Net:
    def __init__(self, sizes):
        self.layers = [[Unit(a) for _ in range(b)] for a, b in zip(sizes, sizes[1:])]
    def __call__(self, x):
        for layer in self.layers: x = [n(x) for n in layer]
        return x[0] if len(x) == 1 else x
    def parameters(self): return [p for layer in self.layers for n in layer for p in n.parameters()]
random.seed(16)
n = Net([3, 5, 1])
print(len(n.parameters()), n.parameters()[0])
xs = [[1.0, -2.0, 0.5], [0.0, 1.5, -1.0], [2.0, 2.0, 0.0], [-1.0, 0.5, 1.0]]
ys = [-1.0, 1.0, 1.0, -1.0]
for k in range(4):
    loss = sum((n(x) - y) ** 2 for x, y in zip(xs, ys))
    grads = torch.autograd.grad(loss, n.parameters())
    with torch.no_grad():
        for p, g in zip(n.parameters(), grads):
            p -= 0.05 * g
    print(k, loss.item())
