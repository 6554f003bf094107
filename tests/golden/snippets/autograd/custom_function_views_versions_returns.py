# Custom Functions: setup_context/jvp, mark_dirty, materialize_grads, a view output written in place, saved tensors modified after forward, what backward may return.
import torch
from torch.autograd import Function

class Mul2(Function):
    @staticmethod
    def forward(x, k):
        return x * k
    @staticmethod
    def setup_context(ctx, inputs, output):
        x, k = inputs
        ctx.k = k
        ctx.save_for_backward(x)
    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None
    @staticmethod
    def jvp(ctx, tx, tk):
        return tx * ctx.k

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Mul2.apply(x, 3.0)
print(y, y.grad_fn, y.grad_fn.next_functions)
y.sum().backward(); print(x.grad)
import torch.autograd.forward_ad as fwAD
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0]))
    print(fwAD.unpack_dual(Mul2.apply(d, 3.0)).tangent)

class Twice(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x
    @staticmethod
    def backward(ctx, g):
        return g * 2
a = torch.tensor([1.0, 3.0], requires_grad=True)
b = a.clone()
c = Twice.apply(b)
print(c is b, c, c.grad_fn, b._version)
c.sum().backward(); print(a.grad)

class NoMat(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x.clone(), x.clone()
    @staticmethod
    def backward(ctx, g1, g2):
        print("g1", g1, "g2", g2)
        return g1 if g2 is None else g1 + g2
x.grad = None
o1, o2 = NoMat.apply(x)
o1.sum().backward()
print(x.grad)

class Bad(Function):
    @staticmethod
    def forward(ctx, x):
        return x.view(-1)
    @staticmethod
    def backward(ctx, g):
        return g.view(2)
v = Bad.apply(x)
print(v.grad_fn, v._base is x if v._base is not None else None)
try:
    v.mul_(2)
except RuntimeError as e:
    print(e)
class SaveOut(Function):
    @staticmethod
    def forward(ctx, x):
        out = x.exp()
        ctx.save_for_backward(out)
        return out
    @staticmethod
    def backward(ctx, g):
        (o,) = ctx.saved_tensors
        return g * o
o = SaveOut.apply(x)
o.add_(1)
try:
    o.sum().backward()
except RuntimeError as e:
    print(e)
try:
    ctxtest = SaveOut.apply(torch.tensor([1.0]))
    print(ctxtest.requires_grad, ctxtest.grad_fn)
except Exception as e:
    print(e)
class RetNonTensor(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, 5
    @staticmethod
    def backward(ctx, g, g2):
        return g * 2
r, five = RetNonTensor.apply(x)
print(r, five)
class WrongShape(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return torch.ones(3)
try:
    WrongShape.apply(x).sum().backward()
except RuntimeError as e:
    print(e)
class WrongType(Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return 1.0
try:
    WrongType.apply(x).sum().backward()
except Exception as e:
    print(type(e).__name__, e)
class Ident(Function):
    @staticmethod
    def forward(ctx, x):
        return x
    @staticmethod
    def backward(ctx, g):
        return g
i = Ident.apply(x)
print(i.grad_fn, i is x, i._base is x)
try:
    i.mul_(2)
except RuntimeError as e:
    print(e)
h = x * 1
i = Ident.apply(h)
try:
    i.add_(1)
    print("ok", i)
except RuntimeError as e:
    print(e)
v = Bad.apply(x)
w = v[0:1]
try:
    w.add_(1)
except RuntimeError as e:
    print(e)
class SaveOut(Function):
    @staticmethod
    def forward(ctx, x):
        out = x.exp()
        ctx.save_for_backward(out)
        return out
    @staticmethod
    def backward(ctx, g):
        (o,) = ctx.saved_tensors
        return g * o
class SaveIn(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([1.0, 2.0], requires_grad=True)
o = SaveOut.apply(x)
o.add_(1)
try:
    o.sum().backward()
except RuntimeError as e:
    print(e)
h = x * 1
y = SaveIn.apply(h)
h.mul_(3)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
c = torch.tensor([1.0, 2.0])
y = SaveIn.apply(c.requires_grad_() * 1)
print(y)
leafsaved = torch.tensor([3.0], requires_grad=True)
w = SaveIn.apply(leafsaved)
with torch.no_grad():
    leafsaved.add_(1)
try:
    w.backward()
except RuntimeError as e:
    print(e)
o = SaveOut.apply(x)
o2 = o * 1
o.sum().backward()
print(x.grad)
