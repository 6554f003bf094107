# Issue: "expensive backward computed for a frozen operand" — branch on ctx.needs_input_grad.
import torch

class Bilinear(torch.autograd.Function):
    @staticmethod
    def forward(ctx, left, mat, right):
        ctx.save_for_backward(left, mat, right)
        return left @ mat @ right

    @staticmethod
    def backward(ctx, grad_out):
        left, mat, right = ctx.saved_tensors
        flags = ctx.needs_input_grad
        print("flags", flags)
        g_left = grad_out * (mat @ right) if flags[0] else None
        g_mat = grad_out * torch.outer(left, right) if flags[1] else None
        return g_left, g_mat, None

u = torch.tensor([1.0, 2.0], requires_grad=True)
A = torch.tensor([[1.0, 0.0], [2.0, 1.0]])
v = torch.tensor([3.0, -1.0])
Bilinear.apply(u, A, v).backward()
print(u.grad, A.grad)
