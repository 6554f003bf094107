# Lecture: an autograd.Function with an integer output marked non-differentiable (sort-like).
import torch

class SortWithIndex(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        values, idx = torch.sort(x)
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(idx)
        return values, idx

    @staticmethod
    def backward(ctx, g_values, g_idx):
        (idx,) = ctx.saved_tensors
        print("g_idx is None:", g_idx is None)
        grad = torch.zeros_like(g_values)
        grad[idx] = g_values
        return grad

x = torch.tensor([3.0, -1.0, 2.0, 0.5], requires_grad=True)
vals, idx = SortWithIndex.apply(x)
print(vals, idx)
print(vals.requires_grad, idx.requires_grad)
weights = torch.tensor([1.0, 2.0, 3.0, 4.0])
(vals * weights).sum().backward()
print(x.grad)
x.grad = None
torch.sort(x)[0].mul(weights).sum().backward()
print(x.grad)
