# micrograd lecture: a tiny scalar Value class with topological backward, checked against torch in float64.
import math
import torch

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data, self.grad = data, 0.0
        self._backward = lambda: None
        self._prev, self._op = set(_children), _op
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
    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), 'tanh')
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
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

x1, x2, w1, w2, b = Value(2.0), Value(0.0), Value(-3.0), Value(1.0), Value(6.8813735870195432)
o = (x1 * w1 + x2 * w2 + b).tanh()
o.backward()
print(f"{o.data:.6f}", x1.grad, w1.grad, x2.grad, w2.grad)

tx1 = torch.tensor([2.0]).double().requires_grad_()
tx2 = torch.tensor([0.0]).double().requires_grad_()
tw1 = torch.tensor([-3.0]).double().requires_grad_()
tw2 = torch.tensor([1.0]).double().requires_grad_()
tb = torch.tensor([6.8813735870195432]).double().requires_grad_()
to = torch.tanh(tx1 * tw1 + tx2 * tw2 + tb)
to.backward()
print(to.data.item())
print(tx1.grad.item(), tw1.grad.item(), tx2.grad.item(), tw2.grad.item())
print(abs(o.data - to.item()) < 1e-12, abs(x1.grad - tx1.grad.item()) < 1e-12)
