# Forward-mode tangents of ops whose forward formula is not their backward transposed
# (softmax, log_softmax, logsumexp, the 2-norm, division), at full precision; and through a
# gradient (jvp of grad, jacfwd of jacrev), where the saved result must carry its tangent.
import torch
from torch.func import jvp, grad, jacfwd, hessian, linearize

torch.manual_seed(21)
x, t = torch.randn(7), torch.randn(7)
y, ty = torch.randn(7) + 3, torch.randn(7)
print(jvp(lambda v: v.softmax(0), (x,), (t,))[1].tolist())
print(jvp(lambda v: v.log_softmax(0), (x,), (t,))[1].tolist())
print(jvp(lambda v: v.logsumexp(0), (x,), (t,))[1].item())
print(jvp(lambda v: v.norm(), (x,), (t,))[1].item(), jvp(lambda v: v.view(7, 1).norm(dim=1), (x,), (t,))[1][:3].tolist())
print(jvp(torch.div, (x, y), (t, ty))[1].tolist())
print(jvp(lambda a: a / a.sum(), (x,), (t,))[1].tolist())
print(jvp(grad(lambda v: v.logsumexp(0)), (x,), (t,))[1].tolist())
print(jacfwd(lambda v: v.softmax(0))(x[:4]).flatten().tolist())
print(hessian(lambda v: v.logsumexp(0))(x[:4]).flatten().tolist())
_, jvp_fn = linearize(lambda v: (v / v.norm()).log_softmax(0), x)
print(jvp_fn(t).tolist())
