# micrograd lecture: build_topo over a tiny Value graph printed, and torch's own graph walked via next_functions.
import torch

class Value:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data, self.grad, self._prev, self._op, self.label = data, 0.0, set(_children), _op, label
        self._backward = lambda: None
    def __add__(self, other):
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo, visited = [], set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for c in sorted(v._prev, key=lambda c: c.label):
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()
        return topo

a, b, c = Value(2.0, label='a'), Value(-3.0, label='b'), Value(10.0, label='c')
e = a * b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d * f; L.label = 'L'
order = L.backward()
print([v.label for v in order])
print({v.label: v.grad for v in order})
ta, tb, tc, tf = (torch.tensor(v, dtype=torch.double, requires_grad=True) for v in (2.0, -3.0, 10.0, -2.0))
tL = (ta * tb + tc) * tf
tL.backward()
print(tL.item(), ta.grad.item(), tb.grad.item(), tc.grad.item(), tf.grad.item())
def walk(fn, depth=0):
    print('  ' * depth + type(fn).__name__)
    for nxt, _ in fn.next_functions:
        if nxt is not None:
            walk(nxt, depth + 1)
walk(tL.grad_fn)
