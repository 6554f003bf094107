# micrograd: a tiny Value class; the "b = a + a" bug (grads must accumulate) checked against torch.
import math
import torch

class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = _children
        self._op = _op

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")
        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,), "exp")
        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, visited = [], set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()

a = Value(-2.0)
b = Value(3.0)
d = a * b
e = a + b
f = (d * e).exp() * 0.01 + a + a
f.backward()
print(a, b, sep="\n")
at = torch.tensor(-2.0, dtype=torch.double, requires_grad=True)
bt = torch.tensor(3.0, dtype=torch.double, requires_grad=True)
ft = (at * bt * (at + bt)).exp() * 0.01 + at + at
ft.backward()
print(ft.data.item(), f.data)
print(at.grad.item(), bt.grad.item())
print(abs(at.grad.item() - a.grad) < 1e-12, abs(bt.grad.item() - b.grad) < 1e-12)
print(ft.grad_fn, ft.grad_fn.next_functions)
