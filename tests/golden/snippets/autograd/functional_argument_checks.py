# torch.autograd.functional: what each helper accepts, the errors it raises (in PyTorch's order), strict mode.
import torch
from torch.autograd.functional import vjp, jvp, hvp, vhp, jacobian, hessian

x = torch.tensor([1.0, 2.0, 3.0])
s = torch.tensor([2.0])
f = lambda t: t * 2
g = lambda t: (t ** 2).sum()
cases = [
    ("vjp none", lambda: vjp(f, x)),
    ("vjp none scalar-in-1elt", lambda: vjp(f, s)),
    ("jvp none", lambda: jvp(f, x)),
    ("jvp none 1elt", lambda: jvp(f, s)),
    ("hvp none", lambda: hvp(g, x)),
    ("hvp none 1elt", lambda: hvp(g, s)),
    ("vhp none", lambda: vhp(g, x)),
    ("hvp nonscalar", lambda: hvp(f, x, torch.ones(3))),
    ("vhp nonscalar", lambda: vhp(f, x, torch.ones(3))),
    ("jac bad strategy", lambda: jacobian(f, x, strategy="forward")),
    ("jac fwd create_graph", lambda: jacobian(f, x, strategy="forward-mode", create_graph=True)),
    ("jac fwd strict", lambda: jacobian(f, x, strategy="forward-mode", strict=True)),
    ("jac fwd novec", lambda: jacobian(f, x, strategy="forward-mode")),
    ("jac fwd vec", lambda: jacobian(f, x, strategy="forward-mode", vectorize=True)),
    ("hess fwd novec", lambda: hessian(g, x, outer_jacobian_strategy="forward-mode")),
    ("hess bad strat", lambda: hessian(g, x, outer_jacobian_strategy="fwd")),
    ("hess nonscalar", lambda: hessian(f, x)),
    ("vjp v size", lambda: vjp(f, x, torch.ones(2))),
    ("jvp v size", lambda: jvp(f, x, torch.ones(2))),
    ("hvp v size", lambda: hvp(g, x, torch.ones(2))),
    ("vjp v count", lambda: vjp(f, x, (torch.ones(3), torch.ones(3)))),
    ("vjp list input", lambda: vjp(f, [1.0, 2.0])),
    ("vjp list of tensors input", lambda: vjp(lambda a, b: a * b, [x, x], torch.ones(3))),
    ("jac list input", lambda: jacobian(f, [x])),
    ("vjp float out", lambda: vjp(lambda t: 3.0, x, torch.ones(3))),
    ("jac float out", lambda: jacobian(lambda t: 3.0, x)),
    ("jac strict indep", lambda: jacobian(lambda t: torch.ones(2), x, strict=True)),
    ("jac indep", lambda: jacobian(lambda t: torch.ones(2), x)),
    ("vjp strict indep", lambda: vjp(lambda t: torch.ones(3), x, torch.ones(3), strict=True)),
    ("vjp indep", lambda: vjp(lambda t: torch.ones(3), x, torch.ones(3))),
    ("hess indep", lambda: hessian(lambda t: t.sum(), x)),
    ("hess strict", lambda: hessian(lambda t: t.sum(), x, strict=True)),
    ("jac list out", lambda: jacobian(lambda t: [t, t], x)),
    ("vjp v list", lambda: vjp(f, x, [torch.ones(3)])),
    ("vjp tuple out", lambda: vjp(lambda t: (t, t * 2), x, (torch.ones(3), torch.ones(3)))),
    ("jvp tuple in", lambda: jvp(lambda a, b: a * b, (x, x), (torch.ones(3), torch.ones(3)))),
    ("jac tuple out", lambda: jacobian(lambda t: (t.sum(), t * 2), x)),
    ("vhp val", lambda: vhp(lambda t: (t ** 3).sum(), x, torch.tensor([1.0, 0.0, 2.0]))),
    ("hvp cg", lambda: hvp(lambda t: (t ** 3).sum(), x, torch.tensor([1.0, 0.0, 2.0]), create_graph=True)[1].requires_grad),
    ("vjp cg", lambda: vjp(f, x, torch.ones(3), create_graph=True)[1].requires_grad),
    ("vjp cg out", lambda: vjp(f, x, torch.ones(3), create_graph=True)[0]),
    ("jac int", lambda: jacobian(f, torch.tensor([1, 2]))),
]
for name, fn in cases:
    try:
        print(name, "->", repr(fn()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
