import torch

# Q42. Write f(u) = u * |u| as a torch.autograd.Function; is your backward right?
class SignedSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, u):
        ctx.save_for_backward(u)
        return u * u.abs()

    @staticmethod
    def backward(ctx, upstream):
        u, = ctx.saved_tensors
        return upstream * 2 * u.abs()


u = torch.tensor([-1.5, 0.25, 3.0], dtype=torch.float64, requires_grad=True)
out = SignedSquare.apply(u)
print("f(u) =", out)
print("node:", out.grad_fn.name())
out.backward(torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64))
print("u.grad =", u.grad)
print("gradcheck passes:", torch.autograd.gradcheck(SignedSquare.apply, (u,), eps=1e-6))
