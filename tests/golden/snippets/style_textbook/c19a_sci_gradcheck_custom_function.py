# checking a hand-written backward for a physics potential with gradcheck
import torch
class LennardJones(torch.autograd.Function):
    @staticmethod
    def forward(ctx, r):
        ctx.save_for_backward(r)
        return 4 * (r ** -12 - r ** -6)
    @staticmethod
    def backward(ctx, g):
        (r,) = ctx.saved_tensors
        return g * 4 * (-12 * r ** -13 + 6 * r ** -7)
r = torch.tensor([1.0, 1.12, 1.5, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(LennardJones.apply, (r,)))
E = LennardJones.apply(r)
print(E)
E.sum().backward()
print(r.grad)
