# A minimal scalar Scalar class with add/mul and reverse-mode backward, checked against torch
import torch

class Scalar:
    def __init__(self, v, parents=(), grads=()):
        self.v, self.g, self.parents, self.local = v, 0.0, parents, grads

    def __add__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.v + o.v, (self, o), (1.0, 1.0))

    def __mul__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.v * o.v, (self, o), (o.v, self.v))

    def backward(self):
        order, visited = [], set()
        def visit(n):
            if id(n) not in visited:
                visited.add(id(n)); [visit(p) for p in n.parents]; order.append(n)
        visit(self); self.g = 1.0
        for n in reversed(order):
            for p, d in zip(n.parents, n.local):
                p.g += d * n.g

a, b = Scalar(-4.0), Scalar(2.5)
c = a * b + b * b * 3 + a * a; c.backward()
ta, tb = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (-4.0, 2.5))
tc = ta * tb + tb * tb * 3 + ta * ta; tc.backward()
print(c.v, tc.item(), a.g, ta.grad.item(), b.g, tb.grad.item())
