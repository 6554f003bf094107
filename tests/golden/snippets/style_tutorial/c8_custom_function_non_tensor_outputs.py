# Custom autograd Functions returning two outputs, one marked non-differentiable, and mark_dirty for in-place.
import torch

class SortWithIndex(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        values, idx = x.sort()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(idx)
        return values, idx

    @staticmethod
    def backward(ctx, g_values, g_idx):
        idx, = ctx.saved_tensors
        grad = torch.zeros_like(g_values)
        grad.scatter_(0, idx, g_values)
        return grad

class AddOneInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.add_(1)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, grad):
        return grad

x = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
values, idx = SortWithIndex.apply(x)
print(values, idx, idx.requires_grad)
(values * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)
y = x.clone()
z = AddOneInplace.apply(y)
print(z, z is y, z.grad_fn)
z.sum().backward()
print(x.grad)
