# micrograd-style scalar Value class checked against PyTorch on a tanh neuron.
import math
import torch

class Value:
    def __init__(self, data, _children=()):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other))
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other))
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,))
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
print(o.data, x1.grad, w1.grad, x2.grad, w2.grad)
tx1, tx2 = torch.tensor([2.0]).double().requires_grad_(), torch.tensor([0.0]).double().requires_grad_()
tw1, tw2 = torch.tensor([-3.0]).double().requires_grad_(), torch.tensor([1.0]).double().requires_grad_()
tb = torch.tensor([6.8813735870195432]).double().requires_grad_()
n = tx1 * tw1 + tx2 * tw2 + tb
to = torch.tanh(n)
print(to.data.item())
to.backward()
print("x1", tx1.grad.item(), "w1", tw1.grad.item(), "x2", tx2.grad.item(), "w2", tw2.grad.item())
print(abs(o.data - to.item()) < 1e-12, x1.grad == tx1.grad.item())
