# micrograd lecture: a tiny Value class next to torch doubles, checking data and grads agree.
import math
import torch

class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data, self.grad = data, 0.0
        self._backward = lambda: None
        self._prev, self._op = set(_children), _op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
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

    def __pow__(self, k):
        out = Value(self.data ** k, (self,), f"**{k}")
        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out

    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other ** -1

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

a, b, c = Value(-1.5), Value(0.8), Value(2.0)
d = a * b + b ** 3
e = (d - a / c).tanh() * 2 + c * a
f = e * e / 3.0
f.backward()
ta, tb, tc = (torch.tensor([v], dtype=torch.double, requires_grad=True) for v in (-1.5, 0.8, 2.0))
td = ta * tb + tb ** 3
te = (td - ta / tc).tanh() * 2 + tc * ta
tf = te * te / 3.0
tf.backward()
print(f"{f.data:.6f}", f"{tf.data.item():.6f}", abs(f.data - tf.data.item()) < 1e-9)
for name, v, t in [("a", a, ta), ("b", b, tb), ("c", c, tc)]:
    print(name, f"{v.grad:.6f}", f"{t.grad.item():.6f}", math.isclose(v.grad, t.grad.item(), rel_tol=1e-9))
print(tf, tf.grad_fn.name())
