# A tiny scalar autograd Value class (course exercise) checked against torch, op by op.
import math
import torch

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,), 'exp')
        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, seen = [], set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

a, b = Value(1.5), Value(-0.75)
out = (a * b + a).exp() * b
out.backward()
ta = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
tb = torch.tensor(-0.75, dtype=torch.float64, requires_grad=True)
tout = (ta * tb + ta).exp() * tb
tout.backward()
print(out.data, tout.item(), abs(out.data - tout.item()) < 1e-12)
print(a.grad, ta.grad.item())
print(b.grad, tb.grad.item())
print(ta.grad, tb.grad)
