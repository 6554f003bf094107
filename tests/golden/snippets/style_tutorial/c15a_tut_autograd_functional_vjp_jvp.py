# torch.autograd.functional: vjp, jvp and the Jacobian of a small vector function
import torch
from torch.autograd.functional import vjp, jvp, jacobian

def exp_reducer(x):
    return x.exp().sum(dim=1)

torch.manual_seed(7)
inputs = torch.rand(3, 2)
v = torch.ones(3)
out, vjp_val = vjp(exp_reducer, inputs, v)
print(out)
print(vjp_val)
out2, jvp_val = jvp(exp_reducer, inputs, torch.ones(3, 2))
print(jvp_val, torch.equal(out, out2))
print(jacobian(lambda a: a ** 3, torch.tensor([1.0, 2.0])))
J = jacobian(lambda a, b: a * b + b, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])))
print(J)
